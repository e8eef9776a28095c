/* annotate.c: `httpstatus annotate`: web access logs in, the same logs
   out with the localized title of each line's status added, in the
   log's own format.

   annotate knows no format: each lives in a file of its own behind
   logformat.h, which says where a line's note goes and what it is.  The
   format is the one forced by --format or --log-format, or each line's
   own: the format of the line before is tried first, then each of
   log_formats in turn, so that a file where formats mix (two HAProxy
   frontends logging to one file) has each line read in its format.  A
   line in a syslog envelope (envelope.c) is read inside it, the
   envelope kept.

   Every input byte is kept, in order; the note goes where the format
   says, at the latest after a line's content and before its end ("\n",
   "\r\n", or nothing on a last line without one).  A line the format
   does not recognize passes through unchanged.  Memory is constant: a
   line is held whole only up to LINE_CAP bytes; a longer one streams
   through, annotated from its first LINE_CAP bytes.

   No silent failure: a file with lines but not one status found is
   named on standard error, with the formats tried, and the exit status
   is 1, its bytes still copied (binary input passes unchanged); a file
   where some lines had a status and others none gets a count on
   standard error, and keeps exit status 0 (see doc/httpstatus.1); a
   compressed file is not copied but named with the command that reads
   it.  An empty file, or one of blank lines (logrotate leaves them),
   is a quiet success.

   Output is block-buffered, but flushed whenever the input pauses (no
   byte ready to read), so that `tail -f | httpstatus annotate | grep`
   shows each line as it comes while a file or a busy pipe streams at
   full speed.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifndef _WIN32
# include <poll.h>
#endif
#include <sys/stat.h>

#include <httpstatus.h>

#include "../chars.h"
#include "cli.h"
#include "logformat.h"

#define LINE_CAP (1024 * 1024)
#define CHUNK (64 * 1024)

#define OUT_CAP (256 * 1024)

#define MAX_FORMATS 16
#define NOTES (HTTPSTATUS_CODE_MAX + 1)

struct annotator
{
  int line_buffered;
  int write_failed;             /* errno of the failed write, or 0 */
  const struct log_format *forced;  /* --format, or NULL for auto */
  /* The file being read: the format of its last line recognized and
     whether that line was in a syslog envelope (tried first on the
     next), what the formats remember, the lines with a status found,
     the non-blank lines, and those no format recognized.  */
  const struct log_format *format;
  int enveloped;
  /* The format whose notes put_note found last, and its index.  */
  const struct log_format *note_format;
  size_t note_index;
  struct log_file file;
  unsigned long statuses, lines, unknown;
  /* Each format's notes (two variants) for the codes met so far: one
     lookup per code and run, since the locale does not change.  */
  char *note[MAX_FORMATS][2][NOTES];
  size_t note_len[MAX_FORMATS][2][NOTES];
  /* Output goes through this buffer to write(2): stdio's per-call
     locking and printf's parsing cost more than the parse itself.  */
  char out[OUT_CAP];
  size_t out_used;
  char line[LINE_CAP];          /* the line being gathered */
  size_t used;
  /* A line longer than LINE_CAP is streaming: the note for its end (or
     -1), and whether its last byte written so far was a '\r' held back,
     since it may belong to a "\r\n" end.  */
  int streaming, stream_note, stream_variant, held_cr;
};

/* write(2) all N bytes at P, through short writes and signals.  */
static void
write_all (struct annotator *a, const char *p, size_t n)
{
  while (n > 0 && !a->write_failed)
    {
      ssize_t w = write (STDOUT_FILENO, p, n);
      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0)
        a->write_failed = w < 0 ? errno : EIO;
      else
        {
          p += w;
          n -= (size_t) w;
        }
    }
}

static void
flush_out (struct annotator *a)
{
  write_all (a, a->out, a->out_used);
  a->out_used = 0;
}

