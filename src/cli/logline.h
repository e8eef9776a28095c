/* logline.h: the status code of a web access-log line.  */

#ifndef HTTPSTATUS_LOGLINE_H
#define HTTPSTATUS_LOGLINE_H

#include <stddef.h>

/* The status code of the LEN bytes at LINE (no end-of-line bytes), a
   line of the Common or Combined Log Format, Apache's and nginx's
   defaults:
     host ident user [date] "request" status bytes ["referer" "agent"...]
   -1 if the line is not of that form or its status is not a number in
   HTTPSTATUS_CODE_MIN..HTTPSTATUS_CODE_MAX.  Only the fields up to bytes are read, so a prefix of a
   long line that reaches them is enough.  Any bytes are accepted (NUL,
   invalid UTF-8); nothing past LINE + LEN is read.  */
int logline_status (const char *line, size_t len);

#endif /* HTTPSTATUS_LOGLINE_H */
