/* names.c: from a name to its code.  A name is, with or without the
   HTTP_STATUS_ prefix and in any ASCII case: a constant of the table,
   a reason phrase spelled as a constant ("INTERNAL_SERVER_ERROR"), or
   an older name of codes.def's HTTPSTATUS_ALIAS lines.  */

#include <config.h>

#include <stddef.h>
#include <string.h>

#include "httpstatus.h"
#include "table.h"

#define PREFIX "HTTP_STATUS_"
#define PREFIX_LEN (sizeof PREFIX - 1)

/* No name is longer than this; reading further into a caller's string
   (which may be a megabyte long) is never needed to reject it.  */
#define NAME_MAX_LEN 64

/* ASCII only: toupper would follow the caller's locale, and in a
   Turkish locale 'i' does not fold to 'I'.  */
static unsigned char
ascii_upper (unsigned char c)
{
  return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

/* Whether the LEN bytes at S spell the name of WORDS: ASCII case
   ignored; '_' in S stands for a space or a hyphen of WORDS, whose
   apostrophes are skipped ("I'm a teapot" is IM_A_TEAPOT).  A constant
   such as "NOT_FOUND" spells itself.  */
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
httpstatus_from_name (const char *name)
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
  /* Spaces, hyphens and apostrophes only ever match on the table's
     side: a name with one is no name.  */
  if (len == 0 || strcspn (name, " -'") < len)
    return -1;

  /* A name's first letter rules out most entries before spells runs.  */
  unsigned char first = ascii_upper ((unsigned char) name[0]);
  for (unsigned int i = 0; i < hs_code_count (); i++)
    {
      const char *constant, *reason;
      int code = hs_entry (i, &constant, &reason);
      constant += PREFIX_LEN;
      if ((first == (unsigned char) constant[0]
           && spells (name, len, constant))
          || (first == ascii_upper ((unsigned char) reason[0])
              && spells (name, len, reason)))
        return code;
    }
  int code;
  const char *alias;
  for (unsigned int i = 0; (alias = hs_alias (i, &code)) != NULL; i++)
    if (spells (name, len, alias))
      return code;
  return -1;
}
