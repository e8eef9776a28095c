/* fetch.c: one URL fetched with libcurl in a worker thread (GTask), so
   that a window stays responsive while the network is slow: the way a
   GTK application fetches.  Only the result crosses back to the main
   thread; the library's texts are looked up there.  */

#include "fetch.h"

/* The body is not shown: a dialog needs only how the transfer ended.  */
static size_t
discard (char *data, size_t size, size_t n, void *user)
{
  (void) data;
  (void) user;
  return size * n;
}

static void
fetch_in_thread (GTask *task, gpointer source, gpointer data,
                 GCancellable *cancellable)
{
  (void) source;
  (void) cancellable;
  struct fetch_result *result = data;
  CURL *curl = curl_easy_init ();
  if (curl == NULL)
    {
      result->error = CURLE_FAILED_INIT;
      g_task_return_boolean (task, TRUE);
      return;
    }
  curl_easy_setopt (curl, CURLOPT_URL, result->url);
  curl_easy_setopt (curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt (curl, CURLOPT_MAXREDIRS, 10L);
  curl_easy_setopt (curl, CURLOPT_TIMEOUT, result->timeout_seconds);
  /* No signals: libcurl runs in a thread of a GTK program.  */
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, discard);
  curl_easy_setopt (curl, CURLOPT_USERAGENT, "httpstatus-curl-dialog");
  result->error = curl_easy_perform (curl);
  curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &result->status);
  curl_easy_cleanup (curl);
  g_task_return_boolean (task, TRUE);
}

void
fetch_start (struct fetch_result *result, GAsyncReadyCallback done,
             gpointer data)
{
  GTask *task = g_task_new (NULL, NULL, done, data);
  g_task_set_task_data (task, result, NULL);
  g_task_run_in_thread (task, fetch_in_thread);
  g_object_unref (task);
}
