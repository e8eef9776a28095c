#!/bin/sh
# bench/annotate.sh [MIB]: `httpstatus annotate` on generated access
# logs of the same requests in seven formats (combined, JSON Lines, W3C
# Extended as IIS writes it, CloudFront's tab-separated W3C, HAProxy's
# httplog in rsyslog's envelope, Squid's native format, AWS ALB; 100 MiB
# of combined by default), each timed against `cat`, against `cat | cat`
# (two copies, the floor annotate aims at) and against an awk script
# doing the same annotation, all in the C locale and in the same run.  Prints MiB/s of wall time and of CPU time
# (user + system; what the command itself took, less hurt by a busy
# machine), best of 3, and the ratio to awk, as a Markdown table.  Not a
# test: it times things, and timings belong here, not in make check.
#
# The awk scripts find the status as robustly as awk can cheaply: by
# the line's structure (a regex from the date's bracket through the
# quoted request to the status and bytes, a host and ident before it),
# not by counting spaces ($9 is wrong for a user name with a space); the
# JSON one by the "status": member; the W3C ones by #Fields:'s sc-status
# column; HAProxy's by the field after the five timers; Squid's by the
# result code's '/'; ALB's by the ninth field.  Each must write the same
# bytes as annotate before they race.
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
  cf = dir "/cloudfront.log"; hap = dir "/haproxy.log"; squid = dir "/squid.log"
  alb = dir "/alb.log"
  print "#Software: Microsoft Internet Information Services 10.0" > w3c
  print "#Version: 1.0" > w3c
  print "#Fields: date time s-ip cs-method cs-uri-stem s-port c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status sc-bytes time-taken" > w3c
  print "#Version: 1.0" > cf
  print "#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query x-edge-result-type" > cf
  n = 0; i = 0
  while (n < bytes) {
    s = st[i % 12 + 1]; p = path[i % 6 + 1]; u = ua[i % 3 + 1]
    b = (i * 31) % 50000; ip = "192.0.2." (i % 250)
    line = sprintf("%s - - [29/Nov/2026:03:%02d:%02d +0800] \"GET %s HTTP/1.1\" %s %d \"-\" \"%s\"",
                   ip, i % 60, (i * 7) % 60, p, s, b, u)
    print line > clf
    printf "{\"time\":\"2026-11-29T03:%02d:%02d+08:00\",\"remote_addr\":\"%s\",\"remote_user\":\"\",\"request\":\"GET %s HTTP/1.1\",\"status\":%s,\"bytes\":%d,\"referer\":\"\",\"agent\":\"%s\"}\n",
           i % 60, (i * 7) % 60, ip, p, s, b, u > json
    printf "Nov 29 03:%02d:%02d lb1 haproxy[812]: %s:%d [29/Nov/2026:03:%02d:%02d.%03d] www be/web%d 0/0/1/%d/%d %s %d - - ---- 1/1/0/0/0 0/0 \"GET %s HTTP/1.1\"\n",
           i % 60, (i * 7) % 60, ip, 40000 + i % 20000, i % 60, (i * 7) % 60, i % 1000, i % 4, i % 50, i % 50 + 2, s, b, p > hap
    printf "1764385%03d.%03d %6d %s TCP_MISS/%s %d GET http://example.com%s - HIER_DIRECT/203.0.113.9 text/html\n",
           i % 1000, i % 1000, i % 5000, ip, s, b, p > squid
    printf "https 2026-11-29T03:%02d:%02d.%06dZ app/my-lb/50dc6c495c0c9188 %s:%d 10.0.0.1:80 0.000 0.%03d 0.000 %s %s 34 %d \"GET https://example.com:443%s HTTP/1.1\" \"%s\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2\n",
           i % 60, (i * 7) % 60, i % 1000000, ip, 40000 + i % 20000, i % 1000, s, s, b, p, u > alb
    gsub(/ /, "+", u)
    printf "2026-11-29 03:%02d:%02d 192.0.2.1 GET %s 443 %s %s %s 0 0 %d %d\n",
           i % 60, (i * 7) % 60, p, ip, u, s, b, i % 97 > w3c
    gsub(/\+/, "%20", u)
    printf "2026-11-29\t03:%02d:%02d\tSEA19-C1\t%d\t%s\tGET\td111111abcdef8.cloudfront.net\t%s\t%s\t-\t%s\t-\tHit\n",
           i % 60, (i * 7) % 60, b, ip, p, s, u > cf
    n += length(line) + 1; i++
  }
}'

