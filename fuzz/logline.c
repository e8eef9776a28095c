/* logline.c: libFuzzer harness for the access-log line parser of
   `httpstatus annotate` (src/cli/logline.c, compiled in here: it is
   the command's, not the library's).

   Any bytes are a line: NUL bytes, invalid UTF-8, unbalanced quotes and
   brackets.  The input is copied to a buffer of exactly its size, so
   AddressSanitizer sees any read past the line's end, which the parser
   promises never to make.  The answer must be -1 or a status in
   HTTPSTATUS_CODE_MIN..HTTPSTATUS_CODE_MAX, the three digits the line has right after its request's
   closing quote and a space, and above all the answer of a second
   parser written here for the format of src/cli/logline.h: a state
   machine fed one byte at a time, sharing nothing with the memchr
   walk of logline.c.  Both must agree on every line, a status found
   by either and a line rejected by either.  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/cli/logline.c"

/* The second parser.  logline.h's format:
     host ident user [date] "request" status bytes[ rest]
   host, ident and user one or more bytes other than space, each
   followed by one space; the date anything up to the first ']'; in the
   request a backslash escapes the next byte, whatever it is; status
   three digits and a space; bytes one or more digits or a lone '-',
   then the end of the line or a space.  */
enum state
{
  HOST, IDENT, USER, DATE_OPEN, DATE, DATE_SPACE, REQUEST_OPEN, REQUEST,
  REQUEST_ESCAPED, REQUEST_SPACE, STATUS, STATUS_SPACE, BYTES, BYTES_DIGITS,
  BYTES_DASH, REST, REJECTED
};

static int
oracle_status (const unsigned char *line, size_t len)
{
  enum state st = HOST;
  size_t run = 0;               /* bytes of the current field so far */
  int status = 0;
  for (size_t i = 0; i < len && st != REST && st != REJECTED; i++)
    {
      unsigned char b = line[i];
      int is_digit = b >= '0' && b <= '9';
      switch (st)
        {
        case HOST:
        case IDENT:
        case USER:
          if (b != ' ')
            run++;
          else if (run == 0)
            st = REJECTED;
          else
            {
              run = 0;
              st = st == HOST ? IDENT : st == IDENT ? USER : DATE_OPEN;
            }
          break;
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
  return status >= HTTPSTATUS_CODE_MIN && status <= HTTPSTATUS_CODE_MAX
         ? status : -1;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *line = malloc (size ? size : 1);
  if (line == NULL)
    return 0;
  memcpy (line, data, size);
  int status = logline_status (line, size);
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
