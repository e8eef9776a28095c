/* testutil.c: fixtures, build-tree locales, TAP runner.  */

#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"

static _Noreturn void
fixture_error (const char *file, const char *what, const char *line)
{
  fprintf (stderr, "%s: %s%s%s\n", file, what, line ? ": " : "",
           line ? line : "");
  exit (99);
}

static char *
next_field (char **cursor)
{
  char *start = *cursor;
  if (start == NULL)
    return NULL;
  char *tab = strchr (start, '\t');
  if (tab != NULL)
    {
      *tab = '\0';
      *cursor = tab + 1;
    }
  else
    *cursor = NULL;
  return start;
}

/* Every line read, freed at exit: the rows point into the middle of
   these copies, and valgrind calls blocks reached only through such
   inner pointers "possibly lost".  */
#define MAX_COPIES (FIXTURE_MAX_ROWS * (FIXTURE_MAX_LANGS + 4))
static char *line_copies[MAX_COPIES];
static int n_line_copies;

static void
free_line_copies (void)
{
  while (n_line_copies > 0)
    free (line_copies[--n_line_copies]);
}

/* Read the tab-separated FILE, skipping '#' comments and blank lines,
   calling ROW (fields, index, context) for every line of exactly
   NFIELDS fields; with HEADER, the first line must be HEADER (the
   columns' names) and is not a row.  Exits with 99 (a hard error) if
   the file is unreadable or a line is malformed.  The fields live as
   long as the program.  */
static int
read_tsv (const char *file, int nfields, const char *header,
          void (*row) (char **field, int index, void *context),
          void *context)
{
  FILE *f = fopen (file, "r");
  if (f == NULL)
    fixture_error (file, strerror (errno), NULL);
  char line[4096];
  int n = 0;
  while (fgets (line, sizeof line, f) != NULL)
    {
      if (line[0] == '#' || line[0] == '\n')
        continue;
      line[strcspn (line, "\n")] = '\0';
      if (header != NULL)
        {
          if (strcmp (line, header) != 0)
            fixture_error (file, "the first line must name the columns",
                           header);
          header = NULL;
          continue;
        }
      char *copy = strdup (line), *cursor = copy;
      char *field[16];
      for (int i = 0; i < nfields; i++)
        field[i] = next_field (&cursor);
      if (copy == NULL || field[nfields - 1] == NULL || cursor != NULL
          || n == FIXTURE_MAX_ROWS + 32 || n_line_copies == MAX_COPIES)
        fixture_error (file, "bad line", line);
      if (n_line_copies == 0)
        atexit (free_line_copies);
      line_copies[n_line_copies++] = copy;
      row (field, n++, context);
    }
  fclose (f);
  if (header != NULL)
    fixture_error (file, "no header line", header);
  return n;
}

/* codes.tsv.  */

static struct fixture_code codes[FIXTURE_MAX_ROWS];
static int n_codes = -1;

/* The keys of codes.def's HTTPSTATUS_ORIGIN lines, comma-separated in
   the fixture; the flag values come from the header.  */
static int
parse_origin (const char *s)
{
  static const struct { const char *key; int flag; } origins[] = {
#define HTTPSTATUS_ORIGIN(flag, id, key, label) { key, HTTPSTATUS_ORIGIN_##id },
#define N_(msgid) msgid
#include "../src/codes.def"
#undef N_
  };
  int flags = 0;
  char *copy = strdup (s), *save = NULL;
  for (char *k = strtok_r (copy, ",", &save); k != NULL;
       k = strtok_r (NULL, ",", &save))
    {
      size_t i = 0;
      while (i < sizeof origins / sizeof origins[0]
             && strcmp (origins[i].key, k) != 0)
        i++;
      if (i == sizeof origins / sizeof origins[0])
        fixture_error ("codes.tsv", "unknown origin", k);
      flags |= origins[i].flag;
    }
  free (copy);
  return flags;
}

static void
code_row (char **f, int i, void *context)
{
  (void) context;
  if (i >= FIXTURE_MAX_ROWS)
    fixture_error ("codes.tsv", "too many rows", f[0]);
  codes[i] = (struct fixture_code) { atoi (f[0]), f[1], f[2],
                                     parse_origin (f[3]) };
}

