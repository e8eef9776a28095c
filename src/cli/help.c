/* help.c: --help and --version.  A command's help is printed from its
   table entry (its usage, texts, options' rows and flags), the
   program's from the table of commands.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void
program_help (void)
{
  const char *p = cli_program_name;
  printf (_("Usage: %s [OPTION]... CODE|NAME...\n"), p);
  /* TRANSLATORS: the "  or:  " lines continue "Usage: ", one usage a
     line, and their "%s" lines up under the one of "Usage: %s".  Make
     yours line up with your "Usage: " in display columns: zh_TW writes
     "用法：%s" and "　或：%s", U+3000 IDEOGRAPHIC SPACE before 或：, as
     coreutils' zh_TW catalog does.  */
  printf (_("  or:  %s [OPTION]... COMMAND [ARG]...\n"), p);
  /* TRANSLATORS: see "  or:  %s [OPTION]... COMMAND [ARG]...".  */
  printf (_("  or:  %s --list [--json]\n"), p);
  /* TRANSLATORS: see "  or:  %s [OPTION]... COMMAND [ARG]...".  */
  printf (_("  or:  %s --search WORD...\n"), p);
  fputs (_("Print the Wininet constant, title, description and origin of HTTP\n"
           "status codes, in the language of the current locale.\n"), stdout);
  putchar ('\n');
  fputs (_(cli_command_lookup.details), stdout);
  putchar ('\n');
  fputs (_("Commands:\n"), stdout);
  int width = 0;
  for (const struct cli_command *const *c = cli_commands; *c != NULL; c++)
    if ((int) strlen ((*c)->name) > width)
      width = (int) strlen ((*c)->name);
  for (const struct cli_command *const *c = cli_commands; *c != NULL; c++)
    printf ("  %-*s  %s\n", width, (*c)->name, _((*c)->help));
  putchar ('\n');
  fputs (_("Options:\n"
           "  -L, --list           list every code as a table\n"
           "  -s, --search=WORD    list the codes whose title or description holds\n"
           "                       WORD and every other WORD argument, in English\n"
           "                       or in the current language, in any case\n"
           "  -j, --json           print lookups, lists and searches as JSON (UTF-8)\n"
           "  -l, --lang=LANG      print in LANG (zh_TW, en, C, zh_TW.BIG5...)\n"
           "                       whatever the environment says\n"
           "  -h, --help           display this help and exit\n"
           "  -V, --version        output version information and exit\n"),
         stdout);
  putchar ('\n');
  printf (_("After a COMMAND's name, -h and -V work too, and -j and -l as its help\n"
           "says; '%s help COMMAND' or '%s COMMAND --help' tells more\n"
           "of it.\n"), p, p);
  putchar ('\n');
  fputs (_("Exit status: 0 if everything was found, 1 if something was not found\n"
           "or could not be read, 2 if there was trouble: a usage error, a missing\n"
           "locale, output that could not be written.\n"), stdout);
}

/* The help's last line: which global options COMMAND takes, from its
   flags, with two "%s" (the program, the command).  */
static const char *
globals_line (const struct cli_command *command)
{
  static const char *const lines[] = {
    [0] = N_("OPTION is -l, -h or -V of '%s --help', also after %s.\n"),
    [CLI_TAKES_JSON]
      = N_("OPTION is -j, -l, -h or -V of '%s --help', also after %s.\n"),
    [CLI_OWN_LANG]
      = N_("OPTION is -l, -h or -V of '%s --help'; after %s, -h and -V only.\n"),
    [CLI_TAKES_JSON | CLI_OWN_LANG]
      = N_("OPTION is -j, -l, -h or -V of '%s --help'; after %s, -h and -V only.\n"),
  };
  return _(lines[command->flags & (CLI_TAKES_JSON | CLI_OWN_LANG)]);
}

void
cli_help (const struct cli_command *command)
{
  if (command == NULL)
    {
      program_help ();
      exit (EXIT_FOUND);
    }
  printf (_("Usage: %s [OPTION]... %s %s\n"), cli_program_name,
          command->name, _(command->args));
  printf ("%s\n", _(command->help));
  if (command->details != NULL)
    {
      putchar ('\n');
      fputs (_(command->details), stdout);
    }
  const struct cli_option *o = command->options;
  if (o != NULL && o->name != NULL)
    putchar ('\n');
  for (; o != NULL && o->name != NULL; o++)
    fputs (_(o->help), stdout);
  if (command->notes != NULL)
    {
      putchar ('\n');
      fputs (_(command->notes), stdout);
    }
  putchar ('\n');
  printf (globals_line (command), cli_program_name, command->name);
  exit (EXIT_FOUND);
}

void
cli_version (void)
{
  printf ("%s (%s) %s\n", cli_program_name, PACKAGE_NAME, PACKAGE_VERSION);
  fputs (_("License: MIT.  This is free software: you are free to change "
           "and redistribute it.\nThere is NO WARRANTY, to the extent "
           "permitted by law.\n"), stdout);
  exit (EXIT_FOUND);
}
