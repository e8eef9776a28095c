/* check_catalog.c: the catalog reader against bad catalogs, built from
   the bytes of the real zh_TW catalog (make check compiles it into
   tests/locale): cut at every length, offsets past the end, absurd
   counts, overlapping tables, strings over the header or a table,
   another charset, bytes that are not UTF-8.  Every one must be refused (its language then falls back to
   English) and none may crash or read out of bounds (the ASan build
   runs this too).  The same file turned big-endian must read the
   same.  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "testutil.h"
#include "../src/mo.h"

#define MO_PATH TEST_LOCALEDIR "/zh_TW/LC_MESSAGES/httpstatus.mo"

static unsigned char *real;
static size_t real_size;
static int big;                 /* the real file's byte order */

static void
load_real (void)
{
  FILE *f = fopen (MO_PATH, "rb");
  if (f == NULL)
    {
      perror (MO_PATH);
      exit (99);
    }
  real = malloc (1 << 20);
  real_size = fread (real, 1, 1 << 20, f);
  fclose (f);
  big = real[0] == 0x95;
}

static uint32_t
get (const unsigned char *p, size_t off, int be)
{
  const unsigned char *b = p + off;
  return be ? (uint32_t) b[0] << 24 | (uint32_t) b[1] << 16
              | (uint32_t) b[2] << 8 | b[3]
            : (uint32_t) b[3] << 24 | (uint32_t) b[2] << 16
              | (uint32_t) b[1] << 8 | b[0];
}

static void
put (unsigned char *p, size_t off, uint32_t v, int be)
{
  for (int k = 0; k < 4; k++)
    p[off + (be ? 3 - k : k)] = (unsigned char) (v >> (8 * k));
}

/* A fresh copy of the real file, for one test to spoil.  */
static unsigned char *
copy (void)
{
  unsigned char *p = malloc (real_size);
  memcpy (p, real, real_size);
  return p;
}

/* Parses the first SIZE bytes of P (which it frees); the catalog is
   freed at once, and whether there was one is returned.  */
static int
accepted (unsigned char *p, size_t size)
{
  char *data = malloc (size > 0 ? size : 1);
  memcpy (data, p, size);
  free (p);
  struct hs_catalog *cat = hs_catalog_parse (data, size);
  hs_catalog_free (cat);
  return cat != NULL;
}

#define N(p) get (p, 8, big)
#define ORIG(p) get (p, 12, big)
#define TRANS(p) get (p, 16, big)
#define HASH_SIZE(p) get (p, 20, big)
#define HASH(p) get (p, 24, big)

START_TEST (the_real_catalog_reads_as_gettext_gives_it)
{
  char *data = malloc (real_size);
  memcpy (data, real, real_size);
  struct hs_catalog *cat = hs_catalog_parse (data, real_size);
  ck_assert_ptr_nonnull (cat);
  int rows, n;
  const struct fixture_code *row = fixture_codes (&rows);
  const struct fixture_lang *langs = fixture_languages (&n), *zh = NULL;
  for (int i = 0; i < n; i++)
    if (strcmp (langs[i].name, "zh_TW") == 0)
      zh = &langs[i];
  ck_assert_ptr_nonnull (zh);
  for (int i = 0; i < rows; i++)
    {
      ck_assert_str_eq (hs_catalog_text (cat, row[i].code, HS_TITLE, 0),
                        zh->code[i].title);
      ck_assert_str_eq (hs_catalog_text (cat, row[i].code, HS_DESCRIPTION, 0),
                        zh->code[i].description);
    }
  ck_assert_str_eq (hs_catalog_text (cat, fixture_unknown_code (4), HS_TITLE,
                                     0), zh->class_text[4].title);
  ck_assert_str_eq (hs_catalog_text (cat, 404, HS_TITLE, 1),
                    zh->class_text[4].title);
  ck_assert_str_eq (hs_catalog_text (cat, -1, HS_TITLE, 0),
                    zh->class_text[0].title);
  hs_catalog_free (cat);
}
END_TEST

START_TEST (cut_at_every_length)
{
  for (size_t len = 0; len < real_size; len++)
    ck_assert_msg (!accepted (copy (), len), "accepted at %zu bytes", len);
  ck_assert (accepted (copy (), real_size));
}
END_TEST

