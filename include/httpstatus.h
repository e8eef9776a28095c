/* httpstatus.h: HTTP status codes, their Wininet.h constants, reason
   phrases and localized descriptions.

   Every function here is thread-safe, allocates nothing, takes no lock
   of the library's own and accepts any argument: there is no undefined
   input.  Returned strings are static, read-only and live as long as
   the program; never free or modify them.

   Localized strings come from the gettext text domain
   HTTPSTATUS_TEXTDOMAIN.  The library never calls setlocale, textdomain
   or bind_textdomain_codeset: the calling thread's locale (LC_MESSAGES
   for the language, LC_CTYPE for the output charset) decides, as for
   any gettext message.  The library binds its domain to the directory
   it was installed with, once, and only if the application has not
   bound it already; an application that ships the catalogs elsewhere
   calls bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir) and that wins.  */

#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <httpstatus-codes.h>

#if defined __GNUC__ && __GNUC__ >= 4
# define HTTPSTATUS_API __attribute__ ((__visibility__ ("default")))
#else
# define HTTPSTATUS_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The gettext text domain of the library's messages.  */
#define HTTPSTATUS_TEXTDOMAIN "httpstatus"

/* The constant's name, "HTTP_STATUS_NOT_FOUND" for 404: ASCII, never
   translated.  NULL if CODE is not in the table, so
   httpstatus_name (code) != NULL tells whether a code is known.  */
HTTPSTATUS_API const char *httpstatus_name (int code);

/* The RFC 9110 reason phrase, "Not Found" for 404: ASCII, never
   translated, what goes on the wire in a status line.  Never NULL: for a
   code missing from the table, the name of its class when the code is
   in 100..599 ("Client Error" for 499, as RFC 9110 section 15 reads an
   unrecognized 4xx), "Unknown Status Code" for any other int.  */
HTTPSTATUS_API const char *httpstatus_reason (int code);

/* The localized short title, for dialog headings and log labels:
   "Not Found", or "找不到" in a zh_TW locale.  Never NULL: for a code
   missing from the table, the localized title of its class ("Client
   Error" for 499), or "Unknown Status Code" outside 100..599.  */
HTTPSTATUS_API const char *httpstatus_title (int code);

/* The localized description, one or two sentences: the text of
   Microsoft's documentation of Wininet.h for its codes, a summary of the
   defining RFC for the others.  Never NULL:
   for a code missing from the table, a localized description of its
   class, or a sentence saying that the number is not an HTTP status
   code.  */
HTTPSTATUS_API const char *httpstatus_description (int code);

/* The code of a name, with or without the "HTTP_STATUS_" prefix, in any
   ASCII case: a constant ("HTTP_STATUS_NOT_FOUND", "not_found" give
   404), a reason phrase spelled as a constant ("INTERNAL_SERVER_ERROR",
   "METHOD_NOT_ALLOWED", "IM_A_TEAPOT"), or an older name
   ("REQUEST_ENTITY_TOO_LARGE", "PAYLOAD_TOO_LARGE",
   "REQUEST_URI_TOO_LONG", "REQUESTED_RANGE_NOT_SATISFIABLE",
   "UNPROCESSABLE_ENTITY").  Returns -1 for NULL, "", an unknown name, a
   name with anything before or after it (spaces included), and any
   string that is not ASCII.  Reads at most 65 bytes of NAME whatever its
   length.  */
HTTPSTATUS_API int httpstatus_from_name (const char *name);

/* Where a code of the table comes from: httpstatus_origin returns these
   flags or'ed together, 0 for a code not in the table.  */
#define HTTPSTATUS_ORIGIN_WININET 0x1 /* in Microsoft's Wininet.h table */
#define HTTPSTATUS_ORIGIN_IANA 0x2    /* in the IANA HTTP Status Code
                                         Registry, with a meaning */
#define HTTPSTATUS_ORIGIN_COMMON 0x4  /* in wide use, not registered (418) */
#define HTTPSTATUS_ORIGIN_ALL 0x7
HTTPSTATUS_API int httpstatus_origin (int code);

/* The class of CODE, its first digit: 1 (informational) to 5 (server
   error) for 100..599, known or not; 0 for any other int.  */
HTTPSTATUS_API int httpstatus_class (int code);

/* The localized title of CODE's class: "Client Error", or "用戶端錯誤"
   in a zh_TW locale, for 404 and 499 alike; "Unknown Status Code" for a
   code outside 100..599.  Never NULL.  */
HTTPSTATUS_API const char *httpstatus_class_title (int code);

/* The smallest code in the table greater than CODE, or -1 if there is
   none.  Walk the table with
     for (int c = httpstatus_next (-1); c != -1; c = httpstatus_next (c))  */
HTTPSTATUS_API int httpstatus_next (int code);

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
