/* dialog.c: the dialog of how a fetch ended, in the user's language:
   the two kinds of failure a program that fetches shows.  A transfer
   that failed before any answer gets its CURLcode's texts
   (httpstatus_error_title, httpstatus_error_description), an answer its
   status's (httpstatus_title, httpstatus_description); both follow the
   locale the application chose.

   It is a plain GtkWindow that wears the style classes of GTK's own
   message dialogs, as examples/gtk-dialog's does (GTK 4.8 and later).  */

#include <gtk/gtk.h>

#include <httpstatus.h>

#include "dialog.h"

/* The Close button's label comes from GTK's own catalog.  */
#define GTK_TEXTDOMAIN "gtk40"

/* A wrapped, centred label showing TEXT verbatim (no markup), so that
   gtk_label_get_text gives back the same bytes.  */
static GtkLabel *
text_label (const char *text, int max_width_chars)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (text));
  gtk_label_set_wrap (label, TRUE);
  /* Chinese has no spaces between words.  */
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (label, max_width_chars);
  gtk_label_set_justify (label, GTK_JUSTIFY_CENTER);
  gtk_label_set_selectable (label, TRUE);
  return label;
}

/* The small print: what a support desk searches for, never translated:
   the CURLcode's constant (or its number) or the status and its wire
   reason, then the URL.  */
static char *
small_print (const struct fetch_result *r)
{
  if (r->error != CURLE_OK)
    {
      const char *name = httpstatus_error_name (HTTPSTATUS_ERRORS_CURL,
                                                (int) r->error);
      if (name != NULL)
        return g_strdup_printf ("%s (%d)\n%s", name, (int) r->error, r->url);
      return g_strdup_printf ("libcurl error %d\n%s", (int) r->error,
                              r->url);
    }
  return g_strdup_printf ("HTTP %ld %s\n%s", r->status,
                          httpstatus_reason ((int) r->status), r->url);
}

void
fetch_dialog_build (struct fetch_dialog *dialog,
                    const struct fetch_result *r)
{
  int failed = r->error != CURLE_OK;
  int status = (int) r->status;
  const char *title = failed
    ? httpstatus_error_title (HTTPSTATUS_ERRORS_CURL, (int) r->error)
    : httpstatus_title (status);
  const char *description = failed
    ? httpstatus_error_description (HTTPSTATUS_ERRORS_CURL, (int) r->error)
    : httpstatus_description (status);

  GtkWidget *window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  gtk_widget_add_css_class (window, "dialog");
  gtk_widget_add_css_class (window, "message");
  gtk_window_set_titlebar (GTK_WINDOW (window),
                           gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));

  GtkWidget *vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (vbox, "dialog-vbox");
  gtk_window_set_child (GTK_WINDOW (window), vbox);

  GtkWidget *message = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (message, "message-area");
  gtk_widget_set_margin_start (message, 30);
  gtk_widget_set_margin_end (message, 30);
  gtk_widget_set_margin_bottom (message, 24);
  gtk_box_append (GTK_BOX (vbox), message);

  dialog->heading = text_label (title, 30);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->heading), "title");
  gtk_box_append (GTK_BOX (message), GTK_WIDGET (dialog->heading));
  dialog->body = text_label (description, 50);
  gtk_box_append (GTK_BOX (message), GTK_WIDGET (dialog->body));

  char *print = small_print (r);
  dialog->small_print = text_label (print, 50);
  g_free (print);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->small_print), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (dialog->small_print), "dim-label");
  gtk_box_append (GTK_BOX (message), GTK_WIDGET (dialog->small_print));

  GtkWidget *close = gtk_button_new_with_mnemonic (
    g_dgettext (GTK_TEXTDOMAIN, "_Close"));
  gtk_widget_set_margin_start (close, 12);
  gtk_widget_set_margin_end (close, 12);
  gtk_widget_set_margin_bottom (close, 12);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close), "window.close");
  gtk_box_append (GTK_BOX (vbox), close);
  gtk_window_set_default_widget (GTK_WINDOW (window), close);
  gtk_window_set_focus (GTK_WINDOW (window), close);
  dialog->close = GTK_BUTTON (close);
  dialog->window = GTK_WINDOW (window);
}
