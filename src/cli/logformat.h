/* logformat.h: what `httpstatus annotate` asks of a log format.  Each
   format lives in a file of its own (format-clf.c, format-w3c.c,
   format-json.c) behind this one small interface, and annotate.c
   knows none of them: it asks each line where its status is and where
   the annotation goes, and writes the format's own text there.  */

#ifndef HTTPSTATUS_LOGFORMAT_H
#define HTTPSTATUS_LOGFORMAT_H

#include <stddef.h>

/* What a line is to a format.  */
enum log_verdict
{
  LOG_OTHER,                    /* not a line of this format */
  LOG_KNOWN,                    /* of the format, nothing to add (a comment) */
  LOG_NOTE                      /* of the format: a note goes in (found) */
};

/* Notes that are not a status's title; below HTTPSTATUS_CODE_MIN, so a
   note is named by one int.  */
enum
{
  LOG_NOTE_HEADER = 0,          /* a header line gains a column's name */
  LOG_NOTE_NONE = 1             /* a line of a format with columns has no
                                   status: a placeholder keeps them */
};

/* Where a note goes: WHAT is a status (HTTPSTATUS_CODE_MIN..MAX) or a
   LOG_NOTE_*; it goes AT bytes into the line, or at its end (before
   any "\r\n") if AT_END.  */
struct log_found
{
  int what;
  size_t at;
  int at_end;
  /* Which of the format's notes for WHAT: 0, or another the format
     defines (W3C: 1 for a tab-separated line's).  annotate sets it to
     0 before each scan.  */
  int variant;
};

/* What a format remembers within one file (W3C's #Fields: columns),
   and the user's choices; reset at each file's start.  */
struct log_string;

struct log_file
{
  const char *status_field;     /* --status-field, or NULL */
  long column;                  /* W3C: sc-status's column, or -1 */
  long columns;                 /* W3C: how many #Fields: declares */
  const struct log_string *user;  /* --log-format, compiled, or NULL */
};

struct log_format
{
  const char *name;
  /* Whether the LEN bytes at LINE (no line end) are a line of the
     format, and if a note goes in, which and where, in *FOUND.  If
     PARTIAL, LINE is only the start of a longer line.  Any bytes are
     accepted; nothing past LINE + LEN is read.  */
  enum log_verdict (*scan) (struct log_file *file, const char *line,
                            size_t len, int partial,
                            struct log_found *found);
  /* The note's bytes for WHAT in VARIANT (see struct log_found), in a
     malloc'ed string of *LEN bytes, or NULL if out of memory.  */
  char *(*note) (int what, int variant, size_t *len);
};

extern const struct log_format log_format_clf, log_format_w3c,
  log_format_json, log_format_haproxy, log_format_squid, log_format_alb,
  log_format_elb, log_format_envoy, log_format_user;

/* formats.c: the formats, in the order --format=auto tries them; ends
   with NULL.  */
extern const struct log_format *const log_formats[];

/* format-clf.c: the status of a Common or Combined Log Format line
   (the fuzz harness's entry):
     host ident user [date] "request" status bytes[ more]
   where host and ident are bytes other than space, user any one or
   more bytes (spaces too: servers write it unescaped), date any bytes
   but ']', in the request a backslash escapes the next byte, status
   three digits, bytes digits or "-".  Of the ways to read a line, the
   one with the first date counts.  -1 if none, or its status is not
   in HTTPSTATUS_CODE_MIN..MAX.  */
int clf_status (const char *line, size_t len);

/* formats.c: the text a note gives CODE, its title and, for a vendor's
   code, the vendor in parentheses: "Client Closed Request (nginx)",
   into BUF of SIZE bytes; returns BUF.  In the locale's charset.  */
const char *log_title (int code, char *buf, size_t size);

/* formats.c: the closing quote of the string whose opening quote is
   at OPEN, before END; NULL if it has none.  A backslash escapes the
   next byte, so a quote after an odd number of backslashes is part of
   the string (servers escape CLF's request so, and JSON its strings).  */
const char *log_quote_end (const char *open, const char *end);

/* formats.c: the note of a text log ("  [404 Not Found]") at the
   line's end, for the formats whose lines are read by people.  */
char *log_text_note (int what, int variant, size_t *len);

/* format-json.c: the note of a JSON line, ,"status_title":"Not Found"
   in UTF-8, to go in after the status's value.  */
char *log_json_note (int what, int variant, size_t *len);

/* formats.c: the three digits at P as a status, -1 if they are not
   three digits or not a status of HTTPSTATUS_CODE_MIN..MAX.  */
int log_status3 (const char *p);

/* formats.c: the verdict of a status field, the N bytes at F, for a
   format whose note goes at the line's end: NONE (the format's "no
   status": "-", "-1", "0") is a line without one, three digits of a
   status a note, anything else not a line of the format.  */
enum log_verdict log_status_field (const char *f, size_t n,
                                   const char *none,
                                   struct log_found *found);

/* formats.c: the next field of bytes other than space from *P before
   END, skipping spaces first: its start in *FIELD, its length in *N,
   *P just past it; 0 if there is none.  */
int log_next_field (const char **p, const char *end, const char **field,
                    size_t *n);

/* envelope.c: the length of the syslog envelope the LEN bytes at LINE
   start with (RFC 3164 as syslog daemons write files and as HAProxy
   sends it, with or without "<PRI>" and a host name; rsyslog's
   RFC 3339 file format; RFC 5424; journalctl's short output), up to
   and including the space after the tag's ':'; 0 if none.  */
size_t log_envelope (const char *line, size_t len);

/* logformat-string.c: a server's own format string (nginx log_format,
   Apache LogFormat, HAProxy log-format, Envoy), compiled.  NULL and
   the 1-based column of the problem in *COLUMN with a message (an
   N_() msgid) in *WHY if the string is refused; NULL with *WHY NULL
   if memory ran out.  Freed with free().  */
struct log_string *log_string_compile (const char *s, size_t len,
                                       size_t *column, const char **why);

/* logformat-string.c: FMT's memory back; FMT may be NULL.  */
void log_string_free (struct log_string *fmt);

/* logformat-string.c: whether the LEN bytes at LINE (PARTIAL: the cut
   start of a longer line) are a line of FMT: -1 if not, 0 if they
   are but carry no status ("-", Envoy's 0), else the status; the
   status's end in *STATUS_END.  */
int log_string_status (const struct log_string *fmt, const char *line,
                       size_t len, int partial, size_t *status_end);

/* logformat-string.c: whether FMT writes JSON (a note goes in after the
   status, as format-json.c's does).  */
int log_string_json (const struct log_string *fmt);

/* logformat-conf.c: the format string named NAME in the configuration
   file at PATH (nginx's log_format, Apache's LogFormat, HAProxy's
   log-format or option httplog of the section NAME), malloc'ed, its
   length in *LEN; NULL with a message (an N_() msgid) in *WHY, errno
   set if the file could not be read.  */
char *log_conf_format (const char *path, const char *name, size_t *len,
                       const char **why);

/* A malloc'ed copy of the N bytes at S (not NUL-terminated: the length
   counts), for the notes.  */
char *log_note_dup (const char *s, size_t n, size_t *len);

#endif /* HTTPSTATUS_LOGFORMAT_H */
