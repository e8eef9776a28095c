/* win32-dialog: the message a WinINet program shows when a request
   fails, in the user's language, whichever way it fails: the status
   code from HttpQueryInfo (HTTP_QUERY_STATUS_CODE), or, when no answer
   came, the error GetLastError gives (ERROR_INTERNET_CANNOT_CONNECT...),
   becomes a MessageBoxW with the localized title as its caption and the
   description as its text.

     httpstatus-win32-dialog [--self-test[=FILE.bmp]]
       [--expect-title=TEXT] [--expect-description=TEXT] CODE|NAME|URL

   A URL (http://, https://) is fetched with InternetOpenUrl, as a
   WinINet program fetches; a code or a name is shown as if a request
   had answered it.

   The library finds its catalogs beside its DLL (..\share\locale), and
   the language comes from the environment or the Windows locale, as
   libintl reads them: the program binds nothing.

   --self-test (for tests/win32-dialog.test) reads the texts back from
   the dialog once it is up, compares them with the --expect-* texts
   (UTF-8), prints "ok - ..." or "not ok - ..." lines, saves the dialog
   as a BMP picture if asked, and closes it; the exit status is 0 when
   every check passed.  */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>
#include <wininet.h>

#include <httpstatus.h>

/* UTF-8 to a new wide string (the library's texts are UTF-8 on
   Windows).  */
static wchar_t *
wide (const char *s)
{
  int n = MultiByteToWideChar (CP_UTF8, 0, s, -1, NULL, 0);
  wchar_t *w = calloc (n > 0 ? (size_t) n : 1, sizeof *w);
  if (w != NULL && n > 0)
    MultiByteToWideChar (CP_UTF8, 0, s, -1, w, n);
  return w;
}

struct self_test
{
  const wchar_t *caption, *text;     /* what the dialog was given */
  wchar_t *expect_title, *expect_description;
  const char *picture;               /* BMP file, or NULL */
  int failed;
};

static void
check (struct self_test *t, int ok, const char *what)
{
  printf ("%s - %s\n", ok ? "ok" : "not ok", what);
  fflush (stdout);
  t->failed |= !ok;
}

/* The window's pixels as a 24-bit BMP file.  */
static int
save_bmp (HWND hwnd, const char *file)
{
  RECT r;
  if (!GetWindowRect (hwnd, &r))
    return 0;
  int w = r.right - r.left, h = r.bottom - r.top;
  HDC screen = GetDC (NULL), mem = CreateCompatibleDC (screen);
  HBITMAP bmp = CreateCompatibleBitmap (screen, w, h);
  HGDIOBJ old = SelectObject (mem, bmp);
  BitBlt (mem, 0, 0, w, h, screen, r.left, r.top, SRCCOPY);
  SelectObject (mem, old);
  BITMAPINFOHEADER bi = { sizeof bi, w, h, 1, 24, BI_RGB, 0, 0, 0, 0, 0 };
  DWORD row = ((DWORD) w * 3 + 3) & ~3u, size = row * (DWORD) h;
  unsigned char *pixels = malloc (size);
  int ok = pixels != NULL
           && GetDIBits (mem, bmp, 0, (UINT) h, pixels, (BITMAPINFO *) &bi,
                         DIB_RGB_COLORS) == h;
  BITMAPFILEHEADER bf = { 0x4D42, sizeof bf + sizeof bi + size, 0, 0,
                          sizeof bf + sizeof bi };
  wchar_t *wfile = wide (file);
  FILE *f = ok && wfile != NULL ? _wfopen (wfile, L"wb") : NULL;
  free (wfile);
  ok = f != NULL && fwrite (&bf, sizeof bf, 1, f) == 1
       && fwrite (&bi, sizeof bi, 1, f) == 1
       && fwrite (pixels, size, 1, f) == 1;
  if (f != NULL && fclose (f) != 0)
    ok = 0;
  free (pixels);
  DeleteObject (bmp);
  DeleteDC (mem);
  ReleaseDC (NULL, screen);
  return ok;
}

/* The self-test's thread: wait for the dialog, read it back, close it.  */
static DWORD WINAPI
run_self_test (void *arg)
{
  struct self_test *t = arg;
  HWND dialog = NULL;
  for (int i = 0; i < 200 && dialog == NULL; i++)
    {
      Sleep (50);
      dialog = FindWindowW (L"#32770", t->caption);
    }
  check (t, dialog != NULL, "the dialog came up");
  if (dialog == NULL)
    exit (1);
  Sleep (1000);                 /* drawn, fonts and all */

  wchar_t got[2048];
  GetWindowTextW (dialog, got, sizeof got / sizeof got[0]);
  check (t, wcscmp (got, t->expect_title) == 0,
         "the caption is the expected title");
  /* The message text is the dialog's static control 0xFFFF.  */
  got[0] = L'\0';
  GetDlgItemTextW (dialog, 0xFFFF, got, sizeof got / sizeof got[0]);
  check (t, wcsncmp (got, t->expect_description,
                     wcslen (t->expect_description)) == 0,
         "the text starts with the expected description");
  check (t, wcscmp (got, t->text) == 0, "the text is the whole message");
  if (t->picture != NULL)
    check (t, save_bmp (dialog, t->picture), "the picture is saved");
  PostMessageW (dialog, WM_COMMAND, IDOK, 0);
  return 0;
}

/* Fetch URL as a WinINet program does: the status code the server
   answered, or 0 with *ERROR set to GetLastError's code when no answer
   came (the server cannot be reached, timed out...).  */
