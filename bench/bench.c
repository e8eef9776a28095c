/* bench.c: what each call costs, next to a baseline measured in the
   same run, so that a claim such as "httpstatus_name is as cheap as an
   array index" is a number and not a hope.

   Each case is a loop of calls in a function of its own (loop_CASE),
   never inlined, its results stored to a volatile sink so that nothing
   is optimised away.  A comparison times its case and its baseline in
   turn, several rounds, and keeps the fastest of each: the least
   disturbed run is the closest to the true cost on a busy machine.

     bench                 time every comparison, print ns/call and ratios
     bench -n N -r R       N calls per round (default: calibrated), R rounds
     bench --list          the comparisons: "case baseline target zh"
                           lines (zh: 1 when both run in zh_TW.UTF-8)
     bench --case CASE -n N
                           warm up, then run loop_CASE once with N calls
                           inside measured_run: bench/callgrind.sh counts
                           the instructions of that run alone, not the
                           warm-up's
     bench --case empty -n N
                           the same loop with no call in it: its
                           instructions are the loops' own, which
                           callgrind.sh subtracts to get a call's net cost

   The localized cases use the build tree's catalog (tests/locale) and
   zh_TW.UTF-8 locale (tests/locales), as the tests do: nothing installed
   on the machine is read.  */

#include <config.h>

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "shared_index.h"

#define NOINLINE __attribute__ ((__noinline__))

/* The codes cycled through: a power of two, so that the loops wrap
   their index with a mask, not a division that would cost more than
   the cheapest calls measured.  */
#define RING 64

static int codes[RING];
static const char *constants[RING];     /* "HTTP_STATUS_NOT_FOUND" */
static const char *constant_copies[RING]; /* same text, other address */
static const char *short_names[RING];   /* "not_found": no prefix, lower */
static const char *misses[RING];        /* names of no code */
static const char *vendor_names[RING];  /* "HTTPSTATUS_CLOUDFLARE_...": the longest */
static const char *en_titles[RING];     /* English msgids, C locale */
static const char *en_descriptions[RING];
/* Transport errors, spread over the three spaces.  */
static int err_spaces[RING], err_codes[RING];
static const char *err_names[RING];     /* "CURLE_OPERATION_TIMEDOUT" */
static locale_t zh_locale;
static const char *zh_name;             /* httpstatus_negotiate's "zh_TW" */
static const char *zh_copy;             /* "zh_TW" at another address */
static int have_zh;                     /* localized cases can run */

/* The baseline of the untranslated lookups: a plain array of the same
   strings, indexed by code - HTTPSTATUS_CODE_MIN.  */
static const char *plain_names[HTTPSTATUS_CODE_MAX - HTTPSTATUS_CODE_MIN + 1];

static const char *volatile sink_text;
static volatile int sink_int;
static char sink_buf[1024];

static NOINLINE const char *
array_index (int code)
{
  return plain_names[code - HTTPSTATUS_CODE_MIN];
}

/* One loop per case.  I is the call's number, R its slot in the ring.  */
#define LOOP(name, statement)                                   \
  static NOINLINE void loop_##name (long n)                     \
  {                                                             \
    for (long i = 0; i < n; i++)                                \
      {                                                         \
        unsigned int r = (unsigned int) i & (RING - 1);         \
        statement;                                              \
      }                                                         \
  }

/* The loops' own cost: the same index, load and store to a sink, and
   no call.  */
LOOP (empty, sink_int = codes[r])
LOOP (array_index, sink_text = array_index (codes[r]))
LOOP (shared_index, sink_text = bench_shared_index (codes[r]))
LOOP (name, sink_text = httpstatus_name (codes[r]))
LOOP (reason, sink_text = httpstatus_reason (codes[r]))
LOOP (strcmp, sink_int = strcmp (constants[r], constant_copies[r]))
LOOP (from_name, sink_int = httpstatus_from_name (constants[r]))
LOOP (from_name_short, sink_int = httpstatus_from_name (short_names[r]))
LOOP (from_name_miss, sink_int = httpstatus_from_name (misses[r]))
LOOP (from_name_vendor, sink_int = httpstatus_from_name (vendor_names[r]))
LOOP (old_from_name, sink_int = bench_old_from_name (constants[r]))
LOOP (old_from_name_miss, sink_int = bench_old_from_name (misses[r]))
#if ENABLE_NLS
LOOP (dcgettext_title,
      sink_text = dcgettext (HTTPSTATUS_TEXTDOMAIN, en_titles[r], LC_MESSAGES))
LOOP (dcgettext_description,
      sink_text = dcgettext (HTTPSTATUS_TEXTDOMAIN, en_descriptions[r],
                             LC_MESSAGES))
