/* pages-conf.c: the snippets that make nginx and Apache serve the
   pages of `httpstatus pages` in the visitor's language.

   The two servers choose differently, so each gets what it can do:

   - nginx has no negotiation of its own: a map over Accept-Language
     picks the language, one regular expression per kind of language
     range below, in the order given.  Each expression matches a header
     whose first element that names a language of the pages, English or
     "*" (with q > 0) is of its kind, elements before it skipped (those
     naming no such language, and those with q=0).  So the map reads
     the header in its order, as every browser sends it (by decreasing
     q), not by q; and q=0 only skips its own element: it excludes
     nothing a later range matches.  "*" means English.
   - Apache's mod_negotiation reads type maps (as Apache's own error
     documents do): each language's variant lists, besides its own tag,
     the tags that httpstatus_negotiate answers with it (zh-Hant for
     zh-TW), since Apache matches tags and prefixes only;
     LanguagePriority (English, then each language's own order: bare
     "zh" is Simplified first) breaks ties, and ForceLanguagePriority
     Prefer Fallback gives every request a page.

   Which language each kind of range gets is the library's answer
   (httpstatus_negotiate), among the languages written only: the
   snippets follow the library's rules and never restate them.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

/* The kinds of language range the snippets know, most specific first:
   a range the library reads as the PROBE does matches REGEX (lower
   case, whole range); TAGS are the exact tags of the kind, for
   Apache's variants.  The languages of the pages beyond these get a
   kind of their own, by primary subtag.  */
static const struct
{
  const char *probe;
  const char *regex;
  const char *tags;
} kinds[] = {
  { "zh-HK", "zh-(?:hant-)?(?:hk|mo)(?:-[0-9a-z]{1,8})*",
    "zh-HK zh-MO zh-Hant-HK zh-Hant-MO" },
  { "zh-TW", "zh-(?:hant|tw)(?:-[0-9a-z]{1,8})*", "zh-TW zh-Hant zh-Hant-TW" },
  { "zh-CN", "zh-(?:hans|cn|sg|my)(?:-[0-9a-z]{1,8})*",
    "zh-CN zh-Hans zh-Hans-CN zh-SG zh-Hans-SG zh-MY" },
  { "zh", "zh(?:-(?:[a-z]{2}|[0-9]{3}))?", "" },
};

/* A q of 0 in an element's parameters.  */
#define Q_ZERO "q\\s*=\\s*0(?:\\.0{0,3})?\\s*(?=[,;]|$)"

/* Whether catalog NAME is one of the NLANGS LANGS.  */
static int
written (const char *name, const char *const *langs, size_t nlangs)
{
  for (size_t i = 0; i < nlangs; i++)
    if (strcmp (langs[i], name) == 0)
      return 1;
  return 0;
}

/* The language of the pages that httpstatus_negotiate gives PROBE
   when only the LANGS are installed: every other installed language
   excluded with q=0 (before PROBE, so that a range as long as PROBE
   does not lift the exclusion); NULL when none of them serves it.  */
static const char *
resolve (const char *probe, const char *const *langs, size_t nlangs)
{
  struct cli_buf b = { NULL, 0, 0 };
  const char *name;
  for (unsigned int i = 0; (name = httpstatus_lang_installed (i)) != NULL;
       i++)
    if (!written (name, langs, nlangs))
      {
        cli_buf_str (&b, httpstatus_lang_tag (name));
        cli_buf_str (&b, ";q=0, ");
      }
  cli_buf_str (&b, probe);
  /* NULL means "no language of the pages": out of memory must not
     pass for it (the snippets would drop languages, exit status 0).  */
  if (b.s == NULL)
    {
      cli_oom ();
      exit (EXIT_TROUBLE);
    }
  const char *r = httpstatus_negotiate (b.s);
  free (b.s);
  if (strcmp (r, "en") == 0 && strncasecmp (probe, "en", 2) != 0)
    return NULL;
  return written (r, langs, nlangs) ? r : NULL;
}

/* The primary subtag of catalog NAME: "zh" for "zh_TW".  */
static size_t
primary_len (const char *name)
{
  return strcspn (name, "_-.@");
}

/* Whether a language is one of the kinds' (Chinese).  */
static int
has_kind (const char *name)
{
  return primary_len (name) == 2 && strncmp (name, "zh", 2) == 0;
}

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
  snprintf (buf, size, "%.*s(?:-[0-9a-z]{1,8})*", (int) primary_len (name),
            name);
}

