/* check_i18n.c: zh_TW texts for every code through the build tree's
   catalog and a zh_TW.UTF-8 locale compiled into the build tree.  */

#include <config.h>

#include <locale.h>

#include <httpstatus.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "testutil.h"

/* Run in each test's own process; main has checked that the locale
   exists and set LOCPATH.  */
static void
use_zh_TW (void)
{
  test_bind_build_tree ();
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "zh_TW.UTF-8"));
}

/* One test per fixture row (a loop test: _i is the row).  */
START_TEST (every_code_in_zh_TW)
{
  use_zh_TW ();
  const struct fixture_row *row = &fixture_rows (NULL)[_i];
  int code = row->code;
#if ENABLE_NLS
  ck_assert_str_eq (httpstatus_title (code), row->zh_title);
  ck_assert_str_eq (httpstatus_description (code), row->zh_description);
#else
  /* Built without NLS: English whatever the locale.  */
  ck_assert_str_eq (httpstatus_title (code), row->title);
  ck_assert_str_eq (httpstatus_description (code), row->description);
#endif
  /* Never translated.  */
  ck_assert_str_eq (httpstatus_name (code), row->constant);
  ck_assert_str_eq (httpstatus_reason (code), row->reason);
}
END_TEST

#if ENABLE_NLS
START_TEST (fallbacks_in_zh_TW)
{
  use_zh_TW ();
  ck_assert_str_eq (httpstatus_title (0), "不明的狀態碼");
  ck_assert_str_eq (httpstatus_description (-1),
                    "這不是 HTTP 狀態碼：狀態碼是 100 到 599 之間的三位數。");
  ck_assert_str_eq (httpstatus_title (104), "資訊回應");
  ck_assert_str_eq (httpstatus_description (104),
                    "已收到要求，正在處理中（無法辨識的資訊狀態碼）。");
  ck_assert_str_eq (httpstatus_title (299), "成功回應");
  ck_assert_str_eq (httpstatus_description (299),
                    "已順利收到、理解並接受要求（無法辨識的成功狀態碼）。");
  ck_assert_str_eq (httpstatus_title (306), "重新導向");
  ck_assert_str_eq (httpstatus_description (306),
                    "需要進一步的動作才能完成要求（無法辨識的重新導向狀態碼）。");
  ck_assert_str_eq (httpstatus_title (499), "用戶端錯誤");
  ck_assert_str_eq (httpstatus_description (499),
                    "要求包含錯誤或無法完成（無法辨識的用戶端錯誤狀態碼）。");
  ck_assert_str_eq (httpstatus_title (599), "伺服器錯誤");
  ck_assert_str_eq (httpstatus_description (599),
                    "伺服器無法完成看似有效的要求（無法辨識的伺服器錯誤狀態碼）。");
  ck_assert_str_eq (httpstatus_class_title (404), "用戶端錯誤");
  ck_assert_str_eq (httpstatus_class_title (503), "伺服器錯誤");
  ck_assert_str_eq (httpstatus_class_title (200), "成功回應");
  ck_assert_str_eq (httpstatus_class_title (700), "不明的狀態碼");
  /* Reasons go on the wire: English in every locale.  */
  ck_assert_str_eq (httpstatus_reason (499), "Client Error");
  ck_assert_str_eq (httpstatus_reason (600), "Unknown Status Code");
}
END_TEST

/* The build-tree binding really is the one used: the zh_TW text comes
   from it, and pointing the domain at an empty folder afterwards gives
   English again.  */
START_TEST (rebinding_changes_the_catalog)
{
  use_zh_TW ();
  ck_assert_str_eq (httpstatus_title (404), "找不到");
  bindtextdomain (HTTPSTATUS_TEXTDOMAIN, "/nonexistent");
  ck_assert_str_eq (httpstatus_title (404), "Not Found");
}
END_TEST
#endif /* ENABLE_NLS */

int
main (void)
{
  test_require_locale ("zh_TW.UTF-8");
  Suite *s = suite_create ("i18n");
  TCase *tc = tcase_create ("zh_TW");
  int rows;
  fixture_rows (&rows);
  tcase_add_loop_test (tc, every_code_in_zh_TW, 0, rows);
#if ENABLE_NLS
  ADD (tc, fallbacks_in_zh_TW);
  ADD (tc, rebinding_changes_the_catalog);
#endif
  suite_add_tcase (s, tc);
  return test_run (s);
}
