/* dialog.h: the error dialog of one HTTP status code.  */

#ifndef HTTPSTATUS_DIALOG_H
#define HTTPSTATUS_DIALOG_H

#include <gtk/gtk.h>

/* The window and the labels that carry the library's texts, kept so
   that the self-test can read back what is on screen.  */
struct status_dialog
{
  GtkWindow *window;
  GtkLabel *heading;     /* httpstatus_title */
  GtkLabel *body;        /* httpstatus_description */
  GtkLabel *small_print; /* "404 Not Found": the code and the wire reason */
  GtkButton *close;      /* labelled from GTK's own catalog */
};

/* Build (but do not show) the dialog of CODE in the current locale's
   language.  The window destroys itself when closed.  */
void status_dialog_build (struct status_dialog *dialog, int code);

#endif /* HTTPSTATUS_DIALOG_H */
