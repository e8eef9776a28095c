/* httpstatus.h: HTTP status codes, their Wininet.h constants, reason
   phrases and localized descriptions.

   Every function here is thread-safe, accepts any argument (there is
   no undefined input), and takes no lock and allocates no memory of the
   library's own (gettext itself allocates when it loads a catalog or
   converts its charset), but for a language's first use by name: the
   first _lang, httpstatus_negotiate or httpstatus_lang_installed call
   that needs a catalog reads and indexes it under a lock, once, and
   keeps it for the program's life; and the first such call after a
   setlocale or bindtextdomain anywhere in the process checks the
   binding under that lock, with a passing copy of its folder name.
   Returned strings are static, read-only and live as long as the
   program; never free or modify them.

   Localized strings come from the gettext text domain
   HTTPSTATUS_TEXTDOMAIN.  The library never calls setlocale or
   textdomain, and calls bind_textdomain_codeset only with NULL, to ask
   which codeset the _r calls cut: the calling thread's locale (LC_MESSAGES
   for the language, LC_CTYPE for the output charset) decides, as for
   any gettext message.  The library binds its domain to the directory
   it was installed with when it is loaded, and only if the application
   has not bound it already; an application that ships the catalogs
   elsewhere calls bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir), before or
   after its first lookup, and that wins.  */

#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <stddef.h>
#include <locale.h>

#include <httpstatus-codes.h>

/* HTTPSTATUS_API marks what the library exports.  On Windows a client
   imports it from libhttpstatus-0.dll; a client linking the static
   library defines HTTPSTATUS_STATIC first.  The library's own build
   defines HTTPSTATUS_BUILDING (and libtool DLL_EXPORT for the DLL).  */
#if defined _WIN32 || defined __CYGWIN__
# if defined HTTPSTATUS_BUILDING && defined DLL_EXPORT
#  define HTTPSTATUS_API __declspec (dllexport)
# elif defined HTTPSTATUS_BUILDING || defined HTTPSTATUS_STATIC
#  define HTTPSTATUS_API
# else
#  define HTTPSTATUS_API __declspec (dllimport)
# endif
#elif defined __GNUC__ && __GNUC__ >= 4
# define HTTPSTATUS_API __attribute__ ((__visibility__ ("default")))
#else
# define HTTPSTATUS_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The gettext text domain of the library's messages.  */
#define HTTPSTATUS_TEXTDOMAIN "httpstatus"

/* The range of HTTP status codes, RFC 9110 section 15: three digits,
   the first 1 to 5.  Every code of the table lies in it; a code outside
   it is no status code at all (class 0).  */
#define HTTPSTATUS_CODE_MIN 100
#define HTTPSTATUS_CODE_MAX 599

/* The constant's name, "HTTP_STATUS_NOT_FOUND" for 404,
   "HTTPSTATUS_NGINX_CLIENT_CLOSED_REQUEST" for nginx's 499: ASCII, never
   translated.  NULL if CODE is not in the table, so
   httpstatus_name (code) != NULL tells whether a code is known.  */
HTTPSTATUS_API const char *httpstatus_name (int code);

/* The RFC 9110 reason phrase, "Not Found" for 404 (for a vendor's code,
   the vendor's: "Client Closed Request" for 499): ASCII, never
   translated, what goes on the wire in a status line.  Never NULL: for a
   code missing from the table, the name of its class when the code is
   in 100..599 ("Client Error" for 470, as RFC 9110 section 15 reads an
   unrecognized 4xx), "Unknown Status Code" for any other int.  */
HTTPSTATUS_API const char *httpstatus_reason (int code);

/* The localized short title, for dialog headings and log labels:
   "Not Found", or "找不到" in a zh_TW locale.  Never NULL: for a code
   missing from the table, the localized title of its class ("Client
   Error" for 470), or "Unknown Status Code" outside 100..599.  */
HTTPSTATUS_API const char *httpstatus_title (int code);

/* The localized description, one or two sentences: the text of
   Microsoft's documentation of Wininet.h for its codes, a summary of the
   defining RFC for the others.  Never NULL:
   for a code missing from the table, a localized description of its
   class, or a sentence saying that the number is not an HTTP status
   code.  */
HTTPSTATUS_API const char *httpstatus_description (int code);

/* The same texts copied into BUF, for fixed buffers and for code that
   must not keep a pointer into the catalogs.  At most SIZE bytes are
   written; the result is NUL-terminated whenever SIZE > 0.  Returns 0,
   or ERANGE when the text was cut (or SIZE is 0), or EINVAL when BUF is
   NULL and SIZE is not 0.  A cut never splits a character: the result is
   a prefix of whole characters of the text, valid UTF-8 when the text
   is UTF-8, ending on a character boundary of the locale's charset
   otherwise (Big5 in zh_TW.BIG5).  The text's charset is the one
   bound with bind_textdomain_codeset, else the thread's LC_CTYPE's.  */
