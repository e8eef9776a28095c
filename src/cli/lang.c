/* lang.c: --lang, the language of one run whatever the environment
   says, through a locale object made for it and installed for the
   command's only thread with uselocale.  */

#include <config.h>

#if HAVE_LANGINFO_CODESET
# include <langinfo.h>
#endif
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "cli.h"
#if HS_WINDOWS
# include "w32.h"
#endif

/* English needs no catalog: the C locale's messages, with the charset
   of the user's environment kept.  */
static int
is_english (const char *lang)
{
  return strcmp (lang, "C") == 0 || strcmp (lang, "POSIX") == 0
         || strcmp (lang, "en") == 0 || strncmp (lang, "en_", 3) == 0
         || strncmp (lang, "C.", 2) == 0;
}

#if HAVE_USELOCALE
/* A locale for LANG: as given when it names a charset ("zh_TW.BIG5");
   else first in the charset of the environment, so that a Big5
   terminal keeps getting Big5, then in UTF-8, then as given.  */
static locale_t
open_locale (const char *lang)
{
  if (strchr (lang, '.') != NULL || strchr (lang, '@') != NULL)
    return newlocale (LC_ALL_MASK, lang, (locale_t) 0);

  const char *charsets[] = { nl_langinfo (CODESET), "UTF-8", "" };
  for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++)
    {
      /* The C locale's "ANSI_X3.4-1968" names no locale worth trying.  */
      if (i == 0 && strcmp (charsets[i], "ANSI_X3.4-1968") == 0)
        continue;
      char name[256];
      int n = snprintf (name, sizeof name, "%s%s%s", lang,
                        *charsets[i] != '\0' ? "." : "", charsets[i]);
      if (n < 0 || (size_t) n >= sizeof name)
        continue;
      locale_t loc = newlocale (LC_ALL_MASK, name, (locale_t) 0);
      if (loc != (locale_t) 0)
        return loc;
    }
  return (locale_t) 0;
}

#endif

void
cli_use_lang (const char *lang)
{
  /* gettext lets LANGUAGE override the locale's language (outside the
     C locale); --lang means this language whatever the environment
     says, and the command, being the application, may drop it.  */
#if HS_WINDOWS
  /* libintl reads the language from the environment on Windows: no
     locale object to make, no system locale to miss.  */
  if (!is_english (lang))
    cli_w32_set_language (lang);
  else
    cli_w32_set_language ("C");
  if (!is_english (lang)
      && strcmp (httpstatus_title (HTTP_STATUS_NOT_FOUND),
                 httpstatus_reason (HTTP_STATUS_NOT_FOUND)) == 0)
    cli_error (cli_program_name, NULL,
               _("no translation into '%s'; printing English"), lang);
#else
  unsetenv ("LANGUAGE");
  locale_t loc;
  if (is_english (lang))
    loc = newlocale (LC_MESSAGES_MASK, "C", duplocale (LC_GLOBAL_LOCALE));
  else
    loc = open_locale (lang);
  if (loc == (locale_t) 0)
    {
      int base = (int) strcspn (lang, ".@");
      cli_error (cli_program_name, NULL,
                 _("the locale for '%s' is not installed on this system.\n"
                   "Install it as root with\n"
                   "  localedef -i %.*s -f UTF-8 %.*s.UTF-8\n"
                   "or add it to /etc/locale.gen and run locale-gen (on Debian, "
                   "from the 'locales' package);\n"
                   "'locale -a' lists the installed locales."),
                 lang, base, lang, base, lang);
      exit (EXIT_TROUBLE);
    }
  uselocale (loc);
  /* The locale lives as long as the process: it is the thread's.  */

  /* A language without a catalog would print English: say so rather
     than let it pass for a translation.  */
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (!is_english (lang) && c != (locale_t) 0
      && strcmp (httpstatus_title (HTTP_STATUS_NOT_FOUND),
                 httpstatus_title_l (HTTP_STATUS_NOT_FOUND, c)) == 0)
    cli_error (cli_program_name, NULL,
               _("no translation into '%s'; printing English"), lang);
  if (c != (locale_t) 0)
    freelocale (c);
#endif
}
