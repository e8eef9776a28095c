/* check_w32.c: on Windows, where there is neither a glibc locale to
   compile nor locale_t, the languages through the environment that
   libintl reads there: every code and every class fallback in every
   language of po/LINGUAS, which variable wins (LC_ALL, then
   LC_MESSAGES, then LANG; LANGUAGE as gettext documents), English with
   nothing set but the C locale, and whole UTF-8 characters in every
   cut of the _r calls.  Check runs every test in one process here (no
   fork on Windows): each test sets all of the variables it relies on.  */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"

static int n_codes;

#if ENABLE_NLS
/* libintl's count of catalog changes.  Where there is no per-thread
   locale (Windows) it keeps found translations by message alone, not
   by language, so a program that changes the language variables while
   it runs must bump this count, as the gettext manual says for
   LANGUAGE; httpstatus(3) says so for Windows.  */
extern int _nl_msg_cat_cntr;
#endif

/* The environment of a test: each variable set to its value, or
   removed for NULL.  */
static void
environment (const char *lc_all, const char *lc_messages, const char *lang,
             const char *language)
{
  _putenv_s ("LC_ALL", lc_all != NULL ? lc_all : "");
  _putenv_s ("LC_MESSAGES", lc_messages != NULL ? lc_messages : "");
  _putenv_s ("LANG", lang != NULL ? lang : "");
  _putenv_s ("LANGUAGE", language != NULL ? language : "");
#if ENABLE_NLS
  ++_nl_msg_cat_cntr;
#endif
}

static void
setup (void)
{
  test_bind_build_tree ();
}

static void
teardown (void)
{
  environment (NULL, NULL, NULL, NULL);
}

/* Every code in every language (_i / n_codes the language, _i % n_codes
   the code's row), through LC_ALL.  */
START_TEST (every_code_in_every_language)
{
  const struct fixture_lang *lang = &fixture_languages (NULL)[_i / n_codes];
  const struct fixture_lang *want = fixture_expected (lang);
  environment (lang->name, NULL, NULL, NULL);
  assert_code_texts (want, _i % n_codes);
}
END_TEST

START_TEST (fallbacks_in_every_language)
{
  const struct fixture_lang *lang = &fixture_languages (NULL)[_i];
  const struct fixture_lang *want = fixture_expected (lang);
  environment (lang->name, NULL, NULL, NULL);
  assert_class_fallbacks (want);
}
END_TEST

/* Which variable wins, as libintl reads them on Windows: LC_ALL, then
   LC_MESSAGES, then LANG; "C" means English.  */
START_TEST (which_variable_wins)
{
  const struct fixture_lang *lang = &fixture_languages (NULL)[_i];
  const struct fixture_lang *want = fixture_expected (lang);
  const struct fixture_lang *en = fixture_english ();
  int k = fixture_row (404);
  ck_assert_int_ge (k, 0);
  environment (NULL, NULL, lang->name, NULL);
  ck_assert_str_eq (httpstatus_title (404), want->code[k].title);
  environment (NULL, lang->name, "C", NULL);
  ck_assert_str_eq (httpstatus_title (404), want->code[k].title);
  environment ("C", lang->name, lang->name, NULL);
  ck_assert_str_eq (httpstatus_title (404), en->code[k].title);
  environment (lang->name, "C", "C", NULL);
  ck_assert_str_eq (httpstatus_title (404), want->code[k].title);
  /* LANGUAGE, a list of languages, overrides any locale but C.  */
  environment (NULL, NULL, "en_US", lang->name);
  ck_assert_str_eq (httpstatus_title (404), want->code[k].title);
  environment ("C", NULL, NULL, lang->name);
  ck_assert_str_eq (httpstatus_title (404), en->code[k].title);
}
END_TEST

/* By language name, whatever the environment says (C everywhere and
   LANGUAGE=en here): every code of every language, the language
   negotiated from its tag, and that tag for Content-Language.  */
START_TEST (every_code_by_name)
{
  const struct fixture_lang *lang = &fixture_languages (NULL)[_i];
  const struct fixture_lang *want = fixture_expected (lang);
  environment ("C", "C", "C", "en");
  for (int k = 0; k < n_codes; k++)
    {
      int code = fixture_codes (NULL)[k].code;
      ck_assert_str_eq (httpstatus_title_lang (code, lang->name),
                        want->code[k].title);
      ck_assert_str_eq (httpstatus_description_lang (code, lang->name),
                        want->code[k].description);
    }
  char tag[16];
  snprintf (tag, sizeof tag, "%s", lang->name);
  for (char *c = tag; *c != '\0'; c++)
    *c = *c == '_' ? '-' : *c;
  const char *got = httpstatus_negotiate (tag);
  ck_assert_str_eq (got, want == fixture_english () ? "en" : lang->name);
  ck_assert_str_eq (httpstatus_lang_tag (got),
                    want == fixture_english () ? "en" : tag);
}
END_TEST

/* Every cut of every text of every language: a prefix of whole UTF-8
   characters, the longest that fits, ERANGE exactly when cut.  */
START_TEST (every_cut_is_whole_utf8)
{
  const struct fixture_lang *lang = &fixture_languages (NULL)[_i / n_codes];
  const struct fixture_lang *want = fixture_expected (lang);
  int k = _i % n_codes, code = fixture_codes (NULL)[k].code;
  environment (lang->name, NULL, NULL, NULL);
  assert_whole_utf8_cuts (code, want->code[k].title, httpstatus_title_r);
  assert_whole_utf8_cuts (code, want->code[k].description,
                          httpstatus_description_r);
}
END_TEST

/* With nothing in the environment the thread's Windows locale decides;
   the C locale of the test itself gives English for "C".  */
START_TEST (english_for_c)
{
  const struct fixture_lang *en = fixture_english ();
  int k = fixture_row (404);
  ck_assert_int_ge (k, 0);
  environment ("C", NULL, NULL, NULL);
  ck_assert_str_eq (httpstatus_title (404), en->code[k].title);
  ck_assert_str_eq (httpstatus_description (404), en->code[k].description);
}
END_TEST

int
main (void)
{
  int langs;
  fixture_languages (&langs);
  fixture_codes (&n_codes);
  Suite *s = suite_create ("w32");
  TCase *tc = tcase_create ("languages");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_loop_test (tc, every_code_in_every_language, 0, langs * n_codes);
  tcase_add_loop_test (tc, fallbacks_in_every_language, 0, langs);
  tcase_add_loop_test (tc, which_variable_wins, 0, langs);
  tcase_add_loop_test (tc, every_cut_is_whole_utf8, 0, langs * n_codes);
  ADD (tc, english_for_c);
  tcase_add_loop_test (tc, every_code_by_name, 0, langs);
  suite_add_tcase (s, tc);
  return test_run (s);
}
