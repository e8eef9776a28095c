/* logformat-string.c: --log-format: the format string a server writes
   its log lines with, read into literals and fields, and a line read
   back against it.  Four dialects, told apart by how the string names
   the status, which it must:
     nginx log_format    $status      $name or ${name}
     Apache LogFormat    %>s, %s      %[<>][!][codes][{arg}]letter, %%
     HAProxy log-format  %ST          %[{flags}]name, %[{flags}][expr], %%
     Envoy               %RESPONSE_CODE%   %NAME[(arg)][:len]%
   A field's extent in a line comes from what follows it in the string:
   numbers (the status, sizes, times) take their digits; Apache's %t
   its brackets; a field between quotes runs to a quote that is not
   escaped (servers escape quotes in quoted fields: nginx as \x22 or
   \", Apache as \"); any other field to the next occurrence of the
   literal after it, trying later ones (a user name may hold spaces)
   within a budget of steps, so that no line costs more than a few
   passes.  A line is of the format if the whole string matches the
   whole line.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "logformat.h"

enum kind
{
  LIT,                          /* literal bytes */
  ANY,                          /* any bytes */
  NUM,                          /* digits, '.', '-', '+' */
  STATUS,                       /* digits, or "-" */
  BRACKET,                      /* "[...]": Apache's %t */
  SEP                           /* HAProxy's spaces: one space, or none
                                   after an empty field (HAProxy writes
                                   no separator for an absent capture) */
};

struct token
{
  enum kind kind;
  int quoted;                   /* between quotes in the string */
  size_t off, len;              /* LIT: its bytes in lit */
};

struct log_string
{
  size_t ntok, status_tok;
  int json;
  struct token *tok;
  char *lit;
  size_t lit_len;
};

/* The step budget of one line: generous for real formats (a few
   fields that may hold their separator), bounded for crafted lines.  */
#define BUDGET 512

struct builder
{
  struct log_string *f;
  size_t cap;
  int failed;
};

static void
add (struct builder *b, enum kind kind, const char *lit, size_t len)
{
  struct log_string *f = b->f;
  if (b->failed || (kind == LIT && len == 0))
    return;
  if (kind == LIT && f->ntok > 0 && f->tok[f->ntok - 1].kind == LIT)
    f->tok[f->ntok - 1].len += len;   /* lit grows at its end */
  else
    {
      if (f->ntok == b->cap)
        {
          size_t cap = b->cap ? 2 * b->cap : 16;
          struct token *t = realloc (f->tok, cap * sizeof *t);
          if (t == NULL)
            {
              b->failed = 1;
              return;
            }
          f->tok = t;
          b->cap = cap;
        }
      f->tok[f->ntok].kind = kind;
      f->tok[f->ntok].quoted = 0;
      f->tok[f->ntok].off = f->lit_len;
      f->tok[f->ntok].len = kind == LIT ? len : 0;
      if (kind == STATUS)
        f->status_tok = f->ntok;
      f->ntok++;
    }
  if (kind == LIT)
    {
      memcpy (f->lit + f->lit_len, lit, len);
      f->lit_len += len;
    }
}

/* memmem, which Windows lacks: where the N bytes at NEEDLE first
   occur in the LEN bytes at S, or NULL.  */
static const char *
find (const char *s, size_t len, const char *needle, size_t n)
{
  for (const char *p = s; (size_t) (s + len - p) >= n;
       p++)
    {
      p = memchr (p, needle[0], (size_t) (s + len - p));
      if (p == NULL || (size_t) (s + len - p) < n)
        return NULL;
      if (memcmp (p, needle, n) == 0)
        return p;
    }
  return NULL;
}

static int
name_byte (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
         || (c >= '0' && c <= '9') || c == '_';
}

/* Whether the N bytes at NAME are one of the NULL-ended NAMES.  */
static int
one_of (const char *name, size_t n, const char *const *names)
{
  for (; *names != NULL; names++)
    if (strlen (*names) == n && memcmp (*names, name, n) == 0)
      return 1;
  return 0;
}

