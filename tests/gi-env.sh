# gi-env.sh: sourced by the introspection tests after tap.sh: skip when
# the introspection data is not built; the build tree's typelib and
# library for the languages' runtimes.
if [ "$INTROSPECTION" != yes ]; then
  echo "1..0 # SKIP the introspection data is not built (configure --enable-introspection)"
  exit 0
fi
GI_TYPELIB_PATH="$top_builddir/gi${GI_TYPELIB_PATH:+:$GI_TYPELIB_PATH}"
LD_LIBRARY_PATH="$top_builddir/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export GI_TYPELIB_PATH LD_LIBRARY_PATH
# The build tree's locales for the locale-driven calls; no LANGUAGE or
# LC_ALL from outside.
LOCPATH=$TEST_LOCPATH
export LOCPATH
unset LANGUAGE LC_ALL
fixtures="$top_srcdir/tests/fixtures"
linguas="$top_srcdir/po/LINGUAS"
