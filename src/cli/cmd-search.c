/* cmd-search.c: `httpstatus search WORD...`, also `httpstatus --search
   WORD [WORD...]`: the codes whose title or description holds every
   word, without regard to case, in English or in the current language
   ("search 逾時" and "search timeout" both find 408 and 504), then the
   transport errors (libcurl, WinINet, WinHTTP) the same way, as
   lookups or as a JSON array.  A word that is not text of the locale's
   charset is in no text: the search then finds nothing, rather than
   ignore the word.  Empty words are ignored; with no word left nothing
   is found.  */

#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include <httpstatus.h>

#include "cli.h"

/* S lowered, as wide characters in the current locale, into OUT of N;
   NULL if S is not text of the locale's charset or does not fit.  */
static wchar_t *
lowered (const char *s, wchar_t *out, size_t n)
{
  size_t len = mbstowcs (out, s, n);
  if (len == (size_t) -1 || len >= n)
    return NULL;
  for (size_t i = 0; i < len; i++)
    out[i] = (wchar_t) towlower ((wint_t) out[i]);
  return out;
}

/* Whether every one of the N words is in TEXT (the four texts of a
   code, lowered).  */
static int
holds_all (const wchar_t *text, wchar_t *const *words, int n)
{
  for (int i = 0; i < n; i++)
    if (wcsstr (text, words[i]) == NULL)
      return 0;
  return 1;
}

/* The codes, at most MAX, whose texts hold every one of the NARGS
   words of ARGS, into CODES; returns how many.  */
static size_t
search (char *const *args, int nargs, int *codes, size_t max)
{
  /* English from a C locale, whatever the thread's: the C locale
     object lives as long as the search.  */
#if HAVE_USELOCALE
  locale_t english = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
#endif
  wchar_t **words = calloc ((size_t) nargs + 1, sizeof *words);
  size_t found = 0;
  int nwords = 0, unreadable = words == NULL;
  for (int i = 0; i < nargs && !unreadable; i++)
    {
      size_t n = strlen (args[i]) + 1;
      wchar_t *w = malloc (n * sizeof *w);
      if (w == NULL || lowered (args[i], w, n) == NULL)
        unreadable = 1;
      if (w != NULL && !unreadable && *w != L'\0')
        words[nwords++] = w;
      else
        free (w);
    }

  static wchar_t text[8192];
  static int items[CLI_ITEMS_MAX];
  size_t nitems = 0;
  for (int code = httpstatus_next (-1); code != -1 && nitems < CLI_ITEMS_MAX;
       code = httpstatus_next (code))
    items[nitems++] = code;
  nitems += cli_list_errors (0, items + nitems, CLI_ITEMS_MAX - nitems);
  for (size_t k = 0; k < nitems && nwords > 0 && !unreadable && found < max;
       k++)
    {
      int code = items[k];
      const char *parts[4] = {
        cli_title (code), cli_description (code), "", "",
      };
      if (CLI_IS_ERROR (code))
        {
          /* English by name: no locale needed.  */
          int sp = CLI_ERROR_SPACE (code), n = CLI_ERROR_CODE (code);
          parts[2] = httpstatus_error_title_lang (sp, n, "en");
          parts[3] = httpstatus_error_description_lang (sp, n, "en");
        }
      else
        {
#if HAVE_USELOCALE
          parts[2] = english ? httpstatus_title_l (code, english) : "";
          parts[3] = english ? httpstatus_description_l (code, english) : "";
#else
          /* No per-call locale: the wire reason is English.  */
          parts[2] = httpstatus_reason (code);
#endif
        }
      size_t used = 0;
      text[0] = L'\0';
      for (int p = 0; p < 4; p++)
        {
          if (lowered (parts[p], text + used, sizeof text / sizeof text[0]
                                               - used - 1) == NULL)
            {
              text[used] = L'\0';   /* drop a partial conversion */
              continue;
            }
          used += wcslen (text + used);
          text[used++] = L'\n';
          text[used] = L'\0';
        }
      if (holds_all (text, words, nwords))
        codes[found++] = code;
    }

  for (int i = 0; i < nwords; i++)
    free (words[i]);
  free (words);
#if HAVE_USELOCALE
  if (english != (locale_t) 0)
    freelocale (english);
#endif
  return found;
}

static int
run (int argc, char **argv)
{
  while (cli_getopt (argc, argv) != -1)
    continue;                   /* no option of its own */
  if (optind == argc)
    cli_usage_error (argv[0], _("missing word to search for"));

  int codes[CLI_ITEMS_MAX];
  size_t n = search (argv + optind, argc - optind, codes, CLI_ITEMS_MAX);
  int status = EXIT_FOUND;
  if (n == 0)
    {
      cli_error (cli_program_name, NULL, "%s", _("no status code matches"));
      status = EXIT_NOT_FOUND;
    }
  /* An empty JSON array still says "nothing" in JSON.  */
  if (cli_json)
    cli_list_json (codes, n);
  else
    for (size_t i = 0; i < n; i++)
      cli_print_code (codes[i]);
  return status;
}

const struct cli_command cli_command_search = {
  .name = "search",
  .run = run,
  .args = N_("WORD..."),
  .help = N_("list the codes whose title or description holds every WORD"),
  .details = N_("A WORD matches English or the current language, in any case.\n"),
  .flags = CLI_TAKES_JSON
};
