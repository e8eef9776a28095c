/* dialog.h: the dialog of how a fetch ended.  */

#ifndef HTTPSTATUS_CURL_DIALOG_DIALOG_H
#define HTTPSTATUS_CURL_DIALOG_DIALOG_H

#include <gtk/gtk.h>

#include "fetch.h"

/* The window and the labels that carry the library's texts, kept so
   that the self-test can read back what is on screen.  */
struct fetch_dialog
{
  GtkWindow *window;
  GtkLabel *heading;     /* the localized title */
  GtkLabel *body;        /* the localized description */
  GtkLabel *small_print; /* what failed, for a report: never translated */
  GtkButton *close;      /* labelled from GTK's own catalog */
};

/* Build (but do not show) the dialog of RESULT in the current locale's
   language: the transport error's texts when the transfer failed, else
   the status's.  The window destroys itself when closed.  */
void fetch_dialog_build (struct fetch_dialog *dialog,
                         const struct fetch_result *result);

#endif /* HTTPSTATUS_CURL_DIALOG_DIALOG_H */
