/* self-test.c: the dialog checks itself once it is on screen, reading
   the texts back from the widgets after the first frame (what GTK was
   given and laid out), as examples/gtk-dialog's self-test does, with its
   self-test-run.c.  */

#include <stdio.h>
#include <string.h>

#include <gtk/gtk.h>

#include "../gtk-dialog/self-test-run.h"
#include "self-test.h"

/* EXPECTED, if given, against ACTUAL up to its first LENGTH bytes (all
   of it when LENGTH is -1).  */
static void
check_text (struct self_test *test, const char *what, const char *expected,
            const char *actual, int length)
{
  if (expected == NULL)
    return;
  size_t n = length < 0 ? strlen (actual) : (size_t) length;
  int ok = strlen (expected) == n && strncmp (expected, actual, n) == 0;
  self_test_report (&test->failed, ok, what);
  if (!ok)
    printf ("#   expected: %s\n#   got:      %.*s\n", expected, (int) n,
            actual);
}

static void
run_checks (gpointer data)
{
  struct self_test *test = data;
  const struct fetch_dialog *dialog = test->dialog;
  const char *small = gtk_label_get_text (dialog->small_print);
  const char *nl = strchr (small, '\n');
  printf ("# heading: %s\n# small print: %.*s\n",
          gtk_label_get_text (dialog->heading),
          nl != NULL ? (int) (nl - small) : (int) strlen (small), small);
  check_text (test, "heading is the expected title", test->expect_title,
              gtk_label_get_text (dialog->heading), -1);
  check_text (test, "body is the expected description",
              test->expect_description, gtk_label_get_text (dialog->body),
              -1);
  check_text (test, "small print names the expected failure",
              test->expect_small_print, small,
              nl != NULL ? (int) (nl - small) : -1);
  self_test_check_glyphs (&test->failed,
                          "every character of the heading has a glyph",
                          dialog->heading);
  self_test_check_glyphs (&test->failed,
                          "every character of the body has a glyph",
                          dialog->body);
  if (test->screenshot != NULL)
    self_test_screenshot (&test->failed, dialog->window, test->screenshot);
}

void
self_test_start (struct self_test *test, const struct fetch_dialog *dialog)
{
  test->dialog = dialog;
  self_test_when_drawn (dialog->window, &test->failed, run_checks, test);
}