#endif
LOOP (title, sink_text = httpstatus_title (codes[r]))
LOOP (description, sink_text = httpstatus_description (codes[r]))
LOOP (title_l, sink_text = httpstatus_title_l (codes[r], zh_locale))
LOOP (description_l,
      sink_text = httpstatus_description_l (codes[r], zh_locale))
LOOP (title_r,
      sink_int = httpstatus_title_r (codes[r], sink_buf, sizeof sink_buf))
/* By language name: the name negotiate hands out (the fast path), the
   same name at another address, and the spellings a caller may keep
   passing (a BCP 47 tag with and without its script, a locale name),
   each resolved once and then remembered.  */
LOOP (title_lang, sink_text = httpstatus_title_lang (codes[r], zh_name))
LOOP (description_lang,
      sink_text = httpstatus_description_lang (codes[r], zh_name))
LOOP (title_lang_copy, sink_text = httpstatus_title_lang (codes[r], zh_copy))
LOOP (title_lang_tag, sink_text = httpstatus_title_lang (codes[r], "zh-Hant"))
LOOP (title_lang_bcp47, sink_text = httpstatus_title_lang (codes[r], "zh-TW"))
LOOP (title_lang_script,
      sink_text = httpstatus_title_lang (codes[r], "zh-Hant-TW"))
LOOP (title_lang_locale,
      sink_text = httpstatus_title_lang (codes[r], "zh_TW.UTF-8"))
LOOP (negotiate,
      sink_text = ((void) r,
                   httpstatus_negotiate ("zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7")))
/* The transport errors: the same calls by (space, number).  */
LOOP (error_name, sink_text = httpstatus_error_name (err_spaces[r],
                                                     err_codes[r]))
LOOP (error_title, sink_text = httpstatus_error_title (err_spaces[r],
                                                       err_codes[r]))
LOOP (error_title_lang,
      sink_text = httpstatus_error_title_lang (err_spaces[r], err_codes[r],
                                               zh_name))
LOOP (error_description_lang,
      sink_text = httpstatus_error_description_lang (err_spaces[r],
                                                     err_codes[r], zh_name))
LOOP (error_from_name,
      sink_int = httpstatus_error_from_name (err_names[r], NULL))
LOOP (error_description_r,
      sink_int = httpstatus_error_description_r (err_spaces[r], err_codes[r],
                                                 sink_buf, sizeof sink_buf))
/* One call: the first of a language, which reads and indexes its
   catalog (main runs no warm-up before it).  */
LOOP (first_load, sink_text = httpstatus_title_lang (codes[r], "zh_TW"))

struct bench_case
{
  const char *name;
  void (*loop) (long);
  int localized;                /* runs in zh_TW.UTF-8 */
};
#define NO_WARM_UP 2                  /* in .localized: first_load */

static const struct bench_case cases[] = {
  { "empty", loop_empty, 0 },
  { "array_index", loop_array_index, 0 },
  { "shared_index", loop_shared_index, 0 },
  { "name", loop_name, 0 },
  { "reason", loop_reason, 0 },
  { "strcmp", loop_strcmp, 0 },
  { "from_name", loop_from_name, 0 },
  { "from_name_short", loop_from_name_short, 0 },
  { "from_name_miss", loop_from_name_miss, 0 },
  { "from_name_vendor", loop_from_name_vendor, 0 },
  { "old_from_name", loop_old_from_name, 0 },
  { "old_from_name_miss", loop_old_from_name_miss, 0 },
#if ENABLE_NLS
  { "dcgettext_title", loop_dcgettext_title, 1 },
  { "dcgettext_description", loop_dcgettext_description, 1 },
#endif
  { "title", loop_title, 1 },
  { "description", loop_description, 1 },
  { "title_l", loop_title_l, 1 },
  { "description_l", loop_description_l, 1 },
  { "title_r", loop_title_r, 1 },
  { "title_lang", loop_title_lang, 1 },
  { "description_lang", loop_description_lang, 1 },
  { "title_lang_copy", loop_title_lang_copy, 1 },
  { "title_lang_tag", loop_title_lang_tag, 1 },
  { "title_lang_bcp47", loop_title_lang_bcp47, 1 },
  { "title_lang_script", loop_title_lang_script, 1 },
  { "title_lang_locale", loop_title_lang_locale, 1 },
  { "negotiate", loop_negotiate, 1 },
  { "error_name", loop_error_name, 0 },
  { "error_title", loop_error_title, 1 },
  { "error_title_lang", loop_error_title_lang, 1 },
  { "error_description_lang", loop_error_description_lang, 1 },
  { "error_from_name", loop_error_from_name, 0 },
  { "error_description_r", loop_error_description_r, 1 },
  { "first_load", loop_first_load, 1 | NO_WARM_UP },
};
#define N_CASES (sizeof cases / sizeof cases[0])

