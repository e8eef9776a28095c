/* cmd-list.c: `httpstatus list [--json]`, also `httpstatus --list`:
   every code of the table, as a table or a JSON array.  */

#include <config.h>

#include "cli.h"

int
cli_cmd_list (int argc, char **argv)
{
  static const struct option options[] = {
    CLI_GLOBAL_LONGOPTS,
    { NULL, 0, NULL, 0 }
  };
  while (cli_getopt (argc, argv, CLI_GLOBAL_SHORTOPTS, options) != -1)
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
