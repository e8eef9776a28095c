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

/* Exit statuses: all found, something not found or unreadable, usage
   (or output) error.  */
enum
{
  EXIT_FOUND = 0,
  EXIT_NOT_FOUND = 1,
  EXIT_USAGE = 2
};

/* lookup.c: the code that ARG names, a decimal number or a name of
   httpstatus_from_name; -1 if it names nothing in the table.  */
int cli_parse_code (const char *arg);

/* lang.c: --lang LANG: print in LANG whatever the environment says;
   exit with EXIT_USAGE and a hint when the system lacks a locale.  */
void cli_use_lang (const char *program_name, const char *lang);

/* entry.c: the origin flags' names: KEY for JSON, LABEL for people
   (an N_() msgid where it needs translating); ends with a 0 flag.  */
struct cli_origin_name
{
  int flag;
  const char *key, *label;
};
extern const struct cli_origin_name cli_origin_names[];

/* The origins of CODE, "Wininet.h, IANA", into BUF of SIZE bytes;
   returns BUF.  */
const char *cli_origin (int code, char *buf, size_t size);

/* Print the code, constant, title, description and origin of CODE.  */
void cli_print_code (int code);

/* list.c: the N CODES as an aligned table.  */
void cli_list_table (const int *codes, size_t n);

/* json.c: the N CODES as a JSON array, in UTF-8.  */
void cli_list_json (const int *codes, size_t n);

/* search.c: the codes, at most MAX, whose texts hold every one of the
   NARGS words, into CODES; returns how many.  */
size_t cli_search (char *const *args, int nargs, int *codes, size_t max);

/* annotate.c: annotate the NFILES FILES ("-" or none: standard input)
   to standard output, flushing every line if LINE_BUFFERED, in the log
   FORMAT ("auto" or NULL: each file's own; "clf", "w3c", "json"), with
   the status of JSON lines under STATUS_FIELD (NULL: the usual names);
   returns the exit status.  */
int cli_annotate (const char *program_name, char **files, int nfiles,
                  int line_buffered, const char *format,
                  const char *status_field);

#endif /* HTTPSTATUS_CLI_H */