HTTPSTATUS_API int httpstatus_title_r (int code, char *buf, size_t size);
HTTPSTATUS_API int httpstatus_description_r (int code, char *buf,
                                             size_t size);

/* The code of a name, with or without the "HTTP_STATUS_" or
   "HTTPSTATUS_" prefix, in any ASCII case: a constant
   ("HTTP_STATUS_NOT_FOUND", "not_found" give 404;
   "HTTPSTATUS_NGINX_CLIENT_CLOSED_REQUEST", "nginx_client_closed_request"
   499), a reason phrase spelled as a constant ("INTERNAL_SERVER_ERROR",
   "METHOD_NOT_ALLOWED", "IM_A_TEAPOT", "CLIENT_CLOSED_REQUEST"), or an
   older name ("REQUEST_ENTITY_TOO_LARGE", "PAYLOAD_TOO_LARGE",
   "REQUEST_URI_TOO_LONG", "REQUESTED_RANGE_NOT_SATISFIABLE",
   "UNPROCESSABLE_ENTITY").  A vendor's reason phrase that a registered
   code has too names the registered code ("UNAUTHORIZED" is 401, not
   AWS's 561).  Returns -1 for NULL, "", an unknown name, a name with
   anything before or after it (spaces included), and any string that
   is not ASCII.  Reads at most 65 bytes of NAME whatever its length.  */
HTTPSTATUS_API int httpstatus_from_name (const char *name);

/* Where a code of the table comes from: httpstatus_origin returns
   HTTPSTATUS_ORIGIN_* flags (defined in <httpstatus-codes.h>, from
   codes.def) or'ed together, 0 for a code not in the table:
     HTTPSTATUS_ORIGIN_WININET  in Microsoft's Wininet.h table
     HTTPSTATUS_ORIGIN_IANA     in the IANA HTTP Status Code Registry,
                                with a meaning
     HTTPSTATUS_ORIGIN_COMMON   in wide use, not registered, of no
                                single vendor (418, 509, 598, 599)
     HTTPSTATUS_ORIGIN_VENDOR   written by a vendor's servers, proxies
                                or framework, not registered (nginx's
                                499): httpstatus_vendor says whose
   HTTPSTATUS_ORIGIN_ALL has every flag.  Registered codes are exactly
   those with HTTPSTATUS_ORIGIN_IANA.  */
HTTPSTATUS_API int httpstatus_origin (int code);

/* Whose meaning the table gives for CODE, when it is not the
   registry's: an HTTPSTATUS_VENDOR_* id (defined in
   <httpstatus-codes.h>, from codes.def), e.g. HTTPSTATUS_VENDOR_NGINX
   for 499, HTTPSTATUS_VENDOR_CLOUDFLARE for 520; HTTPSTATUS_VENDOR_NONE
   (0) for a registered code, for a convention of no single vendor (598,
   599: origin HTTPSTATUS_ORIGIN_COMMON) and for any int not in the
   table.  A code has a vendor exactly when its origin is
   HTTPSTATUS_ORIGIN_VENDOR.  Where vendors disagree on a number the
   table keeps one meaning (httpstatus(3) lists the others).  */
HTTPSTATUS_API int httpstatus_vendor (int code);

/* The English name of vendor id VENDOR, for logs and machine-readable
   output: "nginx", "Cloudflare", "AWS ELB", "Microsoft IIS"...: ASCII,
   never translated.  NULL for HTTPSTATUS_VENDOR_NONE and any int that
   is no vendor's id, so the ids can be walked with
     for (int v = 1; httpstatus_vendor_name (v) != NULL; v++)  */
HTTPSTATUS_API const char *httpstatus_vendor_name (int vendor);

/* The same name localized, for people: "Apache HTTP 伺服器" in a zh_TW
   locale (most product names stay as they are).  NULL exactly when
   httpstatus_vendor_name is.  */
HTTPSTATUS_API const char *httpstatus_vendor_title (int vendor);

/* The class of CODE, its first digit: 1 (informational) to 5 (server
   error) for 100..599, known or not; 0 for any other int.  */
HTTPSTATUS_API int httpstatus_class (int code);

/* The localized title of CODE's class: "Client Error", or "用戶端錯誤"
   in a zh_TW locale, for 404 and 470 alike; "Unknown Status Code" for a
   code outside 100..599.  Never NULL.  */
HTTPSTATUS_API const char *httpstatus_class_title (int code);

/* The smallest code in the table greater than CODE, or -1 if there is
   none.  Walk the table with
     for (int c = httpstatus_next (-1); c != -1; c = httpstatus_next (c))  */
HTTPSTATUS_API int httpstatus_next (int code);

