/* bil-review-file.c: the review's file, read and written
 *
 * A JSON object, {"bilateral_review": 1, "corrections": […]}, one object
 * per correction: "file", "sha256", "start" and "end" name the figure,
 * "action" says what the user did, and the fields edited follow. An entry
 * that cannot be used is reported and skipped; a file that cannot be read
 * as a review is never overwritten.
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-review"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "bil-atomic-file.h"
#include "bil-error.h"
#include "bil-json-guard.h"
#include "bil-lexicon.h"
#include "bil-review-private.h"

/* As written in the file, in the order of Action. */
static const char *action_names[] = { "none", "edit", "reject", "add" };

/* A finite number, or FALSE. */
static gboolean
get_finite (JsonObject *o,
            const char *name,
            double     *value)
{
  *value = bil_json_get_number (o, name);
  return isfinite (*value);
}

static gboolean
get_entity (JsonObject *o,
            const char *name,
            int        *entity)
{
  JsonNode *node = json_object_get_member (o, name);

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_NULL (node))
    {
      *entity = -1;
      return TRUE;
    }
  *entity = bil_lexicon_lookup_entity (bil_lexicon_get_default (), bil_json_get_string (o, name) ? bil_json_get_string (o, name) : "");
  return *entity >= 0;
}

/* The article a correction names: its file and the SHA-256 of its bytes. */
static gboolean
get_article (JsonObject  *o,
             char       **file,
             char       **sha256,
             GError     **error)
{
  const char *name = bil_json_get_string (o, "file");
  const char *digest = bil_json_get_string (o, "sha256");

  if (name == NULL || digest == NULL || strlen (digest) != 64)
    {
      /* TRANSLATORS: completes "news.bilateral-review.json: correction 3 %s: skipped" */
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT, _("needs \"file\" and a 64-digit \"sha256\""));
      return FALSE;
    }
  *file = g_strdup (name);
  *sha256 = g_strdup (digest);
  return TRUE;
}

/* The amount's byte span in the article's text. */
static gboolean
get_span (JsonObject  *o,
          gsize       *start,
          gsize       *end,
          GError     **error)
{
  double first, last;

  if (!get_finite (o, "start", &first) || !get_finite (o, "end", &last) || first < 0 || last <= first ||
      last > (double) G_MAXSIZE)
    {
      /* TRANSLATORS: completes "news.bilateral-review.json: correction 3 %s: skipped" */
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT, _("needs a \"start\" and a larger \"end\""));
      return FALSE;
    }
  *start = (gsize) first;
  *end = (gsize) last;
  return TRUE;
}

static gboolean
get_action (JsonObject  *o,
            Action      *action,
            GError     **error)
{
  const char *name = bil_json_get_string (o, "action");

  for (guint i = 0; name && i < G_N_ELEMENTS (action_names); i++)
    if (strcmp (name, action_names[i]) == 0)
      {
        *action = i;
        return TRUE;
      }
  /* TRANSLATORS: completes "news.bilateral-review.json: correction 3 %s: skipped";
   * none, edit, reject and add are words of the file: keep them */
  g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT, _("\"action\" must be none, edit, reject or add"));
  return FALSE;
}

/* Returns: NULL, with @error set, for an entry that cannot be used. */
static Correction *
read_correction (JsonNode  *node,
                 GError   **error)
{
  Correction *c;
  JsonObject *o;
  double number;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      /* TRANSLATORS: completes "news.bilateral-review.json: correction 3 %s: skipped" */
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT, _("is not an object"));
      return NULL;
    }
  o = json_node_get_object (node);
  c = g_new0 (Correction, 1);
  if (!get_article (o, &c->file, &c->sha256, error) ||
      !get_span (o, &c->start, &c->end, error) ||
      !get_action (o, &c->action, error))
    {
      _bil_review_correction_free (c);
      return NULL;
    }
  c->text = g_strdup (bil_json_get_string (o, "text"));
  c->preferred = bil_json_get_bool (o, "preferred");

  if (get_finite (o, "value", &c->edit.value) && c->edit.value >= 0)
    c->edit.fields |= BIL_FIELD_VALUE;
  if (bil_json_get_string (o, "currency") && bil_money_is_known_currency (bil_json_get_string (o, "currency")))
    {
      memcpy (c->edit.currency, bil_json_get_string (o, "currency"), 4);
      c->edit.fields |= BIL_FIELD_CURRENCY;
    }
  if (bil_json_get_string (o, "metric"))
    {
      c->edit.metric = bil_metric_from_string (bil_json_get_string (o, "metric"));
      c->edit.fields |= BIL_FIELD_METRIC;
    }
  if (get_entity (o, "from", &c->edit.from))
    c->edit.fields |= BIL_FIELD_FROM;
  if (get_entity (o, "to", &c->edit.to))
    c->edit.fields |= BIL_FIELD_TO;
  if (get_finite (o, "year", &number) && number >= 0 && number < 10000)
    {
      c->edit.year = (int) number;
      c->edit.fields |= BIL_FIELD_YEAR;
    }
  return c;
}

/**
 * bil_review_load:
 *
 * Reads the review beside the corpus, else the one in the data folder. No
 * file is no correction. Entries that cannot be used are reported in the
 * messages, each with its file and position, and the rest is kept.
 *
 * Returns: %FALSE when the file exists but cannot be read as a review: it
 *   is then never overwritten (a later save goes to the data folder).
 */
