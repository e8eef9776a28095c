/* server.c: error pages in the client's language, a libmicrohttpd
   example of httpstatus's calls by language name.

   Every request gets an HTML error page: 404 Not Found for any path,
   or the status NNN for /status/NNN (400..599), in the language its
   Accept-Language header asks for among those the library has
   catalogs for, with that language's tag in Content-Language and in
   <html lang>.  The server never calls setlocale and needs no locale
   of the system: the texts come by language name, so it answers
   zh-TW on a machine that has only the C locale, and LANGUAGE in its
   environment changes nothing.  The request's path is shown on the
   page, HTML-escaped.

     error-pages [--port N] [--port-file FILE]

   listens on 127.0.0.1 port N (default 8080; 0: any free port), writes
   the port it got to FILE once it accepts connections, logs a line per
   request on standard output (status, Content-Language, path), and
   runs until SIGINT or SIGTERM.  TEXTDOMAINDIR, as for the httpstatus command,
   points it at catalogs that are not installed (the build tree's).  */

#include <config.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <microhttpd.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

/* A growing string: the page under construction.  */
struct buf
{
  char *s;
  size_t len, size;
};

static void
add (struct buf *b, const char *s, size_t n)
{
  if (b->s == NULL)
    return;                     /* out of memory earlier */
  if (b->len + n + 1 > b->size)
    {
      size_t size = (b->len + n + 1) * 2;
      char *s2 = realloc (b->s, size);
      if (s2 == NULL)
        {
          free (b->s);
          b->s = NULL;
          return;
        }
      b->s = s2;
      b->size = size;
    }
  memcpy (b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void
add_str (struct buf *b, const char *s)
{
  add (b, s, strlen (s));
}

/* S with &, <, >, " and ' as HTML character references: the path
   comes from the client, and no text may ever be taken for markup.  */
static void
add_html (struct buf *b, const char *s)
{
  for (; *s != '\0'; s++)
    switch (*s)
      {
      case '&': add_str (b, "&amp;"); break;
      case '<': add_str (b, "&lt;"); break;
      case '>': add_str (b, "&gt;"); break;
      case '"': add_str (b, "&quot;"); break;
      case '\'': add_str (b, "&#39;"); break;
      default: add (b, s, 1);
      }
}

/* The status a path asks for: /status/NNN for an error code, else
   404.  */
static int
status_of (const char *url)
{
  static const char prefix[] = "/status/";
  if (strncmp (url, prefix, sizeof prefix - 1) == 0)
    {
      const char *n = url + sizeof prefix - 1;
      if (strlen (n) == 3 && n[0] >= '4' && n[0] <= '5'
          && n[1] >= '0' && n[1] <= '9' && n[2] >= '0' && n[2] <= '9')
        return atoi (n);
    }
  return HTTP_STATUS_NOT_FOUND;
}

static enum MHD_Result
answer (void *cls, struct MHD_Connection *conn, const char *url,
        const char *method, const char *version, const char *upload_data,
        size_t *upload_data_size, void **req_cls)
{
  (void) cls;
  (void) method;
  (void) version;
  (void) upload_data;
  (void) upload_data_size;
  (void) req_cls;

  int status = status_of (url);
  /* The language: the best the catalogs can serve; its name makes the
     _lang calls answer in exactly it, its tag labels the page.  */
  const char *lang = httpstatus_negotiate (
    MHD_lookup_connection_value (conn, MHD_HEADER_KIND,
                                 MHD_HTTP_HEADER_ACCEPT_LANGUAGE));
  const char *tag = httpstatus_lang_tag (lang);
  const char *title = httpstatus_title_lang (status, lang);
  char code[16];
  snprintf (code, sizeof code, "%d", status);

  struct buf page = { malloc (1024), 0, 1024 };
  if (page.s != NULL)
    page.s[0] = '\0';
  add_str (&page, "<!DOCTYPE html>\n<html lang=\"");
  add_html (&page, tag);
  add_str (&page, "\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  add_str (&page, code);
  add_str (&page, " ");
  add_html (&page, title);
  add_str (&page, "</title>\n<style>\n"
           "body { font-family: sans-serif; margin: 3em; color: #222;"
           " background: #fff; }\n"
           "h1 { font-size: 2.5em; }\n"
           "p { font-size: 1.5em; }\n"
           "code { color: #555; }\n"
           "</style>\n</head>\n<body>\n<h1>");
  add_str (&page, code);
  add_str (&page, " ");
  add_html (&page, title);
  add_str (&page, "</h1>\n<p>");
  add_html (&page, httpstatus_description_lang (status, lang));
  add_str (&page, "</p>\n<p><code>");
  add_html (&page, url);
  add_str (&page, "</code></p>\n</body>\n</html>\n");
  if (page.s == NULL)
    return MHD_NO;

  struct MHD_Response *response
    = MHD_create_response_from_buffer (page.len, page.s,
                                       MHD_RESPMEM_MUST_FREE);
  if (response == NULL)
    {
      free (page.s);
      return MHD_NO;
    }
  MHD_add_response_header (response, MHD_HTTP_HEADER_CONTENT_TYPE,
                           "text/html; charset=utf-8");
  MHD_add_response_header (response, MHD_HTTP_HEADER_CONTENT_LANGUAGE, tag);
  /* Caches must keep one page per Accept-Language.  */
  MHD_add_response_header (response, MHD_HTTP_HEADER_VARY,
                           MHD_HTTP_HEADER_ACCEPT_LANGUAGE);
  enum MHD_Result ret = MHD_queue_response (conn, (unsigned int) status,
                                            response);
  MHD_destroy_response (response);

  /* A log line: status, language, path (control bytes as '?', so that
     a request cannot forge lines).  */
  flockfile (stdout);
  printf ("%d %s ", status, tag);
  for (const char *p = url; *p != '\0'; p++)
    putchar ((unsigned char) *p < 0x20 || *p == 0x7f ? '?' : *p);
  putchar ('\n');
  fflush (stdout);
  funlockfile (stdout);
  return ret;
}

static void
usage (void)
{
  fprintf (stderr, "usage: error-pages [--port N] [--port-file FILE]\n");
  exit (2);
}

int
main (int argc, char **argv)
{
  long port = 8080;
  const char *port_file = NULL;
  for (int i = 1; i < argc; i++)
    {
      if (i + 1 == argc)
        usage ();
      if (strcmp (argv[i], "--port") == 0)
        {
          char *end;
          port = strtol (argv[++i], &end, 10);
          if (*end != '\0' || port < 0 || port > 65535)
            usage ();
        }
      else if (strcmp (argv[i], "--port-file") == 0)
        port_file = argv[++i];
      else
        usage ();
    }

#if ENABLE_NLS
  /* As the httpstatus command does: catalogs that are not installed.  */
  const char *dir = getenv ("TEXTDOMAINDIR");
  if (dir != NULL && *dir != '\0')
    bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir);
#endif

  /* SIGINT and SIGTERM are waited for, not handled: blocked before
     libmicrohttpd starts its thread, which inherits the mask.  */
  sigset_t stop;
  sigemptyset (&stop);
  sigaddset (&stop, SIGINT);
  sigaddset (&stop, SIGTERM);
  pthread_sigmask (SIG_BLOCK, &stop, NULL);

  struct sockaddr_in addr;
  memset (&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_port = htons ((uint16_t) port);
  addr.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  struct MHD_Daemon *daemon
    = MHD_start_daemon (MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG,
                        (uint16_t) port, NULL, NULL, answer, NULL,
                        MHD_OPTION_SOCK_ADDR, (struct sockaddr *) &addr,
                        MHD_OPTION_END);
  if (daemon == NULL)
    {
      fprintf (stderr, "error-pages: cannot listen on 127.0.0.1:%ld\n", port);
      return 1;
    }
  const union MHD_DaemonInfo *info
    = MHD_get_daemon_info (daemon, MHD_DAEMON_INFO_BIND_PORT);
  unsigned int bound = info != NULL ? info->port : (unsigned int) port;
  if (port_file != NULL)
    {
      /* Written whole under another name, then renamed: a reader never
         sees half a number.  */
      char tmp[4096];
      snprintf (tmp, sizeof tmp, "%s.tmp", port_file);
      FILE *f = fopen (tmp, "w");
      if (f == NULL || fprintf (f, "%u\n", bound) < 0 || fclose (f) != 0
          || rename (tmp, port_file) != 0)
        {
          perror (port_file);
          MHD_stop_daemon (daemon);
          return 1;
        }
    }
  else
    printf ("error-pages: listening on http://127.0.0.1:%u/\n", bound);
  fflush (stdout);

  int sig;
  sigwait (&stop, &sig);
  MHD_stop_daemon (daemon);
  return 0;
}
