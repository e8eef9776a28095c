/* logstring.c: libFuzzer harness for --log-format's reader
   (src/cli/logformat-string.c, linked in): the input's first line is a format
   string, the others log lines.  Whatever the bytes, the string is
   compiled or refused with a column inside it (or just past its end)
   and a message; a compiled one reads each line, whole and as the cut
   start of a longer one, each in a buffer of its exact size for
   AddressSanitizer, and a status it finds is in the valid range with
   its three digits just before the end it gives.  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

/* logformat-string.c and what it uses of the rest of the command are
   linked in: fuzz/Makefile.inc compiles the command's sources
   (CLI_SOURCES, src/cli/Makefile.inc) with every harness.  */
#include "../src/cli/cli.h"
#include "../src/cli/logformat.h"

static void
check (const struct log_string *f, const uint8_t *data, size_t len,
       int partial)
{
  char *line = malloc (len ? len : 1);
  if (line == NULL)
    return;
  memcpy (line, data, len);
  size_t end = (size_t) -1;
  int status = log_string_status (f, line, len, partial, &end);
  if (status < -1 || status > HTTPSTATUS_CODE_MAX
      || (status > 0 && status < HTTPSTATUS_CODE_MIN))
    abort ();
  if (status > 0)
    {
      if (end > len || end < 3 || log_status3 (line + end - 3) != status)
        abort ();
      struct log_file file = { NULL, -1, 0, f };
      struct log_found found = { -7, (size_t) -1, -7, 0 };
      if (log_format_user.scan (&file, line, len, partial, &found)
          != LOG_NOTE || found.what != status
          || (!found.at_end && found.at > len))
        abort ();
    }
  free (line);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const uint8_t *nl = memchr (data, '\n', size);
  size_t flen = nl != NULL ? (size_t) (nl - data) : size;
  char *s = malloc (flen ? flen : 1);
  if (s == NULL)
    return 0;
  memcpy (s, data, flen);
  size_t column = (size_t) -1;
  const char *why = (const char *) 1;
  struct log_string *f = log_string_compile (s, flen, &column, &why);
  free (s);
  if (f == NULL)
    {
      if (why != NULL && (column < 1 || column > flen + 1))
        abort ();
      return 0;
    }
  for (size_t start = flen + 1; nl != NULL && start <= size;)
    {
      nl = memchr (data + start, '\n', size - start);
      size_t len = nl != NULL ? (size_t) (nl - data) - start : size - start;
      check (f, data + start, len, 0);
      check (f, data + start, len / 2, 1);
      start += len + 1;
    }
  log_string_free (f);
  return 0;
}
