/* catalog.c: the _lang calls, on top of the languages room (langs.c)
   and the negotiation (negotiate.c).

   A caller names a language the way it keeps doing: the name that
   httpstatus_negotiate or httpstatus_lang_installed handed out, its
   own "zh_TW", or a spelling of its own ("zh-TW", "zh-Hant-TW",
   "zh_TW.UTF-8").  Resolving a spelling (negotiate.c) parses it and
   walks the fallbacks, about a thousand instructions; so the answer is
   remembered per folder (the binding's, langs.h) once it is definite:
   a catalog that could not be read for now (no descriptor or memory
   left) makes the answer hold for that call only.

   What is remembered, all of it lock-free:
   - for a name langs.c handed out (known by its address), the slot in
     the folder's own served[];
   - for any other spelling, a record (folder, spelling, slot), written
     once and published with release order, never changed nor freed:
     a reader that acquires it reads it whole.  Records are found by
     the caller's address (the common case: a literal passed call
     after call), else by a hash of the bytes, else (both buckets
     taken by other spellings) by a walk over the records written;
     every way the bytes are compared (strcmp against the record's
     copy), never the address alone.  There are RECORDS of them: once they are all used, a new
     spelling is resolved at every call, as before this memory.  */

#include <config.h>

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "httpstatus.h"
#include "negotiate.h"
#include "errors.h"

/* A spelling remembered is shorter than SPELL_MAX bytes; a longer one
   is resolved at every call.  A record is 64 bytes, aligned: its
   spelling never lies near the end of a page, where strcmp takes a
   slower path.  */
#define SPELL_MAX 56
/* The paths past the first call of a spelling stay out of line: inlined,
   they would make the common path save and restore every register.  */
#if defined __GNUC__
# define COLD __attribute__ ((__noinline__))
#else
# define COLD
#endif
#define RECORDS 256
#define BUCKETS 64              /* a power of two */

struct record
{
  /* The folder's id, stored last with release order: 0 while the
     record is being written, which find_record skips.  */
  _Alignas (64) atomic_uint folder;
  unsigned int slot;            /* the language served */
  char spelling[SPELL_MAX];
};

static struct record records[RECORDS];
static atomic_uint records_used;
static _Atomic (const struct record *) by_address[BUCKETS];
static _Atomic (const struct record *) by_content[BUCKETS];

#if HS_TEST_HOOKS
unsigned int
hs_test_records (void)
{
  return atomic_load (&records_used);
}
#endif

/* The bucket of a spelling at address LANG in folder ID.  */
static inline size_t
address_bucket (const char *lang, unsigned int id)
{
  return (size_t) (((uintptr_t) lang >> 4) ^ id) & (BUCKETS - 1);
}

/* The slot record R remembers for folder ID and spelling LANG, or -1.  */
static inline int
recall (const struct record *r, unsigned int id, const char *lang)
{
  return r != NULL
         && atomic_load_explicit (&r->folder, memory_order_relaxed) == id
         && strcmp (r->spelling, lang) == 0 ? (int) r->slot : -1;
}

/* A record of SLOT for the N bytes of LANG in folder ID, or NULL when
   every record is used.  */
static const struct record *
record (unsigned int id, const char *lang, size_t n, unsigned int slot)
{
  unsigned int k = atomic_load_explicit (&records_used, memory_order_relaxed);
  do
    if (k >= RECORDS)
      return NULL;
  while (!atomic_compare_exchange_weak_explicit (&records_used, &k, k + 1,
                                                 memory_order_relaxed,
                                                 memory_order_relaxed));
  struct record *r = &records[k];
  r->slot = slot;
  memcpy (r->spelling, lang, n);
  r->spelling[n] = '\0';
  atomic_store_explicit (&r->folder, id, memory_order_release);
  return r;
}

/* The record of spelling LANG in folder ID among those written, or
   NULL: when both its buckets went to other spellings, a spelling
   finds its record again here instead of taking a new one, so that
   spellings passed in turn cannot use up the records.  */
static const struct record *
find_record (unsigned int id, const char *lang)
{
  unsigned int used = atomic_load_explicit (&records_used,
                                            memory_order_relaxed);
  for (unsigned int k = 0; k < used && k < RECORDS; k++)
    if (atomic_load_explicit (&records[k].folder, memory_order_acquire) == id
        && strcmp (records[k].spelling, lang) == 0)
      return &records[k];
  return NULL;
}

