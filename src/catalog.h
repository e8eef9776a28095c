/* catalog.h: the catalogs by language name (catalog.c) and the choice
   of a language from a name or an Accept-Language value (negotiate.c).
   Internal: nothing here is exported from the shared library.  */

#ifndef HTTPSTATUS_CATALOG_H
#define HTTPSTATUS_CATALOG_H

#include <stddef.h>

#include "table.h"

/* The languages the library knows: slot 0 is English, the source
   language, which needs no catalog; then po/LINGUAS in its order.  */
unsigned int hs_lang_count (void);

/* Slot I's gettext catalog name ("zh_TW") and BCP 47 tag ("zh-TW"),
   static, for I below hs_lang_count ().  */
const char *hs_lang_name (unsigned int i);
const char *hs_lang_tag (unsigned int i);

/* The slot whose catalog name is the LEN bytes at NAME, compared in
   any ASCII case with '-' and '_' alike; -1 if none.  */
int hs_lang_find (const char *name, size_t len);

/* Whether slot I can be served: its catalog exists in the directory
   the text domain is bound to and passed every check; always 1 for
   English.  The first call for a slot loads its catalog.  */
int hs_lang_usable (unsigned int i);

/* negotiate.c: the slot the _lang calls answer in for LANG, a catalog
   name or a BCP 47 tag, after the documented fallbacks; 0 (English)
   for NULL, an unknown or unusable language.  */
unsigned int hs_lang_resolve (const char *lang);

/* One catalog read and indexed: what the fuzzer and the tests of bad
   catalogs drive directly.  hs_catalog_parse takes the SIZE bytes at
   DATA (a malloc'd block it owns from then on, freed on failure) and
   returns the index, or NULL when the bytes are not a catalog the
   library trusts: not a GNU .mo file, a table or string outside the
   file, tables that overlap, counts the size cannot hold, a header
   whose charset is not UTF-8, a translation that is not valid UTF-8.  */
struct hs_catalog;
struct hs_catalog *hs_catalog_parse (char *data, size_t size);

/* CATALOG's text FIELD (HS_TITLE or HS_DESCRIPTION) for CODE, as the
   _lang calls give it; the class's text for CLASS_ONLY.  */
const char *hs_catalog_text (const struct hs_catalog *catalog, int code,
                             enum hs_field field, int class_only);

/* Frees a catalog from hs_catalog_parse.  */
void hs_catalog_free (struct hs_catalog *catalog);

/* i18n.c: a copy of the directory the text domain is bound to (the
   application's binding, else the install's), in a malloc'd block for
   the caller to free; UTF-8 on Windows, where the binding may be wide.
   NULL without NLS or binding.  */
char *hs_bound_dir (void);

/* The file at PATH (as hs_bound_dir spells directories) opened for
   reading, or -1.  */
int hs_open_catalog (const char *path);

/* i18n.c: where to read a number that changes whenever a binding of
   any domain changes (gettext's own counter, which setlocale moves
   too), so that catalog.c asks for the binding again only then; a
   constant 0 where gettext has no such counter: the binding is then
   read once.  Never NULL.  */
const volatile int *hs_binding_counter (void);

#endif /* HTTPSTATUS_CATALOG_H */
