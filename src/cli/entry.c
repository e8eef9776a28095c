/* entry.c: one code as text: the lookup's block, and the origin names
   shared by every format.  */

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

const char *
cli_origin (int code, char *buf, size_t size)
{
  int flags = httpstatus_origin (code);
  /* TRANSLATORS: the separator between the origins of a code in a
     list, "Wininet.h, IANA".  Chinese separates the items of a list
     with the enumeration comma and no space: "、".  */
  const char *separator = _(", ");
  size_t used = 0;
  buf[0] = '\0';
  for (const struct cli_origin_name *o = cli_origin_names; o->flag; o++)
    if (flags & o->flag)
      {
        int n = snprintf (buf + used, size - used, "%s%s",
                          used > 0 ? separator : "", _(o->label));
        if (n < 0 || (size_t) n >= size - used)
          break;
        used += (size_t) n;
      }
  return buf;
}

void
cli_print_code (int code)
{
  char origin[128];
  printf ("%d %s %s\n    %s\n    ", code, httpstatus_name (code),
          httpstatus_title (code), httpstatus_description (code));
  printf (_("Origin: %s\n"), cli_origin (code, origin, sizeof origin));
}
