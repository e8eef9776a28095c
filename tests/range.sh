# range.sh: sourced by the shell tests: code_min and code_max, the valid
# range of status codes, read from the header (HTTPSTATUS_CODE_MIN and
# HTTPSTATUS_CODE_MAX) rather than written here a second time.

range_define () {
  sed -n "s/^#define $1 \\([0-9][0-9]*\\)\$/\\1/p" \
    "$top_srcdir/include/httpstatus.h"
}
code_min=$(range_define HTTPSTATUS_CODE_MIN)
code_max=$(range_define HTTPSTATUS_CODE_MAX)
if [ -z "$code_min" ] || [ -z "$code_max" ]; then
  echo "Bail out! no HTTPSTATUS_CODE_MIN/MAX in include/httpstatus.h"
  exit 1
fi
