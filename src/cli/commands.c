/* commands.c: the command table.  A new command is a file
   src/cli/cmd-NAME.c defining its entry, cli_command_NAME (its name,
   run function, texts, own options and the global options it takes:
   see struct cli_command), one line here, its declaration in cli.h,
   and the file in src/cli/Makefile.inc (and po/POTFILES.in when it has
   messages); --help lists it from here.  No command's name may be a
   status name (tests/cli-commands.test checks), so that `httpstatus
   NAME` stays a lookup for every name.  */

#include <config.h>

#include <string.h>

#include "cli.h"

const struct cli_command *const cli_commands[] = {
  &cli_command_lookup,
  &cli_command_list,
  &cli_command_search,
  &cli_command_annotate,
  &cli_command_pages,
  &cli_command_help,
  NULL
};

const struct cli_command *
cli_find_command (const char *name)
{
  for (const struct cli_command *const *c = cli_commands; *c != NULL; c++)
    if (strcmp ((*c)->name, name) == 0)
      return *c;
  return NULL;
}
