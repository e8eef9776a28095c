/* testutil.h: what the Check suites share: the fixture, the build-tree
   locales and catalogs, and a runner that speaks TAP.  */

#ifndef HTTPSTATUS_TESTUTIL_H
#define HTTPSTATUS_TESTUTIL_H

#include <check.h>

/* One line of tests/fixtures/status.tsv.  */
struct fixture_row
{
  int code;
  const char *constant, *reason, *title, *description;
  const char *zh_title, *zh_description;
  int origin;                   /* HTTPSTATUS_ORIGIN_* flags */
};

/* One line of tests/fixtures/names.tsv: a name that is not a constant.  */
struct fixture_name
{
  const char *name;
  int code;
};

/* The fixture's rows, in file order, loaded once; *COUNT (unless
   COUNT is NULL) gets their number.  Aborts the test program if the file cannot be read.  */
const struct fixture_row *fixture_rows (int *count);

/* The rows of tests/fixtures/names.tsv, the same way.  */
const struct fixture_name *fixture_names (int *count);

/* Point the library's domain at the build tree's catalogs, as an
   application relocating them would.  */
void test_bind_build_tree (void);

/* Whether the build tree has the compiled locale NAME (zh_TW.UTF-8...)
   under tests/locales; LOCPATH is set to that folder.  If localedef was
   not found at configure time the whole program is skipped (TAP
   "1..0 # SKIP"); if it was, a missing locale fails the program.  */
void test_require_locale (const char *name);

/* Run SUITE with the output in TAP on standard output; the exit status
   is 0 when every test passed.  */
int test_run (Suite *suite);

/* Add test function FN to TC under its own name.  */
#define ADD(tc, fn) tcase_add_test (tc, fn)

#endif /* HTTPSTATUS_TESTUTIL_H */
