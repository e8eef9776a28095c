/* format-envoy.c: Envoy's default access log format:
     [start] "METHOD PATH PROTOCOL" code flags received sent ...
   ("[2026-11-29T15:30:57.123Z] "GET / HTTP/1.1" 404 NR 0 0 ...").
   Code 0 (no answer was sent) is a line without a status.  Envoy
   writes a request line it cannot log as "- - -", and escapes no
   quote: the request ends at the first '"' followed by a space and a
   number.  The note goes at the line's end.  */

#include <config.h>

#include <string.h>

#include "logformat.h"

static enum log_verdict
envoy_scan (struct log_file *file, const char *line, size_t len,
            int partial, struct log_found *found)
{
  (void) file;
  (void) partial;
  const char *end = line + len;
  if (len < 8 || line[0] != '[')
    return LOG_OTHER;
  const char *close = memchr (line, ']', len);
  if (close == NULL || end - close < 4 || close[1] != ' ' || close[2] != '"')
    return LOG_OTHER;
  for (const char *q = close + 3; q < end;)
    {
      q = memchr (q, '"', (size_t) (end - q));
      if (q == NULL || end - q < 3)
        return LOG_OTHER;
      const char *d = q + 2;
      const char *e = d;
      while (e < end && *e >= '0' && *e <= '9')
        e++;
      if (q[1] != ' ' || e == d || (e < end && *e != ' '))
        {
          q++;
          continue;
        }
      return log_status_field (d, (size_t) (e - d), "0", found);
    }
  return LOG_OTHER;
}

const struct log_format log_format_envoy =
  { "envoy", envoy_scan, log_text_note };
