/* cmd-list.c: `httpstatus list [--json]`, also `httpstatus --list`:
   every code of the table, as a table or a JSON array; with
   --errors[=SPACE], the transport errors instead (of libcurl, WinINet,
   WinHTTP, or of SPACE alone).  */

#include <config.h>

#include "cli.h"

enum { OPT_ERRORS = 256 };

int
cli_cmd_list (int argc, char **argv)
{
  static const struct option options[] = {
    { "errors", optional_argument, NULL, OPT_ERRORS },
    CLI_GLOBAL_LONGOPTS,
    { NULL, 0, NULL, 0 }
  };
  int errors = -1, opt;         /* -1: statuses; 0: every space */
  while ((opt = cli_getopt (argc, argv, CLI_GLOBAL_SHORTOPTS, options))
         != -1)
    {
      const struct cli_error_space *s = NULL;
      if (optarg != NULL && (s = cli_find_error_space (optarg)) == NULL)
        cli_usage_error (argv[0],
                         _("--errors takes curl, wininet or winhttp"));
      errors = s != NULL ? s->space : 0;
    }
  if (optind < argc)
    cli_usage_error (argv[0], _("list takes no CODE or NAME"));

  int codes[CLI_ITEMS_MAX];
  size_t n = 0;
  if (errors >= 0)
    n = cli_list_errors (errors, codes, CLI_ITEMS_MAX);
  for (int c = httpstatus_next (-1); errors < 0 && c != -1
       && n < CLI_CODES_MAX; c = httpstatus_next (c))
    codes[n++] = c;
  if (cli_json)
    cli_list_json (codes, n);
  else
    cli_list_table (codes, n);
  return EXIT_FOUND;
}
