#!/bin/sh
# wine-prefix.sh DIR: the Wine prefix the tests of a Windows build run
# in, made once in the build tree (so nothing of the user's ~/.wine is
# read or written): wineboot, then the dialog fonts replaced with Noto
# Sans CJK TC, which has the Latin letters and the CJK ideographs the
# Chinese catalogs need (Wine's own Tahoma has no CJK glyphs and Wine
# links no fallback font for them), and windows that Wine draws whole,
# title bar included, since Xvfb has no window manager to draw it.
# Nothing to do without wine.
set -u
dir=$1
command -v wine >/dev/null 2>&1 || exit 0
[ -f "$dir/system.reg" ] && [ -f "$dir/fonts.done" ] && [ "$dir/fonts.done" -nt "$0" ] && exit 0
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
export WINEPREFIX="$dir" WINEDEBUG=-all
wineboot -i > "$dir/wineboot.log" 2>&1
cat > "$dir/fonts.reg" <<'EOF_REG'
REGEDIT4

[HKEY_CURRENT_USER\Software\Wine\Fonts\Replacements]
"Tahoma"="Noto Sans CJK TC"
"MS Shell Dlg"="Noto Sans CJK TC"
"MS Shell Dlg 2"="Noto Sans CJK TC"
"Microsoft Sans Serif"="Noto Sans CJK TC"
"Segoe UI"="Noto Sans CJK TC"

[HKEY_CURRENT_USER\Software\Wine\X11 Driver]
"Decorated"="N"
"Managed"="N"
EOF_REG
wine regedit /S "$(winepath -w "$dir/fonts.reg")" >> "$dir/wineboot.log" 2>&1
wineserver -w
touch "$dir/fonts.done"
