# xvfb.sh: sourced by the dialog tests (gtk-dialog.test,
# python-dialog.test, curl-dialog.test), which all run a GTK program
# under an X server of their own, alike: one place to start and stop
# that server, give the program a clean session and relay its
# self-test's report.  Needs tap.sh and $tmp (a private directory).

xvfb_pid=

# xvfb_start: start Xvfb on a free display and set $display.  Xvfb
# picks a free display itself and writes its number on fd 3 once it
# accepts clients: no race with other X servers, no xauth needed.  None
# of its descriptors is the script's output: should the script be
# killed outright (no trap runs), a server still holding the pipe to the
# TAP driver would keep make check waiting for its end for ever.
# Bails out if the server does not come up.
xvfb_start () {
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp \
    3>"$tmp/display" </dev/null >"$tmp/xvfb.log" 2>&1 &
  xvfb_pid=$!
  tries=0
  while [ ! -s "$tmp/display" ] && [ $tries -lt 100 ]; do
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
    tries=$((tries + 1))
  done
  if [ ! -s "$tmp/display" ]; then
    echo "Bail out! Xvfb did not start:"
    sed 's/^/# /' "$tmp/xvfb.log"
    exit 1
  fi
  display=:$(cat "$tmp/display")
  mkdir -m 700 "$tmp/runtime"
}

# xvfb_stop: stop the server xvfb_start started, by its PID (for the
# scripts' cleanup trap: harmless when none was started).
xvfb_stop () {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
}

# x_session LOCALE [NAME=VALUE...] COMMAND ARGS...: COMMAND in LOCALE on
# the server, with nothing of the user's session or the system's desktop
# settings: no Wayland; GTK's own Adwaita, light, whatever theme or dark
# preference the user's or the system's settings.ini (XDG_CONFIG_HOME,
# XDG_CONFIG_DIRS) ask for; no accessibility bus (there is no D-Bus
# session here); the cairo renderer (no GL under Xvfb).
x_session () {
  loc=$1
  shift
  env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LC_CTYPE -u WAYLAND_DISPLAY \
    -u GDK_SCALE -u GDK_DPI_SCALE \
    LANG="$loc" LOCPATH="$TEST_LOCPATH" TEXTDOMAINDIR="$TEST_LOCALEDIR" \
    DISPLAY="$display" GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none \
    GTK_THEME=Adwaita GSETTINGS_BACKEND=memory \
    XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CONFIG_DIRS="$tmp/config-dirs" \
    "$@"
}

# relay NAME: turn a self-test's "ok - ..." and "not ok - ..." lines on
# stdin into the script's numbered TAP; its comments pass through.
relay () {
  while IFS= read -r line; do
    case $line in
      'ok - '*) tap_pass "$1: ${line#ok - }" ;;
      'not ok - '*) tap_fail "$1: ${line#not ok - }" ;;
      '') ;;
      *) printf '%s\n' "$line" ;;
    esac
  done
}
