/* table.h: the library's internal view of codes.def, shared by
   table.c (which owns the data), names.c and i18n.c.  Nothing here is
   exported from the shared library.  */

#ifndef HTTPSTATUS_TABLE_H
#define HTTPSTATUS_TABLE_H

/* The texts kept for every code and every class.  */
enum hs_field
{
  HS_REASON,                    /* wire reason phrase, never translated */
  HS_TITLE,                     /* English msgid of the short title */
  HS_DESCRIPTION                /* English msgid of the description */
};

/* The text FIELD for CODE: the code's own when it is in the table,
   its class's otherwise.  Never NULL.  */
const char *hs_text (int code, enum hs_field field);

/* The older name number I of codes.def's HTTPSTATUS_ALIAS lines, its
   code in *CODE; NULL past the last.  */
const char *hs_alias (unsigned int i, int *code);

/* The text FIELD of CODE's class, whether CODE is in the table or
   not: "Client Error" for 404 and 499 alike.  */
const char *hs_class_text (int code, enum hs_field field);

#endif /* HTTPSTATUS_TABLE_H */
