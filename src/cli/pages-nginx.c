/* pages-nginx.c: the snippets that make nginx serve the pages of
   `httpstatus pages` in the visitor's language.  nginx has no
   negotiation of its own: a map over Accept-Language picks the
   language, one regular expression per kind of language range
   (pages-langs.c), in the order given.  Each expression matches a
   header whose first element that names a language of the pages,
   English or "*" (with q > 0) is of its kind, elements before it
   skipped (those naming no such language, and those with q=0).  So the
   map reads the header in its order, as every browser sends it (by
   decreasing q), not by q; and q=0 only skips its own element: it
   excludes nothing a later range matches.  "*" means English.  Which
   language each kind gets is the library's answer, among the languages
   written only.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

/* A q of 0 in an element's parameters.  */
#define Q_ZERO "q\\s*=\\s*0(?:\\.0{0,3})?\\s*(?=[,;]|$)"

/* The map line for ranges of REGEX, answered VALUE, with SERV the
   alternatives of every range the pages serve.  */
static void
map_line (struct cli_buf *b, const char *regex, const char *value,
          const char *serv)
{
  /* The skipped elements: those with q=0, and those naming nothing
     served.  An element may be both: the repetition is possessive, so
     that a header that does not match fails at once instead of trying
     every way of skipping its elements (2^n: PCRE's match limit).  It
     gives nothing back that could match: a served element with q > 0
     is never skipped.  */
  cli_buf_str (b, "    \"~*^(?:[^,]*;\\s*" Q_ZERO "[^,]*,|\\s*+(?!(?:");
  cli_buf_str (b, serv);
  cli_buf_str (b, ")\\s*(?:[;,]|$))[^,]*,)*+\\s*(?:");
  cli_buf_str (b, regex);
  cli_buf_str (b, ")\\s*(?![^,]*;\\s*" Q_ZERO ")(?:;[^,]*)?(?:,|$)\" ");
  cli_buf_str (b, value);
  cli_buf_str (b, ";\n");
}

/* The regex of the kind of the languages with no kind in the table:
   their primary subtag and anything after it.  */
static void
own_regex (char *buf, size_t size, const char *name)
{
  snprintf (buf, size, "%.*s(?:-[0-9a-z]{1,8})*", (int) cli_pages_primary_len (name),
            name);
}

/* The alternatives of every range the pages serve, into SERV: the
   kinds that resolve, the other languages, English and "*".  */
static void
served (struct cli_buf *serv, const char *const *langs, size_t nlangs)
{
  for (size_t k = 0; k < cli_pages_nkinds; k++)
    if (cli_pages_resolve (cli_pages_kinds[k].probe, langs, nlangs) != NULL)
      {
        cli_buf_str (serv, cli_pages_kinds[k].regex);
        cli_buf_str (serv, "|");
      }
  char own[64];
  for (size_t i = 0; i < nlangs; i++)
    if (strcmp (langs[i], "en") != 0 && !cli_pages_has_kind (langs[i]))
      {
        own_regex (own, sizeof own, langs[i]);
        cli_buf_str (serv, own);
        cli_buf_str (serv, "|");
      }
  cli_buf_str (serv, "en(?:-[0-9a-z]{1,8})*|\\*");
}

/* B into OUT as NAME; B is freed.  */
static int
write_buf (struct cli_dir *out, const char *name, struct cli_buf *b)
{
  if (b->s == NULL)
    {
      cli_oom ();
      return -1;
    }
  int status = cli_dir_write (out, name, b->s, b->len);
  free (b->s);
  return status;
}

/* httpstatus-nginx-http.conf: the map.  */
static int
http_conf (struct cli_dir *out, const char *const *langs, size_t nlangs)
{
  struct cli_buf serv = { NULL, 0, 0 };
  served (&serv, langs, nlangs);
  const char *s = serv.s != NULL ? serv.s : "";
  struct cli_buf b = { NULL, 0, 0 };
  cli_buf_str (&b,
    "# Written by httpstatus pages: the language of the error pages.\n"
    "# Include it inside http { }, and httpstatus-nginx-server.conf inside\n"
    "# each server { } whose errors get the pages.\n"
    "#\n"
    "# The map reads Accept-Language in its order, as browsers send it\n"
    "# (by decreasing q): the first element that names a language of the\n"
    "# pages, English or \"*\", with a q other than 0, decides; elements\n"
    "# naming another language, and those with q=0, are skipped.  It does\n"
    "# not sort by q (\"en;q=0.5, zh-TW\" is English here), q=0 excludes\n"
    "# only its own element (not what a later, shorter range matches),\n"
    "# and \"*\" means English.  Which language each kind of range gets\n"
    "# is what the httpstatus library answers (httpstatus_negotiate):\n"
    "# zh-Hant and zh-TW are Traditional Chinese of Taiwan, zh-HK and\n"
    "# zh-MO of Hong Kong, zh-Hans, zh-CN, zh-SG Simplified, a bare zh\n"
    "# Simplified first; no header, or nothing served, is English.\n"
    "map $http_accept_language $httpstatus_lang {\n"
    "    default en;\n");
  for (size_t k = 0; k < cli_pages_nkinds; k++)
    {
      const char *r = cli_pages_resolve (cli_pages_kinds[k].probe, langs,
                                         nlangs);
      if (r != NULL)
        map_line (&b, cli_pages_kinds[k].regex, httpstatus_lang_tag (r), s);
    }
  char own[64];
  for (size_t i = 0; i < nlangs; i++)
    if (strcmp (langs[i], "en") != 0 && !cli_pages_has_kind (langs[i]))
      {
        own_regex (own, sizeof own, langs[i]);
        map_line (&b, own, httpstatus_lang_tag (langs[i]), s);
      }
  cli_buf_str (&b, "}\n");
  free (serv.s);
  return write_buf (out, "httpstatus-nginx-http.conf", &b);
}

/* httpstatus-nginx-server.conf: the error pages and their location.  */
static int
server_conf (struct cli_dir *out, const char *url, const int *codes,
             size_t ncodes)
{
  struct cli_buf b = { NULL, 0, 0 };
  cli_buf_str (&b,
    "# Written by httpstatus pages: the error pages, in the language\n"
    "# that httpstatus-nginx-http.conf's map chose.  Include it inside\n"
    "# each server { } whose errors get the pages.  A location with\n"
    "# error_page lines of its own inherits none of these (nginx's rule):\n"
    "# include this file there too.  An upstream's own error answers keep\n"
    "# their pages unless proxy_intercept_errors is on.\n");
  char line[256];
  for (size_t i = 0; i < ncodes; i++)
    {
      snprintf (line, sizeof line, "error_page %d %s$httpstatus_lang/%d.html;\n",
                codes[i], url, codes[i]);
      cli_buf_str (&b, line);
    }
  cli_buf_str (&b, "location ^~ ");
  cli_buf_str (&b, url);
  cli_buf_str (&b, " {\n    internal;\n    alias \"");
  cli_buf_str (&b, out->path);
  cli_buf_str (&b, "/\";\n"
               "    types { text/html html; }\n"
               "    charset utf-8;\n"
               "    add_header Content-Language $httpstatus_lang always;\n"
               "    add_header Vary Accept-Language always;\n"
               "}\n");
  return write_buf (out, "httpstatus-nginx-server.conf", &b);
}

int
cli_pages_nginx (struct cli_dir *out, const char *url,
                 const char *const *langs, size_t nlangs, const int *codes,
                 size_t ncodes)
{
  if (http_conf (out, langs, nlangs) != 0)
    return -1;
  return server_conf (out, url, codes, ncodes);
}
