/* shared_index.h: the baseline of shared_index.c.  */

#ifndef BENCH_SHARED_INDEX_H
#define BENCH_SHARED_INDEX_H

#include <httpstatus.h>

/* Filled by bench, indexed by code - HTTPSTATUS_CODE_MIN.  */
extern const char *bench_shared_names[HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1];

const char *bench_shared_index (int code);

/* old_from_name.c: release 0.1's httpstatus_from_name, a walk of the
   table, for comparison only; bench fills the table it walks with the
   registered codes (0.1 had no others), in order.  */
extern const char *bench_old_constants[512];
extern const char *bench_old_reasons[512];
extern int bench_old_codes[512];
extern unsigned int bench_old_count;
int bench_old_from_name (const char *name);

#endif
