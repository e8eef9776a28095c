/* langs.c: the languages the _lang calls serve, and their catalogs.

   A server answering each request in the client's language, or a
   program on a system without the locale (most containers ship only
   C.UTF-8; Windows has no locale_t), needs the text of a language by
   its name, not through the process's locale.  So the library reads
   the very .mo files it installs, from the directory the text domain
   is bound to, itself: no setlocale, no newlocale, no LANGUAGE.  This
   room reads them (mo.c checks and indexes the bytes); negotiate.c
   and catalog.c ask it which languages are usable.

   A language is loaded on its first use, under a mutex; the result is
   published through an atomic pointer with release order, read with
   acquire order, so the lookup path takes no lock.  A catalog that is
   absent or refused is remembered as such; one that could not be read
   for now (no descriptor or memory left) is not: the next call tries
   again.

   The binding is followed as gettext follows it: gettext counts every
   change of a binding (and every setlocale) in a counter that i18n.c
   points us to; while it stands still a lookup trusts the catalogs it
   has, and when it moves the binding is asked again.  Every folder
   seen keeps its catalogs for the life of the program, since texts
   handed out from them live that long; binding back to a folder finds
   them again, so that alternating between two folders reads each
   catalog once.  */

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
#include "chars.h"
#include "langs.h"
#include "lock.h"

/* The languages: English, then po/LINGUAS.  */
const struct hs_lang_row hs_lang_rows[] = {
  { "en", "en" },
#define HS_LANGUAGE(name, tag) { name, tag },
#include "linguas.h"
};
#define NLANGS (sizeof hs_lang_rows / sizeof hs_lang_rows[0])
_Static_assert (NLANGS <= HS_LANGS_MAX, "po/LINGUAS lists too many languages");
const unsigned int hs_lang_rows_count = NLANGS;

/* Our catalogs are about 30 KB; anything near this is not one.  */
#define MO_MAX_SIZE (16UL << 20)

int
hs_lang_find (const char *name, size_t len)
{
  for (unsigned int i = 0; i < NLANGS; i++)
    {
      const char *s = hs_lang_rows[i].name;
      size_t k = 0;
      while (k < len && s[k] != '\0')
        {
          int a = hs_ascii_tolower ((unsigned char) name[k]);
          if (a == '-')
            a = '_';
          if (a != hs_ascii_tolower ((unsigned char) s[k]))
            break;
          k++;
        }
      if (k == len && s[k] == '\0')
        return (int) i;
    }
  return -1;
}

/* ---- Reading a catalog file ------------------------------------- */

#if !HS_WINDOWS
/* w32.c opens the file on Windows, where the path may need wide
   characters.  O_NONBLOCK: a FIFO (or a device) planted in place of a
   catalog would otherwise block the open, under the load lock, and
   every other language's first load with it; read_file refuses it
   from its fstat.  A regular file reads the same either way.  */
int
hs_open_catalog (const char *path)
{
  return open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
}
#endif

/* The verdict on a failed open, malloc or read: no descriptor or
   memory left for now, an interrupted or failed read may pass; a
   missing or unreadable catalog will not.  */
static enum hs_verdict
failure (int error)
{
  return error == EMFILE || error == ENFILE || error == ENOMEM
         || error == EAGAIN || error == EINTR || error == EIO
         ? HS_NOT_NOW : HS_NO;
}

#if HS_TEST_HOOKS
static atomic_uint loads;

unsigned int
hs_test_loads (void)
{
  return atomic_load (&loads);
}
#endif

/* The SIZE bytes of the open regular file FD in a malloc'd block, or
   NULL: no memory, or a read that failed or came up short, all of
   which may pass.  */
static char *
read_all (int fd, size_t size)
{
  size_t got = 0;
  char *data = hs_malloc (size);
  while (data != NULL && got < size)
    {
      ssize_t r = read (fd, data + got, size - got);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        break;
      got += (size_t) r;
    }
  if (data != NULL && got < size)
    {
      free (data);
      data = NULL;
    }
  return data;
}

/* The whole file at PATH in a malloc'd block, or NULL with *VERDICT
   HS_NO (absent, not a regular file, empty or too big) or HS_NOT_NOW
   (see failure).  */
static char *
read_file (const char *path, size_t *size, enum hs_verdict *verdict)
{
  *verdict = HS_NO;
  int fd = hs_open_catalog (path);
  if (fd < 0)
    {
      *verdict = failure (errno);
      return NULL;
    }
#if HS_TEST_HOOKS
  atomic_fetch_add (&loads, 1);
#endif
  struct stat st;
  char *data = NULL;
  if (fstat (fd, &st) != 0)
    *verdict = failure (errno);
  else if (S_ISREG (st.st_mode) && st.st_size > 0
           && (unsigned long long) st.st_size <= MO_MAX_SIZE)
    {
      data = read_all (fd, (size_t) st.st_size);
      if (data != NULL)
        *size = (size_t) st.st_size;
      else
        *verdict = HS_NOT_NOW;
    }
  close (fd);
  return data;
}

