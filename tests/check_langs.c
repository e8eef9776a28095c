/* check_langs.c: the languages room (src/langs.c) under conditions the
   public calls cannot arrange by themselves: no descriptor left, no
   memory left, a FIFO where a catalog should be, a binding that moves
   back and forth.

   Built with the library's sources and HS_TEST_HOOKS (tests/
   Makefile.inc), which give it hs_test_malloc, the allocator the
   library calls (to make it fail), and hs_test_loads, how many catalog
   files were read; the installed library has neither.

   Each test binds the domain to a spelling of the build tree's catalog
   folder of its own ("DIR/./."), so that it starts with nothing loaded
   even when Check runs every test in one process (CK_FORK=no).  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"
#include "../src/langs.h"

/* The library's allocations: the first ALLOWED succeed, then every
   one fails.  */
static long allowed, made;

static void *
failing_malloc (size_t size)
{
  if (made++ >= allowed)
    {
      errno = ENOMEM;
      return NULL;
    }
  return malloc (size);
}

#if ENABLE_NLS

/* The spellings a caller may keep passing for zh_TW.  */
static const char *const spellings[] = {
  "zh_TW", "zh-TW", "zh_TW.UTF-8", "zh-Hant-TW", "ZH-tw"
};
#define N_SPELLINGS (sizeof spellings / sizeof spellings[0])

/* Binds the domain to the build tree's catalogs under a spelling of
   the folder no other test uses: TEST_LOCALEDIR followed by N "/.".  */
static void
bind_fresh (int n)
{
  static char dir[4096];
  snprintf (dir, sizeof dir, "%s", TEST_LOCALEDIR);
  for (int i = 0; i < n; i++)
    strcat (dir, "/.");
  ck_assert_ptr_nonnull (bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir));
}

static const struct fixture_lang *
zh_tw (void)
{
  int n;
  const struct fixture_lang *langs = fixture_languages (&n);
  for (int i = 0; i < n; i++)
    if (strcmp (langs[i].name, "zh_TW") == 0)
      return &langs[i];
  ck_abort_msg ("no zh_TW in po/LINGUAS");
  return NULL;
}

/* Every call with every spelling, whatever it answers now.  */
static void
call_everything (void)
{
  for (size_t i = 0; i < N_SPELLINGS; i++)
    {
      httpstatus_title_lang (404, spellings[i]);
      httpstatus_description_lang (404, spellings[i]);
      httpstatus_class_title_lang (404, spellings[i]);
      httpstatus_negotiate (spellings[i]);
      httpstatus_lang_tag (spellings[i]);
    }
  httpstatus_lang_installed (0);
}

/* Every spelling answers in zh_TW, as its fixture says.  */
static void
assert_all_zh_tw (void)
{
  const struct fixture_lang *zh = zh_tw ();
  int k = fixture_row (404);
  for (size_t i = 0; i < N_SPELLINGS; i++)
    {
      ck_assert_msg (strcmp (httpstatus_title_lang (404, spellings[i]),
                             zh->code[k].title) == 0,
                     "%s: \"%s\"", spellings[i],
                     httpstatus_title_lang (404, spellings[i]));
      ck_assert_str_eq (httpstatus_description_lang (404, spellings[i]),
                        zh->code[k].description);
      ck_assert_str_eq (httpstatus_class_title_lang (404, spellings[i]),
                        zh->class_text[4].title);
      ck_assert_str_eq (httpstatus_negotiate (spellings[i]), "zh_TW");
      ck_assert_str_eq (httpstatus_lang_tag (spellings[i]), "zh-TW");
    }
  /* And the name negotiate hands out, by its address.  */
  ck_assert_str_eq (httpstatus_title_lang (404, httpstatus_negotiate ("zh-TW")),
                    zh->code[k].title);
}

/* With every descriptor taken, no catalog can be opened (EMFILE): the
   calls answer in English for now, and once descriptors are free again
   every spelling answers in zh_TW.  A cache that kept the English
   answer would leave "zh_TW" English for the life of the process.  */
START_TEST (no_descriptor_left_is_not_remembered)
{
  bind_fresh (1);
  /* The fixtures are read before the descriptors run out.  */
  zh_tw ();
  const char *english = fixture_english ()->code[fixture_row (404)].title;
  struct rlimit old, low;
  ck_assert_int_eq (getrlimit (RLIMIT_NOFILE, &old), 0);
  low = old;
  low.rlim_cur = 64;
  ck_assert_int_eq (setrlimit (RLIMIT_NOFILE, &low), 0);
  int fds[64], n = 0;
  while (n < 64 && (fds[n] = open ("/dev/null", O_RDONLY)) >= 0)
    n++;
  ck_assert_int_lt (n, 64);
  ck_assert_int_eq (errno, EMFILE);
  call_everything ();
  const char *now = httpstatus_title_lang (404, "zh_TW");
  while (n > 0)
    close (fds[--n]);
  ck_assert_int_eq (setrlimit (RLIMIT_NOFILE, &old), 0);
  ck_assert_str_eq (now, english);
  assert_all_zh_tw ();
}
END_TEST

