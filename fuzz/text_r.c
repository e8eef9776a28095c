/* text_r.c: libFuzzer harness for httpstatus_title_r and
   httpstatus_description_r.

   The first bytes of the input choose the call, the locale, the code
   and the buffer's size:
     byte 0     bit 0: title or description; bits 1-2 and 6: the
                thread's locale (C, zh_TW.UTF-8, zh_TW.BIG5, en_US.UTF-8,
                zh_CN.GB18030, zh_HK.BIG5-HKSCS, zh_CN.UTF-8,
                zh_HK.UTF-8: every charset of tests/charsets.tsv); bit 3:
                the code as any int or folded into the valid range; bit 4: a
                NULL buffer; bit 5: the domain bound to UTF-8 with
                bind_textdomain_codeset, as GTK binds it whatever the
                locale (UTF-8 text in zh_TW.BIG5 or zh_CN.GB18030)
     bytes 1-4  the code, little-endian
     bytes 5-6  the size, 0..MAX_SIZE
   and every promise of httpstatus.h is checked against the plain call
   in the same locale and binding: the return value, the NUL inside the
   buffer, the text a prefix of whole characters that is as long as it
   can be, and no byte written past SIZE (guard bytes after the buffer,
   on top of AddressSanitizer's own redzone).  The locales and the
   catalog are the build tree's (make check builds them); a missing one
   is replaced by C, which still fuzzes the English texts.

   glibc cannot unbind a codeset once bound: until an input first sets
   bit 5 the domain is left unbound, and from then on an input with
   bit 5 clear binds it to its locale's own charset, which gettext
   treats exactly as no binding.  So an input gives the same texts
   whatever ran before it.  */

#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <sanitizer/lsan_interface.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#define MAX_SIZE 511            /* the longest text is about 300 bytes */
#define GUARD 16
#define GUARD_BYTE 0xA5

/* The first four keep the meaning bits 1-2 had before bit 6 chose
   among eight, so the seed corpus still reaches what it did.  */
static const char *const locale_names[] = {
  "C", "zh_TW.UTF-8", "zh_TW.BIG5", "en_US.UTF-8",
  "zh_CN.GB18030", "zh_HK.BIG5-HKSCS", "zh_CN.UTF-8", "zh_HK.UTF-8"
};
#define N_LOCALES (sizeof locale_names / sizeof locale_names[0])
static locale_t locales[N_LOCALES];

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  setenv ("LOCPATH", FUZZ_LOCPATH, 1);
  unsetenv ("LANGUAGE");
#if ENABLE_NLS
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, FUZZ_LOCALEDIR);
#endif
  /* glibc's newlocale leaks its copy of LOCPATH, once per call; that
     is not the library's leak, and LeakSanitizer would end every run
     with it.  */
  __lsan_disable ();
  for (size_t i = 0; i < N_LOCALES; i++)
    {
      locales[i] = newlocale (LC_ALL_MASK, locale_names[i], (locale_t) 0);
      if (locales[i] == (locale_t) 0)
        locales[i] = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
      if (locales[i] == (locale_t) 0)
        abort ();
    }
  __lsan_enable ();
  return 0;
}

/* Whether the LEN bytes at S are UTF-8: decoded code point by code
   point, shortest forms only, no surrogates, nothing past U+10FFFF.  */
