/* cli.h: what the parts of the httpstatus command share.  */

#ifndef HTTPSTATUS_CLI_H
#define HTTPSTATUS_CLI_H

#include <getopt.h>
#include <stddef.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) ((const char *) (msgid))
#endif
#define N_(msgid) msgid

/* Exit statuses, named as grep names them: everything was found,
   something was not found (or, for annotate, an input could not be
   read), trouble: a usage error, a missing locale, output that could
   not be written.  */
enum
{
  EXIT_FOUND = 0,
  EXIT_NOT_FOUND = 1,
  EXIT_TROUBLE = 2
};

/* The most codes a list can hold: every code of the valid range.  */
#define CLI_CODES_MAX (HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1)

/* main.c: the name the command gives itself in messages.  */
extern const char cli_program_name[];

/* main.c: what the global options said; json is 1 after --json.  */
extern int cli_json;

/* error.c: "httpstatus: SUBJECT: MESSAGE\n" on standard error, after
   flushing standard output (so that messages and output keep their
   order); no "SUBJECT: " when SUBJECT is NULL.  PROGRAM is the program
   name.  FORMAT is the message, translated by the caller.  */
void cli_error (const char *program, const char *subject,
                const char *format, ...)
#if defined __GNUC__
  __attribute__ ((__format__ (__printf__, 3, 4)))
#endif
  ;

/* error.c: "Try 'httpstatus [COMMAND] --help' for more information."
   and exit with EXIT_TROUBLE; COMMAND may be NULL.  */
_Noreturn void cli_try_help (const char *command);

/* error.c: "httpstatus: memory exhausted" on standard error; the
   caller goes on to its own exit status.  */
void cli_oom (void);

/* error.c: MESSAGE (translated) as a usage error of COMMAND (or of
   the program, when NULL), then the hint of cli_try_help.  */
_Noreturn void cli_usage_error (const char *command, const char *message);

/* One subcommand, "httpstatus NAME ARG...".  RUN gets the arguments
   from the command's name on (ARGV[0] is NAME), parses its options
   with cli_getopt, and returns the exit status.  ARGS, HELP and
   DETAILS are N_() msgids: the operands for the usage line
   ("CODE|NAME..."), one line for the list of commands, and what
   `httpstatus NAME --help` says after them (NULL for nothing).
   OPTIONS, an N_() msgid with two "%s" (the program, the command), is
   the help's last line, which of the global options the command takes
   (NULL: all of them, before and after its name).  */
struct cli_command
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *args;
  const char *help;
  const char *details;
  const char *options;
};

/* commands.c: the commands, in the order --help lists them; the last
   entry's name is NULL.  */
extern const struct cli_command cli_commands[];

/* commands.c: the command called NAME, or NULL.  */
const struct cli_command *cli_find_command (const char *name);

/* The options every command takes besides its own, for its getopt
   tables: --json, --lang, --help, --version.  */
#define CLI_GLOBAL_SHORTOPTS "jl:hV"
#define CLI_GLOBAL_LONGOPTS \
  { "json", no_argument, NULL, 'j' }, \
  { "lang", required_argument, NULL, 'l' }, \
  { "help", no_argument, NULL, 'h' }, \
  { "version", no_argument, NULL, 'V' }

/* main.c: getopt_long over a command's ARGC and ARGV, whose SHORTOPTS
   and LONGOPTS hold the command's own options and the global ones.  It
   answers the global options itself (--help with the command's help)
   and usage errors (exit EXIT_TROUBLE), and returns the command's own
   options; -1 at the end, when optind is the first operand.  */
int cli_getopt (int argc, char **argv, const char *shortopts,
                const struct option *longopts);

/* main.c: the usage of COMMAND (NULL: of the program) on standard
   output; exit with EXIT_FOUND.  */
_Noreturn void cli_help (const struct cli_command *command);

/* lookup.c: the code that ARG names, a decimal number or a name of
   httpstatus_from_name; -1 if it names nothing in the table.  */
