/* annotate.c: `httpstatus annotate`: web access logs in, the same logs
   out with the localized title of each line's status added, in the
   log's own format.

   annotate knows no format: each lives in a file of its own behind
   logformat.h, which says where a line's note goes and what it is.  The
   format is the one forced by --format, or the first of log_formats
   to recognize a line of the file (lines before pass unchanged).

   Every input byte is kept, in order; the note goes where the format
   says, at the latest after a line's content and before its end ("\n",
   "\r\n", or nothing on a last line without one).  A line the format
   does not recognize passes through unchanged.  Memory is constant: a
   line is held whole only up to LINE_CAP bytes; a longer one streams
   through, annotated from its first LINE_CAP bytes.

   No silent failure: a file with lines but not one status found is
   named on standard error, with the formats tried, and the exit status
   is 1, its bytes still copied (binary input passes unchanged); a
   compressed file is not copied but named with the command that reads
   it.  An empty file, or one of blank lines (logrotate leaves them),
   is a quiet success.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <httpstatus.h>

#include "cli.h"
#include "logformat.h"

#define LINE_CAP (1024 * 1024)
#define CHUNK (64 * 1024)

#define OUT_CAP (256 * 1024)

#define MAX_FORMATS 8
#define NOTES (HTTPSTATUS_CODE_MAX + 1)

struct annotator
{
  int line_buffered;
  int write_failed;             /* errno of the failed write, or 0 */
  const struct log_format *forced;  /* --format, or NULL for auto */
  /* The file being read: its format once known, what the format
     remembers, the lines of it with a status found and the non-blank
     lines no format recognized.  */
  const struct log_format *format;
  struct log_file file;
  unsigned long statuses, unknown;
  /* Each format's notes for the codes met so far: one lookup per code
     and run, since the locale does not change.  */
  char *note[MAX_FORMATS][NOTES];
  size_t note_len[MAX_FORMATS][NOTES];
  /* Output goes through this buffer to write(2): stdio's per-call
     locking and printf's parsing cost more than the parse itself.  */
  char out[OUT_CAP];
  size_t out_used;
  char line[LINE_CAP];          /* the line being gathered */
  size_t used;
  /* A line longer than LINE_CAP is streaming: the note for its end (or
     -1), and whether its last byte written so far was a '\r' held back,
     since it may belong to a "\r\n" end.  */
  int streaming, stream_note, held_cr;
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

/* The current format's note WHAT (a status or a LOG_NOTE_*).  */
static void
put_note (struct annotator *a, int what)
{
  size_t f = 0;
  while (log_formats[f] != a->format)
    f++;
  if (a->note[f][what] == NULL)
    a->note[f][what] = a->format->note (what, &a->note_len[f][what]);
  if (a->note[f][what] != NULL)
    put (a, a->note[f][what], a->note_len[f][what]);
}

static int
blank (const char *p, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
      return 0;
  return 1;
}

/* The LEN bytes at LINE (PARTIAL: the start of a longer line) to the
   file's format, or while it has none, to each format until one
   recognizes it.  Whether a note goes in, and where, in *FOUND.  */
static int
scan (struct annotator *a, const char *line, size_t len, int partial,
      struct log_found *found)
{
  enum log_verdict v = LOG_OTHER;
  if (a->format != NULL)
    v = a->format->scan (&a->file, line, len, partial, found);
  else
    for (size_t f = 0; log_formats[f] != NULL && v == LOG_OTHER; f++)
      {
        v = log_formats[f]->scan (&a->file, line, len, partial, found);
        if (v != LOG_OTHER)
          a->format = log_formats[f];
      }
  if (v == LOG_OTHER && !blank (line, len))
    a->unknown++;
  if (v == LOG_NOTE && found->what >= HTTPSTATUS_CODE_MIN)
    a->statuses++;
  return v == LOG_NOTE;
}

/* The end of a line: its note (if NOTE >= 0), then its end bytes.  */
static void
end_line (struct annotator *a, int note, int cr, int newline)
{
  if (note >= 0)
    put_note (a, note);
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
          put_note (a, found.what);
          p += found.at;
          content -= found.at;
        }
    }
  put (a, p, content);
  end_line (a, note, cr, newline);
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
      if (found.at_end)
        a->stream_note = found.what;
      else
        {
          at = found.at;
          put (a, a->line, at);
          put_note (a, found.what);
        }
    }
  stream_bytes (a, a->line + at, a->used - at);
  a->used = 0;
}

