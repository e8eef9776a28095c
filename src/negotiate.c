/* negotiate.c: which language the catalogs serve for a name, a BCP 47
   tag or an Accept-Language value.

   A request names a language the way it likes ("zh-Hant", "zh-HK",
   "zh_TW.UTF-8", "ZH-tw"); the library has a few catalogs named the
   gettext way (po/LINGUAS).  A request is read as language, script and
   region, the script implied by the region where it decides the
   catalog (Chinese), and tried against the catalogs in this order,
   every step only with catalogs that load and pass mo.c's checks:

     1. ll_RR, the request's own language and region, unless its script
        is not the request's (zh-Hans-TW is not zh_TW);
     2. the request's script's list (the table chains below): for
        Traditional zh_TW then zh_HK (zh_HK then zh_TW from Hong Kong
        and Macau), for Simplified zh_CN then zh_SG;
     3. ll, a catalog of the bare language;
     4. for a bare language, its own list: bare zh means Simplified
        first, as CLDR's likely subtags read it (zh -> zh-Hans-CN),
        then Traditional, since a Chinese reader is better served by
        either script than by English;
     5. English, always there.

   A script never falls back to the other: zh-TW is never answered
   in Simplified, nor zh-CN in Traditional.  The tables are data: a
   new language or script rule is a line in them.

   Accept-Language (RFC 9110 section 12.5.4) is read as RFC 4647's
   lookup reads a priority list: the ranges by decreasing q (the
   header's order among equals), each tried as above; q=0 excludes
   what a range matches (RFC 4647 basic filtering: "zh;q=0" excludes
   every Chinese catalog) unless a longer range matches it with q > 0;
   "*" is any catalog no other range names, English first.  When
   nothing acceptable is left the answer is English, the language of
   the wire's reason phrases: a server that prefers a 406 compares the
   answer with the header itself.  Nothing here knows more of HTTP than
   that header's value.  */

#include <config.h>

#include <errno.h>
#include <stdatomic.h>
#include <string.h>

#include "httpstatus.h"
#include "chars.h"
#include "lock.h"
#include "negotiate.h"

/* A request, lower case: language, script and region subtags, empty
   when absent.  */
struct tag
{
  char lang[4];
  char script[5];
  char region[4];
};

/* The script a region implies for a language, where the script is
   what tells its catalogs apart: CLDR's likely subtags.  */
static const struct
{
  char lang[4];
  char region[4];
  char script[5];
} implied[] = {
  { "zh", "tw", "hant" }, { "zh", "hk", "hant" }, { "zh", "mo", "hant" },
  { "zh", "cn", "hans" }, { "zh", "sg", "hans" }, { "zh", "my", "hans" },
};

/* The catalogs to try after a request's own ll_RR, by "ll-script-rr",
   "ll-script" or bare "ll" (the most specific key found is used).  */
static const struct
{
  char key[12];
  char chain[24];
} chains[] = {
  { "zh-hant-hk", "zh_HK zh_TW" },
  { "zh-hant-mo", "zh_HK zh_TW" },
  { "zh-hant", "zh_TW zh_HK" },
  { "zh-hans", "zh_CN zh_SG" },
  { "zh", "zh_CN zh_TW zh_HK" },
};

