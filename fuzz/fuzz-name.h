/* fuzz-name.h: the two buffers the name harnesses (from_name.c,
   error_from_name.c) pass their input in, so that both lookups are
   held to the header's promises in the same way.  */

#ifndef FUZZ_NAME_H
#define FUZZ_NAME_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The most bytes the header lets a name lookup read.  */
#define READ_LIMIT 65

/* The SIZE bytes at DATA and a NUL, in a buffer of exactly SIZE + 1
   bytes, so that AddressSanitizer sees any read past the terminator;
   NULL if memory ran out.  */
static char *
fuzz_name (const uint8_t *data, size_t size)
{
  char *name = malloc (size + 1);
  if (name != NULL)
    {
      memcpy (name, data, size);
      name[size] = '\0';
    }
  return name;
}

/* The first READ_LIMIT bytes at DATA, if there are that many and no
   NUL among them, in a buffer of exactly that size with no terminator:
   the lookup must stop at the limit, and a name that long is no name.
   NULL otherwise, or if memory ran out.  */
static char *
fuzz_unterminated (const uint8_t *data, size_t size)
{
  if (size < READ_LIMIT || memchr (data, '\0', READ_LIMIT) != NULL)
    return NULL;
  char *name = malloc (READ_LIMIT);
  if (name != NULL)
    memcpy (name, data, READ_LIMIT);
  return name;
}

#endif /* FUZZ_NAME_H */