static int
fetch (const char *url, DWORD *error)
{
  int code = 0;
  *error = 0;
  HINTERNET net = InternetOpenA ("httpstatus-win32-dialog",
                                 INTERNET_OPEN_TYPE_PRECONFIG, NULL, NULL, 0);
  HINTERNET req = net == NULL ? NULL
    : InternetOpenUrlA (net, url, NULL, 0,
                        INTERNET_FLAG_RELOAD | INTERNET_FLAG_NO_CACHE_WRITE,
                        0);
  DWORD status = 0, size = sizeof status;
  if (req == NULL)
    *error = GetLastError ();
  else if (HttpQueryInfoA (req, HTTP_QUERY_STATUS_CODE | HTTP_QUERY_FLAG_NUMBER,
                           &status, &size, NULL))
    code = (int) status;
  else
    *error = GetLastError ();
  if (req != NULL)
    InternetCloseHandle (req);
  if (net != NULL)
    InternetCloseHandle (net);
  return code;
}

/* The arguments in UTF-8: main's argv is in the ANSI code page, which
   cannot hold Chinese on most systems; the wide command line can.  */
static char **
utf8_arguments (int *argc)
{
  wchar_t **wargv = CommandLineToArgvW (GetCommandLineW (), argc);
  char **argv = calloc ((size_t) *argc + 1, sizeof *argv);
  if (wargv == NULL || argv == NULL)
    exit (2);
  for (int i = 0; i < *argc; i++)
    {
      int n = WideCharToMultiByte (CP_UTF8, 0, wargv[i], -1, NULL, 0, NULL,
                                   NULL);
      argv[i] = malloc (n > 0 ? (size_t) n : 1);
      if (argv[i] == NULL)
        exit (2);
      argv[i][0] = '\0';
      WideCharToMultiByte (CP_UTF8, 0, wargv[i], -1, argv[i], n, NULL, NULL);
    }
  LocalFree (wargv);
  return argv;
}

int
main (void)
{
  /* The application chooses the locale; the library follows it.  */
  setlocale (LC_ALL, "");
  int argc;
  char **argv = utf8_arguments (&argc);

  struct self_test t = { 0 };
  int self_test = 0;
  const char *arg = NULL;
  for (int i = 1; i < argc; i++)
    if (strncmp (argv[i], "--self-test", 11) == 0)
      {
        self_test = 1;
        if (argv[i][11] == '=')
          t.picture = argv[i] + 12;
      }
    else if (strncmp (argv[i], "--expect-title=", 15) == 0)
      t.expect_title = wide (argv[i] + 15);
    else if (strncmp (argv[i], "--expect-description=", 21) == 0)
      t.expect_description = wide (argv[i] + 21);
    else
      arg = argv[i];
  if (arg == NULL)
    {
      fprintf (stderr, "usage: %s [--self-test[=FILE.bmp]] CODE|NAME|URL\n",
               argv[0]);
      return 2;
    }
  /* The title, the description and the small print, in UTF-8.  */
  const char *title, *description;
  char small[256];
  DWORD error = 0;
  int code = 0;
  if (strncmp (arg, "http://", 7) == 0 || strncmp (arg, "https://", 8) == 0)
    code = fetch (arg, &error);
  else
    {
      char *end;
      long n = strtol (arg, &end, 10);
      code = *end == '\0' && *arg != '\0' ? (int) n
                                          : httpstatus_from_name (arg);
    }
  if (error != 0)
    {
      /* No answer came: the error's texts, and its constant for a
         support desk.  */
      const char *name = httpstatus_error_name (HTTPSTATUS_ERRORS_WININET,
                                                (int) error);
      title = httpstatus_error_title (HTTPSTATUS_ERRORS_WININET, (int) error);
      description = httpstatus_error_description (HTTPSTATUS_ERRORS_WININET,
                                                  (int) error);
      snprintf (small, sizeof small, "\n\nWinINet %s (%lu)",
                name != NULL ? name : "error", (unsigned long) error);
    }
  else
    {
      title = httpstatus_title (code);
      description = httpstatus_description (code);
      snprintf (small, sizeof small, "\n\nHTTP %d %s", code,
                httpstatus_reason (code));
    }
  wchar_t *caption = wide (title);
  wchar_t *desc = wide (description), *tail = wide (small);
  size_t len = wcslen (desc) + wcslen (tail) + 1;
  wchar_t *text = malloc (len * sizeof *text);
  if (caption == NULL || desc == NULL || tail == NULL || text == NULL)
    return 1;
  wcscpy (text, desc);
  wcscat (text, tail);

  if (self_test)
    {
      t.caption = caption;
      t.text = text;
      if (t.expect_title == NULL)
        t.expect_title = wide (title);
      if (t.expect_description == NULL)
        t.expect_description = wide (description);
    }
  HANDLE thread = self_test ? CreateThread (NULL, 0, run_self_test, &t, 0, NULL)
                            : NULL;
  if (self_test && thread == NULL)
    return 1;
  int answer = MessageBoxW (NULL, text, caption, MB_OK | MB_ICONERROR);
  if (self_test)
    {
      check (&t, answer == IDOK, "the dialog was closed with OK");
      if (answer == 0)
        printf ("# MessageBoxW failed: error %lu\n",
                (unsigned long) GetLastError ());
      check (&t, WaitForSingleObject (thread, 15000) == WAIT_OBJECT_0,
             "the self-test finished");
    }
  return t.failed;
}
