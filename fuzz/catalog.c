/* catalog.c: libFuzzer harness for the catalog reader (src/mo.c).

   The input is a whole .mo file.  hs_catalog_parse must refuse it or
   index it, never crash nor read outside it (AddressSanitizer: the
   input is copied into a block of exactly its size); when it accepts
   one, every text of every code and class must be valid UTF-8 lying
   either inside the input or in the library's English table, as
   httpstatus.h promises for the _lang calls.  The seed corpus holds the
   real zh_TW catalog in both byte orders and a few small hand-made
   files.  */

#include <config.h>

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "../src/mo.h"

/* Strict UTF-8, written again here so as not to trust the reader's.  */
static int
valid_utf8 (const unsigned char *s)
{
  while (*s != '\0')
    {
      unsigned int c = *s, n, min;
      if (c < 0x80)
        {
          s++;
          continue;
        }
      if ((c & 0xE0) == 0xC0)
        n = 1, c &= 0x1F, min = 0x80;
      else if ((c & 0xF0) == 0xE0)
        n = 2, c &= 0x0F, min = 0x800;
      else if ((c & 0xF8) == 0xF0)
        n = 3, c &= 0x07, min = 0x10000;
      else
        return 0;
      for (unsigned int k = 1; k <= n; k++)
        {
          if ((s[k] & 0xC0) != 0x80)
            return 0;
          c = c << 6 | (s[k] & 0x3F);
        }
      if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
      s += n + 1;
    }
  return 1;
}

static void
check (const char *text, const char *data, size_t size, int code)
{
  if (text == NULL || !valid_utf8 ((const unsigned char *) text))
    abort ();
  /* Inside the input (NUL included), or English: the same text as the
     English catalog's.  */
  uintptr_t t = (uintptr_t) text, d = (uintptr_t) data;
  if (t >= d && t < d + size)
    {
      if (memchr (text, '\0', size - (t - d)) == NULL)
        abort ();
    }
  else if (strcmp (text, httpstatus_title_lang (code, "en")) != 0
           && strcmp (text, httpstatus_description_lang (code, "en")) != 0
           && strcmp (text, httpstatus_class_title_lang (code, "en")) != 0)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *input, size_t size)
{
  char *data = malloc (size > 0 ? size : 1);
  if (data == NULL)
    return 0;
  memcpy (data, input, size);
  struct hs_catalog *cat = hs_catalog_parse (data, size);
  if (cat == NULL)
    return 0;
  static const int odd[] = { INT_MIN, -1, 0, HTTPSTATUS_CODE_MIN - 1,
                             HTTPSTATUS_CODE_MAX + 1, INT_MAX };
  for (int code = HTTPSTATUS_CODE_MIN; code <= HTTPSTATUS_CODE_MAX; code++)
    for (int f = 0; f < 3; f++)
      check (hs_catalog_text (cat, code, f == 2 ? HS_DESCRIPTION : HS_TITLE,
                              f == 1),
             data, size, code);
  for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++)
    check (hs_catalog_text (cat, odd[i], HS_TITLE, 0), data, size, odd[i]);
  hs_catalog_free (cat);
  return 0;
}
