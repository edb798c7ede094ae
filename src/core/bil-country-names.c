/* bil-country-names.c: country names for people, in their language
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names come from Debian's iso-codes and its translations (the gettext
 * domain "iso_3166-1"): "マレーシア" for a Japanese user. Where iso-codes has
 * no translation for the user's language, the gazetteer's news name stays
 * ("South Korea" rather than "Korea, Republic of").
 */

#define G_LOG_DOMAIN "bil-country-names"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "bil-country-names.h"

static GMutex lock;
static GHashTable *iso_names;   /* alpha-2 → iso-codes' English name (common name first) */
static GHashTable *display;     /* alpha-2 → the name to show */

static void
load_iso_codes (void)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *path = g_build_filename (ISO_CODES_PREFIX, "share", "iso-codes", "json", "iso_3166-1.json", NULL);
  JsonArray *countries;

  iso_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  display = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  bindtextdomain ("iso_3166-1", ISO_CODES_LOCALEDIR);
  bind_textdomain_codeset ("iso_3166-1", "UTF-8");
  if (!json_parser_load_from_file (parser, path, NULL) || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  countries = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "3166-1");
  for (guint i = 0; countries && i < json_array_get_length (countries); i++)
    {
      JsonObject *c = json_array_get_object_element (countries, i);
      const char *code = json_object_get_string_member_with_default (c, "alpha_2", NULL);
      const char *name = json_object_get_string_member_with_default (c, "common_name",
                           json_object_get_string_member_with_default (c, "name", NULL));
      if (code && name)
        g_hash_table_insert (iso_names, g_strdup (code), g_strdup (name));
    }
}

/* Returns: (transfer none): valid for the life of the process */
const char *
bil_country_display_name (const char *code,
                          const char *fallback)
{
  const char *result;

  if (code == NULL)
    return fallback;
  g_mutex_lock (&lock);
  if (iso_names == NULL)
    load_iso_codes ();
  result = g_hash_table_lookup (display, code);
  if (result == NULL)
    {
      const char *english = g_hash_table_lookup (iso_names, code);
      const char *translated = english ? dgettext ("iso_3166-1", english) : NULL;
      /* gettext hands back the very msgid pointer when there is no translation. */
      /* The first caller's answer is kept for all: with no fallback (the
       * start-up preload), ISO's own name, never the bare code. */
      char *name = g_strdup (translated && translated != english ? translated
                             : fallback ? fallback : english ? english : code);

      g_hash_table_insert (display, g_strdup (code), name);
      result = name;
    }
  g_mutex_unlock (&lock);
  return result;
}

/* The sectors of data/sectors.json, named for translators. */
static const struct { const char *id; const char *label; } sector_labels[] = {
  { "ai", N_("Artificial intelligence") },
  { "semiconductors", N_("Semiconductors") },
  { "automotive", N_("Automotive") },
  { "electric_vehicles", N_("Electric vehicles and batteries") },
  { "green_energy", N_("Green energy and decarbonisation") },
  { "energy", N_("Energy (oil, gas, power)") },
  { "lng", N_("Liquefied natural gas") },
  { "hydrogen", N_("Hydrogen") },
  { "nuclear", N_("Nuclear energy") },
  { "rare_earths", N_("Rare earths") },
  { "critical_minerals", N_("Critical minerals") },
  { "digital", N_("Digital economy") },
  { "cloud", N_("Cloud computing") },
  { "data_centres", N_("Data centres") },
  { "telecom", N_("Telecommunications") },
  { "robotics", N_("Robotics and automation") },
  { "cybersecurity", N_("Cybersecurity") },
  { "mobility", N_("Mobility and transport") },
  { "manufacturing", N_("Manufacturing") },
  { "defence", N_("Defence") },
  { "infrastructure", N_("Infrastructure") },
  { "finance", N_("Finance") },
  { "agriculture", N_("Agriculture and food") },
  { "healthcare", N_("Healthcare") },
  { "education", N_("Education and talent") },
  { "logistics", N_("Logistics and shipping") },
  { "space", N_("Space") },
  { "tourism", N_("Tourism") },
};

const char *
bil_sector_display_label (const char *id,
                          const char *fallback)
{
  for (guint i = 0; i < G_N_ELEMENTS (sector_labels); i++)
    if (g_strcmp0 (sector_labels[i].id, id) == 0)
      return _(sector_labels[i].label);
  return fallback;
}
