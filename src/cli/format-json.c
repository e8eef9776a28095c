/* format-json.c: JSON Lines access logs, one object a line: nginx's
   log_format ... escape=json, Caddy's access log, Traefik's.  The
   status is the member named "status" (nginx's usual name, Caddy's),
   "DownstreamStatus" (Traefik's), "EdgeResponseStatus" (Cloudflare's)
   or the --status-field name, whose value is a number or a string of
   three digits; the shallowest one counts, then the first (Google
   Cloud's httpRequest.status counts as the top level's).

   The output is JSON Lines still: right after the status's value goes
   the member ,"status_title":"Not Found", in the same object, its text
   always UTF-8 (JSON is UTF-8, RFC 8259; a Big5 locale's title is
   converted) and escaped, so that jq reads every line it read before.
   The line is not otherwise validated: what was not JSON stays so.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "cli.h"
#include "logformat.h"

static int
json_space (char b)
{
  return b == ' ' || b == '\t' || b == '\r' || b == '\n';
}

static int
json_digit (char b)
{
  return b >= '0' && b <= '9';
}

/* The end of the string whose opening quote is at P: just past its
   closing quote, or NULL if it has none.  */
static const char *
string_end (const char *p, const char *end)
{
  const char *q = log_quote_end (p, end);
  return q != NULL ? q + 1 : NULL;
}

/* The status a value at P holds: 123 or "123", its end in *AFTER; -1
   if it is something else, or may go on past a long line's cut.  */
static int
status_value (const char *p, const char *end, int partial, const char **after)
{
  int quoted = p < end && *p == '"';
  const char *d = p + quoted;
  if (end - d < 3 || !json_digit (d[0]) || !json_digit (d[1]) || !json_digit (d[2]))
    return -1;
  const char *q = d + 3;
  if (quoted)
    {
      if (q == end || *q != '"')
        return -1;
      q++;
    }
  else if (q == end ? partial : json_digit (*q) || *q == '.' || *q == 'e'
           || *q == 'E')
    return -1;
  int status = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
  if (status < HTTPSTATUS_CODE_MIN || status > HTTPSTATUS_CODE_MAX)
    return -1;
  *after = q;
  return status;
}

static int
is_status_key (const struct log_file *file, const char *key, size_t n)
{
  if (file->status_field != NULL)
    return strlen (file->status_field) == n
           && memcmp (file->status_field, key, n) == 0;
  /* By length first: most keys are none of these.  */
  switch (n)
    {
    case 6:
      return memcmp (key, "status", 6) == 0;
    case 16:
      return memcmp (key, "DownstreamStatus", 16) == 0;
    case 18:
      return memcmp (key, "EdgeResponseStatus", 18) == 0;
    default:
      return 0;
    }
}

static enum log_verdict
json_scan (struct log_file *file, const char *line, size_t len, int partial,
           struct log_found *found)
{
  const char *p = line, *end = line + len;
  while (p < end && json_space (*p))
    p++;
  if (p == end || *p != '{')
    return LOG_OTHER;
  /* Google Cloud's "httpRequest" object: its status ranks as the top
     level's, before another member's at its depth (jsonPayload's).  */
  long depth = 0, best_depth = -1, http_depth = -1;
  int http_next = 0;
  while (p < end)
    {
      char c = *p;
      if (c == '{' || c == '[')
        {
          depth++;
          if (http_next && http_depth < 0)
            http_depth = depth;
          http_next = 0;
        }
      else if (c == '}' || c == ']')
        {
          if (depth == http_depth)
            http_depth = -1;
          if (--depth <= 0)
            break;              /* the line's object ends */
        }
      else if (c == '"')
        {
          const char *s = p, *e = string_end (p, end);
          if (e == NULL)
            break;
          p = e;
          while (p < end && json_space (*p))
            p++;
          if (p == end || *p != ':')
            continue;           /* a value, not a key */
          const char *v = p + 1, *after;
          while (v < end && json_space (*v))
            v++;
          http_next = file->status_field == NULL && e - s == 13
                      && memcmp (s + 1, "httpRequest", 11) == 0
                      && v < end && *v == '{';
          long rank = depth == http_depth ? 1 : depth;
          if ((best_depth < 0 || rank < best_depth)
              && is_status_key (file, s + 1, (size_t) (e - s - 2)))
            {
              int status = status_value (v, end, partial, &after);
              if (status >= 0)
                {
                  found->what = status;
                  found->at = (size_t) (after - line);
                  found->at_end = 0;
                  best_depth = rank;
                  if (rank == 1)
                    break;
                }
            }
          p = v;
          continue;
        }
      p++;
    }
  return best_depth < 0 ? LOG_OTHER : LOG_NOTE;
}


/* ,"status_title":"Not Found" in UTF-8, escaped.  */
char *
log_json_note (int what, int variant, size_t *len)
{
  (void) variant;
  char buf[512];
  const char *title = log_title (what, buf, sizeof buf);
  char utf8[1024];
  title = cli_utf8 (title, utf8, sizeof utf8);
  if (title == NULL)
    title = httpstatus_reason (what);   /* ASCII */
  struct cli_buf b = { NULL, 0, 0 };
  cli_buf_str (&b, ",\"status_title\":");
  cli_buf_json (&b, title);
  *len = b.len;
  return b.s;
}

const struct log_format log_format_json = { "json", json_scan, log_json_note };