gboolean
bil_review_load (BilReview  *self,
                 GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  const char *path = self->path;
  JsonNode *root;
  JsonArray *array;
  gsize length;

  g_return_val_if_fail (BIL_IS_REVIEW (self), FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) && self->fallback && g_file_test (self->fallback, G_FILE_TEST_IS_REGULAR))
    path = self->fallback;
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      /* Something else (a folder) stands there: saving goes elsewhere. */
      self->keep_used = g_file_test (path, G_FILE_TEST_EXISTS);
      return TRUE;
    }
  g_free (self->used);
  self->used = g_strdup (path);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_MANIFEST, "%s: %s", path, local_error->message);
      self->keep_used = TRUE;
      return FALSE;
    }
  if (!bil_json_load_checked (parser, contents, length, path, BIL_ERROR_MANIFEST, error))
    {
      self->keep_used = TRUE;
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "corrections") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "corrections")))
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_MANIFEST, _("%s: not a Bilateral review (no \"corrections\" list)"), path);
      self->keep_used = TRUE;
      return FALSE;
    }
  array = json_object_get_array_member (json_node_get_object (root), "corrections");
  g_ptr_array_set_size (self->corrections, 0);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(GError) problem = NULL;
      Correction *c = read_correction (json_array_get_element (array, i), &problem);

      if (c != NULL)
        g_ptr_array_add (self->corrections, c);
      else
        g_ptr_array_add (self->notes, g_strdup_printf (_("%s: correction %u %s: skipped"), path, i + 1, problem->message));
    }
  return TRUE;
}

static JsonNode *
build_document (BilReview *self)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "bilateral_review");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "corrections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->corrections->len; i++)
    {
      const Correction *c = g_ptr_array_index (self->corrections, i);
      const BilFigureEdit *e = &c->edit;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, c->file);
      json_builder_set_member_name (builder, "sha256");
      json_builder_add_string_value (builder, c->sha256);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, c->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, c->end);
      if (c->text)
        {
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, c->text);
        }
      json_builder_set_member_name (builder, "action");
      json_builder_add_string_value (builder, action_names[c->action]);
      if (c->preferred)
        {
          json_builder_set_member_name (builder, "preferred");
          json_builder_add_boolean_value (builder, TRUE);
        }
      if (e->fields & BIL_FIELD_VALUE)
        {
          json_builder_set_member_name (builder, "value");
          json_builder_add_double_value (builder, e->value);
        }
      if (e->fields & BIL_FIELD_CURRENCY)
        {
          json_builder_set_member_name (builder, "currency");
          json_builder_add_string_value (builder, e->currency);
        }
      if (e->fields & BIL_FIELD_METRIC)
        {
          json_builder_set_member_name (builder, "metric");
          json_builder_add_string_value (builder, bil_metric_to_string (e->metric));
        }
      if (e->fields & BIL_FIELD_FROM)
        bil_json_add_string_or_null (builder, "from", bil_lexicon_entity_code (lex, e->from));
      if (e->fields & BIL_FIELD_TO)
        bil_json_add_string_or_null (builder, "to", bil_lexicon_entity_code (lex, e->to));
      if (e->fields & BIL_FIELD_YEAR)
        {
          json_builder_set_member_name (builder, "year");
          json_builder_add_int_value (builder, e->year);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
write_to (const char  *path,
          const char  *data,
          gsize        length,
          GError     **error)
{
  g_autoptr(BilAtomicFile) file = bil_atomic_file_new (path, error);

  return file != NULL &&
         g_output_stream_write_all (bil_atomic_file_get_stream (file), data, length, NULL, NULL, error) &&
         bil_atomic_file_commit (file, error);
}

/**
 * bil_review_save:
 *
 * Writes the review where it was read, else beside the corpus, else in the
 * data folder, atomically: a crash leaves the previous file whole. A move
 * to the data folder is reported in the messages.
 */
gboolean
bil_review_save (BilReview  *self,
                 GError    **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) first_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (BIL_IS_REVIEW (self), FALSE);

  root = build_document (self);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);

  if (!self->keep_used && write_to (self->used, data, length, &first_error))
    return TRUE;
  if (self->fallback == NULL || g_strcmp0 (self->used, self->fallback) == 0)
    {
      /* Nothing was tried when the file there could not be read. */
      if (first_error == NULL)
        g_set_error (&first_error, BIL_ERROR, BIL_ERROR_MANIFEST,
                     _("%s: not written: it could not be read as a review, and is kept as it is"), self->used);
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }
  {
    g_autofree char *dir = g_path_get_dirname (self->fallback);

    if (g_mkdir_with_parents (dir, 0700) != 0)
      {
        int saved = errno;
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", dir, g_strerror (saved));
        return FALSE;
      }
  }
  if (!write_to (self->fallback, data, length, error))
    return FALSE;
  g_ptr_array_add (self->notes,
                   g_strdup_printf (_("%s cannot be written (%s): corrections are kept in %s"), self->used,
                                    first_error ? first_error->message : _("not a review file"), self->fallback));
  g_free (self->used);
  self->used = g_strdup (self->fallback);
  self->keep_used = FALSE;
  return TRUE;
}
