/* check_table.c: every code's name, reason, title, description and
   origin in English (C locale), the fallbacks for codes missing from the
   table, classes, and the walk with httpstatus_next.  Expected texts come from
   tests/fixtures/codes.tsv and en.tsv, never from the library.  */

#include <config.h>

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "testutil.h"

/* One test per fixture row (a loop test: _i is the row).  */
START_TEST (every_code_in_english)
{
  const struct fixture_code *row = &fixture_codes (NULL)[_i];
  const struct fixture_text *en = &fixture_english ()->code[_i];
  int code = row->code;
  ck_assert_pstr_eq (httpstatus_name (code), row->constant);
  ck_assert_str_eq (httpstatus_reason (code), row->reason);
  ck_assert_str_eq (httpstatus_title (code), en->title);
  ck_assert_str_eq (httpstatus_description (code), en->description);
  ck_assert_int_eq (httpstatus_origin (code), row->origin);
  ck_assert_int_eq (httpstatus_class (code), code / 100);
}
END_TEST

START_TEST (header_constants_are_wininet_values)
{
  /* Wininet.h's values, written out here as data.  */
  ck_assert_int_eq (HTTP_STATUS_CONTINUE, 100);
  ck_assert_int_eq (HTTP_STATUS_SWITCH_PROTOCOLS, 101);
  ck_assert_int_eq (HTTP_STATUS_OK, 200);
  ck_assert_int_eq (HTTP_STATUS_CREATED, 201);
  ck_assert_int_eq (HTTP_STATUS_ACCEPTED, 202);
  ck_assert_int_eq (HTTP_STATUS_PARTIAL, 203);
  ck_assert_int_eq (HTTP_STATUS_NO_CONTENT, 204);
  ck_assert_int_eq (HTTP_STATUS_RESET_CONTENT, 205);
  ck_assert_int_eq (HTTP_STATUS_PARTIAL_CONTENT, 206);
  ck_assert_int_eq (HTTP_STATUS_AMBIGUOUS, 300);
  ck_assert_int_eq (HTTP_STATUS_MOVED, 301);
  ck_assert_int_eq (HTTP_STATUS_REDIRECT, 302);
  ck_assert_int_eq (HTTP_STATUS_REDIRECT_METHOD, 303);
  ck_assert_int_eq (HTTP_STATUS_NOT_MODIFIED, 304);
  ck_assert_int_eq (HTTP_STATUS_USE_PROXY, 305);
  ck_assert_int_eq (HTTP_STATUS_REDIRECT_KEEP_VERB, 307);
  ck_assert_int_eq (HTTP_STATUS_BAD_REQUEST, 400);
  ck_assert_int_eq (HTTP_STATUS_DENIED, 401);
  ck_assert_int_eq (HTTP_STATUS_PAYMENT_REQ, 402);
  ck_assert_int_eq (HTTP_STATUS_FORBIDDEN, 403);
  ck_assert_int_eq (HTTP_STATUS_NOT_FOUND, 404);
  ck_assert_int_eq (HTTP_STATUS_BAD_METHOD, 405);
  ck_assert_int_eq (HTTP_STATUS_NONE_ACCEPTABLE, 406);
  ck_assert_int_eq (HTTP_STATUS_PROXY_AUTH_REQ, 407);
  ck_assert_int_eq (HTTP_STATUS_REQUEST_TIMEOUT, 408);
  ck_assert_int_eq (HTTP_STATUS_CONFLICT, 409);
  ck_assert_int_eq (HTTP_STATUS_GONE, 410);
  ck_assert_int_eq (HTTP_STATUS_LENGTH_REQUIRED, 411);
  ck_assert_int_eq (HTTP_STATUS_PRECOND_FAILED, 412);
  ck_assert_int_eq (HTTP_STATUS_REQUEST_TOO_LARGE, 413);
  ck_assert_int_eq (HTTP_STATUS_URI_TOO_LONG, 414);
  ck_assert_int_eq (HTTP_STATUS_UNSUPPORTED_MEDIA, 415);
  ck_assert_int_eq (HTTP_STATUS_RETRY_WITH, 449);
  ck_assert_int_eq (HTTP_STATUS_SERVER_ERROR, 500);
  ck_assert_int_eq (HTTP_STATUS_NOT_SUPPORTED, 501);
  ck_assert_int_eq (HTTP_STATUS_BAD_GATEWAY, 502);
  ck_assert_int_eq (HTTP_STATUS_SERVICE_UNAVAIL, 503);
  ck_assert_int_eq (HTTP_STATUS_GATEWAY_TIMEOUT, 504);
  ck_assert_int_eq (HTTP_STATUS_VERSION_NOT_SUP, 505);
  /* Beyond Wininet.h: WinHTTP's names, then reason-derived ones.  */
  ck_assert_int_eq (HTTP_STATUS_WEBDAV_MULTI_STATUS, 207);
  ck_assert_int_eq (HTTP_STATUS_PERMANENT_REDIRECT, 308);
  ck_assert_int_eq (HTTP_STATUS_PROCESSING, 102);
  ck_assert_int_eq (HTTP_STATUS_EARLY_HINTS, 103);
  ck_assert_int_eq (HTTP_STATUS_ALREADY_REPORTED, 208);
  ck_assert_int_eq (HTTP_STATUS_IM_USED, 226);
  ck_assert_int_eq (HTTP_STATUS_RANGE_NOT_SATISFIABLE, 416);
  ck_assert_int_eq (HTTP_STATUS_EXPECTATION_FAILED, 417);
  ck_assert_int_eq (HTTP_STATUS_IM_A_TEAPOT, 418);
  ck_assert_int_eq (HTTP_STATUS_MISDIRECTED_REQUEST, 421);
  ck_assert_int_eq (HTTP_STATUS_UNPROCESSABLE_CONTENT, 422);
  ck_assert_int_eq (HTTP_STATUS_LOCKED, 423);
  ck_assert_int_eq (HTTP_STATUS_FAILED_DEPENDENCY, 424);
  ck_assert_int_eq (HTTP_STATUS_TOO_EARLY, 425);
  ck_assert_int_eq (HTTP_STATUS_UPGRADE_REQUIRED, 426);
  ck_assert_int_eq (HTTP_STATUS_PRECONDITION_REQUIRED, 428);
  ck_assert_int_eq (HTTP_STATUS_TOO_MANY_REQUESTS, 429);
  ck_assert_int_eq (HTTP_STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE, 431);
  ck_assert_int_eq (HTTP_STATUS_UNAVAILABLE_FOR_LEGAL_REASONS, 451);
  ck_assert_int_eq (HTTP_STATUS_VARIANT_ALSO_NEGOTIATES, 506);
  ck_assert_int_eq (HTTP_STATUS_INSUFFICIENT_STORAGE, 507);
  ck_assert_int_eq (HTTP_STATUS_LOOP_DETECTED, 508);
  ck_assert_int_eq (HTTP_STATUS_NOT_EXTENDED, 510);
  ck_assert_int_eq (HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED, 511);
  /* Wininet.h's first and last stay Wininet.h's.  */
  ck_assert_int_eq (HTTP_STATUS_FIRST, HTTP_STATUS_CONTINUE);
  ck_assert_int_eq (HTTP_STATUS_LAST, 505);
}
END_TEST

