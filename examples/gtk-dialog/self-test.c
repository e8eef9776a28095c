/* self-test.c: the dialog checks itself once it is on screen.

   The checks read the texts back from the widgets (gtk_label_get_text)
   after the first frame, so they see what GTK was given and laid out,
   not what the program meant to give it.  */

#include <stdio.h>
#include <string.h>

#include <gtk/gtk.h>

#include <httpstatus.h>

#include "screenshot.h"
#include "self-test.h"

/* A window that does not appear in this time will not appear at all.  */
#define DRAW_TIMEOUT_SECONDS 30

struct run
{
  struct self_test *test;
  const struct status_dialog *dialog;
  gulong after_paint_id;
  guint timeout_id;
};

static void
report (struct self_test *test, int ok, const char *what)
{
  printf ("%s - %s\n", ok ? "ok" : "not ok", what);
  if (!ok)
    test->failed = 1;
}

static void
check_text (struct self_test *test, const char *what, const char *expected,
            const char *actual)
{
  int ok = strcmp (expected, actual) == 0;
  report (test, ok, what);
  if (!ok)
    printf ("#   expected: %s\n#   got:      %s\n", expected, actual);
}

/* Pango draws a box with the character's code for a character that no
   installed font has: count those, since the text would read back
   right and still be unreadable on screen.  */
static void
check_glyphs (struct self_test *test, const char *what, GtkLabel *label)
{
  int unknown = pango_layout_get_unknown_glyphs_count (
    gtk_label_get_layout (label));
  report (test, unknown == 0, what);
  if (unknown != 0)
    printf ("#   %d characters without a glyph: is a font for this "
            "language installed (Debian: fonts-noto-cjk)?\n", unknown);
}

static void
run_checks (struct self_test *test, const struct status_dialog *dialog)
{
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
  check_glyphs (test, "every character of the heading has a glyph",
                dialog->heading);
  check_glyphs (test, "every character of the body has a glyph",
                dialog->body);
  /* The button's text is GTK's, not ours: what it reads depends on
     GTK's catalog, but it must be readable like the rest.  */
  GtkWidget *close_label = gtk_button_get_child (dialog->close);
  if (GTK_IS_LABEL (close_label))
    {
      printf ("# Close button: %s\n",
              gtk_label_get_text (GTK_LABEL (close_label)));
      check_glyphs (test, "every character of the Close button has a glyph",
                    GTK_LABEL (close_label));
    }
  else
    report (test, 0, "the Close button has a text label");
  if (test->screenshot != NULL)
    report (test,
            screenshot_save_png (GTK_WIDGET (dialog->window),
                                 test->screenshot),
            "screenshot saved");
}

static void
on_destroy (GtkWidget *window, gpointer data)
{
  (void) window;
  *(int *) data = 1;
}

/* Leave as the user would, through the Close button's action, and
   check that it did close the dialog.  */
static void
close_dialog (struct self_test *test, GtkWindow *window)
{
  int destroyed = 0;
  g_signal_connect (window, "destroy", G_CALLBACK (on_destroy), &destroyed);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  report (test, destroyed, "Close closes the dialog");
  if (!destroyed)
    gtk_window_destroy (window);
}

static gboolean
finish (gpointer data)
{
  struct run *run = data;
  g_source_remove (run->timeout_id);
  run_checks (run->test, run->dialog);
  close_dialog (run->test, run->dialog->window);
  fflush (stdout);
  g_free (run);
  return G_SOURCE_REMOVE;
}

/* The first frame is painted: sizes and layouts are final.  Check from
   an idle callback, outside the frame cycle, since the checks render the
   window again and then destroy it.  */
static void
on_after_paint (GdkFrameClock *clock, gpointer data)
{
  struct run *run = data;
  g_signal_handler_disconnect (clock, run->after_paint_id);
  g_idle_add (finish, run);
}

static void
on_map (GtkWidget *window, gpointer data)
{
  struct run *run = data;
  run->after_paint_id = g_signal_connect (
    gtk_widget_get_frame_clock (window), "after-paint",
    G_CALLBACK (on_after_paint), run);
  /* Only the first map matters.  */
  g_signal_handlers_disconnect_by_func (window, G_CALLBACK (on_map), data);
}

static gboolean
on_timeout (gpointer data)
{
  struct run *run = data;
  report (run->test, 0, "the dialog was drawn");
  printf ("#   not drawn within %d seconds\n", DRAW_TIMEOUT_SECONDS);
  fflush (stdout);
  /* finish will never run: stop here, leaving nothing to free later.  */
  exit (1);
}

void
self_test_start (struct self_test *test, const struct status_dialog *dialog)
{
  struct run *run = g_new0 (struct run, 1);
  run->test = test;
  run->dialog = dialog;
  run->timeout_id = g_timeout_add_seconds (DRAW_TIMEOUT_SECONDS, on_timeout,
                                           run);
  g_signal_connect (dialog->window, "map", G_CALLBACK (on_map), run);
}
