# gi-check.py: the library through GObject Introspection, from Python
# (PyGObject), against the fixtures: every code's title and description
# in every language of po/LINGUAS by name (_lang calls), the class
# fallbacks, every constant of codes.tsv, the calls on names and
# languages, and the locale-driven calls in LL.UTF-8.  Run by
# tests/gi-python.test with GI_TYPELIB_PATH and LD_LIBRARY_PATH on the
# build tree; prints TAP.  Arguments: FIXTURES LINGUAS LOCALEDIR USE_NLS
import locale
import os
import sys

import gi
gi.require_version("HttpStatus", "1.0")
from gi.repository import HttpStatus  # noqa: E402

fixtures, linguas, localedir, use_nls = sys.argv[1:5]
# The build tree's catalogs, as an application shipping its own would
# bind them (Python's locale module calls the C library's bindtextdomain).
locale.bindtextdomain(HttpStatus.TEXTDOMAIN, localedir)

n = 0
failed = 0


def check(what, expected, actual):
    global n, failed
    n += 1
    if expected == actual:
        print(f"ok {n} - {what}")
    else:
        failed += 1
        print(f"not ok {n} - {what}")
        print(f"# expected {expected!r}")
        print(f"#   actual {actual!r}")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            yield line.split("\t")


codes = [r for r in rows(os.path.join(fixtures, "codes.tsv")) if r[0] != "code"]
languages = ["en"] + [l for l in
                      (x.split("#")[0].strip() for x in open(linguas)) if l]

for ll in languages:
    texts = {r[0]: r for r in rows(os.path.join(fixtures,
             (ll if use_nls == "yes" else "en") + ".tsv"))}
    bad = [c for c, *_ in codes
           if HttpStatus.title_lang(int(c), ll) != texts[c][1]
           or HttpStatus.description_lang(int(c), ll) != texts[c][2]]
    check(f"{ll}: title_lang and description_lang of every code",
          [], bad)
    check(f"{ll}: class_title_lang of 0..5",
          [texts[f"class{k}"][1] for k in range(6)],
          [HttpStatus.class_title_lang(k * 100 + 70 if k else 0, ll)
           for k in range(6)])
zh = "zh_TW" if use_nls == "yes" else "en"
zh_texts = {r[0]: r for r in rows(os.path.join(fixtures, zh + ".tsv"))}
check("title_lang (404, 'zh_TW')", zh_texts["404"][1],
      HttpStatus.title_lang(404, "zh_TW"))
en_texts = {r[0]: r for r in rows(os.path.join(fixtures, "en.tsv"))}
check("title_lang (404, None) is English",
      en_texts["404"][1], HttpStatus.title_lang(404, None))

# Every constant of codes.tsv, its name and reason.
prefixes = ("HTTP_STATUS_", "HTTPSTATUS_")
bad = [c for c, const, reason, *_ in codes
       if getattr(HttpStatus, const.split("_", 2)[2]
                  if const.startswith(prefixes[0])
                  else const[len(prefixes[1]):], None) != int(c)
       or HttpStatus.name(int(c)) != const
       or HttpStatus.reason(int(c)) != reason
       or HttpStatus.from_name(const) != int(c)]
check("every code's constant, name, reason and from_name", [], bad)
check("CODE_MIN, CODE_MAX", (100, 599),
      (HttpStatus.CODE_MIN, HttpStatus.CODE_MAX))
check("name (470) is None", None, HttpStatus.name(470))
check("from_name: 'not_found', None, ''", [404, -1, -1],
      [HttpStatus.from_name(x) for x in ("not_found", None, "")])
check("class, next", [4, 0, 101, -1],
      [HttpStatus.class_(404), HttpStatus.class_(600),
       HttpStatus.next(100), HttpStatus.next(HttpStatus.CODE_MAX)])
check("vendor of 499, its name; no vendor's name is None",
      [HttpStatus.VENDOR_NGINX, "nginx", None],
      [HttpStatus.vendor(499), HttpStatus.vendor_name(HttpStatus.VENDOR_NGINX),
       HttpStatus.vendor_name(HttpStatus.VENDOR_NONE)])
