/* self-test.h: the dialog checks itself once it is on screen.  */

#ifndef HTTPSTATUS_CURL_DIALOG_SELF_TEST_H
#define HTTPSTATUS_CURL_DIALOG_SELF_TEST_H

#include "dialog.h"

struct self_test
{
  const char *screenshot;         /* PNG file to write, or NULL */
  const char *expect_title;       /* what the heading must read, or NULL */
  const char *expect_description; /* what the body must read, or NULL */
  const char *expect_small_print; /* the small print's first line, or NULL */
  int failed;                     /* set by the checks */
  const struct fetch_dialog *dialog; /* set by self_test_start */
};

/* Once DIALOG is drawn for the first time: compare its labels with the
   expected texts, check that every character had a glyph, save the
   screenshot, print one "ok - ..." or "not ok - ..." line per check,
   close the window through its Close action and set TEST->failed if a
   check failed.  A window not drawn within 30 s fails too.  */
void self_test_start (struct self_test *test,
                      const struct fetch_dialog *dialog);

#endif /* HTTPSTATUS_CURL_DIALOG_SELF_TEST_H */
