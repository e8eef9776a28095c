/* check_names.c: httpstatus_from_name for every constant, short and
   lower-case names, and strings that name nothing.  */

#include <config.h>

#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <httpstatus.h>

#include "testutil.h"

static const char prefix[] = "HTTP_STATUS_";

/* NAME with every ASCII letter lowered (MODE 0), or with every other
   letter lowered (MODE 1).  */
static char *
recase (const char *name, int mode)
{
  char *s = strdup (name);
  for (size_t i = 0; s[i] != '\0'; i++)
    if (mode == 0 || i % 2 == 1)
      s[i] = (char) tolower ((unsigned char) s[i]);
  return s;
}

/* NAME (without the prefix) gives CODE with and without the prefix, in
   three cases: as written, all lower, every other letter lowered.  */
static void
assert_name_gives (const char *name, int code)
{
  char full[128];
  snprintf (full, sizeof full, "%s%s", prefix, name);
  ck_assert_int_eq (httpstatus_from_name (name), code);
  ck_assert_int_eq (httpstatus_from_name (full), code);
  for (int mode = 0; mode < 2; mode++)
    {
      char *a = recase (full, mode), *b = recase (name, mode);
      ck_assert_int_eq (httpstatus_from_name (a), code);
      ck_assert_int_eq (httpstatus_from_name (b), code);
      free (a);
      free (b);
    }
}

/* One test per fixture row (a loop test: _i is the row).  */
START_TEST (every_constant_and_its_short_name)
{
  const struct fixture_code *row = &fixture_codes (NULL)[_i];
  ck_assert_int_eq (strncmp (row->constant, prefix, strlen (prefix)), 0);
  assert_name_gives (row->constant + strlen (prefix), row->code);
}
END_TEST

/* Every reason phrase spelled as a constant, and every older name, the
   same way.  */
START_TEST (every_other_name)
{
  const struct fixture_name *row = &fixture_names (NULL)[_i];
  assert_name_gives (row->name, row->code);
  /* The primary constant stays what httpstatus_name gives.  */
  ck_assert_ptr_nonnull (httpstatus_name (row->code));
}
END_TEST

START_TEST (examples)
{
  ck_assert_int_eq (httpstatus_from_name ("HTTP_STATUS_NOT_FOUND"), 404);
  ck_assert_int_eq (httpstatus_from_name ("NOT_FOUND"), 404);
  ck_assert_int_eq (httpstatus_from_name ("not_found"), 404);
  ck_assert_int_eq (httpstatus_from_name ("http_status_Not_Found"), 404);
  ck_assert_int_eq (httpstatus_from_name ("ok"), 200);
  ck_assert_int_eq (httpstatus_from_name ("Http_Status_Ok"), 200);
  ck_assert_int_eq (httpstatus_from_name ("VERSION_NOT_SUP"), 505);
  ck_assert_int_eq (httpstatus_from_name ("INTERNAL_SERVER_ERROR"), 500);
  ck_assert_int_eq (httpstatus_from_name ("method_not_allowed"), 405);
  ck_assert_int_eq (httpstatus_from_name ("HTTP_STATUS_UNAUTHORIZED"), 401);
  ck_assert_int_eq (httpstatus_from_name ("payload_too_large"), 413);
  ck_assert_int_eq (httpstatus_from_name ("IM_A_TEAPOT"), 418);
  ck_assert_int_eq (httpstatus_from_name ("TOO_MANY_REQUESTS"), 429);
  ck_assert_str_eq (httpstatus_name (httpstatus_from_name ("UNAUTHORIZED")),
                    "HTTP_STATUS_DENIED");
  ck_assert_str_eq (httpstatus_name (httpstatus_from_name ("request_entity_too_large")),
                    "HTTP_STATUS_REQUEST_TOO_LARGE");
}
END_TEST

