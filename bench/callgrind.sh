#!/bin/sh
# callgrind.sh BENCH [CALLS]: instructions per call of every case of
# bench.c's comparisons, and their ratios, counted by callgrind.  Unlike
# times, instruction counts do not depend on what else the machine is
# doing, so they are the numbers to compare across runs and commits.
#
# Each case runs in a process of its own: bench warms up (catalog
# loaded, PLT resolved, every loop run once), then calls loop_CASE once
# with CALLS calls from measured_run; --toggle-collect counts only what
# runs inside measured_run, so the warm-up is not counted, for a case
# or its baseline.
#
# The gross count per call includes the loop's own instructions
# (index, load, store to the sink, counter, branch: 7 with gcc -O2),
# the same for a case and its baseline, which pulls every ratio towards
# 1.  bench's "empty" case is that loop with no call in it: the net
# count is gross minus empty, what the call itself costs, and the net
# ratio is the one a target is judged by.
#
# Environment: LIBTOOL (to run an uninstalled libtool program),
# VALGRIND (default valgrind).
set -u
bench=$1
calls=${2:-32000}
libtool=${LIBTOOL:-libtool}
valgrind=${VALGRIND:-valgrind}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT

if ! command -v "$valgrind" >/dev/null 2>&1; then
  echo "callgrind.sh: valgrind not found (Debian: apt-get install valgrind)" >&2
  exit 1
fi

# instructions CASE [N]: instructions per call of CASE run N times
# (default CALLS), or "skip".
instructions () {
  out="$work/$1.out"
  n=${2:-$calls}
  $libtool --mode=execute "$valgrind" --tool=callgrind --quiet \
    --callgrind-out-file="$out" \
    --toggle-collect=measured_run --toggle-collect='measured_run.*' \
    "$bench" --case "$1" -n "$n"
  status=$?
  if [ "$status" -eq 77 ]; then
    echo skip
    return
  fi
  if [ "$status" -ne 0 ] || [ ! -s "$out" ]; then
    echo "callgrind.sh: $1 failed" >&2
    exit 1
  fi
  awk -v calls="$n" '
    /^totals:/ { total = $2 }
    /^summary:/ && total == "" { total = $2 }
    END { printf "%.1f\n", total / calls }' "$out"
}

empty=$(instructions empty) || exit 1
printf 'empty loop: %s instructions per iteration, subtracted from each count for net\n\n' "$empty"
printf '%-27s %8s %8s   %-26s %8s %8s %7s %7s %8s\n' \
  call gross net baseline gross net 'gross x' 'net x' target
# maxnet: the most net instructions per call the case may cost, 0 for
# no such target (httpstatus_from_name's is 200).
"$bench" --list | while read -r api baseline target zh maxnet; do
  case $api in shared_index|old_*) prefix= ;; *) prefix=httpstatus_ ;; esac
  a=$(instructions "$api") || exit 1
  b=$(instructions "$baseline") || exit 1
  if [ "$a" = skip ] || [ "$b" = skip ]; then
    printf '%-26s (skipped: no zh_TW locale or catalog)\n' "$prefix$api"
    continue
  fi
  label=
  [ "$zh" = 1 ] && label=" zh"
  awk -v api="$prefix$api$label" -v base="$baseline$label" -v a="$a" \
      -v b="$b" -v e="$empty" -v target="$target" -v maxnet="${maxnet:-0}" 'BEGIN {
    ratio = a / b
    na = a - e; nb = b - e
    net = nb > 0 ? na / nb : 0
    t = "-"
    if (target > 0)
      t = sprintf ("<=%.2f %s", target, net <= target ? "ok" : "MISSED")
    if (maxnet > 0)
      t = sprintf ("net<=%d %s", maxnet, na <= maxnet ? "ok" : "MISSED")
    printf "%-27s %8.1f %8.1f   %-26s %8.1f %8.1f %7.2f %7.2f %8s\n", \
      api, a, na, base, b, nb, ratio, net, t
  }'
done

# The first _lang call of a language reads and indexes its catalog:
# counted alone, in a process where nothing loaded it before.
first=$(instructions first_load 1) || exit 1
if [ "$first" = skip ]; then
  printf '\nfirst _lang call zh: skipped (no zh_TW locale or catalog)\n'
else
  printf '\nfirst _lang call zh: %s instructions (reading and indexing the catalog, once per language)\n' "$first"
fi
