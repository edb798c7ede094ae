/* bil-test-files.c: scratch files for tests
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "bil-test-files.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

/* Returns: (transfer full): the path written, its folders created. */
char *
bil_test_write_file (const char *dir,
                     const char *name,
                     const char *contents,
                     gssize      len)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (parent, 0755);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  return path;
}

/* Removes a scratch tree without following symlinks (tests build loops),
 * making unreadable folders readable first. */
void
bil_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf buf;

  if (g_lstat (path, &buf) == 0 && !S_ISDIR (buf.st_mode))
    {
      g_remove (path);
      return;
    }
  g_chmod (path, 0755);
  dir = g_dir_open (path, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      bil_test_remove_tree (child);
    }
  g_rmdir (path);
}

/* How many entries a folder holds (0 when it cannot be read). */
guint
bil_test_count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}