START_TEST (next_walks_the_table_in_order)
{
  int n;
  const struct fixture_code *rows = fixture_codes (&n);
  int i = 0;
  for (int c = httpstatus_next (-1); c != -1; c = httpstatus_next (c))
    {
      ck_assert_int_lt (i, n);
      ck_assert_int_eq (c, rows[i].code);
      i++;
    }
  ck_assert_int_eq (i, n);
  ck_assert_int_eq (httpstatus_next (INT_MIN), HTTPSTATUS_CODE_MIN);
  ck_assert_int_eq (httpstatus_next (0), HTTPSTATUS_CODE_MIN);
  ck_assert_int_eq (httpstatus_next (HTTP_STATUS_CONTINUE), 101);
  ck_assert_int_eq (httpstatus_next (103), 200);
  ck_assert_int_eq (httpstatus_next (226), 300);
  ck_assert_int_eq (httpstatus_next (306), 307);
  ck_assert_int_eq (httpstatus_next (431), 440);
  ck_assert_int_eq (httpstatus_next (449), 450);
  ck_assert_int_eq (httpstatus_next (508), 509);
  ck_assert_int_eq (httpstatus_next (511), 520);
  ck_assert_int_eq (httpstatus_next (598), 599);
  ck_assert_int_eq (httpstatus_next (599), -1);
  ck_assert_int_eq (httpstatus_next (HTTPSTATUS_CODE_MAX), -1);
  ck_assert_int_eq (httpstatus_next (INT_MAX), -1);
}
END_TEST

