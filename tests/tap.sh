# tap.sh: sourced by the shell tests; TAP output for automake's driver.
# ok/not ok lines are numbered here and the plan is printed at the end.

tap_n=0
tap_failed=0

# tap_check DESCRIPTION EXPECTED ACTUAL: one test, passing when the two
# strings are equal byte for byte.
tap_check () {
  tap_n=$((tap_n + 1))
  if [ "$2" = "$3" ]; then
    echo "ok $tap_n - $1"
  else
    tap_failed=$((tap_failed + 1))
    echo "not ok $tap_n - $1"
    printf '%s\n' "$2" > tap-expected.$$
    printf '%s\n' "$3" > tap-actual.$$
    diff -u tap-expected.$$ tap-actual.$$ | sed 's/^/# /'
    rm -f tap-expected.$$ tap-actual.$$
  fi
}

# tap_pass DESCRIPTION, tap_fail DESCRIPTION: one test whose result
# another program decided (and explained in its own comments).
tap_pass () {
  tap_n=$((tap_n + 1))
  echo "ok $tap_n - $1"
}

tap_fail () {
  tap_n=$((tap_n + 1))
  tap_failed=$((tap_failed + 1))
  echo "not ok $tap_n - $1"
}

tap_skip () {
  tap_n=$((tap_n + 1))
  echo "ok $tap_n # SKIP $1"
}

tap_done () {
  echo "1..$tap_n"
  [ "$tap_failed" -eq 0 ]
}
