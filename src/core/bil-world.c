/* bil-world.c: the world outline (Natural Earth, data/world-110m.json)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file was converted once from the npm package world-atlas by
 * build-aux/convert-world-atlas.mjs: degrees × 100 as integers, each ring
 * delta-encoded after its first point.
 */

#define G_LOG_DOMAIN "bil-world"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "bil-core.h"
#include "bil-world.h"

struct _BilWorld
{
  GArray     *countries;   /* BilWorldCountry */
  GHashTable *by_code;     /* code → index + 1 */
};

static void
country_clear (gpointer data)
{
  BilWorldCountry *c = data;

  g_free (c->name);
  for (guint i = 0; c->rings && i < c->rings->len; i++)
    g_free (g_array_index (c->rings, BilRing, i).points);
  g_clear_pointer (&c->rings, g_array_unref);
}

BilWorld *
bil_world_new_from_data (GBytes  *json,
                         GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize len;
  const char *data = g_bytes_get_data (json, &len);
  JsonObject *root;
  JsonArray *countries;
  double scale;
  BilWorld *self;

  if (!json_parser_load_from_data (parser, data, (gssize) len, error))
    return NULL;
  root = json_node_get_object (json_parser_get_root (parser));
  countries = root ? json_object_get_array_member (root, "countries") : NULL;
  if (countries == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "world-110m.json: no \"countries\"");
      return NULL;
    }
  scale = json_object_get_double_member_with_default (root, "scale", 100.0);

  self = g_new0 (BilWorld, 1);
  self->countries = g_array_sized_new (FALSE, TRUE, sizeof (BilWorldCountry), json_array_get_length (countries));
  g_array_set_clear_func (self->countries, country_clear);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (countries); i++)
    {
      JsonObject *o = json_array_get_object_element (countries, i);
      JsonArray *polygons = json_object_get_array_member (o, "polygons");
      JsonArray *label = json_object_get_array_member (o, "label");
      BilWorldCountry c = { 0 };

      g_strlcpy (c.code, json_object_get_string_member (o, "code"), sizeof c.code);
      c.name = g_strdup (json_object_get_string_member_with_default (o, "name", c.code));
      c.label_lon = label ? json_array_get_double_element (label, 0) : 0;
      c.label_lat = label ? json_array_get_double_element (label, 1) : 0;
      c.rings = g_array_new (FALSE, FALSE, sizeof (BilRing));
      c.min_lon = c.min_lat = G_MAXDOUBLE;
      c.max_lon = c.max_lat = -G_MAXDOUBLE;

      for (guint p = 0; polygons && p < json_array_get_length (polygons); p++)
        {
          JsonArray *rings = json_array_get_array_element (polygons, p);

          for (guint r = 0; r < json_array_get_length (rings); r++)
            {
              JsonArray *flat = json_array_get_array_element (rings, r);
              guint n = json_array_get_length (flat) / 2;
              BilRing ring = { n, g_new (double, 2 * MAX (1, n)) };
              gint64 x = 0, y = 0;

              for (guint k = 0; k < n; k++)
                {
                  gint64 dx = json_array_get_int_element (flat, 2 * k);
                  gint64 dy = json_array_get_int_element (flat, 2 * k + 1);

                  x = k == 0 ? dx : x + dx;
                  y = k == 0 ? dy : y + dy;
                  ring.points[2 * k] = x / scale;
                  ring.points[2 * k + 1] = y / scale;
                  c.min_lon = MIN (c.min_lon, x / scale);
                  c.max_lon = MAX (c.max_lon, x / scale);
                  c.min_lat = MIN (c.min_lat, y / scale);
                  c.max_lat = MAX (c.max_lat, y / scale);
                }
              g_array_append_val (c.rings, ring);
            }
        }
      g_array_append_val (self->countries, c);
    }

  for (guint i = 0; i < self->countries->len; i++)
    {
      BilWorldCountry *c = &g_array_index (self->countries, BilWorldCountry, i);
      g_hash_table_insert (self->by_code, c->code, GUINT_TO_POINTER (i + 1));
    }
  return self;
}

void
bil_world_free (BilWorld *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->countries);
  g_hash_table_unref (self->by_code);
  g_free (self);
}

BilWorld *
bil_world_get_default (void)
{
  static gsize world = 0;

  if (g_once_init_enter (&world))
    {
      g_autoptr(GBytes) bytes = bil_core_lookup_data ("world-110m.json", NULL);
      g_autoptr(GError) error = NULL;
      BilWorld *w = bytes ? bil_world_new_from_data (bytes, &error) : NULL;

      if (w == NULL)
        g_error ("cannot read the compiled-in world outline: %s", error ? error->message : "missing");
      g_once_init_leave (&world, (gsize) w);
    }
  return (BilWorld *) world;
}

guint
bil_world_n_countries (BilWorld *self)
{
  return self->countries->len;
}

const BilWorldCountry *
bil_world_get_country (BilWorld *self,
                       guint     index)
{
  g_return_val_if_fail (index < self->countries->len, NULL);
  return &g_array_index (self->countries, BilWorldCountry, index);
}

const BilWorldCountry *
bil_world_lookup (BilWorld   *self,
                  const char *code)
{
  guint i = code ? GPOINTER_TO_UINT (g_hash_table_lookup (self->by_code, code)) : 0;

  return i ? &g_array_index (self->countries, BilWorldCountry, i - 1) : NULL;
}