/* Exactly the codes of the fixture are known, among all of -1000..1000
   and the extremes.  */
START_TEST (only_fixture_codes_are_known)
{
  int n;
  const struct fixture_code *rows = fixture_codes (&n);
  int known = 0;
  for (int c = -1000; c <= 1000; c++)
    if (httpstatus_name (c) != NULL)
      {
        int listed = 0;
        for (int i = 0; i < n; i++)
          listed |= rows[i].code == c;
        ck_assert_msg (listed, "%d is known but not in the fixture", c);
        known++;
      }
  ck_assert_int_eq (known, n);
  ck_assert_ptr_null (httpstatus_name (INT_MIN));
  ck_assert_ptr_null (httpstatus_name (INT_MAX));
}
END_TEST

/* An unknown code in HTTPSTATUS_CODE_MIN..HTTPSTATUS_CODE_MAX answers with its class (RFC 9110 section
   15), anything else with the generic text; never NULL.  */
static void
assert_fallback (int code, const char *reason, const char *title,
                 const char *description)
{
  ck_assert_ptr_null (httpstatus_name (code));
  ck_assert_str_eq (httpstatus_reason (code), reason);
  ck_assert_str_eq (httpstatus_title (code), title);
  ck_assert_str_eq (httpstatus_description (code), description);
}

START_TEST (unknown_codes)
{
  const struct fixture_lang *en = fixture_english ();
  static const int outside[] = { -1, 0, HTTPSTATUS_CODE_MIN - 1,
                                 HTTPSTATUS_CODE_MAX + 1, 1000, -404,
                                 INT_MIN, INT_MAX };
  for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++)
    assert_fallback (outside[i], "Unknown Status Code",
                     en->class_text[0].title, en->class_text[0].description);
  /* The wire reasons of the classes, as RFC 9110 section 15 names them.  */
  static const char *const reasons[6] = {
    NULL, "Informational", "Successful", "Redirection", "Client Error",
    "Server Error"
  };
  for (int cls = 1; cls <= 5; cls++)
    assert_fallback (fixture_unknown_code (cls), reasons[cls],
                     en->class_text[cls].title,
                     en->class_text[cls].description);
}
END_TEST

/* The Wininet table is exactly the 39 codes of Wininet.h; the registry
   adds 24, of which only 418 is unregistered and only 449 is Wininet's
   alone; the vendors' codes are none of these.  */
START_TEST (origins)
{
  int n, wininet = 0, iana = 0;
  const struct fixture_code *rows = fixture_codes (&n);
  for (int i = 0; i < n; i++)
    {
      wininet += (httpstatus_origin (rows[i].code) & HTTPSTATUS_ORIGIN_WININET) != 0;
      iana += (httpstatus_origin (rows[i].code) & HTTPSTATUS_ORIGIN_IANA) != 0;
    }
  ck_assert_int_eq (wininet, 39);
  ck_assert_int_eq (iana, 61);
  ck_assert_int_eq (httpstatus_origin (499), HTTPSTATUS_ORIGIN_VENDOR);
  ck_assert_int_eq (httpstatus_origin (404),
                    HTTPSTATUS_ORIGIN_WININET | HTTPSTATUS_ORIGIN_IANA);
  ck_assert_int_eq (httpstatus_origin (429), HTTPSTATUS_ORIGIN_IANA);
  ck_assert_int_eq (httpstatus_origin (418), HTTPSTATUS_ORIGIN_COMMON);
  ck_assert_int_eq (httpstatus_origin (449), HTTPSTATUS_ORIGIN_WININET);
  ck_assert_int_eq (httpstatus_origin (306), 0);
  ck_assert_int_eq (httpstatus_origin (-1), 0);
  ck_assert_int_eq (httpstatus_origin (INT_MIN), 0);
}
END_TEST

/* The vendors' ids as the header defines them, by their fixture key:
   data of this test, not read from codes.def.  */
static const struct { const char *key; int id; } vendor_ids[] = {
  { "nginx", HTTPSTATUS_VENDOR_NGINX }, { "cloudflare", HTTPSTATUS_VENDOR_CLOUDFLARE },
  { "aws-elb", HTTPSTATUS_VENDOR_AWS_ELB }, { "iis", HTTPSTATUS_VENDOR_IIS },
  { "apache", HTTPSTATUS_VENDOR_APACHE }, { "laravel", HTTPSTATUS_VENDOR_LARAVEL },
  { "spring", HTTPSTATUS_VENDOR_SPRING }, { "shopify", HTTPSTATUS_VENDOR_SHOPIFY },
  { "esri", HTTPSTATUS_VENDOR_ESRI }, { "qualys", HTTPSTATUS_VENDOR_QUALYS },
};
#define N_VENDORS (sizeof vendor_ids / sizeof vendor_ids[0])

