/* list.c: --list, every code as a table whose columns stay aligned in
   any locale: widths are display columns (wcswidth), so a CJK title,
   two columns a character, lines up with an English one.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <httpstatus.h>

#include "cli.h"
#if HS_WINDOWS
# include "w32.h"
#endif

/* The display width of S in the current locale; its length in bytes
   when it is not text of the locale's charset.  */
static size_t
display_width (const char *s)
{
#if HS_WINDOWS
  return cli_w32_display_width (s);
#else
  size_t len = strlen (s);
  wchar_t wide[512];
  size_t n = mbstowcs (wide, s, sizeof wide / sizeof wide[0]);
  if (n == (size_t) -1 || n >= sizeof wide / sizeof wide[0])
    return len;
  int w = wcswidth (wide, n);
  return w >= 0 ? (size_t) w : len;
#endif
}

/* S, then spaces up to WIDTH columns and two more between columns.  */
static void
cell (const char *s, size_t width)
{
  size_t w = display_width (s);
  fputs (s, stdout);
  for (size_t i = w; i < width + 2; i++)
    putchar (' ');
}

enum { COLUMNS = 4 };

static void
row (const char *const cells[COLUMNS], const size_t width[COLUMNS])
{
  for (int c = 0; c < COLUMNS - 1; c++)
    cell (cells[c], width[c]);
  puts (cells[COLUMNS - 1]);
}

void
cli_list_table (const int *codes, size_t n)
{
  const char *header[COLUMNS] = { _("Code"), _("Constant"), _("Title"),
                                  _("Origin") };
  size_t width[COLUMNS];
  for (int c = 0; c < COLUMNS; c++)
    width[c] = display_width (header[c]);

  /* Two passes: the widths first, then the rows.  */
  char (*origin)[128] = calloc (n + 1, sizeof *origin);
  char (*number)[16] = calloc (n + 1, sizeof *number);
  if (origin == NULL || number == NULL)
    {
      cli_oom ();
      exit (EXIT_TROUBLE);
    }
  for (size_t i = 0; i < n; i++)
    {
      snprintf (number[i], sizeof number[i], "%d",
                CLI_IS_ERROR (codes[i]) ? CLI_ERROR_CODE (codes[i]) : codes[i]);
      cli_origin (codes[i], origin[i], sizeof origin[i]);
      const char *cells[COLUMNS] = { number[i], cli_item_name (codes[i]),
                                     cli_title (codes[i]), origin[i] };
      for (int c = 0; c < COLUMNS; c++)
        {
          size_t w = display_width (cells[c]);
          if (w > width[c])
            width[c] = w;
        }
    }
  row (header, width);
  for (size_t i = 0; i < n; i++)
    {
      const char *cells[COLUMNS] = { number[i], cli_item_name (codes[i]),
                                     cli_title (codes[i]), origin[i] };
      row (cells, width);
    }
  free (origin);
  free (number);
}