/* The same for memory, at every allocation of a first load in turn:
   the copy of the binding, the folder's state, the catalog's path, its
   bytes, its index.  */
START_TEST (no_memory_left_is_not_remembered)
{
  for (allowed = 0; allowed < 8; allowed++)
    {
      bind_fresh (2 + (int) allowed);
      made = 0;
      hs_test_malloc = failing_malloc;
      call_everything ();
      hs_test_malloc = malloc;
      assert_all_zh_tw ();
    }
}
END_TEST

/* A FIFO where zh_TW's catalog should be: the first load must neither
   hang (an open without O_NONBLOCK waits for a writer, under the load
   lock) nor take it for a catalog.  Check's timeout fails a hang.  */
START_TEST (a_fifo_is_no_catalog)
{
  char dir[4096];
  snprintf (dir, sizeof dir, "%s/tests/fifo-XXXXXX", TEST_BUILDDIR);
  ck_assert_ptr_nonnull (mkdtemp (dir));
  char path[4200];
  snprintf (path, sizeof path, "%s/zh_TW", dir);
  ck_assert_int_eq (mkdir (path, 0700), 0);
  strcat (path, "/LC_MESSAGES");
  ck_assert_int_eq (mkdir (path, 0700), 0);
  strcat (path, "/" HTTPSTATUS_TEXTDOMAIN ".mo");
  ck_assert_int_eq (mkfifo (path, 0600), 0);
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, dir);
  const char *english = fixture_english ()->code[fixture_row (404)].title;
  ck_assert_str_eq (httpstatus_title_lang (404, "zh_TW"), english);
  ck_assert_str_eq (httpstatus_negotiate ("zh-TW"), "en");
  ck_assert_ptr_null (httpstatus_lang_installed (1));
  unlink (path);
  *strrchr (path, '/') = '\0';
  rmdir (path);
  *strrchr (path, '/') = '\0';
  rmdir (path);
  rmdir (dir);
}
END_TEST

/* Binding back and forth between two folders reads each catalog once:
   each folder keeps its catalogs.  Reading them anew at each binding
   grew the process by about 50 KB a binding.  */
START_TEST (rebinding_reads_each_catalog_once)
{
  const struct fixture_lang *zh = zh_tw ();
  int k = fixture_row (404);
  unsigned int before = hs_test_loads ();
  for (int i = 0; i < 3000; i++)
    {
      bind_fresh (20 + i % 2);
      ck_assert_str_eq (httpstatus_title_lang (404, "zh_TW"),
                        zh->code[k].title);
      ck_assert_str_eq (httpstatus_title_lang (404, "zh-Hant-TW"),
                        zh->code[k].title);
    }
  ck_assert_uint_le (hs_test_loads () - before, 2 * hs_lang_count ());
}
END_TEST


/* A spelling keeps its one record: many spellings passed in turn, more
   than the buckets that find records, once wrote a new record at every
   call whose buckets had been taken by another spelling, so that 100
   spellings used up the 256 records and the next spellings were never
   remembered.  */
START_TEST (spellings_in_turn_keep_their_records)
{
  const struct fixture_lang *zh = zh_tw ();
  int k = fixture_row (404);
  bind_fresh (40);
  static char spelling[100][24];
  for (int i = 0; i < 100; i++)
    snprintf (spelling[i], sizeof spelling[i], "zh-TW-x-a%03d", i);
  unsigned int before = hs_test_records ();
  for (int round = 0; round < 10; round++)
    for (int i = 0; i < 100; i++)
      ck_assert_str_eq (httpstatus_title_lang (404, spelling[i]),
                        zh->code[k].title);
  ck_assert_uint_le (hs_test_records () - before, 100);
}
END_TEST

#endif /* ENABLE_NLS */

/* With no memory at all, not even for the binding's copy, the calls
   answer in English.  */
START_TEST (english_without_memory)
{
#if ENABLE_NLS
  bind_fresh (30);
#endif
  made = 0;
  allowed = 0;
  hs_test_malloc = failing_malloc;
  const char *title = httpstatus_title_lang (404, "zh-TW");
  hs_test_malloc = malloc;
  ck_assert_str_eq (title, fixture_english ()->code[fixture_row (404)].title);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("langs");
  TCase *tc = tcase_create ("langs");
  tcase_set_timeout (tc, 30);
#if ENABLE_NLS
  ADD (tc, no_descriptor_left_is_not_remembered);
  ADD (tc, no_memory_left_is_not_remembered);
  ADD (tc, a_fifo_is_no_catalog);
  ADD (tc, rebinding_reads_each_catalog_once);
  ADD (tc, spellings_in_turn_keep_their_records);
#endif
  ADD (tc, english_without_memory);
  suite_add_tcase (s, tc);
  return test_run (s);
}
