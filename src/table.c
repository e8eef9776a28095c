/* table.c: codes.def as one read-only string pool, and every lookup by
   code in O(1).

   The technique is the one of glibc's errname.c: every string of the
   table becomes a member of one struct of char arrays, initialized
   from string literals, and the entries hold the members' offsetof
   instead of pointers.  The tables are therefore plain constants in
   .rodata: no relocation per entry in the shared library, nothing to
   patch at load time, no pointer to chase but the pool's own.  */

#include <config.h>

#include <stddef.h>
#include <stdint.h>

#include "httpstatus.h"
#include "table.h"

#define N_(msgid) msgid         /* codes.def marks msgids for xgettext */

/* codes.def's origin flags, as the header names them.  */
#define WININET HTTPSTATUS_ORIGIN_WININET
#define IANA HTTPSTATUS_ORIGIN_IANA
#define COMMON HTTPSTATUS_ORIGIN_COMMON
#define VENDOR HTTPSTATUS_ORIGIN_VENDOR

/* The pool: one char array per string of codes.def, after an empty
   one, so that offset 0 is no string's and can mean "none".  */
struct pool
{
  char none[1];
#define HTTPSTATUS_ROW(code, constant, name, m, origin, vendor, reason, \
                       title, desc)                                     \
  char m##nm[sizeof name];                                              \
  char m##rs[sizeof reason];                                            \
  char m##tt[sizeof title];                                             \
  char m##ds[sizeof desc];
#define HTTPSTATUS_VENDOR(id, ID, key, name) char vendor_##ID[sizeof name];
#define HTTPSTATUS_ALIAS(code, id) char alias_##id[sizeof #id];
#define HTTPSTATUS_CLASS(cls, reason, title, desc)           \
  char class##cls##_reason[sizeof reason];                   \
  char class##cls##_title[sizeof title];                     \
  char class##cls##_desc[sizeof desc];
#include "codes.def"
};

static const struct pool pool = {
  "",
#define HTTPSTATUS_ROW(code, constant, name, m, origin, vendor, reason, \
                       title, desc)                                     \
  name, reason, title, desc,
#define HTTPSTATUS_VENDOR(id, ID, key, name) name,
#define HTTPSTATUS_ALIAS(code, id) #id,
#define HTTPSTATUS_CLASS(cls, reason, title, desc) reason, title, desc,
#include "codes.def"
};

/* Offsets into the pool fit in 16 bits; a table that outgrows them
   stops the build instead of wrapping.  */
typedef uint16_t hs_offset;
_Static_assert (sizeof (struct pool) <= UINT16_MAX,
                "the string pool outgrew 16-bit offsets");

#define CODE_MIN HTTPSTATUS_CODE_MIN
#define CODE_MAX HTTPSTATUS_CODE_MAX

/* A code's strings, as offsets into the pool; 0 for "none".  Eight
   bytes, so that indexing is one scaled load.  */
struct entry
{
  hs_offset name;               /* "HTTP_STATUS_...", or 0: not in the table */
  hs_offset text[3];            /* indexed by enum hs_field; 0 likewise */
};
_Static_assert (sizeof (struct entry) == 8, "struct entry is not 8 bytes");

/* by_code[code - CODE_MIN]: every code of 100..599 has its entry, all
   zero for a code missing from the table, so a lookup by code is one
   range check and one load (4 KB of .rodata buys the shortest path).
   A code listed twice in codes.def is an overridden initializer here,
   which -Wextra reports.  */
