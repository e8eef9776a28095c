/* envelope.c: the syslog envelope in front of a log line, so that
   what is inside is read in its own format and the envelope kept as
   it is.  Envelopes known:
     [<PRI>]Mmm dd hh:mm:ss [host ]tag[pid]: MSG   RFC 3164: rsyslog's
         traditional files, HAProxy's and nginx's messages, journalctl's
         short output (day "06" rather than " 6"), fractions allowed;
     [<PRI>]YYYY-MM-DDThh:mm:ss[.frac]Z|+hh:mm [host ]tag: MSG
         rsyslog's RFC 3339 files (Debian's default), journalctl -o
         short-iso;
     <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG   RFC 5424.
   The tag is the first word ending in ':' after the time, or the one
   after a host name; the spaces after the envelope are counted in it
   (RFC 5424's message keeps the space HAProxy and nginx put first).  */

#include <config.h>

#include <string.h>

#include "logformat.h"

static int
digits (const char *p, const char *end, size_t n)
{
  if ((size_t) (end - p) < n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (p[i] < '0' || p[i] > '9')
      return 0;
  return 1;
}

/* Past "Mmm dd hh:mm:ss[.frac]" at P, or NULL.  */
static const char *
bsd_time (const char *p, const char *end)
{
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  if (end - p < 15 || p[3] != ' ')
    return NULL;
  int month = 0;
  for (const char *m = months; *m != '\0' && !month; m += 3)
    month = memcmp (p, m, 3) == 0;
  if (!month || !(p[4] == ' ' || (p[4] >= '0' && p[4] <= '3'))
      || !digits (p + 5, end, 1) || p[6] != ' ' || !digits (p + 7, end, 2)
      || p[9] != ':' || !digits (p + 10, end, 2) || p[12] != ':'
      || !digits (p + 13, end, 2))
    return NULL;
  p += 15;
  if (p < end && *p == '.')
    for (p++; p < end && *p >= '0' && *p <= '9'; p++)
      ;
  return p;
}

/* Past "YYYY-MM-DDThh:mm:ss[.frac](Z|+hh:mm|-hh:mm)" at P, or NULL.  */
static const char *
iso_time (const char *p, const char *end)
{
  if (!digits (p, end, 4) || end - p < 20 || p[4] != '-'
      || !digits (p + 5, end, 2) || p[7] != '-' || !digits (p + 8, end, 2)
      || p[10] != 'T' || !digits (p + 11, end, 2) || p[13] != ':'
      || !digits (p + 14, end, 2) || p[16] != ':' || !digits (p + 17, end, 2))
    return NULL;
  p += 19;
  if (p < end && *p == '.')
    for (p++; p < end && *p >= '0' && *p <= '9'; p++)
      ;
  if (p < end && *p == 'Z')
    return p + 1;
  if (end - p >= 6 && (*p == '+' || *p == '-') && digits (p + 1, end, 2)
      && p[3] == ':' && digits (p + 4, end, 2))
    return p + 6;
  return NULL;
}

/* The word at P (up to a space or END): its end.  */
static const char *
word_end (const char *p, const char *end)
{
  const char *e = memchr (p, ' ', (size_t) (end - p));
  return e != NULL ? e : end;
}

/* After the time, at P, a space then "[host ]tag: ": past it, or
   NULL.  */
static const char *
host_tag (const char *p, const char *end)
{
  for (int word = 0; word < 2; word++)
    {
      if (p == end || *p != ' ' || p + 1 == end || p[1] == ' ')
        return NULL;
      const char *e = word_end (p + 1, end);
      if (e - (p + 1) >= 2 && e[-1] == ':')
        return e < end ? e + 1 : e;
      p = e;
    }
  return NULL;
}

/* RFC 5424 from its version at P: past "1 TIME HOST APP PROCID MSGID SD "
   (and a BOM), or NULL.  */
static const char *
rfc5424 (const char *p, const char *end)
{
  if (end - p < 2 || p[0] != '1' || p[1] != ' ')
    return NULL;
  p += 2;
  for (int field = 0; field < 5; field++)
    {
      const char *e = word_end (p, end);
      if (e == p || e == end)
        return NULL;
      p = e + 1;
    }
  if (p < end && *p == '-')
    p++;
  else
    while (p < end && *p == '[')
      {
        /* Structured data: ']' ends an element but in a quoted value,
           where '\' escapes '"', ']' and '\'.  */
        int quoted = 0;
        for (p++; p < end && (quoted || *p != ']'); p++)
          if (*p == '\\' && quoted && p + 1 < end)
            p++;
          else if (*p == '"')
            quoted = !quoted;
        if (p == end)
          return NULL;
        p++;
      }
  if (p == end)
    return p;
  if (*p != ' ')
    return NULL;
  p++;
  if (end - p >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  return p;
}

/* AFTER, past any spaces, as a length from LINE.  */
static size_t
past_spaces (const char *line, const char *after, const char *end)
{
  while (after < end && *after == ' ')
    after++;
  return (size_t) (after - line);
}

size_t
log_envelope (const char *line, size_t len)
{
  const char *p = line, *end = line + len, *after;
  if (p < end && *p == '<')
    {
      const char *d = p + 1;
      while (d < end && d - p <= 3 && *d >= '0' && *d <= '9')
        d++;
      if (d == p + 1 || d == end || *d != '>')
        return 0;
      p = d + 1;
      if ((after = rfc5424 (p, end)) != NULL)
        return past_spaces (line, after, end);
    }
  after = bsd_time (p, end);
  if (after == NULL)
    after = iso_time (p, end);
  if (after == NULL || (after = host_tag (after, end)) == NULL)
    return 0;
  return past_spaces (line, after, end);
}
