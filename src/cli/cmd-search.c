/* cmd-search.c: `httpstatus search WORD...`, also `httpstatus --search
   WORD [WORD...]`: the codes and transport errors whose texts hold
   every word, as lookups or as a JSON array.  */

#include <config.h>

#include <stdio.h>

#include "cli.h"

int
cli_cmd_search (int argc, char **argv)
{
  static const struct option options[] = {
    CLI_GLOBAL_LONGOPTS,
    { NULL, 0, NULL, 0 }
  };
  while (cli_getopt (argc, argv, CLI_GLOBAL_SHORTOPTS, options) != -1)
    continue;                   /* no option of its own */
  if (optind == argc)
    cli_usage_error (argv[0], _("missing word to search for"));

  int codes[CLI_ITEMS_MAX];
  size_t n = cli_search (argv + optind, argc - optind, codes, CLI_ITEMS_MAX);
  int status = EXIT_FOUND;
  if (n == 0)
    {
      cli_error (cli_program_name, NULL, "%s", _("no status code matches"));
      status = EXIT_NOT_FOUND;
    }
  /* An empty JSON array still says "nothing" in JSON.  */
  if (cli_json)
    cli_list_json (codes, n);
  else
    for (size_t i = 0; i < n; i++)
      cli_print_code (codes[i]);
  return status;
}
