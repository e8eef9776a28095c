/* png-text.c: the texts a screenshot records, in its PNG text chunks.

     png-text FILE.png                 prints "KEYWORD<TAB>TEXT" for each
                                       uncompressed iTXt and tEXt chunk
     png-text FILE.png RECORDS OUT.png  writes FILE.png to OUT.png with
                                       one iTXt chunk per line of
                                       RECORDS, "LL<TAB>KEY<TAB>FIELD<TAB>
                                       TEXT", before IEND; the chunks of
                                       an earlier recording are dropped

   A record's keyword is "httpstatus:LL:KEY:FIELD" (zh_TW, 404, title),
   its language tag LL as a BCP 47 tag (zh-TW), its text UTF-8: what
   the picture shows of the catalogs (tests/screenshots.test compares
   it with them).  No library: the chunk format and its CRC are a page
   of the PNG specification, and the tool must build wherever the
   tests do.  Every chunk's length and CRC is checked; exit status 1
   on a file that is not a sound PNG, 2 on misuse.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEY_PREFIX "httpstatus:"

static const unsigned char signature[8] = { 137, 'P', 'N', 'G', '\r', '\n',
                                            26, '\n' };

static uint32_t crc_table[256];

static void
crc_init (void)
{
  for (uint32_t n = 0; n < 256; n++)
    {
      uint32_t c = n;
      for (int k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      crc_table[n] = c;
    }
}

static uint32_t
crc_update (uint32_t crc, const unsigned char *p, size_t n)
{
  for (size_t i = 0; i < n; i++)
    crc = crc_table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
  return crc;
}

static uint32_t
get32 (const unsigned char *p)
{
  return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16
         | (uint32_t) p[2] << 8 | p[3];
}

static void
put32 (unsigned char *p, uint32_t v)
{
  p[0] = (unsigned char) (v >> 24);
  p[1] = (unsigned char) (v >> 16);
  p[2] = (unsigned char) (v >> 8);
  p[3] = (unsigned char) v;
}

/* The whole of PATH into *SIZE bytes, or NULL.  */
static unsigned char *
slurp (const char *path, size_t *size)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return NULL;
  size_t cap = 1 << 16, len = 0;
  unsigned char *buf = malloc (cap);
  size_t n;
  while (buf != NULL && (n = fread (buf + len, 1, cap - len, f)) > 0)
    {
      len += n;
      if (len == cap)
        {
          unsigned char *more = realloc (buf, cap *= 2);
          if (more == NULL)
            free (buf);
          buf = more;
        }
    }
  if (ferror (f))
    {
      free (buf);
      buf = NULL;
    }
  fclose (f);
  *size = len;
  return buf;
}

/* The chunk at OFF of PNG (SIZE bytes): its data length in *LEN, or -1
   if it runs past the end or its CRC is wrong.  */
static int
chunk_at (const unsigned char *png, size_t size, size_t off, uint32_t *len)
{
  if (size - off < 12)
    return -1;
  *len = get32 (png + off);
  if (*len > size - off - 12)
    return -1;
  uint32_t crc = crc_update (0xffffffffu, png + off + 4, *len + 4);
  return (crc ^ 0xffffffffu) == get32 (png + off + 8 + *len) ? 0 : -1;
}

/* Prints a text chunk's keyword and text; compressed ones are not ours. */
static void
print_text (const unsigned char *type, const unsigned char *d, uint32_t len)
{
  const unsigned char *end = d + len;
  const unsigned char *nul = memchr (d, '\0', len);
  if (nul == NULL)
    return;
  const unsigned char *text = nul + 1;
  if (memcmp (type, "iTXt", 4) == 0)
    {
      if (end - text < 2 || text[0] != 0)
        return;
      text += 2;
      for (int skip = 0; skip < 2 && text != NULL; skip++)
        {
          const unsigned char *z = memchr (text, '\0', (size_t) (end - text));
          text = z != NULL ? z + 1 : NULL;
        }
      if (text == NULL)
        return;
    }
  printf ("%s\t%.*s\n", (const char *) d, (int) (end - text),
          (const char *) text);
}

/* Writes one chunk of TYPE with LEN bytes of DATA.  */
static void
put_chunk (FILE *out, const char *type, const unsigned char *data,
           uint32_t len)
{
  unsigned char head[8], tail[4];
  put32 (head, len);
  memcpy (head + 4, type, 4);
  uint32_t crc = crc_update (0xffffffffu, head + 4, 4);
  crc = crc_update (crc, data, len) ^ 0xffffffffu;
  put32 (tail, crc);
  fwrite (head, 1, 8, out);
  fwrite (data, 1, len, out);
  fwrite (tail, 1, 4, out);
}

