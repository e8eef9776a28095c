/* lookup.c: from a command-line argument to a code, and a code's
   entry on standard output.  */

#include <config.h>

#include <stdio.h>

#include <httpstatus.h>

#include "cli.h"

int
cli_parse_code (const char *arg)
{
  if (arg[0] >= '0' && arg[0] <= '9')
    {
      /* Digits only, and no more than a status code has: "404", "0404"
         are 404; "404x", "1e3" and huge numbers are no code.  */
      int code = 0;
      for (const char *p = arg; *p != '\0'; p++)
        {
          if (*p < '0' || *p > '9' || code > 999)
            return -1;
          code = code * 10 + (*p - '0');
        }
      return httpstatus_name (code) != NULL ? code : -1;
    }
  return httpstatus_from_name (arg);
}

const char *
cli_origin (int code, char *buf, size_t size)
{
  static const struct
  {
    int flag;
    const char *name;
  } origins[] = {
    { HTTPSTATUS_ORIGIN_WININET, "Wininet.h" },
    { HTTPSTATUS_ORIGIN_IANA, "IANA" },
    { HTTPSTATUS_ORIGIN_COMMON, N_("common use") },
  };
  int flags = httpstatus_origin (code);
  size_t used = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < sizeof origins / sizeof origins[0]; i++)
    if (flags & origins[i].flag)
      {
        int n = snprintf (buf + used, size - used, "%s%s",
                          used > 0 ? ", " : "", _(origins[i].name));
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
