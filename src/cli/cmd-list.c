/* cmd-list.c: `httpstatus list [--json]`, also `httpstatus --list`:
   every code of the table, as a table or a JSON array; with
   --errors[=SPACE], the transport errors instead (of libcurl, WinINet,
   WinHTTP, or of SPACE alone).  */

#include <config.h>

#include "cli.h"

enum { OPT_ERRORS = 256 };

static int
run (int argc, char **argv)
{
  int errors = -1;              /* -1: statuses; 0: every space */
  while (cli_getopt (argc, argv) != -1)
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

static const struct cli_option options[] = {
  { "errors", optional_argument, OPT_ERRORS,
    N_("      --errors[=SPACE]  list the transport errors instead: of libcurl,\n"
       "                       WinINet and WinHTTP, or of SPACE alone (curl,\n"
       "                       wininet or winhttp)\n") },
  { NULL, 0, 0, NULL }
};

const struct cli_command cli_command_list = {
  .name = "list",
  .run = run,
  .args = N_("[--errors] [--json]"),
  .help = N_("list every code as a table"),
  .options = options,
  .flags = CLI_TAKES_JSON
};
