/* cmd-lookup.c: `httpstatus lookup CODE|NAME...`, also what a bare
   `httpstatus CODE|NAME...` runs: each code as a block of text, or all
   of them as one JSON array.  A NAME may be a transport error's
   constant (CURLE_OPERATION_TIMEDOUT), and --curl, --wininet and
   --winhttp give such an error by its number in that library.  */

#include <config.h>

#include <stdlib.h>

#include "cli.h"

enum { OPT_CURL = 256, OPT_WININET, OPT_WINHTTP };

/* The options of the error spaces, by option value.  */
static const char *
space_key (int opt)
{
  return opt == OPT_CURL ? "curl" : opt == OPT_WININET ? "wininet"
                                                       : "winhttp";
}

/* ITEM found for ARG, else a message and EXIT_NOT_FOUND in *STATUS.  */
static void
take (int item, const char *arg, const struct cli_error_space *space,
      int *items, size_t *n, int *status)
{
  if (item == -1)
    {
      if (space != NULL)
        /* TRANSLATORS: %s is a library: libcurl, WinINet, WinHTTP.  */
        cli_error (cli_program_name, arg, _("no such %s error number or name"),
                   space->label);
      else
        cli_error (cli_program_name, arg, "%s",
                   _("no such HTTP status code or name"));
      *status = EXIT_NOT_FOUND;
    }
  else if (cli_json)
    items[(*n)++] = item;
  else
    cli_print_code (item);      /* in order with the messages */
}

int
cli_cmd_lookup (int argc, char **argv)
{
  static const struct option options[] = {
    { "curl", required_argument, NULL, OPT_CURL },
    { "wininet", required_argument, NULL, OPT_WININET },
    { "winhttp", required_argument, NULL, OPT_WINHTTP },
    CLI_GLOBAL_LONGOPTS,
    { NULL, 0, NULL, 0 }
  };
  int status = EXIT_FOUND;
  int *items = malloc ((size_t) argc * sizeof *items);
  size_t n = 0, nerrors = 0;
  if (items == NULL)
    {
      cli_oom ();
      return EXIT_TROUBLE;
    }
  int opt;
  while ((opt = cli_getopt (argc, argv, CLI_GLOBAL_SHORTOPTS, options)) != -1)
    {
      const struct cli_error_space *s = cli_find_error_space (space_key (opt));
      take (cli_parse_error (s->space, optarg), optarg, s, items, &n,
            &status);
      nerrors++;
    }
  char **args = argv + optind;
  int nargs = argc - optind;
  if (nargs == 0 && nerrors == 0)
    cli_usage_error (argv[0], _("missing status code or name"));
  for (int i = 0; i < nargs; i++)
    {
      int item = cli_parse_code (args[i]);
      if (item < 0 && !(args[i][0] >= '0' && args[i][0] <= '9'))
        item = cli_parse_error (0, args[i]);
      take (item, args[i], NULL, items, &n, &status);
    }
  if (cli_json)
    cli_list_json (items, n);
  free (items);
  return status;
}
