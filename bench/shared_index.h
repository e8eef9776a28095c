/* shared_index.h: the baseline of shared_index.c.  */

#ifndef BENCH_SHARED_INDEX_H
#define BENCH_SHARED_INDEX_H

/* Filled by bench, indexed by code - 100.  */
extern const char *bench_shared_names[500];

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
