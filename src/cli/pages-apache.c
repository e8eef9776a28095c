/* pages-apache.c: what makes Apache serve the pages of `httpstatus
   pages` in the visitor's language.  Apache's mod_negotiation reads
   type maps (as Apache's own error documents do): each language's
   variant lists, besides its own tag, the tags that httpstatus_negotiate
   answers with it (zh-Hant for zh-TW), since Apache matches tags and
   prefixes only; LanguagePriority (English, then each language's own
   order, cli_pages_lang_order: bare "zh" is Simplified first) breaks
   ties, and ForceLanguagePriority Prefer Fallback gives every request a
   page.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

/* The codes Apache 2.4 has a status line for: its ErrorDocument
   refuses any other ("Unsupported HTTP response code").  */
static int
apache_knows (int code)
{
  static const short known[] = {
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413,
    414, 415, 416, 417, 421, 422, 423, 424, 426, 428, 429, 431, 451,
    500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511
  };
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (known[i] == code)
      return 1;
  return 0;
}

/* LANG's variant's languages: its tag, then the tags of the kinds
   that resolve to it.  */
static void
variant_languages (struct cli_buf *b, const char *lang,
                   const char *const *langs, size_t nlangs)
{
  cli_buf_str (b, httpstatus_lang_tag (lang));
  for (size_t k = 0; k < cli_pages_nkinds; k++)
    {
      const char *r = cli_pages_resolve (cli_pages_kinds[k].probe, langs, nlangs);
      if (r == NULL || strcmp (r, lang) != 0)
        continue;
      const char *t = cli_pages_kinds[k].tags;
      while (*t != '\0')
        {
          size_t len = strcspn (t, " ");
          if (strncmp (t, httpstatus_lang_tag (lang), len) != 0
              || httpstatus_lang_tag (lang)[len] != '\0')
            {
              cli_buf_str (b, ", ");
              cli_buf_add (b, t, len);
            }
          t += len;
          t += *t == ' ';
        }
    }
}

/* CODE.var: the type map of CODE's pages.  */
static int
type_map (struct cli_dir *out, int code, const char *const *langs,
          size_t nlangs)
{
  char name[64], line[512];
  struct cli_buf b = { NULL, 0, 0 };
  for (size_t l = 0; l < nlangs; l++)
    {
      snprintf (line, sizeof line, "%sURI: %s/%d.html\n"
                "Content-type: text/html; charset=UTF-8\n"
                "Content-language: ", l > 0 ? "\n" : "",
                httpstatus_lang_tag (langs[l]), code);
      cli_buf_str (&b, line);
      variant_languages (&b, langs[l], langs, nlangs);
      cli_buf_str (&b, "\n");
    }
  snprintf (name, sizeof name, "%d.var", code);
  if (b.s == NULL)
    {
      cli_oom ();
      return -1;
    }
  int status = cli_dir_write (out, name, b.s, b.len);
  free (b.s);
  return status;
}

/* httpstatus-apache.conf: the folder, its negotiation and the error
   documents.  */
static int
apache_conf (struct cli_dir *out, const char *url, const char *const *langs,
             size_t nlangs, const int *codes, size_t ncodes)
{
  char line[512];
  struct cli_buf b = { NULL, 0, 0 };
  cli_buf_str (&b,
    "# Written by httpstatus pages: the error pages, in the language\n"
    "# mod_negotiation picks from each code's type map (CODE.var).\n"
    "# Include it in the server's configuration or a <VirtualHost>;\n"
    "# it needs mod_alias, mod_mime and mod_negotiation.  Each language's\n"
    "# variant lists the tags the httpstatus library answers with it\n"
    "# (zh-Hant for zh-TW); LanguagePriority breaks ties (a bare zh is\n"
    "# Simplified first) and ForceLanguagePriority gives a page to\n"
    "# every request, English when nothing else fits.\n"
    "Alias ");
  cli_buf_str (&b, url);
  cli_buf_str (&b, " \"");
  cli_buf_str (&b, out->path);
  cli_buf_str (&b, "/\"\n<Directory \"");
  cli_buf_str (&b, out->path);
  cli_buf_str (&b, "\">\n"
               "    Options None\n"
               "    AllowOverride None\n"
               "    Require all granted\n"
               "    AddHandler type-map .var\n"
               /* The page chosen is served with the type mod_mime
                  gives its name, not the type map's.  */
               "    AddType text/html .html\n"
               "    AddDefaultCharset UTF-8\n"
               "    LanguagePriority en");
  const char *order[CLI_PAGES_LANGS_MAX];
  size_t n = cli_pages_lang_order (langs, nlangs, order);
  for (size_t k = 0; k < n; k++)
    {
      cli_buf_str (&b, " ");
      cli_buf_str (&b, httpstatus_lang_tag (order[k]));
    }
  cli_buf_str (&b, "\n    ForceLanguagePriority Prefer Fallback\n"
               "</Directory>\n");
  for (size_t i = 0; i < ncodes; i++)
    {
      if (apache_knows (codes[i]))
        snprintf (line, sizeof line, "ErrorDocument %d %s%d.var\n",
                  codes[i], url, codes[i]);
      else
        snprintf (line, sizeof line,
                  "# %d: Apache 2.4 takes no ErrorDocument for it\n",
                  codes[i]);
      cli_buf_str (&b, line);
    }
  if (b.s == NULL)
    {
      cli_oom ();
      return -1;
    }
  int status = cli_dir_write (out, "httpstatus-apache.conf", b.s, b.len);
  free (b.s);
  return status;
}

int
cli_pages_apache (struct cli_dir *out, const char *url,
                  const char *const *langs, size_t nlangs, const int *codes,
                  size_t ncodes)
{
  for (size_t i = 0; i < ncodes; i++)
    if (type_map (out, codes[i], langs, nlangs) != 0)
      return -1;
  return apache_conf (out, url, langs, nlangs, codes, ncodes);
}
