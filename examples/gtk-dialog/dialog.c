/* dialog.c: the error dialog of one HTTP status code, built from the
   library's localized texts.

   It is a plain GtkWindow that wears the style classes of GTK's own
   message dialogs ("dialog", "message"), so the theme draws it as one:
   GtkMessageDialog is deprecated from GTK 4.10 and GtkAlertDialog needs
   4.10, while this works unchanged from 4.8.  The window, labels and
   Close button come from dialog-parts.c, which the libcurl example
   builds its dialog with too.  */

#include <stdio.h>

#include <gtk/gtk.h>

#include <httpstatus.h>

#include "dialog-parts.h"
#include "dialog.h"

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
  GtkBox *vbox;
  GtkWindow *window = dialog_window_new (httpstatus_title (code), &vbox);
  add_escape_closes (GTK_WIDGET (window));

  GtkBox *message = dialog_message_area (vbox);
  gtk_widget_set_vexpand (GTK_WIDGET (message), TRUE);

  dialog->heading = dialog_text_label (httpstatus_title (code), 30);
  /* "title" is the heading style of the theme's message dialogs.  */
  gtk_widget_add_css_class (GTK_WIDGET (dialog->heading), "title");
  gtk_box_append (message, GTK_WIDGET (dialog->heading));

  dialog->body = dialog_text_label (httpstatus_description (code), 50);
  gtk_box_append (message, GTK_WIDGET (dialog->body));

  /* What went over the wire, for whoever reports the error: never
     translated, so a support desk can search for it.  */
  char wire[128];
  snprintf (wire, sizeof wire, "%d %s", code, httpstatus_reason (code));
  dialog->small_print = dialog_text_label (wire, 40);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->small_print), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (dialog->small_print), "dim-label");
  gtk_box_append (message, GTK_WIDGET (dialog->small_print));

  dialog->close = dialog_close_button (window, vbox);
  dialog->window = window;
}
