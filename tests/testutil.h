/* testutil.h: what the Check suites share: the fixtures, the build-tree
   locales and catalogs, and a runner that speaks TAP.

   The fixtures are data written apart from the library: codes.tsv has
   each code's language-independent facts, and one LL.tsv per language
   (en.tsv for English, the msgids; one per line of po/LINGUAS) its
   texts.  The suites loop over the languages, so a new language needs
   no change here.  */

#ifndef HTTPSTATUS_TESTUTIL_H
#define HTTPSTATUS_TESTUTIL_H

#include <check.h>

#define FIXTURE_MAX_ROWS 256
#define FIXTURE_MAX_LANGS 16
#define FIXTURE_MAX_LEGACY 4

/* One line of tests/fixtures/codes.tsv.  */
struct fixture_code
{
  int code;
  const char *constant, *reason;
  int origin;                   /* HTTPSTATUS_ORIGIN_* flags */
};

/* A title and a description.  */
struct fixture_text
{
  const char *title, *description;
};

/* One language's fixture, tests/fixtures/LL.tsv.  */
struct fixture_lang
{
  const char *name;             /* "en", "zh_TW": the catalog's name */
  const char *locale;           /* "C" for English, else "LL.UTF-8" */
  /* The language's locales in the legacy charsets of
     tests/charsets.tsv ("zh_TW.BIG5"), NULL-terminated.  */
  const char *legacy[FIXTURE_MAX_LEGACY + 1];
  struct fixture_text code[FIXTURE_MAX_ROWS]; /* by index in codes.tsv */
  struct fixture_text class_text[6];          /* class0..class5 */
};

/* One line of tests/fixtures/names.tsv: a name that is not a constant.  */
struct fixture_name
{
  const char *name;
  int code;
};

/* The rows of codes.tsv, in file order, loaded once; *COUNT (unless
   COUNT is NULL) gets their number.  Any fixture that cannot be read
   or is incomplete ends the program with status 99.  */
const struct fixture_code *fixture_codes (int *count);

/* English: en.tsv.  */
const struct fixture_lang *fixture_english (void);

/* The languages of po/LINGUAS, in its order, each with its fixture.  */
const struct fixture_lang *fixture_languages (int *count);

/* What the library must answer for LANG: LANG itself, or English in a
   build without NLS.  */
const struct fixture_lang *fixture_expected (const struct fixture_lang *lang);

/* Another row of LANG's fixture by KEY ("origin-line:404"): its title
   column, or NULL.  */
const char *fixture_extra (const struct fixture_lang *lang, const char *key);

/* The key of CODE's vendor in tests/fixtures/vendors.tsv ("nginx"),
   or NULL when the fixture gives it none.  The file is read at the
   first call, which a threaded test makes before its threads start.  Its name in a language is
   that language's row vendor:KEY (fixture_extra).  */
const char *fixture_vendor (int code);

/* The index of CODE's row in codes.tsv, -1 for a code it lacks.  */
int fixture_row (int code);

/* A code of class CLS (1..5) that is not in codes.tsv.  */
int fixture_unknown_code (int cls);

/* The rows of tests/fixtures/names.tsv, the same way.  */
const struct fixture_name *fixture_names (int *count);

/* Assertions shared by the suites that set the language their own way
   (a glibc locale, or the environment on Windows), once it is set:
   - the texts of the code in row K of codes.tsv are WANT's, its name
     and reason the table's;
   - every int outside the range, an unknown code of each class and
     every known code get WANT's class texts;
   - every cut of the UTF-8 TEXT of CODE by FN (httpstatus_title_r or
     httpstatus_description_r), at every size, is the longest prefix of
     whole characters that fits, NUL-terminated, nothing written past
     the buffer, ERANGE exactly when cut, errno kept.  */
void assert_code_texts (const struct fixture_lang *want, int k);
void assert_class_fallbacks (const struct fixture_lang *want);
void assert_whole_utf8_cuts (int code, const char *text,
                             int (*fn) (int, char *, size_t));

/* Point the library's domain at the build tree's catalogs, as an
   application relocating them would.  */
void test_bind_build_tree (void);

/* Whether the build tree has the compiled locale NAME (zh_TW.UTF-8...)
   under tests/locales; LOCPATH is set to that folder.  If localedef was
   not found at configure time the whole program is skipped (TAP
   "1..0 # SKIP"); if it was, a missing locale fails the program.  "C"
   is always there.  */
void test_require_locale (const char *name);

/* test_require_locale for every locale of every language.  */
void test_require_all_locales (void);

/* Run SUITE with the output in TAP on standard output; the exit status
   is 0 when every test passed.  */
int test_run (Suite *suite);

/* Add test function FN to TC under its own name.  */
#define ADD(tc, fn) tcase_add_test (tc, fn)

#endif /* HTTPSTATUS_TESTUTIL_H */
