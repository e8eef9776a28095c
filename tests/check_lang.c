/* check_lang.c: the texts by language name and Accept-Language
   negotiation.

   The oracle of the texts is libintl itself: for every language of
   po/LINGUAS and every code, the _lang calls must give what dgettext
   gives in that language's locale (compiled into the build tree) with
   the build tree's catalogs, and must keep giving it with LANGUAGE=en
   in the environment and the C locale, which would turn dgettext
   English.  The negotiation table is checked against catalog folders
   the tests make with the languages each row needs.  Check runs every
   test in a process of its own, so each binds the domain afresh.  */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"

/* The class digit of CODE, 0 outside the range.  */
#define CLASS_OF(code) \
  ((code) >= HTTPSTATUS_CODE_MIN && (code) <= HTTPSTATUS_CODE_MAX \
   ? (code) / 100 : 0)

/* The class digit of CODE, 0 outside the range.  */
#define CLASS_OF(code) \
  ((code) >= HTTPSTATUS_CODE_MIN && (code) <= HTTPSTATUS_CODE_MAX \
   ? (code) / 100 : 0)

static int
in_linguas (const char *name)
{
  int n;
  const struct fixture_lang *langs = fixture_languages (&n);
  for (int i = 0; i < n; i++)
    if (strcmp (langs[i].name, name) == 0)
      return 1;
  return 0;
}

/* LANG's fixture text F (0 title, 1 description) of CODE, or of its
   class for a code missing from the table.  */
static const char *
fixture_text (const struct fixture_lang *lang, int code, int f)
{
  int k = fixture_row (code);
  const struct fixture_text *t = k >= 0 ? &lang->code[k]
                                        : &lang->class_text[CLASS_OF (code)];
  return f == 0 ? t->title : t->description;
}

/* The English msgid of CODE's text F.  */
static const char *
msgid (int code, int f)
{
  return fixture_text (fixture_english (), code, f);
}

/* The language the library serves for catalog NAME: NAME itself, or
   English in a build without NLS, which installs no catalog.  */
static const char *
served (const char *name)
{
#if ENABLE_NLS
  return name;
#else
  (void) name;
  return "en";
#endif
}

/* The 404 title make_catalogs puts in catalog NAME, as served.  */
static const char *
title_of (const char *name)
{
  return strcmp (served (name), "en") == 0 ? "Not Found" : name;
}

static const int odd_codes[] = {
  INT_MIN, -1, 0, HTTPSTATUS_CODE_MIN - 1, HTTPSTATUS_CODE_MAX + 1, 1000,
  INT_MAX
};
#define SPAN_CODES (HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1)
#define ALL_CODES (SPAN_CODES + (int) (sizeof odd_codes / sizeof odd_codes[0]))

static int
code_at (int i)
{
  return i < SPAN_CODES ? HTTPSTATUS_CODE_MIN + i : odd_codes[i - SPAN_CODES];
}

#if ENABLE_NLS
/* Every code in language _i of LINGUAS: what dgettext says in its
   locale, then the _lang calls in a hostile environment and in the
   language's own locale.  */
