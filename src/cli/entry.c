/* entry.c: one code as text: the lookup's block, and the origin and
   vendor names shared by every format (annotate's notes are the log
   formats', src/cli/formats.c).  */

#include <config.h>

#include <stdio.h>

#include <httpstatus.h>

#include "cli.h"

/* From codes.def's HTTPSTATUS_ORIGIN lines, the origins' one home.  */
const struct cli_origin_name cli_origin_names[] = {
#define HTTPSTATUS_ORIGIN(flag, id, key, label) \
  { HTTPSTATUS_ORIGIN_##id, key, label },
#include "../codes.def"
  { 0, NULL, NULL }
};

/* From codes.def's HTTPSTATUS_VENDOR lines: the keys by vendor id.  */
static const char *const vendor_keys[] = {
  NULL,
#define HTTPSTATUS_VENDOR(id, ID, key, name) [id] = key,
#include "../codes.def"
};

const char *
cli_vendor_key (int code)
{
  unsigned int v = (unsigned int) httpstatus_vendor (code);
  return v > 0 && v < sizeof vendor_keys / sizeof vendor_keys[0]
         ? vendor_keys[v] : NULL;
}

/* TEXT and, after it, VENDOR, the vendor whose meaning it is, into BUF
   of SIZE bytes.  */
static void
with_vendor (char *buf, size_t size, const char *text, const char *vendor)
{
  /* TRANSLATORS: a text, then the vendor whose meaning a status code
     has, in parentheses: "Client Closed Request (nginx)", "vendor
     (nginx)".  Chinese uses full-width parentheses and no space:
     "%s（%s）".  */
  snprintf (buf, size, _("%s (%s)"), text, vendor);
}

const char *
cli_origin (int code, char *buf, size_t size)
{
  /* A transport error's origin is its library: "libcurl".  */
  if (CLI_IS_ERROR (code))
    {
      snprintf (buf, size, "%s",
                cli_error_spaces[CLI_ERROR_SPACE (code)].label);
      return buf;
    }
  int flags = httpstatus_origin (code);
  buf[0] = '\0';
  for (const struct cli_origin_name *o = cli_origin_names; o->flag; o++)
    if ((flags & o->flag) && cli_list_add (buf, size, _(o->label)) < 0)
      break;
  /* A vendor's code says whose: "vendor (nginx)".  */
  const char *vendor = httpstatus_vendor_title (httpstatus_vendor (code));
  if (vendor != NULL)
    {
      char label[128];
      snprintf (label, sizeof label, "%s", buf);
      with_vendor (buf, size, label, vendor);
    }
  return buf;
}

void
cli_print_code (int code)
{
  char origin[128];
  int number = CLI_IS_ERROR (code) ? CLI_ERROR_CODE (code) : code;
  printf ("%d %s %s\n    %s\n    ", number, cli_item_name (code),
          cli_title (code), cli_description (code));
  printf (_("Origin: %s\n"), cli_origin (code, origin, sizeof origin));
}
