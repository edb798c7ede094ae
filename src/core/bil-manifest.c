/* bil-manifest.c: JSON manifests that list a corpus's articles
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A manifest is an array of entries, or an object with "name" and
 * "articles". An entry has "file" (relative to the manifest) or "text", and
 * optionally "title", "source", "date" (ISO 8601) and "url" (http/https).
 * A bad field costs that field, a bad entry that entry: never the corpus.
 */

#define G_LOG_DOMAIN "bil-manifest"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "bil-error.h"
#include "bil-json-guard.h"
#include "bil-manifest.h"
#include "bil-metadata.h"

BilCorpusEntry *
bil_corpus_entry_new (GFile      *file,
                      const char *path)
{
  BilCorpusEntry *entry = g_new0 (BilCorpusEntry, 1);

  entry->file = file ? g_object_ref (file) : NULL;
  entry->path = g_strdup (path);
  return entry;
}

void
bil_corpus_entry_free (BilCorpusEntry *entry)
{
  if (entry == NULL)
    return;
  g_clear_object (&entry->file);
  g_free (entry->path);
  g_clear_pointer (&entry->text, g_bytes_unref);
  g_clear_pointer (&entry->record, g_bytes_unref);
  bil_article_meta_clear (&entry->meta);
  g_free (entry);
}

gboolean
bil_manifest_url_allowed (const char *url)
{
  g_autofree char *scheme = g_uri_parse_scheme (url);

  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL);
}

/* A string member, or NULL (with a warning when present with another type). */
static const char *
get_string (JsonObject *object,
            const char *member,
            const char *where,
            GPtrArray  *warnings)
{
  g_autoptr(GError) error = NULL;
  const char *value;

  if (!bil_json_get_string_member (object, member, &value, &error))
    {
      /* TRANSLATORS: "news.json: entry 2: \"title\" should be a string, got a number; ignored" */
      g_ptr_array_add (warnings, g_strdup_printf (_("%s: %s; ignored"), where, error->message));
    }
  return value;
}

/* Resolves @relative inside @folder, refusing anything that leaves it,
 * including through a symbolic link. */
static char *
resolve_inside (const char *folder,
                const char *relative,
                GError    **error)
{
  g_autofree char *joined = NULL;
  g_autofree char *folder_real = NULL;
  char resolved[PATH_MAX];

  if (g_path_is_absolute (relative))
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_OUTSIDE,
                   _("\"%s\" is an absolute path; manifest entries must lie inside the manifest's folder, refused"),
                   relative);
      return NULL;
    }
  /* A manifest compiled into the binary (the embedded seed corpus): no
   * symbolic links there, so the lexical check is all there is. */
  if (g_str_has_prefix (folder, "resource://"))
    {
      g_autofree char *path = g_canonicalize_filename (relative, folder + strlen ("resource://"));

      if (!g_str_has_prefix (path, folder + strlen ("resource://")))
        {
          g_set_error (error, BIL_ERROR, BIL_ERROR_OUTSIDE,
                       _("\"%s\" lies outside the manifest's folder, refused"), relative);
          return NULL;
        }
      return g_strconcat ("resource://", path, NULL);
    }
  joined = g_build_filename (folder, relative, NULL);
  folder_real = realpath (folder, NULL);
  if (folder_real == NULL)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      return NULL;
    }
  {
    /* Lexically first, so that "../x" is refused even when it does not exist. */
    g_autofree char *canonical = g_canonicalize_filename (joined, NULL);
    g_autofree char *folder_canonical = g_canonicalize_filename (folder, NULL);

    if (!g_str_has_prefix (canonical, folder_canonical) ||
        (canonical[strlen (folder_canonical)] != '/' && strcmp (folder_canonical, "/") != 0))
      {
        g_set_error (error, BIL_ERROR, BIL_ERROR_OUTSIDE,
                     _("\"%s\" lies outside the manifest's folder, refused"), relative);
        return NULL;
      }
  }
  if (realpath (joined, resolved) == NULL)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "\"%s\": %s", relative, g_strerror (saved));
      return NULL;
    }
  if (!g_str_has_prefix (resolved, folder_real) || resolved[strlen (folder_real)] != '/')
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_OUTSIDE,
                   _("\"%s\" is a symbolic link to %s, outside the manifest's folder, refused"),
                   relative, resolved);
      return NULL;
    }
  return g_strdup (resolved);
}

