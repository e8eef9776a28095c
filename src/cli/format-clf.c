/* format-clf.c: the Common Log Format and its family, Apache's and
   nginx's defaults: Common, Combined, Apache's vhost_combined (the
   virtual host before the client), lighttpd's default, and nginx
   formats that append fields after the user agent:
     [vhost:port ]host ident user [date] "request" status bytes[ more]
   The annotation "  [404 Not Found]" goes at the line's end.

   The status is found by the line's structure, not by counting spaces:
   servers write the user name unescaped (nginx takes it from any Basic
   Authorization header, even without auth_basic), so it may hold
   spaces and brackets.  What they do escape is a quote, in the user
   name and in the request alike, so a date in brackets followed by a
   quote marks the request; a garbage request line ("GARBAGE", "-")
   is just another quoted string.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "logformat.h"

static int
digit (char b)
{
  return b >= '0' && b <= '9';
}

/* What follows a date's ']' at P: ` "request" status bytes` then the
   end or a space.  The status as a number, -1 if this reading fails,
   -2 if the request never ends (no later date can do better: its
   request would start inside this one, where every quote is escaped,
   and end where this one would).  */
static int
after_date (const char *p, const char *end)
{
  if (end - p < 2 || p[0] != ' ' || p[1] != '"')
    return -1;
  const char *q = log_quote_end (p + 1, end);
  if (q == NULL)
    return -2;
  p = q + 1;
  if (end - p < 5 || p[0] != ' ' || !digit (p[1]) || !digit (p[2])
      || !digit (p[3]) || p[4] != ' ')
    return -1;
  int status = (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  p += 5;
  if (p < end && *p == '-')
    p++;
  else
    {
      const char *start = p;
      while (p < end && digit (*p))
        p++;
      if (p == start)
        return -1;
    }
  return p == end || *p == ' ' ? status : -1;
}

int
clf_status (const char *line, size_t len)
{
  const char *end = line + len;
  /* host and ident: one or more bytes other than space, and a space.  */
  const char *space = memchr (line, ' ', len);
  if (space == NULL || space == line)
    return -1;
  /* The ident is "-" but on the rarest servers: a loop, not a call.  */
  const char *ident = space + 1;
  space = ident;
  while (space < end && *space != ' ')
    space++;
  if (space == end || space == ident)
    return -1;
  /* The user, one byte at least, then " [": each " [" in turn.  The
     length first: space + 3 may lie past the line's end, and a
     pointer beyond one past the end is undefined even unread.  */
  if (end - space <= 3)
    return -1;
  const char *from = space + 3;
  while (from < end)
    {
      /* The user is "-" on most lines: the date's '[' right there.  */
      const char *open = *from == '['
                         ? from : memchr (from, '[', (size_t) (end - from));
      if (open == NULL)
        return -1;
      if (open[-1] != ' ')
        {
          from = open + 1;
          continue;
        }
      const char *close = memchr (open, ']', (size_t) (end - open));
      if (close == NULL)
        return -1;
      int status = after_date (close + 1, end);
      if (status == -2)
        return -1;
      if (status >= 0)
        return status >= HTTPSTATUS_CODE_MIN && status <= HTTPSTATUS_CODE_MAX
               ? status : -1;
      /* Any '[' before CLOSE has the same date end, so the same fate.  */
      from = close + 1;
    }
  return -1;
}

static enum log_verdict
clf_scan (struct log_file *file, const char *line, size_t len, int partial,
          struct log_found *found)
{
  (void) file;
  (void) partial;             /* the fields read end before a long line's */
  int status = clf_status (line, len);
  if (status < 0)
    return LOG_OTHER;
  found->what = status;
  found->at_end = 1;
  return LOG_NOTE;
}

const struct log_format log_format_clf = { "clf", clf_scan, log_text_note };
