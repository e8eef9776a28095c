/* errors.c: errors.def as one read-only string pool, and every lookup
   by (space, number) in O(1).

   The technique is table.c's: every string of the table is a member of
   one struct of char arrays, and the entries hold offsetof values, not
   pointers, so the tables are plain constants in .rodata with no
   relocation (tests/relocs.test counts them).  Errors of equal meaning
   share their texts, and the pool holds each text once: the
   preprocessor cannot tell equal literals apart, so errors-texts.h,
   which gen-errors-texts.awk writes from errors.def at build time,
   numbers the distinct texts and gives each row the numbers of its
   own.  */

#include <config.h>

#include <stddef.h>
#include <stdint.h>

#include "httpstatus.h"
#include "errors.h"

/* errors.def's spaces, as the header names them.  */
#define NONE 0
#define CURL HTTPSTATUS_ERRORS_CURL
#define WININET HTTPSTATUS_ERRORS_WININET
#define WINHTTP HTTPSTATUS_ERRORS_WINHTTP

struct pool
{
  char none[1];
#define HTTPSTATUS_ERROR(space, code, constant, title, desc) \
  char constant##_nm[sizeof #constant];
#include "errors.def"
#define HS_ERROR_TEXT(id, text) char text_##id[sizeof text];
#include "errors-texts.h"
};

static const struct pool pool = {
  "",
#define HTTPSTATUS_ERROR(space, code, constant, title, desc) #constant,
#include "errors.def"
#define HS_ERROR_TEXT(id, text) text,
#include "errors-texts.h"
};

typedef uint16_t hs_offset;
_Static_assert (sizeof (struct pool) <= UINT16_MAX,
                "the errors' string pool outgrew 16-bit offsets");

/* Each distinct text by its number.  */
static const hs_offset texts[HS_ERROR_TEXT_COUNT] = {
#define HS_ERROR_TEXT(id, text) [id] = offsetof (struct pool, text_##id),
#include "errors-texts.h"
};

/* An error's constant, and its texts' numbers, in errors.def's
   order.  */
static const hs_offset names[HS_ERROR_COUNT] = {
#define HTTPSTATUS_ERROR(space, code, constant, title, desc) \
  [HS_ERROR_##constant] = offsetof (struct pool, constant##_nm),
#include "errors.def"
};
static const uint16_t row_texts[HS_ERROR_COUNT][2] = {
#define HS_ERROR_ROW(constant, title, desc) \
  [HS_ERROR_##constant] = { (title), (desc) },
#include "errors-texts.h"
};
_Static_assert (HS_ERROR_TEXT_COUNT <= UINT16_MAX,
                "row_texts holds text numbers in 16 bits");

/* The generic texts by space: title, description, format.  */
static const uint16_t space_texts[HS_ERROR_SPACES][3] = {
#define HS_ERROR_SPACE_TEXTS(space, title, desc, format) \
  [space] = { (title), (desc), (format) },
#include "errors-texts.h"
};

/* by_code[space][number - base[space]]: the error's place in
   errors.def plus one, 0 for none.  libcurl numbers its errors from 0,
   WinINet and WinHTTP from 12000; SLOTS numbers from the base hold
   every one of them (checked below), so a lookup is a range check and
   a load: 800 bytes.  */
#define SLOTS 200
#define BASE(space) ((space) == CURL ? 0 : 12000)
static const uint16_t base[HS_ERROR_SPACES] = { BASE (NONE), BASE (CURL),
                                                BASE (WININET),
                                                BASE (WINHTTP) };
static const uint8_t by_code[HS_ERROR_SPACES][SLOTS] = {
#define HTTPSTATUS_ERROR(space, code, constant, title, desc) \
  [space][(code) - BASE (space)] = HS_ERROR_##constant + 1,
#include "errors.def"
};
_Static_assert (HS_ERROR_COUNT < UINT8_MAX, "by_code's slots are bytes");

/* The compiler's check that the header and errors.def agree on the
   spaces, and that every number has its slot.  A number listed twice
   in a space is an overridden initializer above, which -Wextra
   reports.  */
#define HTTPSTATUS_ERROR_SPACE(id, ID, key, label, title, desc, format) \
  _Static_assert ((id) == ID && (id) >= 0 && (id) < HS_ERROR_SPACES,   \
                  "httpstatus.h disagrees with errors.def on " key);
#define HTTPSTATUS_ERROR(space, code, constant, title, desc)            \
  _Static_assert ((space) != NONE && (code) >= BASE (space)             \
                  && (code) - BASE (space) < SLOTS,                     \
                  "no slot for " #constant);
#include "errors.def"

static inline const char *
at (hs_offset off)
{
  return (const char *) &pool + off;
}

/* The place of (SPACE, CODE) in errors.def, or -1.  Unsigned
   arithmetic folds each pair of range checks into one and cannot
   overflow, whatever the ints.  */
static inline int
find (int space, int code)
{
  unsigned int s = (unsigned int) space;
  if (s >= HS_ERROR_SPACES)
    return -1;
  unsigned int slot = (unsigned int) code - base[s];
  return slot < SLOTS ? by_code[s][slot] - 1 : -1;
}

unsigned int
hs_error_index (int space, int code)
{
  int i = find (space, code);
  if (i >= 0)
    return (unsigned int) i;
  unsigned int s = (unsigned int) space;
  return HS_ERROR_COUNT + (s < HS_ERROR_SPACES ? s : 0);
}

const char *
hs_error_msgid (unsigned int i, enum hs_field field)
{
  int f = field == HS_DESCRIPTION;
  if (i < HS_ERROR_COUNT)
    return at (texts[row_texts[i][f]]);
  return at (texts[space_texts[i - HS_ERROR_COUNT][f]]);
}

const char *
hs_error_format (unsigned int i)
{
  return i < HS_ERROR_COUNT ? NULL
         : at (texts[space_texts[i - HS_ERROR_COUNT][2]]);
}

const char *
httpstatus_error_name (int space, int code)
{
  int i = find (space, code);
  return i >= 0 ? at (names[i]) : NULL;
}

const char *
httpstatus_error_title_lang (int space, int code, const char *lang)
{
  return hs_error_text_lang (hs_error_index (space, code), HS_TITLE, lang);
}

const char *
httpstatus_error_description_lang (int space, int code, const char *lang)
{
  return hs_error_text_lang (hs_error_index (space, code), HS_DESCRIPTION,
                             lang);
}