START_TEST (names_of_nothing)
{
  static const char *const bad[] = {
    "", "HTTP_STATUS_", "http_status_", "HTTP_STATUS", "HTTP_", "_",
    "NOT_FOUNDX", "NOT_FOUND ", " NOT_FOUND", "NOT_FOUND\n", "NOT FOUND",
    "NOT-FOUND", "NOT_FOUN", "HTTP_STATUS_NOT_FOUND_", "XHTTP_STATUS_NOT_FOUND",
    "HTTP_STATUS_HTTP_STATUS_NOT_FOUND", "404", "FIRST", "LAST",
    "HTTP_STATUS_FIRST", "HTTP_STATUS_LAST", "\xff\xfe", "N\xc3\x96T_FOUND",
    "NOT_FOUND\xc0\x80", "\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0",
    "OK\x80", "INTERNAL SERVER ERROR", "Internal Server Error",
    "NON-AUTHORITATIVE_INFORMATION", "I'M_A_TEAPOT", "IM_A_TEAPOT'",
    "HTTP_STATUS_INTERNAL SERVER_ERROR", "MULTI-STATUS", "TEAPOT",
    "Client Error", "CLIENT_ERROR", "UNKNOWN_STATUS_CODE",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ck_assert_msg (httpstatus_from_name (bad[i]) == -1, "\"%s\" named a code",
                   bad[i]);
  ck_assert_int_eq (httpstatus_from_name (NULL), -1);
}
END_TEST

/* A megabyte of text, starting with a valid name or not, names
   nothing.  */
START_TEST (megabyte_strings)
{
  size_t size = 1 << 20;
  char *s = malloc (size + 1);
  memset (s, 'A', size);
  s[size] = '\0';
  ck_assert_int_eq (httpstatus_from_name (s), -1);
  memcpy (s, "NOT_FOUND", 9);
  ck_assert_int_eq (httpstatus_from_name (s), -1);
  memcpy (s, "HTTP_STATUS_NOT_FOUND", 21);
  ck_assert_int_eq (httpstatus_from_name (s), -1);
  memset (s, '\xff', size);
  ck_assert_int_eq (httpstatus_from_name (s), -1);
  free (s);
}
END_TEST

/* Case folding is ASCII's, not the locale's: in a Turkish locale
   toupper ('i') is not 'I', and "ok", "switch_protocols" must still be
   found.  */
START_TEST (case_folding_is_ascii)
{
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "tr_TR.UTF-8"));
  ck_assert_int_ne (toupper ('i'), 'I');     /* the trap is set */
  ck_assert_int_eq (httpstatus_from_name ("switch_protocols"), 101);
  ck_assert_int_eq (httpstatus_from_name ("precond_failed"), 412);
  ck_assert_int_eq (httpstatus_from_name ("http_status_precond_failed"), 412);
  ck_assert_int_eq (httpstatus_from_name ("im_a_teapot"), 418);
  ck_assert_int_eq (httpstatus_from_name ("precond_fa\xc4\xb1led"), -1); /* ı */
  ck_assert_int_eq (httpstatus_from_name ("PRECOND_FA\xc4\xb0LED"), -1); /* İ */
  setlocale (LC_ALL, "C");
}
END_TEST

/* The read bound: a name of more than 65 bytes with no NUL, ending just
   before an unreadable page, is rejected without touching the page (a
   read past the bound would be a SIGSEGV, which fails the test).  */
START_TEST (reads_at_most_65_bytes)
{
  long page = sysconf (_SC_PAGESIZE);
  char *map = mmap (NULL, (size_t) page * 2, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ck_assert_ptr_ne (map, MAP_FAILED);
  ck_assert_int_eq (mprotect (map + page, (size_t) page, PROT_NONE), 0);
  for (size_t n = 65; n <= 80; n++)
    {
      char *s = map + page - n;
      memset (s, 'A', n);
      memcpy (s, "HTTP_STATUS_NOT_FOUND", 21);
      ck_assert_int_eq (httpstatus_from_name (s), -1);
    }
  munmap (map, (size_t) page * 2);
}
END_TEST

int
main (void)
{
  test_require_locale ("tr_TR.UTF-8");
  setlocale (LC_ALL, "C");
  Suite *s = suite_create ("names");
  TCase *tc = tcase_create ("from_name");
  int rows;
  fixture_codes (&rows);
  tcase_add_loop_test (tc, every_constant_and_its_short_name, 0, rows);
  int names;
  fixture_names (&names);
  tcase_add_loop_test (tc, every_other_name, 0, names);
  ADD (tc, examples);
  ADD (tc, names_of_nothing);
  ADD (tc, megabyte_strings);
  ADD (tc, case_folding_is_ascii);
  ADD (tc, reads_at_most_65_bytes);
  suite_add_tcase (s, tc);
  return test_run (s);
}
