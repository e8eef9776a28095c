/* chars.h: the one copy of the house's character rules, for the library
   and the command alike: ASCII case folding (never the locale's: in
   tr_TR 'I' does not lower to 'i'), strict UTF-8, and "is this charset
   name UTF-8".  Static inline and free of data, so that including it
   adds neither a symbol to the library's exports nor a relocation.
   Internal: nothing here is part of <httpstatus.h>.  */

#ifndef HTTPSTATUS_CHARS_H
#define HTTPSTATUS_CHARS_H

#include <stddef.h>
#include <string.h>

/* C lowered if it is an ASCII capital, else C itself, whatever the
   locale.  */
static inline int
hs_ascii_tolower (int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* C raised if it is an ASCII small letter, else C itself.  */
static inline int
hs_ascii_toupper (int c)
{
  return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* strncasecmp in ASCII only: compares at most N bytes of A and B, or
   up to their NUL, with capitals folded; <0, 0 or >0 as strncmp.  */
static inline int
hs_ascii_strcasecmp_n (const char *a, const char *b, size_t n)
{
  for (size_t k = 0; k < n; k++)
    {
      int ca = hs_ascii_tolower ((unsigned char) a[k]);
      int cb = hs_ascii_tolower ((unsigned char) b[k]);
      if (ca != cb || ca == '\0')
        return ca - cb;
    }
  return 0;
}

/* Whether the N bytes at S are exactly the NUL-terminated WORD in any
   ASCII case (S need not be NUL-terminated).  */
static inline int
hs_ascii_caseeq_n (const char *s, size_t n, const char *word)
{
  return strlen (word) == n && hs_ascii_strcasecmp_n (s, word, n) == 0;
}

/* Whether the N bytes at S are strict UTF-8 (RFC 3629): no overlong
   form, no surrogate (U+D800..U+DFFF), nothing past U+10FFFF, no
   sequence cut by the end.  A NUL byte is U+0000, valid.  */
static inline int
hs_utf8_valid (const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *) s;
  size_t i = 0;
  while (i < n)
    {
      unsigned char c = p[i];
      if (c < 0x80)
        {
          i++;
          continue;
        }
      size_t more;
      /* The second byte's range is where overlongs, surrogates and
         code points past U+10FFFF are refused.  */
      unsigned char lo = 0x80, hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF)
        more = 1;
      else if (c >= 0xE0 && c <= 0xEF)
        {
          more = 2;
          if (c == 0xE0)
            lo = 0xA0;
          else if (c == 0xED)
            hi = 0x9F;
        }
      else if (c >= 0xF0 && c <= 0xF4)
        {
          more = 3;
          if (c == 0xF0)
            lo = 0x90;
          else if (c == 0xF4)
            hi = 0x8F;
        }
      else
        return 0;
      if (more > n - i - 1 || p[i + 1] < lo || p[i + 1] > hi)
        return 0;
      for (size_t k = 2; k <= more; k++)
        if ((p[i + k] & 0xC0) != 0x80)
          return 0;
      i += more + 1;
    }
  return 1;
}

/* Whether the N bytes at NAME name UTF-8 as a charset: "UTF-8" or
   "UTF8" in any ASCII case, the spellings of glibc, of macOS and of
   .po headers; nothing else (no "UTF-16", no "unicode").  */
static inline int
hs_charset_is_utf8_n (const char *name, size_t n)
{
  return hs_ascii_caseeq_n (name, n, "utf-8")
         || hs_ascii_caseeq_n (name, n, "utf8");
}

/* The same for a NUL-terminated NAME; NULL is not UTF-8.  */
static inline int
hs_charset_is_utf8 (const char *name)
{
  return name != NULL && hs_charset_is_utf8_n (name, strlen (name));
}

#endif /* HTTPSTATUS_CHARS_H */
