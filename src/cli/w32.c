/* w32.c: the one place of the command that knows Windows: binary
   streams, the UTF-8 console, display widths and the language of a
   run.  The catalogs are where the library found them, beside bin\.

   libintl is built without iconv for Windows, so every text the
   library and the catalogs hand out there is UTF-8, whatever the code
   page; the command prints it as it is, and has the console show UTF-8.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "../chars.h"
#include "w32.h"

void
cli_w32_init (void)
{
  _setmode (_fileno (stdin), _O_BINARY);
  _setmode (_fileno (stdout), _O_BINARY);
  _setmode (_fileno (stderr), _O_BINARY);
  _fmode = _O_BINARY;
  DWORD mode;
  if (GetConsoleMode (GetStdHandle (STD_OUTPUT_HANDLE), &mode)
      || GetConsoleMode (GetStdHandle (STD_ERROR_HANDLE), &mode))
    SetConsoleOutputCP (CP_UTF8);
}

/* East Asian wide and full-width ranges (Unicode's EastAsianWidth W
   and F), the ones CJK text uses: two columns each.  */
static int
is_wide (unsigned int c)
{
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
         || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
         || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
         || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
         || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
         || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

size_t
cli_w32_display_width (const char *s)
{
  /* Not UTF-8 (strictly: no overlong form, no surrogate): a column a
     byte.  */
  size_t len = strlen (s);
  if (!hs_utf8_valid (s, len))
    return len;
  const unsigned char *p = (const unsigned char *) s;
  size_t width = 0;
  while (*p != '\0')
    {
      int extra = *p < 0x80 ? 0 : *p < 0xE0 ? 1 : *p < 0xF0 ? 2 : 3;
      unsigned int c = *p++ & (0x7F >> extra);
      for (int i = 0; i < extra; i++)
        c = (c << 6) | (*p++ & 0x3F);
      width += is_wide (c) ? 2 : 1;
    }
  return width;
}

void
cli_w32_set_language (const char *lang)
{
  _putenv_s ("LANGUAGE", "");
  _putenv_s ("LC_ALL", lang);
  _putenv_s ("LC_MESSAGES", lang);
  _putenv_s ("LANG", lang);
}

int
cli_w32_replace (const char *from, const char *to)
{
  if (MoveFileExA (from, to, MOVEFILE_REPLACE_EXISTING))
    return 0;
  switch (GetLastError ())
    {
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
      errno = EACCES;
      break;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
      errno = ENOSPC;
      break;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
      errno = ENOENT;
      break;
    default:
      errno = EIO;
    }
  return -1;
}
