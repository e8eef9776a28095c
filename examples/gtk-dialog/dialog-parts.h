/* dialog-parts.h: the pieces of a message dialog that the GTK example
   and the libcurl example (examples/curl-dialog) build alike.  */

#ifndef HTTPSTATUS_DIALOG_PARTS_H
#define HTTPSTATUS_DIALOG_PARTS_H

#include <gtk/gtk.h>

/* A wrapped, centred, selectable label showing TEXT verbatim (no
   markup, no mnemonic), so that gtk_label_get_text gives back the same
   bytes.  */
GtkLabel *dialog_text_label (const char *text, int max_width_chars);

/* A non-resizable window titled TITLE, styled as GTK's message dialogs,
   with an empty title bar; *VBOX is its ("dialog-vbox") child.  */
GtkWindow *dialog_window_new (const char *title, GtkBox **vbox);

/* The ("message-area") box for the texts, appended to VBOX.  */
GtkBox *dialog_message_area (GtkBox *vbox);

/* The Close button (GTK's own label, the window.close action), appended
   to VBOX, WINDOW's default and focused widget.  */
GtkButton *dialog_close_button (GtkWindow *window, GtkBox *vbox);

#endif /* HTTPSTATUS_DIALOG_PARTS_H */
