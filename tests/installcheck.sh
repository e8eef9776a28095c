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
-1	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.	0	Unknown Status Code
0	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.	0	Unknown Status Code
99	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.	0	Unknown Status Code
306	-	Redirection	Redirection	Further action is needed to complete the request (unrecognized redirection status code).	0	Redirection
499	-	Client Error	Client Error	The request contains an error or cannot be fulfilled (unrecognized client error status code).	0	Client Error
600	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.	0	Unknown Status Code
-2147483648	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.	0	Unknown Status Code
2147483647	-	Unknown Status Code	Unknown Status Code	This is not an HTTP status code: status codes are three-digit numbers from 100 to 599.	0	Unknown Status Code
TAIL
}
tail_zh () {
  cat <<'TAIL'
-1	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。	0	不明的狀態碼
0	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。	0	不明的狀態碼
99	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。	0	不明的狀態碼
306	-	Redirection	重新導向	需要進一步的動作才能完成要求（無法辨識的重新導向狀態碼）。	0	重新導向
499	-	Client Error	用戶端錯誤	要求包含錯誤或無法完成（無法辨識的用戶端錯誤狀態碼）。	0	用戶端錯誤
600	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。	0	不明的狀態碼
-2147483648	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。	0	不明的狀態碼
2147483647	-	Unknown Status Code	不明的狀態碼	這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。	0	不明的狀態碼
TAIL
}
names () {
  printf '"HTTP_STATUS_NOT_FOUND"\t404\n"not_found"\t404\n"Http_Status_Ok"\t200\n"INTERNAL_SERVER_ERROR"\t500\n"payload_too_large"\t413\n""\t-1\n"NOT_FOUNDX"\t-1\nNULL\t-1\n'
}

# The fixture's rows as the example prints them: FIELDS of the fixture,
# then the origin flags and the class title (English or zh_TW).
table () { # FIELDS en|zh
  grep -v '^#' "$fixture" | awk -F '\t' -v OFS='\t' -v fields="$1" -v lang="$2" '
    BEGIN {
      split(fields, f, ",")
      split("Informational Response,Successful Response,Redirection,Client Error,Server Error", en, ",")
      split("資訊回應,成功回應,重新導向,用戶端錯誤,伺服器錯誤", zh, ",")
    }
    {
      line = ""
      for (i = 1; i in f; i++) line = line (i > 1 ? OFS : "") $(f[i])
      origin = ($8 ~ /wininet/ ? 1 : 0) + ($8 ~ /iana/ ? 2 : 0) + ($8 ~ /common/ ? 4 : 0)
      cls = int($1 / 100)
      print line, origin, (lang == "zh" ? zh[cls] : en[cls])
    }'
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

{ table 1,2,3,4,5 en; tail_en; names; } > "$work/expected-en"
LC_ALL=C LD_LIBRARY_PATH="$libdir" "$work/status-table" > "$work/actual-en"
compare "C locale" "$work/expected-en" "$work/actual-en"

if [ -f "$TEST_LOCPATH/zh_TW.UTF-8/LC_CTYPE" ]; then
  if [ "$USE_NLS" = yes ]; then
    { table 1,2,3,6,7 zh; tail_zh; names; } > "$work/expected-zh"
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
