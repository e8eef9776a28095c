#!/bin/sh
# wine-run.sh TEST [ARG]...: automake's LOG_COMPILER for a Windows
# build.  A .test script runs with the shell as usual (it calls Wine
# itself where it runs a program); a test program runs under Wine, with
# the library's DLL and those of W32_DLL_DIRS (libintl-8.dll) found
# through WINEPATH, and its line ends made Unix ones for the TAP driver.
# Wine's own chatter is silenced (WINEDEBUG=-all).
set -u
test=$1
shift
case $test in
  *.test) exec "${SHELL:-/bin/sh}" "$test" "$@" ;;
esac
if ! command -v wine >/dev/null 2>&1; then
  echo "1..0 # SKIP wine not found (Debian: apt-get install wine wine64)"
  exit 0
fi
dirs="$top_builddir/.libs ${W32_DLL_DIRS-}"
path=
for d in $dirs; do
  w=$(winepath -w "$d" 2>/dev/null) || continue
  path="$path${path:+;}$w"
done
out=$(mktemp) || exit 99
WINEPATH="$path" WINEDEBUG=-all wine "$test" "$@" > "$out" 2>&1 < /dev/null
status=$?
tr -d '\r' < "$out"
rm -f "$out"
exit $status