# The awk scripts' titles, from the same fixture the tests use.
titles="$work/titles"
grep -v '^#' "$top_srcdir/tests/fixtures/en.tsv" | grep '^[0-9]' | cut -f 1,2 > "$titles"

# The awk scripts.
cat > "$work/combined.awk" <<'EOF'
BEGIN { FS = "\t" }
NR == FNR { t[$1] = $2; next }
match($0, / \[[^]]*\] "([^"\\]|\\.)*" [0-9][0-9][0-9] ([0-9]+|-)( |$)/) &&
substr($0, 1, RSTART) ~ /^[^ ]+ [^ ]+ ./ {
  r = substr($0, RSTART, RLENGTH)
  match(r, /" [0-9][0-9][0-9] /)
  s = substr(r, RSTART + 2, 3)
  if (s in t) { print $0 "  [" s " " t[s] "]"; next }
}
{ print }
EOF
cat > "$work/json.awk" <<'EOF'
BEGIN { FS = "\t" }
NR == FNR { t[$1] = $2; next }
/^[ \t]*\{/ && match($0, /"status":("[0-9][0-9][0-9]"|[0-9][0-9][0-9][,} ])/) {
  s = substr($0, RSTART + 9, 4); sub(/"/, "", s); s = substr(s, 1, 3)
  e = RSTART + RLENGTH - 1
  if (substr($0, e, 1) != "\"") e--
  if (s in t) {
    print substr($0, 1, e) ",\"status_title\":\"" t[s] "\"" substr($0, e + 1)
    next
  }
}
{ print }
EOF
cat > "$work/haproxy.awk" <<'EOF'
BEGIN { FS = "\t" }
NR == FNR { t[$1] = $2; next }
{
  n = split($0, f, " ")
  for (i = 1; i < n; i++)
    if (f[i] ~ /^[-+]?[0-9]+\/[-+]?[0-9]+\/[-+]?[0-9]+\/[-+]?[0-9]+\/[-+]?[0-9]+$/) {
      if (f[i + 1] in t) { print $0 "  [" f[i + 1] " " t[f[i + 1]] "]"; next }
      break
    }
  print
}
EOF
cat > "$work/squid.awk" <<'EOF'
BEGIN { FS = "\t" }
NR == FNR { t[$1] = $2; next }
{
  split($0, f, " ")
  if (f[4] ~ /^[A-Z_]+\/[0-9][0-9][0-9]$/) {
    s = substr(f[4], length(f[4]) - 2)
    if (s in t) { print $0 "  [" s " " t[s] "]"; next }
  }
  print
}
EOF
cat > "$work/alb.awk" <<'EOF'
BEGIN { FS = "\t" }
NR == FNR { t[$1] = $2; next }
{
  split($0, f, " ")
  if (f[3] ~ /^app\// && f[9] in t) { print $0 "  [" f[9] " " t[f[9]] "]"; next }
  print
}
EOF
# The W3C scripts share all but how a line gets its title:
# CloudFront's are tab-separated (awk's FS, so $col is the status),
# IIS's space-separated.
cat > "$work/w3c-common.awk" <<'EOF'
BEGIN { FS = "\t" }
NR == FNR { x = $2; gsub(/ /, "+", x); t[$1] = x; next }
/^#Fields:/ {
  col = 0; n = split($0, f, " ")
  for (i = 2; i <= n; i++) if (f[i] == "sc-status") col = i - 1
  print (col ? $0 " x-status-title" : $0); next
}
/^#/ { print; next }
EOF
{ cat "$work/w3c-common.awk"; cat <<'EOF'
col { print $0 "\t" ($col in t ? t[$col] : "-"); next }
{ print }
EOF
} > "$work/cloudfront.awk"
{ cat "$work/w3c-common.awk"; cat <<'EOF'
col { split($0, f, " "); s = f[col]; print $0 " " (s in t ? t[s] : "-"); next }
{ print }
EOF
} > "$work/w3c.awk"

# best COMMAND: the best of 3 runs of the shell COMMAND, output thrown
# away: "WALL CPU" in seconds; CPU is "-" without GNU time.
best () {
  bw="" bc=""
  for _ in 1 2 3; do
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%e %U %S' -o "$work/time" sh -c "$1" > /dev/null
      read -r w u sy < "$work/time"
      c=$(echo "$u $sy" | awk '{ printf "%.3f", $1 + $2 }')
    else
      s=$(date +%s.%N)
      sh -c "$1" > /dev/null
      e=$(date +%s.%N)
      w=$(echo "$e $s" | awk '{ printf "%.3f", $1 - $2 }') c=-
    fi
    bw=$(echo "$bw $w" | awk '{ m = $1; for (i = 2; i <= NF; i++) if ($i < m) m = $i; print m }')
    bc=$(echo "$bc $c" | awk '{ m = $1; for (i = 2; i <= NF; i++) if ($i < m) m = $i; print m }')
  done
  echo "$bw $bc"
}

# All in the C locale: httpstatus annotate prints English in it, and cat
# and awk must not run in the caller's (gawk in a UTF-8 locale reads
# characters, not bytes, and is slower for it).
echo "| log ($(awk -W version 2>&1 | head -n 1 | cut -d ' ' -f 1-2)) | cat | cat \\| cat | awk | httpstatus annotate | annotate / awk |"
echo "|---|---|---|---|---|---|"
for format in combined json w3c cloudfront haproxy squid alb; do
  log="$work/$format.log"
  run_cat="LC_ALL=C cat '$log'"
  run_cat2="LC_ALL=C cat '$log' | cat"
  run_awk="LC_ALL=C awk -f '$work/$format.awk' '$titles' '$log'"
  run_annotate="LC_ALL=C '$prog' annotate '$log'"
  # The two annotators agree before they race.
  sh -c "$run_annotate" > "$work/a"
  sh -c "$run_awk" > "$work/b"
  if ! cmp -s "$work/a" "$work/b"; then
    echo "annotate.sh: awk and httpstatus disagree on $format; the comparison would be unfair" >&2
    cmp "$work/a" "$work/b" >&2 || :
    exit 1
  fi
  rm -f "$work/a" "$work/b"
  size=$(wc -c < "$log")
  c=$(best "$run_cat")
  a=$(best "$run_awk")
  h=$(best "$run_annotate")
  c2=$(best "$run_cat2")
  echo "$c $a $h $c2" | awk -v f="$format" -v size="$size" '{
    mib = size / 1048576
    # "MiB/s of wall time (of CPU time)" for each "WALL CPU" pair.
    for (i = 1; i <= 7; i += 2) {
      cell[i] = sprintf("%.0f MiB/s", mib / ($i > 0 ? $i : 0.001))
      if ($(i + 1) != "-")
        cell[i] = cell[i] sprintf(" (CPU %.0f)", mib / ($(i + 1) > 0 ? $(i + 1) : 0.001))
    }
    ratio = sprintf("%.1fx", $3 / ($5 > 0 ? $5 : 0.001))
    if ($4 != "-")
      ratio = ratio sprintf(" (CPU %.1fx)", $4 / ($6 > 0 ? $6 : 0.001))
    printf "| %s, %.0f MiB | %s | %s | %s | **%s** | **%s** faster |\n",
      f, mib, cell[1], cell[7], cell[3], cell[5], ratio
  }'
done
