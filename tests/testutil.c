/* testutil.c: fixture, build-tree locales, TAP runner.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"

#define MAX_ROWS 128

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
static char *line_copies[2 * MAX_ROWS];
static int n_line_copies;

static void
free_line_copies (void)
{
  while (n_line_copies > 0)
    free (line_copies[--n_line_copies]);
}

/* Read the tab-separated FILE, skipping '#' comments, calling
   ROW (fields, context) for every line of exactly NFIELDS fields;
   exits with 99 (a hard error) if the file is unreadable or a line is
   malformed.  The fields live as long as the program.  */
static int
read_tsv (const char *file, int nfields,
          void (*row) (char **field, int index))
{
  FILE *f = fopen (file, "r");
  if (f == NULL)
    {
      fprintf (stderr, "%s: %s\n", file, strerror (errno));
      exit (99);
    }
  char line[4096];
  int n = 0;
  while (fgets (line, sizeof line, f) != NULL)
    {
      if (line[0] == '#' || line[0] == '\n')
        continue;
      line[strcspn (line, "\n")] = '\0';
      char *copy = strdup (line), *cursor = copy;
      char *field[16];
      for (int i = 0; i < nfields; i++)
        field[i] = next_field (&cursor);
      if (field[nfields - 1] == NULL || cursor != NULL || n == MAX_ROWS
          || n_line_copies == 2 * MAX_ROWS)
        {
          fprintf (stderr, "%s: bad line: %s\n", file, line);
          exit (99);
        }
      if (n_line_copies == 0)
        atexit (free_line_copies);
      line_copies[n_line_copies++] = copy;
      row (field, n++);
    }
  fclose (f);
  return n;
}

static struct fixture_row rows[MAX_ROWS];

static int
parse_origin (const char *s)
{
  /* The keys of codes.def's HTTPSTATUS_ORIGIN lines, comma-separated
     in the fixture; the flag values come from the header.  */
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
        {
          fprintf (stderr, "fixture: unknown origin '%s'\n", k);
          exit (99);
        }
      flags |= origins[i].flag;
    }
  free (copy);
  return flags;
}

static void
status_row (char **f, int i)
{
  rows[i] = (struct fixture_row) {
    atoi (f[0]), f[1], f[2], f[3], f[4], f[5], f[6], parse_origin (f[7])
  };
}

const struct fixture_row *
fixture_rows (int *count)
{
  static int n = -1;
  if (n < 0)
    n = read_tsv (TEST_FIXTURE_DIR "/status.tsv", 8, status_row);
  if (count != NULL)
    *count = n;
  return rows;
}

static struct fixture_name names[MAX_ROWS];

static void
name_row (char **f, int i)
{
  names[i] = (struct fixture_name) { f[0], atoi (f[1]) };
}

const struct fixture_name *
fixture_names (int *count)
{
  static int n = -1;
  if (n < 0)
    n = read_tsv (TEST_FIXTURE_DIR "/names.tsv", 3, name_row);
  if (count != NULL)
    *count = n;
  return names;
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
  char path[4096];
  struct stat st;
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
