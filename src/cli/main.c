/* main.c: the httpstatus command: the user's locale, the global
   options, which command to run (the table is commands.c), help and
   exit status.  Like any client it sees the library only through
   <httpstatus.h>.

   Two ways in.  `httpstatus [OPTION]... COMMAND [ARG]...` runs the
   command of the table that COMMAND names; the older forms,
   `httpstatus [OPTION]... CODE|NAME...`, `--list`, `--search WORD` and
   `--line-buffered annotate`, are parsed as they always were and then
   handed to the same commands.  */

#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "cli.h"
#if HS_WINDOWS
# include "w32.h"
#endif

/* The installed program's name (bin_PROGRAMS), whatever argv[0] is.  */
const char cli_program_name[] = "httpstatus";
int cli_json;

/* argv[0] as the command was started: getopt's own messages name it,
   in whichever form the command was called.  */
static char *argv0;

enum { OPT_LINE_BUFFERED = 256, OPT_CURL, OPT_WININET, OPT_WINHTTP };

/* The options of the older forms, also to skip over them when looking
   for a command's name.  */
#define OLDER_SHORTOPTS "Ls:" CLI_GLOBAL_SHORTOPTS
static const struct option older_options[] = {
  { "list", no_argument, NULL, 'L' },
  { "search", required_argument, NULL, 's' },
  { "line-buffered", no_argument, NULL, OPT_LINE_BUFFERED },
  /* Transport errors by number, handed to lookup as they came.  */
  { "curl", required_argument, NULL, OPT_CURL },
  { "wininet", required_argument, NULL, OPT_WININET },
  { "winhttp", required_argument, NULL, OPT_WINHTTP },
  CLI_GLOBAL_LONGOPTS,
  { NULL, 0, NULL, 0 }
};

static void
program_help (void)
{
  const char *p = cli_program_name;
  printf (_("Usage: %s [OPTION]... CODE|NAME...\n"), p);
  /* TRANSLATORS: the "  or:  " lines continue "Usage: ", one usage a
     line, and their "%s" lines up under the one of "Usage: %s".  Make
     yours line up with your "Usage: " in display columns: zh_TW writes
     "用法：%s" and "　或：%s", U+3000 IDEOGRAPHIC SPACE before 或：, as
     coreutils' zh_TW catalog does.  */
  printf (_("  or:  %s [OPTION]... COMMAND [ARG]...\n"), p);
  /* TRANSLATORS: see "  or:  %s [OPTION]... COMMAND [ARG]...".  */
  printf (_("  or:  %s --list [--json]\n"), p);
  /* TRANSLATORS: see "  or:  %s [OPTION]... COMMAND [ARG]...".  */
  printf (_("  or:  %s --search WORD...\n"), p);
  fputs (_("Print the Wininet constant, title, description and origin of HTTP\n"
           "status codes, in the language of the current locale.\n"), stdout);
  putchar ('\n');
  fputs (_(cli_find_command ("lookup")->details), stdout);
  putchar ('\n');
  fputs (_("Commands:\n"), stdout);
  int width = 0;
  for (const struct cli_command *c = cli_commands; c->name != NULL; c++)
    if ((int) strlen (c->name) > width)
      width = (int) strlen (c->name);
  for (const struct cli_command *c = cli_commands; c->name != NULL; c++)
    printf ("  %-*s  %s\n", width, c->name, _(c->help));
  putchar ('\n');
  fputs (_("Options:\n"
           "  -L, --list           list every code as a table\n"
           "  -s, --search=WORD    list the codes whose title or description holds\n"
           "                       WORD and every other WORD argument, in English\n"
           "                       or in the current language, in any case\n"
           "  -j, --json           print lookups, lists and searches as JSON (UTF-8)\n"
           "  -l, --lang=LANG      print in LANG (zh_TW, en, C, zh_TW.BIG5...)\n"
           "                       whatever the environment says\n"
           "  -h, --help           display this help and exit\n"
           "  -V, --version        output version information and exit\n"),
         stdout);
  putchar ('\n');
  printf (_("After a COMMAND's name, -h and -V work too, and -j and -l as its help\n"
           "says; '%s help COMMAND' or '%s COMMAND --help' tells more\n"
           "of it.\n"), p, p);
  putchar ('\n');
  fputs (_("Exit status: 0 if everything was found, 1 if something was not found\n"
           "or could not be read, 2 if there was trouble: a usage error, a missing\n"
           "locale, output that could not be written.\n"), stdout);
}

