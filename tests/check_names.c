/* check_names.c: httpstatus_from_name for every constant, short and
   lower-case names, and strings that name nothing.  */

#include <config.h>

#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if HS_WINDOWS
# include <windows.h>
#else
# include <sys/mman.h>
# include <unistd.h>
#endif

#include <httpstatus.h>

#include "testutil.h"

/* A Turkish locale, whose case rules (dotless i) the name lookups must
   ignore: glibc's name, or Windows'.  */
#if HS_WINDOWS
# define TURKISH_LOCALE "Turkish_Turkey.1254"
#else
# define TURKISH_LOCALE "tr_TR.UTF-8"
#endif

/* Both prefixes are accepted before any name: Microsoft's, which the
   registered codes' constants have, and ours, which the vendors' have.  */
static const char *const prefixes[] = { "HTTP_STATUS_", "HTTPSTATUS_" };

/* NAME with every ASCII letter lowered (MODE 0), or with every other
   letter lowered (MODE 1).  */
static char *
recase (const char *name, int mode)
{
  char *s = strdup (name);
  for (size_t i = 0; s[i] != '\0'; i++)
    if (mode == 0 || i % 2 == 1)
      s[i] = (char) tolower ((unsigned char) s[i]);
  return s;
}

/* NAME (without the prefix) gives CODE with and without either prefix,
   in three cases: as written, all lower, every other letter lowered.  */
static void
assert_name_gives (const char *name, int code)
{
  ck_assert_int_eq (httpstatus_from_name (name), code);
  for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++)
    {
      char full[128];
      snprintf (full, sizeof full, "%s%s", prefixes[p], name);
      ck_assert_int_eq (httpstatus_from_name (full), code);
      for (int mode = 0; mode < 2; mode++)
        {
          char *a = recase (full, mode), *b = recase (name, mode);
          ck_assert_int_eq (httpstatus_from_name (a), code);
          ck_assert_int_eq (httpstatus_from_name (b), code);
          free (a);
          free (b);
        }
    }
}

/* One test per fixture row (a loop test: _i is the row).  */
START_TEST (every_constant_and_its_short_name)
{
  const struct fixture_code *row = &fixture_codes (NULL)[_i];
  size_t p = strncmp (row->constant, "HTTPSTATUS_", 11) == 0;
  ck_assert_int_eq (strncmp (row->constant, prefixes[p],
                             strlen (prefixes[p])), 0);
  assert_name_gives (row->constant + strlen (prefixes[p]), row->code);
}
END_TEST

/* Every reason phrase spelled as a constant, and every older name, the
   same way.  */
START_TEST (every_other_name)
{
  const struct fixture_name *row = &fixture_names (NULL)[_i];
  assert_name_gives (row->name, row->code);
  /* The primary constant stays what httpstatus_name gives.  */
  ck_assert_ptr_nonnull (httpstatus_name (row->code));
}
END_TEST

START_TEST (examples)
{
  ck_assert_int_eq (httpstatus_from_name ("HTTP_STATUS_NOT_FOUND"), 404);
  ck_assert_int_eq (httpstatus_from_name ("NOT_FOUND"), 404);
  ck_assert_int_eq (httpstatus_from_name ("not_found"), 404);
  ck_assert_int_eq (httpstatus_from_name ("http_status_Not_Found"), 404);
  ck_assert_int_eq (httpstatus_from_name ("ok"), 200);
  ck_assert_int_eq (httpstatus_from_name ("Http_Status_Ok"), 200);
  ck_assert_int_eq (httpstatus_from_name ("VERSION_NOT_SUP"), 505);
  ck_assert_int_eq (httpstatus_from_name ("INTERNAL_SERVER_ERROR"), 500);
  ck_assert_int_eq (httpstatus_from_name ("method_not_allowed"), 405);
  ck_assert_int_eq (httpstatus_from_name ("HTTP_STATUS_UNAUTHORIZED"), 401);
  ck_assert_int_eq (httpstatus_from_name ("payload_too_large"), 413);
  ck_assert_int_eq (httpstatus_from_name ("IM_A_TEAPOT"), 418);
  ck_assert_int_eq (httpstatus_from_name ("TOO_MANY_REQUESTS"), 429);
  ck_assert_str_eq (httpstatus_name (httpstatus_from_name ("UNAUTHORIZED")),
                    "HTTP_STATUS_DENIED");
  ck_assert_str_eq (httpstatus_name (httpstatus_from_name ("request_entity_too_large")),
                    "HTTP_STATUS_REQUEST_TOO_LARGE");
  /* The vendors' codes: their constants, with either prefix, and their
     reasons.  */
  ck_assert_int_eq (httpstatus_from_name ("HTTPSTATUS_NGINX_CLIENT_CLOSED_REQUEST"), 499);
  ck_assert_int_eq (httpstatus_from_name ("nginx_client_closed_request"), 499);
  ck_assert_int_eq (httpstatus_from_name ("CLIENT_CLOSED_REQUEST"), 499);
  ck_assert_int_eq (httpstatus_from_name ("http_status_client_closed_request"), 499);
  ck_assert_int_eq (httpstatus_from_name ("HttpStatus_Cloudflare_Web_Server_Is_Down"), 521);
  ck_assert_int_eq (httpstatus_from_name ("WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR"), 520);
  ck_assert_int_eq (httpstatus_from_name ("LOGIN_TIME_OUT"), 440);
  ck_assert_int_eq (httpstatus_from_name ("page_expired"), 419);
  ck_assert_int_eq (httpstatus_from_name ("HTTPSTATUS_NOT_FOUND"), 404);
  /* A vendor's reason that a registered code has names the registered
     code: "Unauthorized" is 401's, AWS's 561 answers to its constant.  */
  ck_assert_int_eq (httpstatus_from_name ("unauthorized"), 401);
  ck_assert_int_eq (httpstatus_from_name ("AWS_ELB_UNAUTHORIZED"), 561);
  ck_assert_str_eq (httpstatus_name (499), "HTTPSTATUS_NGINX_CLIENT_CLOSED_REQUEST");
}
END_TEST

