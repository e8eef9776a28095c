/* langs.h: the languages the _lang calls serve (langs.c): their names
   and tags, and whether each one's catalog is usable in the folder the
   text domain is bound to, loaded on first use.  Internal: nothing here
   is exported from the shared library.  */

#ifndef HTTPSTATUS_LANGS_H
#define HTTPSTATUS_LANGS_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "mo.h"

/* What the library's rooms share but never export, for the inline fast
   paths below: hidden, so that they are reached without the GOT.  */
#if defined __GNUC__ && !defined _WIN32
# define HS_HIDDEN __attribute__ ((__visibility__ ("hidden")))
#else
# define HS_HIDDEN
#endif

/* The most languages po/LINGUAS may list (English included): the
   rooms above size their per-language arrays with it.  */
#define HS_LANGS_MAX 64

/* The languages the library knows: slot 0 is English, the source
   language, which needs no catalog; then po/LINGUAS in its order.
   Char arrays, not pointers, so that the table needs no relocation;
   visible here (not exported) for the inline hs_lang_at.  */
struct hs_lang_row
{
  char name[16];                /* gettext's catalog name, "zh_TW" */
  char tag[16];                 /* BCP 47, "zh-TW" */
};
extern HS_HIDDEN const struct hs_lang_row hs_lang_rows[];
extern HS_HIDDEN const unsigned int hs_lang_rows_count;

static inline unsigned int
hs_lang_count (void)
{
  return hs_lang_rows_count;
}

/* Slot I's gettext catalog name ("zh_TW") and BCP 47 tag ("zh-TW"),
   static, for I below hs_lang_count ().  */
static inline const char *
hs_lang_name (unsigned int i)
{
  return hs_lang_rows[i].name;
}

static inline const char *
hs_lang_tag (unsigned int i)
{
  return hs_lang_rows[i].tag;
}

/* The slot whose name hs_lang_name handed out at address P, or -1 for
   any other address (even of the same bytes).  */
static inline int
hs_lang_at (const char *p)
{
  uintptr_t d = (uintptr_t) p - (uintptr_t) hs_lang_rows;
  if (d < hs_lang_rows_count * sizeof hs_lang_rows[0]
      && d % sizeof hs_lang_rows[0] == 0)
    return (int) (d / sizeof hs_lang_rows[0]);
  return -1;
}

/* The slot whose catalog name is the LEN bytes at NAME, compared in
   any ASCII case with '-' and '_' alike; -1 if none.  */
int hs_lang_find (const char *name, size_t len);

/* The languages of one folder the domain has been bound to.  Each
   folder seen keeps its own for the life of the program (texts handed
   out from its catalogs live that long): binding back to a folder
   finds its catalogs again instead of reading them anew.  The fields
   are langs.c's; they are visible here for the inline fast paths
   below, which the _lang calls take at every call.  */
struct hs_langs
{
  /* The value of gettext's binding counter (hs_binding_counter) at
     which DIR was last seen to be the binding.  */
  atomic_int generation;
  unsigned int id;              /* 1, 2...: no two folders share one */
  /* loaded[i]: slot i's catalog, hs_lang_english if it is absent or
     refused, NULL until a definite answer.  */
  _Atomic (const struct hs_catalog *) loaded[HS_LANGS_MAX];
  /* catalog.c's memory of what the _lang calls serve for exactly the
     name of slot i in this folder: that slot + 1, 0 until known.  */
  atomic_uchar served[HS_LANGS_MAX];
  char *dir;                    /* NULL: no binding, no NLS */
  struct hs_langs *older;       /* the folder seen before this one */
};

extern HS_HIDDEN _Atomic (struct hs_langs *) hs_langs_current;
extern HS_HIDDEN const volatile int *hs_langs_counter;
extern HS_HIDDEN struct hs_catalog hs_lang_english;
struct hs_langs *hs_langs_now_slow (void);

/* gettext's counter, which other threads' setlocale or bindtextdomain
   may change: read as one atomic int (gettext itself writes it plainly;
   any value read is one it held).  */
static inline int
hs_read_counter (const volatile int *c)
{
#if defined __GNUC__
  return __atomic_load_n (c, __ATOMIC_RELAXED);
#else
  return *c;
#endif
}

/* The languages of the folder bound now; NULL when none could be had
   for now (no memory): English, for this call only.  One load and a
   compare while nobody rebinds or calls setlocale.  */
static inline struct hs_langs *
hs_langs_now (void)
{
  struct hs_langs *f = atomic_load_explicit (&hs_langs_current,
                                             memory_order_acquire);
  if (f != NULL
      && atomic_load_explicit (&f->generation, memory_order_relaxed)
         == hs_read_counter (hs_langs_counter))
    return f;
  return hs_langs_now_slow ();
}

/* Whether slot I's catalog can be served from FOLDER: HS_YES when it
   exists there and passed every check (always for English), HS_NO
   when it is absent or refused, HS_NOT_NOW when it could not be read
   for now (no descriptor or memory left) or FOLDER is NULL.  The first
   call for a slot loads its catalog, under the lock; only HS_YES and
   HS_NO are remembered.  */
enum hs_verdict hs_lang_check (struct hs_langs *folder, unsigned int i);

/* Slot I's catalog in FOLDER if hs_lang_check says HS_YES, else the
   English one; English for a NULL FOLDER.  */
static inline const struct hs_catalog *
hs_lang_catalog (struct hs_langs *folder, unsigned int i)
{
  const struct hs_catalog *cat
    = folder != NULL ? atomic_load_explicit (&folder->loaded[i],
                                             memory_order_acquire) : NULL;
  if (cat == NULL)
    {
      if (folder != NULL)
        hs_lang_check (folder, i);
      cat = folder != NULL ? atomic_load_explicit (&folder->loaded[i],
                                                   memory_order_acquire)
                           : NULL;
    }
  return cat != NULL ? cat : &hs_lang_english;
}

#if HS_TEST_HOOKS
/* How many catalog files have been read so far.  */
unsigned int hs_test_loads (void);
/* How many records of spellings catalog.c has written so far.  */
unsigned int hs_test_records (void);
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
