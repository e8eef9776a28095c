/* png-ink.c: png-ink FILE.png: prints "WIDTH HEIGHT INK BACKGROUND" for
   a screenshot.  BACKGROUND is the most common colour of its opaque
   pixels (#rrggbb), the window's background whatever the theme; INK is
   the number of opaque pixels that differ clearly from it: on a dialog,
   the strokes of its text, light on dark as well as dark on light.  A
   blank or unreadable picture has next to none, so
   tests/gtk-dialog.test can tell a real screenshot from an empty one by
   reading the file back, apart from the program that wrote it.  Exit
   status 1 if the file cannot be read as a picture.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

/* How far from the background a pixel must be, summed over red, green
   and blue, to count as ink: more than a third of full contrast, so
   that the cores of text strokes count (light or dark theme, dimmed
   small print too) but not the shades of a button's background, a
   border or the anti-aliased fringe of a stroke.  */
#define INK_MIN_DISTANCE (3 * 0x60)

static uint32_t
pixel_at (const guchar *pixels, size_t stride, int x, int y)
{
  uint32_t p;
  memcpy (&p, pixels + (size_t) y * stride + (size_t) x * 4, sizeof p);
  return p;
}

static unsigned
channel_distance (uint32_t p, uint32_t q, int shift)
{
  int a = (int) ((p >> shift) & 0xff), b = (int) ((q >> shift) & 0xff);
  return (unsigned) abs (a - b);
}

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
  /* Cairo's format: native-endian ARGB32, premultiplied; only opaque
     pixels count, whose colour is then the plain one.  */
  gdk_texture_download (texture, pixels, stride);

  /* The background: the commonest opaque colour.  */
  GHashTable *counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  uint32_t background = 0;
  guint most = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        uint32_t p = pixel_at (pixels, stride, x, y);
        if (p >> 24 != 0xff)
          continue;
        gpointer key = GUINT_TO_POINTER (p);
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1;
        g_hash_table_insert (counts, key, GUINT_TO_POINTER (n));
        if (n > most)
          {
            most = n;
            background = p;
          }
      }
  g_hash_table_destroy (counts);

  long ink = 0;
  if (most > 0)
    for (int y = 0; y < height; y++)
      for (int x = 0; x < width; x++)
        {
          uint32_t p = pixel_at (pixels, stride, x, y);
          if (p >> 24 == 0xff
              && channel_distance (p, background, 16)
                 + channel_distance (p, background, 8)
                 + channel_distance (p, background, 0) >= INK_MIN_DISTANCE)
            ink++;
        }
  printf ("%d %d %ld #%06lx\n", width, height, ink,
          (unsigned long) (background & 0xffffff));
  g_free (pixels);
  g_object_unref (texture);
  return 0;
}
