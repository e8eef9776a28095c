/* formats.c: the log formats annotate knows, in the order
   --format=auto tries them on a file's lines until one recognizes a
   line.  JSON and W3C first: their lines start with '{' and '#', which
   no Common Log Format line does, and a crafted JSON value could look
   like a CLF line's fields, never the other way round.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "cli.h"
#include "logformat.h"

const struct log_format *const log_formats[] = {
  &log_format_json, &log_format_w3c, &log_format_clf, &log_format_haproxy,
  &log_format_squid, &log_format_alb, &log_format_elb, &log_format_envoy,
  NULL
};

/* "  [404 Not Found]", "  [499 Client Closed Request (nginx)]", in
   the locale's charset, like the rest of a text log read by people.  */
char *
log_text_note (int what, int variant, size_t *len)
{
  (void) variant;
  char buf[512];
  const char *title = log_title (what, buf, sizeof buf);
  size_t size = strlen (title) + 16;
  char *s = malloc (size);
  if (s == NULL)
    return NULL;
  *len = (size_t) snprintf (s, size, "  [%d %s]", what, title);
  return s;
}

int
log_status3 (const char *p)
{
  if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9'
      || p[2] < '0' || p[2] > '9')
    return -1;
  int status = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
  return status >= HTTPSTATUS_CODE_MIN && status <= HTTPSTATUS_CODE_MAX
         ? status : -1;
}

enum log_verdict
log_status_field (const char *f, size_t n, const char *none,
                  struct log_found *found)
{
  found->at_end = 1;
  if (n == strlen (none) && memcmp (f, none, n) == 0)
    return LOG_KNOWN;
  int status = n == 3 ? log_status3 (f) : -1;
  if (status < 0)
    return LOG_OTHER;
  found->what = status;
  return LOG_NOTE;
}

int
log_next_field (const char **p, const char *end, const char **field,
                size_t *n)
{
  const char *q = *p;
  while (q < end && *q == ' ')
    q++;
  if (q == end)
    return 0;
  const char *e = memchr (q, ' ', (size_t) (end - q));
  if (e == NULL)
    e = end;
  *field = q;
  *n = (size_t) (e - q);
  *p = e;
  return 1;
}

char *
log_note_dup (const char *s, size_t n, size_t *len)
{
  char *d = malloc (n + 1);
  if (d == NULL)
    return NULL;
  memcpy (d, s, n);
  d[n] = '\0';
  *len = n;
  return d;
}

const char *
log_quote_end (const char *open, const char *end)
{
  /* memchr does the walking: the string is most of a line.  */
  const char *q = open + 1;
  for (;;)
    {
      q = memchr (q, '"', (size_t) (end - q));
      if (q == NULL)
        return NULL;
      size_t backslashes = 0;
      while (q - backslashes - 1 > open
             && q[-1 - (ptrdiff_t) backslashes] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        return q;
      q++;
    }
}

const char *
log_title (int code, char *buf, size_t size)
{
  /* ASCII parentheses in every language: a text log's annotation is
     framed in ASCII brackets for tools to find, and in Big5 the
     full-width parentheses end in the bytes of ']' and '^'.  */
  /* cli_title, as every text the command prints: it follows --lang
     also where the system has no locale for the language.  */
  const char *vendor = httpstatus_vendor_title (httpstatus_vendor (code));
  if (vendor != NULL)
    snprintf (buf, size, "%s (%s)", cli_title (code), vendor);
  else
    snprintf (buf, size, "%s", cli_title (code));
  return buf;
}
