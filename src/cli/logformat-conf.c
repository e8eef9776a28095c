/* logformat-conf.c: --log-format=@FILE:NAME: the format string NAME
   in a server's configuration file, so that the user need not copy it:
     nginx    log_format NAME [escape=...] 'string' ['string'...];
              (the strings joined; nginx's escapes \" \' \\ \n \t \r)
     Apache   LogFormat "string" NAME   (\" and \\ in the string)
     HAProxy  log-format string, or option httplog, in the section
              (frontend, listen, defaults) called NAME; in the
              string, "\ " is a space, and it may be in quotes.
     Envoy    the first inline_string:, text_format: or format: after
              a "name: NAME" (a listener's, an access logger's), a
              YAML scalar, its last newline dropped.
   Comments ('#' to the line's end, outside quotes) are skipped; the
   first definition of NAME counts.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../chars.h"
#include "cli.h"
#include "logformat.h"

#define CONF_MAX (16 * 1024 * 1024)

/* HAProxy's "option httplog" as its documentation spells it.  */
static const char httplog[] = "%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta "
  "%ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %hr %hs %{+Q}r";

struct conf
{
  const char *p, *end;
};

/* The next word of the configuration: a quoted string (its quotes
   and escapes kept) or bytes up to white space or ';', which is a word
   of its own; comments skipped.  0 at the end.  NEWLINE: whether a line
   ended before it.  */
static int
next_word (struct conf *c, const char **w, size_t *n, int *newline)
{
  const char *p = c->p;
  *newline = 0;
  for (;;)
    {
      while (p < c->end && (*p == ' ' || *p == '\t' || *p == '\r'
                            || *p == '\n'))
        *newline |= *p++ == '\n';
      if (p < c->end && *p == '#')
        {
          while (p < c->end && *p != '\n')
            p++;
          continue;
        }
      break;
    }
  if (p == c->end)
    return 0;
  *w = p;
  if (*p == '"' || *p == '\'')
    {
      char q = *p++;
      while (p < c->end && *p != q)
        p += *p == '\\' && p + 1 < c->end ? 2 : 1;
      p += p < c->end;
    }
  else if (*p == ';')
    p++;
  else
    /* memchr, not strchr: a NUL byte is a word's byte, not an end
       (strchr would find the NUL that ends its string, and the word
       would be empty for ever).  */
    while (p < c->end && memchr (" \t\r\n;", *p, 5) == NULL)
      p += *p == '\\' && p + 1 < c->end ? 2 : 1;
  *n = (size_t) (p - *w);
  c->p = p;
  return 1;
}

/* Whether the N bytes at W are WORD in any ASCII case (directives are
   ASCII, whatever the locale's case rules).  */
static int
is (const char *w, size_t n, const char *word)
{
  return hs_ascii_caseeq_n (w, n, word);
}

/* Append the word W of N bytes, unquoted and unescaped, to B.  */
static void
unquote (struct cli_buf *b, const char *w, size_t n, int haproxy)
{
  int quoted = n >= 2 && (w[0] == '"' || w[0] == '\'') && w[n - 1] == w[0];
  if (quoted)
    {
      w++;
      n -= 2;
    }
  for (size_t i = 0; i < n; i++)
    {
      char c = w[i];
      if (c == '\\' && i + 1 < n && (!haproxy || quoted))
        {
          c = w[++i];
          static const char from[] = "ntr", to[] = "\n\t\r";
          const char *e = strchr (from, c);
          if (e != NULL && c != '\0' && !haproxy)
            c = to[e - from];
          else if (e == NULL && c != '"' && c != '\'' && c != '\\')
            cli_buf_add (b, "\\", 1);
        }
      cli_buf_add (b, &c, 1);
    }
}

/* nginx: the strings after "log_format NAME [escape=X]".  */
static int
nginx_format (struct conf *c, struct cli_buf *b)
{
  const char *w;
  size_t n;
  int nl;
  while (next_word (c, &w, &n, &nl) && !is (w, n, ";"))
    if (!(n > 7 && strncmp (w, "escape=", 7) == 0))
      unquote (b, w, n, 0);
  return b->s != NULL;
}

/* HAProxy: the rest of the line after log-format, words joined by
   one space (haproxy.cfg splits a line so).  */
static int
haproxy_format (struct conf *c, struct cli_buf *b)
{
  const char *w;
  size_t n;
  int nl, words = 0;
  struct conf save = *c;
  while (next_word (c, &w, &n, &nl) && !nl)
    {
      if (words++)
        cli_buf_add (b, " ", 1);
      unquote (b, w, n, 1);
      save = *c;
    }
  *c = save;
  return b->s != NULL;
}

static int
section (const char *w, size_t n)
{
  static const char *const s[] = { "global", "defaults", "frontend",
    "backend", "listen", "resolvers", "peers", "userlist", "program",
    "http-errors", "ring", "cache", "mailers", NULL };
  for (const char *const *k = s; *k != NULL; k++)
    if (is (w, n, *k))
      return 1;
  return 0;
}

/* Look for NAME's definition in C, into B: 1 if found, else 0, with
   *WHY set if what was found cannot be used.  */
