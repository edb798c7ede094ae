/* bil-atomic-file.c: a file that is either whole or not there
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes go to a temporary file in the destination's folder (so the final
 * rename stays on one file system and is atomic), which is synced and then
 * renamed over the destination. rename() replaces a symbolic link at the
 * destination rather than writing through it, so a link can never lead the
 * export into a file the user did not choose. Freed without a commit, the
 * temporary file is removed: a failure leaves the old file as it was.
 */

#define G_LOG_DOMAIN "bil-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixoutputstream.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bil-atomic-file.h"

struct _BilAtomicFile
{
  char          *path;
  char          *temp;
  int            fd;
  GOutputStream *stream;
  gboolean       committed;
};

static void
set_errno_error (GError    **error,
                 int         saved,
                 const char *path,
                 const char *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s: %s", path, what, g_strerror (saved));
}

BilAtomicFile *
bil_atomic_file_new (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  BilAtomicFile *self;
  GStatBuf buf;
  mode_t mask;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  if (g_stat (dir, &buf) != 0)
    {
      set_errno_error (error, errno, path, "cannot write there, the folder");
      return NULL;
    }
  if (!S_ISDIR (buf.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY, "%s: %s is not a folder", path, dir);
      return NULL;
    }
  if (g_lstat (path, &buf) == 0 && S_ISDIR (buf.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "%s: is a folder", path);
      return NULL;
    }

  self = g_new0 (BilAtomicFile, 1);
  self->path = g_strdup (path);
  self->temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  self->fd = g_mkstemp_full (self->temp, O_WRONLY | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      set_errno_error (error, errno, path, "cannot create a file in its folder");
      g_clear_pointer (&self->temp, g_free);
      bil_atomic_file_free (self);
      return NULL;
    }
  /* The permissions a new file would have had. */
  mask = umask (0);
  umask (mask);
  fchmod (self->fd, 0666 & ~mask);
  self->stream = g_unix_output_stream_new (self->fd, FALSE);
  return self;
}

GOutputStream *
bil_atomic_file_get_stream (BilAtomicFile *self)
{
  return self->stream;
}

gboolean
bil_atomic_file_commit (BilAtomicFile  *self,
                        GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_output_stream_flush (self->stream, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", self->path, local_error->message);
      return FALSE;
    }
  if (fsync (self->fd) != 0)
    {
      set_errno_error (error, errno, self->path, "cannot write");
      return FALSE;
    }
  if (close (self->fd) != 0)
    {
      self->fd = -1;
      set_errno_error (error, errno, self->path, "cannot write");
      return FALSE;
    }
  self->fd = -1;
  if (g_rename (self->temp, self->path) != 0)
    {
      set_errno_error (error, errno, self->path, "cannot replace");
      return FALSE;
    }
  self->committed = TRUE;
  return TRUE;
}

void
bil_atomic_file_free (BilAtomicFile *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->stream);
  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->temp)
    g_unlink (self->temp);
  g_free (self->temp);
  g_free (self->path);
  g_free (self);
}
