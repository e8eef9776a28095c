#!/bin/sh
# test-locales.sh SRCDIR: the names of the locales the tests use for the
# languages, one a line: LL.UTF-8 for every language of po/LINGUAS,
# then LL.CHARSET for each line of tests/charsets.tsv whose language is
# in po/LINGUAS.
set -u
srcdir=$1
langs=$(sed 's/#.*//' "$srcdir/po/LINGUAS")
for l in $langs; do
  echo "$l.UTF-8"
done
grep -v '^#' "$srcdir/tests/charsets.tsv" | while read -r l charset; do
  [ -n "$l" ] || continue
  for known in $langs; do
    [ "$known" = "$l" ] && echo "$l.$charset"
  done
done
