#!/usr/bin/env bash
# .ci/mingw-deps.sh HOST: what the Windows build for the MinGW-w64 target
# HOST (x86_64-w64-mingw32, i686-w64-mingw32) needs and Debian does not
# ship for MinGW, built from Debian's own source packages:
#   - GNU gettext's runtime library, libintl (libintl-8.dll), from the
#     gettext package;
#   - Check, static, for the unit tests run under Wine, from the check
#     package.
# Installed into one prefix in a cache outside the clone, keyed by both
# source versions, a recipe revision and the host, and reused by later
# runs:
#   $HTTPSTATUS_CI_CACHE (default /var/cache/httpstatus-ci)/mingw-deps-...
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
srcversion () { apt-cache showsrc "$1" | sed -n 's/^Version: //p' | sort -V | tail -n 1; }
gettext_version=$(srcversion gettext)
check_version=$(srcversion check)
# r3: the recipe's own revision, so that a change below rebuilds.
prefix=$cache/mingw-deps-gettext$gettext_version-check$check_version-r3-$host
if [ -f "$prefix/.done" ]; then
  echo "$prefix"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# unpack PACKAGE VERSION: the upstream tarball's folder, unpacked.
unpack () {
  mkdir -p "$work/$1"
  (cd "$work/$1" && apt-get source --download-only -qq "$1=$2" >/dev/null 2>&1)
  orig=$(ls "$work/$1"/"$1"_*.orig.tar.* | grep -v '\.asc$' | head -n 1)
  tar -C "$work/$1" -xf "$orig"
  ls -d "$work/$1/$1"-*/ | head -n 1
}
rm -rf "$prefix"

src=$(unpack gettext "$gettext_version")
mkdir -p "$work/build-intl"
cd "$work/build-intl"
"$src/gettext-runtime/configure" -q --host="$host" --prefix="$prefix" \
  --enable-shared --disable-static --disable-java --disable-csharp \
  --disable-libasprintf --with-included-gettext --without-libiconv-prefix \
  am_cv_func_iconv=no CFLAGS='-O2 -include wchar.h' >/dev/null
make -s -j2 -C intl >/dev/null
make -s -C intl install >/dev/null

src=$(unpack check "$check_version")
mkdir -p "$work/build-check"
cd "$work/build-check"
"$src/configure" -q --host="$host" --prefix="$prefix" --disable-shared \
  --enable-static --disable-subunit --disable-build-docs CFLAGS=-O2 >/dev/null
make -s -j2 -C lib >/dev/null 2>&1
make -s -j2 -C src >/dev/null 2>&1
make -s -C src install >/dev/null
cp check_stdint.h "$prefix/include/"

touch "$prefix/.done"
echo "$prefix"
