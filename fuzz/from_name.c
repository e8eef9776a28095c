/* from_name.c: libFuzzer harness for httpstatus_from_name.

   Any bytes become a name: copied into a NUL-terminated buffer of
   exactly their length + 1, so AddressSanitizer sees any read past the
   terminator.  The header promises that at most 65 bytes are read
   whatever the length, so a long input is also passed as a 65-byte
   buffer with no terminator at all.  Whatever the answer, it must be
   -1 or a code of the table whose own name leads back to it.  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

/* The most httpstatus_from_name may read (httpstatus.h).  */
#define READ_LIMIT 65

static void
check_answer (int code)
{
  if (code == -1)
    return;
  const char *name = httpstatus_name (code);
  if (name == NULL)             /* a code that is not in the table */
    abort ();
  if (httpstatus_from_name (name) != code)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *name = malloc (size + 1);
  if (name == NULL)
    return 0;
  memcpy (name, data, size);
  name[size] = '\0';
  int code = httpstatus_from_name (name);
  check_answer (code);
  free (name);

  /* No terminator in the first 65 bytes: the library must stop there,
     and a name that long is no name.  */
  if (size >= READ_LIMIT && memchr (data, '\0', READ_LIMIT) == NULL)
    {
      char *unterminated = malloc (READ_LIMIT);
      if (unterminated == NULL)
        return 0;
      memcpy (unterminated, data, READ_LIMIT);
      if (httpstatus_from_name (unterminated) != -1)
        abort ();
      free (unterminated);
    }
  return 0;
}
