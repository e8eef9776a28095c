/* check_threads.c: eight threads at once, each in a locale of its own
   (zh_TW.UTF-8, C, en_US.UTF-8) set with uselocale, each doing 100 000
   lookups through every call (plain, _l, _r) and checking every result.
   .ci/run also runs it in a -fsanitize=thread build.  */

#include <config.h>

#include <errno.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <httpstatus.h>

#include "testutil.h"

#define THREADS 8
#define LOOKUPS 100000

static const char *const locale_names[] = { "zh_TW.UTF-8", "C", "en_US.UTF-8" };
#define NLOCALES (sizeof locale_names / sizeof locale_names[0])

struct job
{
  int index;
  locale_t own, other;          /* the thread's locale, one for _l */
  int own_zh, other_zh;         /* whether each gives zh_TW text */
  long checked, wrong;
  char first_wrong[512];
};

static int
gives_zh (const char *name)
{
#if ENABLE_NLS
  return strncmp (name, "zh_TW", 5) == 0;
#else
  (void) name;
  return 0;
#endif
}

static void
expect (struct job *job, int code, const char *what, const char *got,
        const char *want)
{
  job->checked++;
  if (strcmp (got, want) == 0)
    return;
  if (job->wrong++ == 0)
    snprintf (job->first_wrong, sizeof job->first_wrong,
              "thread %d, code %d, %s: got \"%s\", want \"%s\"", job->index,
              code, what, got, want);
}

static void *
run (void *arg)
{
  struct job *job = arg;
  int n;
  const struct fixture_row *rows = fixture_rows (&n);
  uselocale (job->own);
  char buf[1024];
  for (int i = 0; i < LOOKUPS; i++)
    {
      const struct fixture_row *row = &rows[(i + job->index) % n];
      int code = row->code;
      const char *title = job->own_zh ? row->zh_title : row->title;
      const char *desc = job->own_zh ? row->zh_description : row->description;
      switch (i % 4)
        {
        case 0:
          expect (job, code, "title", httpstatus_title (code), title);
          expect (job, code, "description", httpstatus_description (code), desc);
          break;
        case 1:
          expect (job, code, "title_l", httpstatus_title_l (code, job->other),
                  job->other_zh ? row->zh_title : row->title);
          expect (job, code, "description_l",
                  httpstatus_description_l (code, job->other),
                  job->other_zh ? row->zh_description : row->description);
          break;
        case 2:
          if (httpstatus_title_r (code, buf, sizeof buf) != 0)
            expect (job, code, "title_r status", "ERANGE", "0");
          expect (job, code, "title_r", buf, title);
          if (httpstatus_description_r (code, buf, sizeof buf) != 0)
            expect (job, code, "description_r status", "ERANGE", "0");
          expect (job, code, "description_r", buf, desc);
          break;
        default:
          expect (job, code, "name", httpstatus_name (code), row->constant);
          expect (job, code, "reason", httpstatus_reason (code), row->reason);
          if (httpstatus_from_name (row->constant) != code)
            expect (job, code, "from_name", "wrong code", row->constant);
          break;
        }
    }
  uselocale (LC_GLOBAL_LOCALE);
  return NULL;
}

START_TEST (threads_each_in_their_locale)
{
  test_bind_build_tree ();
  struct job jobs[THREADS];
  pthread_t threads[THREADS];
  memset (jobs, 0, sizeof jobs);
  for (int t = 0; t < THREADS; t++)
    {
      const char *own = locale_names[t % NLOCALES];
      const char *other = locale_names[(t + 1) % NLOCALES];
      jobs[t].index = t;
      jobs[t].own = newlocale (LC_ALL_MASK, own, (locale_t) 0);
      jobs[t].other = newlocale (LC_ALL_MASK, other, (locale_t) 0);
      ck_assert_msg (jobs[t].own != (locale_t) 0, "no locale %s", own);
      ck_assert_msg (jobs[t].other != (locale_t) 0, "no locale %s", other);
      jobs[t].own_zh = gives_zh (own);
      jobs[t].other_zh = gives_zh (other);
    }
  /* All start before any has gone far: the first lookups, which bind
     the domain and load the catalog, race each other.  */
  for (int t = 0; t < THREADS; t++)
    ck_assert_int_eq (pthread_create (&threads[t], NULL, run, &jobs[t]), 0);
  for (int t = 0; t < THREADS; t++)
    ck_assert_int_eq (pthread_join (threads[t], NULL), 0);
  for (int t = 0; t < THREADS; t++)
    {
      ck_assert_msg (jobs[t].wrong == 0, "%ld wrong; first: %s", jobs[t].wrong,
                     jobs[t].first_wrong);
      ck_assert_int_ge (jobs[t].checked, 2L * LOOKUPS);
      freelocale (jobs[t].own);
      freelocale (jobs[t].other);
    }
  /* The process's locale was never touched.  */
  ck_assert_str_eq (setlocale (LC_ALL, NULL), "C");
}
END_TEST

int
main (void)
{
  test_require_locale ("zh_TW.UTF-8");
  test_require_locale ("en_US.UTF-8");
  fixture_rows (NULL);
  Suite *s = suite_create ("threads");
  TCase *tc = tcase_create ("threads");
  /* Sanitizers and valgrind make this slow; it is never timed.  */
  tcase_set_timeout (tc, 600);
  ADD (tc, threads_each_in_their_locale);
  suite_add_tcase (s, tc);
  return test_run (s);
}
