/* error-names.c: from a transport error's constant to its space and
   number: "CURLE_OPERATION_TIMEDOUT" is libcurl's 28, in any ASCII case.

   The constants are keys of a perfect hash table that gperf builds from
   errors.def (gen-errors-gperf.awk writes its input; the generated
   errors-hash.c is included below), as names.c does for the status
   names: one hash, one comparison, a string pool with offsets and no
   relocation.  A status name ("NOT_FOUND") is no key, so it is no
   error name.  */

#include <config.h>

#include <stddef.h>
#include <string.h>

#include "httpstatus.h"
#include "chars.h"

/* No constant is longer (gen-errors-gperf.awk checks): a caller's
   string is read no further than this to reject it.  */
#define NAME_MAX_LEN 64

/* gperf's --ignore-case comparison, replaced (gperf lets a file define
   GPERF_CASE_MEMCMP) by one that folds ASCII only, with chars.h as
   names.c does, and never the locale's case (in a Turkish locale
   toupper ('i') is not 'I'): 0 when the N bytes of S1 spell KEY, whose
   letters are upper case, in any ASCII case.  Names are short and this
   is no hot path: byte by byte.  */
#define GPERF_CASE_MEMCMP 1
#define GPERF_DOWNCASE 1
static int
gperf_case_memcmp (const char *s1, const char *key, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (hs_ascii_toupper ((unsigned char) s1[i]) != (unsigned char) key[i])
      return 1;
  return 0;
}

struct hs_error_name;
static const struct hs_error_name *hs_error_lookup (const char *str,
                                                    size_t len);
#include "errors-hash.c"

int
httpstatus_error_from_name (const char *name, int *space)
{
  const struct hs_error_name *found = NULL;
  if (name != NULL)
    {
      size_t len = strnlen (name, NAME_MAX_LEN + 1);
      if (len <= NAME_MAX_LEN)
        found = hs_error_lookup (name, len);
    }
  if (space != NULL)
    *space = found != NULL ? found->space : 0;
  return found != NULL ? found->code : -1;
}
