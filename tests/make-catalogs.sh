#!/bin/sh
# make-catalogs.sh PODIR DIR: compile PODIR/LL.po for every language LL
# of PODIR/LINGUAS into DIR/LL/LC_MESSAGES/httpstatus.mo, the tests'
# catalogs (bound with bindtextdomain or TEXTDOMAINDIR), unless the .mo
# is newer than its .po.  Nothing to do in a build without NLS.
set -u
podir=$1
dir=$2
[ "${USE_NLS-yes}" = yes ] || exit 0
for l in $(sed 's/#.*//' "$podir/LINGUAS"); do
  mo=$dir/$l/LC_MESSAGES/httpstatus.mo
  [ -f "$mo" ] && [ "$mo" -nt "$podir/$l.po" ] && continue
  mkdir -p "$dir/$l/LC_MESSAGES" || exit 1
  "$MSGFMT" -c -o "$mo.tmp" "$podir/$l.po" && mv "$mo.tmp" "$mo" || exit 1
done
