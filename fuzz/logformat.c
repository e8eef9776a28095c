/* logformat.c: libFuzzer harness for the log formats of `httpstatus
   annotate` as annotate drives them (src/cli/format-*.c and formats.c,
   linked in here): the input is split into lines, and each format
   scans them in turn with the memory of one file (W3C's #Fields:), each
   line whole and as the cut start of a longer line, each in a buffer of
   its exact size for AddressSanitizer.  Whatever the bytes, a verdict
   is one of the three; a note is a status in the valid range or one of
   the LOG_NOTE_* and goes inside the line; a JSON note goes right after
   the status's value, whose digits it names; each note's text is what
   its format promises (JSON: the member and a string with no raw
   control byte or quote; W3C: a space, then no space).  */

#include <config.h>

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

/* The formats' table and notes, and what they use of the rest of the
   command, are linked in: fuzz/Makefile.inc compiles the command's
   sources (CLI_SOURCES, src/cli/Makefile.inc) with every harness.  */
#include "../src/cli/cli.h"
#include "../src/cli/logformat.h"

static void
check_note (const struct log_format *f, int what, int variant)
{
  size_t len = 0;
  char *s = f->note (what, variant, &len);
  if (s == NULL)
    return;
  if (strlen (s) != len)
    abort ();
  if (f == &log_format_json)
    {
      static const char key[] = ",\"status_title\":\"";
      if (len < sizeof key || memcmp (s, key, sizeof key - 1) != 0
          || s[len - 1] != '"')
        abort ();
      for (size_t i = sizeof key - 1; i + 1 < len; i++)
        if ((unsigned char) s[i] < 0x20 || (s[i] == '"' && s[i - 1] != '\\'))
          abort ();
    }
  else if (f == &log_format_w3c)
    {
      if (len < 2 || s[0] != (variant ? '\t' : ' '))
        abort ();
      for (size_t i = 1; i < len; i++)
        if (s[i] == ' ' || s[i] == '\t')
          abort ();
    }
  free (s);
}

static void
check (const struct log_format *f, struct log_file *file, const char *line,
       size_t len, int partial)
{
  struct log_found found = { -7, (size_t) -1, -7, 0 };
  enum log_verdict v = f->scan (file, line, len, partial, &found);
  if (v != LOG_OTHER && v != LOG_KNOWN && v != LOG_NOTE)
    abort ();
  if (v != LOG_NOTE)
    return;
  if (found.what != LOG_NOTE_HEADER && found.what != LOG_NOTE_NONE
      && (found.what < HTTPSTATUS_CODE_MIN || found.what > HTTPSTATUS_CODE_MAX))
    abort ();
  if (found.at_end != 0 && found.at_end != 1)
    abort ();
  if (!found.at_end)
    {
      if (found.at > len || found.at < 3)
        abort ();
      if (f == &log_format_json)
        {
          const char *e = line + found.at;
          if (e[-1] == '"')
            e--;
          int status = (e[-3] - '0') * 100 + (e[-2] - '0') * 10 + (e[-1] - '0');
          if (status != found.what)
            abort ();
        }
    }
  if (found.variant != 0 && found.variant != 1)
    abort ();
  check_note (f, found.what, found.variant);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static int ready;
  if (!ready)
    {
      setlocale (LC_ALL, "C");
      ready = 1;
    }
  for (const struct log_format *const *f = log_formats; *f != NULL; f++)
    {
      struct log_file file = { NULL, -1, 0, NULL };
      /* The first byte, if odd, names a status field of the next few.  */
      char field[8] = "";
      if (size > 0 && (data[0] & 1) && size > 4)
        {
          memcpy (field, data + 1, 3);
          file.status_field = field;
        }
      size_t start = 0;
      while (start <= size)
        {
          const uint8_t *nl = memchr (data + start, '\n', size - start);
          size_t len = nl != NULL ? (size_t) (nl - data) - start : size - start;
          char *line = malloc (len ? len : 1);
          if (line == NULL)
            return 0;
          memcpy (line, data + start, len);
          /* The cut start, in a buffer of its own exact size too.  */
          char *half = malloc (len / 2 ? len / 2 : 1);
          if (half == NULL)
            {
              free (line);
              return 0;
            }
          memcpy (half, line, len / 2);
          struct log_file cut = file;
          check (*f, &cut, half, len / 2, 1);
          check (*f, &file, line, len, 0);
          /* The envelope, if any, lies inside the line.  */
          if (log_envelope (line, len) > len)
            abort ();
          free (half);
          free (line);
          if (nl == NULL)
            break;
          start += len + 1;
        }
    }
  return 0;
}
