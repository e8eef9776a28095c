/* catalog.c: the catalogs by language name, and the _lang calls.

   A server answering each request in the client's language, or a
   program on a system without the locale (most containers ship only
   C.UTF-8; Windows has no locale_t), needs the text of a language by
   its name, not through the process's locale.  So this file reads the
   very .mo files the library installs, from the directory the text
   domain is bound to, itself: no setlocale, no newlocale, no LANGUAGE.

   A catalog is read whole into memory and checked before anything of
   it is used (GNU .mo format, as the gettext manual describes it:
   magic, revision, tables and strings inside the file, tables apart,
   every string NUL-terminated, the header's charset UTF-8, every
   translation used valid UTF-8); one that fails any check is treated
   as absent, so its language falls back as an uninstalled one does.
   Then it is indexed once: for every code of the range and both texts,
   the pointer to its translation (or to the English msgid), so that a
   lookup afterwards is one array index.

   A language is loaded on its first use, under a mutex; the result is
   published through an atomic pointer with release order, read with
   acquire order, so the lookup path takes no lock.  The binding is
   followed as gettext follows it: gettext counts every change of a
   binding (and every setlocale) in a counter that i18n.c points us to;
   while
   it stands still a lookup trusts the catalogs it has, and when it
   moves the binding is asked again and a new directory gets catalogs
   of its own.  Catalogs live as long as the program.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "httpstatus.h"
#include "catalog.h"
#include "errors.h"
#include "lock.h"


/* Every code of the range has its row; row SPAN is for any other int.  */
#define SPAN (HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1)
#define CLASSES 6

struct hs_catalog
{
  const char *text[SPAN + 1][2];        /* [row][0 title, 1 description] */
  const char *class_text[CLASSES][2];   /* by class digit, 0 for none */
  const char *error_text[HS_ERROR_TEXTS][2]; /* errors.h's text indexes */
  char *data;                           /* the file, or NULL for English */
};

/* The languages: English, then po/LINGUAS.  Char arrays, not
   pointers, so that the table needs no relocation.  */
static const struct
{
  char name[16];
  char tag[16];
} langs[] = {
  { "en", "en" },
#define HS_LANGUAGE(name, tag) { name, tag },
#include "linguas.h"
};
#define NLANGS (sizeof langs / sizeof langs[0])

/* ---- Reading a .mo file ----------------------------------------- */

#define MO_MAGIC 0x950412deU
#define MO_HEADER_SIZE 28
/* Our catalogs are about 30 KB; anything near this is not one.  */
#define MO_MAX_SIZE (16UL << 20)

struct mo
{
  const unsigned char *p;
  size_t size;
  int big_endian;
  uint32_t n, orig, trans;
};

/* The 32-bit word at OFF, which the caller has checked is inside.  */
static uint32_t
word (const struct mo *mo, size_t off)
{
  const unsigned char *b = mo->p + off;
  if (mo->big_endian)
    return (uint32_t) b[0] << 24 | (uint32_t) b[1] << 16
           | (uint32_t) b[2] << 8 | b[3];
  return (uint32_t) b[3] << 24 | (uint32_t) b[2] << 16
         | (uint32_t) b[1] << 8 | b[0];
}

/* Whether the string descriptor at TABLE + 8 * I points at LENGTH
   bytes inside the file followed by a NUL.  */
static int
string_ok (const struct mo *mo, uint32_t table, uint32_t i)
{
  size_t at = (size_t) table + 8 * (size_t) i;
  uint32_t length = word (mo, at), offset = word (mo, at + 4);
  return offset < mo->size && length < mo->size - offset
         && mo->p[offset + length] == '\0';
}

static const char *
string_at (const struct mo *mo, uint32_t table, uint32_t i)
{
  return (const char *) mo->p + word (mo, (size_t) table + 8 * (size_t) i + 4);
}

static size_t
string_length (const struct mo *mo, uint32_t table, uint32_t i)
{
  return word (mo, (size_t) table + 8 * (size_t) i);
}

/* Whether the table of COUNT entries of ENTRY bytes at OFF lies inside
   the file, past its header.  */
static int
table_ok (size_t size, uint32_t off, uint32_t count, size_t entry)
{
  return off >= MO_HEADER_SIZE && off <= size
         && count <= (size - off) / entry;
}

static int
apart (uint32_t a, size_t alen, uint32_t b, size_t blen)
{
  return alen == 0 || blen == 0 || a + alen <= b || b + blen <= a;
}