/* What is compared with what, and the ratio it must stay under (0: no
   target, the ratio is reported for information); MAX_NET, when not 0,
   is the most net instructions per call the case may cost, which
   callgrind.sh checks (times have no such target).  */
struct comparison
{
  const char *api, *baseline;
  double target;
  double max_net;
};

static const struct comparison comparisons[] = {
  { "name", "array_index", 2.0, 0 },
  { "reason", "array_index", 2.0, 0 },
  /* How much of the above is the PLT call, not the library's work.  */
  { "shared_index", "array_index", 0, 0 },
  { "name", "shared_index", 0, 0 },
#if ENABLE_NLS
  { "title", "dcgettext_title", 1.10, 0 },
  { "description", "dcgettext_description", 1.10, 0 },
#endif
  { "title_l", "title", 0, 0 },
  { "description_l", "description", 0, 0 },
  { "title_r", "title", 0, 0 },
  /* httpstatus_from_name: a hit with the prefix, a hit without it
     in lower case, a miss, the vendors' constants (the longest names); against strcmp of two equal constants, and
     against release 0.1's walk of the table (bench/old_from_name.c).  */
  { "from_name", "strcmp", 0, 200 },
  { "from_name_short", "strcmp", 0, 200 },
  { "from_name_miss", "strcmp", 0, 200 },
  { "from_name_vendor", "strcmp", 0, 200 },
  { "old_from_name", "from_name", 0, 0 },
  { "old_from_name_miss", "from_name_miss", 0, 0 },
#if ENABLE_NLS
  /* By language name, after the first load: an array index, 100
     instructions at most whatever the locale (issue 14), against
     gettext's lookup; the name negotiate returns, the same name at
     another address, and any spelling a caller keeps passing (issue
     19), which is resolved once per folder and remembered;
     negotiation.  */
  { "title_lang", "dcgettext_title", 0, 100 },
  { "description_lang", "dcgettext_description", 0, 100 },
  { "title_lang_copy", "dcgettext_title", 0, 100 },
  { "title_lang_tag", "dcgettext_title", 0, 100 },
  { "title_lang_bcp47", "dcgettext_title", 0, 100 },
  { "title_lang_script", "dcgettext_title", 0, 100 },
  { "title_lang_locale", "dcgettext_title", 0, 100 },
  { "negotiate", "dcgettext_title", 0, 0 },
  /* The transport errors' calls, the same promises (issue 20).  */
  { "error_title", "dcgettext_title", 0, 0 },
  { "error_title_lang", "dcgettext_title", 0, 100 },
  { "error_description_lang", "dcgettext_description", 0, 100 },
  { "error_description_r", "error_title", 0, 0 },
#endif
  /* Information only: no target of the issue's.  */
  { "error_name", "array_index", 0, 0 },
  { "error_from_name", "strcmp", 0, 0 },
};
#define N_COMPARISONS (sizeof comparisons / sizeof comparisons[0])

static const struct bench_case *
find_case (const char *name)
{
  for (size_t i = 0; i < N_CASES; i++)
    if (strcmp (cases[i].name, name) == 0)
      return &cases[i];
  return NULL;
}

/* Fill the ring and the baselines' data, in the C locale (the English
   msgids), then switch to zh_TW.UTF-8 from the build tree if it is
   there.  */
