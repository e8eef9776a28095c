/* cmd-lookup.c: `httpstatus lookup CODE|NAME...`, also what a bare
   `httpstatus CODE|NAME...` runs: each code as a block of text, or all
   of them as one JSON array.  */

#include <config.h>

#include <stdlib.h>

#include "cli.h"

static int
run (int argc, char **argv)
{
  while (cli_getopt (argc, argv) != -1)
    continue;                   /* no option of its own */
  char **args = argv + optind;
  int nargs = argc - optind;
  if (nargs == 0)
    cli_usage_error (argv[0], _("missing status code or name"));

  int status = EXIT_FOUND;
  int *codes = malloc ((size_t) nargs * sizeof *codes);
  if (codes == NULL)
    {
      cli_oom ();
      return EXIT_TROUBLE;
    }
  size_t n = 0;
  for (int i = 0; i < nargs; i++)
    {
      int code = cli_parse_code (args[i]);
      if (code < 0)
        {
          cli_error (cli_program_name, args[i], "%s",
                     _("no such HTTP status code or name"));
          status = EXIT_NOT_FOUND;
        }
      else if (cli_json)
        codes[n++] = code;
      else
        cli_print_code (code);  /* in order with the messages */
    }
  if (cli_json)
    cli_list_json (codes, n);
  free (codes);
  return status;
}

const struct cli_command cli_command_lookup = {
  .name = "lookup",
  .run = run,
  .args = N_("CODE|NAME..."),
  .help = N_("print the constant, title, description and origin of codes"),
  .details = N_("CODE is a number such as 404; NAME is a constant such as\n"
                "HTTP_STATUS_NOT_FOUND, not_found or internal_server_error, in any case.\n"),
  .flags = CLI_TAKES_JSON
};
