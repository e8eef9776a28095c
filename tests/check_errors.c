/* check_errors.c: the transport errors (libcurl, WinINet, WinHTTP).

   The expected answers are data: tests/fixtures/errors.tsv lists every
   error the table must have (space, number, constant), errors-en.tsv
   the English texts, and errors-LL.tsv those of a language of
   po/LINGUAS.  A language whose errors-LL.tsv does not exist yet is
   reported and left out (its translators add the file).  */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "testutil.h"

#define MAX_ROWS 512
#define MAX_LANGS 16

struct error_row
{
  int space, code;
  char *constant;
};

/* One language's texts: by constant, and by space for the generic
   answers (the "space:KEY" rows).  */
struct error_texts
{
  char name[16];
  int have;                     /* whether its fixture exists */
  char *key[MAX_ROWS], *title[MAX_ROWS], *desc[MAX_ROWS], *format[MAX_ROWS];
  int n;
};

static struct error_row rows[MAX_ROWS];
static int nrows;
static struct error_texts langs[MAX_LANGS]; /* [0] English */
static int nlangs;

static const char *const space_keys[] = { "unknown", "curl", "wininet",
                                          "winhttp" };

static void
die (const char *file, const char *what)
{
  fprintf (stderr, "%s: %s\n", file, what);
  exit (99);
}

/* The tab-separated fields of LINE, at most MAX, in place.  */
static int
split (char *line, char **field, int max)
{
  int n = 0;
  line[strcspn (line, "\r\n")] = '\0';
  while (n < max)
    {
      field[n++] = line;
      char *tab = strchr (line, '\t');
      if (tab == NULL)
        break;
      *tab = '\0';
      line = tab + 1;
    }
  return n;
}

static void
load_rows (void)
{
  const char *path = TEST_FIXTURE_DIR "/errors.tsv";
  FILE *f = fopen (path, "r");
  char line[1024], *field[3];
  if (f == NULL)
    die (path, strerror (errno));
  while (fgets (line, sizeof line, f) != NULL)
    {
      if (line[0] == '#' || line[0] == '\n')
        continue;
      if (split (line, field, 3) != 3 || nrows == MAX_ROWS)
        die (path, "bad line");
      int space = -1;
      for (int s = 1; s < 4; s++)
        if (strcmp (field[0], space_keys[s]) == 0)
          space = s;
      if (space < 0)
        die (path, field[0]);
      rows[nrows].space = space;
      rows[nrows].code = atoi (field[1]);
      rows[nrows++].constant = strdup (field[2]);
    }
  fclose (f);
}

/* LANG's texts from errors-LANG.tsv; HAVE 0 when the file is absent.  */
static void
load_texts (struct error_texts *t, const char *lang)
{
  char path[4096], line[4096], *field[4];
  snprintf (t->name, sizeof t->name, "%s", lang);
  snprintf (path, sizeof path, "%s/errors-%s.tsv", TEST_FIXTURE_DIR, lang);
  FILE *f = fopen (path, "r");
  if (f == NULL)
    return;
  t->have = 1;
  while (fgets (line, sizeof line, f) != NULL)
    {
      if (line[0] == '#' || line[0] == '\n')
        continue;
      int n = split (line, field, 4);
      if (n < 3 || t->n == MAX_ROWS)
        die (path, "bad line");
      t->key[t->n] = strdup (field[0]);
      t->title[t->n] = strdup (field[1]);
      t->desc[t->n] = strdup (field[2]);
      t->format[t->n++] = n == 4 ? strdup (field[3]) : NULL;
    }
  fclose (f);
}

static void
load_all (void)
{
  load_rows ();
  load_texts (&langs[nlangs++], "en");
  if (!langs[0].have)
    die ("errors-en.tsv", "missing");
  FILE *f = fopen (TEST_LINGUAS, "r");
  char word[64];
  if (f == NULL)
    die (TEST_LINGUAS, strerror (errno));
  while (fscanf (f, "%63s", word) == 1)
    {
      if (word[0] == '#')
        {
          int c;
          while ((c = getc (f)) != EOF && c != '\n')
            ;
          continue;
        }
      if (nlangs == MAX_LANGS)
        die (TEST_LINGUAS, "too many languages");
      load_texts (&langs[nlangs], word);
      if (!langs[nlangs].have)
        printf ("# errors-%s.tsv does not exist yet: %s's error texts "
                "are not checked\n", word, word);
      nlangs++;
    }
  fclose (f);
}

