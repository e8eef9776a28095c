/* check_threads.c: eight threads at once, each in a locale of its own
   (each language's UTF-8 locale, C, en_US.UTF-8) set with uselocale, each doing 100 000
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

/* The locales the threads take turns in: each language's, then C and
   en_US.UTF-8, which give English.  */
static struct
{
  const char *name;
  const struct fixture_lang *texts;     /* what it must give */
} locales[FIXTURE_MAX_LANGS + 2];
static int n_locales;

struct job
{
  int index;
  locale_t own, other;          /* the thread's locale, one for _l */
  const struct fixture_lang *own_texts, *other_texts;
  long checked, wrong;
  char first_wrong[512];
};

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
  const struct fixture_code *rows = fixture_codes (&n);
  uselocale (job->own);
  char buf[1024];
  for (int i = 0; i < LOOKUPS; i++)
    {
      int k = (i + job->index) % n;
      const struct fixture_code *row = &rows[k];
      int code = row->code;
      const char *title = job->own_texts->code[k].title;
      const char *desc = job->own_texts->code[k].description;
      switch (i % 4)
        {
        case 0:
          expect (job, code, "title", httpstatus_title (code), title);
          expect (job, code, "description", httpstatus_description (code), desc);
          break;
        case 1:
          expect (job, code, "title_l", httpstatus_title_l (code, job->other),
                  job->other_texts->code[k].title);
          expect (job, code, "description_l",
                  httpstatus_description_l (code, job->other),
                  job->other_texts->code[k].description);
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
          /* A vendor's code: its vendor's name in the thread's
             language (vendors.tsv, LL.tsv's vendor:KEY).  */
          const char *key = fixture_vendor (code);
          if (key != NULL)
            {
              char extra[64];
              snprintf (extra, sizeof extra, "vendor:%s", key);
              expect (job, code, "vendor_title",
                      httpstatus_vendor_title (httpstatus_vendor (code)),
                      fixture_extra (job->own_texts, extra));
            }
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
      const char *own = locales[t % n_locales].name;
      const char *other = locales[(t + 1) % n_locales].name;
      jobs[t].index = t;
      jobs[t].own = newlocale (LC_ALL_MASK, own, (locale_t) 0);
      jobs[t].other = newlocale (LC_ALL_MASK, other, (locale_t) 0);
      ck_assert_msg (jobs[t].own != (locale_t) 0, "no locale %s", own);
      ck_assert_msg (jobs[t].other != (locale_t) 0, "no locale %s", other);
      jobs[t].own_texts = locales[t % n_locales].texts;
      jobs[t].other_texts = locales[(t + 1) % n_locales].texts;
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

/* The _lang calls, every language under four spellings each, copied
   to the caller's buffers in turn (new addresses, the same bytes), and
   unknown languages: the memory of spellings (src/catalog.c) filled,
   read and overwritten by every thread at once.  (Not while another
   thread rebinds the domain: gettext frees the old folder's name that
   bindtextdomain (domain, NULL) handed out, which no caller of that
   query can guard against.)  */
struct spelling_job
{
  int index;
  long wrong;
  char first_wrong[512];
};

static void *
spell (void *arg)
{
  struct spelling_job *job = arg;
  int n, langs;
  const struct fixture_code *rows = fixture_codes (&n);
  const struct fixture_lang *l = fixture_languages (&langs);
  char bufs[4][32];
  for (int i = 0; i < LOOKUPS / 4; i++)
    {
      int k = (i + job->index) % n, lang = (i / 4 + job->index) % (langs + 1);
      char *lp = bufs[i % 4];
      const char *want;
      if (lang == langs)
        {
          snprintf (lp, 32, "x%c%c", 'a' + i % 26, 'a' + job->index % 26);
          want = fixture_english ()->code[k].title;
        }
      else
        {
          static const char *const forms[] = { "%s", "%s", "%s.UTF-8", "%s" };
          snprintf (lp, 32, forms[i % 4], l[lang].name);
          for (char *c = lp; *c != '\0' && *c != '.'; c++)
            if (i % 4 == 1 && *c == '_')
              *c = '-';
            else if (i % 4 == 3 && ((*c >= 'a' && *c <= 'z')
                                    || (*c >= 'A' && *c <= 'Z')))
              *c ^= 0x20;       /* the other case: "ZH_tw" */
          want = fixture_expected (&l[lang])->code[k].title;
        }
      const char *got = httpstatus_title_lang (rows[k].code, lp);
      if (strcmp (got, want) != 0 && job->wrong++ == 0)
        snprintf (job->first_wrong, sizeof job->first_wrong,
                  "thread %d, %s, code %d: got \"%s\", want \"%s\"",
                  job->index, lp, rows[k].code, got, want);
    }
  return NULL;
}

START_TEST (spellings_at_once)
{
  test_bind_build_tree ();
  struct spelling_job jobs[THREADS];
  pthread_t threads[THREADS];
  memset (jobs, 0, sizeof jobs);
  for (int t = 0; t < THREADS; t++)
    {
      jobs[t].index = t;
      ck_assert_int_eq (pthread_create (&threads[t], NULL, spell, &jobs[t]),
                        0);
    }
  for (int t = 0; t < THREADS; t++)
    ck_assert_int_eq (pthread_join (threads[t], NULL), 0);
  for (int t = 0; t < THREADS; t++)
    ck_assert_msg (jobs[t].wrong == 0, "%ld wrong; first: %s", jobs[t].wrong,
                   jobs[t].first_wrong);
}
END_TEST

int
main (void)
{
  int langs;
  const struct fixture_lang *l = fixture_languages (&langs);
  fixture_vendor (0);           /* loaded here, not by the threads */
  test_require_all_locales ();
  test_require_locale ("en_US.UTF-8");
  for (int i = 0; i < langs; i++)
    {
      locales[n_locales].name = l[i].locale;
      locales[n_locales++].texts = fixture_expected (&l[i]);
    }
  locales[n_locales].name = "C";
  locales[n_locales++].texts = fixture_english ();
  locales[n_locales].name = "en_US.UTF-8";
  locales[n_locales++].texts = fixture_english ();
  Suite *s = suite_create ("threads");
  TCase *tc = tcase_create ("threads");
  /* Sanitizers and valgrind make this slow; it is never timed.  */
  tcase_set_timeout (tc, 600);
  ADD (tc, threads_each_in_their_locale);
  ADD (tc, spellings_at_once);
  suite_add_tcase (s, tc);
  return test_run (s);
}