static void
put (struct annotator *a, const char *p, size_t n)
{
  if (n > OUT_CAP - a->out_used)
    {
      flush_out (a);
      if (n >= OUT_CAP)
        {
          write_all (a, p, n);   /* too big to buffer: straight through */
          return;
        }
    }
  memcpy (a->out + a->out_used, p, n);
  a->out_used += n;
}

/* The index of format F in the note cache: log_formats', then the
   user's.  */
static size_t
format_index (const struct log_format *f)
{
  size_t i = 0;
  while (log_formats[i] != NULL && log_formats[i] != f)
    i++;
  return i;
}

/* The current format's note WHAT (a status or a LOG_NOTE_*) in
   VARIANT.  */
static void
put_note (struct annotator *a, int what, int variant)
{
  if (a->format != a->note_format)
    {
      a->note_format = a->format;
      a->note_index = format_index (a->format);
    }
  size_t f = a->note_index;
  variant = variant != 0;
  if (a->note[f][variant][what] == NULL)
    a->note[f][variant][what] =
      a->format->note (what, variant, &a->note_len[f][variant][what]);
  if (a->note[f][variant][what] != NULL)
    put (a, a->note[f][variant][what], a->note_len[f][variant][what]);
}

static int
blank (const char *p, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
      return 0;
  return 1;
}

/* The LEN bytes at LINE to the forced format, or to the format of the
   line before, then to each other: the verdict, the format in
   A->format.  */
static enum log_verdict
scan_formats (struct annotator *a, const char *line, size_t len,
              int partial, struct log_found *found)
{
  const struct log_format *first = a->forced ? a->forced : a->format;
  enum log_verdict v = LOG_OTHER;
  found->variant = 0;
  found->at = 0;
  if (first != NULL)
    v = first->scan (&a->file, line, len, partial, found);
  for (size_t f = 0; v == LOG_OTHER && !a->forced && log_formats[f]; f++)
    if (log_formats[f] != first)
      {
        found->variant = 0;
        v = log_formats[f]->scan (&a->file, line, len, partial, found);
        if (v != LOG_OTHER)
          a->format = log_formats[f];
      }
  if (a->forced)
    a->format = a->forced;
  return v;
}

/* The LEN bytes at LINE in a syslog envelope, or not: the verdict,
   the note's place in *FOUND counted from LINE.  */
static enum log_verdict
scan_enveloped (struct annotator *a, const char *line, size_t len,
                int partial, int enveloped, struct log_found *found)
{
  size_t e = enveloped ? log_envelope (line, len) : 0;
  if (enveloped && e == 0)
    return LOG_OTHER;
  enum log_verdict v = scan_formats (a, line + e, len - e, partial, found);
  found->at += e;
  if (v != LOG_OTHER)
    a->enveloped = enveloped;
  return v;
}

/* The LEN bytes at LINE (PARTIAL: the start of a longer line), in an
   envelope or not as the line before, then the other way.  Whether a
   note goes in, and where, in *FOUND.  */
static int
scan (struct annotator *a, const char *line, size_t len, int partial,
      struct log_found *found)
{
  enum log_verdict v;
  found->variant = 0;
  found->at = 0;
  /* The common case first, with nothing around it: a line of the
     format of the line before, in no envelope.  */
  if (a->format != NULL && !a->enveloped)
    v = a->format->scan (&a->file, line, len, partial, found);
  else
    v = scan_enveloped (a, line, len, partial, a->enveloped, found);
  if (v == LOG_OTHER && a->format != NULL && !a->enveloped)
    v = scan_enveloped (a, line, len, partial, 0, found);
  if (v == LOG_OTHER)
    v = scan_enveloped (a, line, len, partial, !a->enveloped, found);
  if (v != LOG_OTHER)
    a->lines++;                 /* a line of a format is not blank */
  else if (!blank (line, len))
    {
      a->lines++;
      a->unknown++;
    }
  if (v == LOG_NOTE && found->what >= HTTPSTATUS_CODE_MIN)
    a->statuses++;
  return v == LOG_NOTE;
}