/* The row KEY of T: its index, or -1.  */
static int
text_row (const struct error_texts *t, const char *key)
{
  for (int i = 0; i < t->n; i++)
    if (strcmp (t->key[i], key) == 0)
      return i;
  return -1;
}

static int
generic_row (const struct error_texts *t, int space)
{
  char key[32];
  snprintf (key, sizeof key, "space:%s", space_keys[space]);
  int i = text_row (t, key);
  ck_assert_msg (i >= 0, "%s: no row %s", t->name, key);
  return i;
}

/* The fixture's format with CODE for %d.  */
static void
with_number (const char *format, int code, char *out, size_t size)
{
  const char *mark = strstr (format, "%d");
  ck_assert_ptr_nonnull (mark);
  snprintf (out, size, "%.*s%d%s", (int) (mark - format), format, code,
            mark + 2);
}

START_TEST (every_row_named)
{
  for (int i = 0; i < nrows; i++)
    {
      const struct error_row *r = &rows[i];
      const char *name = httpstatus_error_name (r->space, r->code);
      ck_assert_msg (name != NULL && strcmp (name, r->constant) == 0,
                     "%s %d: %s, not %s", space_keys[r->space], r->code,
                     name ? name : "NULL", r->constant);
    }
}
END_TEST

/* Nothing beyond the fixture: every number of each space's span and
   around it, and other spaces, have no name.  */
START_TEST (nothing_else_named)
{
  static const int spaces[] = { INT_MIN, -1, 0, 1, 2, 3, 4, 100, INT_MAX };
  static const int spans[][2] = { { -300, 400 }, { 11700, 12400 } };
  int named = 0;
  for (size_t s = 0; s < sizeof spaces / sizeof spaces[0]; s++)
    for (size_t k = 0; k < 2; k++)
      for (int code = spans[k][0]; code <= spans[k][1]; code++)
        if (httpstatus_error_name (spaces[s], code) != NULL)
          {
            ck_assert_int_ge (spaces[s], 1);
            ck_assert_int_le (spaces[s], 3);
            named++;
          }
  ck_assert_int_eq (named, nrows);
  for (int s = 0; s < 5; s++)
    {
      ck_assert_ptr_null (httpstatus_error_name (s, INT_MIN));
      ck_assert_ptr_null (httpstatus_error_name (s, INT_MAX));
    }
}
END_TEST

START_TEST (from_name_every_row)
{
  for (int i = 0; i < nrows; i++)
    {
      const struct error_row *r = &rows[i];
      char lower[128];
      size_t k;
      for (k = 0; r->constant[k] != '\0' && k + 1 < sizeof lower; k++)
        lower[k] = (char) (r->constant[k] >= 'A' && r->constant[k] <= 'Z'
                           ? r->constant[k] + 32 : r->constant[k]);
      lower[k] = '\0';
      int space = -7;
      ck_assert_int_eq (httpstatus_error_from_name (r->constant, &space),
                        r->code);
      ck_assert_int_eq (space, r->space);
      space = -7;
      ck_assert_int_eq (httpstatus_error_from_name (lower, &space), r->code);
      ck_assert_int_eq (space, r->space);
      ck_assert_int_eq (httpstatus_error_from_name (r->constant, NULL),
                        r->code);
    }
}
END_TEST

START_TEST (from_name_rejects)
{
  static const char *const bad[] = {
    "", "NOT_FOUND", "HTTP_STATUS_NOT_FOUND", "HTTP_STATUS_OK", "404",
    "28", "OPERATION_TIMEDOUT", "TIMEOUT", "CURLE_", "ERROR_INTERNET_",
    " CURLE_OK", "CURLE_OK ", "CURLE_OK\n", "CURLE_OBSOLETE20",
    "CURLE_OPERATION_TIMEOUTED", "ERROR_FTP_DROPPED",
    "ERROR_GOPHER_NOT_FILE", "ERROR_INTERNET_TIMEOUT_",
    "CURLE_\xc3\x96K", "curle_ok\xff", "ERROR_\xc4\xb0NTERNET_TIMEOUT",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      int space = -7;
      ck_assert_msg (httpstatus_error_from_name (bad[i], &space) == -1,
                     "\"%s\" taken", bad[i]);
      ck_assert_int_eq (space, 0);
    }
  int space = -7;
  ck_assert_int_eq (httpstatus_error_from_name (NULL, &space), -1);
  ck_assert_int_eq (space, 0);
  ck_assert_int_eq (httpstatus_error_from_name (NULL, NULL), -1);
  /* A long string is read no further than a name can be.  */
  static char longname[100000];
  memset (longname, 'A', sizeof longname - 1);
  ck_assert_int_eq (httpstatus_error_from_name (longname, &space), -1);
}
END_TEST

