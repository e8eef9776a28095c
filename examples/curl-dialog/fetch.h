/* fetch.h: one URL fetched with libcurl, away from the main loop.  */

#ifndef HTTPSTATUS_CURL_DIALOG_FETCH_H
#define HTTPSTATUS_CURL_DIALOG_FETCH_H

#include <curl/curl.h>
#include <gio/gio.h>

/* What a fetch ended with: a transport failure (ERROR is not CURLE_OK),
   or the status the server answered.  */
struct fetch_result
{
  char *url;
  long timeout_seconds; /* the whole transfer's limit */
  CURLcode error;
  long status;          /* the last response's status; 0 if none */
};

/* Fetch RESULT->url (following redirects, the body thrown away) in a
   worker thread, fill in RESULT, then call DONE in the main context.
   curl_global_init must have been called.  */
void fetch_start (struct fetch_result *result, GAsyncReadyCallback done,
                  gpointer data);

#endif /* HTTPSTATUS_CURL_DIALOG_FETCH_H */