/* Per-call locale, like strerror_l: the text httpstatus_title or
   httpstatus_description gives when the calling thread's locale is LOC
   (its LC_MESSAGES for the language, its LC_CTYPE for the charset),
   without changing the locale of the process or of any thread.  errno
   is preserved.  LC_GLOBAL_LOCALE means the process's global locale;
   (locale_t) 0, as newlocale returns on failure, gives the English text
   as the C locale would.  Never NULL.  As for every gettext lookup, the
   LANGUAGE environment variable, when set, overrides the language of
   any locale but C (glibc honours it under C.UTF-8, not under C): a
   server choosing a language per request runs with LANGUAGE unset, or
   better uses the _lang calls, which ignore it.

   Declared only where <locale.h> defines locale_t (POSIX 2008:
   _POSIX_C_SOURCE >= 200809L, _XOPEN_SOURCE >= 700, _GNU_SOURCE or the
   compiler's default GNU mode), as glibc does for strerror_l; LC_GLOBAL_LOCALE
   is defined exactly there.  */
#ifdef LC_GLOBAL_LOCALE
HTTPSTATUS_API const char *httpstatus_title_l (int code, locale_t loc);
HTTPSTATUS_API const char *httpstatus_description_l (int code,
                                                     locale_t loc);
#endif

/* Texts by language name, with no locale at all: the library reads
   its installed catalogs (<dir>/LL/LC_MESSAGES/httpstatus.mo, where
   <dir> is the directory HTTPSTATUS_TEXTDOMAIN is bound to, the
   application's binding if it made one) itself, so the answer is the
   same whatever setlocale, newlocale, LANGUAGE or LC_ALL say, also on
   a system where no locale but C is installed, and it is always UTF-8.
   A binding made after the first lookups is followed as gettext
   follows it, where gettext counts its changes (GNU gettext: glibc and
   libintl); elsewhere the binding in force at the first such call is
   the one used.  The catalogs read from a directory are kept while the
   domain stays bound to it (and for the program's life, since the
   texts handed out point into them).

   LANG is a gettext catalog name ("zh_TW", "zh_TW.UTF-8") or a BCP 47
   tag ("zh-TW", "zh-Hant", "zh-Hant-TW", "zh-HK", "zh-Hans-CN"), in
   any ASCII case; NULL, "", "C", "POSIX", "en" and any language
   without a usable catalog mean English.  The fallbacks: the tag's
   own language and region (zh_HK for zh-HK); then, for Chinese, the
   catalogs of the same script (Traditional: zh_TW then zh_HK, or
   zh_HK then zh_TW for Hong Kong and Macau; Simplified: zh_CN then
   zh_SG), never the other script; then the bare language (zh); a bare
   "zh" means Simplified first, then Traditional; then English.  A
   catalog that is corrupt, truncated, not UTF-8 or otherwise not
   trustworthy counts as absent.

   A catalog that cannot be read for the moment (no file descriptor
   or memory left) makes that call answer in English and is tried
   again at the next.

   Speed: after a language's first use a call is an array index; the
   fastest LANG is a name httpstatus_negotiate or
   httpstatus_lang_installed returned; any other spelling ("zh_TW",
   "zh-TW", "zh-Hant-TW", "zh_TW.UTF-8") is resolved once and
   remembered (the first 256 spellings of fewer than 56 bytes).  Never
   NULL; errno is preserved.  */
HTTPSTATUS_API const char *httpstatus_title_lang (int code,
                                                  const char *lang);
HTTPSTATUS_API const char *httpstatus_description_lang (int code,
                                                        const char *lang);
HTTPSTATUS_API const char *httpstatus_class_title_lang (int code,
                                                        const char *lang);

/* The language to answer an HTTP request in, from the value of its
   Accept-Language header (RFC 9110 section 12.5.4; NULL or "" for no
   header): the catalog name ("zh_TW", or "en" for English) of the
   installed language that best matches it, by RFC 4647 lookup over the
   ranges by decreasing q, with the fallbacks of the _lang calls.  q=0
   excludes what the range matches ("zh;q=0": every Chinese catalog,
   unless a longer range such as "zh-TW;q=0.5" allows one); "*" is any
   language no other range names, English first.  When nothing
   acceptable is installed, "en".  The _lang calls given the result
   answer exactly in that language.  Static, never NULL.  */
HTTPSTATUS_API const char *httpstatus_negotiate (const char *accept_language);

/* The BCP 47 tag of the language the _lang calls answer in for LANG,
   for a Content-Language header: "zh-TW" for "zh_TW" and "zh-Hant",
   "en" for English and any language not installed.  Static, never
   NULL.  */
HTTPSTATUS_API const char *httpstatus_lang_tag (const char *lang);

/* The catalog name of installed language number I, counting from 0:
   "en" (always there, first), then every language whose catalog is
   installed and usable, in po/LINGUAS's order; NULL past the last.
   Walk them with
     for (unsigned i = 0; (name = httpstatus_lang_installed (i)); i++)  */
