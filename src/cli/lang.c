/* lang.c: --lang, the language of one run whatever the environment
   says: through a locale object made for it and installed for the
   command's only thread with uselocale when the system has that
   locale; else, for UTF-8 output, by language name through the
   library's _lang calls, which need no locale at all (most containers
   have only C.UTF-8).  The rest of the command prints the library's
   texts through cli_title and its kin, which follow that choice.  */

#include <config.h>

#if HAVE_LANGINFO_CODESET
# include <langinfo.h>
#endif
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "../chars.h"
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

/* The language the texts are printed in by name, or NULL when the
   thread's locale decides.  */
static const char *by_name;

const char *
cli_title (int code)
{
  if (CLI_IS_ERROR (code))
    return by_name != NULL
           ? httpstatus_error_title_lang (CLI_ERROR_SPACE (code),
                                          CLI_ERROR_CODE (code), by_name)
           : httpstatus_error_title (CLI_ERROR_SPACE (code),
                                     CLI_ERROR_CODE (code));
  return by_name != NULL ? httpstatus_title_lang (code, by_name)
                         : httpstatus_title (code);
}

const char *
cli_description (int code)
{
  if (CLI_IS_ERROR (code))
    return by_name != NULL
           ? httpstatus_error_description_lang (CLI_ERROR_SPACE (code),
                                                CLI_ERROR_CODE (code), by_name)
           : httpstatus_error_description (CLI_ERROR_SPACE (code),
                                           CLI_ERROR_CODE (code));
  return by_name != NULL ? httpstatus_description_lang (code, by_name)
                         : httpstatus_description (code);
}

const char *
cli_class_title (int code)
{
  return by_name != NULL ? httpstatus_class_title_lang (code, by_name)
                         : httpstatus_class_title (code);
}

#if !HS_WINDOWS
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

/* The charset LANG names ("BIG5" in "zh_TW.BIG5@mod"), into BUF; ""
   when it names none.  */
static const char *
charset_of (const char *lang, char *buf, size_t size)
{
  const char *dot = strchr (lang, '.');
  if (dot == NULL || size == 0)
    return "";
  snprintf (buf, size, "%.*s", (int) strcspn (dot + 1, "@"), dot + 1);
  return buf;
}

/* LANG without a locale: the library's catalog read by name, printed
   in UTF-8 (the environment's locale if it is UTF-8, else C.UTF-8).
   The command's own messages follow LANGUAGE, which gettext honours in
   any locale but C.  Returns the locale to use, or 0 if the library
   has no catalog for LANG or no UTF-8 locale is at hand.  */
static locale_t
by_name_locale (const char *lang)
{
  char buf[64];
  const char *charset = charset_of (lang, buf, sizeof buf);
  if (*charset != '\0' && !hs_charset_is_utf8 (charset))
    return (locale_t) 0;        /* Big5, GB18030: only a locale converts */
  const char *name = httpstatus_negotiate (lang);
  if (strcmp (httpstatus_lang_tag (name), "en") == 0
      || strcmp (httpstatus_lang_tag (lang), httpstatus_lang_tag (name)) != 0)
    return (locale_t) 0;
  locale_t loc = hs_charset_is_utf8 (nl_langinfo (CODESET))
                 ? duplocale (LC_GLOBAL_LOCALE)
                 : newlocale (LC_ALL_MASK, "C.UTF-8", (locale_t) 0);
  if (loc != (locale_t) 0)
    {
      by_name = name;
      setenv ("LANGUAGE", name, 1);
    }
  return loc;
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
  /* A later --lang (after the command's name) starts afresh: the
     texts by name of an earlier one would outlive its locale.  */
  by_name = NULL;
  unsetenv ("LANGUAGE");
  locale_t loc;
  if (is_english (lang))
    loc = newlocale (LC_MESSAGES_MASK, "C", duplocale (LC_GLOBAL_LOCALE));
  else
    {
      loc = open_locale (lang);
      if (loc == (locale_t) 0)
        loc = by_name_locale (lang);
    }
  if (loc == (locale_t) 0)
    {
      /* The localedef for the charset asked: zh_TW.BIG5 needs Big5.  */
      int base = (int) strcspn (lang, ".@");
      char buf[64];
      const char *charset = charset_of (lang, buf, sizeof buf);
      if (*charset == '\0' || hs_charset_is_utf8 (charset))
        charset = "UTF-8";
      cli_error (cli_program_name, NULL,
                 _("the locale for '%s' is not installed on this system.\n"
                   "Install it as root with\n"
                   "  localedef -i %.*s -f %s %.*s.%s\n"
                   "or add it to /etc/locale.gen and run locale-gen (on Debian, "
                   "from the 'locales' package);\n"
                   "'locale -a' lists the installed locales."),
                 lang, base, lang, charset, base, lang, charset);
      exit (EXIT_TROUBLE);
    }
  /* The locale lives as long as the process: it is the thread's; the
     one of an earlier --lang (before the command's name) is done.  */
  locale_t old = uselocale (loc);
  if (old != LC_GLOBAL_LOCALE && old != (locale_t) 0)
    freelocale (old);

  /* A language without a catalog would print English: say so rather
     than let it pass for a translation.  */
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (!is_english (lang) && by_name == NULL && c != (locale_t) 0
      && strcmp (httpstatus_title (HTTP_STATUS_NOT_FOUND),
                 httpstatus_title_l (HTTP_STATUS_NOT_FOUND, c)) == 0)
    cli_error (cli_program_name, NULL,
               _("no translation into '%s'; printing English"), lang);
  if (c != (locale_t) 0)
    freelocale (c);
#endif
}