START_TEST (names_of_nothing)
{
  static const char *const bad[] = {
    "", "HTTP_STATUS_", "http_status_", "HTTP_STATUS", "HTTP_", "_",
    "NOT_FOUNDX", "NOT_FOUND ", " NOT_FOUND", "NOT_FOUND\n", "NOT FOUND",
    "NOT-FOUND", "NOT_FOUN", "HTTP_STATUS_NOT_FOUND_", "XHTTP_STATUS_NOT_FOUND",
    "HTTP_STATUS_HTTP_STATUS_NOT_FOUND", "404", "FIRST", "LAST",
    "HTTP_STATUS_FIRST", "HTTP_STATUS_LAST", "\xff\xfe", "N\xc3\x96T_FOUND",
    "NOT_FOUND\xc0\x80", "\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0",
    "OK\x80", "INTERNAL SERVER ERROR", "Internal Server Error",
    "NON-AUTHORITATIVE_INFORMATION", "I'M_A_TEAPOT", "IM_A_TEAPOT'",
    "HTTP_STATUS_INTERNAL SERVER_ERROR", "MULTI-STATUS", "TEAPOT",
    "Client Error", "CLIENT_ERROR", "UNKNOWN_STATUS_CODE",
    /* Our prefix, and the header's own macros, are no names.  */
    "HTTPSTATUS_", "httpstatus_", "HTTPSTATUS", "HTTPSTATUSNOT_FOUND",
    "HTTPSTATUS_HTTPSTATUS_NOT_FOUND", "HTTP_STATUS_HTTPSTATUS_NOT_FOUND",
    "HTTPSTATUS_VENDOR_NGINX", "VENDOR_NGINX", "HTTPSTATUS_ORIGIN_IANA",
    "HTTPSTATUS_CODE_MIN", "CODE_MAX", "HTTPSTATUS_API",
    /* The meanings a collision lost are not the table's.  */
    "TOKEN_REQUIRED", "ENHANCE_YOUR_CALM", "SITE_FROZEN",
    /* Bytes one bit from a prefix's or a name's: only a letter's case
       bit folds.  */
    "HTTP\x7fSTATUS_NOT_FOUND", "HTTP_STATUS\x7fNOT_FOUND",
    "HTTPSTATUS\x7fNOT_FOUND", "HTTP_STATUS_NOT\x7f" "FOUND",
    "NOT`FOUND", "NOT\x7f" "FOUND", "N\xefT_FOUND", "N\xcfT_FOUND",
    "NOT_FOUN\xc4", "NGINX_CLIENT_CLOSED_REQUES\xd4", "O\xcb", "\xefK",
    "INTERNAL_SERVER_ERRO\x12", "INTERNAL_SERVER_ERROr\x01",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ck_assert_msg (httpstatus_from_name (bad[i]) == -1, "\"%s\" named a code",
                   bad[i]);
  ck_assert_int_eq (httpstatus_from_name (NULL), -1);
}
END_TEST

/* A megabyte of text, starting with a valid name or not, names
   nothing.  */
START_TEST (megabyte_strings)
{
  size_t size = 1 << 20;
  char *s = malloc (size + 1);
  memset (s, 'A', size);
  s[size] = '\0';
  ck_assert_int_eq (httpstatus_from_name (s), -1);
  memcpy (s, "NOT_FOUND", 9);
  ck_assert_int_eq (httpstatus_from_name (s), -1);
  memcpy (s, "HTTP_STATUS_NOT_FOUND", 21);
  ck_assert_int_eq (httpstatus_from_name (s), -1);
  memset (s, '\xff', size);
  ck_assert_int_eq (httpstatus_from_name (s), -1);
  free (s);
}
END_TEST

/* Case folding is ASCII's, not the locale's: in a Turkish locale
   toupper ('i') is not 'I', and "ok", "switch_protocols" must still be
   found.  */
START_TEST (case_folding_is_ascii)
{
  ck_assert_ptr_nonnull (setlocale (LC_ALL, TURKISH_LOCALE));
#if !HS_WINDOWS
  /* The trap is set: glibc's Turkish 'i' does not fold to 'I'.  (Windows'
     C library folds single bytes by the code page alone.)  */
  ck_assert_int_ne (toupper ('i'), 'I');
#endif
  ck_assert_int_eq (httpstatus_from_name ("switch_protocols"), 101);
  ck_assert_int_eq (httpstatus_from_name ("precond_failed"), 412);
  ck_assert_int_eq (httpstatus_from_name ("http_status_precond_failed"), 412);
  ck_assert_int_eq (httpstatus_from_name ("im_a_teapot"), 418);
  ck_assert_int_eq (httpstatus_from_name ("precond_fa\xc4\xb1led"), -1); /* ı */
  ck_assert_int_eq (httpstatus_from_name ("PRECOND_FA\xc4\xb0LED"), -1); /* İ */
  setlocale (LC_ALL, "C");
}
END_TEST

/* The read bound: a name of more than 65 bytes with no NUL, ending just
   before an unreadable page, is rejected without touching the page (a
   read past the bound would be a SIGSEGV, which fails the test).  */
/* Two pages, the second unreadable: a name that ends right before it
   is read, one byte more would fault.  */
static char *
guarded_pages (size_t *page)
{
#if HS_WINDOWS
  SYSTEM_INFO info;
  GetSystemInfo (&info);
  *page = info.dwPageSize;
  char *map = VirtualAlloc (NULL, *page * 2, MEM_RESERVE | MEM_COMMIT,
                            PAGE_READWRITE);
  DWORD old;
  ck_assert_ptr_nonnull (map);
  ck_assert (VirtualProtect (map + *page, *page, PAGE_NOACCESS, &old));
#else
  *page = (size_t) sysconf (_SC_PAGESIZE);
  char *map = mmap (NULL, *page * 2, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ck_assert_ptr_ne (map, MAP_FAILED);
  ck_assert_int_eq (mprotect (map + *page, *page, PROT_NONE), 0);
#endif
  return map;
}

static void
free_pages (char *map, size_t page)
{
#if HS_WINDOWS
  (void) page;
  VirtualFree (map, 0, MEM_RELEASE);
#else
  munmap (map, page * 2);
#endif
}

START_TEST (reads_at_most_65_bytes)
{
  size_t page;
  char *map = guarded_pages (&page);
  for (size_t n = 65; n <= 80; n++)
    {
      char *s = map + page - n;
      memset (s, 'A', n);
      memcpy (s, "HTTP_STATUS_NOT_FOUND", 21);
      ck_assert_int_eq (httpstatus_from_name (s), -1);
    }
  free_pages (map, page);
}
END_TEST

int
main (void)
{
  test_require_locale (TURKISH_LOCALE);
  setlocale (LC_ALL, "C");
  Suite *s = suite_create ("names");
  TCase *tc = tcase_create ("from_name");
  int rows;
  fixture_codes (&rows);
  tcase_add_loop_test (tc, every_constant_and_its_short_name, 0, rows);
  int names;
  fixture_names (&names);
  tcase_add_loop_test (tc, every_other_name, 0, names);
  ADD (tc, examples);
  ADD (tc, names_of_nothing);
  ADD (tc, megabyte_strings);
  ADD (tc, case_folding_is_ascii);
  ADD (tc, reads_at_most_65_bytes);
  suite_add_tcase (s, tc);
  return test_run (s);
}