const struct fixture_code *
fixture_codes (int *count)
{
  if (n_codes < 0)
    n_codes = read_tsv (TEST_FIXTURE_DIR "/codes.tsv", 4,
                        "code\tconstant\treason\torigin", code_row, NULL);
  if (count != NULL)
    *count = n_codes;
  return codes;
}

int
fixture_row (int code)
{
  int n;
  const struct fixture_code *c = fixture_codes (&n);
  for (int k = 0; k < n; k++)
    if (c[k].code == code)
      return k;
  return -1;
}

/* vendors.tsv.  */

static const char *vendor_keys[FIXTURE_MAX_ROWS];

static void
vendor_row (char **f, int i, void *context)
{
  (void) i;
  (void) context;
  int k = fixture_row (atoi (f[0]));
  if (k < 0)
    fixture_error ("vendors.tsv", "a code codes.tsv does not have", f[0]);
  vendor_keys[k] = f[1];
}

const char *
fixture_vendor (int code)
{
  static int loaded;
  if (!loaded)
    {
      read_tsv (TEST_FIXTURE_DIR "/vendors.tsv", 2, "code\tvendor",
                vendor_row, NULL);
      loaded = 1;
    }
  int k = fixture_row (code);
  return k >= 0 ? vendor_keys[k] : NULL;
}

/* LL.tsv.  */

struct extra
{
  const struct fixture_lang *lang;
  const char *key, *text;
};
static struct extra extras[FIXTURE_MAX_LANGS * 32];
static int n_extras;

struct lang_load
{
  struct fixture_lang *lang;
  const char *file;
  unsigned char seen[FIXTURE_MAX_ROWS];
};

static void
lang_row (char **f, int i, void *context)
{
  (void) i;
  struct lang_load *load = context;
  struct fixture_text text = { f[1], f[2] };
  if (isdigit ((unsigned char) f[0][0]))
    {
      int k = fixture_row (atoi (f[0]));
      if (k < 0)
        fixture_error (load->file, "a code codes.tsv does not have", f[0]);
      load->lang->code[k] = text;
      load->seen[k] = 1;
    }
  else if (strncmp (f[0], "class", 5) == 0 && f[0][5] >= '0'
           && f[0][5] <= '5' && f[0][6] == '\0')
    load->lang->class_text[f[0][5] - '0'] = text;
  else if (n_extras < (int) (sizeof extras / sizeof extras[0]))
    extras[n_extras++] = (struct extra) { load->lang, f[0], f[1] };
  else
    fixture_error (load->file, "too many rows", f[0]);
}

static void
load_lang (struct fixture_lang *lang, const char *name)
{
  static char files[FIXTURE_MAX_LANGS + 1][512];
  static int n_files;
  char *file = files[n_files++];
  snprintf (file, sizeof files[0], "%s/%s.tsv", TEST_FIXTURE_DIR, name);
  struct lang_load load = { .lang = lang, .file = file };
  lang->name = name;
  read_tsv (file, 3, "key\ttitle\tdescription", lang_row, &load);
  int n;
  const struct fixture_code *c = fixture_codes (&n);
  for (int k = 0; k < n; k++)
    if (!load.seen[k])
      {
        char code[16];
        snprintf (code, sizeof code, "%d", c[k].code);
        fixture_error (file, "no row for code", code);
      }
  for (int cls = 0; cls < 6; cls++)
    if (lang->class_text[cls].title == NULL)
      fixture_error (file, "a class0..class5 row is missing", NULL);
}

const struct fixture_lang *
fixture_english (void)
{
  static struct fixture_lang en;
  if (en.name == NULL)
    {
      load_lang (&en, "en");
      en.locale = "C";
    }
  return &en;
}

/* The legacy charsets of LANG, from tests/charsets.tsv.  */
static char locale_names[FIXTURE_MAX_LANGS * (FIXTURE_MAX_LEGACY + 1)][64];
static int n_locale_names;

