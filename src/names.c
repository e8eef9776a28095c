/* names.c: from a constant's name to its code.  */

#include <config.h>

#include <stddef.h>
#include <string.h>

#include "httpstatus.h"

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

/* Whether the LEN bytes at S equal the NUL-terminated upper-case
   ASCII string UPPER, ignoring the case of S.  */
static int
equal_fold (const char *s, size_t len, const char *upper)
{
  size_t i;
  for (i = 0; i < len && upper[i] != '\0'; i++)
    if (ascii_upper ((unsigned char) s[i]) != (unsigned char) upper[i])
      return 0;
  return i == len && upper[i] == '\0';
}

int
httpstatus_from_name (const char *name)
{
  if (name == NULL)
    return -1;
  size_t len = strnlen (name, NAME_MAX_LEN + 1);
  if (len > NAME_MAX_LEN)
    return -1;
  if (len > PREFIX_LEN && equal_fold (name, PREFIX_LEN, PREFIX))
    {
      name += PREFIX_LEN;
      len -= PREFIX_LEN;
    }
  if (len == 0)
    return -1;
  for (int code = httpstatus_next (-1); code != -1;
       code = httpstatus_next (code))
    if (equal_fold (name, len, httpstatus_name (code) + PREFIX_LEN))
      return code;
  return -1;
}
