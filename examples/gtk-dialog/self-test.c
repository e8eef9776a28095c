/* self-test.c: the dialog checks itself once it is on screen.

   The checks read the texts back from the widgets (gtk_label_get_text)
   after the first frame, so they see what GTK was given and laid out,
   not what the program meant to give it.  When they run, how they
   report and the checks of glyphs and the screenshot are
   self-test-run.c's, which the libcurl example's self-test uses too.  */

#include <stdio.h>
#include <string.h>

#include <gtk/gtk.h>

#include <httpstatus.h>

#include "self-test-run.h"
#include "self-test.h"

static void
check_text (struct self_test *test, const char *what, const char *expected,
            const char *actual)
{
  int ok = strcmp (expected, actual) == 0;
  self_test_report (&test->failed, ok, what);
  if (!ok)
    printf ("#   expected: %s\n#   got:      %s\n", expected, actual);
}

static void
run_checks (gpointer data)
{
  struct self_test *test = data;
  const struct status_dialog *dialog = test->dialog;
  int code = test->code;
  const char *heading = gtk_label_get_text (dialog->heading);
  const char *body = gtk_label_get_text (dialog->body);
  const char *small_print = gtk_label_get_text (dialog->small_print);

  check_text (test, "heading is the library's title", httpstatus_title (code),
              heading);
  check_text (test, "body is the library's description",
              httpstatus_description (code), body);
  char wire[128];
  snprintf (wire, sizeof wire, "%d %s", code, httpstatus_reason (code));
  check_text (test, "small print is the code and the library's reason", wire,
              small_print);
  if (test->expect_title != NULL)
    check_text (test, "heading is the expected title", test->expect_title,
                heading);
  if (test->expect_description != NULL)
    check_text (test, "body is the expected description",
                test->expect_description, body);
  /* The library's reason is what the dialog printed too: only a reason
     from outside can tell a wrong one.  */
  if (test->expect_reason != NULL)
    {
      char *expected = g_strdup_printf ("%d %s", code, test->expect_reason);
      check_text (test, "small print is the code and the expected reason",
                  expected, small_print);
      g_free (expected);
    }
  self_test_check_glyphs (&test->failed,
                          "every character of the heading has a glyph",
                          dialog->heading);
  self_test_check_glyphs (&test->failed,
                          "every character of the body has a glyph",
                          dialog->body);
  /* The button's text is GTK's, not ours: what it reads depends on
     GTK's catalog, but it must be readable like the rest.  */
  GtkWidget *close_label = gtk_button_get_child (dialog->close);
  if (GTK_IS_LABEL (close_label))
    {
      printf ("# Close button: %s\n",
              gtk_label_get_text (GTK_LABEL (close_label)));
      self_test_check_glyphs (
        &test->failed, "every character of the Close button has a glyph",
        GTK_LABEL (close_label));
    }
  else
    self_test_report (&test->failed, 0,
                      "the Close button has a text label");
  if (test->screenshot != NULL)
    self_test_screenshot (&test->failed, dialog->window, test->screenshot);
}

void
self_test_start (struct self_test *test, const struct status_dialog *dialog)
{
  test->dialog = dialog;
  self_test_when_drawn (dialog->window, &test->failed, run_checks, test);
}
