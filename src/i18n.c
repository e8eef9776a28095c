/* i18n.c: the library's only contact with gettext.

   It binds the text domain once and translates the English msgids that
   table.c hands it.  It never calls setlocale, textdomain or
   bind_textdomain_codeset: language and output charset are the
   application's to choose.  */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "httpstatus.h"
#include "table.h"

#if ENABLE_NLS
# include <libintl.h>

static pthread_once_t bind_once = PTHREAD_ONCE_INIT;

/* Bind the domain to the install's catalogs unless the application
   has bound it already, since that binding is how an application (or
   a test) relocates the catalogs and it must win.  gettext cannot tell
   an explicit binding to its default directory from no binding at all,
   so that one case is taken as "unbound".  A binding the application
   makes after this runs simply replaces ours.  */
static void
bind_domain (void)
{
  int saved_errno = errno;
  const char *current = bindtextdomain (HTTPSTATUS_TEXTDOMAIN, NULL);
  /* A domain nobody binds answers with gettext's default directory.  */
  const char *fallback = bindtextdomain (HTTPSTATUS_TEXTDOMAIN "-unbound",
                                         NULL);
  int unbound = current == NULL
                || (fallback != NULL && strcmp (current, fallback) == 0);
  if (unbound && (current == NULL || strcmp (current, LOCALEDIR) != 0))
    bindtextdomain (HTTPSTATUS_TEXTDOMAIN, LOCALEDIR);
  errno = saved_errno;
}

static const char *
translate (const char *msgid)
{
  pthread_once (&bind_once, bind_domain);
  return dgettext (HTTPSTATUS_TEXTDOMAIN, msgid);
}
#else /* !ENABLE_NLS */
static const char *
translate (const char *msgid)
{
  return msgid;
}
#endif

const char *
httpstatus_title (int code)
{
  return translate (hs_text (code, HS_TITLE));
}

const char *
httpstatus_description (int code)
{
  return translate (hs_text (code, HS_DESCRIPTION));
}

const char *
httpstatus_class_title (int code)
{
  return translate (hs_class_text (code, HS_TITLE));
}