/* The end of a line: its note (if NOTE >= 0), then its end bytes.  */
static void
end_line (struct annotator *a, int note, int variant, int cr, int newline)
{
  if (note >= 0)
    put_note (a, note, variant);
  if (cr)
    put (a, "\r", 1);
  if (newline)
    put (a, "\n", 1);
  if (a->line_buffered)
    flush_out (a);
}

/* A whole line of LEN bytes at P, without its '\n' (NEWLINE tells
   whether it had one).  A '\r' before the end is part of the end.  */
static void
whole_line (struct annotator *a, const char *p, size_t len, int newline)
{
  int cr = len > 0 && p[len - 1] == '\r';
  size_t content = len - (size_t) cr;
  struct log_found found;
  int note = -1;
  if (scan (a, p, content, 0, &found))
    {
      if (found.at_end)
        note = found.what;
      else
        {
          put (a, p, found.at);
          put_note (a, found.what, found.variant);
          p += found.at;
          content -= found.at;
        }
    }
  put (a, p, content);
  end_line (a, note, found.variant, cr, newline);
}

/* Bytes of a streaming line, none of them its '\n'.  */
static void
stream_bytes (struct annotator *a, const char *p, size_t n)
{
  if (n == 0)
    return;
  if (a->held_cr)
    put (a, "\r", 1);
  a->held_cr = p[n - 1] == '\r';
  put (a, p, n - (size_t) a->held_cr);
}

/* The line buffer is full and has no end: annotate from what it holds
   and let the rest of the line stream through.  */
static void
start_streaming (struct annotator *a)
{
  struct log_found found;
  size_t at = 0;
  a->streaming = 1;
  a->held_cr = 0;
  a->stream_note = -1;
  if (scan (a, a->line, a->used, 1, &found))
    {
      a->stream_variant = found.variant;
      if (found.at_end)
        a->stream_note = found.what;
      else
        {
          at = found.at;
          put (a, a->line, at);
          put_note (a, found.what, found.variant);
        }
    }
  stream_bytes (a, a->line + at, a->used - at);
  a->used = 0;
}

/* A whole line of LEN bytes at P, its '\n' right after, in the chunk
   being fed, whose bytes from SPAN on are not yet copied: copy up to
   the note's place, then the note; the rest waits for the next note
   or the chunk's end, so that lines with nothing to add cost no copy
   of their own.  Returns where the bytes not yet copied start.  */
static const char *
span_line (struct annotator *a, const char *span, const char *p, size_t len)
{
  int cr = len > 0 && p[len - 1] == '\r';
  size_t content = len - (size_t) cr;
  struct log_found found;
  if (scan (a, p, content, 0, &found))
    {
      const char *at = found.at_end ? p + content : p + found.at;
      put (a, span, (size_t) (at - span));
      put_note (a, found.what, found.variant);
      span = at;
    }
  if (a->line_buffered)
    {
      put (a, span, (size_t) (p + len + 1 - span));
      span = p + len + 1;
      flush_out (a);
    }
  return span;
}

