/* png-ink.c: png-ink FILE.png: prints "WIDTH HEIGHT INK" for a
   screenshot, INK being the number of opaque pixels darker than mid
   grey: on the light default theme, the pixels of text.  A blank or
   unreadable picture has none, so tests/gtk-dialog.test can tell a
   real screenshot from an empty one by reading the file back, apart
   from the program that wrote it.  Exit status 1 if the file cannot be
   read as a picture.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: png-ink FILE.png\n");
      return 2;
    }
  GError *error = NULL;
  GdkTexture *texture = gdk_texture_new_from_filename (argv[1], &error);
  if (texture == NULL)
    {
      fprintf (stderr, "png-ink: %s\n", error->message);
      g_error_free (error);
      return 1;
    }
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  size_t stride = (size_t) width * 4;
  guchar *pixels = g_malloc ((size_t) height * stride);
  /* Cairo's format: native-endian ARGB32, premultiplied.  */
  gdk_texture_download (texture, pixels, stride);
  long ink = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        uint32_t p;
        memcpy (&p, pixels + (size_t) y * stride + (size_t) x * 4, sizeof p);
        unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff,
                 b = p & 0xff;
        if (a >= 0xc0 && r + g + b < 3 * 0x80)
          ink++;
      }
  printf ("%d %d %ld\n", width, height, ink);
  g_free (pixels);
  g_object_unref (texture);
  return 0;
}