static int
vendor_id (const char *key)
{
  for (size_t i = 0; i < N_VENDORS; i++)
    if (strcmp (vendor_ids[i].key, key) == 0)
      return vendor_ids[i].id;
  ck_abort_msg ("vendors.tsv: no vendor %s in this test", key);
  return -1;
}

/* Every code's vendor: the fixture's, or none; a code has one exactly
   when its origin is HTTPSTATUS_ORIGIN_VENDOR, and never IANA's.  */
START_TEST (vendor_of_every_code)
{
  const struct fixture_code *row = &fixture_codes (NULL)[_i];
  const char *key = fixture_vendor (row->code);
  int vendor = httpstatus_vendor (row->code);
  if (key == NULL)
    {
      ck_assert_int_eq (vendor, HTTPSTATUS_VENDOR_NONE);
      ck_assert_int_eq (row->origin & HTTPSTATUS_ORIGIN_VENDOR, 0);
      return;
    }
  ck_assert_int_eq (vendor, vendor_id (key));
  ck_assert_int_eq (row->origin, HTTPSTATUS_ORIGIN_VENDOR);
  ck_assert_int_eq (httpstatus_origin (row->code) & HTTPSTATUS_ORIGIN_IANA, 0);
  char extra[64];
  snprintf (extra, sizeof extra, "vendor:%s", key);
  const char *name = fixture_extra (fixture_english (), extra);
  ck_assert_msg (name != NULL, "en.tsv has no row %s", extra);
  ck_assert_str_eq (httpstatus_vendor_name (vendor), name);
  ck_assert_str_eq (httpstatus_vendor_title (vendor), name);
}
END_TEST

/* The ids are 1..N without a gap, so a caller can walk them; 0 and
   every other int have no name, and an int of no code no vendor.  */
START_TEST (vendor_ids_and_names)
{
  ck_assert_int_eq (HTTPSTATUS_VENDOR_NONE, 0);
  for (size_t i = 0; i < N_VENDORS; i++)
    ck_assert_int_eq (vendor_ids[i].id, (int) i + 1);
  int walked = 0;
  for (int v = 1; httpstatus_vendor_name (v) != NULL; v++)
    walked++;
  ck_assert_int_eq (walked, N_VENDORS);
  static const int none[] = { INT_MIN, -1, 0, N_VENDORS + 1, 255, 256, INT_MAX };
  for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
    {
      ck_assert_ptr_null (httpstatus_vendor_name (none[i]));
      ck_assert_ptr_null (httpstatus_vendor_title (none[i]));
    }
  static const int codes[] = { INT_MIN, -1, 0, HTTPSTATUS_CODE_MIN - 1, 404,
                               418, 449, 451, 470, HTTPSTATUS_CODE_MAX + 1,
                               INT_MAX };
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
    ck_assert_int_eq (httpstatus_vendor (codes[i]), HTTPSTATUS_VENDOR_NONE);
  ck_assert_int_eq (httpstatus_vendor (499), HTTPSTATUS_VENDOR_NGINX);
  ck_assert_int_eq (httpstatus_vendor (HTTPSTATUS_CLOUDFLARE_UNKNOWN_ERROR),
                    HTTPSTATUS_VENDOR_CLOUDFLARE);
  ck_assert_str_eq (httpstatus_vendor_name (httpstatus_vendor (561)), "AWS ELB");
  ck_assert_int_eq (httpstatus_origin (599), HTTPSTATUS_ORIGIN_COMMON);
  ck_assert_int_eq (httpstatus_vendor (599), HTTPSTATUS_VENDOR_NONE);
}
END_TEST

/* The vendors' constants are ours, HTTPSTATUS_*, never HTTP_STATUS_*
   (Microsoft's and the registry's), and the registered codes keep the
   meaning the collisions gave them (codes.def).  */
