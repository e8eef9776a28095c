/* self-test-run.c: the part of the self-test that the GTK example and
   the libcurl example share: when and how the checks run, and how they
   report.  Each example's self-test.c says what to check.

   The checks run after the first frame, so they see what GTK was given
   and laid out, not what the program meant to give it.  */

#include <stdio.h>
#include <stdlib.h>

#include <gtk/gtk.h>

#include "screenshot.h"
#include "self-test-run.h"

/* A window that does not appear in this time will not appear at all.  */
#define DRAW_TIMEOUT_SECONDS 30

struct run
{
  GtkWindow *window;
  int *failed;
  void (*checks) (gpointer data);
  gpointer data;
  gulong after_paint_id;
  guint timeout_id;
};

void
self_test_report (int *failed, int ok, const char *what)
{
  printf ("%s - %s\n", ok ? "ok" : "not ok", what);
  if (!ok)
    *failed = 1;
}

/* Pango draws a box with the character's code for a character that no
   installed font has: count those, since the text would read back
   right and still be unreadable on screen.  */
void
self_test_check_glyphs (int *failed, const char *what, GtkLabel *label)
{
  int unknown = pango_layout_get_unknown_glyphs_count (
    gtk_label_get_layout (label));
  self_test_report (failed, unknown == 0, what);
  if (unknown != 0)
    printf ("#   %d characters without a glyph: is a font for this "
            "language installed (Debian: fonts-noto-cjk)?\n", unknown);
}

void
self_test_screenshot (int *failed, GtkWindow *window, const char *file)
{
  self_test_report (failed, screenshot_save_png (GTK_WIDGET (window), file),
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
close_dialog (int *failed, GtkWindow *window)
{
  int destroyed = 0;
  g_signal_connect (window, "destroy", G_CALLBACK (on_destroy), &destroyed);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  self_test_report (failed, destroyed, "Close closes the dialog");
  if (!destroyed)
    gtk_window_destroy (window);
}

static gboolean
finish (gpointer data)
{
  struct run *run = data;
  g_source_remove (run->timeout_id);
  run->checks (run->data);
  close_dialog (run->failed, run->window);
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
  self_test_report (run->failed, 0, "the dialog was drawn");
  printf ("#   not drawn within %d seconds\n", DRAW_TIMEOUT_SECONDS);
  fflush (stdout);
  /* finish will never run: stop here, leaving nothing to free later.  */
  exit (1);
}

void
self_test_when_drawn (GtkWindow *window, int *failed,
                      void (*checks) (gpointer data), gpointer data)
{
  struct run *run = g_new0 (struct run, 1);
  run->window = window;
  run->failed = failed;
  run->checks = checks;
  run->data = data;
  run->timeout_id = g_timeout_add_seconds (DRAW_TIMEOUT_SECONDS, on_timeout,
                                           run);
  g_signal_connect (window, "map", G_CALLBACK (on_map), run);
}
