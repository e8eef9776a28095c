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

static int
run (int argc, char **argv)
{
  int opt, line_buffered = 0;
  const char *format = NULL, *status_field = NULL, *log_format = NULL;
  while ((opt = cli_getopt (argc, argv)) != -1)
    if (opt == OPT_LINE_BUFFERED)
      line_buffered = 1;
    else if (opt == OPT_FORMAT)
      format = optarg;
    else if (opt == OPT_STATUS_FIELD)
      status_field = optarg;
    else if (opt == OPT_LOG_FORMAT)
      log_format = optarg;
  return cli_annotate (argv + optind, argc - optind,
                       line_buffered || isatty (STDOUT_FILENO), format,
                       status_field, log_format);
}

/* Its options, in the order of its help.  */
static const struct cli_option options[] = {
  { "format", required_argument, OPT_FORMAT,
    /* TRANSLATORS: an option's rows in the command's help: the option
       as it is (its argument's name translated), its text lined up in
       display columns with the other options'.  */
    N_("      --format=FORMAT  auto (each line's own, the default), clf (Common,\n"
       "                       Combined, HAProxy clf, varnishncsa), w3c (IIS,\n"
       "                       CloudFront), json (nginx, Caddy, Traefik,\n"
       "                       Cloudflare, Google Cloud), haproxy, squid, alb,\n"
       "                       elb or envoy\n") },
  { "log-format", required_argument, OPT_LOG_FORMAT,
    N_("      --log-format=STRING  the server's own format string: nginx\n"
       "                       log_format, Apache LogFormat, HAProxy log-format\n"
       "                       or Envoy; @FILE:NAME reads format NAME from a\n"
       "                       configuration file\n") },
  { "status-field", required_argument, OPT_STATUS_FIELD,
    N_("      --status-field=NAME  the status's member in JSON lines (default:\n"
       "                       status, DownstreamStatus or EdgeResponseStatus)\n") },
  { "line-buffered", no_argument, OPT_LINE_BUFFERED,
    N_("      --line-buffered  flush every line (output is flushed anyway\n"
       "                       whenever the input pauses)\n") },
  { NULL, 0, 0, NULL }
};

const struct cli_command cli_command_annotate = {
  .name = "annotate",
  .run = run,
  .args = N_("[--format=FORMAT] [--log-format=STRING|@FILE:NAME] "
             "[--status-field=NAME] [--line-buffered] [FILE]..."),
  .help = N_("add the title of each line's status code to web access logs"),
  .details = N_("Copy web access logs from the FILEs or standard input, adding the\n"
                "title of each line's status code in the log's own format; every other\n"
                "byte is kept.  Each line is read in its own format, inside a syslog\n"
                "envelope too.  A file with lines but no status found, or compressed,\n"
                "is named on standard error and makes the exit status 1; lines without\n"
                "a status among others are counted on standard error.\n"),
  .options = options,
  /* It writes logs: --json is refused.  */
  .no_json = N_("annotate writes logs, not JSON")
};