/* The header words and every descriptor of both tables.  */
static int
mo_open (struct mo *mo, const unsigned char *p, size_t size)
{
  mo->p = p;
  mo->size = size;
  if (size < MO_HEADER_SIZE)
    return 0;
  mo->big_endian = 0;
  if (word (mo, 0) != MO_MAGIC)
    {
      mo->big_endian = 1;
      if (word (mo, 0) != MO_MAGIC)
        return 0;
    }
  /* Major revisions 0 and 1 share the tables read here; 1 adds
     system-dependent strings, which we never need.  */
  if (word (mo, 4) >> 16 > 1)
    return 0;
  mo->n = word (mo, 8);
  mo->orig = word (mo, 12);
  mo->trans = word (mo, 16);
  uint32_t hash_size = word (mo, 20), hash = word (mo, 24);
  if (!table_ok (size, mo->orig, mo->n, 8)
      || !table_ok (size, mo->trans, mo->n, 8)
      || (hash_size != 0 && !table_ok (size, hash, hash_size, 4)))
    return 0;
  size_t tlen = 8 * (size_t) mo->n, hlen = 4 * (size_t) hash_size;
  if (!apart (mo->orig, tlen, mo->trans, tlen)
      || !apart (mo->orig, tlen, hash, hlen)
      || !apart (mo->trans, tlen, hash, hlen))
    return 0;
  for (uint32_t i = 0; i < mo->n; i++)
    if (!string_ok (mo, mo->orig, i) || !string_ok (mo, mo->trans, i))
      return 0;
  return 1;
}

/* The index of MSGID among the originals, which msgfmt sorts by
   strcmp; -1 if absent.  A file sorted otherwise only misses
   entries: every string compared is NUL-terminated inside it.  */
static long
mo_find (const struct mo *mo, const char *msgid)
{
  uint32_t lo = 0, hi = mo->n;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      int cmp = strcmp (msgid, string_at (mo, mo->orig, mid));
      if (cmp == 0)
        return mid;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}

/* Strict UTF-8: no overlong forms, no surrogates, nothing past
   U+10FFFF.  */
static int
utf8_ok (const unsigned char *s)
{
  while (*s != '\0')
    {
      unsigned char c = *s;
      if (c < 0x80)
        {
          s++;
          continue;
        }
      int n;
      unsigned char lo = 0x80, hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF)
        n = 1;
      else if (c >= 0xE0 && c <= 0xEF)
        {
          n = 2;
          if (c == 0xE0)
            lo = 0xA0;
          else if (c == 0xED)
            hi = 0x9F;
        }
      else if (c >= 0xF0 && c <= 0xF4)
        {
          n = 3;
          if (c == 0xF0)
            lo = 0x90;
          else if (c == 0xF4)
            hi = 0x8F;
        }
      else
        return 0;
      s++;
      if (*s < lo || *s > hi)
        return 0;
      for (int k = 1; k < n; k++)
        if ((s[k] & 0xC0) != 0x80)
          return 0;
      s += n;
    }
  return 1;
}