static void
set_up (void)
{
  int n = 0;
  for (int c = httpstatus_next (-1); c != -1; c = httpstatus_next (c))
    {
      plain_names[c - HTTPSTATUS_CODE_MIN]
        = bench_shared_names[c - HTTPSTATUS_CODE_MIN] = httpstatus_name (c);
      /* Release 0.1's walk knew the registered codes only.  */
      if (strncmp (httpstatus_name (c), "HTTP_STATUS_", 12) == 0)
        {
          bench_old_constants[bench_old_count] = httpstatus_name (c);
          bench_old_reasons[bench_old_count] = httpstatus_reason (c);
          bench_old_codes[bench_old_count++] = c;
        }
    }
  for (int c = -1; n < RING;)
    {
      c = httpstatus_next (c);
      if (c == -1)
        continue;               /* start the table over */
      codes[n] = c;
      constants[n] = httpstatus_name (c);
      constant_copies[n] = strdup (constants[n]);
      /* "HTTP_STATUS_NOT_FOUND" -> "not_found"; a vendor's
         "HTTPSTATUS_NGINX_..." -> "nginx_...".  */
      const char *bare = strchr (constants[n], '_') + 1;
      if (strncmp (constants[n], "HTTP_STATUS_", 12) == 0)
        bare = constants[n] + 12;
      char *lower = strdup (bare);
      for (char *p = lower; *p; p++)
        *p = (char) (*p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p);
      short_names[n] = lower;
      /* A miss that looks like a hit: the constant with one letter
         more, so neither a length nor a first letter gives it away.  */
      size_t len = strlen (constants[n]);
      char *miss = malloc (len + 2);
      memcpy (miss, constants[n], len);
      miss[len] = 'X';
      miss[len + 1] = '\0';
      misses[n] = miss;
      en_titles[n] = httpstatus_title (c);
      en_descriptions[n] = httpstatus_description (c);
      n++;
    }

  /* The vendors' constants, cycled.  */
  for (int c = -1, k = 0; k < RING;)
    {
      c = httpstatus_next (c);
      if (c != -1 && httpstatus_vendor (c) != HTTPSTATUS_VENDOR_NONE)
        vendor_names[k++] = httpstatus_name (c);
    }

  /* Every transport error, then RING of them evenly spread.  */
  static int all_spaces[1024], all_codes[1024];
  int n_errors = 0;
  for (int space = 1; space <= 3; space++)
    for (int code = 0; code < 13000 && n_errors < 1024; code++)
      if (httpstatus_error_name (space, code) != NULL)
        {
          all_spaces[n_errors] = space;
          all_codes[n_errors++] = code;
        }
  for (int k = 0; k < RING; k++)
    {
      int e = k * n_errors / RING;
      err_spaces[k] = all_spaces[e];
      err_codes[k] = all_codes[e];
      err_names[k] = httpstatus_error_name (all_spaces[e], all_codes[e]);
    }

  /* The locale and the catalog of the build tree, never the machine's,
     and no LANGUAGE list to send gettext to other catalogs.  */
  unsetenv ("LANGUAGE");
  setenv ("LOCPATH", BENCH_LOCPATH, 1);
#if ENABLE_NLS
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, BENCH_LOCALEDIR);
  if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    {
      fprintf (stderr, "bench: no zh_TW.UTF-8 in %s (make check builds it); "
               "the localized cases are skipped\n", BENCH_LOCPATH);
      return;
    }
  zh_locale = newlocale (LC_ALL_MASK, "zh_TW.UTF-8", (locale_t) 0);
  /* Timing the English fallback would flatter the library: make sure
     the catalog answers.  */
  if (zh_locale == (locale_t) 0
      || strcmp (httpstatus_title (codes[0]), en_titles[0]) == 0)
    {
      fprintf (stderr, "bench: the zh_TW catalog in %s does not answer\n",
               BENCH_LOCALEDIR);
      exit (1);
    }
  zh_copy = strdup ("zh_TW");
  have_zh = 1;
#else
  fprintf (stderr, "bench: built without NLS; the localized cases are "
           "skipped\n");
#endif
}

/* Every call once for every code of the ring: binds the domain, loads
   the catalog and resolves the PLT entries, which a first call pays
   for and the loops must not.  */
static void
warm_up (void)
{
  for (size_t i = 0; i < N_CASES; i++)
    if ((have_zh || !cases[i].localized)
        && !(cases[i].localized & NO_WARM_UP))
      cases[i].loop (RING);
}

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Seconds per call of CASE over N calls.  */
static double
time_case (const struct bench_case *c, long n)
{
  double start = now ();
  c->loop (n);
  return (now () - start) / n;
}

/* Calls enough for a round of about 20 ms of the slower case.  */
static long
calibrate (const struct bench_case *a, const struct bench_case *b)
{
  long n = RING;
  while (n < (1L << 30))
    {
      double start = now ();
      a->loop (n);
      b->loop (n);
      if (now () - start > 0.02)
        break;
      n *= 2;
    }
  return n;
}

/* The run that callgrind counts (callgrind.sh's --toggle-collect),
   in a function of its own so that the warm-up, which runs the same
   loop_CASE first, is not counted with it.  The empty asm after the
   call keeps it a call: a tail jump into loop_CASE would leave
   measured_run, for callgrind, before the loop starts.  */
static NOINLINE void
measured_run (const struct bench_case *c, long n)
{
  c->loop (n);
  __asm__ __volatile__ ("" ::: "memory");
}

