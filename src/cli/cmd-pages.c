/* cmd-pages.c: `httpstatus pages --out DIR [--lang LL]... [--template
   FILE] [--force] [CODE...]`: static error pages, one per code per
   language, and the nginx and Apache snippets that serve them in the
   visitor's language.  Its options, operands and the run here; the
   pages in pages.c, the folders in pages-dir.c, the snippets in
   pages-nginx.c and pages-apache.c.

   Layout of DIR: LL/CODE.html for each language (LL its BCP 47 tag,
   "zh-TW"), CODE.var (Apache's type maps), httpstatus-nginx-http.conf,
   httpstatus-nginx-server.conf and httpstatus-apache.conf.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../chars.h"
#include "pages.h"

enum { OPT_OUT = 256, OPT_LANG, OPT_TEMPLATE, OPT_FORCE };

/* The installed language LANG names, by catalog name or tag in any
   case ("zh_TW", "zh-tw"), or NULL.  */
static const char *
installed (const char *lang)
{
  const char *name;
  for (unsigned int i = 0; (name = httpstatus_lang_installed (i)) != NULL;
       i++)
    if (hs_ascii_caseeq_n (lang, strlen (lang), name)
        || hs_ascii_caseeq_n (lang, strlen (lang), httpstatus_lang_tag (name)))
      return name;
  return NULL;
}

/* --lang ARG of COMMAND: its language added to the NLANGS LANGS, once;
   one not installed is a usage error.  */
static void
add_lang (const char *arg, const char *command, const char **langs,
          size_t *nlangs)
{
  const char *name = installed (arg);
  if (name == NULL)
    {
      cli_error (cli_program_name, arg, "%s",
                 _("no catalog of this language is installed"));
      cli_try_help (command);
    }
  for (size_t i = 0; i < *nlangs; i++)
    if (strcmp (langs[i], name) == 0)
      return;
  if (*nlangs < CLI_PAGES_LANGS_MAX)
    langs[(*nlangs)++] = name;
}

/* The codes of the NARGS ARGS into CODES, once each, or with none
   every 4xx and 5xx of the table that is no vendor's (a vendor's code
   is written by that vendor's software, not by the server these pages
   are for); returns how many, or 0 after saying what is wrong.  */
static size_t
codes_of (char **args, int nargs, int *codes)
{
  size_t n = 0;
  for (int i = 0; i < nargs; i++)
    {
      int code = cli_parse_code (args[i]);
      /* An unknown code is trouble (2), not 'not found' (1) as in
         lookup: every operand is checked before anything is written,
         so nothing of the run was done, as for a code that is no
         error.  */
      if (code < 0 || (httpstatus_class (code) != 4
                       && httpstatus_class (code) != 5))
        {
          cli_error (cli_program_name, args[i], "%s",
                     code < 0 ? _("no such HTTP status code or name")
                     : _("an error page is for a 4xx or 5xx code"));
          return 0;
        }
      int seen = 0;
      for (size_t k = 0; k < n; k++)
        seen |= codes[k] == code;
      if (!seen && n < CLI_CODES_MAX)
        codes[n++] = code;
    }
  if (nargs == 0)
    for (int c = httpstatus_next (-1); c != -1 && n < CLI_CODES_MAX;
         c = httpstatus_next (c))
      if ((httpstatus_class (c) == 4 || httpstatus_class (c) == 5)
          && httpstatus_vendor (c) == HTTPSTATUS_VENDOR_NONE)
        codes[n++] = c;
  return n;
}

/* The pages of the NCODES CODES in language LANG, into its folder SUB
   in OUT, opened here; 0 or -1 (said).  */
static int
write_lang (struct cli_dir *out, struct cli_dir *sub,
            const struct cli_template *template, const char *lang,
            const int *codes, size_t ncodes)
{
  if (cli_dir_open_sub (out, httpstatus_lang_tag (lang), sub) != 0)
    return -1;
  int failed = 0;
  for (size_t i = 0; i < ncodes && !failed; i++)
    {
      struct cli_buf page = { NULL, 0, 0 };
      cli_page_render (template, codes[i], lang, &page);
      if (page.s == NULL)
        {
          cli_oom ();
          failed = 1;
          break;
        }
      char name[32];
      snprintf (name, sizeof name, "%d.html", codes[i]);
      failed = cli_dir_write (sub, name, page.s, page.len) != 0;
      free (page.s);
    }
  return failed ? -1 : 0;
}

/* What was written, in DIR, and where the snippets go.  */
static void
summary (const char *dir, size_t ncodes, size_t nlangs)
{
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
}

/* The folder OUT, the pages and the snippets; the exit status.  A run
   that fails takes back the folders it made, with what it wrote in
   them.  */
