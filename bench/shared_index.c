/* shared_index.c: the array-index baseline again, but in a shared
   library of its own, so that bench calls it through the PLT exactly
   as it calls libhttpstatus.  The difference between the two baselines
   is what any call into a shared library costs, before the library
   does anything.  */

#include "shared_index.h"

const char *bench_shared_names[HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1];

const char *
bench_shared_index (int code)
{
  return bench_shared_names[code - HTTPSTATUS_CODE_MIN];
}
