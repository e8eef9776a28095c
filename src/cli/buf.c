/* buf.c: a growing byte string, and the escapers that append a text
   to it as HTML or as a JSON string: the pages, --json and annotate's
   JSON Lines each write their texts through these.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "cli.h"

void
cli_buf_add (struct cli_buf *b, const char *s, size_t n)
{
  if (b->s == NULL && b->size != 0)
    return;                     /* out of memory earlier */
  if (b->len + n + 1 > b->size)
    {
      size_t size = (b->len + n + 1) * 2;
      char *s2 = realloc (b->s, size);
      if (s2 == NULL)
        {
          free (b->s);
          b->s = NULL;
          b->size = 1;
          return;
        }
      b->s = s2;
      b->size = size;
    }
  memcpy (b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

void
cli_buf_str (struct cli_buf *b, const char *s)
{
  cli_buf_add (b, s, strlen (s));
}

void
cli_buf_html (struct cli_buf *b, const char *s)
{
  for (; *s != '\0'; s++)
    switch (*s)
      {
      case '&': cli_buf_str (b, "&amp;"); break;
      case '<': cli_buf_str (b, "&lt;"); break;
      case '>': cli_buf_str (b, "&gt;"); break;
      case '"': cli_buf_str (b, "&quot;"); break;
      case '\'': cli_buf_str (b, "&#39;"); break;
      default: cli_buf_add (b, s, 1);
      }
}

void
cli_buf_json (struct cli_buf *b, const char *s)
{
  static const char hex[] = "0123456789abcdef";
  cli_buf_add (b, "\"", 1);
  for (const unsigned char *p = (const unsigned char *) s; *p != '\0'; p++)
    if (*p == '"' || *p == '\\')
      {
        char e[2] = { '\\', (char) *p };
        cli_buf_add (b, e, 2);
      }
    else if (*p < 0x20)
      {
        char e[6] = { '\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15] };
        cli_buf_add (b, e, 6);
      }
    else
      cli_buf_add (b, (const char *) p, 1);
  cli_buf_add (b, "\"", 1);
}
