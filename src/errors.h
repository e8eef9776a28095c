/* errors.h: the transport errors of errors.def, as the rest of the
   library sees them (errors.c owns the data).  Internal: nothing here
   is exported from the shared library.  */

#ifndef HTTPSTATUS_ERRORS_H
#define HTTPSTATUS_ERRORS_H

#include "table.h"

/* Every error of errors.def by its place in the file: HS_ERROR_CURLE_OK
   is 0, and so on; HS_ERROR_COUNT of them.  */
enum
{
#define HTTPSTATUS_ERROR(space, code, constant, title, desc) \
  HS_ERROR_##constant,
#include "errors.def"
  HS_ERROR_COUNT
};

/* The spaces: 0 (none, for a space the library does not know), then
   HTTPSTATUS_ERRORS_CURL, _WININET, _WINHTTP.  */
#define HS_ERROR_SPACES 4

/* A text index: an error's place in errors.def, or HS_ERROR_COUNT plus
   a space for the answer to a number missing from the table (space 0:
   an unknown space).  What the catalogs index, so that a _lang call
   is one array load after a language's first use.  */
#define HS_ERROR_TEXTS (HS_ERROR_COUNT + HS_ERROR_SPACES)

/* The text index of (SPACE, CODE), any ints: the error's own when it is
   in the table, else its space's generic one.  */
unsigned int hs_error_index (int space, int code);

/* The English msgid of text FIELD (HS_TITLE or HS_DESCRIPTION) of text
   index I, below HS_ERROR_TEXTS.  */
const char *hs_error_msgid (unsigned int i, enum hs_field field);

/* For a text index past the table's errors, the msgid of its space's
   description with %d where the number goes; NULL for an error of the
   table.  */
const char *hs_error_format (unsigned int i);

/* catalog.c: text FIELD of text index I in the language LANG, as the
   _lang calls take it.  */
const char *hs_error_text_lang (unsigned int i, enum hs_field field,
                                const char *lang);

#endif /* HTTPSTATUS_ERRORS_H */
