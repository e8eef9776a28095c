/* cmd-help.c: `httpstatus help [COMMAND]`: the program's help, or a
   command's, as `httpstatus COMMAND --help` gives it.  */

#include <config.h>

#include "cli.h"

static int
run (int argc, char **argv)
{
  while (cli_getopt (argc, argv) != -1)
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

const struct cli_command cli_command_help = {
  .name = "help",
  .run = run,
  .args = N_("[COMMAND]"),
  .help = N_("display the help of the program or of a COMMAND"),
  .flags = CLI_TAKES_JSON
};
