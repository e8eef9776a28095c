# shot-record.sh: sourced by the tests that take the screenshots of
# doc/ (gtk-dialog.test, error-pages.test, pages.test, python-dialog.test,
# win32-dialog.test).
# Once a picture has passed its test's checks, the test records the
# texts it shows beside it; `make screenshots` writes them into the PNG
# copied to doc/ (tests/png-text), and tests/screenshots.test compares
# them with the catalogs.  See HACKING.md, "Screenshots".

# shot_record PICTURE LL KEY:FIELD...: the texts PICTURE shows in
# language LL (en where NLS is off), as the fixtures write them, into
# PICTURE's record (its name with .texts for its extension), one line
# "LL<TAB>KEY<TAB>FIELD<TAB>TEXT" each.  FIELD is title or description
# (tests/fixtures/LL.tsv), reason (codes.tsv, the same in every
# language), or error-title or error-description for a transport
# error's constant (errors-LL.tsv).
shot_record () {
  shot_pic=$1 shot_ll=$2
  shift 2
  shot_rec=${shot_pic%.*}.texts
  : > "$shot_rec.tmp" || return 1
  for shot_kf in "$@"; do
    shot_key=${shot_kf%%:*} shot_field=${shot_kf#*:}
    case $shot_field in
      title) shot_file=$shot_ll.tsv shot_col=2 ;;
      description) shot_file=$shot_ll.tsv shot_col=3 ;;
      reason) shot_file=codes.tsv shot_col=3 ;;
      error-title) shot_file=errors-$shot_ll.tsv shot_col=2 ;;
      error-description) shot_file=errors-$shot_ll.tsv shot_col=3 ;;
      *) echo "shot_record: no field $shot_field" >&2; return 1 ;;
    esac
    shot_text=$(awk -F '\t' -v k="$shot_key" -v n="$shot_col" \
      '$1 == k { print $n; exit }' "$top_srcdir/tests/fixtures/$shot_file")
    printf '%s\t%s\t%s\t%s\n' "$shot_ll" "$shot_key" "$shot_field" \
      "$shot_text" >> "$shot_rec.tmp"
  done
  mv "$shot_rec.tmp" "$shot_rec"
}