START_TEST (a_string_past_the_end)
{
  uint32_t tables[2] = { ORIG (real), TRANS (real) };
  for (int t = 0; t < 2; t++)
    for (uint32_t i = 0; i < N (real); i++)
      {
        size_t at = tables[t] + 8 * (size_t) i;
        uint32_t len = get (real, at, big), off = get (real, at + 4, big);
        unsigned char *p = copy ();
        put (p, at + 4, (uint32_t) real_size, big);     /* offset */
        ck_assert (!accepted (p, real_size));
        p = copy ();
        put (p, at + 4, UINT32_MAX - len / 2, big);
        ck_assert (!accepted (p, real_size));
        p = copy ();
        put (p, at, (uint32_t) real_size - off, big);   /* length */
        ck_assert (!accepted (p, real_size));
        p = copy ();
        put (p, at, UINT32_MAX, big);
        ck_assert (!accepted (p, real_size));
        p = copy ();
        put (p, at, len + 1, big);      /* no NUL where it must be */
        ck_assert_msg (!accepted (p, real_size), "table %d entry %u", t, i);
      }
}
END_TEST

START_TEST (absurd_counts_and_tables_outside)
{
  static const struct
  {
    size_t word;
    uint32_t value;
  } bad[] = {
    { 8, UINT32_MAX }, { 8, UINT32_MAX / 8 + 1 }, { 8, 0x10000000 },
    { 12, UINT32_MAX }, { 12, UINT32_MAX - 7 }, { 16, UINT32_MAX },
    { 12, 0 }, { 16, 4 },       /* over the file's own header */
    { 20, UINT32_MAX }, { 20, UINT32_MAX / 4 + 1 }, { 24, UINT32_MAX },
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      unsigned char *p = copy ();
      put (p, bad[i].word, bad[i].value, big);
      ck_assert_msg (!accepted (p, real_size), "word %zu = %u", bad[i].word,
                     (unsigned) bad[i].value);
    }
  /* One more entry than the tables have.  */
  unsigned char *p = copy ();
  put (p, 8, N (real) + 1, big);
  ck_assert (!accepted (p, real_size));
}
END_TEST

START_TEST (overlapping_tables)
{
  unsigned char *p = copy ();
  put (p, 16, ORIG (real), big);
  ck_assert (!accepted (p, real_size));
  p = copy ();
  put (p, 16, ORIG (real) + 8, big);
  ck_assert (!accepted (p, real_size));
  p = copy ();
  put (p, 12, TRANS (real) - 8, big);
  ck_assert (!accepted (p, real_size));
  if (HASH_SIZE (real) != 0)
    {
      p = copy ();
      put (p, 24, ORIG (real), big);
      ck_assert (!accepted (p, real_size));
    }
}
END_TEST

START_TEST (bad_magic_or_revision)
{
  unsigned char *p = copy ();
  p[0] ^= 1;
  ck_assert (!accepted (p, real_size));
  p = copy ();
  put (p, 4, 2u << 16, big);
  ck_assert (!accepted (p, real_size));
  p = copy ();
  put (p, 4, 1u << 16 | 1, big);        /* revision 1.1: still readable */
  ck_assert (accepted (p, real_size));
}
END_TEST

/* The position of the N bytes at NEEDLE in the real file.  */
static size_t
find_bytes (const char *needle, size_t n)
{
  for (size_t i = 0; i + n <= real_size; i++)
    if (memcmp (real + i, needle, n) == 0)
      return i;
  ck_abort_msg ("%s is not in the catalog", needle);
  return 0;
}

static size_t
find (const char *needle)
{
  return find_bytes (needle, strlen (needle));
}

START_TEST (a_charset_other_than_utf8)
{
  size_t at = find ("charset=UTF-8");
  unsigned char *p = copy ();
  memcpy (p + at, "charset=BIG5 ", 13);
  ck_assert (!accepted (p, real_size));
  p = copy ();
  memcpy (p + at, "charset=GB18030", 13);       /* "charset=GB180" */
  ck_assert (!accepted (p, real_size));
  p = copy ();
  memcpy (p + at, "Charset-UTF-8", 13);
  ck_assert (!accepted (p, real_size));
  p = copy ();
  memcpy (p + at, "charset=utf8 ", 13);
  ck_assert (accepted (p, real_size));
  p = copy ();
  memcpy (p + find ("Content-Type:"), "Content-Typo:", 13);
  ck_assert (!accepted (p, real_size));
}
END_TEST

START_TEST (a_translation_not_utf8)
{
  static const char *bad[] = { "\xff", "\xc0\xaf", "\xed\xa0\x80",
                               "\xf4\x90\x80\x80", "\xe6\x89" };
  /* The translation of "Not Found", a whole string, between NULs.  */
  size_t at = find_bytes ("\0找不到\0", 11) + 1;
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      unsigned char *p = copy ();
      memcpy (p + at, bad[i], strlen (bad[i]));
      if (strlen (bad[i]) == 2)
        p[at + 2] = 'x';        /* a cut character */
      ck_assert_msg (!accepted (p, real_size), "bad sequence %zu", i);
    }
}
END_TEST

/* Where a run of 1 to 7 ASCII bytes followed by a NUL starts in the
   real file's bytes FROM..TO; its length in *LEN.  */