static const char *
locale_name (const char *lang, const char *charset)
{
  if (n_locale_names == (int) (sizeof locale_names / sizeof locale_names[0]))
    fixture_error ("charsets.tsv", "too many locales", lang);
  char *name = locale_names[n_locale_names++];
  snprintf (name, sizeof locale_names[0], "%s.%s", lang, charset);
  return name;
}

static void
charset_row (char **f, int i, void *context)
{
  (void) i;
  struct fixture_lang *lang = context;
  if (strcmp (f[0], lang->name) != 0)
    return;
  int k = 0;
  while (lang->legacy[k] != NULL)
    k++;
  if (k == FIXTURE_MAX_LEGACY)
    fixture_error ("charsets.tsv", "too many charsets for", f[0]);
  lang->legacy[k] = locale_name (f[0], f[1]);
}

static struct fixture_lang langs[FIXTURE_MAX_LANGS];
static int n_langs = -1;

const struct fixture_lang *
fixture_languages (int *count)
{
  if (n_langs < 0)
    {
      static char names[FIXTURE_MAX_LANGS][32];
      n_langs = 0;
      FILE *f = fopen (TEST_LINGUAS, "r");
      if (f == NULL)
        fixture_error (TEST_LINGUAS, strerror (errno), NULL);
      char line[512];
      while (fgets (line, sizeof line, f) != NULL)
        {
          line[strcspn (line, "#")] = '\0';
          for (char *save = NULL, *w = strtok_r (line, " \t\n", &save);
               w != NULL; w = strtok_r (NULL, " \t\n", &save))
            {
              if (n_langs == FIXTURE_MAX_LANGS || strlen (w) >= sizeof names[0])
                fixture_error (TEST_LINGUAS, "too many or too long", w);
              strcpy (names[n_langs], w);
              struct fixture_lang *lang = &langs[n_langs];
              load_lang (lang, names[n_langs]);
              lang->locale = locale_name (lang->name, "UTF-8");
              read_tsv (TEST_CHARSETS, 2, NULL, charset_row, lang);
              n_langs++;
            }
        }
      fclose (f);
    }
  if (count != NULL)
    *count = n_langs;
  return langs;
}

const struct fixture_lang *
fixture_expected (const struct fixture_lang *lang)
{
#if ENABLE_NLS
  return lang;
#else
  (void) lang;
  return fixture_english ();
#endif
}

const char *
fixture_extra (const struct fixture_lang *lang, const char *key)
{
  for (int i = 0; i < n_extras; i++)
    if (extras[i].lang == lang && strcmp (extras[i].key, key) == 0)
      return extras[i].text;
  return NULL;
}

int
fixture_unknown_code (int cls)
{
  int n;
  const struct fixture_code *c = fixture_codes (&n);
  for (int code = cls * 100 + 99; code >= cls * 100; code--)
    {
      int k = 0;
      while (k < n && c[k].code != code)
        k++;
      if (k == n)
        return code;
    }
  fixture_error ("codes.tsv", "a whole class is known", NULL);
}

/* names.tsv.  */

static struct fixture_name names[FIXTURE_MAX_ROWS];

static void
name_row (char **f, int i, void *context)
{
  (void) context;
  if (i >= FIXTURE_MAX_ROWS)
    fixture_error ("names.tsv", "too many rows", f[0]);
  names[i] = (struct fixture_name) { f[0], atoi (f[1]) };
}

const struct fixture_name *
fixture_names (int *count)
{
  static int n = -1;
  if (n < 0)
    n = read_tsv (TEST_FIXTURE_DIR "/names.tsv", 3, NULL, name_row, NULL);
  if (count != NULL)
    *count = n;
  return names;
}

void
assert_code_texts (const struct fixture_lang *want, int k)
{
  const struct fixture_code *row = &fixture_codes (NULL)[k];
  ck_assert_str_eq (httpstatus_title (row->code), want->code[k].title);
  ck_assert_str_eq (httpstatus_description (row->code),
                    want->code[k].description);
  /* Never translated.  */
  ck_assert_str_eq (httpstatus_name (row->code), row->constant);
  ck_assert_str_eq (httpstatus_reason (row->code), row->reason);
}

