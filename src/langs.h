/* langs.h: the languages the _lang calls serve (langs.c): their names
   and tags, and whether each one's catalog is usable in the folder the
   text domain is bound to, loaded on first use.  Internal: nothing here
   is exported from the shared library.  */

#ifndef HTTPSTATUS_LANGS_H
#define HTTPSTATUS_LANGS_H

#include <stddef.h>

#include "mo.h"

/* The most languages po/LINGUAS may list (English included): the
   rooms above size their per-language arrays with it.  */
#define HS_LANGS_MAX 64

/* The languages the library knows: slot 0 is English, the source
   language, which needs no catalog; then po/LINGUAS in its order.  */
unsigned int hs_lang_count (void);

/* Slot I's gettext catalog name ("zh_TW") and BCP 47 tag ("zh-TW"),
   static, for I below hs_lang_count ().  */
const char *hs_lang_name (unsigned int i);
const char *hs_lang_tag (unsigned int i);

/* The slot whose name hs_lang_name handed out at address P, or -1 for
   any other address (even of the same bytes).  */
int hs_lang_at (const char *p);

/* The slot whose catalog name is the LEN bytes at NAME, compared in
   any ASCII case with '-' and '_' alike; -1 if none.  */
int hs_lang_find (const char *name, size_t len);

/* The languages of one folder the domain has been bound to.  Each
   folder seen keeps its own for the life of the program (texts handed
   out from its catalogs live that long): binding back to a folder
   finds its catalogs again instead of reading them anew.  */
struct hs_langs;

/* The languages of the folder bound now, and in *ID a small number
   that no other folder's has (for the caches of the rooms above); NULL
   when none could be had for now (no memory): English, for this call
   only.  One load and a compare while nobody rebinds or calls
   setlocale.  */
struct hs_langs *hs_langs_now (unsigned int *id);

/* Whether slot I's catalog can be served from FOLDER: HS_YES when it
   exists there and passed every check (always for English), HS_NO
   when it is absent or refused, HS_NOT_NOW when it could not be read
   for now (no descriptor or memory left).  The first call for a slot
   loads its catalog, under the lock; only HS_YES and HS_NO are
   remembered.  */
enum hs_verdict hs_lang_check (struct hs_langs *folder, unsigned int i);

/* Slot I's catalog in FOLDER if hs_lang_check says HS_YES, else the
   English one; English for a NULL FOLDER.  */
const struct hs_catalog *hs_lang_catalog (struct hs_langs *folder,
                                          unsigned int i);

#if HS_TEST_HOOKS
/* How many catalog files have been read so far.  */
unsigned int hs_test_loads (void);
#endif

/* i18n.c: a copy of the directory the text domain is bound to (the
   application's binding, else the install's), in a malloc'd block for
   the caller to free; UTF-8 on Windows, where the binding may be wide.
   NULL without NLS or binding, and NULL with *NOT_NOW set to 1 when
   the copy could not be made for now.  */
char *hs_bound_dir (int *not_now);

/* The file at PATH (as hs_bound_dir spells directories) opened for
   reading without blocking (a FIFO planted there must not hang the
   load), or -1 with errno set.  w32.c's on Windows.  */
int hs_open_catalog (const char *path);

/* i18n.c: where to read a number that changes whenever a binding of
   any domain changes (gettext's own counter, which setlocale moves
   too), so that langs.c asks for the binding again only then; a
   constant 0 where gettext has no such counter: the binding is then
   read once.  Never NULL.  */
const volatile int *hs_binding_counter (void);

#endif /* HTTPSTATUS_LANGS_H */