static const struct entry by_code[CODE_MAX - CODE_MIN + 1] = {
#define HTTPSTATUS_ROW(code, constant, name, m, origin, vendor, reason, \
                       title, desc)                                     \
  [(code) - CODE_MIN] = { offsetof (struct pool, m##nm),                \
                          { offsetof (struct pool, m##rs),              \
                            offsetof (struct pool, m##tt),              \
                            offsetof (struct pool, m##ds) } },
#include "codes.def"
};

/* The origin flags and the vendor by code, apart: they are read far
   less often.  */
static const uint8_t origin_by_code[CODE_MAX - CODE_MIN + 1] = {
#define HTTPSTATUS_ROW(code, constant, name, m, origin, vendor, reason, \
                       title, desc)                                     \
  [(code) - CODE_MIN] = (origin),
#include "codes.def"
};
static const uint8_t vendor_by_code[CODE_MAX - CODE_MIN + 1] = {
#define HTTPSTATUS_ROW(code, constant, name, m, origin, vendor, reason, \
                       title, desc)                                     \
  [(code) - CODE_MIN] = (vendor),
#include "codes.def"
};

/* The vendors' names by id; [0], no vendor, is no string.  */
static const hs_offset vendor_names[] = {
  0,
#define HTTPSTATUS_VENDOR(id, ID, key, name) \
  [id] = offsetof (struct pool, vendor_##ID),
#include "codes.def"
};
#define HS_VENDOR_COUNT (sizeof vendor_names / sizeof vendor_names[0])

/* The fallbacks, by class: 0 for a code outside 100..599, else its
   first digit.  */
static const hs_offset class_text[6][3] = {
#define HTTPSTATUS_CLASS(cls, reason, title, desc)                \
  [cls] = { offsetof (struct pool, class##cls##_reason),          \
            offsetof (struct pool, class##cls##_title),           \
            offsetof (struct pool, class##cls##_desc) },
#include "codes.def"
};

/* The older names, with their codes.  */
static const struct
{
  hs_offset name;
  uint16_t code;
} aliases[] = {
#define HTTPSTATUS_ALIAS(code, id) { offsetof (struct pool, alias_##id), (code) },
#include "codes.def"
};

/* The compiler's check that the generated header and the table agree,
   that every code is one that HTTP allows, every origin a known flag,
   every vendor code has a vendor (and no registered one has), and every
   alias names a code of the table.  */
#define HTTPSTATUS_ROW(code, constant, name, m, origin, vendor, reason, \
                       title, desc)                                     \
  _Static_assert ((constant) == (code),                                 \
                  "httpstatus-codes.h disagrees with codes.def on " name); \
  _Static_assert ((code) >= CODE_MIN && (code) <= CODE_MAX,             \
                  "not an HTTP status code: " name);                    \
  _Static_assert ((origin) != 0 && ((origin) & ~HTTPSTATUS_ORIGIN_ALL) == 0, \
                  "bad origin for " name);                              \
  _Static_assert (((origin) == HTTPSTATUS_ORIGIN_VENDOR) == ((vendor) != 0), \
                  "a vendor code has a vendor, and only it: " name);     \
  _Static_assert ((vendor) >= 0 && (vendor) < HS_VENDOR_COUNT,          \
                  "no such vendor for " name);
#define HTTPSTATUS_VENDOR(id, ID, key, name)                            \
  _Static_assert (HTTPSTATUS_VENDOR_##ID == (id) && (id) > 0,           \
                  "httpstatus-codes.h disagrees with codes.def on vendor " #ID);
#define HTTPSTATUS_ALIAS(code, id)                                      \
  _Static_assert ((code) >= CODE_MIN && (code) <= CODE_MAX,             \
                  "alias of no code: " #id);
#define HTTPSTATUS_CLASS(cls, reason, title, desc)                      \
  _Static_assert ((cls) >= 0 && (cls) <= 5, "no such class");
#define HTTPSTATUS_ORIGIN(flag, id, key, label)                         \
  _Static_assert ((flag) != 0 && ((flag) & ((flag) - 1)) == 0           \
                  && HTTPSTATUS_ORIGIN_##id == (flag),                  \
                  "an origin is one bit of its own: " #id);
#include "codes.def"

static inline const char *
at (hs_offset off)
{
  return (const char *) &pool + off;
}

/* The entry of CODE, or NULL.  The unsigned subtraction folds the two
   range checks into one and cannot overflow, whatever the int.  */
static inline const struct entry *
find (int code)
{
  unsigned int i = (unsigned int) code - CODE_MIN;
  if (i > CODE_MAX - CODE_MIN || by_code[i].name == 0)
    return NULL;
  return &by_code[i];
}

const char *
hs_class_text (int code, enum hs_field field)
{
  return at (class_text[httpstatus_class (code)][field]);
}

const char *
hs_text (int code, enum hs_field field)
{
  unsigned int i = (unsigned int) code - CODE_MIN;
  if (i <= CODE_MAX - CODE_MIN && by_code[i].text[field] != 0)
    return at (by_code[i].text[field]);
  return hs_class_text (code, field);
}

const char *
hs_alias (unsigned int i, int *code)
{
  if (i >= sizeof aliases / sizeof aliases[0])
    return NULL;
  *code = aliases[i].code;
  return at (aliases[i].name);
}

const char *
httpstatus_name (int code)
{
  const struct entry *e = find (code);
  return e != NULL ? at (e->name) : NULL;
}

const char *
httpstatus_reason (int code)
{
  return hs_text (code, HS_REASON);
}

int
httpstatus_origin (int code)
{
  unsigned int i = (unsigned int) code - CODE_MIN;
  return i <= CODE_MAX - CODE_MIN ? origin_by_code[i] : 0;
}

int
httpstatus_class (int code)
{
  return code >= CODE_MIN && code <= CODE_MAX ? code / 100 : 0;
}

int
httpstatus_next (int code)
{
  if (code >= CODE_MAX)
    return -1;
  for (int c = code < CODE_MIN ? CODE_MIN : code + 1; c <= CODE_MAX; c++)
    if (by_code[c - CODE_MIN].name != 0)
      return c;
  return -1;
}

int
httpstatus_vendor (int code)
{
  unsigned int i = (unsigned int) code - CODE_MIN;
  return i <= CODE_MAX - CODE_MIN ? vendor_by_code[i] : 0;
}

const char *
hs_vendor_text (int vendor)
{
  unsigned int i = (unsigned int) vendor;
  return i > 0 && i < HS_VENDOR_COUNT ? at (vendor_names[i]) : NULL;
}

const char *
httpstatus_vendor_name (int vendor)
{
  return hs_vendor_text (vendor);
}
