/* format-w3c.c: the W3C Extended Log File Format (IIS's, among
   others).  Directives start with '#'; "#Fields:" names the columns of
   the data lines that follow, and may change them mid-file.  The
   status is the sc-status column.

   The output is W3C Extended still: each "#Fields:" line that has
   sc-status gains a last column, x-status-title (the "x-" prefix the
   format keeps for fields of one's own), and each data line under it
   gains the title, or "-" where it has no status.  Fields are separated
   by white space, so a title's spaces are written '+', as IIS writes
   those of a user agent ("Not+Found").

   The new column is separated as the line's others are: a space (IIS)
   or a tab (CloudFront, whose data lines are tab-separated under a
   space-separated "#Fields:").  A line with a tab is split at tabs
   only; a data line must have as many fields as "#Fields:" declares,
   so that in a file where other formats mix, their lines are not
   taken for W3C's.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
# include <emmintrin.h>
#endif

#include <httpstatus.h>

#include "logformat.h"

static int
w3c_space (char b)
{
  return b == ' ' || b == '\t';
}

#ifndef __SSE2__
/* The LEN bytes at LINE split at SEP alone: how many fields, and the
   COLUMN-th's start and length in *FIELD and *N (untouched if there
   are fewer).  */
static long
w3c_split (const char *line, size_t len, char sep, long column,
           const char **field, size_t *n)
{
  const char *p = line, *end = line + len;
  long i = 0;
  for (;;)
    {
      const char *e = memchr (p, sep, (size_t) (end - p));
      if (e == NULL)
        e = end;
      if (i == column)
        {
          *field = p;
          *n = (size_t) (e - p);
        }
      i++;
      if (e == end)
        return i;
      p = e + 1;
    }
}
#endif

/* Whether the LEN bytes at LINE start with the directive D.  */
#ifdef __SSE2__
/* The fields of the LEN bytes at LINE, sixteen bytes at a time: split
   at each tab if TAB (a field may be empty), else at runs of spaces and
   tabs.  How many, and the COLUMN-th's start in *FIELD (untouched if
   there are fewer).  A W3C row is a dozen short fields, where a memchr
   a field costs more than the bytes.  Bit I of a mask is byte I of the
   block; STARTS marks the bytes that start a field.  Past the line's
   end the last block is padded with spaces (no field starts there) or,
   split at tabs, with bytes that are not tabs (a field starts right
   past the end only after a last tab: the empty last field).  */
static long
w3c_fields (const char *line, size_t len, int tab, long column,
            const char **field)
{
  static unsigned char bits[256];
  if (bits[255] == 0)
    for (int i = 1; i < 256; i++)
      bits[i] = (unsigned char) ((i & 1) + bits[i / 2]);
  const char *end = line + len;
  const __m128i tabs = _mm_set1_epi8 ('\t'), spaces = _mm_set1_epi8 (' ');
  unsigned after_sep = 1;       /* the line's start counts as a separator */
  long count = 0;
  for (const char *p = line; p < end; p += 16)
    {
      __m128i v;
      if (end - p >= 16)
        v = _mm_loadu_si128 ((const __m128i *) (const void *) p);
      else
        {
          char b[16];
          memset (b, tab ? 0 : ' ', sizeof b);
          memcpy (b, p, (size_t) (end - p));
          v = _mm_loadu_si128 ((const __m128i *) (const void *) b);
        }
      unsigned sep = (unsigned) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, tabs));
      if (!tab)
        sep |= (unsigned) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, spaces));
      unsigned prev = (sep << 1 | after_sep) & 0xffff;
      unsigned starts = tab ? prev : prev & ~sep;
      after_sep = sep >> 15 & 1;
      long here = bits[starts & 0xff] + bits[starts >> 8];
      if (count <= column && column < count + here)
        {
          for (long k = count; k < column; k++)
            starts &= starts - 1;
          *field = p + __builtin_ctz (starts);
        }
      count += here;
    }
  if (tab && after_sep && len % 16 == 0)
    {
      if (count == column)
        *field = end;           /* an empty last field */
      count++;
    }
  return count;
}
#endif

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

/* A directive line ('#'): #Fields: sets the file's columns and gains
   the header's note when it has sc-status; the others are known.  */
static enum log_verdict
w3c_header (struct log_file *file, const char *line, size_t len,
            struct log_found *found)
{
  const char *end = line + len, *field;
  size_t n;
  if (w3c_directive (line, len, "#Fields:"))
    {
      const char *p = line + 8;
      file->column = -1;
      file->columns = 0;
      for (long i = 0; w3c_field (&p, end, &field, &n); i++)
        {
          if (n == 9 && memcmp (field, "sc-status", 9) == 0
              && file->column < 0)
            file->column = i;
          file->columns = i + 1;
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

static enum log_verdict
w3c_scan (struct log_file *file, const char *line, size_t len, int partial,
          struct log_found *found)
{
  const char *end = line + len, *field;
  size_t n;
  found->at_end = 1;
  if (len > 0 && line[0] == '#')
    return w3c_header (file, line, len, found);
  if (file->column < 0 || len == 0)
    return LOG_OTHER;
  /* The separator is the first one of the line: IIS's rows have
     spaces, CloudFront's tabs (and no spaces: it escapes them).  */
  const char *first = line;
  while (first < end && *first != ' ' && *first != '\t')
    first++;
  int tab = first < end && *first == '\t';
  field = NULL;
#ifdef __SSE2__
  long count = w3c_fields (line, len, tab, file->column, &field);
  if (field != NULL)
    {
      const char *e = field;
      while (e < end && *e != '\t' && (tab || *e != ' '))
        e++;
      n = (size_t) (e - field);
    }
#else
  long count;
  if (tab)
    count = w3c_split (line, len, '\t', file->column, &field, &n);
  else
    {
      const char *p = line;
      count = 0;
      while (p < end)
        {
          while (p < end && w3c_space (*p))
            p++;
          if (p == end)
            break;
          const char *e = memchr (p, ' ', (size_t) (end - p));
          if (e == NULL)
            e = end;
          if (count++ == file->column)
            {
              field = p;
              n = (size_t) (e - p);
            }
          p = e;
        }
    }
#endif
  /* A long line's cut may hold fewer fields than the line.  */
  if (field == NULL || (partial ? count < file->column + 1
                        : count != file->columns))
    return LOG_OTHER;
  found->what = LOG_NOTE_NONE;
  found->variant = tab;
  /* A field that reaches a long line's cut may go on after it.  */
  if (n == 3 && !(partial && field + n == end))
    {
      int status = log_status3 (field);
      if (status >= 0)
        found->what = status;
    }
  return LOG_NOTE;
}

static char *
w3c_note (int what, int variant, size_t *len)
{
  char sep = variant ? '\t' : ' ';
  if (what == LOG_NOTE_HEADER)
    return log_note_dup (" x-status-title", 15, len);
  if (what == LOG_NOTE_NONE)
    return log_note_dup (variant ? "\t-" : " -", 2, len);
  char buf[512];
  const char *title = log_title (what, buf, sizeof buf);
  size_t n = strlen (title);
  char *s = malloc (n + 2);
  if (s == NULL)
    return NULL;
  s[0] = sep;
  for (size_t i = 0; i < n; i++)
    s[i + 1] = (unsigned char) title[i] <= ' ' ? '+' : title[i];
  s[n + 1] = '\0';
  *len = n + 1;
  return s;
}

const struct log_format log_format_w3c = { "w3c", w3c_scan, w3c_note };
