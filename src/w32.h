/* w32.h: what the library needs to know of Windows (w32.c).  */

#ifndef HTTPSTATUS_W32_H
#define HTTPSTATUS_W32_H

#include <wchar.h>

/* The folder of the library's catalogs: <folder of the DLL>\..\share\locale,
   so that an installed tree can be moved or shipped inside an
   application.  NULL if Windows cannot say where the DLL is.  */
const wchar_t *hs_w32_localedir (void);

#endif /* HTTPSTATUS_W32_H */