static void
feed (struct annotator *a, const char *p, size_t n)
{
  const char *span = NULL;      /* see span_line */
  while (n > 0)
    {
      const char *nl = memchr (p, '\n', n);
      size_t piece = nl != NULL ? (size_t) (nl - p) : n;
      size_t eaten = piece + (nl != NULL);

      if (a->used == 0 && nl != NULL && !a->streaming)
        {
          /* The common case: a whole line in the chunk.  */
          span = span_line (a, span != NULL ? span : p, p, piece);
          p += eaten;
          n -= eaten;
          continue;
        }
      if (span != NULL)
        {
          put (a, span, (size_t) (p - span));
          span = NULL;
        }
      if (a->streaming)
        {
          stream_bytes (a, p, piece);
          if (nl != NULL)
            {
              end_line (a, a->stream_note, a->stream_variant, a->held_cr, 1);
              a->streaming = 0;
            }
        }
      else if (a->used + piece <= LINE_CAP)
        {
          memcpy (a->line + a->used, p, piece);
          a->used += piece;
          if (nl != NULL)
            {
              whole_line (a, a->line, a->used, 1);
              a->used = 0;
            }
        }
      else
        {
          /* Fill the buffer, stream it, and go round again for the
             rest of this piece.  */
          size_t room = LINE_CAP - a->used;
          memcpy (a->line + a->used, p, room);
          a->used = LINE_CAP;
          start_streaming (a);
          eaten = room;
        }
      p += eaten;
      n -= eaten;
    }
  if (span != NULL)
    put (a, span, (size_t) (p - span));
}

/* The end of the input: a last line without '\n'.  */
static void
finish (struct annotator *a)
{
  if (a->streaming)
    {
      end_line (a, a->stream_note, a->stream_variant, a->held_cr, 0);
      a->streaming = 0;
    }
  else if (a->used > 0)
    whole_line (a, a->line, a->used, 0);
  a->used = 0;
}

/* The compressed formats a log is rotated into, by their magic
   numbers, and the command that reads each.  In a magic, ANY_DIGIT
   stands for one byte '1'..'9': bzip2's block size, after "BZh".  Then
   comes bzip2's first block's magic, 0x314159265359 (pi), or for an
   empty stream the end's, 0x177245385090 (the square root of pi): ten
   bytes that a text line does not start with by chance ("BZh91AY&SY"
   could, but "BZh91" alone could begin a host name).  */
#define ANY_DIGIT '#'
static const struct
{
  const char *magic;
  size_t len;
  const char *name, *cat;
} compressions[] = {
  { "\x1f\x8b", 2, "gzip", "zcat" },
  { "\x28\xb5\x2f\xfd", 4, "zstd", "zstdcat" },
  { "\xfd" "7zXZ\0", 6, "xz", "xzcat" },
  { "BZh#\x31\x41\x59\x26\x53\x59", 10, "bzip2", "bzcat" },
  { "BZh#\x17\x72\x45\x38\x50\x90", 10, "bzip2", "bzcat" },
};

/* The compression whose magic the N bytes at P start with; -1 if
   none; -2 if more bytes could tell (and EOF says there are none).  */
static int
compression (const unsigned char *p, size_t n, int eof)
{
  int more = 0;
  for (size_t c = 0; c < sizeof compressions / sizeof compressions[0]; c++)
    {
      const char *magic = compressions[c].magic;
      size_t len = compressions[c].len, i = 0;
      while (i < len && i < n
             && (magic[i] == ANY_DIGIT ? p[i] >= '1' && p[i] <= '9'
                 : p[i] == (unsigned char) magic[i]))
        i++;
      if (i == len)
        return (int) c;
      more |= i == n;           /* every byte so far matches */
    }
  return more && !eof ? -2 : -1;
}

/* read(2) into P up to N bytes, through signals: what read returns.  */
static ssize_t
read_some (int fd, char *p, size_t n)
{
  ssize_t r;
  do
    r = read (fd, p, n);
  while (r < 0 && errno == EINTR);
  return r;
}

/* Whether the input on FD has paused: no byte is ready to read now.
   A regular file never pauses.  Windows has no poll for pipes: there
   every read counts as a pause (a read hands over what has come).  */
static int
paused (int fd, int regular)
{
  if (regular)
    return 0;
#ifdef _WIN32
  (void) fd;
  return 1;
#else
  struct pollfd p = { fd, POLLIN, 0 };
  int r;
  do
    r = poll (&p, 1, 0);
  while (r < 0 && errno == EINTR);
  return r == 0;
#endif
}

