/* main.c: the httpstatus command: options, the user's locale, exit
   status.  Like any client it sees the library only through
   <httpstatus.h>.  */

#include <config.h>

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <httpstatus.h>

#include "cli.h"

static const char *program_name = PACKAGE;

static void
usage (int status)
{
  if (status != EXIT_FOUND)
    {
      fprintf (stderr, _("Try '%s --help' for more information.\n"),
               program_name);
      exit (status);
    }
  printf (_("Usage: %s CODE|NAME...\n"), program_name);
  fputs (_("Print the Wininet constant, title and description of HTTP status codes,\n"
           "in the language of the current locale.\n"
           "\n"
           "CODE is a number such as 404; NAME is a constant such as\n"
           "HTTP_STATUS_NOT_FOUND or not_found, in any case.\n"
           "\n"
           "  -l, --lang=LANG  print in LANG (zh_TW, en, C, zh_TW.BIG5...)\n"
           "                   whatever the environment says\n"
           "  -h, --help       display this help and exit\n"
           "  -V, --version    output version information and exit\n"
           "\n"
           "Exit status: 0 if every argument was found, 1 if one was not,\n"
           "2 on a usage error or when output cannot be written.\n"), stdout);
  exit (status);
}

static void
version (void)
{
  printf ("%s (%s) %s\n", program_name, PACKAGE_NAME, PACKAGE_VERSION);
  fputs (_("License: MIT.  This is free software: you are free to change "
           "and redistribute it.\nThere is NO WARRANTY, to the extent "
           "permitted by law.\n"), stdout);
  exit (EXIT_FOUND);
}

/* The CLI is an application: it picks the user's locale and its own
   domain.  TEXTDOMAINDIR, the variable gettext.sh gives shell scripts
   for the same purpose, runs it against catalogs that are not installed
   yet (the build tree) or were moved; the library follows the binding,
   since an application's binding always wins over its own.  */
static void
init_i18n (void)
{
  setlocale (LC_ALL, "");
#if ENABLE_NLS
  const char *dir = getenv ("TEXTDOMAINDIR");
  bindtextdomain (PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  textdomain (PACKAGE);
#endif
}

int
main (int argc, char **argv)
{
  static const struct option long_options[] = {
    { "lang", required_argument, NULL, 'l' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };

  init_i18n ();
  int opt, help = 0, show_version = 0;
  const char *lang = NULL;
  while ((opt = getopt_long (argc, argv, "l:hV", long_options, NULL)) != -1)
    switch (opt)
      {
      case 'l':
        lang = optarg;
        break;
      case 'h':
        help = 1;
        break;
      case 'V':
        show_version = 1;
        break;
      default:
        usage (EXIT_USAGE);
      }
  /* The language first, so that even --help speaks it.  */
  if (lang != NULL)
    cli_use_lang (program_name, lang);
  if (help)
    usage (EXIT_FOUND);
  if (show_version)
    version ();
  if (optind == argc)
    {
      fprintf (stderr, _("%s: missing status code or name\n"), program_name);
      usage (EXIT_USAGE);
    }

  int status = EXIT_FOUND;
  for (int i = optind; i < argc; i++)
    {
      int code = cli_parse_code (argv[i]);
      if (code < 0)
        {
          fflush (stdout);
          fprintf (stderr, _("%s: %s: no such HTTP status code or name\n"),
                   program_name, argv[i]);
          status = EXIT_NOT_FOUND;
          continue;
        }
      cli_print_code (code);
    }
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      perror (program_name);
      return EXIT_USAGE;
    }
  return status;
}
