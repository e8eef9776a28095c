/* logline.c: finding the status code in a Common or Combined Log Format
   line.  A cursor walks the fields in order; any surprise rejects the
   line, which annotate then passes through unchanged.  */

#include <config.h>

#include <stddef.h>
#include <string.h>

#include <httpstatus.h>

#include "logline.h"

struct cursor
{
  const char *p, *end;
};

/* A token of one or more bytes other than space, then one space.  */
static int
token (struct cursor *c)
{
  const char *space = memchr (c->p, ' ', (size_t) (c->end - c->p));
  if (space == NULL || space == c->p)
    return 0;
  c->p = space + 1;
  return 1;
}

/* OPEN, bytes up to CLOSE, CLOSE.  Inside quotes a backslash escapes
   the next byte (Apache and nginx write a quote in the request as \"):
   a quote after an odd number of backslashes is not the end.  memchr
   does the walking, since these fields are most of a line.  */
static int
delimited (struct cursor *c, char open, char close)
{
  if (c->p == c->end || *c->p != open)
    return 0;
  const char *p = c->p + 1;
  for (;;)
    {
      const char *q = memchr (p, close, (size_t) (c->end - p));
      if (q == NULL)
        return 0;
      size_t backslashes = 0;
      while (close == '"' && q - backslashes > c->p + 1
             && q[-1 - (ptrdiff_t) backslashes] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        {
          c->p = q + 1;
          return 1;
        }
      p = q + 1;
    }
}

static int
byte (struct cursor *c, char b)
{
  if (c->p == c->end || *c->p != b)
    return 0;
  c->p++;
  return 1;
}

static int
digit (char b)
{
  return b >= '0' && b <= '9';
}

int
logline_status (const char *line, size_t len)
{
  struct cursor c = { line, line + len };
  if (!token (&c) || !token (&c) || !token (&c)  /* host ident user */
      || !delimited (&c, '[', ']') || !byte (&c, ' ')
      || !delimited (&c, '"', '"') || !byte (&c, ' '))
    return -1;

  /* Status: three digits, then a space.  */
  if (c.end - c.p < 4 || !digit (c.p[0]) || !digit (c.p[1])
      || !digit (c.p[2]) || c.p[3] != ' ')
    return -1;
  int status = (c.p[0] - '0') * 100 + (c.p[1] - '0') * 10 + (c.p[2] - '0');
  c.p += 4;

  /* Bytes: digits or "-", then the end of the line or a space before
     the Combined format's fields (or nginx's additions).  */
  if (c.p < c.end && *c.p == '-')
    c.p++;
  else
    {
      const char *start = c.p;
      while (c.p < c.end && digit (*c.p))
        c.p++;
      if (c.p == start)
        return -1;
    }
  if (c.p < c.end && *c.p != ' ')
    return -1;
  return status >= HTTPSTATUS_CODE_MIN && status <= HTTPSTATUS_CODE_MAX
         ? status : -1;
}
