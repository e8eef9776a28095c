# cli-env.sh: sourced by the command's tests after tap.sh: the command
# run in English (C locale) or in zh_TW from the build tree's locales
# and catalogs, whatever the machine has installed.

. "$top_srcdir/tests/range.sh"

prog="$top_builddir/httpstatus"
fixtures="$top_srcdir/tests/fixtures"
tab=$(printf '\t')

# inenv VAR=VALUE... COMMAND...: with the build tree's locales and
# catalogs and no LANGUAGE or LC_ALL from outside.
inenv () {
  env -u LANGUAGE -u LC_ALL LOCPATH="$TEST_LOCPATH" \
    TEXTDOMAINDIR="$TEST_LOCALEDIR" "$@"
}
en () { env -u LANGUAGE LC_ALL=C "$prog" "$@"; }
zh () { inenv LANG=zh_TW.UTF-8 "$prog" "$@"; }
big5 () { inenv LANG=zh_TW.BIG5 "$prog" "$@"; }

# have_locale NAME: whether the build tree has it; a missing one is an
# error unless localedef was not found.
have_locale () {
  [ -f "$TEST_LOCPATH/$1/LC_CTYPE" ] && return 0
  if [ -n "$HAVE_LOCALEDEF" ]; then
    echo "Bail out! $TEST_LOCPATH/$1 was not built"
    exit 1
  fi
  return 1
}
have_zh=no
have_locale zh_TW.UTF-8 && have_zh=yes
have_big5=no
have_locale zh_TW.BIG5 && have_big5=yes
# zh_TW texts are expected only where NLS is on.
zh_text=no
[ "$have_zh" = yes ] && [ "$USE_NLS" = yes ] && zh_text=yes
