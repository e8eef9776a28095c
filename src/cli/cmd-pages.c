/* cmd-pages.c: `httpstatus pages --out DIR [--lang LL]... [--template
   FILE] [--force] [CODE...]`: static error pages, one per code per
   language, and the nginx and Apache snippets that serve them in the
   visitor's language.  Its options and checks here; the pages in
   pages.c, the snippets in pages-conf.c.

   Layout of DIR: LL/CODE.html for each language (LL its BCP 47 tag,
   "zh-TW"), CODE.var (Apache's type maps), httpstatus-nginx-http.conf,
   httpstatus-nginx-server.conf and httpstatus-apache.conf.  */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cli.h"

enum { OPT_OUT = 256, OPT_LANG, OPT_TEMPLATE, OPT_FORCE };

/* Where the servers find the pages.  */
#define PAGES_URL "/httpstatus-errors/"

/* The installed language LANG names, by catalog name or tag in any
   case ("zh_TW", "zh-tw"), or NULL.  */
static const char *
installed (const char *lang)
{
  const char *name;
  for (unsigned int i = 0; (name = httpstatus_lang_installed (i)) != NULL;
       i++)
    if (strcasecmp (name, lang) == 0
        || strcasecmp (httpstatus_lang_tag (name), lang) == 0)
      return name;
  return NULL;
}

static int
make_dir (const char *dir)
{
#if HS_WINDOWS
  return mkdir (dir);
#else
  return mkdir (dir, 0777);
#endif
}

/* Characters a server's configuration cannot hold in a quoted path
   as it is: nginx reads "$" as a variable, both read '"' and '\', and
   Apache's <Directory "..."> reads '*', '?' and '[' as wildcards (it
   would match other folders, not this one).  */
static int
quotable (const char *path)
{
  for (const char *p = path; *p != '\0'; p++)
    if (strchr ("\"\\$*?[", *p) != NULL || (unsigned char) *p < 0x20
        || *p == 0x7f)
      return 0;
  return 1;
}

static int write_all (const char *out, int force,
                      const struct cli_template *template,
                      const char *const *langs, size_t nlangs,
                      const int *codes, size_t ncodes);

