/* mo.h: one GNU .mo catalog's bytes turned into a validated index
   (mo.c).  Pure: no file is read, no lock taken, nothing kept between
   calls; what the catalog fuzzer and the tests of bad catalogs drive
   directly.  Internal: nothing here is exported from the shared
   library.  */

#ifndef HTTPSTATUS_MO_H
#define HTTPSTATUS_MO_H

#include <stddef.h>
#include <stdlib.h>

#include "table.h"
#include "errors.h"

/* What a question about a catalog can answer: the caches of the
   languages keep only HS_YES and HS_NO, the definite answers;
   HS_NOT_NOW (no descriptor or memory left for the moment) holds for
   one call only.  */
enum hs_verdict
{
  HS_NO,
  HS_YES,
  HS_NOT_NOW
};

/* Every code of the range has its row; row HS_SPAN is for any other
   int.  */
#define HS_SPAN (HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1)
#define HS_CLASSES 6

/* One catalog indexed: for every code of the range and both texts the
   translation (or the English msgid), so that a lookup is one array
   index.  */
struct hs_catalog
{
  const char *text[HS_SPAN + 1][2];      /* [row][0 title, 1 description] */
  const char *class_text[HS_CLASSES][2]; /* by class digit, 0 for none */
  const char *error_text[HS_ERROR_TEXTS][2]; /* errors.h's text indexes */
  char *data;                            /* the file, or NULL for English */
};

/* The English catalog, the msgids themselves, into CAT (which the
   caller owns: langs.c keeps one for the life of the program).  */
void hs_catalog_english (struct hs_catalog *cat);

/* hs_catalog_read takes the SIZE bytes at DATA (a malloc'd block it
   owns from then on, freed on failure) and returns the index, or NULL:
   then *VERDICT is HS_NOT_NOW when memory ran out, else HS_NO, the
   bytes not being a catalog the library trusts: not a GNU .mo file, a
   table or string outside the file, tables that overlap each other or
   the header, a string that overlaps the header or a table, counts the
   size cannot hold, a header whose charset is not UTF-8, a translation
   that is not strict UTF-8.  VERDICT may be NULL.  hs_catalog_parse is
   the same without the verdict.  */
struct hs_catalog *hs_catalog_read (char *data, size_t size,
                                    enum hs_verdict *verdict);
struct hs_catalog *hs_catalog_parse (char *data, size_t size);

/* CATALOG's text FIELD (HS_TITLE or HS_DESCRIPTION) for CODE, as the
   _lang calls give it; the class's text for CLASS_ONLY.  */
static inline const char *
hs_catalog_text (const struct hs_catalog *catalog, int code,
                 enum hs_field field, int class_only)
{
  int f = field == HS_DESCRIPTION;
  if (class_only)
    return catalog->class_text[httpstatus_class (code)][f];
  unsigned int row = (unsigned int) code - HTTPSTATUS_CODE_MIN;
  return catalog->text[row < HS_SPAN ? row : HS_SPAN][f];
}

/* Frees a catalog from hs_catalog_read; NULL is nothing.  */
void hs_catalog_free (struct hs_catalog *catalog);

/* The library's allocator, which a test build (HS_TEST_HOOKS, never
   the installed library) can make fail on purpose through
   hs_test_malloc, to prove that a passing failure is not
   remembered.  */
#if HS_TEST_HOOKS
extern void *(*hs_test_malloc) (size_t size);
# define hs_malloc(size) hs_test_malloc (size)
#else
# define hs_malloc(size) malloc (size)
#endif

#endif /* HTTPSTATUS_MO_H */
