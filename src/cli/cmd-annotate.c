/* cmd-annotate.c: `httpstatus annotate [--format=FORMAT]
   [--status-field=NAME] [--line-buffered] [FILE]...`: its options
   here, the work in annotate.c (which checks FORMAT against its table
   of formats).  */

#include <config.h>

#include <unistd.h>

#include "cli.h"

enum { OPT_LINE_BUFFERED = 256, OPT_FORMAT, OPT_STATUS_FIELD };

static int
run (int argc, char **argv)
{
  int opt, line_buffered = 0;
  const char *format = NULL, *status_field = NULL;
  while ((opt = cli_getopt (argc, argv)) != -1)
    if (opt == OPT_LINE_BUFFERED)
      line_buffered = 1;
    else if (opt == OPT_FORMAT)
      format = optarg;
    else if (opt == OPT_STATUS_FIELD)
      status_field = optarg;
  return cli_annotate (argv + optind, argc - optind,
                       line_buffered || isatty (STDOUT_FILENO), format,
                       status_field);
}

/* Its options, in the order of its help.  */
static const struct cli_option options[] = {
  { "format", required_argument, OPT_FORMAT,
    /* TRANSLATORS: an option's rows in the command's help: the option
       as it is (its argument's name translated), its text lined up in
       display columns with the other options'.  */
    N_("      --format=FORMAT  auto (each file's own, the default), clf (Common,\n"
       "                       Combined and their kin), w3c (W3C Extended, IIS)\n"
       "                       or json (JSON Lines)\n") },
  { "status-field", required_argument, OPT_STATUS_FIELD,
    N_("      --status-field=NAME  the status's member in JSON lines (default:\n"
       "                       status or DownstreamStatus)\n") },
  { "line-buffered", no_argument, OPT_LINE_BUFFERED,
    N_("      --line-buffered  flush every line (always on a terminal)\n") },
  { NULL, 0, 0, NULL }
};

const struct cli_command cli_command_annotate = {
  .name = "annotate",
  .run = run,
  .args = N_("[--format=FORMAT] [--status-field=NAME] [--line-buffered] [FILE]..."),
  .help = N_("add the title of each line's status code to web access logs"),
  .details = N_("Copy web access logs from the FILEs or standard input, adding the\n"
                "title of each line's status code in the log's own format; every other\n"
                "byte is kept.  A file with lines but no status found, or compressed,\n"
                "is named on standard error and makes the exit status 1.\n"),
  .options = options,
  /* It writes logs: --json is refused.  */
  .no_json = N_("annotate writes logs, not JSON")
};
