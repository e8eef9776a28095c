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

#endif /* HTTPSTATUS_TABLE_H */