static int
is_utf8 (const unsigned char *s, size_t len)
{
  size_t i = 0;
  while (i < len)
    {
      uint32_t cp;
      size_t more;
      if (s[i] < 0x80)
        cp = s[i], more = 0;
      else if (s[i] >= 0xC0 && s[i] < 0xE0)
        cp = s[i] & 0x1F, more = 1;
      else if (s[i] >= 0xE0 && s[i] < 0xF0)
        cp = s[i] & 0x0F, more = 2;
      else if (s[i] >= 0xF0 && s[i] < 0xF8)
        cp = s[i] & 0x07, more = 3;
      else
        return 0;
      if (len - i - 1 < more)
        return 0;
      for (size_t k = 1; k <= more; k++)
        {
          if ((s[i + k] & 0xC0) != 0x80)
            return 0;
          cp = cp << 6 | (s[i + k] & 0x3F);
        }
      static const uint32_t least[4] = { 0, 0x80, 0x800, 0x10000 };
      if (cp < least[more] || cp > 0x10FFFF
          || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
      i += more + 1;
    }
  return 1;
}

/* The boundaries in UTF-8: before every byte but a continuation.  */
static size_t
utf8_whole_prefix (const char *text, size_t len, size_t room)
{
  size_t fits = 0;
  for (size_t i = 1; i <= len && i <= room; i++)
    if (i == len || ((unsigned char) text[i] & 0xC0) != 0x80)
      fits = i;
  return fits;
}

/* The longest prefix of the LEN-byte TEXT that is whole characters and
   at most ROOM bytes, as httpstatus.h and textcut.c promise.  UTF8:
   the texts are UTF-8 (the domain bound to UTF-8, or a UTF-8 locale).
   Else the thread's locale's charset if the whole text is valid in it,
   else UTF-8 if it is valid UTF-8, else none, and any cut will do.  The
   binding decides, not the bytes: UTF-8 Chinese is often valid GB18030
   as a whole.  */
static size_t
longest_whole_prefix (const char *text, size_t len, size_t room, int utf8)
{
  if (utf8)
    return utf8_whole_prefix (text, len, room);
  /* The boundaries in the locale's charset, up to ROOM.  */
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t at = 0, fits = 0;
  int second = 0;
  while (at < len)
    {
      size_t k = mbrlen (text + at, len - at, &state);
      /* No byte consumed: the second character of a Big5-HKSCS pair
         that stands for two (0x8862, U+00CA U+0304).  */
      if ((k == 0 || k == (size_t) -3) && !second)
        {
          second = 1;
          continue;
        }
      second = 0;
      if (k == (size_t) -1 || k == (size_t) -2 || k == 0
          || k == (size_t) -3)
        break;
      at += k;
      if (at <= room)
        fits = at;
    }
  if (at == len)
    return fits;

  if (!is_utf8 ((const unsigned char *) text, len))
    return room;
  return utf8_whole_prefix (text, len, room);
}

/* Bind the domain's codeset to UTF-8, or give it back the charset of
   LOC (see above).  */
static void
bind_codeset (int utf8, locale_t loc)
{
#if ENABLE_NLS
  static const char *bound;     /* NULL: never bound */
  const char *want = utf8 ? "UTF-8" : nl_langinfo_l (CODESET, loc);
  if (bound == NULL && !utf8)
    return;
  if (bound != NULL && strcmp (bound, want) == 0)
    return;
  if (bind_textdomain_codeset (HTTPSTATUS_TEXTDOMAIN, want) == NULL)
    abort ();
  bound = want;
#else
  (void) utf8;
  (void) loc;
#endif
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  uint8_t in[7] = { 0 };
  memcpy (in, data, size < sizeof in ? size : sizeof in);
  int description = in[0] & 1;
  locale_t loc = locales[((in[0] >> 1) & 3) | ((in[0] >> 4) & 4)];
  uint32_t raw = (uint32_t) in[1] | (uint32_t) in[2] << 8
                 | (uint32_t) in[3] << 16 | (uint32_t) in[4] << 24;
  int code = (in[0] & 8) ? (int) raw
             : HTTPSTATUS_CODE_MIN
               + (int) (raw % (HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1));
  int null_buf = (in[0] & 16) != 0;
  size_t buf_size = ((size_t) in[5] | (size_t) in[6] << 8) % (MAX_SIZE + 1);
  bind_codeset ((in[0] & 32) != 0, loc);

  const char *cs = nl_langinfo_l (CODESET, loc);
  int utf8_texts = (in[0] & 32) != 0 || strcmp (cs, "UTF-8") == 0;
  locale_t previous = uselocale (loc);
  const char *text = description ? httpstatus_description (code)
                                 : httpstatus_title (code);
  size_t len = strlen (text);
  int (*call) (int, char *, size_t) = description ? httpstatus_description_r
                                                  : httpstatus_title_r;

  if (null_buf)
    {
      if (call (code, NULL, buf_size) != (buf_size == 0 ? ERANGE : EINVAL))
        abort ();
      uselocale (previous);
      return 0;
    }

  unsigned char *buf = malloc (buf_size + GUARD);
  if (buf == NULL)
    abort ();
  memset (buf, GUARD_BYTE, buf_size + GUARD);
  int ret = call (code, (char *) buf, buf_size);

  for (size_t i = buf_size; i < buf_size + GUARD; i++)
    if (buf[i] != GUARD_BYTE)
      abort ();                 /* written past SIZE */
  if (buf_size == 0)
    {
      if (ret != ERANGE)
        abort ();
    }
  else
    {
      size_t n = strnlen ((char *) buf, buf_size);
      if (n == buf_size)
        abort ();               /* not NUL-terminated */
      if (memcmp (buf, text, n) != 0)
        abort ();               /* not a prefix of the text */
      if (len < buf_size)
        {
          if (ret != 0 || n != len)
            abort ();           /* fits, yet cut or reported cut */
        }
      else if (ret != ERANGE
               || n != longest_whole_prefix (text, len, buf_size - 1,
                                             utf8_texts))
        abort ();               /* cut, but wrongly */
    }
  free (buf);
  uselocale (previous);
  return 0;
}