static int
is_alpha (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit (int c)
{
  return c >= '0' && c <= '9';
}

static const char *
implied_script (const char *lang, const char *region)
{
  if (region[0] == '\0')
    return "";
  for (size_t i = 0; i < sizeof implied / sizeof implied[0]; i++)
    if (strcmp (implied[i].lang, lang) == 0
        && strcmp (implied[i].region, region) == 0)
      return implied[i].script;
  return "";
}

/* Reads the LEN bytes at S as a BCP 47 tag (language, an extended
   language subtag that is skipped, script, region, then variants and
   extensions that are ignored) or a gettext name (ll_RR.charset@mod,
   charset and modifier ignored); "C" and "POSIX" are English.  Returns
   0 for anything else.  */
static int
parse_tag (const char *s, size_t len, struct tag *t)
{
  memset (t, 0, sizeof *t);
  for (size_t k = 0; k < len; k++)
    if (s[k] == '.' || s[k] == '@')
      {
        len = k;
        break;
      }
  if (hs_ascii_caseeq_n (s, len, "c") || hs_ascii_caseeq_n (s, len, "posix"))
    {
      strcpy (t->lang, "en");
      return 1;
    }
  size_t pos = 0;
  for (int n = 0; pos < len; n++)
    {
      size_t start = pos, alpha = 0, digit = 0;
      while (pos < len && s[pos] != '-' && s[pos] != '_')
        {
          unsigned char c = (unsigned char) s[pos++];
          if (is_alpha (c))
            alpha++;
          else if (is_digit (c))
            digit++;
          else
            return 0;
        }
      size_t sub = pos - start;
      if (sub == 0 || sub > 8)
        return 0;
      if (pos < len)
        {
          pos++;                /* the separator */
          if (pos == len)
            return 0;           /* "zh-" */
        }
      char *dst = NULL;
      if (n == 0)
        {
          if (digit != 0 || sub < 2 || sub > 3)
            return 0;
          dst = t->lang;
        }
      else if (n == 1 && sub == 3 && alpha == 3 && t->script[0] == '\0')
        continue;               /* an extended language subtag */
      else if (sub == 4 && alpha == 4 && t->script[0] == '\0'
               && t->region[0] == '\0')
        dst = t->script;
      else if (((sub == 2 && alpha == 2) || (sub == 3 && digit == 3))
               && t->region[0] == '\0')
        dst = t->region;
      else
        {
          /* Variants, extensions, private use: nothing we serve
             depends on them; they must still be well formed.  */
          while (pos < len)
            {
              unsigned char c = (unsigned char) s[pos++];
              if (!is_alpha (c) && !is_digit (c) && c != '-' && c != '_')
                return 0;
            }
          break;
        }
      for (size_t k = 0; k < sub; k++)
        dst[k] = (char) hs_ascii_tolower ((unsigned char) s[start + k]);
      dst[sub] = '\0';
    }
  if (t->lang[0] == '\0')
    return 0;
  if (t->script[0] == '\0')
    strcpy (t->script, implied_script (t->lang, t->region));
  return 1;
}

/* What a resolution asks with: the folder whose catalogs count, the
   slots a header excluded (NULL for none), and whether a catalog on
   the way answered HS_NOT_NOW.  */
struct ask
{
  struct hs_langs *folder;
  const unsigned char *excluded;
  int not_now;
};

/* Whether slot I is usable in ASK's folder; a catalog that cannot be
   read for now counts as unusable for this call, and says so.  */
static int
usable (struct ask *ask, unsigned int i)
{
  enum hs_verdict v = hs_lang_check (ask->folder, i);
  if (v == HS_NOT_NOW)
    ask->not_now = 1;
  return v == HS_YES;
}

/* The slot of catalog NAME (LEN bytes) if it is usable and not
   excluded, else -1.  */
static int
try_name (const char *name, size_t len, struct ask *ask)
{
  int i = hs_lang_find (name, len);
  if (i < 0 || (ask->excluded != NULL && ask->excluded[i])
      || !usable (ask, (unsigned int) i))
    return -1;
  return i;
}

/* The first usable slot of the space-separated list CHAIN.  */
static int
try_chain (const char *chain, struct ask *ask)
{
  while (*chain != '\0')
    {
      size_t len = strcspn (chain, " ");
      int i = try_name (chain, len, ask);
      if (i >= 0)
        return i;
      chain += len;
      chain += *chain == ' ';
    }
  return -1;
}

static const char *
find_chain (const char *key)
{
  for (size_t i = 0; i < sizeof chains / sizeof chains[0]; i++)
    if (strcmp (chains[i].key, key) == 0)
      return chains[i].chain;
  return NULL;
}

/* A, SEP and B (SEP omitted when B is empty) into BUF of 16 bytes;
   every part is at most 8 bytes, as parse_tag leaves them.  */
static void
join (char *buf, const char *a, char sep, const char *b)
{
  size_t n = strlen (a);
  memcpy (buf, a, n);
  if (*b != '\0')
    {
      buf[n++] = sep;
      size_t m = strlen (b);
      memcpy (buf + n, b, m);
      n += m;
    }
  buf[n] = '\0';
}

/* The language of slot I as a tag lower case with its implied script,
   "zh-hant-tw", in BUF (at least 16 bytes).  */
static void
slot_full_tag (unsigned int i, char *buf)
{
  struct tag t;
  const char *name = hs_lang_name (i);
  if (!parse_tag (name, strlen (name), &t))
    t.lang[0] = '\0';
  char lang_script[16];
  join (lang_script, t.lang, '-', t.script);
  join (buf, lang_script, '-', t.region);
}

/* The slot steps 1 to 4 of the comment at the top find for T, or -1.  */
static int
resolve_tag (const struct tag *t, struct ask *ask)
{
  char key[16], key2[16];
  int i;
  if (t->region[0] != '\0')
    {
      join (key, t->lang, '_', t->region);
      /* The catalog ll_RR is in the script RR implies.  */
      const char *own = implied_script (t->lang, t->region);
      if ((own[0] == '\0' || strcmp (own, t->script) == 0)
          && (i = try_name (key, strlen (key), ask)) >= 0)
        return i;
    }
  const char *chain = NULL;
  if (t->script[0] != '\0')
    {
      join (key2, t->lang, '-', t->script);
      join (key, key2, '-', t->region);
      chain = t->region[0] != '\0' ? find_chain (key) : NULL;
      if (chain == NULL)
        chain = find_chain (key2);
      if (chain != NULL && (i = try_chain (chain, ask)) >= 0)
        return i;
    }
  if ((i = try_name (t->lang, strlen (t->lang), ask)) >= 0)
    return i;
  if (t->script[0] == '\0' && (chain = find_chain (t->lang)) != NULL
      && (i = try_chain (chain, ask)) >= 0)
    return i;
  return -1;
}

unsigned int
hs_lang_resolve (struct hs_langs *folder, const char *lang, int *definite)
{
  struct tag t;
  struct ask ask = { folder, NULL, 0 };
  int i = -1;
  if (lang != NULL && parse_tag (lang, strlen (lang), &t))
    i = resolve_tag (&t, &ask);
  *definite = !ask.not_now;
  return i < 0 ? 0 : (unsigned int) i;
}

/* ---- Accept-Language -------------------------------------------- */

/* One element of the header: the range (LEN bytes at RANGE, "*" or a
   tag) and its weight in thousandths.  */
struct element
{
  const char *range;
  size_t len;
  int q;
};

static int
ows (int c)
{
  return c == ' ' || c == '\t';
}

/* The weight "1", "1.000", "0.5"... in thousandths, or -1.  */
static int
parse_q (const char *s, size_t len)
{
  if (len == 0 || (s[0] != '0' && s[0] != '1') || len > 5
      || (len > 1 && s[1] != '.'))
    return -1;
  int q = (s[0] - '0') * 1000, scale = 100;
  for (size_t k = 2; k < len; k++, scale /= 10)
    {
      if (!is_digit ((unsigned char) s[k]))
        return -1;
      q += (s[k] - '0') * scale;
    }
  return q > 1000 ? -1 : q;
}

/* The next element of the header from *P on, skipping empty and
   malformed ones; 0 at the end.  */
static int
next_element (const char **p, struct element *e)
{
  const char *s = *p;
  while (*s != '\0')
    {
      const char *end = s + strcspn (s, ",");
      const char *next = *end == ',' ? end + 1 : end;
      while (s < end && ows ((unsigned char) *s))
        s++;
      e->range = s;
      while (s < end && !ows ((unsigned char) *s) && *s != ';')
        s++;
      e->len = (size_t) (s - e->range);
      e->q = 1000;
      int ok = e->len > 0;
      while (ok && s < end)
        {
          while (s < end && ows ((unsigned char) *s))
            s++;
          if (s == end)
            break;
          if (*s != ';')
            {
              ok = 0;
              break;
            }
          s++;
          while (s < end && ows ((unsigned char) *s))
            s++;
          const char *param = s;
          while (s < end && *s != ';' && !ows ((unsigned char) *s))
            s++;
          size_t plen = (size_t) (s - param);
          if (plen >= 2 && hs_ascii_tolower ((unsigned char) param[0]) == 'q'
              && param[1] == '=')
            {
              e->q = parse_q (param + 2, plen - 2);
              ok = e->q >= 0;
            }
          /* Other parameters are not HTTP's; they change nothing.  */
        }
      struct tag t;
      if (ok && !(e->len == 1 && e->range[0] == '*')
          && !parse_tag (e->range, e->len, &t))
        ok = 0;
      s = next;
      if (ok)
        {
          *p = s;
          return 1;
        }
    }
  *p = s;
  return 0;
}

/* Whether range R (LEN bytes, not "*") matches the lower-case tag TAG
   by RFC 4647 basic filtering: equal, or a prefix ending at a '-'.  */
static int
range_matches (const char *r, size_t len, const char *tag)
{
  for (size_t k = 0; k < len; k++)
    {
      int c = hs_ascii_tolower ((unsigned char) r[k]);
      if (c == '_')
        c = '-';
      if (tag[k] == '\0' || c != tag[k])
        return 0;
    }
  return tag[len] == '\0' || tag[len] == '-';
}

/* Each slot's tag, plain and with its script, lower case: "zh-tw" and
   "zh-hant-tw"; made once, for every header's filtering.  */
static char plain[HS_LANGS_MAX][16], full[HS_LANGS_MAX][16];
static unsigned int n_slots;
static atomic_int tags_made;
static hs_lock_t tags_lock = HS_LOCK_INITIALIZER;

static void
make_tags (void)
{
  n_slots = hs_lang_count () < HS_LANGS_MAX ? hs_lang_count () : HS_LANGS_MAX;
  for (unsigned int i = 0; i < n_slots; i++)
    {
      const char *tag = hs_lang_tag (i);
      size_t k = 0;
      for (; tag[k] != '\0' && k < 15; k++)
        plain[i][k] = (char) hs_ascii_tolower ((unsigned char) tag[k]);
      plain[i][k] = '\0';
      slot_full_tag (i, full[i]);
    }
}

const char *
httpstatus_negotiate (const char *accept_language)
{
  int saved_errno = errno;
  if (!atomic_load_explicit (&tags_made, memory_order_acquire))
    {
      hs_lock (&tags_lock);
      if (!atomic_load_explicit (&tags_made, memory_order_relaxed))
        {
          make_tags ();
          atomic_store_explicit (&tags_made, 1, memory_order_release);
        }
      hs_unlock (&tags_lock);
    }
  unsigned int n = n_slots;

  /* Pass 1: the longest range matching each slot, and its weight.  */
  int best_len[HS_LANGS_MAX], best_q[HS_LANGS_MAX];
  unsigned char excluded[HS_LANGS_MAX] = { 0 }, named[HS_LANGS_MAX] = { 0 };
  int star_q = -1;
  for (unsigned int i = 0; i < n; i++)
    best_len[i] = -1, best_q[i] = 0;
  struct element e;
  const char *p = accept_language != NULL ? accept_language : "";
  while (next_element (&p, &e))
    {
      if (e.len == 1 && e.range[0] == '*')
        {
          star_q = star_q < 0 ? e.q : star_q;
          continue;
        }
      for (unsigned int i = 0; i < n; i++)
        if (range_matches (e.range, e.len, plain[i])
            || range_matches (e.range, e.len, full[i]))
          {
            named[i] = 1;
            if ((int) e.len > best_len[i])
              best_len[i] = (int) e.len, best_q[i] = e.q;
          }
    }
  for (unsigned int i = 0; i < n; i++)
    excluded[i] = named[i] ? best_q[i] == 0 : star_q == 0;

  /* Pass 2: the best weight whose range finds a catalog.  */
  struct ask ask = { hs_langs_now (), excluded, 0 };
  int best = -1, best_weight = 0;
  p = accept_language != NULL ? accept_language : "";
  while (next_element (&p, &e))
    {
      if (e.q <= best_weight)
        continue;
      int i = -1;
      if (e.len == 1 && e.range[0] == '*')
        {
          for (unsigned int s = 0; s < n && i < 0; s++)
            if (!named[s] && !excluded[s] && usable (&ask, s))
              i = (int) s;
        }
      else
        {
          struct tag t;
          parse_tag (e.range, e.len, &t);
          i = resolve_tag (&t, &ask);
        }
      if (i >= 0)
        best = i, best_weight = e.q;
    }
  errno = saved_errno;
  return hs_lang_name (best >= 0 ? (unsigned int) best : 0);
}