static int
ascii_lower (int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Whether the header entry (the translation of "") declares
   charset=UTF-8 in its Content-Type: the _lang calls promise UTF-8 and
   convert nothing.  */
static int
header_utf8 (const struct mo *mo)
{
  long h = mo_find (mo, "");
  if (h < 0)
    return 0;
  const char *header = string_at (mo, mo->trans, (uint32_t) h);
  const char *ct = strstr (header, "Content-Type:");
  const char *cs = ct != NULL ? strstr (ct, "charset=") : NULL;
  if (cs == NULL || memchr (ct, '\n', (size_t) (cs - ct)) != NULL)
    return 0;
  cs += sizeof "charset=" - 1;
  size_t len = strcspn (cs, " \t\n;");
  static const char names[][6] = { "utf-8", "utf8" };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (len == strlen (names[i]))
      {
        size_t k = 0;
        while (k < len && ascii_lower ((unsigned char) cs[k]) == names[i][k])
          k++;
        if (k == len)
          return 1;
      }
  return 0;
}

/* MSGID's translation, or MSGID itself when the catalog has none (or
   an empty one, as gettext treats it); NULL when the translation is
   not valid UTF-8, which condemns the whole catalog.  */
static const char *
translate (const struct mo *mo, const char *msgid)
{
  long i = mo_find (mo, msgid);
  if (i < 0 || string_length (mo, mo->trans, (uint32_t) i) == 0)
    return msgid;
  const char *text = string_at (mo, mo->trans, (uint32_t) i);
  return utf8_ok ((const unsigned char *) text) ? text : NULL;
}

/* A code of each class, for hs_class_text: 0 (none), 100, 200...  */
static int
class_code (int cls)
{
  return cls == 0 ? 0 : HTTPSTATUS_CODE_MIN + (cls - 1) * 100;
}

/* Fills CAT's index of the transport errors, as index_catalog does.  */
static int
index_errors (struct hs_catalog *cat, const struct mo *mo)
{
  static const enum hs_field fields[2] = { HS_TITLE, HS_DESCRIPTION };
  for (unsigned int i = 0; i < HS_ERROR_TEXTS; i++)
    for (int f = 0; f < 2; f++)
      {
        const char *msgid = hs_error_msgid (i, fields[f]);
        const char *text = mo != NULL ? translate (mo, msgid) : msgid;
        if (text == NULL)
          return 0;
        cat->error_text[i][f] = text;
      }
  return 1;
}

/* Fills CAT's index, through MO or in English when MO is NULL.  */
static int
index_catalog (struct hs_catalog *cat, const struct mo *mo)
{
  static const enum hs_field fields[2] = { HS_TITLE, HS_DESCRIPTION };
  for (int f = 0; f < 2; f++)
    {
      for (int cls = 0; cls < CLASSES; cls++)
        {
          const char *msgid = hs_class_text (class_code (cls), fields[f]);
          const char *text = mo != NULL ? translate (mo, msgid) : msgid;
          if (text == NULL)
            return 0;
          cat->class_text[cls][f] = text;
        }
      for (int row = 0; row < SPAN; row++)
        {
          int code = HTTPSTATUS_CODE_MIN + row;
          const char *text;
          if (httpstatus_name (code) == NULL)
            text = cat->class_text[httpstatus_class (code)][f];
          else
            {
              const char *msgid = hs_text (code, fields[f]);
              text = mo != NULL ? translate (mo, msgid) : msgid;
              if (text == NULL)
                return 0;
            }
          cat->text[row][f] = text;
        }
      cat->text[SPAN][f] = cat->class_text[0][f];
    }
  return index_errors (cat, mo);
}

struct hs_catalog *
hs_catalog_parse (char *data, size_t size)
{
  struct mo mo;
  struct hs_catalog *cat = NULL;
  if (data != NULL && mo_open (&mo, (const unsigned char *) data, size)
      && header_utf8 (&mo) && (cat = malloc (sizeof *cat)) != NULL)
    {
      cat->data = data;
      if (index_catalog (cat, &mo))
        return cat;
    }
  free (cat);
  free (data);
  return NULL;
}

void
hs_catalog_free (struct hs_catalog *cat)
{
  if (cat != NULL)
    {
      free (cat->data);
      free (cat);
    }
}

const char *
hs_catalog_text (const struct hs_catalog *cat, int code,
                 enum hs_field field, int class_only)
{
  int f = field == HS_DESCRIPTION;
  if (class_only)
    return cat->class_text[httpstatus_class (code)][f];
  unsigned int row = (unsigned int) code - HTTPSTATUS_CODE_MIN;
  return cat->text[row < SPAN ? row : SPAN][f];
}

#if !HS_WINDOWS
/* w32.c opens the file on Windows, where the path may need wide
   characters.  */
int
hs_open_catalog (const char *path)
{
  return open (path, O_RDONLY | O_CLOEXEC);
}
#endif

/* Whether the error of a failed open, malloc or read may pass: no
   descriptor or memory left for now, an interrupted or failed read.
   A missing, unreadable or unacceptable catalog is no such error.  */
static int
passing_error (int error)
{
  return error == EMFILE || error == ENFILE || error == ENOMEM
         || error == EAGAIN || error == EINTR || error == EIO;
}

/* The whole file at PATH in a malloc'd block, or NULL; then *PASSING
   says whether the failure may pass (passing_error), so that the caller
   tries again later instead of remembering the language as absent.  */
static char *
read_file (const char *path, size_t *size, int *passing)
{
  *passing = 0;
  int fd = hs_open_catalog (path);
  if (fd < 0)
    {
      *passing = passing_error (errno);
      return NULL;
    }
  struct stat st;
  char *data = NULL;
  if (fstat (fd, &st) != 0)
    *passing = passing_error (errno);
  else if (S_ISREG (st.st_mode) && st.st_size > 0
           && (unsigned long long) st.st_size <= MO_MAX_SIZE)
    {
      size_t want = (size_t) st.st_size, got = 0;
      data = malloc (want);
      while (data != NULL && got < want)
        {
          ssize_t r = read (fd, data + got, want - got);
          if (r < 0 && errno == EINTR)
            continue;
          if (r <= 0)
            break;
          got += (size_t) r;
        }
      if (data != NULL && got == want)
        *size = want;
      else
        {
          /* No memory, or a read that failed or came up short: try
             again later.  */
          free (data);
          data = NULL;
          *passing = 1;
        }
    }
  close (fd);
  return data;
}

/* ---- The languages, loaded once each ----------------------------- */

/* English: the msgids themselves, indexed like any catalog.  Also the
   catalog of a language that could not be loaded.  */
static struct hs_catalog english;

/* The catalogs of one binding of the domain.  loaded[i]: slot i's
   catalog, &english if it is unusable, NULL until its first use.
   served[i]: the catalog the _lang calls answer in for exactly the name
   of slot i, after fallbacks.  generation: the value of gettext's
   binding counter (hs_binding_generation) at which DIR was last seen to
   be the binding.  An application that binds the domain elsewhere gets
   a new state; the old one and its catalogs stay, since texts handed
   out from them live as long as the program.  */
struct state
{
  char *dir;
  atomic_int generation;
  _Atomic (const struct hs_catalog *) loaded[NLANGS];
  _Atomic (const struct hs_catalog *) served[NLANGS];
  struct state *older;
};

static _Atomic (struct state *) current;
/* gettext's counter of binding changes (hs_binding_counter), set
   before the first state is published.  */
static const volatile int *counter;
static hs_lock_t load_lock = HS_LOCK_INITIALIZER;
static int english_ready;

/* The state of the binding now: under the lock, the binding is asked
   again; the same directory keeps its catalogs.  */
static struct state *
state_slow (int generation)
{
  int saved_errno = errno;
  hs_lock (&load_lock);
  if (!english_ready)
    english_ready = index_catalog (&english, NULL);
  if (counter == NULL)
    counter = hs_binding_counter ();
  struct state *st = atomic_load_explicit (&current, memory_order_relaxed);
  char *dir = hs_bound_dir ();
  if (st != NULL
      && ((dir == NULL && st->dir == NULL)
          || (dir != NULL && st->dir != NULL && strcmp (dir, st->dir) == 0)))
    {
      atomic_store_explicit (&st->generation, generation,
                             memory_order_relaxed);
      free (dir);
    }
  else
    {
      struct state *fresh = calloc (1, sizeof *fresh);
      if (fresh != NULL)
        {
          fresh->dir = dir;
          atomic_init (&fresh->generation, generation);
          for (unsigned int i = 0; i < NLANGS; i++)
            {
              atomic_init (&fresh->loaded[i], NULL);
              atomic_init (&fresh->served[i], NULL);
            }
          atomic_init (&fresh->loaded[0], &english);
          fresh->older = st;
          atomic_store_explicit (&current, fresh, memory_order_release);
          st = fresh;
        }
      else
        free (dir);             /* out of memory: keep the old state */
    }
  hs_unlock (&load_lock);
  errno = saved_errno;
  return st;
}

/* The state of the binding, or NULL if none could be made (out of
   memory before the first one): English then.  One load and a compare
   while nobody rebinds or calls setlocale.  */
/* gettext's counter, which other threads' setlocale or bindtextdomain
   may change: read as one atomic int (gettext itself writes it plainly;
   any value read is one it held).  */
static inline int
read_counter (const volatile int *c)
{
#if defined __GNUC__
  return __atomic_load_n (c, __ATOMIC_RELAXED);
#else
  return *c;
#endif
}

static inline struct state *
state (void)
{
  struct state *st = atomic_load_explicit (&current, memory_order_acquire);
  if (st != NULL)
    {
      int generation = read_counter (counter);
      if (atomic_load_explicit (&st->generation, memory_order_relaxed)
          == generation)
        return st;
      return state_slow (generation);
    }
  return state_slow (read_counter (hs_binding_counter ()));
}

/* Slot I's catalog in ST's folder, or &english; *PASSING says the
   failure may pass and English is for this call only.  */
static const struct hs_catalog *
load_locked (const struct state *st, unsigned int i, int *passing)
{
  *passing = 0;
  if (st->dir == NULL)
    return &english;
  static const char middle[] = "/LC_MESSAGES/" HTTPSTATUS_TEXTDOMAIN ".mo";
  size_t len = strlen (st->dir) + 1 + strlen (langs[i].name) + sizeof middle;
  char *path = malloc (len);
  if (path == NULL)
    {
      *passing = 1;
      return &english;
    }
  snprintf (path, len, "%s/%s%s", st->dir, langs[i].name, middle);
  size_t size = 0;
  char *data = read_file (path, &size, passing);
  free (path);
  struct hs_catalog *cat = data != NULL ? hs_catalog_parse (data, size)
                                        : NULL;
  return cat != NULL ? cat : &english;
}

static const struct hs_catalog *
catalog_in (struct state *st, unsigned int i)
{
  if (st == NULL)
    return &english;
  const struct hs_catalog *cat
    = atomic_load_explicit (&st->loaded[i], memory_order_acquire);
  if (cat != NULL)
    return cat;
  int saved_errno = errno;
  hs_lock (&load_lock);
  cat = atomic_load_explicit (&st->loaded[i], memory_order_relaxed);
  if (cat == NULL)
    {
      /* A catalog that is absent or refused is remembered as English;
         one that could not be read for now (no descriptor or memory
         left) is tried again at the next call.  */
      int passing;
      cat = load_locked (st, i, &passing);
      if (!passing)
        atomic_store_explicit (&st->loaded[i], cat, memory_order_release);
    }
  hs_unlock (&load_lock);
  errno = saved_errno;
  return cat;
}

unsigned int
hs_lang_count (void)
{
  return NLANGS;
}

const char *
hs_lang_name (unsigned int i)
{
  return langs[i].name;
}

const char *
hs_lang_tag (unsigned int i)
{
  return langs[i].tag;
}

int
hs_lang_usable (unsigned int i)
{
  return i == 0 || catalog_in (state (), i) != &english;
}

int
hs_lang_find (const char *name, size_t len)
{
  for (unsigned int i = 0; i < NLANGS; i++)
    {
      const char *s = langs[i].name;
      size_t k = 0;
      while (k < len && s[k] != '\0')
        {
          int a = ascii_lower ((unsigned char) name[k]);
          int b = ascii_lower ((unsigned char) s[k]);
          if (a == '-')
            a = '_';
          if (a != b)
            break;
          k++;
        }
      if (k == len && s[k] == '\0')
        return (int) i;
    }
  return -1;
}

/* The last caller's copy of a name found, and its slot: a program
   passes the same literal ("zh_TW") call after call.  A hint only,
   read and written without order: the name at that address is compared
   again before the slot is used, so a stale or torn pair costs a
   search, never a wrong language.  */
static _Atomic (const char *) last_copy;
static atomic_uint last_copy_slot;

/* Whether the NUL-terminated LANG is NAME, byte for byte; LANG is read
   no further than NAME's length and its NUL.  */
static inline int
same_name (const char *lang, const char *name)
{
  /* Two bytes a turn: a byte of LANG is read only after the one before
     it matched a byte of NAME that is not its NUL.  */
  for (;; name += 2, lang += 2)
    {
      if (name[0] != lang[0])
        return 0;
      if (name[0] == '\0')
        return 1;
      if (name[1] != lang[1])
        return 0;
      if (name[1] == '\0')
        return 1;
    }
}

/* The slot whose name LANG is, byte for byte, or -1: first by address,
   for the names httpstatus_negotiate and httpstatus_lang_installed
   hand out, then the last copy found, then by content.  */
static int
exact_slot (const char *lang)
{
  uintptr_t d = (uintptr_t) lang - (uintptr_t) langs;
  if (d < sizeof langs && d % sizeof langs[0] == 0)
    return (int) (d / sizeof langs[0]);
  if (lang == atomic_load_explicit (&last_copy, memory_order_relaxed))
    {
      unsigned int i = atomic_load_explicit (&last_copy_slot,
                                             memory_order_relaxed);
      if (i < NLANGS && same_name (lang, langs[i].name))
        return (int) i;
    }
  for (unsigned int i = 0; i < NLANGS; i++)
    if (same_name (lang, langs[i].name))
      {
        atomic_store_explicit (&last_copy_slot, i, memory_order_relaxed);
        atomic_store_explicit (&last_copy, lang, memory_order_relaxed);
        return (int) i;
      }
  return -1;
}

/* The catalog the _lang calls read for LANG.  */
static const struct hs_catalog *
catalog_for (const char *lang)
{
  struct state *st = state ();
  if (lang == NULL || st == NULL)
    return &english;
  int i = exact_slot (lang);
  if (i < 0)
    return catalog_in (st, hs_lang_resolve (lang));
  const struct hs_catalog *cat
    = atomic_load_explicit (&st->served[i], memory_order_acquire);
  if (cat == NULL)
    {
      cat = catalog_in (st, hs_lang_resolve (langs[i].name));
      atomic_store_explicit (&st->served[i], cat, memory_order_release);
    }
  return cat;
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
  for (unsigned int slot = 0; slot < NLANGS; slot++)
    if (hs_lang_usable (slot) && i-- == 0)
      return langs[slot].name;
  return NULL;
}

const char *
httpstatus_lang_tag (const char *lang)
{
  return langs[hs_lang_resolve (lang)].tag;
}
