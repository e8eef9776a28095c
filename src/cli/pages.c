/* pages.c: the error pages of `httpstatus pages`: the page template
   (the built-in one, or a user's checked for its placeholders), the
   page of one code in one language (the files are pages-dir.c's).  The
   texts come by language name (the _lang calls), so a page
   is UTF-8 whatever the locale of the run.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

/* The built-in page: HTML5 that is also well-formed XML (void elements
   closed), so that an XML parser can check it strictly; inline CSS
   only, readable on a phone, light or dark as the reader's system
   is.  */
static const char builtin[] =
  "<!DOCTYPE html>\n"
  "<html lang=\"{{lang}}\" dir=\"{{dir}}\">\n"
  "<head>\n"
  "<meta charset=\"utf-8\" />\n"
  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
  "<meta name=\"color-scheme\" content=\"light dark\" />\n"
  "<title>{{code}} {{title}}</title>\n"
  "<style>\n"
  "body { margin: 0; padding: 2em 1em; font-family: system-ui, sans-serif;"
  " line-height: 1.5; color: #1b1b1b; background: #fafafa; }\n"
  "div { max-width: 38em; margin: 0 auto; }\n"
  "h1 { margin: 0 0 .5em; font-size: 2em; line-height: 1.2; }\n"
  "h1 span { display: block; font-size: 2em; color: #b3261e; }\n"
  "p { font-size: 1.2em; }\n"
  "p.reason { font-size: 1em; color: #5f5f5f; }\n"
  "@media (prefers-color-scheme: dark) {\n"
  "  body { color: #ececec; background: #161616; }\n"
  "  h1 span { color: #f2b8b5; }\n"
  "  p.reason { color: #a8a8a8; }\n"
  "}\n"
  "</style>\n"
  "</head>\n"
  "<body>\n"
  "<div>\n"
  "<h1><span>{{code}}</span> {{title}}</h1>\n"
  "<p>{{description}}</p>\n"
  "<p class=\"reason\">{{code}} {{reason}} &#8212; {{class}}</p>\n"
  "</div>\n"
  "</body>\n"
  "</html>\n";

struct cli_template
{
  char *text;
};

enum placeholder
{
  P_CODE, P_REASON, P_TITLE, P_DESCRIPTION, P_CLASS, P_LANG, P_DIR,
  P_NONE = -1
};

/* The placeholders, as doc/httpstatus.1 lists them.  */
static const char *const placeholders[] = {
  "code", "reason", "title", "description", "class", "lang", "dir"
};

/* The placeholder named by the LEN bytes at S, spaces around it
   allowed ("{{ title }}").  */
static enum placeholder
placeholder_of (const char *s, size_t len)
{
  while (len > 0 && *s == ' ')
    s++, len--;
  while (len > 0 && s[len - 1] == ' ')
    len--;
  for (size_t i = 0; i < sizeof placeholders / sizeof placeholders[0]; i++)
    if (strlen (placeholders[i]) == len
        && memcmp (placeholders[i], s, len) == 0)
      return (enum placeholder) i;
  return P_NONE;
}

/* "FILE:LINE", the subject of a message about a template's line, into
   BUF of SIZE bytes; returns BUF.  */
static const char *
file_line (char *buf, size_t size, const char *file, unsigned long line)
{
  snprintf (buf, size, "%s:%lu", file, line);
  return buf;
}

/* The number of the line of TEXT that AT is on, counting from LINE at
   FROM: the lines are counted as the check goes, never from the start
   again, so that the check stays linear on one long line too.  */
static unsigned long
line_at (const char *from, const char *at, unsigned long line)
{
  for (const char *p = from; (p = memchr (p, '\n', (size_t) (at - p)))
       != NULL; p++)
    line++;
  return line;
}

/* Where "CC" (C twice) first begins in [P, END), or NULL.  Not
   strstr: a sanitizer's strstr measures the whole rest of the text at
   every call, which makes a template of many placeholders on one long
   line quadratic under AddressSanitizer; memchr stops where it
   finds.  */
static const char *
pair_at (const char *p, const char *end, char c)
{
  while (p < end && (p = memchr (p, c, (size_t) (end - p))) != NULL)
    {
      if (p + 1 < end && p[1] == c)
        return p;
      p++;
    }
  return NULL;
}

/* Checks the LEN bytes of TEXT, read from FILE: text (no NUL byte);
   every "{{" opens a known placeholder closed by "}}" on the same
   line; {{title}} is there.  Each byte is looked at a bounded number
   of times: one long line costs what many short ones do.  */
