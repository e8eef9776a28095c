/* cmd-help.c: `httpstatus help [COMMAND]`: the program's help, or a
   command's, as `httpstatus COMMAND --help` gives it.  */

#include <config.h>

#include "cli.h"

int
cli_cmd_help (int argc, char **argv)
{
  static const struct option options[] = {
    CLI_GLOBAL_LONGOPTS,
    { NULL, 0, NULL, 0 }
  };
  while (cli_getopt (argc, argv, CLI_GLOBAL_SHORTOPTS, options) != -1)
    continue;                   /* no option of its own */
  if (argc - optind > 1)
    cli_usage_error (argv[0], _("help takes one COMMAND at most"));
  if (optind == argc)
    cli_help (NULL);
  const struct cli_command *command = cli_find_command (argv[optind]);
  if (command == NULL)
    {
      cli_error (cli_program_name, argv[optind], "%s", _("no such command"));
      cli_try_help (NULL);
    }
  cli_help (command);
}
