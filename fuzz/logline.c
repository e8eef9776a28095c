/* logline.c: libFuzzer harness for the access-log line parser of
   `httpstatus annotate` (src/cli/logline.c, compiled in here: it is
   the command's, not the library's).

   Any bytes are a line: NUL bytes, invalid UTF-8, unbalanced quotes and
   brackets.  The input is copied to a buffer of exactly its size, so
   AddressSanitizer sees any read past the line's end, which the parser
   promises never to make.  The answer must be -1 or a status in
   100..599, and it must be the three digits the line has right after
   its request's closing quote and a space.  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/cli/logline.c"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *line = malloc (size ? size : 1);
  if (line == NULL)
    return 0;
  memcpy (line, data, size);
  int status = logline_status (line, size);
  if (status != -1)
    {
      if (status < 100 || status > 599)
        abort ();
      /* The status is written in the line: "\" NNN ".  */
      char digits[8];
      int n = snprintf (digits, sizeof digits, "\" %d ", status);
      if (n != 6 || size < 6)
        abort ();
      int found = 0;
      for (size_t i = 0; i + 6 <= size && !found; i++)
        found = memcmp (line + i, digits, 6) == 0;
      if (!found)
        abort ();
    }
  free (line);
  return 0;
}
