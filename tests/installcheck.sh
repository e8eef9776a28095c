#!/bin/sh
# installcheck.sh: compile examples/status-table.c against the
# installed library with pkg-config, as any client would, and compare
# its output with the fixtures, in the C locale and in the UTF-8 locale
# of every language of po/LINGUAS.
# Run by 'make installcheck' (and so by 'make distcheck').
#
# Environment: CC, PKG_CONFIG, pkgconfigdir, libdir, top_srcdir,
# TEST_LOCPATH (the build tree's compiled locales), USE_NLS.
set -u
fixtures="$top_srcdir/tests/fixtures"
. "$top_srcdir/tests/range.sh"
min=$code_min
max=$code_max
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
fail=0

PKG_CONFIG_PATH="$pkgconfigdir" ${PKG_CONFIG:-pkg-config} --cflags --libs httpstatus \
  > "$work/flags" || exit 1
$CC -std=c11 -Wall -Wextra -Werror -o "$work/status-table" \
  "$top_srcdir/examples/status-table.c" $(cat "$work/flags") || exit 1

# The fixture's rows as the example prints them in language $1 (en or a
# language of po/LINGUAS): every code of codes.tsv, then the unknown
# codes the example asks for (ints outside the range, 306, 470), each
# with its origin flags and class title.
table () {
  awk -F '\t' -v OFS='\t' -v min="$min" -v max="$max" '
    BEGIN {
      # The origin keys of codes.def'"'"'s HTTPSTATUS_ORIGIN lines.
      bit["wininet"] = 1; bit["iana"] = 2; bit["common"] = 4; bit["vendor"] = 8
      split("Unknown Status Code,Informational,Successful,Redirection,Client Error,Server Error", reason, ",")
    }
    FNR == 1 { file++ }
    /^#/ || /^(key|code)\t/ || NF == 0 { next }
    file == 1 { title[$1] = $2; desc[$1] = $3; next }
    {
      n = split($4, keys, ","); origin = 0
      for (i = 1; i <= n; i++) origin += bit[keys[i]]
      print $1, $2, $3, title[$1], desc[$1], origin, title["class" int($1 / 100)]
    }
    END {
      split("-1 0 " (min - 1) " 306 470 " (max + 1) " -2147483648 2147483647", unknown, " ")
      for (i = 1; i in unknown; i++) {
        c = unknown[i] + 0
        cls = (c >= min && c <= max) ? int(c / 100) : 0
        print unknown[i], "-", reason[cls + 1], title["class" cls], desc["class" cls], 0, title["class" cls]
      }
    }' "$fixtures/$1.tsv" "$fixtures/codes.tsv"
}
names () {
  printf '"HTTP_STATUS_NOT_FOUND"\t404\n"not_found"\t404\n"Http_Status_Ok"\t200\n"INTERNAL_SERVER_ERROR"\t500\n"payload_too_large"\t413\n""\t-1\n"NOT_FOUNDX"\t-1\nNULL\t-1\n'
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

{ table en; names; } > "$work/expected-en"
LC_ALL=C LD_LIBRARY_PATH="$libdir" "$work/status-table" > "$work/actual-en"
compare "C locale" "$work/expected-en" "$work/actual-en"

for l in $(sed 's/#.*//' "$top_srcdir/po/LINGUAS"); do
  if [ ! -f "$TEST_LOCPATH/$l.UTF-8/LC_CTYPE" ]; then
    echo "SKIP: installed library in $l: no $l.UTF-8 locale in $TEST_LOCPATH"
    continue
  fi
  if [ "$USE_NLS" = yes ]; then
    { table "$l"; names; } > "$work/expected-$l"
  else
    cp "$work/expected-en" "$work/expected-$l"
  fi
  env -u LC_ALL -u LANGUAGE LANG="$l.UTF-8" LOCPATH="$TEST_LOCPATH" \
    LD_LIBRARY_PATH="$libdir" "$work/status-table" > "$work/actual-$l"
  compare "LANG=$l.UTF-8" "$work/expected-$l" "$work/actual-$l"
done
exit $fail
