/* catalog.c: libFuzzer harness for the catalog reader (src/mo.c).

   The input is a whole .mo file.  hs_catalog_parse must refuse it or
   index it, never crash nor read outside it (AddressSanitizer: the
   input is copied into a block of exactly its size); when it accepts
   one, every text of every code and class must be valid UTF-8 lying
   either inside the input, clear of its header and tables, or in the
   library's English table, as
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

/* The header's and the tables' bytes of an accepted input, [from, to)
   each: no text may lie on them.  */
static size_t fence[4][2];

static uint32_t
word_at (const unsigned char *p, size_t off)
{
  const unsigned char *b = p + off;
  uint32_t le = (uint32_t) b[3] << 24 | (uint32_t) b[2] << 16
                | (uint32_t) b[1] << 8 | b[0];
  uint32_t be = (uint32_t) b[0] << 24 | (uint32_t) b[1] << 16
                | (uint32_t) b[2] << 8 | b[3];
  return p[0] == 0xde ? le : be;
}

static void
set_fences (const unsigned char *p)
{
  uint32_t n = word_at (p, 8);
  fence[0][0] = 0, fence[0][1] = 28;
  fence[1][0] = word_at (p, 12), fence[1][1] = fence[1][0] + 8 * (size_t) n;
  fence[2][0] = word_at (p, 16), fence[2][1] = fence[2][0] + 8 * (size_t) n;
  fence[3][0] = word_at (p, 24);
  fence[3][1] = fence[3][0] + 4 * (size_t) word_at (p, 20);
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
      size_t at = t - d, end = at + strlen (text) + 1;
      /* An empty table (no hash table: size 0 at any offset) fences
         nothing, as mo.c's apart() has it.  */
      for (int f = 0; f < 4; f++)
        if (fence[f][0] < fence[f][1] && at < fence[f][1]
            && fence[f][0] < end)
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
  set_fences (input);
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
