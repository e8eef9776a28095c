/* pages-dir.c: the folders of `httpstatus pages` and the files in
   them.  The policy: the output folder is made, or one that exists is
   written into only with --force; its absolute name must be one the
   servers' configurations can quote; a language's folder inside it is
   made or must be a folder (a symbolic link planted there is refused,
   so that no page lands outside it); every file is written whole or
   not at all; and a run that fails takes back the folders it made.

   Every folder is opened once and what goes in it is named relative
   to that descriptor (openat, mkdirat, renameat): a name changed on
   the way cannot redirect a page.  Windows has none of these calls
   nor such links: there the names are paths.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "pages.h"
#if HS_WINDOWS
# include "w32.h"
#endif

#ifndef O_CLOEXEC
# define O_CLOEXEC 0
#endif
#ifndef O_NOFOLLOW
# define O_NOFOLLOW 0
#endif
#ifndef O_DIRECTORY
# define O_DIRECTORY 0
#endif

/* Characters a server's configuration cannot hold in a quoted path
   as it is: nginx reads "$" as a variable, both read '"' and '\', and
   Apache's <Directory "..."> reads '*', '?' and '[' as wildcards (it
   would match other folders, not this one).  */
static int
quotable (const char *path)
{
  for (const char *p = path; *p != '\0'; p++)
    if (strchr ("\"\\$*?[", *p) != NULL || (unsigned char) *p < 0x20
        || *p == 0x7f)
      return 0;
  return 1;
}

/* D's PATH made absolute from OUT; 0, or -1 with the message said.  */
static int
absolute (struct cli_dir *d, const char *out)
{
  char dir[PATH_MAX];
#if HS_WINDOWS
  if (_fullpath (dir, out, sizeof dir) == NULL)
#else
  if (realpath (out, dir) == NULL)
#endif
    {
      cli_error (cli_program_name, out, "%s", strerror (errno));
      return -1;
    }
#if HS_WINDOWS
  /* nginx and Apache for Windows take '/' in paths; a '\' would be an
     escape in their configurations.  */
  for (char *p = dir; *p != '\0'; p++)
    if (*p == '\\')
      *p = '/';
#endif
  snprintf (d->path, sizeof d->path, "%s", dir);
  if (!quotable (d->path))
    {
      cli_error (cli_program_name, d->path, "%s",
                 _("the servers' configurations cannot name this folder: "
                   "it holds '\"', '\\', '$', '*', '?', '[' or a control "
                   "character"));
      return -1;
    }
  return 0;
}

/* Whether OUT exists as a folder that may be written into (0), is
   missing (1), or is refused (-1, said).  */
static int
existing (const char *out, int force)
{
  struct stat st;
  if (stat (out, &st) != 0)
    return 1;
  if (!S_ISDIR (st.st_mode))
    {
      cli_error (cli_program_name, out, "%s", _("not a folder"));
      return -1;
    }
  if (!force)
    {
      cli_error (cli_program_name, out, "%s",
                 _("the folder exists; --force writes over its pages"));
      return -1;
    }
  return 0;
}