static int
run_comparisons (long fixed_n, int rounds)
{
  int missed = 0;
  printf ("%-26s %9s   %-26s %9s %7s %8s\n", "call", "ns/call", "baseline",
          "ns/call", "ratio", "target");
  for (size_t i = 0; i < N_COMPARISONS; i++)
    {
      const struct comparison *cmp = &comparisons[i];
      const struct bench_case *api = find_case (cmp->api);
      const struct bench_case *base = find_case (cmp->baseline);
      if ((api->localized || base->localized) && !have_zh)
        continue;
      long n = fixed_n > 0 ? fixed_n : calibrate (api, base);
      double best_api = 1e9, best_base = 1e9;
      for (int r = 0; r < rounds; r++)
        {
          double t = time_case (base, n);
          best_base = t < best_base ? t : best_base;
          t = time_case (api, n);
          best_api = t < best_api ? t : best_api;
        }
      double ratio = best_api / best_base;
      char target[32] = "-";
      if (cmp->target > 0)
        {
          int met = ratio <= cmp->target;
          missed += !met;
          snprintf (target, sizeof target, "%s%.2f %s", "<=", cmp->target,
                    met ? "ok" : "MISSED");
        }
      char api_label[64], base_label[64];
      snprintf (api_label, sizeof api_label, "%s%s%s",
                api->loop == loop_shared_index
                || strncmp (api->name, "old_", 4) == 0 ? "" : "httpstatus_",
                api->name, api->localized ? " zh" : "");
      snprintf (base_label, sizeof base_label, "%s%s", base->name,
                base->localized ? " zh" : "");
      printf ("%-26s %9.2f   %-26s %9.2f %7.2f %8s\n", api_label,
              best_api * 1e9, base_label, best_base * 1e9, ratio, target);
    }

  /* What every ns/call above includes besides the call.  Not
     subtracted: out-of-order execution overlaps the loop with the
     call, so times do not add up as instructions do.  */
  const struct bench_case *empty = find_case ("empty");
  long n = fixed_n > 0 ? fixed_n : calibrate (empty, empty);
  double best = 1e9;
  for (int r = 0; r < rounds; r++)
    {
      double t = time_case (empty, n);
      best = t < best ? t : best;
    }
  printf ("%-26s %9.2f   (the loops' own cost, in every ns/call above)\n",
          "empty loop", best * 1e9);
  return missed;
}

static void
usage (void)
{
  fprintf (stderr, "usage: bench [-n CALLS] [-r ROUNDS] | --list | "
           "--case CASE -n CALLS\n");
  exit (2);
}

int
main (int argc, char **argv)
{
  long n = 0;
  int rounds = 7;
  const char *only = NULL;
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--list") == 0)
        {
          for (size_t k = 0; k < N_COMPARISONS; k++)
            printf ("%s %s %.2f %d %.0f\n", comparisons[k].api,
                    comparisons[k].baseline, comparisons[k].target,
                    find_case (comparisons[k].api)->localized != 0,
                    comparisons[k].max_net);
          return 0;
        }
      if (i + 1 == argc)
        usage ();
      if (strcmp (argv[i], "-n") == 0)
        n = atol (argv[++i]);
      else if (strcmp (argv[i], "-r") == 0)
        rounds = atoi (argv[++i]);
      else if (strcmp (argv[i], "--case") == 0)
        only = argv[++i];
      else
        usage ();
    }
  if (rounds < 1 || n < 0)
    usage ();

  set_up ();
  if (only != NULL && strcmp (only, "first_load") == 0)
    {
      /* Nothing before it may load a catalog by name.  */
      if (!have_zh)
        return 77;
      measured_run (find_case (only), 1);
      return 0;
    }
  double first = now ();
  if (have_zh)
    loop_first_load (1);
  first = now () - first;
  if (have_zh)
    {
      zh_name = httpstatus_negotiate ("zh-TW");
      /* As above: the English fallback must not pass for a lookup.  */
      if (strcmp (httpstatus_title_lang (codes[0], zh_name), en_titles[0])
          == 0)
        {
          fprintf (stderr, "bench: the _lang calls find no zh_TW in %s\n",
                   BENCH_LOCALEDIR);
          exit (1);
        }
    }
  warm_up ();
  if (only != NULL)
    {
      const struct bench_case *c = find_case (only);
      if (c == NULL || n == 0)
        usage ();
      if (c->localized && !have_zh)
        return 77;              /* automake's "skipped" */
      measured_run (c, n);
      return 0;
    }
  /* A target missed is reported, not an error: timings on a shared
     machine are evidence, not a test.  */
  run_comparisons (n, rounds);
  if (have_zh)
    printf ("%-26s %9.0f   (reading and indexing the zh_TW catalog, once)\n",
            "first _lang call zh", first * 1e9);
  return 0;
}
