/* formats.c: the log formats annotate knows, in the order
   --format=auto tries them on a file's lines until one recognizes a
   line.  JSON and W3C first: their lines start with '{' and '#', which
   no Common Log Format line does, and a crafted JSON value could look
   like a CLF line's fields, never the other way round.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "logformat.h"

const struct log_format *const log_formats[] = {
  &log_format_json, &log_format_w3c, &log_format_clf, NULL
};

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
