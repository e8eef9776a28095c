/* check_locale.c: the per-call locale (_l) and buffer (_r) calls, in
   every language of po/LINGUAS: every code in the language and in
   English whatever the thread's locale, the documented answers for
   (locale_t) 0 and LC_GLOBAL_LOCALE, errno kept, and every cut of every
   text, in UTF-8 and in each legacy charset of tests/charsets.tsv
   (Big5...), a whole-character prefix.  */

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

static int n_codes;

/* Every legacy locale of every language: its language's index.  */
#define MAX_LEGACY (FIXTURE_MAX_LANGS * FIXTURE_MAX_LEGACY)
static struct { int lang; const char *locale; } legacy[MAX_LEGACY];
static int n_legacy;

static locale_t c_locale;

static void
setup (void)
{
  test_bind_build_tree ();
  c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
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
  freelocale (c_locale);
}

static locale_t
open_locale (const char *name)
{
  locale_t loc = newlocale (LC_ALL_MASK, name, (locale_t) 0);
  ck_assert_msg (loc != (locale_t) 0, "no locale %s", name);
  return loc;
}

/* With the process in English, the language through _l; with it in the
   language, English through _l; and neither call moves the process or
   thread.  _i / n_codes is the language, _i % n_codes the code's row.  */
START_TEST (every_code_l)
{
  const struct fixture_lang *lang = &fixture_languages (NULL)[_i / n_codes];
  const struct fixture_lang *want = fixture_expected (lang);
  const struct fixture_lang *en = fixture_english ();
  int k = _i % n_codes, code = fixture_codes (NULL)[k].code;
  locale_t loc = open_locale (lang->locale);
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "C"));
  ck_assert_str_eq (httpstatus_title_l (code, loc), want->code[k].title);
  ck_assert_str_eq (httpstatus_description_l (code, loc),
                    want->code[k].description);
  ck_assert_str_eq (httpstatus_title (code), en->code[k].title);

  ck_assert_ptr_nonnull (setlocale (LC_ALL, lang->locale));
  ck_assert_str_eq (httpstatus_title_l (code, c_locale), en->code[k].title);
  ck_assert_str_eq (httpstatus_description_l (code, c_locale),
                    en->code[k].description);
  ck_assert_str_eq (httpstatus_description (code), want->code[k].description);
  ck_assert_str_eq (setlocale (LC_ALL, NULL), lang->locale);
  ck_assert_ptr_eq (uselocale ((locale_t) 0), LC_GLOBAL_LOCALE);
  freelocale (loc);
}
END_TEST

START_TEST (special_locales)
{
  const struct fixture_lang *lang = &fixture_languages (NULL)[_i];
  const struct fixture_lang *want = fixture_expected (lang);
  const struct fixture_lang *en = fixture_english ();
  int k = fixture_row (404);
  ck_assert_int_ge (k, 0);
  ck_assert_ptr_nonnull (setlocale (LC_ALL, lang->locale));
  /* (locale_t) 0: English, as the C locale gives.  */
  ck_assert_str_eq (httpstatus_title_l (404, (locale_t) 0), en->code[k].title);
  int unknown = fixture_unknown_code (4);
  ck_assert_str_eq (httpstatus_description_l (unknown, (locale_t) 0),
                    en->class_text[4].description);
  /* LC_GLOBAL_LOCALE: the process's, even from a thread that uses
     another.  */
  uselocale (c_locale);
  ck_assert_str_eq (httpstatus_title (404), en->code[k].title);
  ck_assert_str_eq (httpstatus_title_l (404, LC_GLOBAL_LOCALE),
                    want->code[k].title);
  ck_assert_ptr_eq (uselocale ((locale_t) 0), c_locale);
  uselocale (LC_GLOBAL_LOCALE);
  /* Unknown codes too.  */
  ck_assert_str_eq (httpstatus_title_l (-1, c_locale), en->class_text[0].title);
  ck_assert_str_eq (httpstatus_title_l (INT_MAX, c_locale),
                    en->class_text[0].title);
}
END_TEST

