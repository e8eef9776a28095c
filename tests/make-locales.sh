#!/bin/sh
# make-locales.sh DIR NAME...: compile each locale NAME (zh_TW.UTF-8,
# en_US.UTF-8, zh_TW.BIG5...) into DIR/NAME with localedef, so that the
# tests run with LOCPATH=DIR and never depend on the locales installed
# on the machine.  With LOCALEDEF empty (configure did not find it) it
# builds nothing, and the tests that need a locale skip.
set -u
dir=$1
shift
if [ -z "${LOCALEDEF-}" ]; then
  echo "make-locales.sh: localedef not found; the localized tests will skip" >&2
  exit 0
fi
mkdir -p "$dir" || exit 1
for name in "$@"; do
  lang=${name%%.*}
  charmap=${name#*.}
  [ -f "$dir/$name/LC_CTYPE" ] && continue
  # -c: write the locale despite warnings about the charmap (BIG5 lacks
  # characters the zh_TW source names); its absence below is the error.
  "$LOCALEDEF" -c -i "$lang" -f "$charmap" "$dir/$name" 2>"$dir/$name.log"
  if [ ! -f "$dir/$name/LC_CTYPE" ]; then
    echo "make-locales.sh: localedef could not build $name:" >&2
    cat "$dir/$name.log" >&2
    echo "(on Debian the locale sources come with the 'locales' package)" >&2
    exit 1
  fi
done
