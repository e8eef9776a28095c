/* accept_language.c: libFuzzer harness for httpstatus_negotiate and
   the parsing of language names by the _lang calls.

   The input is an Accept-Language value (or a language name), made a
   C string.  Whatever it is, httpstatus_negotiate must return one of
   the languages httpstatus_lang_installed lists (the build tree's
   catalogs are bound), that name must lead the _lang calls to the same
   language (the same text as the name given exactly), and the input
   used as a language name must give a text and a tag of an installed
   language.  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
#if ENABLE_NLS
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, FUZZ_LOCALEDIR);
#endif
  return 0;
}

/* Whether NAME is an installed language's name; its index in *I.  */
static int
installed (const char *name, unsigned int *i)
{
  const char *l;
  for (*i = 0; (l = httpstatus_lang_installed (*i)) != NULL; ++*i)
    if (strcmp (l, name) == 0)
      return 1;
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *s = malloc (size + 1);
  if (s == NULL)
    return 0;
  memcpy (s, data, size);
  s[size] = '\0';

  unsigned int i;
  const char *lang = httpstatus_negotiate (s);
  if (lang == NULL || !installed (lang, &i))
    abort ();
  /* The very pointer, and a copy of the name, give the same text.  */
  char copy[32];
  strncpy (copy, lang, sizeof copy - 1);
  copy[sizeof copy - 1] = '\0';
  if (strcmp (httpstatus_title_lang (404, lang),
              httpstatus_title_lang (404, copy)) != 0)
    abort ();

  /* The input as a language name.  */
  const char *text = httpstatus_title_lang (404, s);
  const char *tag = httpstatus_lang_tag (s);
  if (text == NULL || tag == NULL
      || httpstatus_description_lang (-1, s) == NULL)
    abort ();
  int found = 0;
  const char *l;
  for (unsigned int k = 0; (l = httpstatus_lang_installed (k)) != NULL; k++)
    found |= strcmp (httpstatus_title_lang (404, l), text) == 0;
  if (!found)
    abort ();
  free (s);
  return 0;
}
