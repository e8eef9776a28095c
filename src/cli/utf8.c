/* utf8.c: text of the locale's charset as UTF-8, for the outputs that
   must be UTF-8 whatever the locale (JSON, RFC 8259): --json and
   annotate's JSON Lines.  gettext hands out the locale's charset (Big5
   in zh_TW.BIG5); iconv converts.  Without iconv (Windows, where every
   text is UTF-8 already: see w32.c) nothing needs converting.  */

#include <config.h>

#include <string.h>

#include "../chars.h"
#include "cli.h"

#define HS_CONVERT (HAVE_ICONV && HAVE_LANGINFO_CODESET)
#if HS_CONVERT
# include <iconv.h>
# include <langinfo.h>

/* The converter from the locale's charset, or (iconv_t) -1 when the
   locale is UTF-8 already, or ASCII (a subset), or unknown to iconv.
   The command runs one thread: a static converter is enough.  */
static iconv_t
converter (void)
{
  static int ready;
  static iconv_t cd = (iconv_t) -1;
  if (!ready)
    {
      const char *cs = nl_langinfo (CODESET);
      ready = 1;
      if (!hs_charset_is_utf8 (cs) && strcmp (cs, "ANSI_X3.4-1968") != 0)
        cd = iconv_open ("UTF-8", cs);
    }
  return cd;
}
#endif

const char *
cli_utf8 (const char *s, char *buf, size_t size)
{
#if HS_CONVERT
  iconv_t cd = converter ();
  if (cd == (iconv_t) -1 || size == 0)
    return s;
  char *in = (char *) s, *out = buf;
  size_t inleft = strlen (s), outleft = size - 1;
  iconv (cd, NULL, NULL, NULL, NULL);
  if (iconv (cd, &in, &inleft, &out, &outleft) == (size_t) -1
      || iconv (cd, NULL, NULL, &out, &outleft) == (size_t) -1)
    return NULL;
  *out = '\0';
  return buf;
#else
  (void) buf;
  (void) size;
  return s;
#endif
}