static int
template_check (const char *file, const char *text, size_t len)
{
  char where[4200];
  const char *end = text + len, *p = text, *nul = memchr (text, '\0', len);
  unsigned long line = 1;
  int has_title = 0;
  if (nul != NULL)
    {
      cli_error (cli_program_name,
                 file_line (where, sizeof where, file,
                            line_at (text, nul, 1)), "%s",
                 _("a template is text: this file holds a NUL byte"));
      return -1;
    }
  const char *open, *eol = NULL;
  while ((open = pair_at (p, end, '{')) != NULL)
    {
      line = line_at (p, open, line);
      /* The line's end, found again only on a later line.  */
      if (eol == NULL || eol < open)
        {
          eol = memchr (open, '\n', (size_t) (end - open));
          if (eol == NULL)
            eol = end;
        }
      /* The "}}" searched up to the line's end only.  */
      const char *close = open + 2;
      while (close + 1 < eol && (close[0] != '}' || close[1] != '}'))
        close++;
      if (close + 1 >= eol)
        {
          cli_error (cli_program_name,
                     file_line (where, sizeof where, file, line), "%s",
                     _("'{{' opens no placeholder: no '}}' on its line"));
          return -1;
        }
      enum placeholder ph = placeholder_of (open + 2,
                                            (size_t) (close - open - 2));
      if (ph == P_NONE)
        {
          cli_error (cli_program_name,
                     file_line (where, sizeof where, file, line),
                     _("unknown placeholder '%.*s'"),
                     (int) (close + 2 - open), open);
          return -1;
        }
      has_title |= ph == P_TITLE;
      p = close + 2;
    }
  if (!has_title)
    {
      /* The last line: the one before a final '\n'.  */
      line = line_at (p, end, line);
      cli_error (cli_program_name,
                 file_line (where, sizeof where, file,
                            len > 0 && text[len - 1] == '\n'
                            ? line - 1 : line), "%s",
                 _("the template ends without a {{title}} placeholder"));
      return -1;
    }
  return 0;
}

int
cli_template_read (const char *file, struct cli_template **t)
{
  *t = NULL;
  if (file == NULL)
    return 0;
  FILE *f = fopen (file, "rb");
  if (f == NULL)
    {
      cli_error (cli_program_name, file, "%s", strerror (errno));
      return -1;
    }
  struct cli_buf b = { NULL, 0, 0 };
  char chunk[8192];
  size_t n;
  while ((n = fread (chunk, 1, sizeof chunk, f)) > 0)
    cli_buf_add (&b, chunk, n);
  int err = ferror (f) ? errno : 0;
  fclose (f);
  if (err != 0)
    {
      cli_error (cli_program_name, file, "%s", strerror (err));
      free (b.s);
      return -1;
    }
  if (b.s == NULL && b.size != 0)
    {
      cli_oom ();
      return -1;
    }
  if (template_check (file, b.s != NULL ? b.s : "", b.len) != 0)
    {
      free (b.s);
      return -1;
    }
  *t = malloc (sizeof **t);
  if (*t == NULL)
    {
      free (b.s);
      cli_oom ();
      return -1;
    }
  (*t)->text = b.s;
  return 0;
}

void
cli_template_free (struct cli_template *t)
{
  if (t != NULL)
    free (t->text);
  free (t);
}

/* The writing direction of a language, from its primary subtag: the
   languages of right-to-left scripts that a catalog may one day be in;
   every other is "ltr".  */
static const char *
direction (const char *tag)
{
  static const char rtl[][4] = { "ar", "ckb", "dv", "fa", "he", "ps",
                                 "sd", "ug", "ur", "yi" };
  size_t len = strcspn (tag, "-_");
  for (size_t i = 0; i < sizeof rtl / sizeof rtl[0]; i++)
    if (strlen (rtl[i]) == len && strncmp (rtl[i], tag, len) == 0)
      return "rtl";
  return "ltr";
}

void
cli_page_render (const struct cli_template *t, int code, const char *lang,
                 struct cli_buf *b)
{
  const char *text = t != NULL ? t->text : builtin;
  char number[16];
  snprintf (number, sizeof number, "%d", code);
  const char *tag = httpstatus_lang_tag (lang);
  const char *values[] = {
    [P_CODE] = number,
    [P_REASON] = httpstatus_reason (code),
    [P_TITLE] = httpstatus_title_lang (code, lang),
    [P_DESCRIPTION] = httpstatus_description_lang (code, lang),
    [P_CLASS] = httpstatus_class_title_lang (code, lang),
    [P_LANG] = tag,
    [P_DIR] = direction (tag),
  };
  const char *p = text, *open, *stop = text + strlen (text);
  while ((open = pair_at (p, stop, '{')) != NULL)
    {
      /* The template was checked: "}}" follows.  */
      const char *end = pair_at (open + 2, stop, '}');
      cli_buf_add (b, p, (size_t) (open - p));
      cli_buf_html (b, values[placeholder_of (open + 2,
                                              (size_t) (end - open - 2))]);
      p = end + 2;
    }
  cli_buf_str (b, p);
}