static void
feed (struct annotator *a, const char *p, size_t n)
{
  while (n > 0)
    {
      const char *nl = memchr (p, '\n', n);
      size_t piece = nl != NULL ? (size_t) (nl - p) : n;
      size_t eaten = piece + (nl != NULL);

      if (a->streaming)
        {
          stream_bytes (a, p, piece);
          if (nl != NULL)
            {
              end_line (a, a->stream_note, a->held_cr, 1);
              a->streaming = 0;
            }
        }
      else if (a->used == 0 && nl != NULL)
        whole_line (a, p, piece, 1);  /* the common case: no copy */
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
}

/* The end of the input: a last line without '\n'.  */
static void
finish (struct annotator *a)
{
  if (a->streaming)
    {
      end_line (a, a->stream_note, a->held_cr, 0);
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
  feed (a, chunk, have);
  /* Once output has failed, reading on would be endless with tail -f
     and pointless otherwise.  */
  while (!a->write_failed)
    {
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
  buf[0] = '\0';
  for (size_t f = 0; log_formats[f] != NULL; f++)
    if (a->forced == NULL || a->forced == log_formats[f])
      cli_list_add (buf, size, log_formats[f]->name);
  return buf;
}

int
cli_annotate (char **files, int nfiles, int line_buffered, const char *format,
              const char *status_field)
{
  static struct annotator a;
  a.line_buffered = line_buffered;
  a.forced = NULL;
  if (format != NULL && strcasecmp (format, "auto") != 0)
    {
      for (size_t f = 0; log_formats[f] != NULL && a.forced == NULL; f++)
        if (strcasecmp (format, log_formats[f]->name) == 0)
          a.forced = log_formats[f];
      if (a.forced == NULL)
        {
          char names[64];
          cli_error (cli_program_name, NULL,
                     /* TRANSLATORS: the format asked for, then the
                        other formats, joined by the list separator
                        (", ", Chinese "、"): "json, w3c, clf".  */
                     _("unknown log format '%s' (auto, %s)"), format,
                     format_names (&a, names, sizeof names));
          cli_try_help ("annotate");
        }
    }
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
      const char *name = is_stdin ? _("standard input") : files[i];
      a.format = a.forced;
      a.file.status_field = status_field;
      a.file.column = -1;
      a.statuses = a.unknown = 0;
      int fd = is_stdin ? STDIN_FILENO : open (files[i], O_RDONLY);
      int r = fd < 0 ? -1 : annotate_fd (&a, fd);
      int err = errno;
      flush_out (&a);
      if (r < 0)
        {
          cli_error (cli_program_name, name, "%s", strerror (err));
          status = EXIT_NOT_FOUND;
        }
      else if (r > 0)
        {
          /* TRANSLATORS: the compression's name (gzip), then the
             command that reads it: "zcat FILE | httpstatus annotate".  */
          cli_error (cli_program_name, name,
               _("%s-compressed, not read; try: %s%s%s | %s annotate"),
               compressions[r - 1].name, compressions[r - 1].cat,
               is_stdin ? "" : " ", is_stdin ? "" : files[i],
               cli_program_name);
          status = EXIT_NOT_FOUND;
        }
      else if (a.unknown > 0 && a.statuses == 0 && !a.write_failed)
        {
          char names[64];
          cli_error (cli_program_name, name,
               /* TRANSLATORS: the formats are names, joined by the list
                  separator (", ", Chinese "、"): "json, w3c, clf".  */
               _("no access-log line with a status (formats tried: %s; "
                 "see --format and --status-field)"),
               format_names (&a, names, sizeof names));
          status = EXIT_NOT_FOUND;
        }
      if (fd >= 0 && !is_stdin)
        close (fd);
    }
  flush_out (&a);
  if (a.write_failed)
    {
      cli_error (cli_program_name, _("write error"), "%s",
                 strerror (a.write_failed));
      return EXIT_TROUBLE;
    }
  return status;
}
