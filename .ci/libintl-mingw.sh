#!/usr/bin/env bash
# .ci/libintl-mingw.sh HOST: GNU gettext's runtime library (libintl) for
# the MinGW-w64 target HOST (x86_64-w64-mingw32, i686-w64-mingw32),
# built from Debian's own gettext source package, since Debian ships no
# libintl for MinGW.  Installed into a cache outside the clone, keyed by
# the source version and the host, and reused by later runs:
#   $HTTPSTATUS_CI_CACHE (default /var/cache/httpstatus-ci)/libintl-VERSION-HOST
# Prints that prefix on its last line.  wchar.h is included everywhere
# because gettext 0.21's dcigettext.c calls _wgetcwd undeclared, which
# MinGW-w64 10 declares there: undeclared, its pointer result would be
# truncated to an int on 64-bit Windows.  Needs root for apt (a deb-src
# entry is added when missing); no iconv: libintl hands out the catalogs'
# UTF-8 as it is, and the command converts with the Win32 API.
set -euo pipefail
host=$1
cache=${HTTPSTATUS_CI_CACHE:-/var/cache/httpstatus-ci}
mkdir -p "$cache"

if ! apt-get source --print-uris gettext >/dev/null 2>&1; then
  # Debian 12's sources file, with deb-src for the same suites.
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
    > /etc/apt/sources.list.d/httpstatus-ci-src.sources
  apt-get update -qq
fi
version=$(apt-cache showsrc gettext | sed -n 's/^Version: //p' | sort -V | tail -n 1)
# r2: the recipe's own revision, so that a change below rebuilds.
prefix=$cache/libintl-$version-r2-$host
if [ -f "$prefix/.done" ]; then
  echo "$prefix"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get source --download-only -qq "gettext=$version" >/dev/null 2>&1)
orig=$(ls "$work"/gettext_*.orig.tar.* | grep -v '\.asc$' | head -n 1)
tar -C "$work" -xf "$orig"
src=$(ls -d "$work"/gettext-*/ | head -n 1)
mkdir -p "$work/build"
cd "$work/build"
"$src/gettext-runtime/configure" -q --host="$host" --prefix="$prefix" \
  --enable-shared --disable-static --disable-java --disable-csharp \
  --disable-libasprintf --with-included-gettext --without-libiconv-prefix \
  am_cv_func_iconv=no CFLAGS='-O2 -include wchar.h' >/dev/null
make -s -j2 -C intl >/dev/null
rm -rf "$prefix"
make -s -C intl install >/dev/null
touch "$prefix/.done"
echo "$prefix"