HTTPSTATUS_API const char *httpstatus_lang_installed (unsigned int i);

/* Transport errors: the failures before any HTTP status, as libcurl,
   WinINet and WinHTTP report them (no network, server not found,
   connection refused, timed out, certificate not trusted), with the same
   promises as the calls above.  SPACE says whose number CODE is: */
#define HTTPSTATUS_ERRORS_CURL     1   /* CURLcode */
#define HTTPSTATUS_ERRORS_WININET  2   /* ERROR_INTERNET_*, ERROR_HTTP_* */
#define HTTPSTATUS_ERRORS_WINHTTP  3   /* ERROR_WINHTTP_* */

/* The constant's name as the library's header spells it:
   "CURLE_OPERATION_TIMEDOUT" for (HTTPSTATUS_ERRORS_CURL, 28),
   "ERROR_INTERNET_CANNOT_CONNECT" for (HTTPSTATUS_ERRORS_WININET,
   12029): ASCII, never translated.  NULL if the pair is not in the
   table (any other space, a number the table lacks), so it tells
   whether an error is known.  The table has every CURLcode of libcurl
   7.88 but the obsolete ones (CURLE_OK included), every ERROR_INTERNET_*
   and ERROR_HTTP_* of WinINet but the FTP and Gopher ones, and every
   ERROR_WINHTTP_*.  */
HTTPSTATUS_API const char *httpstatus_error_name (int space, int code);

/* The localized title, for a dialog heading ("Timed out", "Server not
   found"), and the description for the person in front of the screen:
   what happened and what to try.  Errors of equal meaning share their
   texts (libcurl's 28, WinINet's and WinHTTP's 12002).  Never NULL: a
   number missing from the table gets its space's generic title
   ("Unknown libcurl error") and a description naming the library, an
   unknown space the generic "Unknown error" texts; only the
   httpstatus_error_description_r call can write the number into it.
   Localized by the calling thread's locale, as httpstatus_title.  */
HTTPSTATUS_API const char *httpstatus_error_title (int space, int code);
HTTPSTATUS_API const char *httpstatus_error_description (int space,
                                                         int code);

/* The same by language name, with no locale, in UTF-8, exactly as
   httpstatus_title_lang: same LANG, same fallbacks, an array index
   after the language's first use.  */
HTTPSTATUS_API const char *httpstatus_error_title_lang (int space, int code,
                                                        const char *lang);
HTTPSTATUS_API const char *httpstatus_error_description_lang (int space,
                                                              int code,
                                                              const char *lang);

/* The texts copied into BUF, with httpstatus_title_r's rules (returns
   0, ERANGE or EINVAL; whole characters only).  For a number missing
   from the table the description names the library and the number:
   "libcurl error 99: an error that this program does not know..."
   ("WinINet error 12999: ...", "WinHTTP error ...", and for an unknown
   space "Error 5 of a library this program does not know..."),
   localized; the title is httpstatus_error_title's.  */
HTTPSTATUS_API int httpstatus_error_title_r (int space, int code, char *buf,
                                             size_t size);
HTTPSTATUS_API int httpstatus_error_description_r (int space, int code,
                                                   char *buf, size_t size);

/* The number of a constant's name, in any ASCII case
   ("CURLE_OPERATION_TIMEDOUT" and "curle_operation_timedout" give 28,
   with *SPACE set to HTTPSTATUS_ERRORS_CURL; "ERROR_INTERNET_TIMEOUT"
   12002 and HTTPSTATUS_ERRORS_WININET).  The name is the whole
   constant, prefix included.  Returns -1, and sets *SPACE to 0, for
   NULL, an unknown name and a status name ("NOT_FOUND"); SPACE may be
   NULL.  Reads at most 65 bytes of NAME.  */
HTTPSTATUS_API int httpstatus_error_from_name (const char *name, int *space);

/* Which call for which job:
   - a dialog or message in the user's language: httpstatus_title and
     httpstatus_description, after the application's setlocale;
   - a language per request (a server answering Accept-Language), a
     program that must not depend on the system's locales, Windows:
     httpstatus_negotiate, then the _lang calls and httpstatus_lang_tag;
   - a zh_TW dialog beside an English log in one program, with locales
     installed: the _lang calls, or the _l calls with a locale_t from
     newlocale, one per language, kept for reuse;
   - English for logs and the wire: httpstatus_reason (never
     translated), or the _l calls with a C locale for the English title
     and description;
   - a fixed buffer, or text to keep after the catalogs may change: the
     _r calls;
   - a transfer that failed before any status (libcurl's CURLcode,
     WinINet's or WinHTTP's GetLastError): the httpstatus_error_ calls,
     the same ways.  */

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
