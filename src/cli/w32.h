/* w32.h: what the command needs to know of Windows (w32.c).  Elsewhere
   these are not compiled; callers test HS_WINDOWS.  */

#ifndef HTTPSTATUS_CLI_W32_H
#define HTTPSTATUS_CLI_W32_H

#include <stddef.h>

/* At start: standard input and output in binary mode (annotate keeps
   every byte; no LF becomes CRLF), files opened in binary mode by
   default, and UTF-8 for the console, since every text the command
   prints is UTF-8 there.  */
void cli_w32_init (void);

/* The display width of the UTF-8 text S: two columns for East Asian
   wide and full-width characters, one for others; its length in bytes
   when S is not UTF-8.  */
size_t cli_w32_display_width (const char *s);

/* --lang LANG: the language of the rest of the run, as libintl reads it
   on Windows (LC_ALL, then LANG), LANGUAGE dropped.  */
void cli_w32_set_language (const char *lang);

/* rename FROM to TO, replacing TO if it exists, at once (MoveFileEx):
   Windows' rename refuses an existing TO, and removing it first would
   lose it if the rename then failed.  0, or -1 with errno set.  */
int cli_w32_replace (const char *from, const char *to);

#endif /* HTTPSTATUS_CLI_W32_H */
