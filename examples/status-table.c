/* status-table.c: a client of the installed library, written from the
   public header alone.  It prints every code of the table, then the
   answers for a few codes and names that are not in it, one line each:
     code TAB constant TAB reason TAB title TAB description
   in the language of the user's locale, followed by the code's origin
   flags and its class title:
     ... TAB origin TAB class-title

   Build it against an installed httpstatus:
     cc status-table.c $(pkg-config --cflags --libs httpstatus)  */

#include <limits.h>
#include <locale.h>
#include <stdio.h>

#include <httpstatus.h>

static void
print (int code)
{
  const char *name = httpstatus_name (code);
  printf ("%d\t%s\t%s\t%s\t%s\t%d\t%s\n", code, name != NULL ? name : "-",
          httpstatus_reason (code), httpstatus_title (code),
          httpstatus_description (code), httpstatus_origin (code),
          httpstatus_class_title (code));
}

int
main (void)
{
  /* The application, not the library, chooses the locale.  */
  setlocale (LC_ALL, "");

  for (int code = httpstatus_next (-1); code != -1;
       code = httpstatus_next (code))
    print (code);

  static const int unknown[] = { -1, 0, HTTPSTATUS_CODE_MIN - 1, 306, 470,
                                 HTTPSTATUS_CODE_MAX + 1, INT_MIN, INT_MAX };
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
    print (unknown[i]);

  static const char *const names[] = {
    "HTTP_STATUS_NOT_FOUND", "not_found", "Http_Status_Ok",
    "INTERNAL_SERVER_ERROR", "payload_too_large", "", "NOT_FOUNDX"
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    printf ("\"%s\"\t%d\n", names[i], httpstatus_from_name (names[i]));
  printf ("NULL\t%d\n", httpstatus_from_name (NULL));
  return 0;
}
