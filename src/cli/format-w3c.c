/* format-w3c.c: the W3C Extended Log File Format (IIS's, among
   others).  Directives start with '#'; "#Fields:" names the columns of
   the data lines that follow, and may change them mid-file.  The
   status is the sc-status column.

   The output is W3C Extended still: each "#Fields:" line that has
   sc-status gains a last column, x-status-title (the "x-" prefix the
   format keeps for fields of one's own), and each data line under it
   gains the title, or "-" where it has no status.  Fields are separated
   by white space, so a title's spaces are written '+', as IIS writes
   those of a user agent ("Not+Found").  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "logformat.h"

static int
w3c_space (char b)
{
  return b == ' ' || b == '\t';
}

/* Whether the LEN bytes at LINE start with the directive D.  */
static int
w3c_directive (const char *line, size_t len, const char *d)
{
  size_t n = strlen (d);
  return len >= n && memcmp (line, d, n) == 0;
}

/* Walks white-space separated fields: the next one from *P, its
   length in *N; 0 at the end.  */
static int
w3c_field (const char **p, const char *end, const char **field, size_t *n)
{
  const char *q = *p;
  while (q < end && w3c_space (*q))
    q++;
  if (q == end)
    return 0;
  *field = q;
  while (q < end && !w3c_space (*q))
    q++;
  *n = (size_t) (q - *field);
  *p = q;
  return 1;
}

static enum log_verdict
w3c_scan (struct log_file *file, const char *line, size_t len, int partial,
          struct log_found *found)
{
  const char *end = line + len, *field;
  size_t n;
  found->at_end = 1;
  if (len > 0 && line[0] == '#')
    {
      if (w3c_directive (line, len, "#Fields:"))
        {
          const char *p = line + 8;
          file->column = -1;
          for (long i = 0; w3c_field (&p, end, &field, &n); i++)
            if (n == 9 && memcmp (field, "sc-status", 9) == 0)
              {
                file->column = i;
                break;
              }
          if (file->column < 0)
            return LOG_KNOWN;
          found->what = LOG_NOTE_HEADER;
          return LOG_NOTE;
        }
      static const char *const others[] = {
        "#Version:", "#Software:", "#Date:", "#Remark:", "#Start-Date:",
        "#End-Date:", NULL
      };
      for (const char *const *d = others; *d != NULL; d++)
        if (w3c_directive (line, len, *d))
          return LOG_KNOWN;
      return LOG_OTHER;
    }
  if (file->column < 0)
    return LOG_OTHER;
  const char *p = line;
  for (long i = 0; w3c_field (&p, end, &field, &n); i++)
    if (i == file->column)
      {
        found->what = LOG_NOTE_NONE;
        /* A field that reaches a long line's cut may go on after it.  */
        if (n == 3 && !(partial && p == end)
            && field[0] >= '0' && field[0] <= '9'
            && field[1] >= '0' && field[1] <= '9'
            && field[2] >= '0' && field[2] <= '9')
          {
            int status = (field[0] - '0') * 100 + (field[1] - '0') * 10
                         + (field[2] - '0');
            if (status >= HTTPSTATUS_CODE_MIN && status <= HTTPSTATUS_CODE_MAX)
              found->what = status;
          }
        return LOG_NOTE;
      }
  return LOG_OTHER;             /* fewer columns than declared */
}

static char *
w3c_note (int what, size_t *len)
{
  if (what == LOG_NOTE_HEADER)
    return log_note_dup (" x-status-title", 15, len);
  if (what == LOG_NOTE_NONE)
    return log_note_dup (" -", 2, len);
  char buf[512];
  const char *title = log_title (what, buf, sizeof buf);
  size_t n = strlen (title);
  char *s = malloc (n + 2);
  if (s == NULL)
    return NULL;
  s[0] = ' ';
  for (size_t i = 0; i < n; i++)
    s[i + 1] = (unsigned char) title[i] <= ' ' ? '+' : title[i];
  s[n + 1] = '\0';
  *len = n + 1;
  return s;
}

const struct log_format log_format_w3c = { "w3c", w3c_scan, w3c_note };
