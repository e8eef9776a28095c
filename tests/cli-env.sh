# cli-env.sh: sourced by the command's tests after tap.sh: the command
# run in English (C locale) or in any language of po/LINGUAS from the
# build tree's locales and catalogs, whatever the machine has installed;
# the fixtures of codes and languages.

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

# The languages of po/LINGUAS, and the legacy-charset locales of
# tests/charsets.tsv for them ("zh_TW.BIG5").
languages=$(sed 's/#.*//' "$top_srcdir/po/LINGUAS")
legacy_locales=$($SHELL "$top_srcdir/tests/test-locales.sh" "$top_srcdir" | grep -v '\.UTF-8$')

# inlang LOCALE ARG...: the command in LOCALE (zh_TW.UTF-8, zh_TW.BIG5).
inlang () { loc=$1; shift; inenv LANG="$loc" "$prog" "$@"; }

# text_lang LL: the language whose texts the command must print in
# LL's locales: LL, or en where NLS is off.
text_lang () {
  if [ "$USE_NLS" = yes ]; then echo "$1"; else echo en; fi
}

# lang_rows LL: "code TAB constant TAB title TAB description" for every
# code of codes.tsv, in its order, with LL's texts.
lang_rows () {
  awk -F '\t' -v OFS='\t' '
    FNR == 1 { file++ }
    /^#/ || /^key\t/ || /^code\t/ || NF == 0 { next }
    file == 1 { title[$1] = $2; desc[$1] = $3; next }
    { if (!($1 in title)) { print "missing " $1 > "/dev/stderr"; exit 1 }
      print $1, $2, title[$1], desc[$1] }' \
    "$fixtures/$1.tsv" "$fixtures/codes.tsv"
}

# lang_text LL KEY [FIELD]: the title (FIELD 2, the default) or the
# description (FIELD 3) of KEY (a code, class4, origin-line:404) in LL.
lang_text () {
  awk -F '\t' -v key="$2" -v f="${3-2}" '$1 == key { print $f; exit }' \
    "$fixtures/$1.tsv"
}
