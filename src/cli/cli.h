/* cli.h: what the parts of the httpstatus command share.  */

#ifndef HTTPSTATUS_CLI_H
#define HTTPSTATUS_CLI_H

#include <stddef.h>

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

/* --lang LANG: print in LANG whatever the environment says; exit with
   EXIT_USAGE and a hint when the system lacks a locale for it.  */
void cli_use_lang (const char *program_name, const char *lang);

/* The origins of CODE, "Wininet.h, IANA", into BUF of SIZE bytes;
   returns BUF.  */
const char *cli_origin (int code, char *buf, size_t size);

/* Print the code, constant, title, description and origin of CODE.  */
void cli_print_code (int code);

#endif /* HTTPSTATUS_CLI_H */
