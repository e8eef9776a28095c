/* negotiate.h: which language the catalogs serve for a catalog name, a
   BCP 47 tag or an Accept-Language value (negotiate.c), on top of the
   languages room (langs.h).  Internal.  */

#ifndef HTTPSTATUS_NEGOTIATE_H
#define HTTPSTATUS_NEGOTIATE_H

#include "langs.h"

/* The slot the _lang calls answer in for LANG, a catalog name or a
   BCP 47 tag, after the documented fallbacks, with FOLDER's catalogs;
   0 (English) for NULL, an unknown or unusable language.  *DEFINITE
   is 0 when a catalog on the way could not be read for now
   (HS_NOT_NOW): the answer then holds for this call only and no cache
   may keep it.  */
unsigned int hs_lang_resolve (struct hs_langs *folder, const char *lang,
                              int *definite);

#endif /* HTTPSTATUS_NEGOTIATE_H */
