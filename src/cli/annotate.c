/* annotate.c: `httpstatus annotate`: web access logs in, the same logs
   out with the localized title of each line's status appended.

   Every input byte is kept, in order: the annotation "  [404 找不到]"
   goes after a line's content and before its end ("\n", "\r\n", or
   nothing on a last line without one).  A line that is not of the
   Common or Combined Log Format passes through unchanged.  Memory is
   constant: a line is held whole only up to LINE_CAP bytes; a longer
   one streams through, annotated from its first LINE_CAP bytes.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <httpstatus.h>

#include "cli.h"
#include "logline.h"

#define LINE_CAP (1024 * 1024)
#define CHUNK (64 * 1024)

#define OUT_CAP (256 * 1024)

struct annotator
{
  int line_buffered;
  int write_failed;             /* errno of the failed write, or 0 */
  /* "  [404 Not Found]" for the codes met so far: one lookup per code
     and run, since the locale does not change.  */
  char *note[HTTPSTATUS_CODE_MAX + 1];
  size_t note_len[HTTPSTATUS_CODE_MAX + 1];
  /* Output goes through this buffer to write(2): stdio's per-call
     locking and printf's parsing cost more than the parse itself.  */
  char out[OUT_CAP];
  size_t out_used;
  char line[LINE_CAP];          /* the line being gathered */
  size_t used;
  /* A line longer than LINE_CAP is streaming: its status (or -1), and
     whether its last byte written so far was a '\r' held back, since it
     may belong to a "\r\n" end.  */
  int streaming, stream_status, held_cr;
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

static void
annotation (struct annotator *a, int status)
{
  if (status < 0)
    return;
  if (a->note[status] == NULL)
    {
      const char *title = httpstatus_title (status);
      size_t size = strlen (title) + 16;
      a->note[status] = malloc (size);
      if (a->note[status] == NULL)
        return;
      snprintf (a->note[status], size, "  [%d %s]", status, title);
      a->note_len[status] = strlen (a->note[status]);
    }
  put (a, a->note[status], a->note_len[status]);
}

/* The end of a line: the annotation, then its end bytes.  */
static void
end_line (struct annotator *a, int status, int cr, int newline)
{
  annotation (a, status);
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
  put (a, p, content);
  end_line (a, logline_status (p, content), cr, newline);
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
  a->streaming = 1;
  a->held_cr = 0;
  a->stream_status = logline_status (a->line, a->used);
  stream_bytes (a, a->line, a->used);
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
              end_line (a, a->stream_status, a->held_cr, 1);
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
      end_line (a, a->stream_status, a->held_cr, 0);
      a->streaming = 0;
    }
  else if (a->used > 0)
    whole_line (a, a->line, a->used, 0);
  a->used = 0;
}

/* Annotate the file open on FD; 0, or -1 after a read error.  read(2),
   not fread: it hands over what has arrived, where fread would wait
   for a whole chunk, and `tail -f | httpstatus annotate` must see each
   line as it comes.  */
static int
annotate_fd (struct annotator *a, int fd)
{
  static char chunk[CHUNK];
  /* Once output has failed, reading on would be endless with tail -f
     and pointless otherwise.  */
  while (!a->write_failed)
    {
      ssize_t n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          finish (a);
          return n < 0 ? -1 : 0;
        }
      feed (a, chunk, (size_t) n);
    }
  return 0;
}

int
cli_annotate (const char *program_name, char **files, int nfiles,
              int line_buffered)
{
  static struct annotator a;
  a.line_buffered = line_buffered;
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
      int fd = is_stdin ? STDIN_FILENO : open (files[i], O_RDONLY);
      if (fd < 0 || annotate_fd (&a, fd) != 0)
        {
          int err = errno;
          flush_out (&a);
          cli_error (program_name, is_stdin ? _("standard input") : files[i],
                     "%s", strerror (err));
          status = EXIT_NOT_FOUND;
        }
      if (fd >= 0 && !is_stdin)
        close (fd);
    }
  flush_out (&a);
  if (a.write_failed)
    {
      cli_error (program_name, _("write error"), "%s",
                 strerror (a.write_failed));
      return EXIT_TROUBLE;
    }
  return status;
}
