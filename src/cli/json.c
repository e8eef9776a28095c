/* json.c: --json, codes as a JSON array, always UTF-8 whatever the
   locale's charset (JSON text is UTF-8, RFC 8259): texts that gettext
   gave in another charset (Big5) are converted (utf8.c).  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include <httpstatus.h>

#include "cli.h"


/* S as a JSON string: converted to UTF-8, quotes, backslashes and
   control characters escaped.  */
static void
json_string (const char *s)
{
  char utf8[4096];
  const char *converted = cli_utf8 (s, utf8, sizeof utf8);
  if (converted != NULL)
    s = converted;
  putchar ('"');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    if (*p == '"' || *p == '\\')
      printf ("\\%c", *p);
    else if (*p < 0x20)
      printf ("\\u%04x", *p);
    else
      putchar (*p);
  putchar ('"');
}

static void
json_entry (int code)
{
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
