/* format-squid.c: Squid's native access log format, its default:
     time.ms elapsed client result/status bytes method URL user hier type
   ("1764412257.123    345 127.0.0.1 TCP_MISS/404 436 GET http://...").
   The status is the three digits after the result code's '/'; 000
   (no answer: an aborted or refused request) is a line without one.
   The elapsed time is right-aligned in six columns, so fields may be
   separated by several spaces.  The note goes at the line's end.  */

#include <config.h>

#include <string.h>

#include "logformat.h"

static int
all_digits (const char *p, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (p[i] < '0' || p[i] > '9')
      return 0;
  return n > 0;
}

static enum log_verdict
squid_scan (struct log_file *file, const char *line, size_t len,
            int partial, struct log_found *found)
{
  (void) file;
  (void) partial;
  const char *p = line, *end = line + len, *f, *dot;
  size_t n;
  if (!log_next_field (&p, end, &f, &n) || f != line
      || (dot = memchr (f, '.', n)) == NULL || !all_digits (f, (size_t) (dot - f))
      || !all_digits (dot + 1, (size_t) (f + n - dot - 1))
      || !log_next_field (&p, end, &f, &n) || !all_digits (f, n)
      || !log_next_field (&p, end, &f, &n)           /* client */
      || !log_next_field (&p, end, &f, &n) || n < 5 || f[n - 4] != '/'
      || !all_digits (f + n - 3, 3))
    return LOG_OTHER;
  for (const char *r = f; r < f + n - 4; r++)
    if (!((*r >= 'A' && *r <= 'Z') || *r == '_'))
      return LOG_OTHER;
  found->at_end = 1;
  int status = log_status3 (f + n - 3);
  if (status < 0)
    return memcmp (f + n - 3, "000", 3) == 0 ? LOG_KNOWN : LOG_OTHER;
  found->what = status;
  return LOG_NOTE;
}

const struct log_format log_format_squid =
  { "squid", squid_scan, log_text_note };
