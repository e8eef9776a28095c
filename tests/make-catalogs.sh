#!/bin/sh
# make-catalogs.sh LINGUAS DIR: compile po/LL.po, for every language LL
# of the LINGUAS file, into DIR/LL/LC_MESSAGES/httpstatus.mo, the
# layout the library installs, for the tests to bind the domain to.
# A catalog is rebuilt only when its .po is newer.  MSGFMT names msgfmt.
set -u
linguas=$1
dir=$2
podir=`dirname "$linguas"`
for lang in `sed -e 's/#.*//' "$linguas"`; do
  mo=$dir/$lang/LC_MESSAGES/httpstatus.mo
  if [ -f "$mo" ] && [ ! "$podir/$lang.po" -nt "$mo" ]; then
    continue
  fi
  mkdir -p "$dir/$lang/LC_MESSAGES" || exit 1
  ${MSGFMT-msgfmt} -c -o "$mo" "$podir/$lang.po" || exit 1
done
