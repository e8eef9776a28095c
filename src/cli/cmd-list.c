/* cmd-list.c: `httpstatus list [--json]`, also `httpstatus --list`:
   every code of the table, as a table or a JSON array.  */

#include <config.h>

#include "cli.h"

static int
run (int argc, char **argv)
{
  while (cli_getopt (argc, argv) != -1)
    continue;                   /* no option of its own */
  if (optind < argc)
    cli_usage_error (argv[0], _("list takes no CODE or NAME"));

  int codes[CLI_CODES_MAX];
  size_t n = 0;
  for (int c = httpstatus_next (-1); c != -1 && n < CLI_CODES_MAX;
       c = httpstatus_next (c))
    codes[n++] = c;
  if (cli_json)
    cli_list_json (codes, n);
  else
    cli_list_table (codes, n);
  return EXIT_FOUND;
}

const struct cli_command cli_command_list = {
  .name = "list",
  .run = run,
  .args = N_("[--json]"),
  .help = N_("list every code as a table"),
  .flags = CLI_TAKES_JSON
};
