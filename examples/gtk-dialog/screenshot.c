/* screenshot.c: a widget, as drawn, saved to a PNG file.

   The widget is rendered again by its own window's GskRenderer rather
   than grabbed from the screen: no window manager, compositor or X
   server timing is involved, so the picture is the same under Xvfb as
   on a desktop.  */

#include <stdio.h>

#include <gtk/gtk.h>

#include "screenshot.h"

gboolean
screenshot_save_png (GtkWidget *widget, const char *path)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native)
                                         : NULL;
  if (width <= 0 || height <= 0 || renderer == NULL)
    {
      fprintf (stderr, "screenshot: the window is not drawn yet\n");
      return FALSE;
    }

  /* A widget paintable draws the widget as it is now, in its own
     coordinates: exactly what the window shows.  */
  GdkPaintable *paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  GskRenderNode *node = gtk_snapshot_free_to_node (snapshot);
  g_object_unref (paintable);
  if (node == NULL)
    {
      fprintf (stderr, "screenshot: the window drew nothing\n");
      return FALSE;
    }

  graphene_rect_t viewport = GRAPHENE_RECT_INIT (0, 0, width, height);
  GdkTexture *texture = gsk_renderer_render_texture (renderer, node,
                                                     &viewport);
  gsk_render_node_unref (node);
  gboolean saved = gdk_texture_save_to_png (texture, path);
  g_object_unref (texture);
  if (!saved)
    fprintf (stderr, "screenshot: cannot write %s\n", path);
  return saved;
}
