#!/bin/sh
# installcheck.sh: compile examples/status-table.c against the
# installed library with pkg-config, as any client would, and compare
# its output with the fixture, in the C locale and in zh_TW.UTF-8.
# Run by 'make installcheck' (and so by 'make distcheck').
#
# Environment: CC, PKG_CONFIG, pkgconfigdir, libdir, top_srcdir,
# TEST_LOCPATH (the build tree's compiled locales), USE_NLS.
set -u
fixture="$top_srcdir/tests/fixtures/status.tsv"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
fail=0

PKG_CONFIG_PATH="$pkgconfigdir" ${PKG_CONFIG:-pkg-config} --cflags --libs httpstatus \
  > "$work/flags" || exit 1
$CC -std=c11 -Wall -Wextra -Werror -o "$work/status-table" \
  "$top_srcdir/examples/status-table.c" $(cat "$work/flags") || exit 1

tab=$(printf '\t')
# The tail that does not come from the fixture: fallbacks and names.
tail_en () {
  cat <<'TAIL'
-1	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.
0	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.
99	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.
306	-	Redirection	Redirection	Further action is needed to complete the request (unrecognized redirection status code).
499	-	Client Error	Client Error	The request contains an error or cannot be fulfilled (unrecognized client error status code).
600	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.
-2147483648	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.
2147483647	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.
TAIL
}
tail_zh () {
  cat <<'TAIL'
-1	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。
0	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。
99	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。
306	-	Redirection	重新導向	需要進一步的動作才能完成要求 (無法辨識的重新導向狀態碼)。
499	-	Client Error	用戶端錯誤	要求包含錯誤或無法完成 (無法辨識的用戶端錯誤狀態碼)。
600	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。
-2147483648	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。
2147483647	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。
TAIL
}
names () {
  printf '"HTTP_STATUS_NOT_FOUND"\t404\n"not_found"\t404\n"Http_Status_Ok"\t200\n""\t-1\n"NOT_FOUNDX"\t-1\nNULL\t-1\n'
}

compare () { # NAME EXPECTED-FILE ACTUAL-FILE
  if cmp -s "$2" "$3"; then
    echo "PASS: installed library, $1"
  else
    echo "FAIL: installed library, $1"
    diff -u "$2" "$3" | head -n 40
    fail=1
  fi
}

{ grep -v '^#' "$fixture" | cut -f 1-5; tail_en; names; } > "$work/expected-en"
LC_ALL=C LD_LIBRARY_PATH="$libdir" "$work/status-table" > "$work/actual-en"
compare "C locale" "$work/expected-en" "$work/actual-en"

if [ -f "$TEST_LOCPATH/zh_TW.UTF-8/LC_CTYPE" ]; then
  if [ "$USE_NLS" = yes ]; then
    { grep -v '^#' "$fixture" | cut -f 1-3,6,7; tail_zh; names; } > "$work/expected-zh"
  else
    cp "$work/expected-en" "$work/expected-zh"
  fi
  env -u LC_ALL -u LANGUAGE LANG=zh_TW.UTF-8 LOCPATH="$TEST_LOCPATH" \
    LD_LIBRARY_PATH="$libdir" "$work/status-table" > "$work/actual-zh"
  compare "LANG=zh_TW.UTF-8" "$work/expected-zh" "$work/actual-zh"
else
  echo "SKIP: installed library in zh_TW: no zh_TW.UTF-8 locale in $TEST_LOCPATH"
fi
exit $fail
