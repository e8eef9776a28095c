/* w32.c: the one place of the library that knows Windows: where the DLL
   lies, and so where its catalogs are.

   An installed tree is bin\libhttpstatus-0.dll beside share\locale\...,
   as make install lays it out; the tree may be moved or copied into an
   application's folder, so the path is asked of Windows at run time
   instead of being compiled in.  Wide characters throughout: a user's
   folder name need not fit the ANSI code page.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "w32.h"
#include "langs.h"

/* Beside the DLL's folder: bin\..\share\locale, spelled without ".."
   since a \\?\ path (which GetModuleFileNameW may give) resolves no
   "..".  */
#define TAIL L"\\share\\locale"

/* Long enough for any path Windows hands out with the \\?\ prefix.  */
static wchar_t localedir[32768];

const wchar_t *
hs_w32_localedir (void)
{
  if (localedir[0] != L'\0')
    return localedir;
  HMODULE self;
  /* The module that holds this very function: the DLL, or the program
     when the library is linked statically.  */
  if (!GetModuleHandleExW (GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS
                           | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCWSTR) (void *) hs_w32_localedir, &self))
    return NULL;
  size_t room = sizeof localedir / sizeof localedir[0] - wcslen (TAIL);
  DWORD n = GetModuleFileNameW (self, localedir, (DWORD) room);
  if (n == 0 || n >= room)
    {
      localedir[0] = L'\0';
      return NULL;
    }
  /* Drop the file name, then its folder (bin): share\locale is the
     folder's sibling.  */
  for (int parts = 0; parts < 2; parts++)
    {
      wchar_t *slash = wcsrchr (localedir, L'\\');
      if (slash == NULL)
        {
          localedir[0] = L'\0';
          return NULL;
        }
      *slash = L'\0';
    }
  wcscat (localedir, TAIL);
  return localedir;
}

char *
hs_w32_utf8 (const wchar_t *w)
{
  int n = WideCharToMultiByte (CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
  char *s = n > 0 ? malloc ((size_t) n) : NULL;
  if (s != NULL && WideCharToMultiByte (CP_UTF8, 0, w, -1, s, n, NULL, NULL)
                   != n)
    {
      free (s);
      s = NULL;
    }
  return s;
}

int
hs_open_catalog (const char *path)
{
  int n = MultiByteToWideChar (CP_UTF8, MB_ERR_INVALID_CHARS, path, -1,
                               NULL, 0);
  wchar_t *w = n > 0 ? malloc ((size_t) n * sizeof *w) : NULL;
  int fd = -1, error;
  /* errno tells the caller whether the failure may pass (langs.c's
     failure): a path that is not UTF-8 never will, no memory may.  */
  if (n <= 0)
    error = EILSEQ;
  else if (w == NULL)
    error = ENOMEM;
  else if (MultiByteToWideChar (CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, w,
                                n) != n)
    error = EILSEQ;
  else
    {
      fd = _wopen (w, _O_RDONLY | _O_BINARY | _O_NOINHERIT);
      error = errno;
    }
  free (w);
  errno = error;
  return fd;
}
