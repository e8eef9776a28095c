/* check_chars.c: the house's one copy of its character rules
   (src/chars.h) against oracles written here, and the rule textcut.c
   takes from it: a text that is not strict UTF-8 (encoded surrogates,
   as CESU-8 has them) is not cut as UTF-8.  Built with the library's
   sources, whose internal textcut.c it drives.  */

#include <config.h>

#include <locale.h>
#include <stdint.h>
#include <string.h>

#include "testutil.h"
#include "../src/chars.h"
#include "../src/table.h"

START_TEST (ascii_folding_only)
{
  for (int c = 0; c < 256; c++)
    {
      ck_assert_int_eq (hs_ascii_tolower (c),
                        c >= 'A' && c <= 'Z' ? c + 32 : c);
      ck_assert_int_eq (hs_ascii_toupper (c),
                        c >= 'a' && c <= 'z' ? c - 32 : c);
    }
  ck_assert_int_eq (hs_ascii_strcasecmp_n ("zh_TW", "ZH_tw", 5), 0);
  ck_assert_int_eq (hs_ascii_strcasecmp_n ("zh_TW.x", "ZH_tw.y", 5), 0);
  ck_assert_int_lt (hs_ascii_strcasecmp_n ("zh", "zh_TW", 5), 0);
  ck_assert_int_gt (hs_ascii_strcasecmp_n ("zh_TW", "zh", 5), 0);
  ck_assert_int_ne (hs_ascii_strcasecmp_n ("\xc4\xb0", "i", 2), 0);
  ck_assert (hs_ascii_caseeq_n ("POSIX!", 5, "posix"));
  ck_assert (!hs_ascii_caseeq_n ("POSI", 4, "posix"));
}
END_TEST

/* The oracle: the code point the N bytes at P encode by the bit
   pattern alone, or -1; the strict rule then refuses overlong forms,
   surrogates and anything past U+10FFFF.  */
static long
decode (const unsigned char *p, size_t n)
{
  /* The bits of the lead byte that say the length, and their value.  */
  static const unsigned char mask[] = { 0, 0x80, 0xE0, 0xF0, 0xF8 };
  static const unsigned char lead[] = { 0, 0x00, 0xC0, 0xE0, 0xF0 };
  static const long min[] = { 0, 0, 0x80, 0x800, 0x10000 };
  if ((p[0] & mask[n]) != lead[n])
    return -1;
  long cp = p[0] & ~mask[n] & 0xFF;
  for (size_t k = 1; k < n; k++)
    {
      if ((p[k] & 0xC0) != 0x80)
        return -1;
      cp = cp << 6 | (p[k] & 0x3F);
    }
  if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return -1;
  return cp;
}

/* Every sequence of one and two bytes; of three and four bytes every
   lead and second byte, the later bytes at the edges of the
   continuation range and just past them (the validator may only tell
   continuation bytes from others after the second).  */
START_TEST (strict_utf8_as_the_oracle_reads_it)
{
  static const unsigned char edges[] = { 0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xFF };
  unsigned char b[4];
  for (int x = 0; x < 256; x++)
    {
      b[0] = (unsigned char) x;
      ck_assert_int_eq (hs_utf8_valid ((char *) b, 1), decode (b, 1) >= 0);
      for (int y = 0; y < 256; y++)
        {
          b[1] = (unsigned char) y;
          ck_assert_msg (hs_utf8_valid ((char *) b, 2) == (decode (b, 2) >= 0
                         || (decode (b, 1) >= 0 && decode (b + 1, 1) >= 0)),
                         "%02X %02X", x, y);
          if (x < 0xE0)
            continue;           /* no three- or four-byte lead */
          for (size_t z = 0; z < sizeof edges; z++)
            for (size_t w = 0; w < sizeof edges; w++)
              {
                b[2] = edges[z];
                b[3] = edges[w];
                if (x < 0xF0)
                  ck_assert_int_eq (hs_utf8_valid ((char *) b, 3),
                                    decode (b, 3) >= 0);
                else
                  ck_assert_int_eq (hs_utf8_valid ((char *) b, 4),
                                    decode (b, 4) >= 0);
              }
        }
    }
  ck_assert (hs_utf8_valid ("\xF4\x8F\xBF\xBF", 4));    /* U+10FFFF */
  ck_assert (!hs_utf8_valid ("\xF4\x90\x80\x80", 4));   /* U+110000 */
  ck_assert (!hs_utf8_valid ("\xED\xA0\x80", 3));       /* U+D800 */
  ck_assert (!hs_utf8_valid ("\xE6\x89", 2));           /* cut short */
  ck_assert (hs_utf8_valid ("", 0));
}
END_TEST

START_TEST (one_rule_for_utf8_charset_names)
{
  static const char *const yes[] = { "UTF-8", "utf-8", "Utf-8", "UTF8",
                                     "utf8", "uTf8" };
  static const char *const no[] = { "UTF-16", "utf_8", "utf-8 ", "", "UTF",
                                    "ANSI_X3.4-1968", "BIG5", "utf-88" };
  for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
    ck_assert_msg (hs_charset_is_utf8 (yes[i]), "%s", yes[i]);
  for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
    ck_assert_msg (!hs_charset_is_utf8 (no[i]), "%s", no[i]);
  ck_assert (!hs_charset_is_utf8 (NULL));
  ck_assert (hs_charset_is_utf8_n ("utf-8;", 5));
}
END_TEST

/* In the C locale (ASCII) neither text is valid in the locale's
   charset; valid UTF-8 is then cut between characters, anything else
   anywhere.  A surrogate encoded in three bytes is not UTF-8: the cut
   ignores its bytes' shape.  */
START_TEST (a_text_with_a_surrogate_is_not_cut_as_utf8)
{
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "C"));
  ck_assert_uint_eq (hs_whole_prefix ("ab\xE6\x89\xBE" "cd", 7, 4, NULL), 2);
  ck_assert_uint_eq (hs_whole_prefix ("ab\xED\xA0\x80" "cd", 7, 4, NULL), 4);
  ck_assert_uint_eq (hs_whole_prefix ("ab\xE0\x80\x80" "cd", 7, 4, NULL), 4);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("chars");
  TCase *tc = tcase_create ("chars");
  tcase_set_timeout (tc, 60);
  ADD (tc, ascii_folding_only);
  ADD (tc, strict_utf8_as_the_oracle_reads_it);
  ADD (tc, one_rule_for_utf8_charset_names);
  ADD (tc, a_text_with_a_surrogate_is_not_cut_as_utf8);
  suite_add_tcase (s, tc);
  return test_run (s);
}
