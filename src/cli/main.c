/* main.c: the httpstatus command: the user's locale, the global
   options, which command to run (the table is commands.c; the parser
   options.c, the help help.c) and the exit status.  It calls the
   library only through <httpstatus.h>, like any client; at compile
   time the command also reads two of the library's sources: its list
   of codes, src/codes.def (entry.c: the origins' and vendors' keys),
   and its character rules, src/chars.h (static inline, no symbol).

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
  /* "--curl 28"...: two arguments for lookup each, at most one per
     argument here.  */
  char **errors = malloc (2 * (size_t) argc * sizeof *errors);
  if (errors == NULL)
    {
      cli_oom ();
      return EXIT_TROUBLE;
    }
  while ((opt = cli_getopt_program (argc, argv, OLDER_SHORTOPTS,
                                    older_options)) != -1)
    switch (opt)
      {
      case 'L': list = 1; break;
      case 's': search = optarg; break;
      case OPT_LINE_BUFFERED: line_buffered = 1; break;
      default:
        errors[2 * nerrors] = (char *) (opt == OPT_CURL ? "--curl"
                                        : opt == OPT_WININET ? "--wininet"
                                        : "--winhttp");
        errors[2 * nerrors++ + 1] = optarg;
        break;
      }

  char **args = argv + optind;
  int nargs = argc - optind;
  int annotate = nargs > 0 && strcmp (args[0], "annotate") == 0;
  if (list + (search != NULL) + annotate > 1)
    cli_usage_error (NULL, _("--list, --search and annotate go one at a time"));
  if (line_buffered && !annotate)
    cli_usage_error (NULL, _("--line-buffered goes with annotate"));
  if (list && nargs > 0)
    cli_usage_error (NULL, _("--list takes no CODE or NAME"));
  if (nerrors > 0 && (annotate || list || search != NULL))
    cli_usage_error (NULL, _("--curl, --wininet and --winhttp go with lookups"));
  if (!annotate && !list && search == NULL && nargs == 0 && nerrors == 0)
    cli_usage_error (NULL, _("missing status code or name"));

  const char *name = annotate ? "annotate" : list ? "list"
                     : search != NULL ? "search" : "lookup";
  char **run_argv = malloc (((size_t) nargs + 2 * (size_t) nerrors + 4)
                            * sizeof *run_argv);
  if (run_argv == NULL)
    {
      free (errors);
      cli_oom ();
      return EXIT_TROUBLE;
    }
  int n = 0;
  run_argv[n++] = (char *) name;
  if (line_buffered)
    run_argv[n++] = (char *) "--line-buffered";
  for (int i = 0; i < 2 * nerrors; i++)
    run_argv[n++] = errors[i];
  run_argv[n++] = (char *) "--";
  if (search != NULL)
    run_argv[n++] = (char *) search;
  for (int i = annotate; i < nargs; i++)
    run_argv[n++] = args[i];
  run_argv[n] = NULL;
  /* annotate refuses --json there, as after its name.  */
  int status = cli_find_command (name)->run (n, run_argv);
  free (run_argv);
  free (errors);
  return status;
}

int
main (int argc, char **argv)
{
  init_i18n ();

  int status, at = command_at (argc, argv);
  if (at > 0)
    {
      /* The global options before the command, then the command.  */
      static const struct option global_options[] = {
        CLI_GLOBAL_LONGOPTS,
        { NULL, 0, NULL, 0 }
      };
      while (cli_getopt_program (at, argv, CLI_GLOBAL_SHORTOPTS,
                                 global_options) != -1)
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
