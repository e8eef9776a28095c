/* w32.h: what the library needs to know of Windows (w32.c).  */

#ifndef HTTPSTATUS_W32_H
#define HTTPSTATUS_W32_H

#include <wchar.h>

/* The folder of the library's catalogs: <folder of the DLL>\..\share\locale,
   so that an installed tree can be moved or shipped inside an
   application.  NULL if Windows cannot say where the DLL is.  */
const wchar_t *hs_w32_localedir (void);

/* For i18n.c: the wide string W as UTF-8 in a malloc'd block, or
   NULL.  (w32.c also defines langs.h's hs_open_catalog: the UTF-8
   path opened with _wopen, in binary mode.)  */
char *hs_w32_utf8 (const wchar_t *w);

#endif /* HTTPSTATUS_W32_H */