/* Annotate the file open on FD; 0, -1 after a read error (errno set),
   or the index in compressions of its compression, plus one, if it is
   one of them (nothing is written then).  read(2), not fread: it hands
   over what has arrived, where fread would wait for a whole chunk, and
   `tail -f | httpstatus annotate` must see each line as it comes.  */
static int
annotate_fd (struct annotator *a, int fd)
{
  static char chunk[CHUNK];
  /* The first bytes, until they tell whether the file is compressed
     (a pipe may hand them over a few at a time).  */
  size_t have = 0;
  int c;
  for (;;)
    {
      ssize_t n = read_some (fd, chunk + have, sizeof chunk - have);
      if (n < 0)
        return -1;
      have += (size_t) n;
      c = compression ((const unsigned char *) chunk, have, n == 0);
      if (c != -2)
        break;
    }
  if (c >= 0)
    return c + 1;
  if (have == 0)
    {
      finish (a);
      return 0;
    }
  struct stat st;
  int regular = fstat (fd, &st) == 0 && S_ISREG (st.st_mode);
  feed (a, chunk, have);
  /* Once output has failed, reading on would be endless with tail -f
     and pointless otherwise.  */
  while (!a->write_failed)
    {
      if (a->out_used > 0 && paused (fd, regular))
        flush_out (a);
      ssize_t n = read_some (fd, chunk, sizeof chunk);
      if (n <= 0)
        {
          finish (a);
          return n < 0 ? -1 : 0;
        }
      feed (a, chunk, (size_t) n);
    }
  return 0;
}

/* The formats' names, "json, w3c, clf" ("json、w3c、clf" in Chinese),
   into BUF of SIZE bytes.  */
static const char *
format_names (const struct annotator *a, char *buf, size_t size)
{
  snprintf (buf, size, "%s", a->forced == &log_format_user
            ? log_format_user.name : "");
  for (size_t f = 0; log_formats[f] != NULL; f++)
    if (a->forced == NULL || a->forced == log_formats[f])
      cli_list_add (buf, size, log_formats[f]->name);
  return buf;
}

/* --log-format=STRING or @FILE:NAME, compiled; exits on a refusal.  */
static struct log_string *
user_format (const char *arg)
{
  const char *s = arg, *why;
  size_t len = strlen (arg), column;
  char *text = NULL;
  if (arg[0] == '@')
    {
      const char *colon = strrchr (arg, ':');
      char *path = strdup (arg + 1);
      if (colon == NULL || colon == arg + 1 || colon[1] == '\0'
          || path == NULL)
        cli_usage_error ("annotate",
                         _("--log-format=@FILE:NAME needs a file and a name"));
      path[colon - arg - 1] = '\0';
      text = log_conf_format (path, colon + 1, &len, &why);
      if (text == NULL)
        {
          cli_error (cli_program_name, path, "%s: %s", colon + 1,
                     why != NULL ? _(why) : strerror (errno));
          exit (EXIT_TROUBLE);
        }
      free (path);
      s = text;
    }
  struct log_string *f = log_string_compile (s, len, &column, &why);
  if (f == NULL && why == NULL)
    {
      cli_oom ();
      exit (EXIT_TROUBLE);
    }
  if (f == NULL)
    {
      /* TRANSLATORS: the 1-based column of the problem in the format
         string, the string, then what is wrong.  */
      cli_error (cli_program_name, "--log-format",
                 _("column %lu of '%.*s': %s"), (unsigned long) column,
                 (int) len, s, _(why));
      cli_try_help ("annotate");
    }
  free (text);
  return f;
}

/* --format=FORMAT: the format of its name (in any case) into A, or
   none for "auto" or NULL; a name of none is a usage error.  */
