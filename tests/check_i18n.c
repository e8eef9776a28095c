/* check_i18n.c: every language of po/LINGUAS, every code and every
   class fallback, through the build tree's catalogs and the language's
   UTF-8 locale compiled into the build tree.  */

#include <config.h>

#include <limits.h>
#include <locale.h>
#include <stdio.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"

static int n_codes;

/* Run in each test's own process; main has checked that the locales
   exist and set LOCPATH.  */
static const struct fixture_lang *
use_language (int index)
{
  const struct fixture_lang *lang = &fixture_languages (NULL)[index];
  test_bind_build_tree ();
  ck_assert_msg (setlocale (LC_ALL, lang->locale) != NULL, "no locale %s",
                 lang->locale);
  return lang;
}

/* One test per language and code (a loop test: _i / n_codes is the
   language, _i % n_codes the code's row).  */
START_TEST (every_code_in_every_language)
{
  const struct fixture_lang *lang = use_language (_i / n_codes);
  const struct fixture_lang *want = fixture_expected (lang);
  assert_code_texts (want, _i % n_codes);
}
END_TEST

/* The class fallbacks, for an unknown code of each class and for ints
   that are no status code.  */
START_TEST (fallbacks_in_every_language)
{
  assert_class_fallbacks (fixture_expected (use_language (_i)));
}
END_TEST

/* Every vendor's name in every language, from the language's vendor:KEY
   rows; vendors.tsv says which codes have which vendor.  */
START_TEST (vendor_titles_in_every_language)
{
  const struct fixture_lang *lang = use_language (_i);
  const struct fixture_lang *want = fixture_expected (lang);
  const struct fixture_lang *en = fixture_english ();
  int n, checked = 0;
  const struct fixture_code *rows = fixture_codes (&n);
  for (int k = 0; k < n; k++)
    {
      const char *key = fixture_vendor (rows[k].code);
      if (key == NULL)
        continue;
      char extra[64];
      snprintf (extra, sizeof extra, "vendor:%s", key);
      int vendor = httpstatus_vendor (rows[k].code);
      ck_assert_msg (fixture_extra (want, extra) != NULL, "%s: no row %s",
                     want->name, extra);
      ck_assert_str_eq (httpstatus_vendor_title (vendor),
                        fixture_extra (want, extra));
      /* The name is English whatever the locale.  */
      ck_assert_str_eq (httpstatus_vendor_name (vendor),
                        fixture_extra (en, extra));
      checked++;
    }
  ck_assert_int_gt (checked, 0);
  ck_assert_ptr_null (httpstatus_vendor_title (HTTPSTATUS_VENDOR_NONE));
}
END_TEST

#if ENABLE_NLS
/* The build-tree binding really is the one used: the language's text
   comes from it, and pointing the domain at an empty folder afterwards
   gives English again.  */
START_TEST (rebinding_changes_the_catalog)
{
  const struct fixture_lang *lang = use_language (_i);
  const struct fixture_lang *en = fixture_english ();
  int k = fixture_row (404);
  ck_assert_int_ge (k, 0);
  ck_assert_str_eq (httpstatus_title (404), lang->code[k].title);
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, "/nonexistent");
  ck_assert_str_eq (httpstatus_title (404), en->code[k].title);
}
END_TEST
#endif /* ENABLE_NLS */

int
main (void)
{
  int langs;
  fixture_languages (&langs);
  fixture_codes (&n_codes);
  test_require_all_locales ();
  Suite *s = suite_create ("i18n");
  TCase *tc = tcase_create ("languages");
  tcase_add_loop_test (tc, every_code_in_every_language, 0, langs * n_codes);
  tcase_add_loop_test (tc, fallbacks_in_every_language, 0, langs);
  tcase_add_loop_test (tc, vendor_titles_in_every_language, 0, langs);
#if ENABLE_NLS
  tcase_add_loop_test (tc, rebinding_changes_the_catalog, 0, langs);
#endif
  suite_add_tcase (s, tc);
  return test_run (s);
}
