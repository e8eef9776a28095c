/* check_binding.c: the library's binding of its text domain never
   overrides the application's, and no call changes the caller's
   locale, text domain or errno.

   Check runs every test in a child process of its own, so each starts
   with gettext as main left it: untouched.  */

#include <config.h>

#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"

#if ENABLE_NLS
/* Without a binding of the application's, the library binds its domain
   to the directory it was configured with.  */
START_TEST (library_binds_its_localedir)
{
  httpstatus_title (404);
  ck_assert_str_eq (bindtextdomain (HTTPSTATUS_TEXTDOMAIN, NULL), LOCALEDIR);
}
END_TEST

/* A binding made before the first lookup is kept...  */
START_TEST (binding_before_first_lookup_wins)
{
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, "/nonexistent/before");
  httpstatus_title (404);
  httpstatus_description (500);
  ck_assert_str_eq (bindtextdomain (HTTPSTATUS_TEXTDOMAIN, NULL),
                    "/nonexistent/before");
}
END_TEST

/* ...even to gettext's own default directory, which a library cannot
   tell from no binding at all by asking.  */
START_TEST (binding_to_the_default_directory_wins)
{
  const char *deflt = bindtextdomain ("httpstatus-test-unbound", NULL);
  ck_assert_ptr_nonnull (deflt);
  char *copy = strdup (deflt);
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, copy);
  httpstatus_title (404);
  ck_assert_str_eq (bindtextdomain (HTTPSTATUS_TEXTDOMAIN, NULL), copy);
  free (copy);
}
END_TEST

/* ...and so is one made after it.  */
START_TEST (binding_after_first_lookup_wins)
{
  httpstatus_title (404);
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, "/nonexistent/after");
  httpstatus_title (404);
  ck_assert_str_eq (bindtextdomain (HTTPSTATUS_TEXTDOMAIN, NULL),
                    "/nonexistent/after");
}
END_TEST

#endif /* ENABLE_NLS */

/* The caller's locale, text domain and errno are as they were.  */
START_TEST (caller_state_untouched)
{
  setlocale (LC_ALL, "C");
#if ENABLE_NLS
  textdomain ("caller-domain");
#endif
  char *before = strdup (setlocale (LC_ALL, NULL));
  errno = ERANGE;
  for (int c = -1; c < 700; c++)
    {
      httpstatus_title (c);
      httpstatus_description (c);
      httpstatus_reason (c);
      httpstatus_name (c);
    }
  httpstatus_from_name ("not_found");
  char buf[16];
  httpstatus_title_r (404, buf, sizeof buf);
  httpstatus_description_r (404, buf, 5);
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  httpstatus_title_l (404, c);
  httpstatus_description_l (404, LC_GLOBAL_LOCALE);
  freelocale (c);
  ck_assert_int_eq (errno, ERANGE);
#if ENABLE_NLS
  /* The output charset stays the application's to choose.  */
  ck_assert_ptr_null (bind_textdomain_codeset (HTTPSTATUS_TEXTDOMAIN, NULL));
#endif
  ck_assert_str_eq (setlocale (LC_ALL, NULL), before);
#if ENABLE_NLS
  ck_assert_str_eq (textdomain (NULL), "caller-domain");
#endif
  free (before);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("binding");
  TCase *tc = tcase_create ("binding");
#if ENABLE_NLS
  ADD (tc, library_binds_its_localedir);
  ADD (tc, binding_before_first_lookup_wins);
  ADD (tc, binding_to_the_default_directory_wins);
  ADD (tc, binding_after_first_lookup_wins);
#endif
  ADD (tc, caller_state_untouched);
  suite_add_tcase (s, tc);
  return test_run (s);
}
