#!/bin/sh
# w32-dlls.sh BINDIR FILE...: make install's last step in a Windows
# build.  Copies into BINDIR every DLL that the installed FILEs import,
# and those DLLs' own imports, that is not already there: libintl-8.dll
# above all, without which httpstatus.exe does not start.  What the
# files import is read with OBJDUMP -p (the "DLL Name" lines).  Each DLL
# is looked for in the folders of W32_DLL_DIRS (configure's
# --with-w32-dll-dirs; by default each -L folder of LDFLAGS and the
# bin folder beside it, where a MinGW prefix keeps its DLLs), then in
# the compiler's own folders (CC -print-file-name: libgcc_s_seh-1.dll,
# libwinpthread-1.dll).  A DLL found nowhere is Windows' own (KERNEL32,
# msvcrt...) unless its name starts with "lib", the GNU naming that no
# Windows system DLL has: then the install fails and says which, rather
# than leave a tree that cannot run.
set -u
bindir=$1
shift
: "${OBJDUMP:=objdump}" "${CC:=cc}" "${W32_DLL_DIRS:=}"

# imports FILE: the DLL names FILE imports, one a line.
imports () {
  "$OBJDUMP" -p "$1" | sed -n 's/^[[:space:]]*DLL Name: *//p' | tr -d '\r'
}

# find_dll NAME: the path of NAME in the search folders, or nothing.
find_dll () {
  for d in $W32_DLL_DIRS; do
    [ -f "$d/$1" ] && { echo "$d/$1"; return; }
  done
  p=$($CC -print-file-name="$1" 2>/dev/null)   # CC may carry options
  case $p in
    */*) [ -f "$p" ] && echo "$p" ;;
  esac
}

status=0
seen=' '
nl='
'
# The files still to read, one a line (a folder may hold spaces).
queue=
for f in "$@"; do queue="$queue$f$nl"; done
while [ -n "$queue" ]; do
  file=${queue%%"$nl"*}
  queue=${queue#*"$nl"}
  for dll in $(imports "$file"); do
    key=$(printf '%s' "$dll" | tr 'A-Z' 'a-z')
    case $seen in *" $key "*) continue ;; esac
    seen="$seen$key "
    if [ -f "$bindir/$dll" ]; then
      queue="$queue$bindir/$dll$nl"
      continue
    fi
    path=$(find_dll "$dll")
    if [ -n "$path" ]; then
      echo "w32-dlls.sh: $path -> $bindir"
      cp "$path" "$bindir/$dll" || status=1
      queue="$queue$bindir/$dll$nl"
    else
      case $key in
        lib*)
          echo "w32-dlls.sh: $dll, which $(basename "$file") needs, is in none of: $W32_DLL_DIRS (configure --with-w32-dll-dirs=DIRS)" >&2
          status=1 ;;
      esac
    fi
  done
done
exit $status