/* The English texts through the locale (C), by language name, and
   copied.  */
START_TEST (english_texts)
{
  const struct error_texts *en = &langs[0];
  setlocale (LC_ALL, "C");
  for (int i = 0; i < nrows; i++)
    {
      const struct error_row *r = &rows[i];
      int k = text_row (en, r->constant);
      ck_assert_msg (k >= 0, "errors-en.tsv lacks %s", r->constant);
      ck_assert_str_eq (httpstatus_error_title (r->space, r->code),
                        en->title[k]);
      ck_assert_str_eq (httpstatus_error_description (r->space, r->code),
                        en->desc[k]);
      ck_assert_str_eq (httpstatus_error_title_lang (r->space, r->code, "en"),
                        en->title[k]);
      ck_assert_str_eq (httpstatus_error_description_lang (r->space, r->code,
                                                           NULL),
                        en->desc[k]);
      char buf[1024];
      ck_assert_int_eq (httpstatus_error_title_r (r->space, r->code, buf,
                                                  sizeof buf), 0);
      ck_assert_str_eq (buf, en->title[k]);
      ck_assert_int_eq (httpstatus_error_description_r (r->space, r->code,
                                                        buf, sizeof buf), 0);
      ck_assert_str_eq (buf, en->desc[k]);
    }
}
END_TEST

/* Numbers and spaces missing from the table: the generic texts, and
   the number in the _r description.  */
START_TEST (unknown_errors)
{
  static const int cases[][2] = {
    { 1, 20 }, { 1, 199 }, { 1, -1 }, { 1, INT_MIN }, { 1, 12002 },
    { 2, 12035 }, { 2, 12999 }, { 2, 0 }, { 2, 12110 }, { 2, INT_MAX },
    { 3, 12003 }, { 3, 12191 }, { 3, 28 },
    { 0, 28 }, { 4, 12002 }, { -1, 7 }, { INT_MIN, 0 }, { INT_MAX, 1 },
  };
  const struct error_texts *en = &langs[0];
  setlocale (LC_ALL, "C");
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      int space = cases[i][0], code = cases[i][1];
      int k = generic_row (en, space >= 1 && space <= 3 ? space : 0);
      ck_assert_ptr_null (httpstatus_error_name (space, code));
      ck_assert_str_eq (httpstatus_error_title (space, code), en->title[k]);
      ck_assert_str_eq (httpstatus_error_description (space, code),
                        en->desc[k]);
      ck_assert_str_eq (httpstatus_error_title_lang (space, code, "en"),
                        en->title[k]);
      ck_assert_str_eq (httpstatus_error_description_lang (space, code, "C"),
                        en->desc[k]);
      char want[1024], buf[1024];
      with_number (en->format[k], code, want, sizeof want);
      ck_assert_int_eq (httpstatus_error_description_r (space, code, buf,
                                                        sizeof buf), 0);
      ck_assert_str_eq (buf, want);
      ck_assert_int_eq (httpstatus_error_title_r (space, code, buf,
                                                  sizeof buf), 0);
      ck_assert_str_eq (buf, en->title[k]);
    }
}
END_TEST

/* Equal meanings share one text: two errors with the same title have
   the same description, and the other way round, so that no meaning
   is translated twice in near-identical words.  */
START_TEST (shared_texts)
{
  setlocale (LC_ALL, "C");
  for (int i = 0; i < nrows; i++)
    for (int j = i + 1; j < nrows; j++)
      {
        const struct error_row *a = &rows[i], *b = &rows[j];
        int same_title = strcmp (httpstatus_error_title (a->space, a->code),
                                 httpstatus_error_title (b->space, b->code))
                         == 0;
        int same_desc
          = strcmp (httpstatus_error_description (a->space, a->code),
                    httpstatus_error_description (b->space, b->code)) == 0;
        ck_assert_msg (same_title == same_desc, "%s and %s share only a %s",
                       a->constant, b->constant,
                       same_title ? "title" : "description");
      }
}
END_TEST