START_TEST (every_code_as_dgettext_gives_it)
{
  const struct fixture_lang *fx = &fixture_languages (NULL)[_i];
  const char *lang = fx->name, *locale = fx->locale;
  test_require_locale (locale);
  test_bind_build_tree ();
  ck_assert_ptr_nonnull (setlocale (LC_ALL, locale));
  unsetenv ("LANGUAGE");
  static char *want[SPAN_CODES + 16][3];
  for (int i = 0; i < ALL_CODES; i++)
    {
      int code = code_at (i);
      want[i][0] = strdup (dgettext (HTTPSTATUS_TEXTDOMAIN, msgid (code, 0)));
      want[i][1] = strdup (dgettext (HTTPSTATUS_TEXTDOMAIN, msgid (code, 1)));
      want[i][2] = strdup (dgettext (HTTPSTATUS_TEXTDOMAIN,
                                     fixture_english ()->class_text[CLASS_OF (code)].title));
      /* And gettext agrees with the fixture, written apart.  */
      ck_assert_str_eq (want[i][0], fixture_text (fx, code, 0));
      ck_assert_str_eq (want[i][1], fixture_text (fx, code, 1));
    }
  /* The catalog must really be a translation, or the test proves
     nothing.  */
  ck_assert_str_ne (want[HTTP_STATUS_NOT_FOUND - HTTPSTATUS_CODE_MIN][0], "Not Found");

  for (int env = 0; env < 3; env++)
    {
      /* The first pass loads the catalog under LANGUAGE=en in the C
         locale; then C.UTF-8, where glibc does honour LANGUAGE; then
         the language's own locale.  */
      setenv ("LANGUAGE", "en", 1);
      if (env == 0)
        ck_assert_ptr_nonnull (setlocale (LC_ALL, "C"));
      else if (env == 1)
        setlocale (LC_ALL, "C.UTF-8");
      else
        {
          unsetenv ("LANGUAGE");
          ck_assert_ptr_nonnull (setlocale (LC_ALL, locale));
        }
      for (int i = 0; i < ALL_CODES; i++)
        {
          int code = code_at (i);
          errno = 1234;
          ck_assert_str_eq (httpstatus_title_lang (code, lang), want[i][0]);
          ck_assert_str_eq (httpstatus_description_lang (code, lang),
                            want[i][1]);
          ck_assert_str_eq (httpstatus_class_title_lang (code, lang),
                            want[i][2]);
          ck_assert_int_eq (errno, 1234);
        }
    }
  /* Under LANGUAGE=en and C.UTF-8 the locale-driven call is English,
     as the documentation says: the _lang calls are the way out.  */
  setenv ("LANGUAGE", "en", 1);
  if (setlocale (LC_ALL, "C.UTF-8") != NULL)
    ck_assert_str_eq (httpstatus_title (404), "Not Found");
  for (int i = 0; i < ALL_CODES; i++)
    for (int f = 0; f < 3; f++)
      free (want[i][f]);
}
END_TEST
#else
/* Built without NLS: English for every language and every code.  */
START_TEST (every_code_in_english_without_nls)
{
  const struct fixture_lang *fx = &fixture_languages (NULL)[_i];
  for (int i = 0; i < ALL_CODES; i++)
    {
      int code = code_at (i);
      ck_assert_str_eq (httpstatus_title_lang (code, fx->name),
                        msgid (code, 0));
      ck_assert_str_eq (httpstatus_description_lang (code, fx->name),
                        msgid (code, 1));
    }
  ck_assert_str_eq (httpstatus_negotiate (fx->name), "en");
}
END_TEST
#endif

/* English needs no catalog and no binding.  */
START_TEST (english_whatever_the_name)
{
  static const char *const names[] = {
    NULL, "", "en", "EN", "en-US", "en_GB.UTF-8", "C", "POSIX", "C.UTF-8",
    "fr", "xx-YY", "-", "zh-", "z", "\xff\xfe", "zh_TW\n", "*",
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
  };
  int rows;
  const struct fixture_code *row = fixture_codes (&rows);
  const struct fixture_lang *en = fixture_english ();
  for (size_t n = 0; n < sizeof names / sizeof names[0]; n++)
    {
      for (int i = 0; i < rows; i++)
        {
          ck_assert_str_eq (httpstatus_title_lang (row[i].code, names[n]),
                            en->code[i].title);
          ck_assert_str_eq (httpstatus_description_lang (row[i].code,
                                                         names[n]),
                            en->code[i].description);
        }
      ck_assert_str_eq (httpstatus_title_lang (fixture_unknown_code (4),
                                               names[n]),
                        "Client Error");
      ck_assert_str_eq (httpstatus_class_title_lang (404, names[n]),
                        "Client Error");
      ck_assert_str_eq (httpstatus_title_lang (-7, names[n]),
                        "Unknown Status Code");
      ck_assert_str_eq (httpstatus_lang_tag (names[n]), "en");
    }
}
END_TEST

/* ---- Catalog folders made for one test --------------------------- */

static char *
slurp (const char *path, size_t *size)
{
  FILE *f = fopen (path, "rb");
  ck_assert_msg (f != NULL, "%s", path);
  char *data = malloc (1 << 20);
  *size = fread (data, 1, 1 << 20, f);
  fclose (f);
  return data;
}

static void
write_file (const char *path, const char *data, size_t size)
{
  FILE *f = fopen (path, "wb");
  ck_assert_msg (f != NULL, "%s", path);
  ck_assert_uint_eq (fwrite (data, 1, size, f), size);
  ck_assert_int_eq (fclose (f), 0);
}

/* A fresh folder under the build tree with catalogs for the
   space-separated NAMES (the zh_TW catalog's bytes under each name,
   with "找不到" turned into the name, so that a text tells which
   catalog answered), the domain bound to it.  A name in BAD gets a
   catalog cut in half.  */