START_TEST (vendor_constants_and_collisions)
{
  ck_assert_int_eq (HTTPSTATUS_NGINX_CLIENT_CLOSED_REQUEST, 499);
  ck_assert_int_eq (HTTPSTATUS_NGINX_NO_RESPONSE, 444);
  ck_assert_int_eq (HTTPSTATUS_AWS_ELB_UNAUTHORIZED, 561);
  ck_assert_int_eq (HTTPSTATUS_IIS_LOGIN_TIME_OUT, 440);
  ck_assert_int_eq (HTTPSTATUS_NETWORK_CONNECT_TIMEOUT, 599);
  int n;
  const struct fixture_code *rows = fixture_codes (&n);
  for (int i = 0; i < n; i++)
    if (rows[i].origin & (HTTPSTATUS_ORIGIN_VENDOR | HTTPSTATUS_ORIGIN_COMMON))
      {
        if (rows[i].code == 418)
          continue;             /* 0.1's constant, kept */
        ck_assert_msg (strncmp (rows[i].constant, "HTTPSTATUS_", 11) == 0,
                       "%s", rows[i].constant);
      }
    else
      ck_assert_msg (strncmp (rows[i].constant, "HTTP_STATUS_", 12) == 0,
                     "%s", rows[i].constant);
  ck_assert_int_eq (httpstatus_vendor (451), HTTPSTATUS_VENDOR_NONE);
  ck_assert_str_eq (httpstatus_reason (451), "Unavailable For Legal Reasons");
  ck_assert_str_eq (httpstatus_reason (420), "Method Failure");
  ck_assert_int_eq (httpstatus_vendor (420), HTTPSTATUS_VENDOR_SPRING);
  ck_assert_int_eq (httpstatus_vendor (530), HTTPSTATUS_VENDOR_CLOUDFLARE);
}
END_TEST

START_TEST (classes)
{
  static const struct { int code, cls; const char *title; } cases[] = {
    { HTTPSTATUS_CODE_MIN, 1, "Informational Response" }, { 199, 1, "Informational Response" },
    { 200, 2, "Successful Response" }, { 299, 2, "Successful Response" },
    { 301, 3, "Redirection" }, { 306, 3, "Redirection" },
    { 404, 4, "Client Error" }, { 499, 4, "Client Error" },
    { 500, 5, "Server Error" },
    { HTTPSTATUS_CODE_MAX, 5, "Server Error" },
    { HTTPSTATUS_CODE_MIN - 1, 0, "Unknown Status Code" },
    { HTTPSTATUS_CODE_MAX + 1, 0, "Unknown Status Code" },
    { 0, 0, "Unknown Status Code" }, { -404, 0, "Unknown Status Code" },
    { INT_MIN, 0, "Unknown Status Code" }, { INT_MAX, 0, "Unknown Status Code" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      ck_assert_int_eq (httpstatus_class (cases[i].code), cases[i].cls);
      ck_assert_str_eq (httpstatus_class_title (cases[i].code), cases[i].title);
    }
}
END_TEST

/* Every int's answer is one of the table's or one of the six fallbacks:
   sampled across the whole range, never NULL, never a crash.  */
START_TEST (any_int_has_an_answer)
{
  for (long long c = INT_MIN; c <= INT_MAX; c += 65537)
    {
      ck_assert_ptr_nonnull (httpstatus_reason ((int) c));
      ck_assert_ptr_nonnull (httpstatus_title ((int) c));
      ck_assert_ptr_nonnull (httpstatus_description ((int) c));
      ck_assert_ptr_nonnull (httpstatus_class_title ((int) c));
      int next = httpstatus_next ((int) c);
      ck_assert (next == -1 || httpstatus_name (next) != NULL);
    }
}
END_TEST

int
main (void)
{
  setlocale (LC_ALL, "C");
  Suite *s = suite_create ("table");
  TCase *tc = tcase_create ("english");
  int rows;
  fixture_codes (&rows);
  tcase_add_loop_test (tc, every_code_in_english, 0, rows);
  ADD (tc, header_constants_are_wininet_values);
  ADD (tc, next_walks_the_table_in_order);
  ADD (tc, only_fixture_codes_are_known);
  ADD (tc, unknown_codes);
  ADD (tc, origins);
  tcase_add_loop_test (tc, vendor_of_every_code, 0, rows);
  ADD (tc, vendor_ids_and_names);
  ADD (tc, vendor_constants_and_collisions);
  ADD (tc, classes);
  ADD (tc, any_int_has_an_answer);
  suite_add_tcase (s, tc);
  return test_run (s);
}