static BilCorpusEntry *
read_entry (JsonNode   *node,
            guint       index,
            const char *path,
            const char *folder,
            GPtrArray  *warnings)
{
  /* TRANSLATORS: a manifest's file and an entry's place in it: "news.json: entry 2" */
  g_autofree char *where = g_strdup_printf (_("%s: entry %u"), path, index + 1);
  g_autoptr(BilCorpusEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  const char *file, *text, *date, *url;

  if (!bil_json_get_object (node, &object, &error))
    {
      /* TRANSLATORS: "news.json: entry 2: expected an object, got a string; skipped" */
      g_ptr_array_add (warnings, g_strdup_printf (_("%s: %s; skipped"), where, error->message));
      return NULL;
    }
  file = get_string (object, "file", where, warnings);
  text = get_string (object, "text", where, warnings);

  if (file != NULL)
    {
      g_autofree char *resolved = resolve_inside (folder, file, &error);
      g_autoptr(GFile) gfile = NULL;

      if (resolved == NULL)
        {
          g_ptr_array_add (warnings, g_strdup_printf ("%s: %s", where, error->message));
          return NULL;
        }
      gfile = g_str_has_prefix (resolved, "resource://") ? g_file_new_for_uri (resolved) : g_file_new_for_path (resolved);
      entry = bil_corpus_entry_new (gfile, resolved);
    }
  else if (text != NULL)
    {
      g_autofree char *label = g_strdup_printf ("%s#%u", path, index + 1);

      entry = bil_corpus_entry_new (NULL, label);
      entry->text = g_bytes_new (text, strlen (text));
    }
  else
    {
      g_ptr_array_add (warnings, g_strdup_printf (_("%s: has neither \"file\" nor \"text\"; skipped"), where));
      return NULL;
    }

  entry->meta.title = g_strdup (get_string (object, "title", where, warnings));
  entry->meta.source = g_strdup (get_string (object, "source", where, warnings));

  date = get_string (object, "date", where, warnings);
  if (date != NULL)
    {
      /* Accept a full timestamp, keep its date. */
      g_autofree char *day = g_strndup (date, strlen (date) > 10 && date[10] == 'T' ? 10 : strlen (date));

      if (bil_metadata_valid_date (day))
        entry->meta.date = g_steal_pointer (&day);
      else
        g_ptr_array_add (warnings, g_strdup_printf (_("%s: \"date\" %s is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); ignored"),
                                                    where, date));
    }

  url = get_string (object, "url", where, warnings);
  if (url != NULL)
    {
      if (bil_manifest_url_allowed (url))
        entry->meta.url = g_strdup (url);
      else
        g_ptr_array_add (warnings, g_strdup_printf (_("%s: \"url\" is not an http or https address; dropped"), where));
    }

  return g_steal_pointer (&entry);
}

/**
 * bil_manifest_parse:
 * @folder: where relative "file" entries are looked for
 *
 * The manifest's bytes to entries; bil_manifest_read () reads the file.
 */
gboolean
bil_manifest_parse (const char *contents,
                    gsize       length,
                    const char *path,
                    const char *folder,
                    GPtrArray  *entries,
                    char      **name,
                    GPtrArray  *warnings,
                    GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *array = NULL;

  if (!bil_json_load_checked (parser, contents, length, path, BIL_ERROR_MANIFEST, error))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    array = json_node_get_array (root);
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      const char *manifest_name = get_string (object, "name", path, warnings);

      if (manifest_name != NULL && name != NULL)
        *name = g_strdup (manifest_name);
      if (!bil_json_get_array_member (object, "articles", &array, &local_error))
        {
          g_set_error (error, BIL_ERROR, BIL_ERROR_MANIFEST, "%s: %s", path, local_error->message);
          return FALSE;
        }
    }

  if (array == NULL)
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_MANIFEST,
                   _("%s: a manifest is an array of articles or an object with \"articles\""), path);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      BilCorpusEntry *entry = read_entry (json_array_get_element (array, i), i, path, folder, warnings);

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  return TRUE;
}

gboolean
bil_manifest_read (GFile      *file,
                   const char *path,
                   GPtrArray  *entries,
                   char      **name,
                   GPtrArray  *warnings,
                   GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *folder = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_MANIFEST, "%s: %s", path, local_error->message);
      return FALSE;
    }
  {
    g_autoptr(GFile) parent = g_file_get_parent (file);
    folder = g_file_get_path (parent);
    if (folder == NULL && g_file_has_uri_scheme (parent, "resource"))
      folder = g_file_get_uri (parent);
  }
  if (folder == NULL)
    folder = g_get_current_dir ();
  return bil_manifest_parse (contents, length, path, folder, entries, name, warnings, error);
}