static void
make_catalogs (const char *names, const char *bad)
{
  /* A new folder each time: the library keeps the catalogs it read
     from a folder as long as the domain stays bound to it, and with
     CK_FORK=no every test runs in this one process.  */
  static int made;
  char dir[512];
  snprintf (dir, sizeof dir, "%s/tests/check_lang.d/%ld-%d", TEST_BUILDDIR,
            (long) getpid (), made++);
  char cmd[2048];
  snprintf (cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", dir, dir);
  ck_assert_int_eq (system (cmd), 0);
#if !ENABLE_NLS
  /* No catalog is compiled, and none would be read.  */
  (void) names;
  (void) bad;
  return;
#endif
  size_t size;
  char *mo = slurp (TEST_LOCALEDIR "/zh_TW/LC_MESSAGES/httpstatus.mo",
                    &size);
  char *copy = strdup (names);
  for (char *w = strtok (copy, " "); w != NULL; w = strtok (NULL, " "))
    {
      char path[1024];
      ck_assert (strlen (dir) + strlen (w) < 900);
      snprintf (path, sizeof path, "%.400s/%.64s/LC_MESSAGES", dir, w);
      snprintf (cmd, sizeof cmd, "mkdir -p '%s'", path);
      ck_assert_int_eq (system (cmd), 0);
      strcat (path, "/httpstatus.mo");
      char *data = malloc (size);
      memcpy (data, mo, size);
      /* The string "找不到" is 9 bytes between NULs: the name,
         NUL-padded, keeps the offsets.  */
      char *at = memmem (data, size, "\0找不到", 11);
      ck_assert_ptr_nonnull (at);
      at++;
      memset (at, 0, 9);
      memcpy (at, w, strlen (w) < 8 ? strlen (w) : 8);
      size_t n = size;
      if (bad != NULL && strstr (bad, w) != NULL)
        n = size / 2;
      write_file (path, data, n);
      free (data);
    }
  free (copy);
  free (mo);
#if ENABLE_NLS
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir);
#endif
}

/* Whether every name of NAMES is a language of po/LINGUAS: a row
   about a language the build does not have has nothing to check.  */
static int
all_in_linguas (const char *names)
{
  char *copy = strdup (names);
  int ok = 1;
  for (char *w = strtok (copy, " "); w != NULL; w = strtok (NULL, " "))
    ok &= in_linguas (w);
  free (copy);
  return ok;
}

/* The negotiation table: with the catalogs INSTALLED (BAD among them
   corrupt), the header ACCEPT gives WANT, "en" for English.  */
