/* bil-json-guard.c: refuse JSON that would overflow a recursive parser, or
 * that holds more than one value; read its members by type
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib parses nested arrays and objects by recursion: a file of a
 * few hundred thousand "[" exhausts the stack. And json-glib 1.6 loses the
 * first value of "{…} […]" when it reports the second (found by fuzzing:
 * ~600 bytes per such input, for the life of the process). One linear pass
 * (outside strings) counts the nesting and finds where the first value ends,
 * so such input gets a message instead of reaching the parser.
 */

#define G_LOG_DOMAIN "bil-json-guard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bil-error.h"
#include "bil-json-guard.h"

static gboolean
is_json_space (char ch)
{
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static gboolean
ends_bare_word (char ch)
{
  return is_json_space (ch) || ch == '[' || ch == '{' || ch == ']' || ch == '}' || ch == '"' || ch == ',' || ch == ':';
}

BilJsonGuard
bil_json_guard_check (const char *data,
                      gsize       len,
                      guint       max_depth,
                      guint      *line,
                      guint      *column)
{
  guint depth = 0, l = 1, c = 0;
  gboolean in_string = FALSE, escaped = FALSE;
  gboolean in_word = FALSE;     /* a number, true, false or null at the top */
  gboolean done = FALSE;        /* the first value is complete */
  BilJsonGuard verdict = BIL_JSON_GUARD_OK;

  for (gsize i = 0; i < len && verdict == BIL_JSON_GUARD_OK; i++)
    {
      char ch = data[i];

      if (ch == '\n')
        {
          l++;
          c = 0;
        }
      else
        c++;

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (ch == '\\')
            escaped = TRUE;
          else if (ch == '"')
            {
              in_string = FALSE;
              done = done || depth == 0;
            }
          continue;
        }
      if (in_word)
        {
          if (!ends_bare_word (ch))
            continue;
          in_word = FALSE;
          done = TRUE;
        }
      if (is_json_space (ch))
        continue;
      if (done)
        {
          verdict = BIL_JSON_GUARD_TRAILING;
          break;
        }
      switch (ch)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > max_depth)
            verdict = BIL_JSON_GUARD_TOO_DEEP;
          break;
        case ']':
        case '}':
          /* A stray closer at the top is json-glib's to report. */
          if (depth > 0 && --depth == 0)
            done = TRUE;
          break;
        default:
          in_word = depth == 0;
          break;
        }
    }
  if (verdict != BIL_JSON_GUARD_OK)
    {
      if (line)
        *line = l;
      if (column)
        *column = c;
    }
  return verdict;
}

/* What to tell the user, after "file:line:column: ". */
char *
bil_json_guard_message (BilJsonGuard guard,
                        guint        max_depth)
{
  switch (guard)
    {
    case BIL_JSON_GUARD_TOO_DEEP:
      return g_strdup_printf ("nested more than %u levels deep, not read", max_depth);
    case BIL_JSON_GUARD_TRAILING:
      return g_strdup ("more than one JSON value");
    case BIL_JSON_GUARD_OK:
    default:
      return NULL;
    }
}

/* json-glib reports "<data>:3:14: Parse error: …"; we name the file. */
static char *
describe_parse_error (const char   *path,
                      const GError *error)
{
  const char *message = error->message;

  if (g_str_has_prefix (message, "<data>:"))
    return g_strdup_printf ("%s:%s", path, message + strlen ("<data>:"));
  return g_strdup_printf ("%s: %s", path, message);
}

/**
 * bil_json_load_checked:
 * @path: the file's name, for messages
 * @code: the #BIL_ERROR code to fail with
 *
 * Guards, then parses one JSON document: every failure names @path, its
 * line and column.
 */
gboolean
bil_json_load_checked (JsonParser  *parser,
                       const char  *contents,
                       gsize        length,
                       const char  *path,
                       int          code,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  guint line, column;
  BilJsonGuard guard = bil_json_guard_check (contents, length, BIL_JSON_MAX_DEPTH, &line, &column);

  if (guard != BIL_JSON_GUARD_OK)
    {
      g_autofree char *message = bil_json_guard_message (guard, BIL_JSON_MAX_DEPTH);

      g_set_error (error, BIL_ERROR, code, "%s:%u:%u: %s%s", path, line, column, message,
                   guard == BIL_JSON_GUARD_TRAILING ? " (one article per line belongs in a .jsonl file)" : "");
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, contents, (gssize) length, &local_error))
    {
      g_autofree char *message = describe_parse_error (path, local_error);

      g_set_error_literal (error, BIL_ERROR, code, message);
      return FALSE;
    }
  return TRUE;
}

/* Typed members, NULL, NAN or FALSE when missing or of another type:
 * files written by hand or by other tools are read without a critical.
 * bil_json_get_string_member () and its kin below say what is wrong. */
const char *
bil_json_get_string (JsonObject *o,
                     const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
    ? json_node_get_string (node) : NULL;
}

double
bil_json_get_number (JsonObject *o,
                     const char *member)
{
  JsonNode *node = json_object_get_member (o, member);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NAN;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64 ? json_node_get_double (node) : NAN;
}

gboolean
bil_json_get_bool (JsonObject *o,
                   const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (node);
}

/* What @node holds, to complete "got …" in a message. */
static const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    /* TRANSLATORS: this and the next kinds of JSON value complete
     * "\"title\" should be a string, got %s" */
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("an array");
    /* TRANSLATORS: the JSON value null */
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN: return _("a boolean");
        case G_TYPE_STRING: return _("a string");
        case G_TYPE_INT64:
        case G_TYPE_DOUBLE: return _("a number");
        default: return _("a value");
        }
    default: return _("something else");
    }
}

/* Typed values that say what is wrong: for files a user may have to fix. */
gboolean
bil_json_get_object (JsonNode    *node,
                     JsonObject **value,
                     GError     **error)
{
  g_assert (node != NULL);
  g_assert (value != NULL);

  *value = NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_FORMAT, _("expected an object, got %s"), node_kind (node));
      return FALSE;
    }
  *value = json_node_get_object (node);
  return TRUE;
}

/* A missing member, or null (how we write "none"), is NULL and no error. */
gboolean
bil_json_get_string_member (JsonObject  *o,
                            const char  *member,
                            const char **value,
                            GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  g_assert (value != NULL);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      /* TRANSLATORS: the first %s is a JSON member's name, the second a
       * kind of value: "\"title\" should be a string, got a number" */
      g_set_error (error, BIL_ERROR, BIL_ERROR_FORMAT, _("\"%s\" should be a string, got %s"),
                   member, node_kind (node));
      return FALSE;
    }
  *value = json_node_get_string (node);
  return TRUE;
}

/* A missing member is NULL and no error; null is not an array. */
gboolean
bil_json_get_array_member (JsonObject  *o,
                           const char  *member,
                           JsonArray  **value,
                           GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  g_assert (value != NULL);

  *value = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      /* TRANSLATORS: the first %s is a JSON member's name, the second a
       * kind of value: "\"articles\" should be an array, got an object" */
      g_set_error (error, BIL_ERROR, BIL_ERROR_FORMAT, _("\"%s\" should be an array, got %s"),
                   member, node_kind (node));
      return FALSE;
    }
  *value = json_node_get_array (node);
  return TRUE;
}

/* @member: @value, or null. */
void
bil_json_add_string_or_null (JsonBuilder *builder,
                             const char  *member,
                             const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}