check("origin of 404", HttpStatus.ORIGIN_WININET | HttpStatus.ORIGIN_IANA,
      HttpStatus.origin(404))


# The transport errors: every (space, number) of errors.tsv, its name
# and from_name, the constants; its texts by name in every language
# that has a fixture errors-LL.tsv (errors-en.tsv for English).
spaces = {"curl": HttpStatus.ERRORS_CURL, "wininet": HttpStatus.ERRORS_WININET,
          "winhttp": HttpStatus.ERRORS_WINHTTP}
errors = list(rows(os.path.join(fixtures, "errors.tsv")))
check("ERRORS_CURL, _WININET, _WINHTTP", [1, 2, 3],
      [spaces["curl"], spaces["wininet"], spaces["winhttp"]])
check("every error's name and from_name", [],
      [const for space, number, const in errors
       if HttpStatus.error_name(spaces[space], int(number)) != const
       or HttpStatus.error_from_name(const) != (int(number), spaces[space])])
for ll in languages:
    path = os.path.join(fixtures, f"errors-{ll if use_nls == 'yes' else 'en'}.tsv")
    if not os.path.exists(path):
        continue
    texts = {r[0]: r for r in rows(path)}
    check(f"{ll}: error_title_lang and error_description_lang of every error",
          [], [const for space, number, const in errors
               if HttpStatus.error_title_lang(spaces[space], int(number), ll)
               != texts[const][1]
               or HttpStatus.error_description_lang(spaces[space], int(number), ll)
               != texts[const][2]])
    check(f"{ll}: an unknown error's texts are its space's",
          [texts["space:curl"][1], texts["space:unknown"][1]],
          [HttpStatus.error_title_lang(spaces["curl"], 9999, ll),
           HttpStatus.error_title_lang(99, 7, ll)])
check("an unknown error has no name; from_name gives (-1, 0)",
      [None, (-1, 0), (-1, 0)],
      [HttpStatus.error_name(spaces["curl"], 9999),
       HttpStatus.error_from_name("NOT_FOUND"), HttpStatus.error_from_name(None)])

# Languages by name.
installed = []
while (name := HttpStatus.lang_installed(len(installed))) is not None:
    installed.append(name)
check("lang_installed: English and every language, then None",
      languages if use_nls == "yes" else ["en"], installed)
check("negotiate", [zh, zh, "en", "en"],
      [HttpStatus.negotiate("zh-TW"), HttpStatus.negotiate("fr, zh-Hant;q=0.5"),
       HttpStatus.negotiate(None), HttpStatus.negotiate("")])
check("lang_tag", [zh.replace("_", "-"), "en"],
      [HttpStatus.lang_tag("zh_TW"), HttpStatus.lang_tag(None)])

# The locale-driven calls, in the build tree's zh_TW.UTF-8 (LOCPATH).
try:
    locale.setlocale(locale.LC_ALL, "zh_TW.UTF-8")
    check("title (404) in zh_TW.UTF-8", zh_texts["404"][1],
          HttpStatus.title(404))
    check("error_title (CURL, 7) in zh_TW.UTF-8 is error_title_lang's",
          HttpStatus.error_title_lang(HttpStatus.ERRORS_CURL, 7, zh),
          HttpStatus.error_title(HttpStatus.ERRORS_CURL, 7))
    locale.setlocale(locale.LC_ALL, "C")
except locale.Error as e:
    check(f"zh_TW.UTF-8 locale: {e}", True, False)

# What is left out on purpose (gi/annotations.c, gi/Makefile.inc).
check("the _l and _r calls are not bound", [],
      [f for f in ("title_l", "description_l", "title_r", "description_r",
                   "error_title_r", "error_description_r")
       if hasattr(HttpStatus, f)])

print(f"1..{n}")
sys.exit(1 if failed else 0)