/* The catalog for spelling LANG in FOLDER, whose address bucket A
   had no record of it: by the bytes' hash, else resolved.  */
COLD static const struct hs_catalog *
by_spelling (struct hs_langs *folder, const char *lang, size_t a)
{
  unsigned int id = folder->id;
  /* FNV-1a, the folder mixed in, so that two folders bound in turn
     keep apart records.  */
  uint32_t h = 2166136261u ^ id;
  size_t n = 0;
  for (; n < SPELL_MAX && lang[n] != '\0'; n++)
    h = (h ^ (unsigned char) lang[n]) * 16777619u;
  size_t c = (h ^ h >> 16) & (BUCKETS - 1);
  const struct record *r = NULL;
  if (n < SPELL_MAX)
    {
      r = atomic_load_explicit (&by_content[c], memory_order_acquire);
      int slot = recall (r, id, lang);
      if (slot < 0 && (r = find_record (id, lang)) != NULL)
        {
          atomic_store_explicit (&by_content[c], r, memory_order_release);
          slot = (int) r->slot;
        }
      if (slot >= 0)
        {
          atomic_store_explicit (&by_address[a], r, memory_order_release);
          return hs_lang_catalog (folder, (unsigned int) slot);
        }
    }
  int definite;
  unsigned int slot = hs_lang_resolve (folder, lang, &definite);
  if (definite && n < SPELL_MAX
      && (r = record (id, lang, n, slot)) != NULL)
    {
      atomic_store_explicit (&by_content[c], r, memory_order_release);
      atomic_store_explicit (&by_address[a], r, memory_order_release);
    }
  return hs_lang_catalog (folder, slot);
}

/* The catalog for the name of slot NAMED, not yet remembered in
   FOLDER.  */
COLD static const struct hs_catalog *
by_name (struct hs_langs *folder, unsigned int named)
{
  int definite;
  unsigned int slot = hs_lang_resolve (folder, hs_lang_name (named),
                                       &definite);
  if (definite)
    atomic_store_explicit (&folder->served[named], (unsigned char) (slot + 1),
                           memory_order_relaxed);
  return hs_lang_catalog (folder, slot);
}

/* The catalog the _lang calls read for LANG.  */
static inline const struct hs_catalog *
catalog_for (const char *lang)
{
  struct hs_langs *folder = hs_langs_now ();
  if (lang == NULL || folder == NULL)
    return hs_lang_catalog (folder, 0);
  int named = hs_lang_at (lang);
  if (named >= 0)
    {
      unsigned int served
        = atomic_load_explicit (&folder->served[named], memory_order_relaxed);
      return served != 0 ? hs_lang_catalog (folder, served - 1)
                         : by_name (folder, (unsigned int) named);
    }
  size_t a = address_bucket (lang, folder->id);
  const struct record *r = atomic_load_explicit (&by_address[a],
                                                 memory_order_acquire);
  int slot = recall (r, folder->id, lang);
  if (slot >= 0)
    return hs_lang_catalog (folder, (unsigned int) slot);
  return by_spelling (folder, lang, a);
}

const char *
httpstatus_title_lang (int code, const char *lang)
{
  return hs_catalog_text (catalog_for (lang), code, HS_TITLE, 0);
}

const char *
httpstatus_description_lang (int code, const char *lang)
{
  return hs_catalog_text (catalog_for (lang), code, HS_DESCRIPTION, 0);
}

const char *
httpstatus_class_title_lang (int code, const char *lang)
{
  return hs_catalog_text (catalog_for (lang), code, HS_TITLE, 1);
}

const char *
hs_error_text_lang (unsigned int i, enum hs_field field, const char *lang)
{
  return catalog_for (lang)->error_text[i][field == HS_DESCRIPTION];
}

const char *
httpstatus_lang_installed (unsigned int i)
{
  struct hs_langs *folder = hs_langs_now ();
  for (unsigned int slot = 0; slot < hs_lang_count (); slot++)
    if (hs_lang_check (folder, slot) == HS_YES && i-- == 0)
      return hs_lang_name (slot);
  return NULL;
}

const char *
httpstatus_lang_tag (const char *lang)
{
  int definite;
  return hs_lang_tag (hs_lang_resolve (hs_langs_now (), lang, &definite));
}
