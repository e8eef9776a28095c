/* cmd-annotate.c: `httpstatus annotate [--format=FORMAT]
   [--log-format=STRING|@FILE:NAME] [--status-field=NAME]
   [--line-buffered] [FILE]...`: its options
   here, the work in annotate.c (which checks FORMAT against its table
   of formats).  */

#include <config.h>

#include <unistd.h>

#include "cli.h"

enum { OPT_LINE_BUFFERED = 256, OPT_FORMAT, OPT_STATUS_FIELD,
  OPT_LOG_FORMAT };

int
cli_cmd_annotate (int argc, char **argv)
{
  static const struct option options[] = {
    { "line-buffered", no_argument, NULL, OPT_LINE_BUFFERED },
    { "format", required_argument, NULL, OPT_FORMAT },
    { "status-field", required_argument, NULL, OPT_STATUS_FIELD },
    { "log-format", required_argument, NULL, OPT_LOG_FORMAT },
    CLI_GLOBAL_LONGOPTS,
    { NULL, 0, NULL, 0 }
  };
  int opt, line_buffered = 0;
  const char *format = NULL, *status_field = NULL, *log_format = NULL;
  while ((opt = cli_getopt (argc, argv, CLI_GLOBAL_SHORTOPTS, options))
         != -1)
    if (opt == OPT_LINE_BUFFERED)
      line_buffered = 1;
    else if (opt == OPT_FORMAT)
      format = optarg;
    else if (opt == OPT_STATUS_FIELD)
      status_field = optarg;
    else if (opt == OPT_LOG_FORMAT)
      log_format = optarg;
  if (cli_json)
    cli_usage_error (argv[0], _("annotate writes logs, not JSON"));
  return cli_annotate (argv + optind, argc - optind,
                       line_buffered || isatty (STDOUT_FILENO), format,
                       status_field, log_format);
}
