/* error.c: the command's messages on standard error, each prefixed
   the same way ("httpstatus: ", "httpstatus：" in Chinese), and the
   hint that ends a usage error.  */

#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

/* The installed program's name (bin_PROGRAMS), whatever argv[0] is.  */
const char cli_program_name[] = "httpstatus";

/* One name before a message, or before a name and a message.  */
static void
prefix (const char *name)
{
  /* TRANSLATORS: the prefix of every error message, before the
     program's name and before the name of what the message is about
     (an argument, a file): "httpstatus: 999: no such...".  Chinese
     uses a full-width colon and no space: "%s：".  */
  fprintf (stderr, _("%s: "), name);
}

void
cli_error (const char *program, const char *subject, const char *format,
           ...)
{
  fflush (stdout);
  prefix (program);
  if (subject != NULL)
    prefix (subject);
  va_list ap;
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

void
cli_try_help (const char *command)
{
  char name[64];
  snprintf (name, sizeof name, "%s%s%s", cli_program_name,
            command != NULL ? " " : "", command != NULL ? command : "");
  fprintf (stderr, _("Try '%s --help' for more information.\n"), name);
  exit (EXIT_TROUBLE);
}

void
cli_oom (void)
{
  cli_error (cli_program_name, NULL, "%s", _("memory exhausted"));
}

void
cli_usage_error (const char *command, const char *message)
{
  cli_error (cli_program_name, NULL, "%s", message);
  cli_try_help (command);
}