/* One iTXt chunk per line of RECORDS; -1 on a malformed line.  */
static int
put_records (FILE *out, FILE *records)
{
  char line[4096];
  unsigned char data[4200];
  while (fgets (line, sizeof line, records) != NULL)
    {
      line[strcspn (line, "\n")] = '\0';
      char *f[4];
      f[0] = line;
      for (int i = 1; i < 4; i++)
        {
          f[i] = f[i - 1] == NULL ? NULL : strchr (f[i - 1], '\t');
          if (f[i] != NULL)
            *f[i]++ = '\0';
        }
      if (f[3] == NULL || strchr (f[3], '\t') != NULL)
        return -1;
      int n = snprintf ((char *) data, 80, "%s%s:%s:%s", KEY_PREFIX, f[0],
                        f[1], f[2]);
      if (n < 0 || n >= 80)
        return -1;
      size_t len = (size_t) n + 1;
      data[len++] = 0; /* not compressed */
      data[len++] = 0;
      for (const char *l = f[0]; *l; l++)
        data[len++] = (unsigned char) (*l == '_' ? '-' : *l);
      data[len++] = 0;
      data[len++] = 0; /* no translated keyword */
      size_t t = strlen (f[3]);
      if (t > sizeof data - len)
        return -1;
      memcpy (data + len, f[3], t);
      put_chunk (out, "iTXt", data, (uint32_t) (len + t));
    }
  return ferror (records) ? -1 : 0;
}

/* Whether the chunk at P (data LEN bytes) is an earlier record.  */
static int
is_record (const unsigned char *p, uint32_t len)
{
  return memcmp (p + 4, "iTXt", 4) == 0 && len > strlen (KEY_PREFIX)
         && memcmp (p + 8, KEY_PREFIX, strlen (KEY_PREFIX)) == 0;
}

/* Reads PNG (SIZE bytes, the signature checked) chunk by chunk: prints
   its texts, or, with OUT, copies it there with RECORDS' chunks
   instead of earlier ones.  0, or 1 with a message.  */
static int
walk (const char *name, const unsigned char *png, size_t size, FILE *out,
      const char *records_name, FILE *records)
{
  size_t off = 8;
  for (int ended = 0; !ended;)
    {
      uint32_t len;
      if (chunk_at (png, size, off, &len) < 0)
        {
          fprintf (stderr, "png-text: %s: a chunk is cut short or its CRC "
                   "is wrong\n", name);
          return 1;
        }
      const unsigned char *type = png + off + 4;
      ended = memcmp (type, "IEND", 4) == 0;
      if (out == NULL
          && (memcmp (type, "iTXt", 4) == 0 || memcmp (type, "tEXt", 4) == 0))
        print_text (type, png + off + 8, len);
      if (out != NULL && ended && put_records (out, records) < 0)
        {
          fprintf (stderr, "png-text: %s: a line is not "
                   "LL<TAB>KEY<TAB>FIELD<TAB>TEXT\n", records_name);
          return 1;
        }
      if (out != NULL && !is_record (png + off, len))
        fwrite (png + off, 1, (size_t) len + 12, out);
      off += (size_t) len + 12;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc != 2 && argc != 4)
    {
      fprintf (stderr, "usage: png-text FILE.png [RECORDS OUT.png]\n");
      return 2;
    }
  crc_init ();
  size_t size = 0;
  unsigned char *png = slurp (argv[1], &size);
  if (png == NULL || size < 8 || memcmp (png, signature, 8) != 0)
    {
      fprintf (stderr, "png-text: %s: not a PNG file\n", argv[1]);
      free (png);
      return 1;
    }
  if (argc == 2)
    {
      int status = walk (argv[1], png, size, NULL, NULL, NULL);
      free (png);
      return status;
    }
  FILE *records = fopen (argv[2], "r");
  FILE *out = records != NULL ? fopen (argv[3], "wb") : NULL;
  int status = 1;
  if (out == NULL)
    perror ("png-text");
  else
    {
      fwrite (signature, 1, 8, out);
      status = walk (argv[1], png, size, out, argv[2], records);
      if (fclose (out) != 0 && status == 0)
        {
          perror ("png-text");
          status = 1;
        }
    }
  if (records != NULL)
    fclose (records);
  free (png);
  return status;
}
