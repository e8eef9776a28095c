/* self-test.h: the dialog checks itself once it is on screen.  */

#ifndef HTTPSTATUS_SELF_TEST_H
#define HTTPSTATUS_SELF_TEST_H

#include "dialog.h"

struct self_test
{
  int code;
  const char *screenshot;         /* PNG file to write, or NULL */
  const char *expect_title;       /* what the heading must read, or NULL */
  const char *expect_description; /* what the body must read, or NULL */
  const char *expect_reason;      /* the reason the small print must give
                                     after the code, or NULL */
  int failed;                     /* set by the checks */
  const struct status_dialog *dialog; /* set by self_test_start */
};

/* Once DIALOG's window has been drawn for the first time, compare what
   its labels hold with the library's texts for TEST->code and with the
   expected texts, make sure every character had a glyph, save the
   screenshot, print one "ok - ..." or "not ok - ..." line per check on
   standard output, close the window through its Close action, and set
   TEST->failed if any check failed.  If the window is not drawn within a while, that is a
   failure too.  TEST must live until the window is destroyed.  */
void self_test_start (struct self_test *test,
                      const struct status_dialog *dialog);

#endif /* HTTPSTATUS_SELF_TEST_H */
