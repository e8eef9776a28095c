#!/bin/sh
# bench/annotate.sh [MIB]: `httpstatus annotate` on generated access
# logs of the same requests in three formats (combined, JSON Lines, W3C
# Extended; 100 MiB of combined by default), each timed against `cat`
# and against an awk script doing the same annotation, all in the C
# locale and in the same run.  Prints seconds (best of 3), MiB/s and
# ratios as a Markdown table.  Not a test: it times things, and timings
# belong here, not in make check.
#
# The awk scripts find the status as robustly as awk can cheaply: by
# the line's structure (a regex from the date's bracket through the
# quoted request to the status and bytes, a host and ident before it),
# not by counting spaces ($9 is wrong for a user name with a space); the
# JSON one by the "status": member; the W3C one by #Fields:'s sc-status
# column.  Each must write the same bytes as annotate before they race.
#
# Run from the build tree: sh ../bench/annotate.sh  (or make bench-annotate)
set -eu
mib=${1:-100}
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
prog=${HTTPSTATUS:-./httpstatus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Realistic requests: a handful of shapes and statuses, the same in
# each format.
LC_ALL=C awk -v bytes=$((mib * 1024 * 1024)) -v dir="$work" 'BEGIN {
  split("200 200 200 200 304 301 404 404 500 503 429 206", st, " ")
  split("/ /index.html /api/v1/items?id=42 /static/app.js /favicon.ico /login", path, " ")
  split("curl/8.5.0|Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0|Go-http-client/1.1", ua, "|")
  clf = dir "/combined.log"; json = dir "/json.log"; w3c = dir "/w3c.log"
  print "#Software: Microsoft Internet Information Services 10.0" > w3c
  print "#Version: 1.0" > w3c
  print "#Fields: date time s-ip cs-method cs-uri-stem s-port c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status sc-bytes time-taken" > w3c
  n = 0; i = 0
  while (n < bytes) {
    s = st[i % 12 + 1]; p = path[i % 6 + 1]; u = ua[i % 3 + 1]
    b = (i * 31) % 50000; ip = "192.0.2." (i % 250)
    line = sprintf("%s - - [29/Nov/2026:03:%02d:%02d +0800] \"GET %s HTTP/1.1\" %s %d \"-\" \"%s\"",
                   ip, i % 60, (i * 7) % 60, p, s, b, u)
    print line > clf
    printf "{\"time\":\"2026-11-29T03:%02d:%02d+08:00\",\"remote_addr\":\"%s\",\"remote_user\":\"\",\"request\":\"GET %s HTTP/1.1\",\"status\":%s,\"bytes\":%d,\"referer\":\"\",\"agent\":\"%s\"}\n",
           i % 60, (i * 7) % 60, ip, p, s, b, u > json
    gsub(/ /, "+", u)
    printf "2026-11-29 03:%02d:%02d 192.0.2.1 GET %s 443 %s %s %s 0 0 %d %d\n",
           i % 60, (i * 7) % 60, p, ip, u, s, b, i % 97 > w3c
    n += length(line) + 1; i++
  }
}'

# The awk scripts' titles, from the same table the tests use.
titles="$work/titles"
grep -v '^#' "$top_srcdir/tests/fixtures/en.tsv" | grep '^[0-9]' | cut -f 1,2 > "$titles"

best () { # best of 3 wall-clock seconds of the command
  b=""
  for _ in 1 2 3; do
    s=$(date +%s.%N)
    "$@" > /dev/null
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | awk '{ printf "%.3f", $1 - $3 }')
    b=$(echo "$b $t" | awk '{ m = $1; for (i = 2; i <= NF; i++) if ($i < m) m = $i; print m }')
  done
  echo "$b"
}
# All in the C locale: httpstatus annotate prints English in it, and cat
# and awk must not run in the caller's (gawk in a UTF-8 locale reads
# characters, not bytes, and is slower for it).
run_cat () { LC_ALL=C cat "$1"; }
run_annotate () { LC_ALL=C "$prog" annotate "$1"; }
awk_combined () {
  LC_ALL=C awk -F '\t' 'NR == FNR { t[$1] = $2; next }
    match($0, / \[[^]]*\] "([^"\\]|\\.)*" [0-9][0-9][0-9] ([0-9]+|-)( |$)/) &&
    substr($0, 1, RSTART) ~ /^[^ ]+ [^ ]+ ./ {
      r = substr($0, RSTART, RLENGTH)
      match(r, /" [0-9][0-9][0-9] /)
      s = substr(r, RSTART + 2, 3)
      if (s in t) { print $0 "  [" s " " t[s] "]"; next }
    }
    { print }' "$titles" "$1"
}
awk_json () {
  LC_ALL=C awk -F '\t' 'NR == FNR { t[$1] = $2; next }
    /^[ \t]*\{/ && match($0, /"status":("[0-9][0-9][0-9]"|[0-9][0-9][0-9][,} ])/) {
      s = substr($0, RSTART + 9, 4); sub(/"/, "", s); s = substr(s, 1, 3)
      e = RSTART + RLENGTH - 1
      if (substr($0, e, 1) != "\"") e--
      if (s in t) {
        print substr($0, 1, e) ",\"status_title\":\"" t[s] "\"" substr($0, e + 1)
        next
      }
    }
    { print }' "$titles" "$1"
}
awk_w3c () {
  LC_ALL=C awk -F '\t' 'NR == FNR { x = $2; gsub(/ /, "+", x); t[$1] = x; next }
    /^#Fields:/ { col = 0; n = split($0, f, " ")
      for (i = 2; i <= n; i++) if (f[i] == "sc-status") col = i - 1
      print (col ? $0 " x-status-title" : $0); next }
    /^#/ { print; next }
    col { split($0, f, " "); s = f[col]; print $0 " " (s in t ? t[s] : "-"); next }
    { print }' "$titles" "$1"
}

echo "| log ($mib MiB of combined; $(awk -W version 2>&1 | head -n 1 | cut -d ' ' -f 1-2)) | cat | awk | httpstatus annotate | annotate / cat | awk / annotate |"
echo "|---|---|---|---|---|---|"
for format in combined json w3c; do
  log="$work/$format.log"
  # The two annotators agree before they race.
  run_annotate "$log" > "$work/a"
  "awk_$format" "$log" > "$work/b"
  if ! cmp -s "$work/a" "$work/b"; then
    echo "annotate.sh: awk and httpstatus disagree on $format; the comparison would be unfair" >&2
    cmp "$work/a" "$work/b" >&2 || :
    exit 1
  fi
  rm -f "$work/a" "$work/b"
  size=$(wc -c < "$log")
  c=$(best run_cat "$log")
  a=$(best "awk_$format" "$log")
  h=$(best run_annotate "$log")
  awk -v f="$format" -v size="$size" -v c="$c" -v a="$a" -v h="$h" 'BEGIN {
    mib = size / 1048576
    printf "| %s, %.0f MiB | %.3f s, %.0f MiB/s | %.3f s, %.0f MiB/s | %.3f s, **%.0f MiB/s** | %.1fx | **%.1fx** |\n",
      f, mib, c, mib / c, a, mib / a, h, mib / h, h / c, a / h
  }'
done