static size_t
ascii_run (size_t from, size_t to, uint32_t *len)
{
  for (size_t k = from; k < to; k++)
    for (size_t n = 1; n < 8 && k + n < real_size && real[k + n - 1] != 0
         && real[k + n - 1] < 0x80; n++)
      if (real[k + n] == 0)
        {
          *len = (uint32_t) n;
          return k;
        }
  ck_abort_msg ("no ASCII run in %zu..%zu", from, to);
  return 0;
}

/* A translation made of the file's own header or tables is none: the
   translation of "Not Found" pointed at bytes of the header (the count
   of strings, "\x1b\x01" in a little-endian file: two header bytes
   for a title), of either table of descriptors or of the hash table,
   each a NUL-terminated run of valid UTF-8.  */
START_TEST (a_string_over_the_header_or_a_table)
{
  size_t regions[4][2] = {
    { 0, 28 },
    { ORIG (real), ORIG (real) + 8 * (size_t) N (real) },
    { TRANS (real), TRANS (real) + 8 * (size_t) N (real) },
    { HASH (real), HASH (real) + 4 * (size_t) HASH_SIZE (real) },
  };
  /* "Not Found"'s entry: its msgid's descriptor points at it.  */
  size_t msgid = find_bytes ("\0Not Found\0", 11) + 1;
  uint32_t i = 0;
  while (i < N (real) && get (real, ORIG (real) + 8 * (size_t) i + 4, big)
                         != msgid)
    i++;
  ck_assert_uint_lt (i, N (real));
  size_t at = TRANS (real) + 8 * (size_t) i;
  for (int r = 0; r < 4; r++)
    {
      if (regions[r][1] == regions[r][0])
        continue;
      uint32_t len;
      size_t off = ascii_run (regions[r][0], regions[r][1], &len);
      unsigned char *p = copy ();
      put (p, at, len, big);
      put (p, at + 4, (uint32_t) off, big);
      ck_assert_msg (!accepted (p, real_size), "region %d, offset %zu", r, off);
      /* Even an empty one, which would read as untranslated.  */
      while (real[off] != 0)
        off++;
      if (off < regions[r][1])
        {
          p = copy ();
          put (p, at, 0, big);
          put (p, at + 4, (uint32_t) off, big);
          ck_assert_msg (!accepted (p, real_size), "region %d, empty", r);
        }
    }
}
END_TEST

START_TEST (big_endian_reads_the_same)
{
  unsigned char *p = copy ();
  int be = !big;
  uint32_t n = N (real), hash_size = HASH_SIZE (real);
  for (size_t w = 0; w < 28; w += 4)
    put (p, w, get (real, w, big), be);
  uint32_t tables[2] = { ORIG (real), TRANS (real) };
  for (int t = 0; t < 2; t++)
    for (size_t w = tables[t]; w < tables[t] + 8 * (size_t) n; w += 4)
      put (p, w, get (real, w, big), be);
  for (size_t w = HASH (real); w < HASH (real) + 4 * (size_t) hash_size;
       w += 4)
    put (p, w, get (real, w, big), be);
  struct hs_catalog *cat = hs_catalog_parse ((char *) p, real_size);
  ck_assert_ptr_nonnull (cat);
  ck_assert_str_eq (hs_catalog_text (cat, 404, HS_TITLE, 0), "找不到");
  hs_catalog_free (cat);
}
END_TEST

START_TEST (nothing_at_all)
{
  ck_assert_ptr_null (hs_catalog_parse (NULL, 0));
  ck_assert (!accepted (calloc (1, 28), 28));
  ck_assert (!accepted (calloc (1, 4096), 4096));
}
END_TEST

int
main (void)
{
#if !ENABLE_NLS
  /* No catalog is compiled without NLS (tests/make-catalogs.sh).  */
  puts ("1..0 # SKIP built without NLS: no catalog to spoil");
  return 0;
#endif
  load_real ();
  Suite *s = suite_create ("catalog");
  TCase *tc = tcase_create ("bad catalogs");
  tcase_set_timeout (tc, 120);
  ADD (tc, the_real_catalog_reads_as_gettext_gives_it);
  ADD (tc, cut_at_every_length);
  ADD (tc, a_string_past_the_end);
  ADD (tc, absurd_counts_and_tables_outside);
  ADD (tc, overlapping_tables);
  ADD (tc, bad_magic_or_revision);
  ADD (tc, a_charset_other_than_utf8);
  ADD (tc, a_translation_not_utf8);
  ADD (tc, a_string_over_the_header_or_a_table);
  ADD (tc, big_endian_reads_the_same);
  ADD (tc, nothing_at_all);
  suite_add_tcase (s, tc);
  int status = test_run (s);
  free (real);
  return status;
}