START_TEST (errno_is_kept)
{
  int langs;
  const struct fixture_lang *l = fixture_languages (&langs);
  for (int i = 0; i < langs; i++)
    {
      locale_t loc = open_locale (l[i].locale);
      errno = EDOM;
      httpstatus_title_l (404, loc);
      httpstatus_description_l (HTTPSTATUS_CODE_MAX + 1, loc);
      httpstatus_title_l (404, (locale_t) 0);
      char buf[8];
      httpstatus_title_r (404, buf, sizeof buf);
      httpstatus_description_r (404, buf, 3);
      ck_assert_int_eq (errno, EDOM);
      freelocale (loc);
    }
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
  const struct fixture_lang *lang = &fixture_languages (NULL)[_i / n_codes];
  const struct fixture_lang *want = fixture_expected (lang);
  int k = _i % n_codes, code = fixture_codes (NULL)[k].code;
  ck_assert_ptr_nonnull (setlocale (LC_ALL, lang->locale));
  check_every_size (code, want->code[k].title, httpstatus_title_r);
  check_every_size (code, want->code[k].description, httpstatus_description_r);
}
END_TEST

/* In each legacy charset: _i / n_codes is the legacy locale.  */
START_TEST (every_cut_legacy)
{
  const char *name = legacy[_i / n_codes].locale;
  const struct fixture_lang *lang
    = &fixture_languages (NULL)[legacy[_i / n_codes].lang];
  int k = _i % n_codes, code = fixture_codes (NULL)[k].code;
  locale_t loc = open_locale (name);
  uselocale (loc);
  ck_assert_str_eq (nl_langinfo (CODESET), strchr (name, '.') + 1);
  /* The expected text, in the legacy charset, as gettext converts it.  */
  char title[256], desc[1024];
  ck_assert_int_eq (httpstatus_title_r (code, title, sizeof title), 0);
  ck_assert_int_eq (httpstatus_description_r (code, desc, sizeof desc), 0);
#if ENABLE_NLS
  /* converted, not UTF-8 */
  ck_assert_str_ne (desc, lang->code[k].description);
#else
  (void) lang;
#endif
  ck_assert (whole_characters (desc, strlen (desc)));
  check_every_size (code, title, httpstatus_title_r);
  check_every_size (code, desc, httpstatus_description_r);
  uselocale (LC_GLOBAL_LOCALE);
  freelocale (loc);
}
END_TEST

/* A toolkit's setup: the domain bound to UTF-8 by the application in a
   legacy locale.  The texts are UTF-8, and every cut must stay valid
   UTF-8 although some of their prefixes are valid in the legacy charset
   (繼 starts with E7 B9, a Big5 pair); errno must not show the charset
   probing.  */
START_TEST (every_cut_utf8_bound_in_legacy)
{
#if ENABLE_NLS
  const char *name = legacy[_i / n_codes].locale;
  const struct fixture_lang *lang
    = &fixture_languages (NULL)[legacy[_i / n_codes].lang];
  int k = _i % n_codes, code = fixture_codes (NULL)[k].code;
  bind_textdomain_codeset (HTTPSTATUS_TEXTDOMAIN, "UTF-8");
  ck_assert_msg (setlocale (LC_ALL, name) != NULL, "no locale %s", name);
  assert_whole_utf8_cuts (code, lang->code[k].title, httpstatus_title_r);
  assert_whole_utf8_cuts (code, lang->code[k].description,
                          httpstatus_description_r);
#endif
}
END_TEST

START_TEST (every_cut_c)
{
  const struct fixture_lang *en = fixture_english ();
  int code = fixture_codes (NULL)[_i].code;
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "C"));
  check_every_size (code, en->code[_i].title, httpstatus_title_r);
  check_every_size (code, en->code[_i].description, httpstatus_description_r);
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
  ck_assert_str_eq (buf, fixture_english ()->class_text[0].title);
}
END_TEST

int
main (void)
{
  int langs;
  const struct fixture_lang *l = fixture_languages (&langs);
  fixture_codes (&n_codes);
  test_require_all_locales ();
  for (int i = 0; i < langs; i++)
    for (int k = 0; l[i].legacy[k] != NULL; k++)
      {
        legacy[n_legacy].lang = i;
        legacy[n_legacy++].locale = l[i].legacy[k];
      }
  Suite *s = suite_create ("locale");
  TCase *tc = tcase_create ("per-call");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_loop_test (tc, every_code_l, 0, langs * n_codes);
  tcase_add_loop_test (tc, special_locales, 0, langs);
  ADD (tc, errno_is_kept);
  ADD (tc, bad_buffers);
  tcase_add_loop_test (tc, every_cut_utf8, 0, langs * n_codes);
  tcase_add_loop_test (tc, every_cut_legacy, 0, n_legacy * n_codes);
  tcase_add_loop_test (tc, every_cut_c, 0, n_codes);
  tcase_add_loop_test (tc, every_cut_utf8_bound_in_legacy, 0,
                       n_legacy * n_codes);
  suite_add_tcase (s, tc);
  return test_run (s);
}