void
assert_class_fallbacks (const struct fixture_lang *want)
{
  static const int outside[] = { INT_MIN, -1, 0, HTTPSTATUS_CODE_MIN - 1,
                                 HTTPSTATUS_CODE_MAX + 1, INT_MAX };
  for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++)
    {
      ck_assert_str_eq (httpstatus_title (outside[i]),
                        want->class_text[0].title);
      ck_assert_str_eq (httpstatus_description (outside[i]),
                        want->class_text[0].description);
      ck_assert_str_eq (httpstatus_class_title (outside[i]),
                        want->class_text[0].title);
      /* Reasons go on the wire: English in every language.  */
      ck_assert_str_eq (httpstatus_reason (outside[i]), "Unknown Status Code");
    }
  for (int cls = 1; cls <= 5; cls++)
    {
      int code = fixture_unknown_code (cls);
      ck_assert_str_eq (httpstatus_title (code), want->class_text[cls].title);
      ck_assert_str_eq (httpstatus_description (code),
                        want->class_text[cls].description);
      ck_assert_str_eq (httpstatus_class_title (code),
                        want->class_text[cls].title);
    }
  /* A known code's class title is its class's.  */
  int n;
  const struct fixture_code *codes = fixture_codes (&n);
  for (int k = 0; k < n; k++)
    ck_assert_str_eq (httpstatus_class_title (codes[k].code),
                      want->class_text[codes[k].code / 100].title);
}

void
assert_whole_utf8_cuts (int code, const char *text,
                        int (*fn) (int, char *, size_t))
{
  size_t len = strlen (text);
  char buf[1024];
  ck_assert_uint_lt (len + 2, sizeof buf);
  for (size_t size = 1; size <= len + 1; size++)
    {
      memset (buf, '#', sizeof buf);
      errno = EDOM;
      int r = fn (code, buf, size);
      ck_assert_int_eq (errno, EDOM);
      ck_assert_msg (buf[size] == '#', "code %d size %zu: wrote past the buffer",
                     code, size);
      size_t got = strlen (buf);
      ck_assert_uint_lt (got, size);
      ck_assert_int_eq (memcmp (buf, text, got), 0);
      ck_assert_int_eq (r, got == len ? 0 : ERANGE);
      /* Whole UTF-8 characters: the next byte starts one.  */
      ck_assert_msg (got == len || ((unsigned char) text[got] & 0xC0) != 0x80,
                     "code %d size %zu: a UTF-8 character was split",
                     code, size);
      /* The longest: the next character would not have fitted.  */
      if (got < len)
        {
          size_t next = got + 1;
          while (next < len && ((unsigned char) text[next] & 0xC0) == 0x80)
            next++;
          ck_assert_uint_ge (next, size);
        }
    }
}

void
test_bind_build_tree (void)
{
#if ENABLE_NLS
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, TEST_LOCALEDIR);
#endif
}

void
test_require_locale (const char *name)
{
#if HS_WINDOWS
  /* Windows has its locales built in, and no LOCPATH.  */
  (void) name;
#else
  char path[4096];
  struct stat st;
  if (strcmp (name, "C") == 0)
    return;
  snprintf (path, sizeof path, "%s/%s/LC_CTYPE", TEST_LOCPATH, name);
  if (stat (path, &st) != 0)
    {
      if (!HAVE_LOCALEDEF)
        {
          printf ("1..0 # SKIP localedef not found: cannot build %s\n", name);
          exit (0);
        }
      fprintf (stderr, "%s: missing; was it built by make check?\n", path);
      exit (99);
    }
  setenv ("LOCPATH", TEST_LOCPATH, 1);
#endif
}

void
test_require_all_locales (void)
{
  int n;
  const struct fixture_lang *l = fixture_languages (&n);
  for (int i = 0; i < n; i++)
    {
      test_require_locale (l[i].locale);
      for (int k = 0; l[i].legacy[k] != NULL; k++)
        test_require_locale (l[i].legacy[k]);
    }
}

int
test_run (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  srunner_set_tap (runner, "-");
  srunner_run_all (runner, CK_SILENT);
  int failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
