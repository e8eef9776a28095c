/* i18n.c: the library's only contact with gettext.

   It binds the text domain once and translates the English msgids that
   table.c hands it, in the calling thread's locale or, for the _l
   calls, in the one given.  It never calls setlocale or textdomain and
   never sets a codeset (bind_textdomain_codeset only with NULL, which
   asks): language and output charset are the application's to choose.  */

#include <config.h>

#include <errno.h>
#include <locale.h>
#if !HS_WINDOWS
# include <pthread.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "table.h"
#include "langs.h"
#include "errors.h"
#if HS_WINDOWS
# include "w32.h"
#endif

#if ENABLE_NLS
# include <libintl.h>

/* Bind the domain to the install's catalogs unless the application
   has bound it already, since that binding is how an application (or
   a test) relocates the catalogs and it must win.

   Where the compiler allows it this runs when the library is loaded,
   before the application's main (or, for a dlopen, before dlopen
   returns), so that any binding the application makes later simply
   replaces ours, with no race against a thread's first lookup.  A
   binding made before a dlopen is kept if it differs from gettext's
   default directory; gettext cannot tell a binding to that directory
   from no binding at all.  Elsewhere the first lookup binds, once.  */
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
#if HS_WINDOWS
  /* The catalogs lie beside the DLL, wherever the tree was moved.  */
  const wchar_t *dir = hs_w32_localedir ();
  if (unbound && dir != NULL)
    wbindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir);
#else
  if (unbound && (current == NULL || strcmp (current, LOCALEDIR) != 0))
    bindtextdomain (HTTPSTATUS_TEXTDOMAIN, LOCALEDIR);
#endif
  errno = saved_errno;
}

# if defined __GNUC__
__attribute__ ((__constructor__)) static void
bind_at_load (void)
{
  bind_domain ();
}
#  define BIND_ONCE() ((void) 0)
# else
static pthread_once_t bind_once = PTHREAD_ONCE_INIT;
#  define BIND_ONCE() pthread_once (&bind_once, bind_domain)
# endif

static const char *
translate (const char *msgid)
{
  int saved_errno = errno;
  BIND_ONCE ();
  const char *text = dgettext (HTTPSTATUS_TEXTDOMAIN, msgid);
  errno = saved_errno;
  return text;
}

/* For langs.c, which reads the catalogs itself but must find them
   where gettext would: the application's binding wins.  On Windows the
   binding may be wide (wbindtextdomain), and then only the wide query
   answers.  */
char *
hs_bound_dir (int *not_now)
{
  int saved_errno = errno;
  BIND_ONCE ();
  const char *dir = bindtextdomain (HTTPSTATUS_TEXTDOMAIN, NULL);
  char *copy = NULL;
  *not_now = 0;
#if HS_WINDOWS
  const wchar_t *wdir = wbindtextdomain (HTTPSTATUS_TEXTDOMAIN, NULL);
  if (wdir != NULL)
    {
      copy = hs_w32_utf8 (wdir);
      *not_now = copy == NULL;
    }
  else
#endif
  if (dir != NULL)
    {
      /* hs_malloc, not strdup: a test build makes it fail.  */
      size_t size = strlen (dir) + 1;
      copy = hs_malloc (size);
      if (copy != NULL)
        memcpy (copy, dir, size);
      else
        *not_now = 1;
    }
  errno = saved_errno;
  return copy;
}

# if HAVE_NL_MSG_CAT_CNTR
/* GNU gettext's counter of catalog changes, which its own callers'
   caches (and configure's test for GNU gettext) rely on: bindtextdomain
   and setlocale increment it.  Read without gettext's lock, as a hint:
   langs.c asks for the binding itself, under its lock, when it moves.  */
extern int _nl_msg_cat_cntr;

const volatile int *
hs_binding_counter (void)
{
  return &_nl_msg_cat_cntr;
}
# endif
#else /* !ENABLE_NLS */

static const char *
translate (const char *msgid)
{
  return msgid;
}

/* Built without NLS no catalog is installed: every language is
   English.  */
char *
hs_bound_dir (int *not_now)
{
  *not_now = 0;
  return NULL;
}
#endif

#if HAVE_USELOCALE
/* MSGID translated as if the calling thread's locale were LOC: the
   thread switches to LOC and back, as glibc's strerror_l does, which
   touches no other thread and not the process's global locale.  */
static const char *
translate_l (const char *msgid, locale_t loc)
{
  if (loc == (locale_t) 0)
    return msgid;
  int saved_errno = errno;
  locale_t previous = uselocale (loc);
  const char *text = translate (msgid);
  if (previous != (locale_t) 0)
    uselocale (previous);
  errno = saved_errno;
  return text;
}

