/* pages.c: the error pages of `httpstatus pages`: the page template
   (the built-in one, or a user's checked for its placeholders), the
   page of one code in one language, and files written whole or not at
   all.  The texts come by language name (the _lang calls), so a page
   is UTF-8 whatever the locale of the run.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cli.h"
#if HS_WINDOWS
# include "w32.h"
#endif

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

/* Checks TEXT, read from FILE: every "{{" opens a known placeholder
   closed by "}}" on the same line, and {{title}} is there.  */
static int
template_check (const char *file, const char *text, size_t len)
{
  char where[4200];
  unsigned long line = 1;
  int has_title = 0;
  if (memchr (text, '\0', len) != NULL)
    {
      cli_error (cli_program_name, file, "%s",
                 _("a template is text: this file holds a NUL byte"));
      return -1;
    }
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        line++;
      if (p[0] != '{' || p[1] != '{')
        continue;
      const char *end = strstr (p + 2, "}}");
      const char *nl = strchr (p + 2, '\n');
      if (end == NULL || (nl != NULL && nl < end))
        {
          cli_error (cli_program_name,
                     file_line (where, sizeof where, file, line), "%s",
                     _("'{{' opens no placeholder: no '}}' on its line"));
          return -1;
        }
      enum placeholder ph = placeholder_of (p + 2, (size_t) (end - p - 2));
      if (ph == P_NONE)
        {
          cli_error (cli_program_name,
                     file_line (where, sizeof where, file, line),
                     _("unknown placeholder '%.*s'"),
                     (int) (end + 2 - p), p);
          return -1;
        }
      has_title |= ph == P_TITLE;
      p = end + 1;
    }
  if (!has_title)
    {
      /* The last line: the one before a final '\n'.  */
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
  const char *p = text, *open;
  while ((open = strstr (p, "{{")) != NULL)
    {
      /* The template was checked: "}}" follows.  */
      const char *end = strstr (open + 2, "}}");
      cli_buf_add (b, p, (size_t) (open - p));
      cli_buf_html (b, values[placeholder_of (open + 2,
                                              (size_t) (end - open - 2))]);
      p = end + 2;
    }
  cli_buf_str (b, p);
}

int
cli_write_file (const char *dir, const char *name, const char *data,
                size_t len)
{
  char path[4096], tmp[4096];
  int n = snprintf (path, sizeof path, "%s/%s", dir, name);
  /* The temporary file lies in the page's own folder, hidden, so that
     the rename replaces the page at once, never across file systems;
     mkstemp names it ("DIR/zh-TW/.404.html.a3Zq9T") and creates it
     exclusively, so it follows no symbolic link planted under a name
     known beforehand, and two runs never write the same one.  */
  const char *base = strrchr (path, '/') + 1;
  int m = snprintf (tmp, sizeof tmp, "%.*s.%s.XXXXXX", (int) (base - path),
                    path, base);
  if (n < 0 || (size_t) n >= sizeof path || m < 0
      || (size_t) m >= sizeof tmp)
    {
      cli_error (cli_program_name, dir, "%s", strerror (ENAMETOOLONG));
      return -1;
    }
  int fd = mkstemp (tmp);
  if (fd < 0)
    {
      cli_error (cli_program_name, path, "%s", strerror (errno));
      return -1;
    }
  int err = 0;
#if !HS_WINDOWS
  /* mkstemp's file is private (0600), but the servers' workers read
     the pages: the mode any new file gets, as fopen would give it.  */
  mode_t mask = umask (0);
  umask (mask);
  if (fchmod (fd, 0666 & ~mask) != 0)
    err = errno;
#endif
  FILE *f = err == 0 ? fdopen (fd, "wb") : NULL;
  if (f == NULL)
    {
      if (err == 0)
        err = errno;
      close (fd);
    }
  else
    {
      /* A short fwrite need not set errno: no stale one is reported.  */
      errno = 0;
      if (fwrite (data, 1, len, f) != len)
        err = errno != 0 ? errno : EIO;
      if (fflush (f) != 0 && err == 0)
        err = errno;
      if (fclose (f) != 0 && err == 0)
        err = errno;
    }
#if HS_WINDOWS
  if (err == 0 && cli_w32_replace (tmp, path) != 0)
#else
  if (err == 0 && rename (tmp, path) != 0)
#endif
    err = errno;
  if (err != 0)
    {
      remove (tmp);
      cli_error (cli_program_name, path, "%s", strerror (err));
      return -1;
    }
  return 0;
}
