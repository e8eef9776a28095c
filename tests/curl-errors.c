/* curl-errors.c: curl-errors.test's client.  It fetches URL with the
   real libcurl and prints what a program would show for the outcome:

     CURLcode <TAB> httpstatus_error_name <TAB> response code
     LANG <TAB> title <TAB> description        (one line per LANG)

   The texts come from the _lang calls, with the domain bound to the
   build tree's catalogs (DIR), so no locale is needed.
   Usage: curl-errors DIR URL TIMEOUT-MS [LANG...]  */

#include <stdio.h>
#include <stdlib.h>
#include <curl/curl.h>
#include <libintl.h>

#include <httpstatus.h>

/* The body, if any, is not the test's business.  */
static size_t
discard (char *data, size_t size, size_t n, void *user)
{
  (void) data;
  (void) user;
  return size * n;
}

int
main (int argc, char **argv)
{
  if (argc < 4)
    {
      fprintf (stderr, "usage: curl-errors DIR URL TIMEOUT-MS [LANG...]\n");
      return 2;
    }
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, argv[1]);
  curl_global_init (CURL_GLOBAL_DEFAULT);
  CURL *curl = curl_easy_init ();
  if (curl == NULL)
    return 2;
  curl_easy_setopt (curl, CURLOPT_URL, argv[2]);
  curl_easy_setopt (curl, CURLOPT_TIMEOUT_MS, atol (argv[3]));
  curl_easy_setopt (curl, CURLOPT_FAILONERROR, 1L);
  curl_easy_setopt (curl, CURLOPT_NOPROXY, "*");
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, discard);
  CURLcode rc = curl_easy_perform (curl);
  long status = 0;
  curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &status);
  const char *name = httpstatus_error_name (HTTPSTATUS_ERRORS_CURL, (int) rc);
  printf ("%d\t%s\t%ld\n", (int) rc, name != NULL ? name : "(none)", status);
  for (int i = 4; i < argc; i++)
    printf ("%s\t%s\t%s\n", argv[i],
            httpstatus_error_title_lang (HTTPSTATUS_ERRORS_CURL, (int) rc,
                                         argv[i]),
            httpstatus_error_description_lang (HTTPSTATUS_ERRORS_CURL,
                                               (int) rc, argv[i]));
  curl_easy_cleanup (curl);
  curl_global_cleanup ();
  return 0;
}
