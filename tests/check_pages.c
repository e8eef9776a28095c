/* check_pages.c: the language order of the pages' Apache snippet
   (cli_pages_lang_order, src/cli/pages-langs.c, a pure function of the
   languages written and the library's negotiation): English left out,
   each primary language in the order a bare range of it gets them,
   whatever the order the languages were given in.  The command's
   source is compiled in (tests/Makefile.inc).  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include <httpstatus.h>

#include "testutil.h"
#include "../src/cli/pages.h"

/* Languages written, and the order expected: catalog names, space-
   separated.  A bare "zh" is Simplified Chinese first, then
   Traditional of Taiwan, then of Hong Kong.  */
static const struct
{
  const char *langs;
  const char *order;
} rows[] = {
  { "en", "" },
  { "en zh_TW zh_HK zh_CN", "zh_CN zh_TW zh_HK" },
  { "zh_HK en zh_TW zh_CN", "zh_CN zh_TW zh_HK" },
  { "en zh_HK zh_TW", "zh_TW zh_HK" },
  { "en zh_TW zh_CN", "zh_CN zh_TW" },
  { "en zh_HK", "zh_HK" },
  { "zh_TW", "zh_TW" },
};

/* Whether NAME is installed (its catalog in the build tree).  */
static int
installed (const char *name)
{
  const char *l;
  for (unsigned int i = 0; (l = httpstatus_lang_installed (i)) != NULL; i++)
    if (strcmp (l, name) == 0)
      return 1;
  return 0;
}

START_TEST (order_of_the_type_maps)
{
  test_bind_build_tree ();
  char buf[256];
  snprintf (buf, sizeof buf, "%s", rows[_i].langs);
  const char *langs[CLI_PAGES_LANGS_MAX];
  size_t n = 0;
  for (char *w = strtok (buf, " "); w != NULL; w = strtok (NULL, " "))
    {
      /* A language of the row not in this build (no NLS): nothing to
         order it against.  */
      if (!installed (w))
        return;
      langs[n++] = w;
    }
  const char *order[CLI_PAGES_LANGS_MAX];
  size_t m = cli_pages_lang_order (langs, n, order);
  char got[256] = "";
  for (size_t i = 0; i < m; i++)
    {
      if (i > 0)
        strcat (got, " ");
      strcat (got, order[i]);
    }
  ck_assert_str_eq (got, rows[_i].order);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("pages");
  TCase *tc = tcase_create ("lang_order");
  tcase_add_loop_test (tc, order_of_the_type_maps, 0,
                       (int) (sizeof rows / sizeof rows[0]));
  suite_add_tcase (s, tc);
  return test_run (s);
}
