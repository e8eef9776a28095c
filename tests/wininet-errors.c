/* wininet-errors.c: a real WinINet failure and its texts, for
   tests/wininet-errors.test (run under Wine).

     wininet-errors PORT TIMEOUT_MS [LANG]...

   Sends GET / to http://127.0.0.1:PORT/ the way a WinINet program does
   (InternetOpen, InternetConnect, HttpOpenRequest, a receive timeout of
   TIMEOUT_MS on the request handle, HttpSendRequest), takes the error
   from GetLastError when the send fails, and prints, UTF-8 with Unix
   line ends:

     code<TAB>NUMBER<TAB>NAME          (NAME: httpstatus_error_name, or -)
     LANG<TAB>TITLE<TAB>DESCRIPTION    (httpstatus_error_*_lang, per LANG)

   NUMBER is 0 when the request did not fail.  The catalogs are read
   from TEXTDOMAINDIR when it is set, as an application binds its own
   (the test points it at the build tree).  Exit status 0 when every
   call returned, 2 on a usage error.  */

#include <config.h>

#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <windows.h>
#include <wininet.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include <httpstatus.h>

/* The request; GetLastError's code when it fails, else 0.  */
static DWORD
request (INTERNET_PORT port, DWORD timeout_ms)
{
  DWORD error = 0;
  HINTERNET net = InternetOpenA ("httpstatus-test",
                                 INTERNET_OPEN_TYPE_DIRECT, NULL, NULL, 0);
  if (net == NULL)
    return GetLastError ();
  HINTERNET conn = InternetConnectA (net, "127.0.0.1", port, NULL, NULL,
                                     INTERNET_SERVICE_HTTP, 0, 0);
  HINTERNET req = conn == NULL ? NULL
    : HttpOpenRequestA (conn, "GET", "/", NULL, NULL, NULL,
                        INTERNET_FLAG_RELOAD | INTERNET_FLAG_NO_CACHE_WRITE,
                        0);
  if (req == NULL)
    error = GetLastError ();
  else if (!InternetSetOptionA (req, INTERNET_OPTION_RECEIVE_TIMEOUT,
                                &timeout_ms, sizeof timeout_ms))
    error = GetLastError ();
  else if (!HttpSendRequestA (req, NULL, 0, NULL, 0))
    error = GetLastError ();
  if (req != NULL)
    InternetCloseHandle (req);
  if (conn != NULL)
    InternetCloseHandle (conn);
  InternetCloseHandle (net);
  return error;
}

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      fprintf (stderr, "usage: %s PORT TIMEOUT_MS [LANG]...\n", argv[0]);
      return 2;
    }
#if ENABLE_NLS
  const char *dir = getenv ("TEXTDOMAINDIR");
  if (dir != NULL && *dir != '\0')
    bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir);
#endif
  /* The texts' bytes as they are: no CR before each LF.  */
  _setmode (_fileno (stdout), _O_BINARY);

  int code = (int) request ((INTERNET_PORT) atoi (argv[1]),
                            (DWORD) strtoul (argv[2], NULL, 10));
  const char *name = httpstatus_error_name (HTTPSTATUS_ERRORS_WININET, code);
  printf ("code\t%d\t%s\n", code, name != NULL ? name : "-");
  for (int i = 3; i < argc; i++)
    printf ("%s\t%s\t%s\n", argv[i],
            httpstatus_error_title_lang (HTTPSTATUS_ERRORS_WININET, code,
                                         argv[i]),
            httpstatus_error_description_lang (HTTPSTATUS_ERRORS_WININET,
                                               code, argv[i]));
  return fflush (stdout) == 0 ? 0 : 1;
}