#endif /* HAVE_USELOCALE */

/* The codeset the application bound the domain to, NULL for none: the
   charset of the texts dgettext hands out when it is not the locale's.
   A NULL argument only asks, as bindtextdomain's does in bind_domain.  */
static const char *
bound_codeset (void)
{
#if ENABLE_NLS
  return bind_textdomain_codeset (HTTPSTATUS_TEXTDOMAIN, NULL);
#else
  return NULL;
#endif
}

/* The _r calls' copy: whole characters only, NUL-terminated.  */
static int
copy_text (const char *text, char *buf, size_t size)
{
  if (size == 0)
    return ERANGE;
  if (buf == NULL)
    return EINVAL;
  int saved_errno = errno;
  size_t len = strlen (text);
  size_t n = hs_whole_prefix (text, len, size - 1, bound_codeset ());
  memcpy (buf, text, n);
  buf[n] = '\0';
  errno = saved_errno;
  return n == len ? 0 : ERANGE;
}

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

const char *
httpstatus_vendor_title (int vendor)
{
  const char *name = hs_vendor_text (vendor);
  return name != NULL ? translate (name) : NULL;
}

/* The _l calls exist where POSIX 2008's per-thread locale does (not on
   Windows, where the _lang calls choose a language per call).  */
#if HAVE_USELOCALE

const char *
httpstatus_title_l (int code, locale_t loc)
{
  return translate_l (hs_text (code, HS_TITLE), loc);
}

const char *
httpstatus_description_l (int code, locale_t loc)
{
  return translate_l (hs_text (code, HS_DESCRIPTION), loc);
}

#endif /* HAVE_USELOCALE */

int
httpstatus_title_r (int code, char *buf, size_t size)
{
  return copy_text (translate (hs_text (code, HS_TITLE)), buf, size);
}

int
httpstatus_description_r (int code, char *buf, size_t size)
{
  return copy_text (translate (hs_text (code, HS_DESCRIPTION)), buf, size);
}

/* The transport errors (errors.c has their table).  */

const char *
httpstatus_error_title (int space, int code)
{
  return translate (hs_error_msgid (hs_error_index (space, code), HS_TITLE));
}

const char *
httpstatus_error_description (int space, int code)
{
  return translate (hs_error_msgid (hs_error_index (space, code),
                                    HS_DESCRIPTION));
}

int
httpstatus_error_title_r (int space, int code, char *buf, size_t size)
{
  return copy_text (translate (hs_error_msgid (hs_error_index (space, code),
                                               HS_TITLE)), buf, size);
}

/* FORMAT with its first "%d" replaced by CODE in decimal, into OUT of
   SIZE bytes; 0 when it does not fit.  No printf: a translation is
   data, and a stray % in it must print as it is.  */
static int
put_number (const char *format, int code, char *out, size_t size)
{
  char digits[16];
  size_t nd = 0;
  unsigned int u = code < 0 ? 0U - (unsigned int) code : (unsigned int) code;
  do
    digits[nd++] = (char) ('0' + u % 10);
  while ((u /= 10) != 0);
  if (code < 0)
    digits[nd++] = '-';
  const char *mark = strstr (format, "%d");
  size_t head = mark != NULL ? (size_t) (mark - format) : strlen (format);
  const char *tail = mark != NULL ? mark + 2 : "";
  size_t ntail = strlen (tail);
  if (head + (mark != NULL ? nd : 0) + ntail >= size)
    return 0;
  memcpy (out, format, head);
  size_t n = head;
  while (mark != NULL && nd > 0)
    out[n++] = digits[--nd];
  memcpy (out + n, tail, ntail + 1);
  return 1;
}

/* A number missing from the table gets its space's description with
   the number in it ("libcurl error 99: ...").  */
int
httpstatus_error_description_r (int space, int code, char *buf, size_t size)
{
  unsigned int i = hs_error_index (space, code);
  const char *format = hs_error_format (i);
  char text[1024];
  if (format != NULL && put_number (translate (format), code, text,
                                    sizeof text))
    return copy_text (text, buf, size);
  return copy_text (translate (hs_error_msgid (i, HS_DESCRIPTION)), buf,
                    size);
}

#if !(ENABLE_NLS && HAVE_NL_MSG_CAT_CNTR)
/* No gettext counter of binding changes: a constant, so the binding in
   force at the first lookup by name is the one used.  */
static const int no_counter;

const volatile int *
hs_binding_counter (void)
{
  return &no_counter;
}
#endif