static int
search (struct conf *c, const char *name, struct cli_buf *b,
        const char **why)
{
  const char *w;
  size_t n, len = strlen (name);
  int nl, in_section = 0, line_start = 1;
  while (next_word (c, &w, &n, &nl))
    {
      line_start |= nl;
      struct conf at = *c;
      const char *v;
      size_t vn;
      int vnl;
      if (is (w, n, "log_format") && next_word (&at, &v, &vn, &vnl)
          && vn == len && memcmp (v, name, len) == 0)
        {
          *c = at;
          return nginx_format (c, b);
        }
      if (is (w, n, "LogFormat") && next_word (&at, &v, &vn, &vnl)
          && !vnl)
        {
          const char *nm;
          size_t nn;
          struct conf at2 = at;
          if (next_word (&at2, &nm, &nn, &vnl) && !vnl && nn == len
              && memcmp (nm, name, len) == 0)
            {
              unquote (b, v, vn, 0);
              return b->s != NULL;
            }
        }
      if (line_start && section (w, n))
        in_section = next_word (&at, &v, &vn, &vnl) && !vnl && vn == len
                     && memcmp (v, name, len) == 0;
      else if (in_section && line_start && is (w, n, "log-format"))
        return haproxy_format (c, b);
      else if (in_section && line_start && is (w, n, "option")
               && next_word (&at, &v, &vn, &vnl) && !vnl
               && is (v, vn, "httplog"))
        {
          /* Its clf variant quotes fields by a global flag (%{+Q}o) and
             drops empty captures' quotes: format-clf.c reads it.  */
          if (next_word (&at, &v, &vn, &vnl) && !vnl && is (v, vn, "clf"))
            {
              *why = N_("HAProxy's option httplog clf needs no "
                        "--log-format: its lines are read as clf");
              return 0;
            }
          cli_buf_str (b, httplog);
          return b->s != NULL;
        }
      line_start = 0;
    }
  return 0;
}

/* The YAML scalar at P, before the line's end E, unquoted, into B.  */
static void
yaml_scalar (struct cli_buf *b, const char *p, const char *e)
{
  if (p < e && *p == '"')
    {
      for (p++; p < e && *p != '"'; p++)
        {
          char c = *p;
          if (c == '\\' && p + 1 < e)
            {
              c = *++p;
              c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
            }
          cli_buf_add (b, &c, 1);
        }
      return;
    }
  if (p < e && *p == '\'')
    {
      /* Single-quoted: '' is a quote, one ' ends it.  */
      for (p++; p < e; p++)
        {
          if (*p == '\'' && !(p + 1 < e && p[1] == '\''))
            break;
          cli_buf_add (b, p, 1);
          if (*p == '\'')
            p++;
        }
      return;
    }
  const char *comment = p;
  while (comment < e && !(*comment == '#' && comment > p
                          && comment[-1] == ' '))
    comment++;
  while (comment > p && (comment[-1] == ' ' || comment[-1] == '\r'))
    comment--;
  cli_buf_add (b, p, (size_t) (comment - p));
}

/* Envoy: the format after "name: NAME", line by line, within NAME's
   block: it ends at a line less indented than "name:" (its parent's
   next key) or at its list's next item ("- " as indented), so that a
   NAME whose logger has no text format (json_format) does not get the
   next listener's.  */
static int
envoy_search (const char *text, size_t size, const char *name,
              struct cli_buf *b)
{
  static const char *const keys[] = { "inline_string:", "text_format:",
                                      "format:", NULL };
  size_t len = strlen (name), named_indent = 0;
  int named = 0;
  for (const char *p = text, *end = text + size; p < end;)
    {
      const char *e = memchr (p, '\n', (size_t) (end - p));
      if (e == NULL)
        e = end;
      const char *line = p;
      int item = 0;
      while (p < e && (*p == ' ' || *p == '-'))
        item |= *p++ == '-';
      size_t indent = (size_t) (p - line);
      if (named && p < e && *p != '\r' && *p != '#'
          && (indent < named_indent || (item && indent <= named_indent)))
        named = 0;
      if (!named && e - p >= 6 && memcmp (p, "name:", 5) == 0)
        {
          const char *v = p + 5;
          while (v < e && *v == ' ')
            v++;
          int q = v < e && (*v == '"' || *v == '\'');
          named = (size_t) (e - v) >= len + 2 * q
                  && memcmp (v + q, name, len) == 0
                  && (v + q + len == e || v[q + len] == ' '
                      || v[q + len] == '\r' || (q && v[q + len] == *v));
          named_indent = indent;
        }
      for (const char *const *k = keys; named && *k != NULL; k++)
        if ((size_t) (e - p) > strlen (*k) && memcmp (p, *k, strlen (*k)) == 0)
          {
            const char *v = p + strlen (*k);
            while (v < e && *v == ' ')
              v++;
            yaml_scalar (b, v, e);
            while (b->s != NULL && b->len > 0 && b->s[b->len - 1] == '\n')
              b->s[--b->len] = '\0';
            return b->s != NULL;
          }
      p = e + 1;
    }
  return 0;
}

char *
log_conf_format (const char *path, const char *name, size_t *len,
                 const char **why)
{
  FILE *f = fopen (path, "rb");
  *why = NULL;
  if (f == NULL)
    return NULL;
  char *text = malloc (CONF_MAX);
  if (text == NULL)
    {
      fclose (f);
      errno = ENOMEM;
      return NULL;
    }
  size_t size = fread (text, 1, CONF_MAX, f);
  int err = ferror (f) ? errno : 0;
  fclose (f);
  struct cli_buf b = { NULL, 0, 0 };
  struct conf c = { text, text + size };
  if (err)
    errno = err;
  else if (!search (&c, name, &b, why)
           && (*why != NULL || !envoy_search (text, size, name, &b)))
    {
      free (b.s);
      b.s = NULL;
      if (*why == NULL)
        *why = N_("no log_format, LogFormat, log-format or Envoy format "
                  "of that name");
    }
  free (text);
  if (b.s != NULL)
    *len = b.len;
  else if (*why == NULL && !err)
    errno = ENOMEM;
  return b.s;
}
