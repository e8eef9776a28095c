/* main.c: httpstatus-curl-dialog URL: fetch URL with libcurl and show
   how it ended in the user's language: the status the server answered,
   or the failure before any answer (connection refused, server not
   found, timed out, certificate not trusted...).  Options, the
   application's locale and text domain setup, the main loop and the
   exit status.  It sees the library only through <httpstatus.h>.

   Build it against an installed httpstatus:
     cc -std=c11 main.c fetch.c dialog.c self-test.c \
       ../gtk-dialog/dialog-parts.c ../gtk-dialog/self-test-run.c \
       ../gtk-dialog/screenshot.c \
       $(pkg-config --cflags --libs gtk4 libcurl httpstatus)  */

#include <getopt.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <curl/curl.h>
#include <gtk/gtk.h>

#include <httpstatus.h>

#include "dialog.h"
#include "fetch.h"
#include "self-test.h"

#define PROGRAM_NAME "httpstatus-curl-dialog"

enum { EXIT_TROUBLE = 2 };

static void
usage (FILE *out, int status)
{
  fprintf (out,
    "Usage: %s [OPTION]... URL\n"
    "Fetch URL and show, in the language of the current locale, the\n"
    "status the server answered or why the transfer failed.\n"
    "\n"
    "  --timeout=SECONDS          give up after SECONDS (default 30)\n"
    "  --self-test[=FILE.png]     once the dialog is drawn, check its texts\n"
    "                             (and save it as FILE.png), then quit;\n"
    "                             exit status 0 if every check passed, else 1\n"
    "  --expect-title=TEXT        with --self-test: the heading must be TEXT\n"
    "  --expect-description=TEXT  with --self-test: the body must be TEXT\n"
    "  --expect-small-print=TEXT  with --self-test: the small print's first\n"
    "                             line must be TEXT\n"
    "  -h, --help                 display this help and exit\n"
    "\n"
    "TEXTDOMAINDIR, when set, is where the httpstatus catalogs are read.\n",
    PROGRAM_NAME);
  exit (status);
}

/* What an application does, and a library must not: pick the user's
   locale, say where the catalogs are when asked to (TEXTDOMAINDIR, so
   tests can use the build tree), and ask for UTF-8, since GTK takes
   only UTF-8 (examples/gtk-dialog/README.md says why).  */
static void
init_i18n (void)
{
  setlocale (LC_ALL, "");
  const char *dir = getenv ("TEXTDOMAINDIR");
  if (dir != NULL && *dir != '\0')
    bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir);
  bind_textdomain_codeset (HTTPSTATUS_TEXTDOMAIN, "UTF-8");
}

struct app
{
  struct fetch_result result;
  struct fetch_dialog dialog;
  struct self_test test;
  gboolean self_test, closed;
};

static void
on_destroy (GtkWidget *window, gpointer data)
{
  (void) window;
  ((struct app *) data)->closed = TRUE;
}

/* The transfer ended (in the worker thread): the dialog, in this one.  */
static void
on_fetched (GObject *source, GAsyncResult *res, gpointer data)
{
  (void) source;
  (void) res;
  struct app *app = data;
  fetch_dialog_build (&app->dialog, &app->result);
  g_signal_connect (app->dialog.window, "destroy", G_CALLBACK (on_destroy),
                    app);
  if (app->self_test)
    self_test_start (&app->test, &app->dialog);
  gtk_window_present (app->dialog.window);
}

int
main (int argc, char **argv)
{
  enum
  {
    OPT_TIMEOUT = 256,
    OPT_SELF_TEST,
    OPT_EXPECT_TITLE,
    OPT_EXPECT_DESCRIPTION,
    OPT_EXPECT_SMALL_PRINT
  };
  static const struct option long_options[] = {
    { "timeout", required_argument, NULL, OPT_TIMEOUT },
    { "self-test", optional_argument, NULL, OPT_SELF_TEST },
    { "expect-title", required_argument, NULL, OPT_EXPECT_TITLE },
    { "expect-description", required_argument, NULL, OPT_EXPECT_DESCRIPTION },
    { "expect-small-print", required_argument, NULL, OPT_EXPECT_SMALL_PRINT },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };

  init_i18n ();
  struct app app = { .result.timeout_seconds = 30 };
  char *end;
  int opt;
  while ((opt = getopt_long (argc, argv, "h", long_options, NULL)) != -1)
    switch (opt)
      {
      case OPT_TIMEOUT:
        app.result.timeout_seconds = strtol (optarg, &end, 10);
        if (*optarg == '\0' || *end != '\0' || app.result.timeout_seconds < 1)
          usage (stderr, EXIT_TROUBLE);
        break;
      case OPT_SELF_TEST:
        app.self_test = TRUE;
        app.test.screenshot = optarg;
        break;
      case OPT_EXPECT_TITLE:
        app.test.expect_title = optarg;
        break;
      case OPT_EXPECT_DESCRIPTION:
        app.test.expect_description = optarg;
        break;
      case OPT_EXPECT_SMALL_PRINT:
        app.test.expect_small_print = optarg;
        break;
      case 'h':
        usage (stdout, EXIT_SUCCESS);
        break;
      default:
        usage (stderr, EXIT_TROUBLE);
      }
  if (optind != argc - 1)
    usage (stderr, EXIT_TROUBLE);
  app.result.url = argv[optind];

  /* Before any thread: libcurl's global state is not thread-safe.  */
  if (curl_global_init (CURL_GLOBAL_DEFAULT) != CURLE_OK)
    {
      fprintf (stderr, "%s: libcurl cannot start\n", PROGRAM_NAME);
      return EXIT_FAILURE;
    }
  if (!gtk_init_check ())
    {
      fprintf (stderr, "%s: cannot open a display\n", PROGRAM_NAME);
      return EXIT_FAILURE;
    }

  fetch_start (&app.result, on_fetched, &app);
  while (!app.closed)
    g_main_context_iteration (NULL, TRUE);
  curl_global_cleanup ();
  return app.test.failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
