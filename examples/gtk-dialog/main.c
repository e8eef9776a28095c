/* main.c: httpstatus-dialog CODE: an error dialog for an HTTP status
   code in the user's language, as a GTK 4 application would show one.
   Options, the application's locale and text domain setup, the main
   loop and the exit status.  It sees the library only through
   <httpstatus.h>.

   Build it against an installed httpstatus:
     cc -std=c11 main.c dialog.c dialog-parts.c self-test.c \
       self-test-run.c screenshot.c \
       $(pkg-config --cflags --libs gtk4 httpstatus)  */

#include <errno.h>
#include <getopt.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <gtk/gtk.h>

#include <httpstatus.h>

#include "dialog.h"
#include "self-test.h"

#define PROGRAM_NAME "httpstatus-dialog"

/* Named as the httpstatus command (and grep) names it: a usage error
   or an unknown code.  */
enum { EXIT_TROUBLE = 2 };

static void
usage (FILE *out, int status)
{
  fprintf (out,
    "Usage: %s [OPTION]... CODE|NAME\n"
    "Show the error dialog of an HTTP status code (404, not_found...)\n"
    "in the language of the current locale.\n"
    "\n"
    "  --self-test[=FILE.png]     once the dialog is drawn, check its texts\n"
    "                             (and save it as FILE.png), then quit;\n"
    "                             exit status 0 if every check passed, else 1\n"
    "  --expect-title=TEXT        with --self-test: the heading must be TEXT\n"
    "  --expect-description=TEXT  with --self-test: the body must be TEXT\n"
    "  --expect-reason=TEXT       with --self-test: the small print must be\n"
    "                             the code, a space and TEXT\n"
    "  -h, --help                 display this help and exit\n"
    "\n"
    "TEXTDOMAINDIR, when set, is where the httpstatus catalogs are read.\n",
    PROGRAM_NAME);
  exit (status);
}

/* A decimal code, or a constant's name as the library knows it.  */
static int
parse_code (const char *arg)
{
  char *end;
  errno = 0;
  long n = strtol (arg, &end, 10);
  if (end != arg && *end == '\0' && errno == 0 && n >= 0 && n <= 999)
    return (int) n;
  return httpstatus_from_name (arg);
}

/* What an application does, and a library must not: pick the user's
   locale, say where the catalogs are when they are not where the
   library was installed (TEXTDOMAINDIR, as the httpstatus command
   reads it, so tests can use the build tree), and ask for UTF-8
   whatever the locale's charset is, since GTK takes only UTF-8.  The
   library leaves that charset alone because bind_textdomain_codeset
   changes it for the whole process: only the application knows it
   renders UTF-8.  */
static void
init_i18n (void)
{
  setlocale (LC_ALL, "");
  const char *dir = getenv ("TEXTDOMAINDIR");
  if (dir != NULL && *dir != '\0')
    bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir);
  bind_textdomain_codeset (HTTPSTATUS_TEXTDOMAIN, "UTF-8");
}

static void
on_destroy (GtkWidget *window, gpointer data)
{
  (void) window;
  *(gboolean *) data = TRUE;
}

int
main (int argc, char **argv)
{
  enum
  {
    OPT_SELF_TEST = 256,
    OPT_EXPECT_TITLE,
    OPT_EXPECT_DESCRIPTION,
    OPT_EXPECT_REASON
  };
  static const struct option long_options[] = {
    { "self-test", optional_argument, NULL, OPT_SELF_TEST },
    { "expect-title", required_argument, NULL, OPT_EXPECT_TITLE },
    { "expect-description", required_argument, NULL, OPT_EXPECT_DESCRIPTION },
    { "expect-reason", required_argument, NULL, OPT_EXPECT_REASON },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };

  init_i18n ();
  struct self_test test = { 0 };
  gboolean self_test = FALSE;
  int opt;
  while ((opt = getopt_long (argc, argv, "h", long_options, NULL)) != -1)
    switch (opt)
      {
      case OPT_SELF_TEST:
        self_test = TRUE;
        test.screenshot = optarg;
        break;
      case OPT_EXPECT_TITLE:
        test.expect_title = optarg;
        break;
      case OPT_EXPECT_DESCRIPTION:
        test.expect_description = optarg;
        break;
      case OPT_EXPECT_REASON:
        test.expect_reason = optarg;
        break;
      case 'h':
        usage (stdout, EXIT_SUCCESS);
        break;
      default:
        usage (stderr, EXIT_TROUBLE);
      }
  if (optind != argc - 1)
    usage (stderr, EXIT_TROUBLE);
  test.code = parse_code (argv[optind]);
  if (test.code < 0)
    {
      fprintf (stderr, "%s: %s: no such HTTP status code or name\n",
               PROGRAM_NAME, argv[optind]);
      return EXIT_TROUBLE;
    }

  if (!gtk_init_check ())
    {
      fprintf (stderr, "%s: cannot open a display\n", PROGRAM_NAME);
      return EXIT_FAILURE;
    }

  struct status_dialog dialog;
  status_dialog_build (&dialog, test.code);
  gboolean closed = FALSE;
  g_signal_connect (dialog.window, "destroy", G_CALLBACK (on_destroy),
                    &closed);
  if (self_test)
    self_test_start (&test, &dialog);
  gtk_window_present (dialog.window);
  while (!closed)
    g_main_context_iteration (NULL, TRUE);
  return test.failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
