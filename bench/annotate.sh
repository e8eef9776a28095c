#!/bin/sh
# bench/annotate.sh [MIB]: `httpstatus annotate` on a generated
# combined-format access log (100 MiB by default), timed against `cat`
# and against an awk one-liner doing the same annotation, all in the C
# locale and in the same run.  Prints seconds (best of 3) and ratios.
# Not a test: it times things, and timings belong here, not in make
# check.
#
# Run from the build tree: sh ../bench/annotate.sh  (or make bench-annotate)
set -eu
mib=${1:-100}
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
prog=${HTTPSTATUS:-./httpstatus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/access.log"

# A log of realistic lines: a handful of request shapes and statuses.
awk -v bytes=$((mib * 1024 * 1024)) 'BEGIN {
  split("200 200 200 200 304 301 404 404 500 503 429 206", st, " ")
  split("/ /index.html /api/v1/items?id=42 /static/app.js /favicon.ico /login", path, " ")
  split("curl/8.5.0|Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0|Go-http-client/1.1", ua, "|")
  n = 0; i = 0
  while (n < bytes) {
    line = sprintf("192.0.2.%d - - [29/Nov/2026:03:%02d:%02d +0800] \"GET %s HTTP/1.1\" %s %d \"-\" \"%s\"",
                   i % 250, i % 60, (i * 7) % 60, path[i % 6 + 1], st[i % 12 + 1], (i * 31) % 50000, ua[i % 3 + 1])
    print line
    n += length(line) + 1; i++
  }
}' > "$log"

# The awk one-liner's titles, from the same table the tests use.
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
# All three in the C locale: httpstatus annotate prints English in it,
# and cat and awk must not run in the caller's (gawk in a UTF-8 locale
# reads characters, not bytes, and is slower for it).
run_cat () { LC_ALL=C cat "$log"; }
run_awk () {
  LC_ALL=C awk -F '\t' 'NR == FNR { t[$1] = $2; next }
    { split($0, f, " "); s = f[9]; if (s in t) print $0 "  [" s " " t[s] "]"; else print }' \
    "$titles" "$log"
}
run_annotate () { LC_ALL=C "$prog" annotate "$log"; }

# The two annotators agree before they race.
if ! cmp -s "$(run_annotate > "$work/a"; echo "$work/a")" "$(run_awk > "$work/b"; echo "$work/b")"; then
  echo "annotate.sh: awk and httpstatus disagree; the comparison would be unfair" >&2
  exit 1
fi
rm -f "$work/a" "$work/b"

size=$(wc -c < "$log")
c=$(best run_cat)
a=$(best run_awk)
h=$(best run_annotate)
awk -v size="$size" -v c="$c" -v a="$a" -v h="$h" -v awk="$(awk -W version 2>&1 | head -n 1 | cut -c 1-40)" 'BEGIN {
  mib = size / 1048576
  printf "input: %.0f MiB combined log (%s)\n", mib, awk
  printf "%-22s %8.3f s %8.0f MiB/s\n", "cat", c, mib / c
  printf "%-22s %8.3f s %8.0f MiB/s\n", "awk one-liner", a, mib / a
  printf "%-22s %8.3f s %8.0f MiB/s\n", "httpstatus annotate", h, mib / h
  printf "annotate / cat: %.1fx the time; awk / annotate: annotate is %.1fx faster than awk\n", h / c, a / h
}'
