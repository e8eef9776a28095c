/* dialog.c: the error dialog of one HTTP status code, built from the
   library's localized texts.

   It is a plain GtkWindow that wears the style classes of GTK's own
   message dialogs ("dialog", "message"), so the theme draws it as one:
   GtkMessageDialog is deprecated from GTK 4.10 and GtkAlertDialog needs
   4.10, while this works unchanged from 4.8.  */

#include <stdio.h>

#include <gtk/gtk.h>

#include <httpstatus.h>

#include "dialog.h"

/* The Close button's label comes from GTK's own catalog, which every
   GTK install has in every language GTK speaks: no catalog of ours for
   one word.  "gtk40" is the text domain of all GTK 4 releases, and GTK
   binds it to UTF-8 itself.  */
#define GTK_TEXTDOMAIN "gtk40"

/* A wrapped, centred label showing TEXT verbatim (no markup, no
   mnemonic), so that gtk_label_get_text gives back the same bytes.  */
static GtkLabel *
text_label (const char *text, int max_width_chars)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (text));
  gtk_label_set_wrap (label, TRUE);
  /* Chinese has no spaces between words: let lines break between any
     two characters when a word does not fit.  */
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (label, max_width_chars);
  gtk_label_set_justify (label, GTK_JUSTIFY_CENTER);
  /* The user may want to copy an error message into a report.  */
  gtk_label_set_selectable (label, TRUE);
  return label;
}

/* Close on Escape, as every dialog does; the action is GtkWindow's own.  */
static void
add_escape_closes (GtkWidget *window)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, controller);
}

void
status_dialog_build (struct status_dialog *dialog, int code)
{
  GtkWidget *window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), httpstatus_title (code));
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  gtk_widget_add_css_class (window, "dialog");
  gtk_widget_add_css_class (window, "message");
  /* An empty title bar, as GTK's message dialogs have: the theme gives
     it a small height and the window's background, so the heading is
     the first thing one reads.  */
  gtk_window_set_titlebar (GTK_WINDOW (window),
                           gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  add_escape_closes (window);

  GtkWidget *vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (vbox, "dialog-vbox");
  gtk_window_set_child (GTK_WINDOW (window), vbox);

  GtkWidget *message = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (message, "message-area");
  gtk_widget_set_margin_start (message, 30);
  gtk_widget_set_margin_end (message, 30);
  gtk_widget_set_margin_bottom (message, 24);
  gtk_widget_set_vexpand (message, TRUE);
  gtk_box_append (GTK_BOX (vbox), message);

  dialog->heading = text_label (httpstatus_title (code), 30);
  /* "title" is the heading style of the theme's message dialogs.  */
  gtk_widget_add_css_class (GTK_WIDGET (dialog->heading), "title");
  gtk_box_append (GTK_BOX (message), GTK_WIDGET (dialog->heading));

  dialog->body = text_label (httpstatus_description (code), 50);
  gtk_box_append (GTK_BOX (message), GTK_WIDGET (dialog->body));

  /* What went over the wire, for whoever reports the error: never
     translated, so a support desk can search for it.  */
  char wire[128];
  snprintf (wire, sizeof wire, "%d %s", code, httpstatus_reason (code));
  dialog->small_print = text_label (wire, 40);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->small_print), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (dialog->small_print), "dim-label");
  gtk_box_append (GTK_BOX (message), GTK_WIDGET (dialog->small_print));

  /* A plain button with a margin, not the theme's "dialog-action-area"
     whose flat look needs a compositor ("csd"): the dialog looks the
     same on every X server, Xvfb included, and under Wayland.  */
  GtkWidget *close = gtk_button_new_with_mnemonic (
    g_dgettext (GTK_TEXTDOMAIN, "_Close"));
  gtk_widget_set_margin_start (close, 12);
  gtk_widget_set_margin_end (close, 12);
  gtk_widget_set_margin_bottom (close, 12);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close), "window.close");
  gtk_box_append (GTK_BOX (vbox), close);
  gtk_window_set_default_widget (GTK_WINDOW (window), close);
  /* Focus the button, not the selectable text, so Enter closes.  */
  gtk_window_set_focus (GTK_WINDOW (window), close);
  dialog->close = GTK_BUTTON (close);

  dialog->window = GTK_WINDOW (window);
}