static void
force_format (struct annotator *a, const char *format)
{
  if (format == NULL || hs_ascii_caseeq_n (format, strlen (format), "auto"))
    return;
  for (size_t f = 0; log_formats[f] != NULL && a->forced == NULL; f++)
    if (hs_ascii_caseeq_n (format, strlen (format), log_formats[f]->name))
      a->forced = log_formats[f];
  if (a->forced == NULL)
    {
      char names[160];
      cli_error (cli_program_name, NULL,
                 /* TRANSLATORS: the format asked for, then the other
                    formats, joined by the list separator (", ",
                    Chinese "、"): "json, w3c, clf".  */
                 _("unknown log format '%s' (auto, %s)"), format,
                 format_names (a, names, sizeof names));
      cli_try_help ("annotate");
    }
}

/* What became of the file NAME (FILE as given, "-" for standard
   input): R and ERR are annotate_fd's answer and errno.  Returns the
   file's exit status.  */
static int
report (const struct annotator *a, const char *name, const char *file,
        int r, int err)
{
  int is_stdin = strcmp (file, "-") == 0;
  if (r < 0)
    cli_error (cli_program_name, name, "%s", strerror (err));
  else if (r > 0)
    /* TRANSLATORS: the compression's name (gzip), then the
       command that reads it: "zcat FILE | httpstatus annotate".  */
    cli_error (cli_program_name, name,
         _("%s-compressed, not read; try: %s%s%s | %s annotate"),
         compressions[r - 1].name, compressions[r - 1].cat,
         is_stdin ? "" : " ", is_stdin ? "" : file, cli_program_name);
  else if (a->unknown > 0 && a->statuses == 0 && !a->write_failed)
    {
      char names[160];
      cli_error (cli_program_name, name,
           /* TRANSLATORS: the formats are names, joined by the list
              separator (", ", Chinese "、"): "json, w3c, clf".  */
           _("no access-log line with a status (formats tried: %s; "
             "see --log-format)"),
           format_names (a, names, sizeof names));
    }
  else
    {
      if (a->unknown > 0 && !a->write_failed)
        /* TRANSLATORS: "12 of 4566 lines had no status; ...".  */
        cli_error (cli_program_name, name,
                   _("%lu of %lu lines had no status; see --log-format"),
                   a->unknown, a->lines);
      return EXIT_FOUND;
    }
  return EXIT_NOT_FOUND;
}

int
cli_annotate (char **files, int nfiles, int line_buffered, const char *format,
              const char *status_field, const char *log_format)
{
  static struct annotator a;
  a.line_buffered = line_buffered;
  a.forced = NULL;
  struct log_string *user = NULL;
  if (log_format != NULL)
    {
      user = user_format (log_format);
      a.forced = &log_format_user;
    }
  else
    force_format (&a, format);
  static char *stdin_only[] = { (char *) "-" };
  if (nfiles == 0)
    {
      files = stdin_only;
      nfiles = 1;
    }

  int status = EXIT_FOUND;
  for (int i = 0; i < nfiles && !a.write_failed; i++)
    {
      int is_stdin = strcmp (files[i], "-") == 0;
      a.format = a.forced;
      a.enveloped = 0;
      a.file.status_field = status_field;
      a.file.column = -1;
      a.file.columns = 0;
      a.file.user = user;
      a.statuses = a.lines = a.unknown = 0;
      int fd = is_stdin ? STDIN_FILENO : open (files[i], O_RDONLY);
      int r = fd < 0 ? -1 : annotate_fd (&a, fd);
      int err = errno;
      flush_out (&a);
      if (report (&a, is_stdin ? _("standard input") : files[i], files[i],
                  r, err) != EXIT_FOUND)
        status = EXIT_NOT_FOUND;
      if (fd >= 0 && !is_stdin)
        close (fd);
    }
  flush_out (&a);
  log_string_free (user);
  if (a.write_failed)
    {
      cli_error (cli_program_name, _("write error"), "%s",
                 strerror (a.write_failed));
      return EXIT_TROUBLE;
    }
  return status;
}
