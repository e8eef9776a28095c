/* logline.c: libFuzzer harness for the Common Log Format parser of
   `httpstatus annotate` (src/cli/format-clf.c, linked in here: it is
   the command's, not the library's).

   Any bytes are a line: NUL bytes, invalid UTF-8, unbalanced quotes and
   brackets.  The input is copied to a buffer of exactly its size, so
   AddressSanitizer sees any read past the line's end, which the parser
   promises never to make.  The answer must be -1 or a status in the
   valid range, the three digits the line has right after a request's
   closing quote and a space, and above all the answer of a second
   parser written here for the format of src/cli/logformat.h: every
   place the date may start is tried in turn, from the left, and from
   each a state machine fed one byte at a time reads the rest, sharing
   nothing with the memchr walk of format-clf.c (nor its shortcuts).
   Both must agree on every line, a status found by either and a line
   rejected by either.  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The formats' table and notes, and what they use of the rest of the
   command, are linked in: fuzz/Makefile.inc compiles the command's
   sources (CLI_SOURCES, src/cli/Makefile.inc) with every harness.  */
#include "../src/cli/cli.h"
#include "../src/cli/logformat.h"

/* The second parser.  logformat.h's format:
     host ident user [date] "request" status bytes[ rest]
   host and ident one or more bytes other than space, each followed by
   one space; user one or more bytes, any; the date anything up to the
   first ']'; in the request a backslash escapes the next byte,
   whatever it is; status three digits and a space; bytes one or more
   digits or a lone '-', then the end of the line or a space.  Of the
   readings, the one with the first date counts.  */
enum state
{
  DATE_OPEN, DATE, DATE_SPACE, REQUEST_OPEN, REQUEST, REQUEST_ESCAPED,
  REQUEST_SPACE, STATUS, STATUS_SPACE, BYTES, BYTES_DIGITS, BYTES_DASH,
  REST, REJECTED
};

/* The line from a date's '[' on: its status (any three digits), or -1
   if it is not " [date] ..." to the end.  */
static int
from_date (const unsigned char *line, size_t len)
{
  enum state st = DATE_OPEN;
  size_t run = 0;
  int status = 0;
  for (size_t i = 0; i < len && st != REST && st != REJECTED; i++)
    {
      unsigned char b = line[i];
      int is_digit = b >= '0' && b <= '9';
      switch (st)
        {
        case DATE_OPEN:
          st = b == '[' ? DATE : REJECTED;
          break;
        case DATE:
          if (b == ']')
            st = DATE_SPACE;
          break;
        case DATE_SPACE:
          st = b == ' ' ? REQUEST_OPEN : REJECTED;
          break;
        case REQUEST_OPEN:
          st = b == '"' ? REQUEST : REJECTED;
          break;
        case REQUEST:
          if (b == '\\')
            st = REQUEST_ESCAPED;
          else if (b == '"')
            st = REQUEST_SPACE;
          break;
        case REQUEST_ESCAPED:
          st = REQUEST;
          break;
        case REQUEST_SPACE:
          st = b == ' ' ? STATUS : REJECTED;
          break;
        case STATUS:
          if (!is_digit)
            st = REJECTED;
          else
            {
              status = status * 10 + (b - '0');
              if (++run == 3)
                st = STATUS_SPACE;
            }
          break;
        case STATUS_SPACE:
          st = b == ' ' ? BYTES : REJECTED;
          break;
        case BYTES:
          st = b == '-' ? BYTES_DASH : is_digit ? BYTES_DIGITS : REJECTED;
          break;
        case BYTES_DIGITS:
          st = is_digit ? BYTES_DIGITS : b == ' ' ? REST : REJECTED;
          break;
        case BYTES_DASH:
          st = b == ' ' ? REST : REJECTED;
          break;
        case REST:
        case REJECTED:
          break;
        }
    }
  /* The line may end only after the bytes field, or in what follows.  */
  if (st != BYTES_DIGITS && st != BYTES_DASH && st != REST)
    return -1;
  return status;
}

static int
oracle_status (const unsigned char *line, size_t len)
{
  /* host and ident.  */
  size_t i = 0, ident, user;
  while (i < len && line[i] != ' ')
    i++;
  if (i == 0 || i == len)
    return -1;
  ident = ++i;
  while (i < len && line[i] != ' ')
    i++;
  if (i == ident || i == len)
    return -1;
  user = i + 1;
  /* The user's end: a space after one byte or more, then '['.  */
  for (size_t sp = user + 1; sp + 1 < len; sp++)
    if (line[sp] == ' ' && line[sp + 1] == '[')
      {
        int status = from_date (line + sp + 1, len - sp - 1);
        if (status >= 0)
          return status >= HTTPSTATUS_CODE_MIN && status <= HTTPSTATUS_CODE_MAX
                 ? status : -1;
      }
  return -1;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *line = malloc (size ? size : 1);
  if (line == NULL)
    return 0;
  memcpy (line, data, size);
  int status = clf_status (line, size);
  if (status != oracle_status ((const unsigned char *) line, size))
    abort ();                   /* the two parsers disagree */
  if (status != -1)
    {
      if (status < HTTPSTATUS_CODE_MIN || status > HTTPSTATUS_CODE_MAX)
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
