/* names.c: from a name to its code.  A name is, with or without the
   HTTP_STATUS_ or HTTPSTATUS_ prefix and in any ASCII case: a constant
   of the table, a reason phrase spelled as a constant
   ("INTERNAL_SERVER_ERROR"), or an older name of codes.def's
   HTTPSTATUS_ALIAS lines.

   The names are keys of a perfect hash table that gperf builds from
   codes.def at build time (gen-names-gperf.awk writes its input; the
   generated names-hash.c is included below): one hash of three of the
   name's bytes and its length, one comparison.  gperf's --pic makes its
   string pool one struct of char arrays with offsets into it, like
   table.c's, so the table needs no relocation; --ignore-case makes the
   hash fold ASCII case only, with a table of its own, never the
   caller's locale (in a Turkish locale toupper ('i') is not 'I'), and
   the comparison is ours, below, also ASCII only.  What is left to do here
   is to take the prefix off, which the keys do not carry.  */

#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "httpstatus.h"
#include "chars.h"
#include "table.h"

/* No name is longer than this, prefix included (gen-names-gperf.awk
   checks); reading further into a caller's string, which may be a
   megabyte long, is never needed to reject it.  */
#define NAME_MAX_LEN 64
_Static_assert (NAME_MAX_LEN <= 64, "gperf_case_memcmp compares 8 words at most");

/* Eight bytes of S as one word, whatever S's alignment.  */
static inline uint64_t
word (const char *s)
{
  uint64_t w;
  memcpy (&w, s, sizeof w);
  return w;
}

#define ONES UINT64_C (0x0101010101010101)

/* Where a word of a key may differ from the name's in the case bit
   alone: 0x20 in every byte that is a letter.  A key's bytes are A-Z,
   0-9 and '_' (gen-names-gperf.awk checks): bit 6 is set in the
   letters and in '_' (0x5F) only, and of these only '_' has 0x1F in
   its low five bits, which 5 more carries into bit 5.  No byte's sum
   carries into the next byte.  */
static inline uint64_t
letters (uint64_t key)
{
  uint64_t underscore = (key & (0x1f * ONES)) + 0x05 * ONES;
  return (key >> 1) & ~underscore & (0x20 * ONES);
}

/* The bits where the name's word W differs from the key's word KEY
   other than in a letter's case: 0 when they match.  */
static inline uint64_t
differs (uint64_t w, uint64_t key)
{
  return (w ^ key) & ~letters (key);
}

/* gperf's --ignore-case compares a name with a key one byte and two
   table loads at a time, which costs more than the rest of the lookup.
   This takes its place (gperf lets a file define GPERF_CASE_MEMCMP):
   0 when the N bytes of S1 spell KEY in any ASCII case, that is when
   they differ from the key's at most in the case bit of its letters,
   eight bytes at a time.  N is the name's length, so nothing past it is
   read; below 8 bytes, byte by byte.  */
#define GPERF_CASE_MEMCMP 1
#define GPERF_DOWNCASE 1        /* and gperf's folding table goes unused */
static int
gperf_case_memcmp (const char *s1, const char *key, size_t n)
{
  if (n < 8)
    {
      for (size_t i = 0; i < n; i++)
        {
          if (hs_ascii_toupper ((unsigned char) s1[i])
              != (unsigned char) key[i])
            return 1;
        }
      return 0;
    }
  /* The last eight bytes, overlapping the others if need be, then the
     words before them, unrolled: a name is at most 64 bytes, so there
     are at most seven.  */
  uint64_t diff = differs (word (s1 + n - 8), word (key + n - 8));
  switch ((n - 1) / 8)
    {
    case 7:
      diff |= differs (word (s1 + 48), word (key + 48));
      /* FALLTHROUGH */
    case 6:
      diff |= differs (word (s1 + 40), word (key + 40));
      /* FALLTHROUGH */
    case 5:
      diff |= differs (word (s1 + 32), word (key + 32));
      /* FALLTHROUGH */
    case 4:
      diff |= differs (word (s1 + 24), word (key + 24));
      /* FALLTHROUGH */
    case 3:
      diff |= differs (word (s1 + 16), word (key + 16));
      /* FALLTHROUGH */
    case 2:
      diff |= differs (word (s1 + 8), word (key + 8));
      /* FALLTHROUGH */
    case 1:
      diff |= differs (word (s1), word (key));
      break;
    default:
      break;
    }
  return diff != 0;
}

struct hs_name;
/* Declared static before gperf's definition, which says nothing of
   linkage: the lookup stays inside this file.  */
static const struct hs_name *hs_name_lookup (const char *str, size_t len);
#include "names-hash.c"

/* Whether the 8 bytes at S are LOWER's in any ASCII case: MASK has
   0x20 where LOWER has a letter, 0 elsewhere.  A letter or'ed with 0x20
   is its lower case, and only its two cases give that; '_' is compared
   as it is.  The three strings are constants, so the compiler folds
   their words: a load, an or and a compare.  */
static inline int
same8 (const char *s, const char *lower, const char *mask)
{
  return (word (s) | word (mask)) == word (lower);
}

#define L8 "\x20\x20\x20\x20\x20\x20\x20\x20"

/* The length of the prefix that NAME, LEN bytes, starts with, in any
   ASCII case: 12 for "HTTP_STATUS_", 11 for "HTTPSTATUS_", else 0.  A
   name that is nothing but a prefix keeps it, and is no name.  Each
   prefix is read as two overlapping words.  */
static inline size_t
prefix_length (const char *name, size_t len)
{
  if (len > 12 && same8 (name, "http_sta", "\x20\x20\x20\x20\0\x20\x20\x20")
      && same8 (name + 4, "_status_", "\0\x20\x20\x20\x20\x20\x20\0"))
    return 12;
  if (len > 11 && same8 (name, "httpstat", L8)
      && same8 (name + 3, "pstatus_", "\x20\x20\x20\x20\x20\x20\x20\0"))
    return 11;
  return 0;
}

int
httpstatus_from_name (const char *name)
{
  if (name == NULL)
    return -1;
  size_t len = strnlen (name, NAME_MAX_LEN + 1);
  if (len > NAME_MAX_LEN)
    return -1;
  size_t skip = prefix_length (name, len);
  const struct hs_name *found = hs_name_lookup (name + skip, len - skip);
  return found != NULL ? found->code : -1;
}
