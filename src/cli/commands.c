/* commands.c: the command table.  A new command is a file
   src/cli/cmd-NAME.c defining its run function, one line here, and the
   file in Makefile.am (and po/POTFILES.in when it has messages);
   --help lists it from here.  No command's name may be a status name
   (tests/cli-commands.test checks), so `httpstatus NAME` stays a
   lookup for every name.  */

#include <config.h>

#include <string.h>

#include "cli.h"

int cli_cmd_lookup (int argc, char **argv);
int cli_cmd_list (int argc, char **argv);
int cli_cmd_search (int argc, char **argv);
int cli_cmd_annotate (int argc, char **argv);
int cli_cmd_help (int argc, char **argv);

const struct cli_command cli_commands[] = {
  { "lookup", cli_cmd_lookup, N_("CODE|NAME..."),
    N_("print the constant, title, description and origin of codes"),
    N_("CODE is a number such as 404; NAME is a constant such as\n"
       "HTTP_STATUS_NOT_FOUND, not_found or internal_server_error, in any case.\n") },
  { "list", cli_cmd_list, N_("[--json]"),
    N_("list every code as a table"), NULL },
  { "search", cli_cmd_search, N_("WORD..."),
    N_("list the codes whose title or description holds every WORD"),
    N_("A WORD matches English or the current language, in any case.\n") },
  { "annotate", cli_cmd_annotate,
    N_("[--format=FORMAT] [--status-field=NAME] [--line-buffered] [FILE]..."),
    N_("add the title of each line's status code to web access logs"),
    N_("Copy web access logs from the FILEs or standard input, adding the\n"
       "title of each line's status code in the log's own format; every other\n"
       "byte is kept.  A file with lines but no status found, or compressed,\n"
       "is named on standard error and makes the exit status 1.\n"
       "\n"
       "      --format=FORMAT  auto (each file's own, the default), clf (Common,\n"
       "                       Combined and their kin), w3c (W3C Extended, IIS)\n"
       "                       or json (JSON Lines)\n"
       "      --status-field=NAME  the status's member in JSON lines (default:\n"
       "                       status or DownstreamStatus)\n"
       "      --line-buffered  flush every line (always on a terminal)\n") },
  { "help", cli_cmd_help, N_("[COMMAND]"),
    N_("display the help of the program or of a COMMAND"), NULL },
  { NULL, NULL, NULL, NULL, NULL }
};

const struct cli_command *
cli_find_command (const char *name)
{
  for (const struct cli_command *c = cli_commands; c->name != NULL; c++)
    if (strcmp (c->name, name) == 0)
      return c;
  return NULL;
}
