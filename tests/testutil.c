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

const struct fixture_row *
fixture_rows (int *count)
{
  static struct fixture_row rows[MAX_ROWS];
  static int n = -1;
  if (n >= 0)
    {
      if (count != NULL)
        *count = n;
      return rows;
    }

  FILE *f = fopen (TEST_FIXTURE, "r");
  if (f == NULL)
    {
      fprintf (stderr, "%s: %s\n", TEST_FIXTURE, strerror (errno));
      exit (99);
    }
  char line[4096];
  n = 0;
  while (fgets (line, sizeof line, f) != NULL)
    {
      if (line[0] == '#' || line[0] == '\n')
        continue;
      line[strcspn (line, "\n")] = '\0';
      char *copy = strdup (line), *cursor = copy;
      const char *field[7];
      for (int i = 0; i < 7; i++)
        field[i] = next_field (&cursor);
      if (field[6] == NULL || cursor != NULL || n == MAX_ROWS)
        {
          fprintf (stderr, "%s: bad line: %s\n", TEST_FIXTURE, line);
          exit (99);
        }
      rows[n++] = (struct fixture_row) {
        atoi (field[0]), field[1], field[2], field[3], field[4],
        field[5], field[6]
      };
    }
  fclose (f);
  if (count != NULL)
    *count = n;
  return rows;
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
