/* cmd-lookup.c: `httpstatus lookup CODE|NAME...`, also what a bare
   `httpstatus CODE|NAME...` runs: each code as a block of text, or all
   of them as one JSON array.  A NAME may be a transport error's
   constant (CURLE_OPERATION_TIMEDOUT), and --curl, --wininet and
   --winhttp give such an error by its number in that library.  */

#include <config.h>

#include <stdlib.h>

#include "cli.h"

enum { OPT_CURL = 256, OPT_WININET, OPT_WINHTTP };

/* The key of the error space of OPT, one of the options above.  */
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

static int
run (int argc, char **argv)
{
  int status = EXIT_FOUND;
  int *items = malloc ((size_t) argc * sizeof *items);
  size_t n = 0, nerrors = 0;
  if (items == NULL)
    {
      cli_oom ();
      return EXIT_TROUBLE;
    }
  int opt;
  while ((opt = cli_getopt (argc, argv)) != -1)
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

static const struct cli_option options[] = {
  { "curl", required_argument, OPT_CURL,
    N_("      --curl=NUMBER    the libcurl error (CURLcode) NUMBER\n") },
  { "wininet", required_argument, OPT_WININET,
    N_("      --wininet=NUMBER the WinINet error NUMBER (12001...)\n") },
  { "winhttp", required_argument, OPT_WINHTTP,
    N_("      --winhttp=NUMBER the WinHTTP error NUMBER (12001...)\n") },
  { NULL, 0, 0, NULL }
};

const struct cli_command cli_command_lookup = {
  .name = "lookup",
  .run = run,
  .args = N_("CODE|NAME..."),
  .help = N_("print the constant, title, description and origin of codes"),
  .details = N_("CODE is a number such as 404; NAME is a constant such as\n"
                "HTTP_STATUS_NOT_FOUND, not_found or internal_server_error, in any case,\n"
                "or a transport error's: CURLE_OPERATION_TIMEDOUT, ERROR_INTERNET_TIMEOUT,\n"
                "ERROR_WINHTTP_TIMEOUT.\n"),
  .options = options,
  .flags = CLI_TAKES_JSON
};
