/* main.c: the httpstatus command: options, the user's locale, which
   job to do, exit status.  Like any client it sees the library only
   through <httpstatus.h>.  */

#include <config.h>

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
  printf (_("Usage: %s [OPTION]... CODE|NAME...\n"
            "  or:  %s --list [--json]\n"
            "  or:  %s --search WORD...\n"
            "  or:  %s annotate [--format=FORMAT] [--status-field=NAME]\n"
            "                    [--line-buffered] [FILE]...\n"),
          program_name, program_name, program_name, program_name);
  fputs (_("Print the Wininet constant, title, description and origin of HTTP\n"
           "status codes, in the language of the current locale.\n"
           "\n"
           "CODE is a number such as 404; NAME is a constant such as\n"
           "HTTP_STATUS_NOT_FOUND, not_found or internal_server_error, in any case.\n"
           "\n"
           "  -L, --list           list every code as a table\n"
           "  -s, --search=WORD    list the codes whose title or description holds\n"
           "                       WORD and every other WORD argument, in English\n"
           "                       or in the current language, in any case\n"
           "  -j, --json           print lookups, lists and searches as JSON (UTF-8)\n"
           "  -l, --lang=LANG      print in LANG (zh_TW, en, C, zh_TW.BIG5...)\n"
           "                       whatever the environment says\n"
           "  -h, --help           display this help and exit\n"
           "  -V, --version        output version information and exit\n"
           "\n"
           "annotate copies web access logs from the FILEs or standard input,\n"
           "adding the title of each line's status code in the log's own format;\n"
           "every other byte is kept.\n"
           "      --format=FORMAT  auto (each file's own, the default), clf (Common,\n"
           "                       Combined and their kin), w3c (W3C Extended, IIS)\n"
           "                       or json (JSON Lines)\n"
           "      --status-field=NAME  the status's member in JSON lines (default:\n"
           "                       status or DownstreamStatus)\n"
           "      --line-buffered  flush every line (always on a terminal)\n"
           "\n"
           "Exit status: 0 if everything was found, 1 if something was not found\n"
           "or could not be read, 2 on a usage error or when output cannot be\n"
           "written.\n"), stdout);
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

static void
usage_error (const char *message)
{
  fprintf (stderr, "%s: %s\n", program_name, message);
  usage (EXIT_USAGE);
}

/* CODES in the format asked for: JSON, else TABLE's or the lookups'.  */
static void
show (const int *codes, size_t n, int json, int table)
{
  if (json)
    cli_list_json (codes, n);
  else if (table)
    cli_list_table (codes, n);
  else
    for (size_t i = 0; i < n; i++)
      cli_print_code (codes[i]);
}

enum { OPT_LINE_BUFFERED = 256, OPT_FORMAT, OPT_STATUS_FIELD };

int
main (int argc, char **argv)
{
  static const struct option long_options[] = {
    { "list", no_argument, NULL, 'L' },
    { "search", required_argument, NULL, 's' },
    { "json", no_argument, NULL, 'j' },
    { "lang", required_argument, NULL, 'l' },
    { "line-buffered", no_argument, NULL, OPT_LINE_BUFFERED },
    { "format", required_argument, NULL, OPT_FORMAT },
    { "status-field", required_argument, NULL, OPT_STATUS_FIELD },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };

  init_i18n ();
  int opt, help = 0, show_version = 0, list = 0, json = 0, line_buffered = 0;
  const char *lang = NULL, *search = NULL, *format = NULL;
  const char *status_field = NULL;
  while ((opt = getopt_long (argc, argv, "Ls:jl:hV", long_options, NULL))
         != -1)
    switch (opt)
      {
      case 'L': list = 1; break;
      case 's': search = optarg; break;
      case 'j': json = 1; break;
      case 'l': lang = optarg; break;
      case OPT_LINE_BUFFERED: line_buffered = 1; break;
      case OPT_FORMAT: format = optarg; break;
      case OPT_STATUS_FIELD: status_field = optarg; break;
      case 'h': help = 1; break;
      case 'V': show_version = 1; break;
      default: usage (EXIT_USAGE);
      }
  /* The language first, so that even --help speaks it.  */
  if (lang != NULL)
    cli_use_lang (program_name, lang);
  if (help)
    usage (EXIT_FOUND);
  if (show_version)
    version ();

  char **args = argv + optind;
  int nargs = argc - optind;
  int annotate = nargs > 0 && strcmp (args[0], "annotate") == 0;
  if (list + (search != NULL) + annotate > 1)
    usage_error (_("--list, --search and annotate go one at a time"));
  if (line_buffered && !annotate)
    usage_error (_("--line-buffered goes with annotate"));
  if ((format != NULL || status_field != NULL) && !annotate)
    usage_error (_("--format and --status-field go with annotate"));

  if (annotate && json)
    usage_error (_("annotate writes logs, not JSON"));
  if (list && nargs > 0)
    usage_error (_("--list takes no CODE or NAME"));
  if (!annotate && !list && search == NULL && nargs == 0)
    usage_error (_("missing status code or name"));

  int status = EXIT_FOUND;
  int *codes = malloc (((size_t) nargs + 600) * sizeof *codes);
  if (codes == NULL)
    {
      perror (program_name);
      return EXIT_USAGE;
    }
  if (annotate)
    {
      status = cli_annotate (program_name, args + 1, nargs - 1,
                             line_buffered || isatty (STDOUT_FILENO),
                             format, status_field);
    }
  else if (list)
    {
      size_t n = 0;
      for (int c = httpstatus_next (-1); c != -1; c = httpstatus_next (c))
        codes[n++] = c;
      show (codes, n, json, 1);
    }
  else if (search != NULL)
    {
      /* --search WORD [WORD...]: the option's word, then the others.  */
      args[-1] = (char *) search;
      size_t n = cli_search (args - 1, nargs + 1, codes, 600);
      if (n == 0)
        {
          fprintf (stderr, _("%s: no status code matches\n"), program_name);
          status = EXIT_NOT_FOUND;
        }
      if (n > 0 || json)
        show (codes, n, json, 0);
    }
  else
    {
      size_t n = 0;
      for (int i = 0; i < nargs; i++)
        {
          int code = cli_parse_code (args[i]);
          if (code < 0)
            {
              fflush (stdout);
              fprintf (stderr,
                       _("%s: %s: no such HTTP status code or name\n"),
                       program_name, args[i]);
              status = EXIT_NOT_FOUND;
              continue;
            }
          if (json)
            codes[n++] = code;
          else
            cli_print_code (code);  /* in order with the messages */
        }
      if (json)
        show (codes, n, 1, 0);
    }
  free (codes);
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      perror (program_name);
      return EXIT_USAGE;
    }
  return status;
}
