/* cli.h: what the parts of the httpstatus command share.  */

#ifndef HTTPSTATUS_CLI_H
#define HTTPSTATUS_CLI_H

#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) ((const char *) (msgid))
#endif
#define N_(msgid) msgid

/* Exit statuses: all found, something not found or unreadable, usage.  */
enum
{
  EXIT_FOUND = 0,
  EXIT_NOT_FOUND = 1,
  EXIT_USAGE = 2
};

/* The code that ARG names: a decimal number or a constant's name.
   -1 if it names nothing in the table.  */
int cli_parse_code (const char *arg);

/* Print the code, constant, title and description of CODE.  */
void cli_print_code (int code);

#endif /* HTTPSTATUS_CLI_H */
