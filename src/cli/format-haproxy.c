/* format-haproxy.c: HAProxy's "option httplog", its default HTTP log
   format, with or without captured headers:
     client:port [date] frontend backend/server TR/Tw/Tc/Tr/Ta status ...
   The status is the field after the five timers; -1 (no answer) is a
   line of the format without one.  HAProxy's "option httplog clf" is a
   Common Log Format line, format-clf.c's, and its "option tcplog" has
   no status (three timers, so no line of this format).  HAProxy writes
   to syslog: envelope.c takes the envelope off first.  The note goes
   at the line's end.  */

#include <config.h>

#include <string.h>

#include "logformat.h"

/* Whether the N bytes at P are "client:port": a ':' then digits.  */
static int
client_port (const char *p, size_t n)
{
  /* From the end: the port is short, the address may be IPv6.  */
  const char *colon = p + n;
  while (colon > p && colon[-1] >= '0' && colon[-1] <= '9')
    colon--;
  colon = colon > p && colon[-1] == ':' ? colon - 1 : NULL;
  if (colon == NULL || colon == p || colon + 1 == p + n)
    return 0;
  for (const char *d = colon + 1; d < p + n; d++)
    if (*d < '0' || *d > '9')
      return 0;
  return 1;
}

/* Whether the N bytes at P are COUNT signed numbers separated by '/'
   ("10/0/30/69/109", "-1", "+109": option logasap).  */
static int
timers (const char *p, size_t n, int count)
{
  const char *end = p + n;
  for (int t = 0; t < count; t++)
    {
      if (p < end && (*p == '-' || *p == '+'))
        p++;
      const char *digits = p;
      while (p < end && *p >= '0' && *p <= '9')
        p++;
      if (p == digits)
        return 0;
      if (t + 1 < count)
        {
          if (p == end || *p != '/')
            return 0;
          p++;
        }
    }
  return p == end;
}

static enum log_verdict
haproxy_scan (struct log_file *file, const char *line, size_t len,
              int partial, struct log_found *found)
{
  (void) file;
  (void) partial;
  const char *p = line, *end = line + len, *f;
  size_t n;
  if (!log_next_field (&p, end, &f, &n) || f != line || !client_port (f, n)
      || !log_next_field (&p, end, &f, &n) || n < 2 || f[0] != '['
      || f[n - 1] != ']'
      || !log_next_field (&p, end, &f, &n)          /* frontend */
      || !log_next_field (&p, end, &f, &n)          /* backend/server */
      || memchr (f, '/', n) == NULL
      || !log_next_field (&p, end, &f, &n) || !timers (f, n, 5)
      || !log_next_field (&p, end, &f, &n) || p == end)
    return LOG_OTHER;
  return log_status_field (f, n, "-1", found);
}

const struct log_format log_format_haproxy =
  { "haproxy", haproxy_scan, log_text_note };
