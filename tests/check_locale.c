/* check_locale.c: the per-call locale (_l) and buffer (_r) calls:
   every code in zh_TW and English whatever the thread's locale, the
   documented answers for (locale_t) 0 and LC_GLOBAL_LOCALE, errno kept,
   and every cut of every zh_TW text, in UTF-8 and in Big5, a whole-
   character prefix.  */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"

static locale_t zh, big5, c_locale;

static void
setup (void)
{
  test_bind_build_tree ();
  zh = newlocale (LC_ALL_MASK, "zh_TW.UTF-8", (locale_t) 0);
  big5 = newlocale (LC_ALL_MASK, "zh_TW.BIG5", (locale_t) 0);
  c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  ck_assert_ptr_nonnull (zh);
  ck_assert_ptr_nonnull (big5);
  ck_assert_ptr_nonnull (c_locale);
}

/* Each test leaves the process as it found it, so that the suite also
   runs in one process (CK_FORK=no, as under valgrind) with nothing
   carried from one test to the next and nothing leaked.  */
static void
teardown (void)
{
  uselocale (LC_GLOBAL_LOCALE);
  setlocale (LC_ALL, "C");
  freelocale (zh);
  freelocale (big5);
  freelocale (c_locale);
}

#if ENABLE_NLS
# define ZH(row, field) ((row)->zh_##field)
#else
# define ZH(row, field) ((row)->field)
#endif

/* With the process in English, zh_TW through _l; with it in zh_TW,
   English through _l; and neither call moves the process or thread.  */
START_TEST (every_code_l)
{
  const struct fixture_row *row = &fixture_rows (NULL)[_i];
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "C"));
  ck_assert_str_eq (httpstatus_title_l (row->code, zh), ZH (row, title));
  ck_assert_str_eq (httpstatus_description_l (row->code, zh),
                    ZH (row, description));
  ck_assert_str_eq (httpstatus_title (row->code), row->title);

  ck_assert_ptr_nonnull (setlocale (LC_ALL, "zh_TW.UTF-8"));
  ck_assert_str_eq (httpstatus_title_l (row->code, c_locale), row->title);
  ck_assert_str_eq (httpstatus_description_l (row->code, c_locale),
                    row->description);
  ck_assert_str_eq (httpstatus_description (row->code), ZH (row, description));
  ck_assert_str_eq (setlocale (LC_ALL, NULL), "zh_TW.UTF-8");
  ck_assert_ptr_eq (uselocale ((locale_t) 0), LC_GLOBAL_LOCALE);
}
END_TEST

START_TEST (special_locales)
{
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "zh_TW.UTF-8"));
  /* (locale_t) 0: English, as the C locale gives.  */
  ck_assert_str_eq (httpstatus_title_l (404, (locale_t) 0), "Not Found");
  ck_assert_str_eq (httpstatus_description_l (499, (locale_t) 0),
                    "The request contains an error or cannot be fulfilled (unrecognized client error status code).");
  /* LC_GLOBAL_LOCALE: the process's, even from a thread that uses
     another.  */
  uselocale (c_locale);
  ck_assert_str_eq (httpstatus_title (404), "Not Found");
#if ENABLE_NLS
  ck_assert_str_eq (httpstatus_title_l (404, LC_GLOBAL_LOCALE), "找不到");
#endif
  ck_assert_ptr_eq (uselocale ((locale_t) 0), c_locale);
  uselocale (LC_GLOBAL_LOCALE);
  /* Unknown codes too.  */
  ck_assert_str_eq (httpstatus_title_l (-1, c_locale), "Unknown Status Code");
  ck_assert_str_eq (httpstatus_title_l (INT_MAX, c_locale),
                    "Unknown Status Code");
}
END_TEST

START_TEST (errno_is_kept)
{
  errno = EDOM;
  httpstatus_title_l (404, zh);
  httpstatus_description_l (HTTPSTATUS_CODE_MAX + 1, big5);
  httpstatus_title_l (404, (locale_t) 0);
  char buf[8];
  httpstatus_title_r (404, buf, sizeof buf);
  httpstatus_description_r (404, buf, 3);
  ck_assert_int_eq (errno, EDOM);
}
END_TEST

/* Whether the SIZE-byte S is a sequence of whole characters of the
   thread's current charset.  */
static int
whole_characters (const char *s, size_t size)
{
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t n = 0;
  while (n < size)
    {
      size_t k = mbrlen (s + n, size - n, &state);
      if (k == (size_t) -1 || k == (size_t) -2 || k == 0)
        return 0;
      n += k;
    }
  return 1;
}

/* For every size from 0 to the full length + 1: NUL-terminated, a
   prefix of the text, whole characters, the longest such prefix, ERANGE
   exactly when cut, and not a byte written past SIZE.  */
