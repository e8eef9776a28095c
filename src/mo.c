/* mo.c: a GNU .mo catalog's bytes into a validated index.

   A catalog is read whole into memory by langs.c and checked here
   before anything of it is used (GNU .mo format, as the gettext manual
   describes it: magic, revision, tables and strings inside the file,
   tables apart from each other and from the header, every string
   NUL-terminated and clear of the header and the tables, the header's
   charset UTF-8, every translation used strict UTF-8); one that fails
   any check is refused, so its language falls back as an uninstalled
   one does.  Then it is indexed once: for every code of the range and
   both texts, the pointer to its translation (or to the English msgid),
   so that a lookup afterwards is one array index.

   Nothing here reads a file or takes a lock: the same bytes always get
   the same answer, which is what the fuzzer (fuzz/catalog.c) needs.  */

#include <config.h>

#include <stdint.h>
#include <string.h>

#include "httpstatus.h"
#include "chars.h"
#include "mo.h"

#if HS_TEST_HOOKS
void *(*hs_test_malloc) (size_t size) = malloc;
#endif

#define MO_MAGIC 0x950412deU
#define MO_HEADER_SIZE 28

struct mo
{
  const unsigned char *p;
  size_t size;
  int big_endian;
  uint32_t n, orig, trans, hash_size, hash;
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

/* Whether the ALEN bytes at A and the BLEN bytes at B share none.  */
static int
apart (size_t a, size_t alen, size_t b, size_t blen)
{
  return alen == 0 || blen == 0 || a + alen <= b || b + blen <= a;
}

/* Whether the string descriptor at TABLE + 8 * I points at LENGTH
   bytes inside the file followed by a NUL, all of them clear of the
   header and of the three tables: a "translation" made of the file's
   own offsets is no translation.  */
static int
string_ok (const struct mo *mo, uint32_t table, uint32_t i)
{
  size_t at = (size_t) table + 8 * (size_t) i;
  uint32_t length = word (mo, at), offset = word (mo, at + 4);
  if (!(offset < mo->size && length < mo->size - offset
        && mo->p[offset + length] == '\0'))
    return 0;
  size_t span = (size_t) length + 1, tlen = 8 * (size_t) mo->n;
  return offset >= MO_HEADER_SIZE
         && apart (offset, span, mo->orig, tlen)
         && apart (offset, span, mo->trans, tlen)
         && apart (offset, span, mo->hash, 4 * (size_t) mo->hash_size);
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
  mo->hash_size = word (mo, 20);
  mo->hash = word (mo, 24);
  if (!table_ok (size, mo->orig, mo->n, 8)
      || !table_ok (size, mo->trans, mo->n, 8)
      || (mo->hash_size != 0 && !table_ok (size, mo->hash, mo->hash_size, 4)))
    return 0;
  size_t tlen = 8 * (size_t) mo->n, hlen = 4 * (size_t) mo->hash_size;
  if (!apart (mo->orig, tlen, mo->trans, tlen)
      || !apart (mo->orig, tlen, mo->hash, hlen)
      || !apart (mo->trans, tlen, mo->hash, hlen))
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
  return hs_charset_is_utf8_n (cs, strcspn (cs, " \t\n;"));
}

/* MSGID's translation, or MSGID itself when the catalog has none (or
   an empty one, as gettext treats it); NULL when the translation is
   not valid UTF-8, which condemns the whole catalog.  */
static const char *
translate (const struct mo *mo, const char *msgid)
{
  long i = mo_find (mo, msgid);
  if (i < 0)
    return msgid;
  size_t len = string_length (mo, mo->trans, (uint32_t) i);
  if (len == 0)
    return msgid;
  const char *text = string_at (mo, mo->trans, (uint32_t) i);
  /* A NUL inside would end the text early: plural forms, which no
     msgid of ours has.  The text is what strlen sees.  */
  return hs_utf8_valid (text, strlen (text)) ? text : NULL;
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
      for (int cls = 0; cls < HS_CLASSES; cls++)
        {
          const char *msgid = hs_class_text (class_code (cls), fields[f]);
          const char *text = mo != NULL ? translate (mo, msgid) : msgid;
          if (text == NULL)
            return 0;
          cat->class_text[cls][f] = text;
        }
      for (int row = 0; row < HS_SPAN; row++)
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
      cat->text[HS_SPAN][f] = cat->class_text[0][f];
    }
  return index_errors (cat, mo);
}

void
hs_catalog_english (struct hs_catalog *cat)
{
  cat->data = NULL;
  index_catalog (cat, NULL);
}

struct hs_catalog *
hs_catalog_read (char *data, size_t size, enum hs_verdict *verdict)
{
  enum hs_verdict v = HS_NO;
  struct mo mo;
  struct hs_catalog *cat = NULL;
  if (data != NULL && mo_open (&mo, (const unsigned char *) data, size)
      && header_utf8 (&mo))
    {
      cat = hs_malloc (sizeof *cat);
      if (cat == NULL)
        v = HS_NOT_NOW;
      else
        {
          cat->data = data;
          if (index_catalog (cat, &mo))
            v = HS_YES;
        }
    }
  if (verdict != NULL)
    *verdict = v;
  if (v == HS_YES)
    return cat;
  free (cat);
  free (data);
  return NULL;
}

struct hs_catalog *
hs_catalog_parse (char *data, size_t size)
{
  return hs_catalog_read (data, size, NULL);
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
