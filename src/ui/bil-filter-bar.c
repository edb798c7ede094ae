/* bil-filter-bar.c: the controls of the session's filter
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search bar of text, country, sector, metric and years, each bound to
 * the BilFilter property it shows: a change on either side is the other's
 * (GBinding keeps the two from calling each other back), so clearing the
 * filter clears the bar and a filter set at start-up shows in it. The text
 * alone is not bound: the filter takes it when the entry's search delay
 * ends ("search-changed"), not with every key.
 */

#define G_LOG_DOMAIN "bil-filter-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-figure-ref.h"
#include "bil-filter-bar.h"
#include "bil-lexicon.h"

struct _BilFilterBar
{
  GtkWidget       parent_instance;

  GtkSearchBar   *search_bar;
  GtkSearchEntry *entry;
  GtkDropDown    *country;
  GtkDropDown    *sector;
  GtkDropDown    *metric;
  GtkSpinButton  *year_from;
  GtkSpinButton  *year_to;

  BilFilter      *filter;
  GPtrArray      *bindings;        /* GBinding, to the filter */
  GPtrArray      *country_codes;   /* for the country drop-down: NULL ("any") then codes */
};

G_DEFINE_FINAL_TYPE (BilFilterBar, bil_filter_bar, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_SEARCH_MODE_ENABLED, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
set_dropdown_strings (GtkDropDown        *drop,
                      const char * const *strings)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (strings);

  gtk_drop_down_set_model (drop, G_LIST_MODEL (list));
}

/* ---- drop-down position ↔ the filter's string ---------------------------- */

static gboolean
country_to_position (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  BilFilterBar *self = user_data;
  const char *code = g_value_get_string (from);

  for (guint i = 1; code && i < self->country_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->country_codes, i), code) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  g_value_set_uint (to, 0);
  return TRUE;
}

static gboolean
position_to_country (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  BilFilterBar *self = user_data;
  guint i = g_value_get_uint (from);

  g_value_set_string (to, i != GTK_INVALID_LIST_POSITION && i < self->country_codes->len
                            ? g_ptr_array_index (self->country_codes, i) : NULL);
  return TRUE;
}

static gboolean
sector_to_position (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  const char *id = g_value_get_string (from);

  g_value_set_uint (to, 0);
  for (guint s = 0; id && s < bil_lexicon_n_sectors (lex); s++)
    if (g_strcmp0 (bil_lexicon_sector_id (lex, (int) s), id) == 0)
      g_value_set_uint (to, s + 1);
  return TRUE;
}

static gboolean
position_to_sector (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint i = g_value_get_uint (from);

  g_value_set_string (to, i != GTK_INVALID_LIST_POSITION && i > 0
                            ? bil_lexicon_sector_id (bil_lexicon_get_default (), (int) i - 1) : NULL);
  return TRUE;
}

/* The metric drop-down: "any", then every BilMetric in order. */
static gboolean
metric_to_position (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  const char *name = g_value_get_string (from);

  g_value_set_uint (to, 0);
  for (int m = 0; name && m < BIL_N_METRICS; m++)
    if (g_strcmp0 (bil_metric_to_string ((BilMetric) m), name) == 0)
      g_value_set_uint (to, (guint) m + 1);
  return TRUE;
}

static gboolean
position_to_metric (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint i = g_value_get_uint (from);

  g_value_set_string (to, i != GTK_INVALID_LIST_POSITION && i > 0 && i <= BIL_N_METRICS
                            ? bil_metric_to_string ((BilMetric) (i - 1)) : NULL);
  return TRUE;
}

/* ---- the text ------------------------------------------------------------ */

