/* transport.c: the transport errors (libcurl, WinINet, WinHTTP) as
   items of the command's lists, beside the status codes: their spaces
   from errors.def, numbers and names from the command line, and every
   error of a space.  */

#include <config.h>

#include <httpstatus.h>

#include "cli.h"

const struct cli_error_space cli_error_spaces[] = {
#define HTTPSTATUS_ERROR_SPACE(id, ID, key, label, title, desc, format) \
  { id, key, label },
#include "../errors.def"
  { 0, NULL, NULL }
};

const struct cli_error_space *
cli_find_error_space (const char *key)
{
  /* Space 0 is the library's answer for an unknown space, no option.  */
  for (const struct cli_error_space *s = cli_error_spaces + 1; s->key; s++)
    {
      const char *a = key, *b = s->key;
      while (*a != '\0' && *a == *b)
        a++, b++;
      if (*a == '\0' && *b == '\0')
        return s;
    }
  return NULL;
}

int
cli_parse_error (int space, const char *arg)
{
  if (arg[0] >= '0' && arg[0] <= '9')
    {
      /* Digits only, and no more than an error's number has.  */
      int code = 0;
      for (const char *p = arg; *p != '\0'; p++)
        {
          if (*p < '0' || *p > '9' || code > 99999)
            return -1;
          code = code * 10 + (*p - '0');
        }
      return httpstatus_error_name (space, code) != NULL
             ? CLI_ERROR_ITEM (space, code) : -1;
    }
  int named;
  int code = httpstatus_error_from_name (arg, &named);
  return code >= 0 && (space == 0 || named == space)
         ? CLI_ERROR_ITEM (named, code) : -1;
}

/* libcurl numbers its errors from 0, WinINet and WinHTTP from 12000;
   none goes past 200 more (errors.c's table holds no more).  */
size_t
cli_list_errors (int space, int *items, size_t max)
{
  size_t n = 0;
  for (const struct cli_error_space *s = cli_error_spaces + 1; s->key; s++)
    {
      if (space != 0 && s->space != space)
        continue;
      int base = s->space == HTTPSTATUS_ERRORS_CURL ? 0 : 12000;
      for (int code = base; code < base + 200 && n < max; code++)
        if (httpstatus_error_name (s->space, code) != NULL)
          items[n++] = CLI_ERROR_ITEM (s->space, code);
    }
  return n;
}

const char *
cli_item_name (int item)
{
  return CLI_IS_ERROR (item)
         ? httpstatus_error_name (CLI_ERROR_SPACE (item), CLI_ERROR_CODE (item))
         : httpstatus_name (item);
}
