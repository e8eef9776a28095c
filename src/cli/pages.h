/* pages.h: the parts of `httpstatus pages`, each a file: the options
   and the run (cmd-pages.c), the pages themselves (pages.c), the
   folder they go into (pages-dir.c), which language answers which
   range (pages-langs.c), and the servers' snippets (pages-nginx.c,
   pages-apache.c).  */

#ifndef HTTPSTATUS_PAGES_H
#define HTTPSTATUS_PAGES_H

#include <limits.h>
#include <stddef.h>

#include "cli.h"

/* The most languages one run writes: more than po/LINGUAS will hold
   for long; a --lang beyond it is ignored.  */
#define CLI_PAGES_LANGS_MAX 64

/* Where the servers find the pages.  */
#define CLI_PAGES_URL "/httpstatus-errors/"

#ifndef PATH_MAX
# define PATH_MAX 4096
#endif

/* pages.c: a page template, read and checked: NULL for the built-in
   page.  Returns 0, or prints what is wrong ("FILE:LINE: ...") and
   returns -1.  */
struct cli_template;
int cli_template_read (const char *file, struct cli_template **t);
void cli_template_free (struct cli_template *t);

/* pages.c: the page of CODE in language LANG (a name of
   httpstatus_lang_installed) through template T (NULL: the built-in
   one) into B.  */
void cli_page_render (const struct cli_template *t, int code,
                      const char *lang, struct cli_buf *b);

/* pages-dir.c: a folder the pages go into, opened once: every file is
   written relative to it, so that nothing renamed or planted on the
   way (a symbolic link in place of a language's folder) sends a page
   elsewhere.  PATH is its name for messages and the snippets (the
   output folder's is absolute); MADE, whether this run made it;
   WRITTEN, the names written into a folder it made (NUL-separated),
   removed again if the run fails.  */
struct cli_dir
{
  char path[PATH_MAX + 64];
  int fd;
  int made;
  struct cli_buf written;
};

/* pages-dir.c: the output folder OUT into D: made if missing; one that
   exists only with FORCE; its absolute name one the servers'
   configurations can quote.  Returns 0, or says why not and returns
   -1 (a folder it made is gone again).  */
int cli_dir_open_out (struct cli_dir *d, const char *out, int force);

/* pages-dir.c: the folder NAME in PARENT into D, made if missing; one
   that is not a folder (a symbolic link to one too) is refused.
   Returns 0, or says why not and returns -1 (D then holds nothing to
   close or take back).  */
int cli_dir_open_sub (struct cli_dir *parent, const char *name,
                      struct cli_dir *d);

/* pages-dir.c: the LEN bytes of DATA written to NAME in D whole or not
   at all: to a new temporary name beside it (".NAME.XXXXXX"), then
   renamed.  On failure the file's name and the reason are on standard
   error; returns -1.  */
int cli_dir_write (struct cli_dir *d, const char *name, const char *data,
                   size_t len);

/* pages-dir.c: done with D, in PARENT (NULL for the output folder).
   If UNDO, what this run made of it goes: the files it wrote into a
   folder it made, then the folder.  */
void cli_dir_close (struct cli_dir *d, struct cli_dir *parent, int undo);

/* pages-langs.c: the language of the pages that httpstatus_negotiate
   gives the language range PROBE when only the NLANGS LANGS (catalog
   names) are installed; NULL when none of them serves it.  */
const char *cli_pages_resolve (const char *probe, const char *const *langs,
                               size_t nlangs);

/* pages-langs.c: the order in which the NLANGS LANGS (catalog names,
   "en" among them) break ties, English left out: each primary
   language's own order, as a bare range of it gets them from the
   library one excluded after the other ("zh": zh_CN, zh_TW, zh_HK),
   then the rest as given.  Into ORDER, of CLI_PAGES_LANGS_MAX; returns
   how many.  Pure: it reads the library and nothing else.  */
size_t cli_pages_lang_order (const char *const *langs, size_t nlangs,
                             const char **order);

/* The kinds of language range the snippets know (Chinese), most
   specific first: a range the library reads as PROBE does matches
   REGEX (lower case, whole range); TAGS are the exact tags of the
   kind, for Apache's variants.  The languages of the pages beyond
   these get a kind of their own, by primary subtag.  */
struct cli_pages_kind
{
  const char *probe;
  const char *regex;
  const char *tags;
};
extern const struct cli_pages_kind cli_pages_kinds[];
extern const size_t cli_pages_nkinds;

/* pages-langs.c: the length of catalog NAME's primary subtag (2 for
   "zh_TW"), and whether NAME is of one of the kinds.  */
size_t cli_pages_primary_len (const char *name);
int cli_pages_has_kind (const char *name);

/* pages-nginx.c, pages-apache.c: the servers' snippets for the pages
   of the NCODES CODES in the NLANGS languages LANGS (catalog names,
   "en" first) that lie in the folder OUT, written into OUT; they serve
   the pages under URL (ending in '/').  Returns 0 or -1.  */
int cli_pages_nginx (struct cli_dir *out, const char *url,
                     const char *const *langs, size_t nlangs,
                     const int *codes, size_t ncodes);
int cli_pages_apache (struct cli_dir *out, const char *url,
                      const char *const *langs, size_t nlangs,
                      const int *codes, size_t ncodes);

#endif /* HTTPSTATUS_PAGES_H */
