/* catalog.c: the _lang calls, on top of the languages room (langs.c)
   and the negotiation (negotiate.c).

   A caller names a language the way it keeps doing: the name that
   httpstatus_negotiate or httpstatus_lang_installed handed out, its
   own "zh_TW", or a spelling of its own ("zh-TW", "zh-Hant-TW",
   "zh_TW.UTF-8").  Resolving a spelling (negotiate.c) parses it and
   walks the fallbacks, about a thousand instructions; so the answer is
   remembered, by folder (the binding's, langs.h), once it is definite:
   a catalog that could not be read for now (no descriptor or memory
   left) makes the answer hold for that call only.

   Two memories, both lock-free, each entry a seqlock (a counter odd
   while a writer fills the entry, read again after the entry: a reader
   that saw it move or odd just resolves the spelling, as on a miss):
   - by address, for the names langs.c hands out, a slot each;
   - by spelling, the bytes (up to SPELL_BYTES with their NUL) compared
     whole, never the pointer only, in a small table of sets of two,
     for any other spelling.  A thread that finds an entry being
     written skips remembering; a set full of other spellings gives up
     its older one.  */

#include <config.h>

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "httpstatus.h"
#include "negotiate.h"

/* A spelling remembered, NUL included, padded with NULs to whole words:
   "zh-Hant-TW" and "zh_TW.UTF-8" fit; a longer one is resolved at every
   call.  */
#define SPELL_BYTES 24
#define SPELL_WORDS (SPELL_BYTES / sizeof (uintptr_t))
#define SPELL_SETS 8            /* a power of two */

struct memo
{
  atomic_uint seq;              /* odd while being written */
  atomic_uint folder;           /* the folder's id; 0: empty */
  atomic_uint slot;             /* the language served */
  _Atomic uintptr_t key[SPELL_WORDS];   /* the spelling (by spelling only) */
};

static struct memo by_address[HS_LANGS_MAX];
static struct memo by_spelling[SPELL_SETS][2];
static atomic_uint victim[SPELL_SETS];

/* The slot E remembers for folder ID and spelling KEY (NULL: any), or
   -1.  */
static inline int
recall (struct memo *e, unsigned int id, const uintptr_t *key)
{
  unsigned int seq = atomic_load_explicit (&e->seq, memory_order_acquire);
  unsigned int folder = atomic_load_explicit (&e->folder,
                                              memory_order_relaxed);
  unsigned int slot = atomic_load_explicit (&e->slot, memory_order_relaxed);
  int same = folder == id;
  if (key != NULL)
    for (size_t k = 0; k < SPELL_WORDS; k++)
      same &= atomic_load_explicit (&e->key[k], memory_order_relaxed)
              == key[k];
  atomic_thread_fence (memory_order_acquire);
  if (!same || (seq & 1)
      || atomic_load_explicit (&e->seq, memory_order_relaxed) != seq)
    return -1;
  return (int) slot;
}

/* E remembers SLOT for folder ID and spelling KEY (NULL: none), unless
   another thread is writing it.  */
static void
remember (struct memo *e, unsigned int id, const uintptr_t *key,
          unsigned int slot)
{
  unsigned int seq = atomic_load_explicit (&e->seq, memory_order_relaxed);
  if ((seq & 1)
      || !atomic_compare_exchange_strong_explicit (&e->seq, &seq, seq + 1,
                                                   memory_order_relaxed,
                                                   memory_order_relaxed))
    return;
  atomic_thread_fence (memory_order_release);
  atomic_store_explicit (&e->folder, id, memory_order_relaxed);
  atomic_store_explicit (&e->slot, slot, memory_order_relaxed);
  if (key != NULL)
    for (size_t k = 0; k < SPELL_WORDS; k++)
      atomic_store_explicit (&e->key[k], key[k], memory_order_relaxed);
  atomic_store_explicit (&e->seq, seq + 2, memory_order_release);
}

/* LANG as a key of SPELL_WORDS words in KEY, and the set it belongs
   to; -1 when LANG is too long to be remembered.  */
static inline int
spelling_key (const char *lang, uintptr_t *key)
{
  size_t n = strnlen (lang, SPELL_BYTES);
  if (n == SPELL_BYTES)
    return -1;
  memset (key, 0, SPELL_BYTES);
  memcpy (key, lang, n);
  uintptr_t h = key[0];
  for (size_t k = 1; k < SPELL_WORDS; k++)
    h = h * 31 + key[k];
  /* The top bits of a multiplication mix every byte in.  */
  h *= (uintptr_t) 0x9E3779B97F4A7C15ULL;
  return (int) (h >> (sizeof h * 8 - 3)) & (SPELL_SETS - 1);
}

/* The catalog the _lang calls read for LANG.  */
static const struct hs_catalog *
catalog_for (const char *lang)
{
  unsigned int id;
  struct hs_langs *folder = hs_langs_now (&id);
  if (lang == NULL || folder == NULL)
    return hs_lang_catalog (folder, 0);
  int named = hs_lang_at (lang), set = -1, slot;
  uintptr_t key[SPELL_WORDS];
  if (named >= 0)
    slot = recall (&by_address[named], id, NULL);
  else if ((set = spelling_key (lang, key)) >= 0)
    {
      slot = recall (&by_spelling[set][0], id, key);
      if (slot < 0)
        slot = recall (&by_spelling[set][1], id, key);
    }
  else
    slot = -1;
  if (slot >= 0)
    return hs_lang_catalog (folder, (unsigned int) slot);

  int definite;
  slot = (int) hs_lang_resolve (folder, lang, &definite);
  if (definite && named >= 0)
    remember (&by_address[named], id, NULL, (unsigned int) slot);
  else if (definite && set >= 0)
    {
      unsigned int way = atomic_fetch_add_explicit (&victim[set], 1,
                                                    memory_order_relaxed);
      remember (&by_spelling[set][way & 1], id, key, (unsigned int) slot);
    }
  return hs_lang_catalog (folder, (unsigned int) slot);
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
httpstatus_lang_installed (unsigned int i)
{
  unsigned int id;
  struct hs_langs *folder = hs_langs_now (&id);
  for (unsigned int slot = 0; slot < hs_lang_count (); slot++)
    if (hs_lang_check (folder, slot) == HS_YES && i-- == 0)
      return hs_lang_name (slot);
  return NULL;
}

const char *
httpstatus_lang_tag (const char *lang)
{
  unsigned int id;
  int definite;
  return hs_lang_tag (hs_lang_resolve (hs_langs_now (&id), lang, &definite));
}
