/* table.h: the library's internal interfaces, shared by table.c (which
   owns the data of codes.def), names.c, i18n.c and textcut.c.  Nothing
   here is exported from the shared library.  */

#ifndef HTTPSTATUS_TABLE_H
#define HTTPSTATUS_TABLE_H

#include <stddef.h>

#include "httpstatus.h"

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
   code in *CODE; NULL past the last.  names.c's hash table has them
   from codes.def directly; the from_name fuzzer's oracle reads them
   here.  */
const char *hs_alias (unsigned int i, int *code);

/* The English name of vendor id VENDOR (an N_() msgid), NULL for 0
   and for any int that is no vendor's id.  */
const char *hs_vendor_text (int vendor);

/* The text FIELD of CODE's class, whether CODE is in the table or
   not: "Client Error" for 404 and 470 alike.  */
const char *hs_class_text (int code, enum hs_field field);

/* textcut.c: the length of the longest prefix of the LEN-byte text S
   that is at most MAX bytes and ends on a character boundary of the
   text's charset: BOUND, the codeset the application bound the domain
   to, or NULL for none (see textcut.c).  */
size_t hs_whole_prefix (const char *s, size_t len, size_t max,
                        const char *bound);

#endif /* HTTPSTATUS_TABLE_H */
