/* textcut.c: where a localized text may be cut without splitting a
   character, for the _r calls.

   gettext hands out text in the codeset the application bound the
   domain to (GTK binds UTF-8 whatever the locale), else in the charset
   of the calling thread's LC_CTYPE.  i18n.c asks gettext for the bound
   one and passes it here.  UTF-8 is cut by its own rule, any other
   charset (Big5 in zh_TW.BIG5, GB18030, Big5-HKSCS) by mbrlen in the
   thread's locale.  The binding must be asked, not guessed from the
   bytes: UTF-8 Chinese is very often valid GB18030 as a whole (继 is
   E7 BB A7, two GB18030 characters' worth of bytes).  Should the text
   still not be valid in the locale's charset (a domain bound to a third
   charset), it is cut as UTF-8 if it is strict UTF-8 (chars.h: what
   the catalog reader accepts; encoded surrogates, as CESU-8 has them,
   are not UTF-8), else anywhere.
   mbrlen knows GB18030's 1-, 2- and 4-byte sequences and Big5-HKSCS's
   pairs; the one surprise is the Big5-HKSCS pair that decodes to two
   characters.  */

#include <config.h>

#if HAVE_LANGINFO_CODESET
# include <langinfo.h>
#endif
#include <limits.h>
#include <string.h>
#include <wchar.h>

#include "chars.h"
#include "table.h"

/* UTF-8: back up over continuation bytes (10xxxxxx) to the start of
   the character that would be cut.  */
static size_t
utf8_prefix (const char *s, size_t max)
{
  size_t n = max;
  while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
    n--;
  return n;
}

size_t
hs_whole_prefix (const char *s, size_t len, size_t max, const char *bound)
{
  if (len <= max)
    return len;
#if HAVE_LANGINFO_CODESET
  if (hs_charset_is_utf8 (bound != NULL ? bound : nl_langinfo (CODESET)))
    return utf8_prefix (s, max);
#else
  /* Windows: libintl is built without iconv there and hands out the
     catalogs' UTF-8 whatever the locale or binding.  */
  (void) bound;
  return utf8_prefix (s, max);
#endif

  /* Walk the whole text in the locale's charset, remembering the last
     boundary that fits.  */
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t n = 0, fits = 0;
  int pending = 0;
  while (n < len)
    {
      size_t k = mbrlen (s + n, len - n, &state);
      /* In Big5-HKSCS one byte pair stands for two characters (0x8862
         is U+00CA U+0304); glibc hands out the second from the state
         and consumes no byte, returning 0 (C11 says (size_t) -3).  The
         text has no NUL before LEN, so a 0 there is that, once.  */
      if ((k == 0 || k == (size_t) -3) && !pending)
        {
          pending = 1;
          continue;
        }
      pending = 0;
      if (k == (size_t) -1 || k == (size_t) -2 || k == 0
          || k == (size_t) -3)
        {
          /* Not this charset: UTF-8 bound by the application, else
             bytes that no rule knows, cut anywhere.  */
          return hs_utf8_valid (s, len) ? utf8_prefix (s, max) : max;
        }
      n += k;
      if (n <= max)
        fits = n;
    }
  return fits;
}