/* The _r calls' contract: every size cuts to a prefix, NUL-terminated,
   nothing past SIZE written, ERANGE when cut; EINVAL for no buffer.  */
START_TEST (r_cuts)
{
  setlocale (LC_ALL, "C");
  const struct { int space, code; } which[] = { { 1, 28 }, { 1, 199 } };
  for (size_t w = 0; w < 2; w++)
    {
      char full[1024];
      ck_assert_int_eq (httpstatus_error_description_r
                          (which[w].space, which[w].code, full, sizeof full), 0);
      size_t len = strlen (full);
      for (size_t size = 1; size <= len + 1; size++)
        {
          char buf[1100];
          memset (buf, 'x', sizeof buf);
          errno = 1234;
          int r = httpstatus_error_description_r (which[w].space,
                                                  which[w].code, buf, size);
          ck_assert_int_eq (errno, 1234);
          ck_assert_int_eq (r, size > len ? 0 : ERANGE);
          ck_assert_uint_eq (strlen (buf), size - 1 < len ? size - 1 : len);
          ck_assert_int_eq (strncmp (buf, full, strlen (buf)), 0);
          ck_assert_int_eq (buf[size], 'x');
        }
    }
  char buf[4];
  ck_assert_int_eq (httpstatus_error_title_r (1, 28, buf, 0), ERANGE);
  ck_assert_int_eq (httpstatus_error_title_r (1, 28, NULL, 4), EINVAL);
  ck_assert_int_eq (httpstatus_error_description_r (1, 199, NULL, 4), EINVAL);
}
END_TEST

/* Each language with a fixture: by name, and through its locale.  */
START_TEST (language_texts)
{
  const struct error_texts *t = &langs[_i];
  if (!t->have)
    return;
  test_bind_build_tree ();
#if ENABLE_NLS
  const struct error_texts *want = t;
#else
  const struct error_texts *want = &langs[0];
#endif
  for (int i = 0; i < nrows; i++)
    {
      const struct error_row *r = &rows[i];
      int k = text_row (want, r->constant);
      ck_assert_msg (k >= 0, "errors-%s.tsv lacks %s", want->name,
                     r->constant);
      ck_assert_str_eq (httpstatus_error_title_lang (r->space, r->code,
                                                     t->name),
                        want->title[k]);
      ck_assert_str_eq (httpstatus_error_description_lang (r->space, r->code,
                                                           t->name),
                        want->desc[k]);
    }
  for (int space = 0; space < 4; space++)
    {
      int k = generic_row (want, space);
      ck_assert_str_eq (httpstatus_error_title_lang (space, 99999, t->name),
                        want->title[k]);
      ck_assert_str_eq (httpstatus_error_description_lang (space, 99999,
                                                           t->name),
                        want->desc[k]);
    }
#if !HS_WINDOWS
  /* Through the language's locale (compiled into the build tree), and
     the number written into the generic description.  */
  char locale[64], buf[2048], expected[2048];
  snprintf (locale, sizeof locale, "%s.UTF-8", t->name);
  test_require_locale (locale);
  ck_assert_ptr_nonnull (setlocale (LC_ALL, locale));
  for (int i = 0; i < nrows; i++)
    {
      const struct error_row *r = &rows[i];
      int k = text_row (want, r->constant);
      ck_assert_str_eq (httpstatus_error_title (r->space, r->code),
                        want->title[k]);
      ck_assert_str_eq (httpstatus_error_description (r->space, r->code),
                        want->desc[k]);
    }
  int k = generic_row (want, HTTPSTATUS_ERRORS_CURL);
  with_number (want->format[k], 199, expected, sizeof expected);
  ck_assert_int_eq (httpstatus_error_description_r (HTTPSTATUS_ERRORS_CURL,
                                                    199, buf, sizeof buf), 0);
  ck_assert_str_eq (buf, expected);
  setlocale (LC_ALL, "C");
#endif
}
END_TEST

int
main (void)
{
  load_all ();
  Suite *s = suite_create ("errors");
  TCase *tc = tcase_create ("errors");
  ADD (tc, every_row_named);
  ADD (tc, nothing_else_named);
  ADD (tc, from_name_every_row);
  ADD (tc, from_name_rejects);
  ADD (tc, english_texts);
  ADD (tc, unknown_errors);
  ADD (tc, r_cuts);
  ADD (tc, shared_texts);
  tcase_add_loop_test (tc, language_texts, 1, nlangs);
  suite_add_tcase (s, tc);
  return test_run (s);
}