int cli_parse_code (const char *arg);

/* lang.c: --lang LANG: print in LANG whatever the environment says;
   exit with EXIT_TROUBLE and a hint when the system lacks a locale.  */
void cli_use_lang (const char *lang);

/* The library's texts in the language of the run: httpstatus_title
   and its kin, or their _lang forms when --lang chose a language the
   system has no locale for.  Every text printed goes through these.  */
const char *cli_title (int code);
const char *cli_description (int code);
const char *cli_class_title (int code);

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

/* Print the code, constant, title, description and origin of CODE.  */
void cli_print_code (int code);

/* list.c: the N CODES as an aligned table.  */
void cli_list_table (const int *codes, size_t n);

/* utf8.c: S, text of the locale's charset, in UTF-8: S itself when the
   locale is UTF-8 or ASCII (or has no converter), else its conversion
   into BUF of SIZE bytes; NULL when S does not convert or does not
   fit.  */
const char *cli_utf8 (const char *s, char *buf, size_t size);

/* json.c: the N CODES as a JSON array, in UTF-8.  */
void cli_list_json (const int *codes, size_t n);

/* search.c: the codes, at most MAX, whose texts hold every one of the
   NARGS words, into CODES; returns how many.  */
size_t cli_search (char *const *args, int nargs, int *codes, size_t max);

/* annotate.c: annotate the NFILES FILES ("-" or none: standard input)
   to standard output, flushing every line if LINE_BUFFERED, in the log
   FORMAT ("auto" or NULL: each file's own; "clf", "w3c", "json"), with
   the status of JSON lines under STATUS_FIELD (NULL: the usual names),
   or in the server's own format string LOG_FORMAT (--log-format:
   STRING or @FILE:NAME; NULL: none); returns the exit status.  */
int cli_annotate (char **files, int nfiles, int line_buffered,
                  const char *format, const char *status_field,
                  const char *log_format);

/* buf.c: a growing byte string; S is NULL after memory ran out.  */
struct cli_buf
{
  char *s;
  size_t len, size;
};
void cli_buf_add (struct cli_buf *b, const char *s, size_t n);
void cli_buf_str (struct cli_buf *b, const char *s);
/* S with &, <, >, " and ' as character references: HTML text and
   attribute values alike.  */
void cli_buf_html (struct cli_buf *b, const char *s);
/* S, UTF-8 text, as a JSON string (RFC 8259): in quotes, with '"',
   '\\' and the control characters escaped.  */
void cli_buf_json (struct cli_buf *b, const char *s);

/* pages.c: a page template, read and checked: NULL for the built-in
   page.  Returns 0, or prints what is wrong ("FILE:LINE: ...") and
   returns -1.  */
struct cli_template;
int cli_template_read (const char *file, struct cli_template **t);
void cli_template_free (struct cli_template *t);

/* pages.c: the page of CODE in language LANG (a name of
   httpstatus_lang_installed) through template T (NULL: the built-in
   one) into B.  */
void cli_page_render (const struct cli_template *t, int code,
                      const char *lang, struct cli_buf *b);

/* pages.c: write the LEN bytes of DATA to DIR/NAME whole or not at all:
   to a temporary name beside it, then renamed.  On failure the file's
   name and the reason are on standard error; returns -1.  */
int cli_write_file (const char *dir, const char *name, const char *data,
                    size_t len);

/* pages-conf.c: the servers' snippets for the pages of the NCODES
   CODES in the NLANGS languages LANGS (catalog names, "en" first) that
   lie in the folder DIR (an absolute path), written into DIR; they
   serve the pages under URL (ending in '/').  Returns 0 or -1.  */
int cli_pages_nginx (const char *dir, const char *url,
                     const char *const *langs, size_t nlangs,
                     const int *codes, size_t ncodes);
int cli_pages_apache (const char *dir, const char *url,
                      const char *const *langs, size_t nlangs,
                      const int *codes, size_t ncodes);

#endif /* HTTPSTATUS_CLI_H */
