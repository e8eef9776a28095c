/* pages-langs.c: which language of the pages answers which language
   range, for both servers' snippets.  The answer is the library's
   (httpstatus_negotiate), asked as if only the languages written were
   installed: the snippets follow the library's rules and never
   restate them.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../chars.h"
#include "pages.h"

const struct cli_pages_kind cli_pages_kinds[] = {
  { "zh-HK", "zh-(?:hant-)?(?:hk|mo)(?:-[0-9a-z]{1,8})*",
    "zh-HK zh-MO zh-Hant-HK zh-Hant-MO" },
  { "zh-TW", "zh-(?:hant|tw)(?:-[0-9a-z]{1,8})*", "zh-TW zh-Hant zh-Hant-TW" },
  { "zh-CN", "zh-(?:hans|cn|sg|my)(?:-[0-9a-z]{1,8})*",
    "zh-CN zh-Hans zh-Hans-CN zh-SG zh-Hans-SG zh-MY" },
  { "zh", "zh(?:-(?:[a-z]{2}|[0-9]{3}))?", "" },
};
const size_t cli_pages_nkinds
  = sizeof cli_pages_kinds / sizeof cli_pages_kinds[0];

/* Whether catalog NAME is one of the NLANGS LANGS.  */
static int
written (const char *name, const char *const *langs, size_t nlangs)
{
  for (size_t i = 0; i < nlangs; i++)
    if (strcmp (langs[i], name) == 0)
      return 1;
  return 0;
}

/* Every other installed language is excluded with q=0, before PROBE,
   so that a range as long as PROBE does not lift the exclusion.  */
const char *
cli_pages_resolve (const char *probe, const char *const *langs,
                   size_t nlangs)
{
  struct cli_buf b = { NULL, 0, 0 };
  const char *name;
  for (unsigned int i = 0; (name = httpstatus_lang_installed (i)) != NULL;
       i++)
    if (!written (name, langs, nlangs))
      {
        cli_buf_str (&b, httpstatus_lang_tag (name));
        cli_buf_str (&b, ";q=0, ");
      }
  cli_buf_str (&b, probe);
  /* NULL means "no language of the pages": out of memory must not
     pass for it (the snippets would drop languages, exit status 0).  */
  if (b.s == NULL)
    {
      cli_oom ();
      exit (EXIT_TROUBLE);
    }
  const char *r = httpstatus_negotiate (b.s);
  free (b.s);
  if (strcmp (r, "en") == 0 && hs_ascii_strcasecmp_n (probe, "en", 2) != 0)
    return NULL;
  return written (r, langs, nlangs) ? r : NULL;
}

size_t
cli_pages_primary_len (const char *name)
{
  return strcspn (name, "_-.@");
}

int
cli_pages_has_kind (const char *name)
{
  return cli_pages_primary_len (name) == 2 && strncmp (name, "zh", 2) == 0;
}

/* Whether NAME is one of the N in ORDER.  */
static int
ordered (const char *name, const char *const *order, size_t n)
{
  return written (name, order, n);
}

/* The languages that a bare range of LANG's primary language gets, one
   excluded after the other, appended to ORDER of N; returns the new
   N.  */
static size_t
order_of_primary (const char *lang, const char *const *langs,
                  size_t nlangs, const char **order, size_t n)
{
  char bare[16];
  snprintf (bare, sizeof bare, "%.*s", (int) cli_pages_primary_len (lang),
            lang);
  const char *rest[CLI_PAGES_LANGS_MAX];
  size_t nrest = 0;
  for (size_t j = 0; j < nlangs && nrest < CLI_PAGES_LANGS_MAX; j++)
    if (!ordered (langs[j], order, n))
      rest[nrest++] = langs[j];
  const char *r;
  while (n < CLI_PAGES_LANGS_MAX
         && (r = cli_pages_resolve (bare, rest, nrest)) != NULL)
    {
      order[n++] = r;
      size_t k = 0;
      for (size_t j = 0; j < nrest; j++)
        if (strcmp (rest[j], r) != 0)
          rest[k++] = rest[j];
      nrest = k;
    }
  return n;
}

size_t
cli_pages_lang_order (const char *const *langs, size_t nlangs,
                      const char **order)
{
  size_t n = 0;
  for (size_t l = 0; l < nlangs; l++)
    if (strcmp (langs[l], "en") != 0)
      n = order_of_primary (langs[l], langs, nlangs, order, n);
  for (size_t l = 0; l < nlangs && n < CLI_PAGES_LANGS_MAX; l++)
    if (strcmp (langs[l], "en") != 0 && !ordered (langs[l], order, n))
      order[n++] = langs[l];
  return n;
}
