/* format-elb.c: the access logs of AWS load balancers.  The status
   that counts is the load balancer's own (elb_status_code), not the
   target's, which follows it: the client got the former.
   Application Load Balancer:
     type time elb client:port target:port t1 t2 t3 elb_status target_status ...
   ("h2 2026-11-29T15:30:57.123456Z app/my-lb/50dc6c495c0c9188 ...");
   Classic Load Balancer:
     time elb client:port backend:port t1 t2 t3 elb_status backend_status ...
   A "-" status is a line without one.  The note goes at the end.  */

#include <config.h>

#include <string.h>

#include "logformat.h"

/* Whether the N bytes at P are an ISO 8601 time in UTC as AWS writes
   them: "2026-11-29T15:30:57.123456Z".  */
static int
aws_time (const char *p, size_t n)
{
  return n >= 20 && p[4] == '-' && p[7] == '-' && p[10] == 'T'
         && p[13] == ':' && p[16] == ':' && p[n - 1] == 'Z';
}

/* Whether the N bytes at P are a processing time: "0.000073", "-1".  */
static int
seconds (const char *p, size_t n)
{
  if (n == 2 && p[0] == '-' && p[1] == '1')
    return 1;
  size_t dots = 0;
  for (size_t i = 0; i < n; i++)
    if (p[i] == '.')
      dots++;
    else if (p[i] < '0' || p[i] > '9')
      return 0;
  return n > 0 && dots <= 1;
}

/* From the three times on, at *P: the status's verdict.  */
static enum log_verdict
times_status (const char *p, const char *end, struct log_found *found)
{
  const char *f;
  size_t n;
  for (int t = 0; t < 3; t++)
    if (!log_next_field (&p, end, &f, &n) || !seconds (f, n))
      return LOG_OTHER;
  if (!log_next_field (&p, end, &f, &n))
    return LOG_OTHER;
  return log_status_field (f, n, "-", found);
}

static enum log_verdict
alb_scan (struct log_file *file, const char *line, size_t len, int partial,
          struct log_found *found)
{
  (void) file;
  (void) partial;
  static const char *const types[] = { "http", "https", "h2", "grpcs",
                                       "ws", "wss", NULL };
  const char *p = line, *end = line + len, *f;
  size_t n;
  if (!log_next_field (&p, end, &f, &n) || f != line)
    return LOG_OTHER;
  const char *const *t = types;
  while (*t != NULL && !(strlen (*t) == n && memcmp (*t, f, n) == 0))
    t++;
  if (*t == NULL || !log_next_field (&p, end, &f, &n) || !aws_time (f, n)
      || !log_next_field (&p, end, &f, &n) || n < 5
      || memcmp (f, "app/", 4) != 0
      || !log_next_field (&p, end, &f, &n) || memchr (f, ':', n) == NULL
      || !log_next_field (&p, end, &f, &n))
    return LOG_OTHER;
  return times_status (p, end, found);
}

static enum log_verdict
elb_scan (struct log_file *file, const char *line, size_t len, int partial,
          struct log_found *found)
{
  (void) file;
  (void) partial;
  const char *p = line, *end = line + len, *f;
  size_t n;
  if (!log_next_field (&p, end, &f, &n) || f != line || !aws_time (f, n)
      || !log_next_field (&p, end, &f, &n)
      || !log_next_field (&p, end, &f, &n) || memchr (f, ':', n) == NULL
      || !log_next_field (&p, end, &f, &n))
    return LOG_OTHER;
  return times_status (p, end, found);
}

const struct log_format log_format_alb = { "alb", alb_scan, log_text_note };
const struct log_format log_format_elb = { "elb", elb_scan, log_text_note };