int
cli_pages_nginx (const char *dir, const char *url, const char *const *langs,
                 size_t nlangs, const int *codes, size_t ncodes)
{
  /* The ranges served: the kinds that resolve, the other languages,
     English and "*".  */
  struct cli_buf serv = { NULL, 0, 0 };
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
    if (resolve (kinds[k].probe, langs, nlangs) != NULL)
      {
        cli_buf_str (&serv, kinds[k].regex);
        cli_buf_str (&serv, "|");
      }
  char own[64];
  for (size_t i = 0; i < nlangs; i++)
    if (strcmp (langs[i], "en") != 0 && !has_kind (langs[i]))
      {
        own_regex (own, sizeof own, langs[i]);
        cli_buf_str (&serv, own);
        cli_buf_str (&serv, "|");
      }
  cli_buf_str (&serv, "en(?:-[0-9a-z]{1,8})*|\\*");

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
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
    {
      const char *r = resolve (kinds[k].probe, langs, nlangs);
      if (r != NULL)
        map_line (&b, kinds[k].regex, httpstatus_lang_tag (r),
                  serv.s != NULL ? serv.s : "");
    }
  for (size_t i = 0; i < nlangs; i++)
    if (strcmp (langs[i], "en") != 0 && !has_kind (langs[i]))
      {
        own_regex (own, sizeof own, langs[i]);
        map_line (&b, own, httpstatus_lang_tag (langs[i]),
                  serv.s != NULL ? serv.s : "");
      }
  cli_buf_str (&b, "}\n");
  free (serv.s);
  if (b.s == NULL)
    {
      cli_oom ();
      return -1;
    }
  int status = cli_write_file (dir, "httpstatus-nginx-http.conf", b.s, b.len);
  free (b.s);
  if (status != 0)
    return -1;

  b = (struct cli_buf) { NULL, 0, 0 };
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
  cli_buf_str (&b, dir);
  cli_buf_str (&b, "/\";\n"
               "    types { text/html html; }\n"
               "    charset utf-8;\n"
               "    add_header Content-Language $httpstatus_lang always;\n"
               "    add_header Vary Accept-Language always;\n"
               "}\n");
  if (b.s == NULL)
    {
      cli_oom ();
      return -1;
    }
  status = cli_write_file (dir, "httpstatus-nginx-server.conf", b.s, b.len);
  free (b.s);
  return status;
}

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
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
    {
      const char *r = resolve (kinds[k].probe, langs, nlangs);
      if (r == NULL || strcmp (r, lang) != 0)
        continue;
      const char *t = kinds[k].tags;
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

int
cli_pages_apache (const char *dir, const char *url, const char *const *langs,
                  size_t nlangs, const int *codes, size_t ncodes)
{
  char name[64], line[512];
  for (size_t i = 0; i < ncodes; i++)
    {
      struct cli_buf b = { NULL, 0, 0 };
      for (size_t l = 0; l < nlangs; l++)
        {
          snprintf (line, sizeof line, "%sURI: %s/%d.html\n"
                    "Content-type: text/html; charset=UTF-8\n"
                    "Content-language: ", l > 0 ? "\n" : "",
                    httpstatus_lang_tag (langs[l]), codes[i]);
          cli_buf_str (&b, line);
          variant_languages (&b, langs[l], langs, nlangs);
          cli_buf_str (&b, "\n");
        }
      snprintf (name, sizeof name, "%d.var", codes[i]);
      if (b.s == NULL)
        {
          cli_oom ();
          return -1;
        }
      int status = cli_write_file (dir, name, b.s, b.len);
      free (b.s);
      if (status != 0)
        return -1;
    }

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
  cli_buf_str (&b, dir);
  cli_buf_str (&b, "/\"\n<Directory \"");
  cli_buf_str (&b, dir);
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
  /* Ties: each primary language's own order, as a bare range of it
     would get them from the library, one excluded after the other.  */
  const char *order[64];
  size_t n = 0;
  for (size_t l = 0; l < nlangs && n < 64; l++)
    {
      if (strcmp (langs[l], "en") == 0)
        continue;
      char bare[16];
      snprintf (bare, sizeof bare, "%.*s", (int) primary_len (langs[l]),
                langs[l]);
      const char *rest[64];
      size_t nrest = 0;
      for (size_t j = 0; j < nlangs && nrest < 64; j++)
        {
          int done = 0;
          for (size_t k = 0; k < n; k++)
            done |= strcmp (order[k], langs[j]) == 0;
          if (!done)
            rest[nrest++] = langs[j];
        }
      const char *r;
      while ((r = resolve (bare, rest, nrest)) != NULL && n < 64)
        {
          order[n++] = r;
          size_t k = 0;
          for (size_t j = 0; j < nrest; j++)
            if (strcmp (rest[j], r) != 0)
              rest[k++] = rest[j];
          nrest = k;
        }
    }
  for (size_t l = 0; l < nlangs; l++)
    {
      int done = strcmp (langs[l], "en") == 0;
      for (size_t k = 0; k < n; k++)
        done |= strcmp (order[k], langs[l]) == 0;
      if (!done && n < 64)
        order[n++] = langs[l];
    }
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
  int status = cli_write_file (dir, "httpstatus-apache.conf", b.s, b.len);
  free (b.s);
  return status;
}