void
cli_help (const struct cli_command *command)
{
  if (command == NULL)
    program_help ();
  else
    {
      printf (_("Usage: %s [OPTION]... %s %s\n"), cli_program_name,
              command->name, _(command->args));
      printf ("%s\n", _(command->help));
      if (command->details != NULL)
        {
          putchar ('\n');
          fputs (_(command->details), stdout);
        }
      putchar ('\n');
      printf (command->options != NULL ? _(command->options)
              : _("OPTION is -j, -l, -h or -V of '%s --help', also after %s.\n"),
              cli_program_name, command->name);
    }
  exit (EXIT_FOUND);
}

static _Noreturn void
version (void)
{
  printf ("%s (%s) %s\n", cli_program_name, PACKAGE_NAME, PACKAGE_VERSION);
  fputs (_("License: MIT.  This is free software: you are free to change "
           "and redistribute it.\nThere is NO WARRANTY, to the extent "
           "permitted by law.\n"), stdout);
  exit (EXIT_FOUND);
}

/* The CLI is an application: it picks the user's locale and its text
   domain.  Its own messages live in the library's domain,
   HTTPSTATUS_TEXTDOMAIN: po/ makes one catalog per language holding
   both, so the command binds and selects that domain by the name the
   library gives it (that PACKAGE is the same word is a coincidence the
   command does not rely on).  Binding it also tells the library where
   its catalogs are, since an application's binding wins over the
   library's own.  TEXTDOMAINDIR, the variable gettext.sh gives shell
   scripts for the same purpose, runs the command against catalogs that
   are not installed yet (the build tree) or were moved.  */
static void
init_i18n (void)
{
#if HS_WINDOWS
  cli_w32_init ();
#endif
  setlocale (LC_ALL, "");
#if ENABLE_NLS
  const char *dir = getenv ("TEXTDOMAINDIR");
  if (dir != NULL && *dir != '\0')
    bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir);
# if !HS_WINDOWS
  else
    bindtextdomain (HTTPSTATUS_TEXTDOMAIN, LOCALEDIR);
# endif
  /* On Windows the library has bound the domain already, when it was
     loaded, to share\locale beside bin\, where httpstatus.exe lies
     too: the command's own messages are in the same catalogs, and no
     build-time path may override that binding.  */
  textdomain (HTTPSTATUS_TEXTDOMAIN);
#endif
}

int
cli_getopt (int argc, char **argv, const char *shortopts,
            const struct option *longopts)
{
  /* A new argument vector: getopt starts over (optind 0, GNU).  */
  static char **current;
  static const char *lang;
  static int help, show_version;
  if (argv != current)
    {
      current = argv;
      optind = 0;
      lang = NULL;
      help = show_version = 0;
    }
  const struct cli_command *command = cli_find_command (argv[0]);
  for (;;)
    {
      /* getopt's messages name argv[0]: the program's, not the
         command's.  */
      char *name = argv[0];
      argv[0] = argv0;
      int opt = getopt_long (argc, argv, shortopts, longopts, NULL);
      argv[0] = name;
      switch (opt)
        {
        case 'j': cli_json = 1; break;
        case 'l': lang = optarg; break;
        case 'h': help = 1; break;
        case 'V': show_version = 1; break;
        case '?': cli_try_help (command != NULL ? command->name : NULL);
        case -1:
          /* The language first, so that even --help speaks it.  */
          if (lang != NULL)
            cli_use_lang (lang);
          lang = NULL;
          if (help)
            cli_help (command);
          if (show_version)
            version ();
          return -1;
        default: return opt;
        }
    }
}

/* Where ARGV names a command: the index of its name, when the first
   operand is one and neither an option of the older forms nor "--"
   comes before it; else 0.  */
static int
command_at (int argc, char **argv)
{
  int older = 0, opt;
  opterr = 0;
  optind = 0;
  while ((opt = getopt_long (argc, argv, "+" OLDER_SHORTOPTS, older_options,
                             NULL)) != -1)
    if (opt == 'L' || opt == 's' || opt == OPT_LINE_BUFFERED || opt == '?'
        || opt == OPT_CURL || opt == OPT_WININET || opt == OPT_WINHTTP)
      older = 1;
  int at = optind;
  opterr = 1;
  optind = 0;
  if (older || at >= argc || strcmp (argv[at - 1], "--") == 0
      || cli_find_command (argv[at]) == NULL)
    return 0;
  return at;
}

