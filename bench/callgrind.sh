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
# or its baseline.  The count per call includes the loop's own few
# instructions (index, store to the sink), the same for a case and its
# baseline.
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

# instructions CASE: instructions per call of CASE, or "skip".
instructions () {
  out="$work/$1.out"
  $libtool --mode=execute "$valgrind" --tool=callgrind --quiet \
    --callgrind-out-file="$out" \
    --toggle-collect=measured_run --toggle-collect='measured_run.*' \
    "$bench" --case "$1" -n "$calls"
  status=$?
  if [ "$status" -eq 77 ]; then
    echo skip
    return
  fi
  if [ "$status" -ne 0 ] || [ ! -s "$out" ]; then
    echo "callgrind.sh: $1 failed" >&2
    exit 1
  fi
  awk -v calls="$calls" '
    /^totals:/ { total = $2 }
    /^summary:/ && total == "" { total = $2 }
    END { printf "%.1f\n", total / calls }' "$out"
}

printf '%-26s %10s   %-26s %10s %7s %8s\n' call instr/call baseline instr/call ratio target
"$bench" --list | while read -r api baseline target zh; do
  case $api in shared_index) prefix= ;; *) prefix=httpstatus_ ;; esac
  a=$(instructions "$api") || exit 1
  b=$(instructions "$baseline") || exit 1
  if [ "$a" = skip ] || [ "$b" = skip ]; then
    printf '%-26s (skipped: no zh_TW locale or catalog)\n' "$prefix$api"
    continue
  fi
  label=
  [ "$zh" = 1 ] && label=" zh"
  awk -v api="$prefix$api$label" -v base="$baseline$label" -v a="$a" \
      -v b="$b" -v target="$target" 'BEGIN {
    ratio = a / b
    t = "-"
    if (target > 0)
      t = sprintf ("<=%.2f %s", target, ratio <= target ? "ok" : "MISSED")
    printf "%-26s %10.1f   %-26s %10.1f %7.2f %8s\n", api, a, base, b, ratio, t
  }'
done
