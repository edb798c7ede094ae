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

/* RFC 4180 read back strictly, independently of the writer: records end
 * in CRLF; a quoted field may hold anything, its quotes doubled; an
 * unquoted one holds no quote, CR or LF. Returns: (transfer full): the
 * records, each a GPtrArray of its fields; the header first. */
GPtrArray *
bil_test_parse_csv (const char *data,
                    gsize       len)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gsize i = 0;

  while (i < len)
    {
      if (data[i] == '"')
        {
          for (i++;; i++)
            {
              g_assert_cmpuint (i, <, len);   /* a quote left open */
              if (data[i] == '"' && i + 1 < len && data[i + 1] == '"')
                {
                  g_string_append_c (field, '"');
                  i++;
                }
              else if (data[i] == '"')
                {
                  i++;
                  break;
                }
              else
                g_string_append_c (field, data[i]);
            }
        }
      else
        for (; i < len && data[i] != ',' && data[i] != '\r'; i++)
          {
            g_assert_true (data[i] != '"' && data[i] != '\n');
            g_string_append_c (field, data[i]);
          }
      g_ptr_array_add (row, g_strndup (field->str, field->len));
      g_string_truncate (field, 0);
      if (i < len && data[i] == ',')
        {
          i++;
          continue;
        }
      /* The end of a record: CRLF, nothing else. */
      g_assert_cmpuint (i + 1, <, len);
      g_assert_cmpint (data[i], ==, '\r');
      g_assert_cmpint (data[i + 1], ==, '\n');
      i += 2;
      g_ptr_array_add (rows, row);
      row = g_ptr_array_new_with_free_func (g_free);
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

/* The field of @row (1 is the first after the header) under @name. */
const char *
bil_test_csv_cell (GPtrArray  *rows,
                   guint       row,
                   const char *name)
{
  GPtrArray *header = g_ptr_array_index (rows, 0);
  GPtrArray *record = g_ptr_array_index (rows, row);

  for (guint i = 0; i < header->len; i++)
    if (g_str_equal (g_ptr_array_index (header, i), name))
      return g_ptr_array_index (record, i);
  g_error ("no column %s", name);
  return NULL;
}
