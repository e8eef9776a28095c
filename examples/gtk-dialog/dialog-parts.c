/* dialog-parts.c: the pieces of a message dialog that the GTK example
   and the libcurl example build alike, in one place so that the two
   dialogs look the same and a fix reaches both.

   A plain GtkWindow that wears the style classes of GTK's own message
   dialogs ("dialog", "message"), so the theme draws it as one:
   GtkMessageDialog is deprecated from GTK 4.10 and GtkAlertDialog needs
   4.10, while this works unchanged from 4.8.  */

#include <gtk/gtk.h>

#include "dialog-parts.h"

/* The Close button's label comes from GTK's own catalog, which every
   GTK install has in every language GTK speaks: no catalog of ours for
   one word.  "gtk40" is the text domain of all GTK 4 releases, and GTK
   binds it to UTF-8 itself.  */
#define GTK_TEXTDOMAIN "gtk40"

GtkLabel *
dialog_text_label (const char *text, int max_width_chars)
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

GtkWindow *
dialog_window_new (const char *title, GtkBox **vbox)
{
  GtkWidget *window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  gtk_widget_add_css_class (window, "dialog");
  gtk_widget_add_css_class (window, "message");
  /* An empty title bar, as GTK's message dialogs have: the theme gives
     it a small height and the window's background, so the heading is
     the first thing one reads.  */
  gtk_window_set_titlebar (GTK_WINDOW (window),
                           gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));

  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (box, "dialog-vbox");
  gtk_window_set_child (GTK_WINDOW (window), box);
  *vbox = GTK_BOX (box);
  return GTK_WINDOW (window);
}

GtkBox *
dialog_message_area (GtkBox *vbox)
{
  GtkWidget *message = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (message, "message-area");
  gtk_widget_set_margin_start (message, 30);
  gtk_widget_set_margin_end (message, 30);
  gtk_widget_set_margin_bottom (message, 24);
  gtk_box_append (vbox, message);
  return GTK_BOX (message);
}

GtkButton *
dialog_close_button (GtkWindow *window, GtkBox *vbox)
{
  /* A plain button with a margin, not the theme's "dialog-action-area"
     whose flat look needs a compositor ("csd"): the dialog looks the
     same on every X server, Xvfb included, and under Wayland.  */
  GtkWidget *close = gtk_button_new_with_mnemonic (
    g_dgettext (GTK_TEXTDOMAIN, "_Close"));
  gtk_widget_set_margin_start (close, 12);
  gtk_widget_set_margin_end (close, 12);
  gtk_widget_set_margin_bottom (close, 12);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close), "window.close");
  gtk_box_append (vbox, close);
  gtk_window_set_default_widget (window, close);
  /* Focus the button, not the selectable text, so Enter closes.  */
  gtk_window_set_focus (window, close);
  return GTK_BUTTON (close);
}
