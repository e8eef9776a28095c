/* parse-code.c: from a command-line argument to a code, for every
   command that takes codes (lookup, pages).  */

#include <config.h>

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
