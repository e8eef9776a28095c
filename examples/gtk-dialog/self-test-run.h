/* self-test-run.h: what the GTK example's and the libcurl example's
   self-tests do alike: report checks as TAP lines, check glyphs, save
   the screenshot, and run the checks once the window is drawn.  */

#ifndef HTTPSTATUS_SELF_TEST_RUN_H
#define HTTPSTATUS_SELF_TEST_RUN_H

#include <gtk/gtk.h>

/* Print "ok - WHAT" or "not ok - WHAT"; set *FAILED if not OK.  */
void self_test_report (int *failed, int ok, const char *what);

/* Check (as WHAT) that every character of LABEL had a glyph.  */
void self_test_check_glyphs (int *failed, const char *what, GtkLabel *label);

/* Save WINDOW, as drawn, to the PNG file FILE: a check too.  */
void self_test_screenshot (int *failed, GtkWindow *window, const char *file);

/* Once WINDOW has been drawn for the first time, call CHECKS (DATA),
   then close WINDOW through its Close action and check that it closed.
   If the window is not drawn within 30 s, report that and exit with
   status 1.  *FAILED and DATA must live until the window is destroyed.  */
void self_test_when_drawn (GtkWindow *window, int *failed,
                           void (*checks) (gpointer data), gpointer data);

#endif /* HTTPSTATUS_SELF_TEST_RUN_H */
