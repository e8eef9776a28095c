/* screenshot.h: a widget, as drawn, saved to a PNG file.  */

#ifndef HTTPSTATUS_SCREENSHOT_H
#define HTTPSTATUS_SCREENSHOT_H

#include <gtk/gtk.h>

/* Render WIDGET (mapped and laid out) at its current size into the PNG
   file PATH.  FALSE, with a message on stderr, if it cannot.  */
gboolean screenshot_save_png (GtkWidget *widget, const char *path);

#endif /* HTTPSTATUS_SCREENSHOT_H */
