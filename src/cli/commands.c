/* commands.c: the command table.  A new command is a file
   src/cli/cmd-NAME.c defining its run function, one line here, and the
   file in Makefile.am (and po/POTFILES.in when it has messages);
   --help lists it from here.  No command's name may be a status name
   (tests/cli-commands.test checks), so `httpstatus NAME` stays a
   lookup for every name.  */

#include <config.h>

#include <string.h>

#include "cli.h"

int cli_cmd_lookup (int argc, char **argv);
int cli_cmd_list (int argc, char **argv);
int cli_cmd_search (int argc, char **argv);
int cli_cmd_annotate (int argc, char **argv);
int cli_cmd_pages (int argc, char **argv);
int cli_cmd_help (int argc, char **argv);

const struct cli_command cli_commands[] = {
  { "lookup", cli_cmd_lookup, N_("CODE|NAME..."),
    N_("print the constant, title, description and origin of codes"),
    N_("CODE is a number such as 404; NAME is a constant such as\n"
       "HTTP_STATUS_NOT_FOUND, not_found or internal_server_error, in any case.\n"),
    NULL },
  { "list", cli_cmd_list, N_("[--json]"),
    N_("list every code as a table"), NULL, NULL },
  { "search", cli_cmd_search, N_("WORD..."),
    N_("list the codes whose title or description holds every WORD"),
    N_("A WORD matches English or the current language, in any case.\n"),
    NULL },
  { "annotate", cli_cmd_annotate,
    N_("[--format=FORMAT] [--log-format=STRING|@FILE:NAME] "
       "[--status-field=NAME] [--line-buffered] [FILE]..."),
    N_("add the title of each line's status code to web access logs"),
    N_("Copy web access logs from the FILEs or standard input, adding the\n"
       "title of each line's status code in the log's own format; every other\n"
       "byte is kept.  Each line is read in its own format, inside a syslog\n"
       "envelope too.  A file with lines but no status found, or compressed,\n"
       "is named on standard error and makes the exit status 1; lines without\n"
       "a status among others are counted on standard error.\n"
       "\n"
       "      --format=FORMAT  auto (each line's own, the default), clf (Common,\n"
       "                       Combined, HAProxy clf, varnishncsa), w3c (IIS,\n"
       "                       CloudFront), json (nginx, Caddy, Traefik,\n"
       "                       Cloudflare, Google Cloud), haproxy, squid, alb,\n"
       "                       elb or envoy\n"
       "      --log-format=STRING  the server's own format string: nginx\n"
       "                       log_format, Apache LogFormat, HAProxy log-format\n"
       "                       or Envoy; @FILE:NAME reads format NAME from a\n"
       "                       configuration file\n"
       "      --status-field=NAME  the status's member in JSON lines (default:\n"
       "                       status, DownstreamStatus or EdgeResponseStatus)\n"
       "      --line-buffered  flush every line (output is flushed anyway\n"
       "                       whenever the input pauses)\n"),
    /* It writes logs: -j is refused.  */
    N_("OPTION is -l, -h or -V of '%s --help', also after %s.\n") },
  { "pages", cli_cmd_pages,
    N_("--out=DIR [--lang=LANG]... [--template=FILE] [--force] [CODE...]"),
    N_("write localized error pages and nginx and Apache snippets"),
    N_("Write into DIR one HTML page per CODE (default: every 4xx and 5xx code\n"
       "that is no vendor's) per language (English and every installed one),\n"
       "Apache type maps, and snippets that make nginx and Apache serve them in\n"
       "the language of each request's Accept-Language.\n"
       "\n"
       "      --out=DIR        the folder to write; made if missing\n"
       "      --lang=LANG      a language besides English (zh_TW, zh-HK...); may\n"
       "                       be repeated\n"
       "      --template=FILE  the page's HTML, with {{code}}, {{reason}},\n"
       "                       {{title}} (required), {{description}}, {{class}},\n"
       "                       {{lang}} and {{dir}}, each replaced HTML-escaped\n"
       "      --force          write into a folder that exists\n"
       "\n"
       "After pages, --lang names the pages' languages; the language of the\n"
       "messages goes before it (httpstatus --lang=zh_TW pages ...).\n"),
    /* It writes files: -j is refused; its --lang is its own.  */
    N_("OPTION is -l, -h or -V of '%s --help'; after %s, -h and -V only.\n") },
  { "help", cli_cmd_help, N_("[COMMAND]"),
    N_("display the help of the program or of a COMMAND"), NULL, NULL },
  { NULL, NULL, NULL, NULL, NULL, NULL }
};

const struct cli_command *
cli_find_command (const char *name)
{
  for (const struct cli_command *c = cli_commands; c->name != NULL; c++)
    if (strcmp (c->name, name) == 0)
      return c;
  return NULL;
}