static const struct
{
  const char *installed, *bad, *accept, *want;
} table[] = {
  /* The Chinese of each region and script.  */
  { "zh_TW zh_HK zh_CN", NULL, "zh-TW", "zh_TW" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-tw", "zh_TW" },
  { "zh_TW zh_HK zh_CN", NULL, "ZH_TW", "zh_TW" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-Hant", "zh_TW" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-Hant-TW", "zh_TW" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-HK", "zh_HK" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-Hant-HK", "zh_HK" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-MO", "zh_HK" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-CN", "zh_CN" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-Hans", "zh_CN" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-Hans-CN", "zh_CN" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-SG", "zh_CN" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-Hans-TW", "zh_CN" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-Hant-CN", "zh_TW" },
  { "zh_TW zh_HK zh_CN", NULL, "zh", "zh_CN" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-yue-HK", "zh_HK" },
  { "zh_TW zh_HK zh_CN", NULL, "zh-TW-x-private", "zh_TW" },
  /* Fallbacks within a script, never across.  */
  { "zh_TW", NULL, "zh-HK", "zh_TW" },
  { "zh_TW", NULL, "zh-MO", "zh_TW" },
  { "zh_TW", NULL, "zh", "zh_TW" },
  { "zh_TW", NULL, "zh-CN", "en" },
  { "zh_TW", NULL, "zh-Hans", "en" },
  { "zh_HK", NULL, "zh-TW", "zh_HK" },
  { "zh_CN", NULL, "zh-TW", "en" },
  { "zh_CN", NULL, "zh-SG", "zh_CN" },
  /* A corrupt catalog is an absent one.  */
  { "zh_TW zh_HK", "zh_TW", "zh-TW", "zh_HK" },
  { "zh_TW zh_HK", "zh_TW zh_HK", "zh-TW", "en" },
  /* Weights, order, exclusions, *.  */
  { "zh_TW zh_CN", NULL, "en-US;q=0.8, zh-TW", "zh_TW" },
  { "zh_TW zh_CN", NULL, "en-US,en;q=0.9,zh-TW;q=0.8", "en" },
  { "zh_TW zh_CN", NULL, "fr-CH, fr;q=0.9, zh-TW;q=0.8, en;q=0.7", "zh_TW" },
  { "zh_TW zh_CN", NULL, "zh-TW;q=0.5, zh-CN;q=0.5", "zh_TW" },
  { "zh_TW zh_CN", NULL, "zh-TW;q=0.5, zh-CN;q=0.501", "zh_CN" },
  { "zh_TW zh_CN", NULL, "zh-TW;Q=0.5 , zh-CN ;q=0.4", "zh_TW" },
  { "zh_TW zh_CN", NULL, "zh-TW;q=0", "en" },
  { "zh_TW zh_CN", NULL, "zh-TW;q=0, zh", "zh_CN" },
  { "zh_TW zh_CN", NULL, "zh;q=0, zh-TW;q=0.1", "zh_TW" },
  { "zh_TW zh_CN", NULL, "zh;q=0, zh-HK", "en" },
  { "zh_TW zh_CN", NULL, "zh-Hant;q=0, zh-HK", "en" },
  { "zh_TW zh_CN", NULL, "*", "en" },
  { "zh_TW zh_CN", NULL, "*;q=0.5, zh-TW", "zh_TW" },
  { "zh_TW", NULL, "en;q=0, *", "zh_TW" },
  { "zh_TW zh_CN", NULL, "en;q=0, zh-TW;q=0, *", "zh_CN" },
  { "zh_TW", NULL, "en;q=0.1, *;q=0.5", "zh_TW" },
  { "zh_TW zh_CN", NULL, "*;q=0", "en" },
  { "zh_TW zh_CN", NULL, "", "en" },
  { "zh_TW zh_CN", NULL, NULL, "en" },
  { "zh_TW zh_CN", NULL, "fr, de", "en" },
  /* Malformed elements are skipped, the rest still counts.  */
  { "zh_TW zh_CN", NULL, "zh-TW;q=2", "en" },
  { "zh_TW zh_CN", NULL, "zh-TW;q=0.5.1, zh-CN;q=0.1", "zh_CN" },
  { "zh_TW zh_CN", NULL, "zh-TW;q=abc", "en" },
  { "zh_TW zh_CN", NULL, "zh-TW;q=1.0001", "en" },
  { "zh_TW zh_CN", NULL, "zh-TW;q=1.000", "zh_TW" },
  { "zh_TW zh_CN", NULL, ",,, ;q=1, zh-TW", "zh_TW" },
  { "zh_TW zh_CN", NULL, "zh TW, zh-CN;q=0.1", "zh_CN" },
  { "zh_TW zh_CN", NULL, "\xe4\xb8\xad, zh-TW;q=0.2", "zh_TW" },
  { "zh_TW zh_CN", NULL, "zh-TW;level=1", "zh_TW" },
  { "zh_TW zh_CN", NULL, "\tzh-TW\t;\tq=0.3\t", "zh_TW" },
};
#define TABLE_ROWS ((int) (sizeof table / sizeof table[0]))

START_TEST (negotiation)
{
  if (!all_in_linguas (table[_i].installed))
    {
      fprintf (stderr, "row %d: not all of %s are in po/LINGUAS\n", _i,
               table[_i].installed);
      return;
    }
  make_catalogs (table[_i].installed, table[_i].bad);
  const char *accept = table[_i].accept, *want = served (table[_i].want);
  const char *got = httpstatus_negotiate (accept);
  ck_assert_msg (strcmp (got, want) == 0, "'%s' gave %s, not %s",
                 accept != NULL ? accept : "(null)", got, want);
  /* The _lang calls answer in exactly that language.  */
  const char *expect = strcmp (want, "en") == 0 ? "Not Found" : want;
  ck_assert_str_eq (httpstatus_title_lang (404, got), expect);
  char wanted_tag[16];
  snprintf (wanted_tag, sizeof wanted_tag, "%s", want);
  for (char *c = wanted_tag; *c != '\0'; c++)
    *c = *c == '_' ? '-' : *c;
  ck_assert_str_eq (httpstatus_lang_tag (got), wanted_tag);
  /* A single range names the language the _lang calls use for it.  */
  if (accept != NULL && strpbrk (accept, ",;*") == NULL)
    ck_assert_str_eq (httpstatus_title_lang (404, accept), expect);
}
END_TEST

START_TEST (installed_languages)
{
  if (!all_in_linguas ("zh_TW zh_CN"))
    return;
  make_catalogs ("zh_TW zh_CN zh_XX", "zh_TW");
  ck_assert_str_eq (httpstatus_lang_installed (0), "en");
  ck_assert_ptr_null (httpstatus_lang_installed (UINT_MAX));
#if ENABLE_NLS
  ck_assert_str_eq (httpstatus_lang_installed (1), "zh_CN");
  ck_assert_ptr_null (httpstatus_lang_installed (2));
  /* The name handed out is the fast path's: same text.  */
  ck_assert_str_eq (httpstatus_title_lang (404,
                                           httpstatus_lang_installed (1)),
                    "zh_CN");
#else
  ck_assert_ptr_null (httpstatus_lang_installed (1));
#endif
}
END_TEST

START_TEST (the_applications_binding_wins)
{
  make_catalogs ("", NULL);
  ck_assert_str_eq (httpstatus_negotiate ("zh-TW"), "en");
  ck_assert_str_eq (httpstatus_title_lang (404, "zh_TW"), "Not Found");
  ck_assert_str_eq (httpstatus_lang_installed (0), "en");
  ck_assert_ptr_null (httpstatus_lang_installed (1));
}
END_TEST

/* Binding the domain elsewhere after the first lookups is followed,
   as gettext follows it, and the texts handed out before stay valid.  */
START_TEST (rebinding_is_followed)
{
  make_catalogs ("zh_TW", NULL);
  const char *before = httpstatus_title_lang (404, "zh_TW");
  ck_assert_str_eq (before, title_of ("zh_TW"));
  make_catalogs ("", NULL);
  ck_assert_str_eq (httpstatus_title_lang (404, "zh_TW"), "Not Found");
  ck_assert_str_eq (httpstatus_negotiate ("zh-TW"), "en");
  make_catalogs ("zh_TW", NULL);
  ck_assert_str_eq (httpstatus_negotiate ("zh-TW"), served ("zh_TW"));
  ck_assert_str_eq (httpstatus_title_lang (404, "zh-Hant"),
                    title_of ("zh_TW"));
  ck_assert_str_eq (before, title_of ("zh_TW"));
}
END_TEST

/* Many threads loading the same language at once all get it.  */
static void *
thread_main (void *arg)
{
  const char *lang = arg;
  for (int i = 0; i < 1000; i++)
    if (strcmp (httpstatus_title_lang (404, lang), title_of ("zh_TW")) != 0
        || strcmp (httpstatus_negotiate ("zh-TW"), served ("zh_TW")) != 0)
      return (void *) 1;
  return NULL;
}

START_TEST (threads_race_to_the_first_load)
{
  make_catalogs ("zh_TW", NULL);
  pthread_t t[8];
  static const char *const names[] = { "zh_TW", "zh-TW", "zh-Hant",
                                       "ZH_tw" };
  for (int i = 0; i < 8; i++)
    ck_assert_int_eq (pthread_create (&t[i], NULL, thread_main,
                                      (void *) names[i % 4]), 0);
  for (int i = 0; i < 8; i++)
    {
      void *result;
      pthread_join (t[i], &result);
      ck_assert_ptr_null (result);
    }
}
END_TEST

int
main (void)
{
  int n_linguas;
  fixture_languages (&n_linguas);
  Suite *s = suite_create ("lang");
  TCase *tc = tcase_create ("lang");
  tcase_set_timeout (tc, 60);
#if ENABLE_NLS
  tcase_add_loop_test (tc, every_code_as_dgettext_gives_it, 0, n_linguas);
#else
  tcase_add_loop_test (tc, every_code_in_english_without_nls, 0, n_linguas);
#endif
  tcase_add_loop_test (tc, negotiation, 0, TABLE_ROWS);
  ADD (tc, installed_languages);
  ADD (tc, the_applications_binding_wins);
  ADD (tc, rebinding_is_followed);
  ADD (tc, threads_race_to_the_first_load);
  ADD (tc, english_whatever_the_name);
  suite_add_tcase (s, tc);
  return test_run (s);
}