/* The older forms, parsed as ever, then run by the table's commands
   with their operands after "--", so that none is taken for an
   option.  */
static int
older_forms (int argc, char **argv)
{
  int opt, list = 0, line_buffered = 0, nerrors = 0;
  const char *search = NULL;
  /* "--curl=28"...: at most one per argument.  */
  char **errors = calloc ((size_t) argc + 1, sizeof *errors);
  if (errors == NULL)
    {
      cli_oom ();
      return EXIT_TROUBLE;
    }
  while ((opt = cli_getopt (argc, argv, OLDER_SHORTOPTS, older_options))
         != -1)
    switch (opt)
      {
      case 'L': list = 1; break;
      case 's': search = optarg; break;
      case OPT_LINE_BUFFERED: line_buffered = 1; break;
      default:
        errors[nerrors] = malloc (strlen (optarg) + sizeof "--wininet=");
        if (errors[nerrors] == NULL)
          {
            cli_oom ();
            return EXIT_TROUBLE;
          }
        sprintf (errors[nerrors++], "--%s=%s", opt == OPT_CURL ? "curl"
                 : opt == OPT_WININET ? "wininet" : "winhttp", optarg);
        break;
      }

  char **args = argv + optind;
  int nargs = argc - optind;
  int annotate = nargs > 0 && strcmp (args[0], "annotate") == 0;
  if (list + (search != NULL) + annotate > 1)
    cli_usage_error (NULL, _("--list, --search and annotate go one at a time"));
  if (line_buffered && !annotate)
    cli_usage_error (NULL, _("--line-buffered goes with annotate"));
  if (annotate && cli_json)
    cli_usage_error (NULL, _("annotate writes logs, not JSON"));
  if (list && nargs > 0)
    cli_usage_error (NULL, _("--list takes no CODE or NAME"));
  if (nerrors > 0 && (annotate || list || search != NULL))
    cli_usage_error (NULL, _("--curl, --wininet and --winhttp go with lookups"));
  if (!annotate && !list && search == NULL && nargs == 0 && nerrors == 0)
    cli_usage_error (NULL, _("missing status code or name"));

  const char *name = annotate ? "annotate" : list ? "list"
                     : search != NULL ? "search" : "lookup";
  char **run_argv = malloc (((size_t) nargs + nerrors + 4)
                            * sizeof *run_argv);
  if (run_argv == NULL)
    {
      cli_oom ();
      return EXIT_TROUBLE;
    }
  int n = 0;
  run_argv[n++] = (char *) name;
  if (line_buffered)
    run_argv[n++] = (char *) "--line-buffered";
  for (int i = 0; i < nerrors; i++)
    run_argv[n++] = errors[i];
  run_argv[n++] = (char *) "--";
  if (search != NULL)
    run_argv[n++] = (char *) search;
  for (int i = annotate; i < nargs; i++)
    run_argv[n++] = args[i];
  run_argv[n] = NULL;
  int status = cli_find_command (name)->run (n, run_argv);
  free (run_argv);
  for (int i = 0; i < nerrors; i++)
    free (errors[i]);
  free (errors);
  return status;
}

int
main (int argc, char **argv)
{
  init_i18n ();
  argv0 = argv[0];

  int status, at = command_at (argc, argv);
  if (at > 0)
    {
      /* The global options before the command, then the command.  */
      static const struct option global_options[] = {
        CLI_GLOBAL_LONGOPTS,
        { NULL, 0, NULL, 0 }
      };
      while (cli_getopt (at, argv, CLI_GLOBAL_SHORTOPTS, global_options)
             != -1)
        continue;
      status = cli_find_command (argv[at])->run (argc - at, argv + at);
    }
  else
    status = older_forms (argc, argv);

  /* errno says why only if this fflush fails: when an earlier write
     failed and the buffer is empty now, ferror alone tells, and errno
     is whatever came last.  */
  errno = 0;
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      if (errno != 0)
        cli_error (cli_program_name, _("write error"), "%s",
                   strerror (errno));
      else
        cli_error (cli_program_name, NULL, "%s", _("write error"));
      return EXIT_TROUBLE;
    }
  return status;
}
