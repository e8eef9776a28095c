/* shared_index.h: the baseline of shared_index.c.  */

#ifndef BENCH_SHARED_INDEX_H
#define BENCH_SHARED_INDEX_H

/* Filled by bench, indexed by code - 100.  */
extern const char *bench_shared_names[500];

const char *bench_shared_index (int code);

#endif
