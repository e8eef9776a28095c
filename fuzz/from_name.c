/* from_name.c: libFuzzer harness for httpstatus_from_name.

   Any bytes become a name: copied into a NUL-terminated buffer of
   exactly their length + 1, so AddressSanitizer sees any read past the
   terminator.  The header promises that at most 65 bytes are read
   whatever the length, so a long input is also passed as a 65-byte
   buffer with no terminator at all.

   The answer is checked against an oracle of the harness's own, which
   shares nothing with names.c but the table's strings: every name a
   code may be called by is spelled out once, at start-up, in upper
   case (the constant without its prefix, HTTP_STATUS_ or HTTPSTATUS_,
   the reason phrase with ' ' and '-' made '_' and apostrophes dropped,
   the older names; a name met twice keeps its first code, in the
   table's order, as the header says: "UNAUTHORIZED" is 401's, not
   AWS's 561), and a name is looked up by uppercasing it and comparing
   whole strings.
   The library and the oracle must agree on every input: -1 exactly
   when the oracle knows no code by that name, and otherwise a code the
   oracle knows by it.  A name the library accepts must moreover be
   ASCII letters, digits and '_' only, whatever the oracle says.

   The converse, from the input bytes too: byte 0 picks a code of the
   table, byte 1 one of its names with either prefix or none, the
   following bytes flip the case of its letters; httpstatus_from_name
   must give that code back.  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "fuzz-name.h"
#include "../src/table.h"       /* hs_alias: the library is compiled in */

/* The most httpstatus_from_name may read (httpstatus.h).  */

/* The prefixes a name may have: Microsoft's, on the registered
   codes' constants, and ours, on the vendors'.  */
static const char *const prefixes[] = { "HTTP_STATUS_", "HTTPSTATUS_" };
#define N_PREFIXES 2
#define PREFIX_MAX 12

/* The length of the prefix NAME starts with, 0 for none.  */
static size_t
prefix_of (const char *name)
{
  for (size_t p = 0; p < N_PREFIXES; p++)
    if (strncmp (name, prefixes[p], strlen (prefixes[p])) == 0)
      return strlen (prefixes[p]);
  return 0;
}

/* Every name of every code, uppercased, without the prefix.  */
#define MAX_NAMES 512
#define NAME_SIZE 80
static struct
{
  int code;
  char text[NAME_SIZE];
} names[MAX_NAMES];
static size_t n_names;

/* The codes of the table, for the converse.  */
static int codes[HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1];
static size_t n_codes;

static void
add_name (int code, const char *text)
{
  if (n_names == MAX_NAMES || strlen (text) >= NAME_SIZE)
    abort ();
  for (size_t i = 0; i < n_names; i++)
    if (strcmp (names[i].text, text) == 0)
      return;                   /* an earlier code's name already */
  names[n_names].code = code;
  strcpy (names[n_names].text, text);
  n_names++;
}

static char
upper (char c)
{
  static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
  static const char capital[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const char *p = c != '\0' ? strchr (lower, c) : NULL;
  return p != NULL ? capital[p - lower] : c;
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  for (int c = httpstatus_next (-1); c != -1; c = httpstatus_next (c))
    {
      codes[n_codes++] = c;
      const char *constant = httpstatus_name (c);
      if (constant == NULL || prefix_of (constant) == 0)
        abort ();
      add_name (c, constant + prefix_of (constant));

      /* "I'm a teapot" is IM_A_TEAPOT, "Non-Authoritative
         Information" NON_AUTHORITATIVE_INFORMATION.  */
      const char *reason = httpstatus_reason (c);
      char spelled[NAME_SIZE];
      size_t k = 0;
      for (size_t i = 0; reason[i] != '\0'; i++)
        {
          if (k + 1 >= sizeof spelled)
            abort ();
          if (reason[i] == '\'')
            continue;
          spelled[k++] = reason[i] == ' ' || reason[i] == '-'
                         ? '_' : upper (reason[i]);
        }
      spelled[k] = '\0';
      add_name (c, spelled);
    }
  int code;
  const char *alias;
  for (unsigned int i = 0; (alias = hs_alias (i, &code)) != NULL; i++)
    add_name (code, alias);
  if (n_codes == 0)
    abort ();
  return 0;
}

/* Whether the oracle knows NAME as a name of CODE, or with CODE -1, as
   a name of any code.  */
static int
oracle_knows (const char *name, int code)
{
  size_t len = strlen (name);
  char up[READ_LIMIT + 1];
  if (len > READ_LIMIT - 1)
    return 0;                   /* longer than any name and its prefix */
  for (size_t i = 0; i <= len; i++)
    up[i] = upper (name[i]);
  const char *bare = up + prefix_of (up);
  for (size_t i = 0; i < n_names; i++)
    if ((code == -1 || names[i].code == code)
        && (strcmp (up, names[i].text) == 0
            || strcmp (bare, names[i].text) == 0))
      return 1;
  return 0;
}

static int
letters_digits_underscores (const char *s)
{
  static const char allowed[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "abcdefghijklmnopqrstuvwxyz0123456789_";
  return strspn (s, allowed) == strlen (s);
}

static void
check_answer (const char *name, int code)
{
  if (code == -1)
    {
      if (oracle_knows (name, -1))
        abort ();               /* a name of the table, not found */
      return;
    }
  if (httpstatus_name (code) == NULL)
    abort ();                   /* a code that is not in the table */
  if (!letters_digits_underscores (name))
    abort ();                   /* not a name at all */
  if (!oracle_knows (name, code))
    abort ();                   /* a name, but not this code's */
}

/* The converse: a name of a code chosen by DATA, in a case chosen by
   DATA, finds that code.  */
static void
check_converse (const uint8_t *data, size_t size)
{
  if (size < 2)
    return;
  int code = codes[data[0] % n_codes];
  size_t mine[MAX_NAMES], n_mine = 0;
  for (size_t i = 0; i < n_names; i++)
    if (names[i].code == code)
      mine[n_mine++] = i;
  if (n_mine == 0)
    return;                     /* every name of it is an earlier code's */
  size_t pick = data[1] % ((N_PREFIXES + 1) * n_mine);
  size_t p = pick % (N_PREFIXES + 1);
  char name[PREFIX_MAX + NAME_SIZE];
  strcpy (name, p < N_PREFIXES ? prefixes[p] : "");
  strcat (name, names[mine[pick / (N_PREFIXES + 1)]].text);
  for (size_t i = 0; name[i] != '\0'; i++)
    {
      size_t byte = 2 + i / 8;
      if (byte < size && (data[byte] >> (i % 8)) & 1
          && name[i] >= 'A' && name[i] <= 'Z')
        name[i] = (char) (name[i] - 'A' + 'a');
    }
  if (httpstatus_from_name (name) != code)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *name = fuzz_name (data, size);
  if (name == NULL)
    return 0;
  int code = httpstatus_from_name (name);
  check_answer (name, code);
  free (name);

  /* No terminator in the first 65 bytes: the library must stop there,
     and a name that long is no name.  */
  char *unterminated = fuzz_unterminated (data, size);
  if (unterminated != NULL)
    {
      if (httpstatus_from_name (unterminated) != -1)
        abort ();
      free (unterminated);
    }

  check_converse (data, size);
  return 0;
}
