/* error_from_name.c: libFuzzer harness for the transport errors'
   calls.

   Any bytes become a name for httpstatus_error_from_name, in a buffer
   of exactly their length + 1 (AddressSanitizer sees a read past the
   terminator), and also a 65-byte buffer with no terminator (the most
   the header lets it read).  The oracle is the harness's own: every
   constant httpstatus_error_name gives, over each space's numbers,
   uppercased; a name is found exactly when its uppercase is one of
   them, and then with that constant's space and number.

   The first bytes also pick a space and a number (any int) for every
   (space, code) call: the texts are never NULL, a name comes exactly
   for the table's pairs, and the _r calls, at the size the next byte
   gives, write a NUL-terminated prefix of what a large buffer gets.  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "fuzz-name.h"

#define MAX_ERRORS 512

static struct
{
  int space, code;
  const char *name;
} errors[MAX_ERRORS];
static size_t n_errors;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  for (int space = -1; space <= 5; space++)
    for (int code = -100; code < 13000; code++)
      {
        const char *name = httpstatus_error_name (space, code);
        if (name == NULL)
          continue;
        if (n_errors == MAX_ERRORS || space < 1 || space > 3)
          abort ();
        errors[n_errors].space = space;
        errors[n_errors].code = code;
        errors[n_errors++].name = name;
      }
  if (n_errors == 0)
    abort ();
  return 0;
}

static int
same_upper (const char *s, const char *upper)
{
  for (; *s != '\0' && *upper != '\0'; s++, upper++)
    {
      char c = *s >= 'a' && *s <= 'z' ? (char) (*s - 'a' + 'A') : *s;
      if (c != *upper)
        return 0;
    }
  return *s == '\0' && *upper == '\0';
}

static void
check_name (const char *name)
{
  int space = -7;
  int code = httpstatus_error_from_name (name, &space);
  for (size_t i = 0; i < n_errors; i++)
    if (same_upper (name, errors[i].name))
      {
        if (code != errors[i].code || space != errors[i].space)
          abort ();
        return;
      }
  if (code != -1 || space != 0)
    abort ();
}

static int
read_int (const uint8_t *p)
{
  uint32_t u = (uint32_t) p[0] | (uint32_t) p[1] << 8
               | (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24;
  return (int) u;
}

static void
check_pair (int space, int code, size_t size)
{
  static char full[2048], cut[2048];
  if (httpstatus_error_title (space, code) == NULL
      || httpstatus_error_description (space, code) == NULL
      || httpstatus_error_title_lang (space, code, "zh_TW") == NULL
      || httpstatus_error_description_lang (space, code, NULL) == NULL)
    abort ();
  if (httpstatus_error_description_r (space, code, full, sizeof full) != 0)
    abort ();
  memset (cut, 'x', sizeof cut);
  int r = httpstatus_error_description_r (space, code, cut, size);
  size_t len = strlen (full);
  if (size == 0 ? r == 0 : (r != 0) != (len >= size)
      || strlen (cut) >= size || strncmp (cut, full, strlen (cut)) != 0
      || cut[size] != 'x')
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *name = fuzz_name (data, size);
  if (name == NULL)
    return 0;
  check_name (name);
  free (name);
  char *unterminated = fuzz_unterminated (data, size);
  if (unterminated != NULL)
    {
      if (httpstatus_error_from_name (unterminated, NULL) != -1)
        abort ();
      free (unterminated);
    }
  if (size >= 9)
    check_pair (read_int (data) % 6 - 1, read_int (data + 4), data[8] + 1);
  return 0;
}
