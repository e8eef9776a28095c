/* json.c: --json, codes as a JSON array, always UTF-8 whatever the
   locale's charset (JSON text is UTF-8, RFC 8259): texts that gettext
   gave in another charset (Big5) are converted (utf8.c).  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "cli.h"


/* S as a JSON string: converted to UTF-8 (as it is if it does not
   convert), then escaped.  */
static void
json_string (const char *s)
{
  char utf8[4096];
  const char *converted = cli_utf8 (s, utf8, sizeof utf8);
  struct cli_buf b = { NULL, 0, 0 };
  cli_buf_json (&b, converted != NULL ? converted : s);
  if (b.s == NULL)
    {
      cli_oom ();
      exit (EXIT_TROUBLE);
    }
  fwrite (b.s, 1, b.len, stdout);
  free (b.s);
}

/* A transport error: its space and library, number, constant and
   texts.  */
static void
json_error (int item)
{
  const struct cli_error_space *s = &cli_error_spaces[CLI_ERROR_SPACE (item)];
  printf ("{\"space\": \"%s\", \"library\": \"%s\", \"code\": %d, "
          "\"constant\": ", s->key, s->label, CLI_ERROR_CODE (item));
  json_string (cli_item_name (item));
  fputs (", \"title\": ", stdout);
  json_string (cli_title (item));
  fputs (", \"description\": ", stdout);
  json_string (cli_description (item));
  putchar ('}');
}

static void
json_entry (int code)
{
  if (CLI_IS_ERROR (code))
    {
      json_error (code);
      return;
    }
  printf ("{\"code\": %d, \"constant\": ", code);
  json_string (httpstatus_name (code));
  fputs (", \"reason\": ", stdout);
  json_string (httpstatus_reason (code));
  fputs (", \"title\": ", stdout);
  json_string (cli_title (code));
  fputs (", \"description\": ", stdout);
  json_string (cli_description (code));
  printf (", \"class\": %d, \"class_title\": ", httpstatus_class (code));
  json_string (cli_class_title (code));
  fputs (", \"origin\": [", stdout);
  int flags = httpstatus_origin (code), first = 1;
  for (const struct cli_origin_name *o = cli_origin_names; o->flag; o++)
    if (flags & o->flag)
      {
        printf ("%s\"%s\"", first ? "" : ", ", o->key);
        first = 0;
      }
  fputs ("], \"vendor\": ", stdout);
  const char *vendor = cli_vendor_key (code);
  if (vendor != NULL)
    json_string (vendor);
  else
    fputs ("null", stdout);
  putchar ('}');
}

void
cli_list_json (const int *codes, size_t n)
{
  puts ("[");
  for (size_t i = 0; i < n; i++)
    {
      fputs ("  ", stdout);
      json_entry (codes[i]);
      puts (i + 1 < n ? "," : "");
    }
  puts ("]");
}
