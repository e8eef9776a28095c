/* self-test.c: the dialog checks itself once it is on screen, reading
   the texts back from the widgets after the first frame (what GTK was
   given and laid out), as examples/gtk-dialog's self-test does.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

#include "../gtk-dialog/screenshot.h"
#include "self-test.h"

#define DRAW_TIMEOUT_SECONDS 30

struct run
{
  struct self_test *test;
  const struct fetch_dialog *dialog;
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
  report (test, ok, what);
  if (!ok)
    printf ("#   expected: %s\n#   got:      %.*s\n", expected, (int) n,
            actual);
}

/* Pango draws a box for a character no installed font has.  */
static void
check_glyphs (struct self_test *test, const char *what, GtkLabel *label)
{
  int unknown = pango_layout_get_unknown_glyphs_count (
    gtk_label_get_layout (label));
  report (test, unknown == 0, what);
  if (unknown != 0)
    printf ("#   %d characters without a glyph (Debian: fonts-noto-cjk)\n",
            unknown);
}

static void
run_checks (struct self_test *test, const struct fetch_dialog *dialog)
{
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
  check_glyphs (test, "every character of the heading has a glyph",
                dialog->heading);
  check_glyphs (test, "every character of the body has a glyph",
                dialog->body);
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

static gboolean
finish (gpointer data)
{
  struct run *run = data;
  g_source_remove (run->timeout_id);
  run_checks (run->test, run->dialog);
  int destroyed = 0;
  GtkWindow *window = run->dialog->window;
  g_signal_connect (window, "destroy", G_CALLBACK (on_destroy), &destroyed);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  report (run->test, destroyed, "Close closes the dialog");
  if (!destroyed)
    gtk_window_destroy (window);
  fflush (stdout);
  g_free (run);
  return G_SOURCE_REMOVE;
}

/* The first frame is painted: check from an idle callback, outside the
   frame cycle, since the checks render the window again.  */
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
  g_signal_handlers_disconnect_by_func (window, G_CALLBACK (on_map), data);
}

static gboolean
on_timeout (gpointer data)
{
  struct run *run = data;
  report (run->test, 0, "the dialog was drawn");
  fflush (stdout);
  exit (1);
}

void
self_test_start (struct self_test *test, const struct fetch_dialog *dialog)
{
  struct run *run = g_new0 (struct run, 1);
  run->test = test;
  run->dialog = dialog;
  run->timeout_id = g_timeout_add_seconds (DRAW_TIMEOUT_SECONDS, on_timeout,
                                           run);
  g_signal_connect (dialog->window, "map", G_CALLBACK (on_map), run);
}