static void
check_every_size (int code, const char *full,
                  int (*fn) (int, char *, size_t))
{
  size_t len = strlen (full);
  char buf[1024];
  ck_assert_uint_lt (len + 2, sizeof buf);
  for (size_t size = 0; size <= len + 1; size++)
    {
      memset (buf, '#', sizeof buf);
      int r = fn (code, buf, size);
      ck_assert_msg (buf[size] == '#', "code %d size %zu: wrote past the buffer",
                     code, size);
      if (size == 0)
        {
          ck_assert_int_eq (r, ERANGE);
          continue;
        }
      size_t got = strlen (buf);
      ck_assert_uint_lt (got, size);
      ck_assert_int_eq (memcmp (buf, full, got), 0);
      ck_assert_msg (whole_characters (buf, got),
                     "code %d size %zu: a character was split", code, size);
      ck_assert_int_eq (r, got == len ? 0 : ERANGE);
      ck_assert_int_eq (got == len, size > len);
      /* The longest: one more character would not have fitted.  */
      if (got < len)
        {
          int k = mblen (full + got, len - got);
          ck_assert_int_gt (k, 0);
          ck_assert_uint_ge (got + (size_t) k, size);
        }
    }
}

START_TEST (every_cut_utf8)
{
  const struct fixture_row *row = &fixture_rows (NULL)[_i];
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "zh_TW.UTF-8"));
  check_every_size (row->code, ZH (row, title), httpstatus_title_r);
  check_every_size (row->code, ZH (row, description), httpstatus_description_r);
}
END_TEST

START_TEST (every_cut_big5)
{
  const struct fixture_row *row = &fixture_rows (NULL)[_i];
  uselocale (big5);
  ck_assert_str_eq (nl_langinfo (CODESET), "BIG5");
  /* The expected text, in Big5, as gettext converts it.  */
  char title[256], desc[1024];
  ck_assert_int_eq (httpstatus_title_r (row->code, title, sizeof title), 0);
  ck_assert_int_eq (httpstatus_description_r (row->code, desc, sizeof desc), 0);
#if ENABLE_NLS
  ck_assert_str_ne (desc, row->zh_description);   /* converted, not UTF-8 */
#endif
  ck_assert (whole_characters (desc, strlen (desc)));
  check_every_size (row->code, title, httpstatus_title_r);
  check_every_size (row->code, desc, httpstatus_description_r);
  uselocale (LC_GLOBAL_LOCALE);
}
END_TEST

/* A toolkit's setup: the domain bound to UTF-8 by the application in a
   Big5 locale.  The texts are UTF-8, and every cut must stay valid
   UTF-8 although some of their prefixes are valid Big5 (繼 starts with
   E7 B9, a Big5 pair); errno must not show the charset probing.  */
START_TEST (every_cut_utf8_bound_in_big5)
{
#if ENABLE_NLS
  const struct fixture_row *row = &fixture_rows (NULL)[_i];
  bind_textdomain_codeset (HTTPSTATUS_TEXTDOMAIN, "UTF-8");
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "zh_TW.BIG5"));
  const char *texts[2] = { row->zh_title, row->zh_description };
  int (*fns[2]) (int, char *, size_t) = { httpstatus_title_r,
                                          httpstatus_description_r };
  for (int t = 0; t < 2; t++)
    {
      size_t len = strlen (texts[t]);
      char buf[1024];
      for (size_t size = 1; size <= len + 1; size++)
        {
          errno = EDOM;
          int r = fns[t] (row->code, buf, size);
          ck_assert_int_eq (errno, EDOM);
          size_t got = strlen (buf);
          ck_assert_int_eq (memcmp (buf, texts[t], got), 0);
          ck_assert_int_eq (r, got == len ? 0 : ERANGE);
          /* Whole UTF-8 characters: the next byte starts one.  */
          ck_assert_msg (got == len || ((unsigned char) texts[t][got] & 0xC0) != 0x80,
                         "code %d size %zu: a UTF-8 character was split",
                         row->code, size);
        }
    }
#endif
}
END_TEST

START_TEST (every_cut_c)
{
  const struct fixture_row *row = &fixture_rows (NULL)[_i];
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "C"));
  check_every_size (row->code, row->title, httpstatus_title_r);
  check_every_size (row->code, row->description, httpstatus_description_r);
}
END_TEST

START_TEST (bad_buffers)
{
  ck_assert_int_eq (httpstatus_title_r (404, NULL, 0), ERANGE);
  ck_assert_int_eq (httpstatus_title_r (404, NULL, 10), EINVAL);
  ck_assert_int_eq (httpstatus_description_r (404, NULL, 1), EINVAL);
  char one[1] = { 'x' };
  ck_assert_int_eq (httpstatus_title_r (404, one, 1), ERANGE);
  ck_assert_int_eq (one[0], '\0');
  char buf[64];
  ck_assert_int_eq (httpstatus_title_r (-5, buf, sizeof buf), 0);
  ck_assert_str_eq (buf, "Unknown Status Code");
}
END_TEST

int
main (void)
{
  test_require_locale ("zh_TW.UTF-8");
  test_require_locale ("zh_TW.BIG5");
  int rows;
  fixture_rows (&rows);
  Suite *s = suite_create ("locale");
  TCase *tc = tcase_create ("per-call");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_loop_test (tc, every_code_l, 0, rows);
  ADD (tc, special_locales);
  ADD (tc, errno_is_kept);
  ADD (tc, bad_buffers);
  tcase_add_loop_test (tc, every_cut_utf8, 0, rows);
  tcase_add_loop_test (tc, every_cut_big5, 0, rows);
  tcase_add_loop_test (tc, every_cut_c, 0, rows);
  tcase_add_loop_test (tc, every_cut_utf8_bound_in_big5, 0, rows);
  suite_add_tcase (s, tc);
  return test_run (s);
}