static void
search_changed_cb (BilFilterBar *self)
{
  if (self->filter)
    bil_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

static void
filter_text_cb (BilFilterBar *self)
{
  const char *text = bil_filter_get_text (self->filter);

  if (g_strcmp0 (text ? text : "", gtk_editable_get_text (GTK_EDITABLE (self->entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text ? text : "");
}

/* ---- public --------------------------------------------------------------- */

static void
unbind (BilFilterBar *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);
  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
}

static void
bind (BilFilterBar *self,
      gpointer      target,
      const char   *filter_property,
      const char   *target_property,
      GBindingTransformFunc to_target,
      GBindingTransformFunc to_filter)
{
  GBinding *binding = g_object_bind_property_full (self->filter, filter_property, target, target_property,
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   to_target, to_filter, self, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

/**
 * bil_filter_bar_set_filter:
 * @filter: (nullable): the filter to show and change
 */
void
bil_filter_bar_set_filter (BilFilterBar *self,
                           BilFilter    *filter)
{
  g_return_if_fail (BIL_IS_FILTER_BAR (self));

  unbind (self);
  if (filter == NULL)
    return;
  self->filter = g_object_ref (filter);
  bind (self, self->country, "country", "selected", country_to_position, position_to_country);
  bind (self, self->sector, "sector", "selected", sector_to_position, position_to_sector);
  bind (self, self->metric, "metric", "selected", metric_to_position, position_to_metric);
  bind (self, self->year_from, "year-from", "value", NULL, NULL);
  bind (self, self->year_to, "year-to", "value", NULL, NULL);
  g_signal_connect_swapped (filter, "notify::text", G_CALLBACK (filter_text_cb), self);
  filter_text_cb (self);
}

/* The countries @corpus names, for the country drop-down. */
void
bil_filter_bar_set_corpus (BilFilterBar *self,
                           BilCorpus    *corpus)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) name_strv = NULL;
  g_autoptr(GArray) entities = g_array_new (FALSE, FALSE, sizeof (int));

  g_return_if_fail (BIL_IS_FILTER_BAR (self));

  g_ptr_array_set_size (self->country_codes, 0);
  g_ptr_array_add (self->country_codes, NULL);
  g_strv_builder_add (names, _("Any country"));
  for (guint i = 0; corpus && i < bil_corpus_get_n_articles (corpus); i++)
    {
      const BilFacts *facts = bil_article_get_facts (bil_corpus_get_article (corpus, i));

      for (guint k = 0; facts && k < facts->countries->len; k++)
        {
          int e = g_array_index (facts->countries, int, k);

          if (g_hash_table_add (seen, GINT_TO_POINTER (e + 1)))
            g_array_append_val (entities, e);
        }
    }
  for (guint i = 0; i < entities->len; i++)
    {
      int e = g_array_index (entities, int, i);

      g_ptr_array_add (self->country_codes, g_strdup (bil_lexicon_entity_code (lex, e)));
      g_strv_builder_add (names, bil_entity_display_name (e));
    }
  name_strv = g_strv_builder_end (names);
  set_dropdown_strings (self->country, (const char * const *) name_strv);
}

/* Shows the bar and puts the keyboard in its text. */
void
bil_filter_bar_reveal (BilFilterBar *self)
{
  g_return_if_fail (BIL_IS_FILTER_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* ---- GObject ------------------------------------------------------------- */

static void
bil_filter_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BilFilterBar *self = BIL_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE_ENABLED:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_filter_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BilFilterBar *self = BIL_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE_ENABLED:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
search_mode_cb (BilFilterBar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE_ENABLED]);
}

static void
bil_filter_bar_dispose (GObject *object)
{
  BilFilterBar *self = BIL_FILTER_BAR (object);
  GtkWidget *child;

  unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_FILTER_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->country_codes, g_ptr_array_unref);
  G_OBJECT_CLASS (bil_filter_bar_parent_class)->dispose (object);
}

static void
bil_filter_bar_class_init (BilFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bil_filter_bar_dispose;
  object_class->get_property = bil_filter_bar_get_property;
  object_class->set_property = bil_filter_bar_set_property;

  /* The search bar's: the header's filter button follows it. */
  properties[PROP_SEARCH_MODE_ENABLED] =
    g_param_spec_boolean ("search-mode-enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BilFilterBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, BilFilterBar, entry);
  gtk_widget_class_bind_template_child (widget_class, BilFilterBar, country);
  gtk_widget_class_bind_template_child (widget_class, BilFilterBar, sector);
  gtk_widget_class_bind_template_child (widget_class, BilFilterBar, metric);
  gtk_widget_class_bind_template_child (widget_class, BilFilterBar, year_from);
  gtk_widget_class_bind_template_child (widget_class, BilFilterBar, year_to);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_cb);
}

static void
bil_filter_bar_init (BilFilterBar *self)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  g_autoptr(GStrvBuilder) sectors = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) metrics = g_strv_builder_new ();
  g_auto(GStrv) sector_strv = NULL, metric_strv = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->country_codes = g_ptr_array_new_with_free_func (g_free);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));

  /* The sectors and metrics are the same for every corpus: set once (each
   * new model costs its drop-down's list). */
  g_strv_builder_add (sectors, _("Any sector"));
  for (guint s = 0; s < bil_lexicon_n_sectors (lex); s++)
    g_strv_builder_add (sectors, bil_lexicon_sector_label (lex, (int) s));
  sector_strv = g_strv_builder_end (sectors);
  g_strv_builder_add (metrics, _("Any metric"));
  for (int m = 0; m < BIL_N_METRICS; m++)
    g_strv_builder_add (metrics, bil_metric_label ((BilMetric) m));
  metric_strv = g_strv_builder_end (metrics);
  set_dropdown_strings (self->sector, (const char * const *) sector_strv);
  set_dropdown_strings (self->metric, (const char * const *) metric_strv);
  bil_filter_bar_set_corpus (self, NULL);
}
