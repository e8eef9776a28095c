/* words.c: the lists the command builds itself ("json, w3c, clf",
   "Wininet.h, IANA"), joined by a separator the catalogs translate:
   Chinese writes the enumeration comma 、 with no space.  Quotation
   marks are never added here: every message that quotes holds its
   marks in its msgid ('%s'), so each catalog writes its own (「%s」,
   “%s”), and tests/po-style.test refuses ASCII ones in a translation.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cli.h"

const char *
cli_list_separator (void)
{
  /* TRANSLATORS: the separator between the items of a list the program
     builds itself: the origins of a code ("Wininet.h, IANA"), the log
     formats ("json, w3c, clf").  Chinese separates the items of a list
     with the enumeration comma and no space: "、".  */
  return _(", ");
}

int
cli_list_add (char *buf, size_t size, const char *word)
{
  size_t used = strlen (buf);
  int n = snprintf (buf + used, size - used, "%s%s",
                    used > 0 ? cli_list_separator () : "", word);
  return n < 0 || (size_t) n >= size - used ? -1 : 0;
}