int
cli_cmd_pages (int argc, char **argv)
{
  /* --lang is the pages' own here: which languages to write (the
     language of messages is chosen before the command's name).  */
  static const struct option options[] = {
    { "out", required_argument, NULL, OPT_OUT },
    { "lang", required_argument, NULL, OPT_LANG },
    { "template", required_argument, NULL, OPT_TEMPLATE },
    { "force", no_argument, NULL, OPT_FORCE },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  const char *out = NULL, *template_file = NULL;
  const char *langs[64];
  size_t nlangs = 0;
  int force = 0, lang_given = 0, opt;
  langs[nlangs++] = "en";
  while ((opt = cli_getopt (argc, argv, "hV", options)) != -1)
    switch (opt)
      {
      case OPT_OUT: out = optarg; break;
      case OPT_TEMPLATE: template_file = optarg; break;
      case OPT_FORCE: force = 1; break;
      case OPT_LANG:
        {
          lang_given = 1;
          const char *name = installed (optarg);
          if (name == NULL)
            {
              cli_error (cli_program_name, optarg, "%s",
                         _("no catalog of this language is installed"));
              cli_try_help (argv[0]);
            }
          int seen = 0;
          for (size_t i = 0; i < nlangs; i++)
            seen |= strcmp (langs[i], name) == 0;
          if (!seen && nlangs < sizeof langs / sizeof langs[0])
            langs[nlangs++] = name;
          break;
        }
      }
  /* --json before the command's name: pages prints no codes.  */
  if (cli_json)
    cli_usage_error (argv[0], _("pages writes files, not JSON"));
  if (out == NULL || *out == '\0')
    cli_usage_error (argv[0], _("pages needs --out DIR"));
  /* No --lang: every installed language.  English is always written:
     it is every server's fallback (so --lang=en alone is English
     only).  */
  if (!lang_given)
    {
      const char *name;
      for (unsigned int i = 1; (name = httpstatus_lang_installed (i)) != NULL
           && nlangs < sizeof langs / sizeof langs[0]; i++)
        langs[nlangs++] = name;
    }

  /* The codes: those given, else every 4xx and 5xx of the table that
     is no vendor's (a vendor's code is written by that vendor's
     software, not by the server these pages are for).  */
  int codes[CLI_CODES_MAX];
  size_t ncodes = 0;
  for (int i = optind; i < argc; i++)
    {
      int code = cli_parse_code (argv[i]);
      /* An unknown code is trouble (2), not 'not found' (1) as in
         lookup: every operand is checked before anything is written,
         so nothing of the run was done, as for a code that is no
         error.  */
      if (code < 0)
        {
          cli_error (cli_program_name, argv[i], "%s",
                     _("no such HTTP status code or name"));
          return EXIT_TROUBLE;
        }
      if (httpstatus_class (code) != 4 && httpstatus_class (code) != 5)
        {
          cli_error (cli_program_name, argv[i], "%s",
                     _("an error page is for a 4xx or 5xx code"));
          return EXIT_TROUBLE;
        }
      int seen = 0;
      for (size_t k = 0; k < ncodes; k++)
        seen |= codes[k] == code;
      if (!seen && ncodes < CLI_CODES_MAX)
        codes[ncodes++] = code;
    }
  if (optind == argc)
    for (int c = httpstatus_next (-1); c != -1 && ncodes < CLI_CODES_MAX;
         c = httpstatus_next (c))
      if ((httpstatus_class (c) == 4 || httpstatus_class (c) == 5)
          && httpstatus_vendor (c) == HTTPSTATUS_VENDOR_NONE)
        codes[ncodes++] = c;

  struct cli_template *template;
  if (cli_template_read (template_file, &template) != 0)
    return EXIT_TROUBLE;
  int status = write_all (out, force, template, langs, nlangs, codes, ncodes);
  cli_template_free (template);
  return status;
}

/* The folder OUT, the pages and the snippets; the exit status.  */
static int
write_all (const char *out, int force, const struct cli_template *template,
           const char *const *langs, size_t nlangs, const int *codes,
           size_t ncodes)
{

  /* The folder: made, or an existing one with --force.  One made here
     is removed again if it is refused below, so that the next run
     (with another name) does not meet it as an existing folder.  */
  struct stat st;
  int made = 0;
  if (stat (out, &st) == 0)
    {
      if (!S_ISDIR (st.st_mode))
        {
          cli_error (cli_program_name, out, "%s", _("not a folder"));
          return EXIT_TROUBLE;
        }
      if (!force)
        {
          cli_error (cli_program_name, out, "%s",
                     _("the folder exists; --force writes over its pages"));
          return EXIT_TROUBLE;
        }
    }
  else if (make_dir (out) != 0)
    {
      cli_error (cli_program_name, out, "%s", strerror (errno));
      return EXIT_TROUBLE;
    }
  else
    made = 1;
  /* The servers need the folder's absolute name.  */
  char dir[PATH_MAX];
#if HS_WINDOWS
  if (_fullpath (dir, out, sizeof dir) == NULL)
#else
  if (realpath (out, dir) == NULL)
#endif
    {
      cli_error (cli_program_name, out, "%s", strerror (errno));
      if (made)
        rmdir (out);
      return EXIT_TROUBLE;
    }
#if HS_WINDOWS
  /* nginx and Apache for Windows take '/' in paths; a '\' would be an
     escape in their configurations.  */
  for (char *p = dir; *p != '\0'; p++)
    if (*p == '\\')
      *p = '/';
#endif
  if (!quotable (dir))
    {
      cli_error (cli_program_name, dir, "%s",
                 _("the servers' configurations cannot name this folder: "
                   "it holds '\"', '\\', '$', '*', '?', '[' or a control "
                   "character"));
      if (made)
        rmdir (out);
      return EXIT_TROUBLE;
    }

  int failed = 0;
  for (size_t l = 0; l < nlangs && !failed; l++)
    {
      char sub[PATH_MAX + 32];
      snprintf (sub, sizeof sub, "%s/%s", dir, httpstatus_lang_tag (langs[l]));
      if (make_dir (sub) != 0 && errno != EEXIST)
        {
          cli_error (cli_program_name, sub, "%s", strerror (errno));
          failed = 1;
          break;
        }
      for (size_t i = 0; i < ncodes && !failed; i++)
        {
          struct cli_buf page = { NULL, 0, 0 };
          cli_page_render (template, codes[i], langs[l], &page);
          if (page.s == NULL)
            {
              cli_oom ();
              failed = 1;
              break;
            }
          char name[32];
          snprintf (name, sizeof name, "%d.html", codes[i]);
          failed = cli_write_file (sub, name, page.s, page.len) != 0;
          free (page.s);
        }
    }
  if (!failed)
    failed = cli_pages_nginx (dir, PAGES_URL, langs, nlangs, codes, ncodes)
             != 0
             || cli_pages_apache (dir, PAGES_URL, langs, nlangs, codes,
                                  ncodes) != 0;
  if (failed)
    return EXIT_TROUBLE;

  printf (_("Pages written: %lu (codes: %lu, languages: %lu), in %s.\n"),
          (unsigned long) (ncodes * nlangs), (unsigned long) ncodes,
          (unsigned long) nlangs, dir);
  putchar ('\n');
  fputs (_("nginx, where the comments say:\n"), stdout);
  /* Quoted, as the snippets quote the folder: a name with spaces or
     ';' is one argument still.  */
  /* The comments beside them say where each goes; nginx's block names
     are configuration, not text, so they stay out of the msgids.  */
  printf ("    include \"%s/httpstatus-nginx-http.conf\";  # ", dir);
  /* TRANSLATORS: a comment beside nginx's include line, where the
     line goes: %s is nginx's block "http { }", as it is.  */
  printf (_("in %s"), "http { }");
  printf ("\n    include \"%s/httpstatus-nginx-server.conf\";  # ", dir);
  /* TRANSLATORS: as "in %s": %s is nginx's block "server { }".  */
  printf (_("in each %s"), "server { }");
  putchar ('\n');
  fputs (_("Apache (mod_alias, mod_mime, mod_negotiation), in the server's\n"
           "configuration or a <VirtualHost>:\n"), stdout);
  printf ("    Include \"%s/httpstatus-apache.conf\"\n", dir);
  return EXIT_FOUND;
}
