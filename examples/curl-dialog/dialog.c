/* dialog.c: the dialog of how a fetch ended, in the user's language:
   the two kinds of failure a program that fetches shows.  A transfer
   that failed before any answer gets its CURLcode's texts
   (httpstatus_error_title, httpstatus_error_description), an answer its
   status's (httpstatus_title, httpstatus_description); both follow the
   locale the application chose.

   Its window, labels and Close button are examples/gtk-dialog's
   (dialog-parts.c), so the two dialogs look alike.  */

#include <gtk/gtk.h>

#include <httpstatus.h>

#include "../gtk-dialog/dialog-parts.h"
#include "dialog.h"

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

  GtkBox *vbox;
  GtkWindow *window = dialog_window_new (title, &vbox);
  GtkBox *message = dialog_message_area (vbox);

  dialog->heading = dialog_text_label (title, 30);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->heading), "title");
  gtk_box_append (message, GTK_WIDGET (dialog->heading));
  dialog->body = dialog_text_label (description, 50);
  gtk_box_append (message, GTK_WIDGET (dialog->body));

  char *print = small_print (r);
  dialog->small_print = dialog_text_label (print, 50);
  g_free (print);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->small_print), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (dialog->small_print), "dim-label");
  gtk_box_append (message, GTK_WIDGET (dialog->small_print));

  dialog->close = dialog_close_button (window, vbox);
  dialog->window = window;
}