static enum kind
nginx_kind (const char *name, size_t n)
{
  static const char *const nums[] = {
    "body_bytes_sent", "bytes_sent", "request_length", "request_time",
    "msec", "connection", "connection_requests", "pid", "remote_port",
    "server_port", NULL
  };
  if (n == 6 && memcmp (name, "status", 6) == 0)
    return STATUS;
  return one_of (name, n, nums) ? NUM : ANY;
}

/* nginx: $name, ${name}.  The position of a problem, or -1.  */
static long
read_nginx (struct builder *b, const char *s, size_t len)
{
  size_t i = 0;
  while (i < len)
    {
      const char *dollar = memchr (s + i, '$', len - i);
      size_t lit = dollar ? (size_t) (dollar - s) - i : len - i;
      add (b, LIT, s + i, lit);
      i += lit;
      if (i == len)
        break;
      size_t start = i++, name, n = 0;
      int braced = i < len && s[i] == '{';
      i += braced;
      name = i;
      while (i < len && name_byte (s[i]))
        i++;
      n = i - name;
      if (n == 0 || (braced && (i == len || s[i] != '}')))
        return (long) start;
      i += braced;
      add (b, nginx_kind (s + name, n), NULL, 0);
    }
  return -1;
}

static int
letter (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Apache's and HAProxy's strings at S[*I], where fields start with
   '%': a literal byte or "%%" is added and *I moved past it: 1; at a
   field's '%', *I is moved past that '%': 0.  */
static int
percent_literal (struct builder *b, const char *s, size_t len, size_t *i)
{
  if (s[*i] != '%')
    {
      add (b, LIT, s + (*i)++, 1);
      return 1;
    }
  if (*i + 1 < len && s[*i + 1] == '%')
    {
      add (b, LIT, "%", 1);
      *i += 2;
      return 1;
    }
  (*i)++;
  return 0;
}

/* Apache: %[<>][!][codes][{arg}]letter and %%; \" \\ \n \t as in
   apache2.conf, so that a string copied from there reads the same.  */
static long
read_apache (struct builder *b, const char *s, size_t len)
{
  size_t i = 0;
  while (i < len)
    {
      if (s[i] == '\\' && i + 1 < len && s[i + 1] != '\0'
          && strchr ("\"\\nt", s[i + 1]) != NULL)
        {
          char c = s[i + 1] == 'n' ? '\n' : s[i + 1] == 't' ? '\t' : s[i + 1];
          add (b, LIT, &c, 1);
          i += 2;
          continue;
        }
      size_t start = i;
      if (percent_literal (b, s, len, &i))
        continue;
      int arg = 0;
      while (i < len && strchr ("<>!0123456789,", s[i]) != NULL && s[i])
        i++;
      if (i < len && s[i] == '{')
        {
          const char *close = memchr (s + i, '}', len - i);
          if (close == NULL)
            return (long) start;
          i = (size_t) (close - s) + 1;
          arg = 1;
        }
      if (i == len || !letter (s[i]))
        return (long) start;
      char c = s[i++];
      add (b, c == 's' ? STATUS : c == 't' && !arg ? BRACKET
           : strchr ("bBDTOIS", c) != NULL ? NUM : ANY, NULL, 0);
    }
  return -1;
}

static enum kind
haproxy_kind (const char *name, size_t n)
{
  static const char *const nums[] = {
    "B", "U", "Ta", "Tc", "Td", "Th", "Ti", "Tq", "TR", "Tr", "Ts", "Tt",
    "Tw", "ac", "bc", "fc", "rc", "sc", "sq", "bq", "cp", "bp", "fp", "sp",
    "pid", "lc", "ms", "T", NULL
  };
  if (n == 2 && memcmp (name, "ST", 2) == 0)
    return STATUS;
  return one_of (name, n, nums) ? NUM : ANY;
}

/* HAProxy: %[{flags}]name, %[{flags}][sample expression], %%; a
   backslash escapes the next byte (haproxy.cfg's "\ ").  Flag +Q puts
   the field in quotes.  */
static long
read_haproxy (struct builder *b, const char *s, size_t len)
{
  for (size_t i = 0; i < len;)
    {
      if (s[i] == '\\' && i + 1 < len && s[i + 1] != ' ')
        {
          add (b, LIT, s + i + 1, 1);
          i += 2;
          continue;
        }
      if (s[i] == '\\' && i + 1 < len)
        i++;                    /* "\ ": a separator all the same */
      if (s[i] == ' ')
        {
          while (i < len && s[i] == ' ')
            i++;
          add (b, SEP, NULL, 0);
          continue;
        }
      size_t start = i;
      if (percent_literal (b, s, len, &i))
        continue;
      int quote = 0;
      if (i < len && s[i] == '{')
        {
          const char *close = memchr (s + i, '}', len - i);
          if (close == NULL)
            return (long) start;
          quote = find (s + i, (size_t) (close - s) - i, "+Q", 2) != NULL;
          i = (size_t) (close - s) + 1;
        }
      enum kind kind;
      if (i < len && s[i] == '[')
        {
          const char *close = memchr (s + i, ']', len - i);
          if (close == NULL)
            return (long) start;
          i = (size_t) (close - s) + 1;
          kind = ANY;
        }
      else
        {
          size_t name = i;
          while (i < len && letter (s[i]))
            i++;
          if (i == name)
            return (long) start;
          kind = haproxy_kind (s + name, i - name);
        }
      if (quote)
        add (b, LIT, "\"", 1);
      add (b, kind, NULL, 0);
      if (quote)
        add (b, LIT, "\"", 1);
    }
  return -1;
}

/* Envoy: %NAME%, %NAME(arg)%, %NAME(arg):len%.  */
static long
read_envoy (struct builder *b, const char *s, size_t len)
{
  static const char *const nums[] = {
    "BYTES_RECEIVED", "BYTES_SENT", "DURATION", "REQUEST_DURATION",
    "RESPONSE_DURATION", "RESPONSE_TX_DURATION", "UPSTREAM_REQUEST_ATTEMPT_COUNT",
    NULL
  };
  size_t i = 0;
  while (i < len)
    {
      const char *pct = memchr (s + i, '%', len - i);
      size_t lit = pct ? (size_t) (pct - s) - i : len - i;
      add (b, LIT, s + i, lit);
      i += lit;
      if (i == len)
        break;
      size_t start = i++, name = i;
      while (i < len && (name_byte (s[i]) || s[i] == '-'))
        i++;
      size_t n = i - name;
      if (i < len && s[i] == '(')
        {
          const char *close = memchr (s + i, ')', len - i);
          if (close == NULL)
            return (long) start;
          i = (size_t) (close - s) + 1;
        }
      if (i < len && s[i] == ':')
        for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
          ;
      if (n == 0 || i == len || s[i] != '%')
        return (long) start;
      i++;
      add (b, n == 13 && memcmp (s + name, "RESPONSE_CODE", 13) == 0 ? STATUS
           : one_of (s + name, n, nums) ? NUM : ANY, NULL, 0);
    }
  return -1;
}

/* Whether the LEN bytes at S hold WORD not followed by a name byte.  */
static int
has_word (const char *s, size_t len, const char *word)
{
  size_t n = strlen (word);
  for (const char *p = s; (p = find (p, len - (size_t) (p - s), word, n))
       != NULL; p++)
    if (p + n == s + len || !name_byte (p[n]))
      return 1;
  return 0;
}

/* Which reader: by how the string names the status.  */
static long (*dialect (const char *s, size_t len))
  (struct builder *, const char *, size_t)
{
  if (has_word (s, len, "$status") || find (s, len, "${status", 8))
    return read_nginx;
  if (find (s, len, "%RESPONSE_CODE", 14))
    return read_envoy;
  if (has_word (s, len, "%ST") || find (s, len, "}ST", 3))
    return read_haproxy;
  return read_apache;
}

struct log_string *
log_string_compile (const char *s, size_t len, size_t *column,
                    const char **why)
{
  struct builder b = { NULL, 0, 0 };
  *why = NULL;
  *column = 0;
  /* Envoy's strings end in a newline, which no line holds.  */
  while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
    len--;
  b.f = calloc (1, sizeof *b.f);
  if (b.f == NULL)
    return NULL;
  b.f->status_tok = (size_t) -1;
  b.f->lit = malloc (len + 2 * len + 1);  /* HAProxy's +Q adds quotes */
  long bad = b.f->lit == NULL ? -1 : dialect (s, len) (&b, s, len);
  if (b.f->lit == NULL || b.failed)
    bad = -2;
  else if (bad >= 0)
    *why = N_("a field that does not end");
  else if (b.f->status_tok == (size_t) -1)
    {
      /* The whole string is the problem: point at its end.  */
      bad = (long) len;
      *why = N_("no status: name it as $status (nginx), %>s (Apache), "
                "%ST (HAProxy) or %RESPONSE_CODE% (Envoy)");
    }
  if (bad != -1)
    {
      *column = bad >= 0 ? (size_t) bad + 1 : 0;
      free (b.f->tok);
      free (b.f->lit);
      free (b.f);
      return NULL;
    }
  struct log_string *f = b.f;
  /* Quoted fields: a field between a literal ending in '"' and one
     starting with it.  */
  for (size_t t = 1; t + 1 < f->ntok; t++)
    if (f->tok[t].kind != LIT && f->tok[t - 1].kind == LIT
        && f->tok[t + 1].kind == LIT && f->tok[t - 1].len > 0
        && f->lit[f->tok[t - 1].off + f->tok[t - 1].len - 1] == '"'
        && f->lit[f->tok[t + 1].off] == '"')
      f->tok[t].quoted = 1;
  size_t first = 0;
  while (first < len && (s[first] == ' ' || s[first] == '\t'))
    first++;
  f->json = first < len && s[first] == '{';
  return f;
}

void
log_string_free (struct log_string *fmt)
{
  if (fmt != NULL)
    {
      free (fmt->tok);
      free (fmt->lit);
      free (fmt);
    }
}

int
log_string_json (const struct log_string *fmt)
{
  return fmt->json;
}

struct match
{
  const struct log_string *f;
  const char *end;
  int partial, budget;
  const char *status, *status_end;
};

static int
num_byte (char c, enum kind kind)
{
  return (c >= '0' && c <= '9')
         || (kind == NUM && (c == '.' || c == '-' || c == '+'));
}

/* A quote at Q, after START, that a backslash escapes.  */
static int
escaped (const char *start, const char *q)
{
  size_t n = 0;
  while ((size_t) (q - start) > n && q[-1 - (ptrdiff_t) n] == '\\')
    n++;
  return n % 2;
}

static int match_from (struct match *m, size_t t, const char *p);

/* Whether a long line's cut, met at token T, ends a match: only once
   the status lies behind, on this very path.  (m->status may still
   hold a status a path given up on had matched.)  */
static int
cut_ends (const struct match *m, size_t t)
{
  return m->partial && t > m->f->status_tok;
}

/* Field T at P, followed by the literal T + 1: each place the literal
   occurs, in turn.  */
static int
match_any (struct match *m, size_t t, const char *p)
{
  const struct token *next = &m->f->tok[t + 1];
  const char *lit = next->kind == SEP ? " " : m->f->lit + next->off;
  size_t len = next->kind == SEP ? 1 : next->len;
  for (const char *from = p;;)
    {
      const char *q = memchr (from, lit[0], (size_t) (m->end - from));
      if (q == NULL)
        return cut_ends (m, t)
               || (next->kind == SEP && match_from (m, t + 1, m->end));
      if ((size_t) (m->end - q) >= len && memcmp (q, lit, len) == 0
          && !(m->f->tok[t].quoted && escaped (p, q))
          && match_from (m, t + 1, q))
        return 1;
      if (m->budget <= 0)
        return 0;
      from = q + 1;
    }
}

static int
match_from (struct match *m, size_t t, const char *p)
{
  const struct log_string *f = m->f;
  if (--m->budget < 0)
    return 0;
  if (t == f->ntok)
    return p == m->end;
  if (p == m->end && cut_ends (m, t))
    return 1;                   /* the rest lies past a long line's cut */
  const struct token *tok = &f->tok[t];
  const char *q = p;
  switch (tok->kind)
    {
    case LIT:
      if ((size_t) (m->end - p) < tok->len)
        /* A literal cut by a long line's end may go on past it.  */
        return cut_ends (m, t)
               && memcmp (p, f->lit + tok->off, (size_t) (m->end - p)) == 0;
      if (memcmp (p, f->lit + tok->off, tok->len) != 0)
        return 0;
      return match_from (m, t + 1, p + tok->len);
    case STATUS:
    case NUM:
      while (q < m->end && num_byte (*q, tok->kind))
        q++;
      if (q == p && p < m->end && *p == '-')
        q++;
      if (q == p)
        return 0;
      if (tok->kind == STATUS)
        {
          m->status = p;
          m->status_end = q;
        }
      return match_from (m, t + 1, q);
    case SEP:
      if (p < m->end && *p == ' ' && match_from (m, t + 1, p + 1))
        return 1;
      return match_from (m, t + 1, p);
    case BRACKET:
      if (p == m->end || *p != '[')
        return 0;
      q = memchr (p, ']', (size_t) (m->end - p));
      return q != NULL && match_from (m, t + 1, q + 1);
    case ANY:
      if (t + 1 == f->ntok)
        return match_from (m, t + 1, m->end);
      if (f->tok[t + 1].kind == LIT || f->tok[t + 1].kind == SEP)
        return match_any (m, t, p);
      /* Two fields side by side: the first is a word.  */
      q = memchr (p, ' ', (size_t) (m->end - p));
      return match_from (m, t + 1, q != NULL ? q : m->end);
    }
  return 0;
}

int
log_string_status (const struct log_string *fmt, const char *line,
                   size_t len, int partial, size_t *status_end)
{
  struct match m = { fmt, line + len, partial, BUDGET, NULL, NULL };
  if (!match_from (&m, 0, line) || m.status == NULL)
    return -1;
  *status_end = (size_t) (m.status_end - line);
  if (m.status_end - m.status == 3)
    {
      int status = log_status3 (m.status);
      if (status >= 0)
        return status;
    }
  /* "-", Envoy's 0, "000": a line of the format that has no status.  */
  for (const char *d = m.status; d < m.status_end; d++)
    if (*d != '0' && *d != '-')
      return -1;
  return 0;
}

static enum log_verdict
user_scan (struct log_file *file, const char *line, size_t len, int partial,
           struct log_found *found)
{
  size_t at;
  if (file->user == NULL)
    return LOG_OTHER;
  int status = log_string_status (file->user, line, len, partial, &at);
  if (status < 0)
    return LOG_OTHER;
  if (status == 0)
    return LOG_KNOWN;
  found->what = status;
  found->at_end = 1;
  if (file->user->json)
    {
      /* After the value: past its closing quote if it has one.  */
      found->at_end = 0;
      found->variant = 1;
      found->at = at + (at < len && at >= 4 && line[at] == '"'
                        && line[at - 4] == '"');
    }
  return LOG_NOTE;
}

static char *
user_note (int what, int variant, size_t *len)
{
  return variant ? log_json_note (what, 0, len) : log_text_note (what, 0, len);
}

const struct log_format log_format_user = { "log-format", user_scan, user_note };
