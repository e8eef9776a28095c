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

/* An item of a list: an HTTP status code (100..599), or a transport
   error of errors.def encoded below zero, its space in the high bits
   and its number in the low 16 (every number of the table fits).  The
   calls below that take a CODE take any item.  */
#define CLI_ERROR_ITEM(space, code) (-(((space) << 16) | (code)) - 1)
#define CLI_IS_ERROR(item) ((item) < 0)
#define CLI_ERROR_SPACE(item) ((-(item) - 1) >> 16)
#define CLI_ERROR_CODE(item) ((-(item) - 1) & 0xffff)

/* The most items a list can hold: every code, every error.  */
#define CLI_ITEMS_MAX (CLI_CODES_MAX + 512)

/* transport.c: errors.def's spaces: KEY for options and JSON ("curl"),
   LABEL the library's name ("libcurl"); ends with a NULL key.  */
struct cli_error_space
{
  int space;
  const char *key, *label;
};
extern const struct cli_error_space cli_error_spaces[];

/* transport.c: the space whose key is KEY, or NULL.  */
const struct cli_error_space *cli_find_error_space (const char *key);

/* transport.c: the item of ARG, a number of SPACE or a constant of
   httpstatus_error_from_name (any space); -1 if the table lacks it.  */
int cli_parse_error (int space, const char *arg);

/* transport.c: the errors of SPACE (0: of every space) into ITEMS, at
   most MAX; returns how many.  */
size_t cli_list_errors (int space, int *items, size_t max);

/* The constant of ITEM: httpstatus_name's or httpstatus_error_name's.  */
const char *cli_item_name (int item);

/* error.c: the name the command gives itself in messages.  */
extern const char cli_program_name[];

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

/* One of a command's own options, for getopt_long and for its help.
   VAL is what cli_getopt returns for it: a letter for an option with a
   short form too, else 256 or more.  HELP, an N_() msgid, is its rows
   in the command's help as printed ("      --out=DIR        the folder
   to write...\n"): whole rows, so that a translator aligns them in
   display columns (a Chinese argument name takes two a character),
   which no printf width does.  */
struct cli_option
{
  const char *name;
  int has_arg;                  /* no_argument or required_argument */
  int val;
  const char *help;
};

/* The most options of a command's own.  */
#define CLI_OPTIONS_MAX 16

/* What a command takes of the global options (struct cli_command's
   flags); cli_getopt enforces them and the help says them.  */
enum
{
  /* --json means something to it; without this flag --json, before
     or after its name, is the usage error NO_JSON.  */
  CLI_TAKES_JSON = 1 << 0,
  /* Its --lang is its own option (pages: the languages it writes):
     after its name only its own options, -h and -V; -j and -l go
     before.  Without it, every global option works after its name
     too.  */
  CLI_OWN_LANG = 1 << 1
};

/* One subcommand, "httpstatus NAME ARG...", defined by its own file
   src/cli/cmd-NAME.c.  RUN gets the arguments from the command's name
   on (ARGV[0] is NAME), parses its options with cli_getopt, and
   returns the exit status.  ARGS, HELP, DETAILS, NOTES and NO_JSON are
   N_() msgids: the operands for the usage line ("CODE|NAME..."), one
   line for the list of commands, what `httpstatus NAME --help` says
   after them, before its OPTIONS (NULL for nothing) and after them
   (NULL for nothing), and the message refusing --json (with no
   CLI_TAKES_JSON).  OPTIONS are its own, ending with a NULL name (NULL
   for none); FLAGS, the CLI_* above.  */
struct cli_command
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *args;
  const char *help;
  const char *details;
  const struct cli_option *options;
  const char *notes;
  int flags;
  const char *no_json;
};

/* The commands, each in its file.  */
extern const struct cli_command cli_command_lookup, cli_command_list,
  cli_command_search, cli_command_annotate, cli_command_pages,
  cli_command_help;

/* commands.c: the commands, in the order --help lists them; ends with
   NULL.  */
extern const struct cli_command *const cli_commands[];

/* commands.c: the command called NAME, or NULL.  */
const struct cli_command *cli_find_command (const char *name);

/* The global options, for the older forms' getopt table (main.c):
   --json, --lang, --help, --version.  */
#define CLI_GLOBAL_SHORTOPTS "jl:hV"
#define CLI_GLOBAL_LONGOPTS \
  { "json", no_argument, NULL, 'j' }, \
  { "lang", required_argument, NULL, 'l' }, \
  { "help", no_argument, NULL, 'h' }, \
  { "version", no_argument, NULL, 'V' }

/* options.c: what the global options said; json is 1 after --json.  */
extern int cli_json;

/* options.c: getopt_long over a command's ARGC and ARGV (ARGV[0] its
   name), with its own options and the global ones its flags let it
   take.  It answers the global options itself (--help with the
   command's help), usage errors and --json where the command takes
   none (exit EXIT_TROUBLE), and returns the command's own options'
   VAL; -1 at the end, when optind is the first operand.  */
int cli_getopt (int argc, char **argv);

/* options.c: the same over the program's ARGC and ARGV, the global
   options before a command's name or the older forms, with the getopt
   tables SHORTOPTS and LONGOPTS (holding the global options).  */
int cli_getopt_program (int argc, char **argv, const char *shortopts,
                        const struct option *longopts);

/* help.c: the usage of COMMAND (NULL: of the program) on standard
   output; exit with EXIT_FOUND.  */
_Noreturn void cli_help (const struct cli_command *command);

/* help.c: --version; exit with EXIT_FOUND.  */
_Noreturn void cli_version (void);

/* parse-code.c: the code that ARG names, a decimal number or a name of
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

/* words.c: the separator of a list the command builds ("json, w3c,
   clf"; "、" in Chinese), from the catalogs.  cli_list_add appends WORD
   to the list in BUF of SIZE bytes (empty at first), after the
   separator if the list has items; -1 if it was cut short.  */
const char *cli_list_separator (void);
int cli_list_add (char *buf, size_t size, const char *word);

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

#endif /* HTTPSTATUS_CLI_H */
