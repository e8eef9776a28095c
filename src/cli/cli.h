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

/* The origins of CODE, "Wininet.h, IANA", or "vendor (nginx)" for a
   vendor's code, into BUF of SIZE bytes; returns BUF.  */
const char *cli_origin (int code, char *buf, size_t size);

/* The key of CODE's vendor for JSON ("nginx", "aws-elb"), NULL for a
   code of no vendor.  */
const char *cli_vendor_key (int code);

/* What annotate writes between the brackets for CODE: "404 Not Found",
   and the vendor for a vendor's code, "499 Client Closed Request
   (nginx)"; into BUF of SIZE bytes, returns BUF.  */
const char *cli_annotation_text (int code, char *buf, size_t size);

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
   to standard output, flushing every line if LINE_BUFFERED; returns
   the exit status.  */
int cli_annotate (const char *program_name, char **files, int nfiles,
                  int line_buffered);

#endif /* HTTPSTATUS_CLI_H */