/* ---- The languages of each folder, loaded once each ----------------- */

/* English: the msgids themselves, indexed like any catalog.  Also the
   catalog of a language that is absent or refused.  */
struct hs_catalog hs_lang_english;

/* The folder bound now, as last seen.  */
_Atomic (struct hs_langs *) hs_langs_current;
static struct hs_langs *folders;        /* every folder seen, newest first */
/* gettext's counter of binding changes (hs_binding_counter), set
   before the first folder is published.  */
const volatile int *hs_langs_counter;
/* The lock of the loads and of the list of folders.  */
static hs_lock_t load_lock = HS_LOCK_INITIALIZER;
static int english_ready;

static int
same_dir (const char *a, const char *b)
{
  return a == NULL ? b == NULL : b != NULL && strcmp (a, b) == 0;
}

/* The languages of folder DIR (which it takes), found among those seen
   or made; NULL (DIR freed) when out of memory.  Under the lock.  */
static struct hs_langs *
folder_locked (char *dir)
{
  struct hs_langs *f = folders;
  while (f != NULL && !same_dir (f->dir, dir))
    f = f->older;
  if (f != NULL)
    {
      free (dir);
      return f;
    }
  f = hs_malloc (sizeof *f);
  if (f == NULL)
    {
      free (dir);
      return NULL;
    }
  f->dir = dir;
  f->id = folders != NULL ? folders->id + 1 : 1;
  atomic_init (&f->generation, 0);
  for (unsigned int i = 0; i < HS_LANGS_MAX; i++)
    {
      atomic_init (&f->loaded[i], NULL);
      atomic_init (&f->served[i], 0);
    }
  atomic_init (&f->loaded[0], &hs_lang_english);
  f->older = folders;
  folders = f;
  return f;
}

/* The folder bound now: under the lock, the binding is asked again.  */
struct hs_langs *
hs_langs_now_slow (void)
{
  int saved_errno = errno;
  hs_lock (&load_lock);
  if (!english_ready)
    {
      hs_catalog_english (&hs_lang_english);
      english_ready = 1;
    }
  if (hs_langs_counter == NULL)
    hs_langs_counter = hs_binding_counter ();
  /* Read before the binding is asked: a rebinding after this read
     moves the counter again, and the next call asks again.  */
  int generation = hs_read_counter (hs_langs_counter);
  int not_now = 0;
  char *dir = hs_bound_dir (&not_now);
  struct hs_langs *f = not_now ? NULL : folder_locked (dir);
  if (f != NULL)
    {
      atomic_store_explicit (&f->generation, generation,
                             memory_order_relaxed);
      atomic_store_explicit (&hs_langs_current, f, memory_order_release);
    }
  hs_unlock (&load_lock);
  errno = saved_errno;
  return f;
}

/* Slot I's catalog in F's folder, or NULL with *VERDICT saying why.  */
static const struct hs_catalog *
load_locked (const struct hs_langs *f, unsigned int i,
             enum hs_verdict *verdict)
{
  *verdict = HS_NO;
  if (f->dir == NULL)
    return NULL;
  static const char middle[] = "/LC_MESSAGES/" HTTPSTATUS_TEXTDOMAIN ".mo";
  const char *name = hs_lang_rows[i].name;
  size_t len = strlen (f->dir) + 1 + strlen (name) + sizeof middle;
  char *path = hs_malloc (len);
  if (path == NULL)
    {
      *verdict = HS_NOT_NOW;
      return NULL;
    }
  snprintf (path, len, "%s/%s%s", f->dir, name, middle);
  size_t size = 0;
  char *data = read_file (path, &size, verdict);
  free (path);
  return data != NULL ? hs_catalog_read (data, size, verdict) : NULL;
}

enum hs_verdict
hs_lang_check (struct hs_langs *f, unsigned int i)
{
  if (f == NULL)
    return i == 0 ? HS_YES : HS_NOT_NOW;
  const struct hs_catalog *cat
    = atomic_load_explicit (&f->loaded[i], memory_order_acquire);
  if (cat != NULL)
    return cat != &hs_lang_english || i == 0 ? HS_YES : HS_NO;
  int saved_errno = errno;
  enum hs_verdict verdict = HS_NO;
  hs_lock (&load_lock);
  cat = atomic_load_explicit (&f->loaded[i], memory_order_relaxed);
  if (cat != NULL)
    verdict = cat != &hs_lang_english ? HS_YES : HS_NO;
  else
    {
      cat = load_locked (f, i, &verdict);
      if (verdict != HS_NOT_NOW)
        atomic_store_explicit (&f->loaded[i], cat != NULL ? cat : &hs_lang_english,
                               memory_order_release);
    }
  hs_unlock (&load_lock);
  errno = saved_errno;
  return verdict;
}