static int
write_all (const char *out, int force, const struct cli_template *template,
           const char *const *langs, size_t nlangs, const int *codes,
           size_t ncodes)
{
  struct cli_dir dir, *subs = calloc (nlangs, sizeof *subs);
  if (subs == NULL)
    {
      cli_oom ();
      return EXIT_TROUBLE;
    }
  if (cli_dir_open_out (&dir, out, force) != 0)
    {
      free (subs);
      return EXIT_TROUBLE;
    }
  size_t opened = 0;
  int failed = 0;
  for (; opened < nlangs && !failed; opened++)
    failed = write_lang (&dir, &subs[opened], template, langs[opened],
                         codes, ncodes) != 0;
  failed = failed
    || cli_pages_nginx (&dir, CLI_PAGES_URL, langs, nlangs, codes,
                        ncodes) != 0
    || cli_pages_apache (&dir, CLI_PAGES_URL, langs, nlangs, codes,
                         ncodes) != 0;
  while (opened > 0)
    cli_dir_close (&subs[--opened], &dir, failed);
  free (subs);
  cli_dir_close (&dir, NULL, failed);
  if (failed)
    return EXIT_TROUBLE;
  summary (dir.path, ncodes, nlangs);
  return EXIT_FOUND;
}

static int
run (int argc, char **argv)
{
  const char *out = NULL, *template_file = NULL;
  const char *langs[CLI_PAGES_LANGS_MAX] = { "en" };
  size_t nlangs = 1;
  int force = 0, lang_given = 0, opt;
  while ((opt = cli_getopt (argc, argv)) != -1)
    switch (opt)
      {
      case OPT_OUT: out = optarg; break;
      case OPT_TEMPLATE: template_file = optarg; break;
      case OPT_FORCE: force = 1; break;
      case OPT_LANG:
        lang_given = 1;
        add_lang (optarg, argv[0], langs, &nlangs);
        break;
      }
  if (out == NULL || *out == '\0')
    cli_usage_error (argv[0], _("pages needs --out DIR"));
  /* No --lang: every installed language.  English is always written:
     it is every server's fallback (so --lang=en alone is English
     only).  */
  const char *name;
  for (unsigned int i = 1; !lang_given && nlangs < CLI_PAGES_LANGS_MAX
       && (name = httpstatus_lang_installed (i)) != NULL; i++)
    langs[nlangs++] = name;

  int codes[CLI_CODES_MAX];
  size_t ncodes = codes_of (argv + optind, argc - optind, codes);
  if (ncodes == 0)
    return EXIT_TROUBLE;
  struct cli_template *template;
  if (cli_template_read (template_file, &template) != 0)
    return EXIT_TROUBLE;
  int status = write_all (out, force, template, langs, nlangs, codes, ncodes);
  cli_template_free (template);
  return status;
}

/* Its options, in the order of its help.  --lang is the pages' own:
   which languages to write (the language of messages is chosen before
   the command's name).  */
static const struct cli_option options[] = {
  { "out", required_argument, OPT_OUT,
    /* TRANSLATORS: an option's rows in the command's help: the option
       as it is (its argument's name translated), its text lined up in
       display columns with the other options'.  */
    N_("      --out=DIR        the folder to write; made if missing\n") },
  { "lang", required_argument, OPT_LANG,
    N_("      --lang=LANG      a language besides English (zh_TW, zh-HK...); may\n"
       "                       be repeated\n") },
  { "template", required_argument, OPT_TEMPLATE,
    N_("      --template=FILE  the page's HTML, with {{code}}, {{reason}},\n"
       "                       {{title}} (required), {{description}}, {{class}},\n"
       "                       {{lang}} and {{dir}}, each replaced HTML-escaped\n") },
  { "force", no_argument, OPT_FORCE,
    N_("      --force          write into a folder that exists\n") },
  { NULL, 0, 0, NULL }
};

const struct cli_command cli_command_pages = {
  .name = "pages",
  .run = run,
  .args = N_("--out=DIR [--lang=LANG]... [--template=FILE] [--force] [CODE...]"),
  .help = N_("write localized error pages and nginx and Apache snippets"),
  .details = N_("Write into DIR one HTML page per CODE (default: every 4xx and 5xx code\n"
                "that is no vendor's) per language (English and every installed one),\n"
                "Apache type maps, and snippets that make nginx and Apache serve them in\n"
                "the language of each request's Accept-Language.\n"),
  .options = options,
  .notes = N_("After pages, --lang names the pages' languages; the language of the\n"
              "messages goes before it (httpstatus --lang=zh_TW pages ...).\n"),
  /* It writes files: --json is refused; its --lang is its own.  */
  .flags = CLI_OWN_LANG,
  .no_json = N_("pages writes files, not JSON")
};