int
cli_dir_open_out (struct cli_dir *d, const char *out, int force)
{
  *d = (struct cli_dir) { .fd = -1 };
  int missing = existing (out, force);
  if (missing < 0)
    return -1;
#if HS_WINDOWS
  if (missing && mkdir (out) != 0)
#else
  if (missing && mkdir (out, 0777) != 0)
#endif
    {
      cli_error (cli_program_name, out, "%s", strerror (errno));
      return -1;
    }
  d->made = missing;
  /* One made here is removed again if it is refused below, so that the
     next run (with another name) does not meet it as an existing
     folder.  */
  if (absolute (d, out) != 0)
    {
      if (d->made)
        rmdir (out);
      return -1;
    }
#if !HS_WINDOWS
  d->fd = open (out, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (d->fd < 0)
    {
      cli_error (cli_program_name, d->path, "%s", strerror (errno));
      if (d->made)
        rmdir (out);
      return -1;
    }
#endif
  return 0;
}

int
cli_dir_open_sub (struct cli_dir *parent, const char *name,
                  struct cli_dir *d)
{
  *d = (struct cli_dir) { .fd = -1 };
  int n = snprintf (d->path, sizeof d->path, "%.*s/%s", PATH_MAX,
                    parent->path, name);
  if (n < 0 || (size_t) n >= sizeof d->path)
    {
      cli_error (cli_program_name, parent->path, "%s",
                 strerror (ENAMETOOLONG));
      return -1;
    }
#if HS_WINDOWS
  d->made = mkdir (d->path) == 0;
  if (!d->made && errno != EEXIST)
#else
  d->made = mkdirat (parent->fd, name, 0777) == 0;
  if (d->made || errno == EEXIST)
    d->fd = openat (parent->fd, name,
                    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  struct stat st;
  if (d->fd < 0 && (d->made || errno == ELOOP || errno == ENOTDIR
                    || errno == EMLINK)
      && fstatat (parent->fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0
      && !S_ISDIR (st.st_mode))
    {
      /* A symbolic link too, to a folder or not: the page would land
         wherever it points.  */
      cli_error (cli_program_name, d->path, "%s", _("not a folder"));
      if (d->made)
        unlinkat (parent->fd, name, AT_REMOVEDIR);
      d->made = 0;
      return -1;
    }
  if (d->fd < 0)
#endif
    {
      cli_error (cli_program_name, d->path, "%s", strerror (errno));
#if !HS_WINDOWS
      if (d->made)
        unlinkat (parent->fd, name, AT_REMOVEDIR);
#endif
      d->made = 0;
      return -1;
    }
  return 0;
}

#if !HS_WINDOWS
/* A new file for NAME in D, of a name no other file has: TMP, of SIZE
   bytes, gets ".NAME.XXXXXX" with six random characters, as mkstemp
   names them; created exclusively, so that it follows no link planted
   under a name known beforehand, with the mode any new file gets
   (0666 less the umask: the servers' workers read the pages).  The
   descriptor, or -1 with errno.  */
static int
temp_file (struct cli_dir *d, const char *name, char *tmp, size_t size)
{
  static const char chars[]
    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static uint64_t seed;
  if (seed == 0)
    seed = ((uint64_t) getpid () << 32) ^ (uint64_t) time (NULL) ^ 1;
  int n = snprintf (tmp, size, ".%s.XXXXXX", name);
  if (n < 0 || (size_t) n >= size)
    {
      errno = ENAMETOOLONG;
      return -1;
    }
  for (int tries = 0; tries < 100; tries++)
    {
      for (char *x = tmp + n - 6; *x != '\0'; x++)
        {
          seed = seed * 6364136223846793005u + 1442695040888963407u;
          *x = chars[(seed >> 33) % (sizeof chars - 1)];
        }
      int fd = openat (d->fd, tmp,
                       O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                       0666);
      if (fd >= 0 || errno != EEXIST)
        return fd;
    }
  return -1;
}
#else
/* The same on Windows, through mkstemp and a path.  */
static int
temp_file (struct cli_dir *d, const char *name, char *tmp, size_t size)
{
  int n = snprintf (tmp, size, "%s/.%s.XXXXXX", d->path, name);
  if (n < 0 || (size_t) n >= size)
    {
      errno = ENAMETOOLONG;
      return -1;
    }
  return mkstemp (tmp);
}
#endif

/* The LEN bytes of DATA into FD, closed; 0 or an errno value.  */
static int
fill (int fd, const char *data, size_t len)
{
  int err = 0;
  FILE *f = fdopen (fd, "wb");
  if (f == NULL)
    {
      err = errno;
      close (fd);
      return err;
    }
  /* A short fwrite need not set errno: no stale one is reported.  */
  errno = 0;
  if (fwrite (data, 1, len, f) != len)
    err = errno != 0 ? errno : EIO;
  if (fflush (f) != 0 && err == 0)
    err = errno;
  if (fclose (f) != 0 && err == 0)
    err = errno;
  return err;
}

/* The temporary file TMP of D in place of NAME; 0 or an errno value.
   On failure TMP is gone.  */
static int
replace (struct cli_dir *d, const char *tmp, const char *name)
{
#if HS_WINDOWS
  char path[sizeof d->path + 256];
  snprintf (path, sizeof path, "%s/%s", d->path, name);
  if (cli_w32_replace (tmp, path) == 0)
    return 0;
  int err = errno;
  remove (tmp);
#else
  if (renameat (d->fd, tmp, d->fd, name) == 0)
    return 0;
  int err = errno;
  unlinkat (d->fd, tmp, 0);
#endif
  return err;
}

int
cli_dir_write (struct cli_dir *d, const char *name, const char *data,
               size_t len)
{
  char tmp[sizeof d->path + 256];
  int err = 0, fd = temp_file (d, name, tmp, sizeof tmp);
  if (fd < 0)
    err = errno;
  else if ((err = fill (fd, data, len)) != 0)
    {
#if HS_WINDOWS
      remove (tmp);
#else
      unlinkat (d->fd, tmp, 0);
#endif
    }
  else
    err = replace (d, tmp, name);
  if (err != 0)
    {
      char path[sizeof d->path + 256];
      snprintf (path, sizeof path, "%s/%s", d->path, name);
      cli_error (cli_program_name, path, "%s", strerror (err));
      return -1;
    }
  /* What to take back if the run fails: only in a folder it made.  */
  if (d->made)
    cli_buf_add (&d->written, name, strlen (name) + 1);
  return 0;
}

void
cli_dir_close (struct cli_dir *d, struct cli_dir *parent, int undo)
{
  /* The names it wrote (none known if memory ran out: the folder then
     stays unless it is empty).  */
  for (size_t at = 0; undo && d->made && d->written.s != NULL
       && at < d->written.len; at += strlen (d->written.s + at) + 1)
    {
#if HS_WINDOWS
      char path[sizeof d->path + 256];
      snprintf (path, sizeof path, "%s/%s", d->path, d->written.s + at);
      remove (path);
#else
      unlinkat (d->fd, d->written.s + at, 0);
#endif
    }
#if HS_WINDOWS
  (void) parent;
  if (undo && d->made)
    rmdir (d->path);
#else
  if (undo && d->made && parent != NULL)
    unlinkat (parent->fd, strrchr (d->path, '/') + 1, AT_REMOVEDIR);
  else if (undo && d->made)
    rmdir (d->path);
  if (d->fd >= 0)
    close (d->fd);
#endif
  free (d->written.s);
  d->written = (struct cli_buf) { NULL, 0, 0 };
  d->fd = -1;
}
