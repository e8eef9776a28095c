/* old_from_name.c: BENCH ONLY, NOT THE LIBRARY'S CODE.  A copy of
   httpstatus_from_name as it was in release 0.1, a walk of the whole
   table comparing the name with every constant and reason phrase, kept
   so that bench can show what the gperf table of src/names.c gained.
   The table it walks is filled by bench from the public API, in the
   table's order, as the library's own table was laid out; the older
   names are copied here.  It lives in bench's shared library, so that
   it is called through the PLT exactly as the library is.  */

#include <stddef.h>
#include <string.h>

#include "shared_index.h"

#define PREFIX "HTTP_STATUS_"
#define PREFIX_LEN (sizeof PREFIX - 1)
#define NAME_MAX_LEN 64

const char *bench_old_constants[512];
const char *bench_old_reasons[512];
int bench_old_codes[512];
unsigned int bench_old_count;

static const struct { const char *name; int code; } old_aliases[] = {
  { "REQUEST_ENTITY_TOO_LARGE", 413 }, { "PAYLOAD_TOO_LARGE", 413 },
  { "REQUEST_URI_TOO_LONG", 414 }, { "REQUESTED_RANGE_NOT_SATISFIABLE", 416 },
  { "UNPROCESSABLE_ENTITY", 422 },
};

static unsigned char
ascii_upper (unsigned char c)
{
  return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

static int
spells (const char *s, size_t len, const char *words)
{
  size_t i = 0;
  for (; *words != '\0'; words++)
    {
      unsigned char w = (unsigned char) *words;
      if (w == '\'')
        continue;
      if (w == ' ' || w == '-')
        w = '_';
      if (i == len || ascii_upper ((unsigned char) s[i]) != ascii_upper (w))
        return 0;
      i++;
    }
  return i == len;
}

int
bench_old_from_name (const char *name)
{
  if (name == NULL)
    return -1;
  size_t len = strnlen (name, NAME_MAX_LEN + 1);
  if (len > NAME_MAX_LEN)
    return -1;
  if (len > PREFIX_LEN && spells (name, PREFIX_LEN, PREFIX))
    {
      name += PREFIX_LEN;
      len -= PREFIX_LEN;
    }
  if (len == 0 || strcspn (name, " -'") < len)
    return -1;

  unsigned char first = ascii_upper ((unsigned char) name[0]);
  for (unsigned int i = 0; i < bench_old_count; i++)
    {
      const char *constant = bench_old_constants[i], *reason = bench_old_reasons[i];
      /* 0.1's constants all had the HTTP_STATUS_ prefix.  */
      constant += PREFIX_LEN;
      if ((first == (unsigned char) constant[0]
           && spells (name, len, constant))
          || (first == ascii_upper ((unsigned char) reason[0])
              && spells (name, len, reason)))
        return bench_old_codes[i];
    }
  for (size_t i = 0; i < sizeof old_aliases / sizeof old_aliases[0]; i++)
    if (spells (name, len, old_aliases[i].name))
      return old_aliases[i].code;
  return -1;
}
