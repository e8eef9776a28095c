/* text_r.c: libFuzzer harness for httpstatus_title_r and
   httpstatus_description_r.

   The first bytes of the input choose the call, the locale, the code
   and the buffer's size:
     byte 0     bit 0: title or description; bits 1-2: the thread's
                locale (C, zh_TW.UTF-8, zh_TW.BIG5, en_US.UTF-8); bit 3:
                the code as any int or folded into 100..599; bit 4: a
                NULL buffer
     bytes 1-4  the code, little-endian
     bytes 5-6  the size, 0..MAX_SIZE
   and every promise of httpstatus.h is checked against the plain call
   in the same locale: the return value, the NUL inside the buffer, the
   text a prefix of whole characters that is as long as it can be, and
   no byte written past SIZE (guard bytes after the buffer, on top of
   AddressSanitizer's own redzone).  The locales and the catalog are the
   build tree's (make check builds them); a missing one is replaced by
   C, which still fuzzes the English texts.  */

#include <config.h>

#include <errno.h>
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

static const char *const locale_names[] = {
  "C", "zh_TW.UTF-8", "zh_TW.BIG5", "en_US.UTF-8"
};
static locale_t locales[4];

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
  for (int i = 0; i < 4; i++)
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

/* Whether the first N bytes of TEXT are whole characters of the
   thread's charset, and the character after them does not fit in
   ROOM bytes: the longest whole prefix.  Text that is not valid in
   the charset is read as UTF-8, as textcut.c does.  */
static int
is_longest_whole_prefix (const char *text, size_t len, size_t n, size_t room)
{
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t at = 0;
  while (at < n)
    {
      size_t k = mbrlen (text + at, len - at, &state);
      if (k == (size_t) -1 || k == (size_t) -2 || k == 0)
        goto utf8;
      at += k;
    }
  if (at != n)
    return 0;
  size_t next = mbrlen (text + at, len - at, &state);
  if (next == (size_t) -1 || next == (size_t) -2 || next == 0)
    goto utf8;
  return n + next > room;

utf8:
  /* A UTF-8 cut: not before a continuation byte, and the character at
     N would not have fitted.  */
  if (((unsigned char) text[n] & 0xC0) == 0x80)
    return 0;
  size_t end = n + 1;
  while (end < len && ((unsigned char) text[end] & 0xC0) == 0x80)
    end++;
  return end > room;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  uint8_t in[7] = { 0 };
  memcpy (in, data, size < sizeof in ? size : sizeof in);
  int description = in[0] & 1;
  locale_t loc = locales[(in[0] >> 1) & 3];
  uint32_t raw = (uint32_t) in[1] | (uint32_t) in[2] << 8
                 | (uint32_t) in[3] << 16 | (uint32_t) in[4] << 24;
  int code = (in[0] & 8) ? (int) raw : 100 + (int) (raw % 500);
  int null_buf = (in[0] & 16) != 0;
  size_t buf_size = ((size_t) in[5] | (size_t) in[6] << 8) % (MAX_SIZE + 1);

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
               || !is_longest_whole_prefix (text, len, n, buf_size - 1))
        abort ();               /* cut, but wrongly */
    }
  free (buf);
  uselocale (previous);
  return 0;
}
