/* options.c: the option parser of every command.  A command declares
   its own options and which global ones it takes in its table entry
   (struct cli_command, in its cmd-NAME.c); the getopt tables are built
   here from that entry, so that what a command takes, what its help
   says and what is refused are one declaration.  */

#include <config.h>

#include <getopt.h>
#include <string.h>

#include "cli.h"

int cli_json;

/* argv[0] as the command was started: getopt's own messages name it,
   in whichever form the command was called.  */
static char *program_argv0;

/* The state of one argument vector's parse: getopt starts over (optind
   0, GNU) with a new one.  */
static char **current;
static const char *lang;
static int help, show_version;

/* getopt_long once, over ARGV with COMMAND's (NULL: the program's)
   tables, the global options answered.  */
static int
parse (int argc, char **argv, const struct cli_command *command,
       const char *shortopts, const struct option *longopts)
{
  if (argv != current)
    {
      current = argv;
      optind = 0;
      lang = NULL;
      help = show_version = 0;
    }
  for (;;)
    {
      /* getopt's messages name argv[0]: the program's, not the
         command's.  */
      char *name = argv[0];
      if (command != NULL)
        argv[0] = program_argv0;
      int opt = getopt_long (argc, argv, shortopts, longopts, NULL);
      argv[0] = name;
      switch (opt)
        {
        case 'j': cli_json = 1; break;
        case 'l': lang = optarg; break;
        case 'h': help = 1; break;
        case 'V': show_version = 1; break;
        case '?': cli_try_help (command != NULL ? command->name : NULL);
        case -1:
          /* The language first, so that even --help speaks it.  */
          if (lang != NULL)
            cli_use_lang (lang);
          lang = NULL;
          if (help)
            cli_help (command);
          if (show_version)
            cli_version ();
          /* --json before the name or after it: the command says why
             it takes none.  */
          if (command != NULL && cli_json
              && !(command->flags & CLI_TAKES_JSON))
            cli_usage_error (command->name, _(command->no_json));
          return -1;
        default: return opt;
        }
    }
}

int
cli_getopt_program (int argc, char **argv, const char *shortopts,
                    const struct option *longopts)
{
  program_argv0 = argv[0];
  return parse (argc, argv, NULL, shortopts, longopts);
}

/* COMMAND's getopt tables into SHORTOPTS and LONGOPTS: its own
   options, then the global ones it takes after its name.  */
static void
tables (const struct cli_command *command, char *shortopts,
        struct option *longopts)
{
  static const struct option globals[] = { CLI_GLOBAL_LONGOPTS };
  size_t s = 0, l = 0;
  for (const struct cli_option *o = command->options;
       o != NULL && o->name != NULL && l < CLI_OPTIONS_MAX; o++)
    {
      longopts[l++] = (struct option) { o->name, o->has_arg, NULL, o->val };
      if (o->val > 0 && o->val < 256)
        {
          shortopts[s++] = (char) o->val;
          if (o->has_arg == required_argument)
            shortopts[s++] = ':';
        }
    }
  /* -j and -l before the name only, for a command whose --lang is its
     own: getopt refuses them after it.  */
  const char *g = command->flags & CLI_OWN_LANG ? "hV" : CLI_GLOBAL_SHORTOPTS;
  memcpy (shortopts + s, g, strlen (g) + 1);
  for (size_t i = 0; i < sizeof globals / sizeof globals[0]; i++)
    if (strchr (g, globals[i].val) != NULL)
      longopts[l++] = globals[i];
  longopts[l] = (struct option) { NULL, 0, NULL, 0 };
}

int
cli_getopt (int argc, char **argv)
{
  static const struct cli_command *command;
  static char shortopts[2 * CLI_OPTIONS_MAX + 8];
  static struct option longopts[CLI_OPTIONS_MAX + 5];
  if (argv != current)
    {
      /* Run only by the table's entries: a name of no entry gets the
         global options alone.  */
      static const struct cli_command none = { .name = NULL };
      command = cli_find_command (argv[0]);
      tables (command != NULL ? command : &none, shortopts, longopts);
    }
  return parse (argc, argv, command, shortopts, longopts);
}
