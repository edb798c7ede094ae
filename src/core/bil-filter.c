/* bil-filter.c: one filter for every view and the report
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Country, sector, metric, year range and free text. Every view and the
 * report export ask the same object, so they always show the same figures.
 */

#define G_LOG_DOMAIN "bil-filter"

/* memmem () */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bil-filter.h"
#include "bil-text.h"

struct _BilFilter
{
  GObject  parent_instance;

  char    *country;
  int      country_entity;   /* -1 when none, -2 when unknown */
  char    *sector;
  int      sector_index;
  char    *metric;
  int      year_from;
  int      year_to;
  char    *text;
  char    *text_folded;
  gsize    text_folded_len;
  gboolean text_ascii;       /* folded text is ASCII: searched without folding the haystack */
  gboolean text_caseless;    /* has no letters with case (CJK): searched byte for byte */
  guint8  *text_in_article;  /* by article serial: 0 not asked yet, 1 + whether its title or text holds the text */
  gsize    text_in_article_len;
  guint8  *text_in_name;     /* per lexicon entity: 0 not asked yet, 1 + whether its name holds the text */
};

G_DEFINE_FINAL_TYPE (BilFilter, bil_filter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COUNTRY,
  PROP_SECTOR,
  PROP_METRIC,
  PROP_YEAR_FROM,
  PROP_YEAR_TO,
  PROP_TEXT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
bil_filter_finalize (GObject *object)
{
  BilFilter *self = (BilFilter *) object;

  g_free (self->country);
  g_free (self->sector);
  g_free (self->metric);
  g_free (self->text);
  g_free (self->text_folded);
  g_free (self->text_in_article);
  g_free (self->text_in_name);

  G_OBJECT_CLASS (bil_filter_parent_class)->finalize (object);
}

static void
bil_filter_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BilFilter *self = BIL_FILTER (object);

  switch (prop_id)
    {
    case PROP_COUNTRY: g_value_set_string (value, self->country); break;
    case PROP_SECTOR: g_value_set_string (value, self->sector); break;
    case PROP_METRIC: g_value_set_string (value, self->metric); break;
    case PROP_YEAR_FROM: g_value_set_int (value, self->year_from); break;
    case PROP_YEAR_TO: g_value_set_int (value, self->year_to); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_filter_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BilFilter *self = BIL_FILTER (object);

  switch (prop_id)
    {
    case PROP_COUNTRY: bil_filter_set_country (self, g_value_get_string (value)); break;
    case PROP_SECTOR: bil_filter_set_sector (self, g_value_get_string (value)); break;
    case PROP_METRIC: bil_filter_set_metric (self, g_value_get_string (value)); break;
    case PROP_YEAR_FROM: bil_filter_set_years (self, g_value_get_int (value), self->year_to); break;
    case PROP_YEAR_TO: bil_filter_set_years (self, self->year_from, g_value_get_int (value)); break;
    case PROP_TEXT: bil_filter_set_text (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_filter_class_init (BilFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bil_filter_finalize;
  object_class->get_property = bil_filter_get_property;
  object_class->set_property = bil_filter_set_property;

  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, NULL, flags);
  properties[PROP_SECTOR] = g_param_spec_string ("sector", NULL, NULL, NULL, flags);
  properties[PROP_METRIC] = g_param_spec_string ("metric", NULL, NULL, NULL, flags);
  properties[PROP_YEAR_FROM] = g_param_spec_int ("year-from", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_YEAR_TO] = g_param_spec_int ("year-to", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Once per change, whichever field: what views listen to. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bil_filter_init (BilFilter *self)
{
  self->country_entity = -1;
  self->sector_index = -1;
}

BilFilter *
bil_filter_new (void)
{
  return g_object_new (BIL_TYPE_FILTER, NULL);
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* A copy to hand to another thread while this one keeps changing. */
BilFilter *
bil_filter_copy (BilFilter *self)
{
  BilFilter *copy = bil_filter_new ();

  g_return_val_if_fail (BIL_IS_FILTER (self), copy);
  bil_filter_set_country (copy, self->country);
  bil_filter_set_sector (copy, self->sector);
  bil_filter_set_metric (copy, self->metric);
  bil_filter_set_years (copy, self->year_from, self->year_to);
  bil_filter_set_text (copy, self->text);
  return copy;
}

const char *
bil_filter_get_country (BilFilter *self)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), NULL);
  return self->country;
}

void
bil_filter_set_country (BilFilter  *self,
                        const char *code)
{
  g_return_if_fail (BIL_IS_FILTER (self));
  if (!set_string (&self->country, code))
    return;
  self->country_entity = self->country ? bil_lexicon_lookup_entity (bil_lexicon_get_default (), self->country) : -1;
  if (self->country && self->country_entity < 0)
    self->country_entity = -2;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
bil_filter_get_sector (BilFilter *self)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), NULL);
  return self->sector;
}

/* The lexicon's index of the sector asked: -1 when none is, -2 when it
 * names no sector of the lexicon. */
int
bil_filter_get_sector_index (BilFilter *self)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), -1);
  return self->sector_index;
}

void
bil_filter_set_sector (BilFilter  *self,
                       const char *sector)
{
  BilLexicon *lex = bil_lexicon_get_default ();

  g_return_if_fail (BIL_IS_FILTER (self));
  if (!set_string (&self->sector, sector))
    return;
  self->sector_index = self->sector ? -2 : -1;
  for (guint s = 0; self->sector && s < bil_lexicon_n_sectors (lex); s++)
    if (g_strcmp0 (bil_lexicon_sector_id (lex, (int) s), self->sector) == 0)
      self->sector_index = (int) s;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
bil_filter_get_metric (BilFilter *self)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), NULL);
  return self->metric;
}

void
bil_filter_set_metric (BilFilter  *self,
                       const char *metric)
{
  g_return_if_fail (BIL_IS_FILTER (self));
  if (!set_string (&self->metric, metric))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
bil_filter_get_years (BilFilter *self,
                      int       *from,
                      int       *to)
{
  g_return_if_fail (BIL_IS_FILTER (self));
  if (from)
    *from = self->year_from;
  if (to)
    *to = self->year_to;
}

/* 0 leaves that end open. */
void
bil_filter_set_years (BilFilter *self,
                      int        from,
                      int        to)
{
  g_return_if_fail (BIL_IS_FILTER (self));
  if (from == self->year_from && to == self->year_to)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (from != self->year_from)
    {
      self->year_from = from;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_FROM]);
    }
  if (to != self->year_to)
    {
      self->year_to = to;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_TO]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
bil_filter_get_text (BilFilter *self)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), NULL);
  return self->text;
}

void
bil_filter_set_text (BilFilter  *self,
                     const char *text)
{
  g_return_if_fail (BIL_IS_FILTER (self));
  if (!set_string (&self->text, text))
    return;
  g_clear_pointer (&self->text_folded, g_free);
  g_clear_pointer (&self->text_in_article, g_free);
  self->text_in_article_len = 0;
  g_clear_pointer (&self->text_in_name, g_free);
  if (self->text)
    {
      g_autofree char *upper = NULL;

      self->text_folded = g_utf8_casefold (self->text, -1);
      self->text_folded_len = strlen (self->text_folded);
      upper = g_utf8_strup (self->text_folded, -1);
      self->text_ascii = g_str_is_ascii (self->text_folded);
      self->text_caseless = g_str_equal (upper, self->text_folded);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
bil_filter_clear (BilFilter *self)
{
  g_return_if_fail (BIL_IS_FILTER (self));
  g_object_freeze_notify (G_OBJECT (self));
  g_signal_handlers_block_matched (self, G_SIGNAL_MATCH_ID, signals[CHANGED], 0, NULL, NULL, NULL);
  bil_filter_set_country (self, NULL);
  bil_filter_set_sector (self, NULL);
  bil_filter_set_metric (self, NULL);
  bil_filter_set_years (self, 0, 0);
  bil_filter_set_text (self, NULL);
  g_signal_handlers_unblock_matched (self, G_SIGNAL_MATCH_ID, signals[CHANGED], 0, NULL, NULL, NULL);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Whether a country or a sector is asked: the indexes then apply
 * (bil_filter_index_candidates ()). */
gboolean
bil_filter_has_country_or_sector (BilFilter *self)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), FALSE);
  return self->country_entity != -1 || self->sector_index != -1;
}

/* Nothing asked that only an article's text or figures can answer. */
static gboolean
asks_only_country_and_sector (BilFilter *self)
{
  return !self->metric && !self->year_from && !self->year_to && !self->text;
}

gboolean
bil_filter_is_empty (BilFilter *self)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), TRUE);
  return !self->country && !self->sector && !self->metric && !self->year_from && !self->year_to && !self->text;
}

/* "Japan · FDI · 2020–2024 · “chips”", or "All figures". */
char *
bil_filter_describe (BilFilter *self)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (BIL_IS_FILTER (self), NULL);
  if (self->country)
    g_ptr_array_add (parts, g_strdup (self->country_entity >= 0 ? bil_lexicon_entity_name (lex, self->country_entity)
                                                                  : self->country));
  if (self->sector)
    g_ptr_array_add (parts, g_strdup (self->sector_index >= 0 ? bil_lexicon_sector_label (lex, self->sector_index)
                                                                : self->sector));
  if (self->metric)
    g_ptr_array_add (parts, g_strdup (self->metric));
  if (self->year_from && self->year_to)
    g_ptr_array_add (parts, self->year_from == self->year_to ? g_strdup_printf ("%d", self->year_from)
                                                              : g_strdup_printf ("%d–%d", self->year_from, self->year_to));
  else if (self->year_from)
    g_ptr_array_add (parts, g_strdup_printf (_("from %d"), self->year_from));
  else if (self->year_to)
    g_ptr_array_add (parts, g_strdup_printf (_("until %d"), self->year_to));
  if (self->text)
    g_ptr_array_add (parts, g_strdup_printf ("“%s”", self->text));
  if (parts->len == 0)
    return g_strdup (_("No filter"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static gboolean
text_matches (BilFilter  *self,
              const char *text,
              gssize      len)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  if (len < 0)
    len = (gssize) strlen (text);
  if (self->text_ascii)
    return bil_text_contains_ascii_caseless (text, (gsize) len, self->text_folded, self->text_folded_len);
  if (self->text_caseless)
    return memmem (text, (gsize) len, self->text_folded, self->text_folded_len) != NULL;
  folded = g_utf8_casefold (text, len);
  return strstr (folded, self->text_folded) != NULL;
}

/* Whether @article's title or text holds the text asked. Each view asks
 * it again of the same articles after a change (the figures, the map, the
 * grid, the list): the article is read once, then remembered by its serial
 * (a byte each: a million sentences ask it). A sentence can hold the text
 * only where this says yes. */
static gboolean
article_has_text (BilFilter  *self,
                  BilArticle *article)
{
  /* Serials count the articles made since start: a few corpora's worth. */
  const gsize most = 1 << 26;
  gsize serial = bil_article_get_serial (article);
  gsize len;
  const char *text;
  gboolean found;

  if (serial < self->text_in_article_len && self->text_in_article[serial] != 0)
    return self->text_in_article[serial] - 1;
  text = bil_article_get_text (article, &len);
  found = text_matches (self, bil_article_get_title (article), -1) || text_matches (self, text, (gssize) len);
  if (serial >= self->text_in_article_len && serial < most)
    {
      gsize grown = MIN (most, MAX (serial + 1, self->text_in_article_len * 2));

      self->text_in_article = g_realloc (self->text_in_article, grown);
      memset (self->text_in_article + self->text_in_article_len, 0, grown - self->text_in_article_len);
      self->text_in_article_len = grown;
    }
  if (serial < self->text_in_article_len)
    self->text_in_article[serial] = 1 + found;
  return found;
}

/* Whether the name of the lexicon's @entity holds the text asked: asked
 * of both sides of each of a million sentences, answered once. */
static gboolean
name_has_text (BilFilter *self,
               int        entity)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  guint n = bil_lexicon_n_entities (lex);

  if (entity < 0 || (guint) entity >= n)
    return text_matches (self, bil_lexicon_entity_name (lex, entity), -1);
  if (self->text_in_name == NULL)
    self->text_in_name = g_new0 (guint8, n);
  if (self->text_in_name[entity] == 0)
    self->text_in_name[entity] = 1 + text_matches (self, bil_lexicon_entity_name (lex, entity), -1);
  return self->text_in_name[entity] - 1;
}

static gboolean
year_matches (BilFilter *self,
              int        year)
{
  if (!self->year_from && !self->year_to)
    return TRUE;
  if (year <= 0)
    return FALSE;
  return (!self->year_from || year >= self->year_from) && (!self->year_to || year <= self->year_to);
}

/* The article's year is parsed from its date: only when a range asks. */
static gboolean
article_year_matches (BilFilter  *self,
                      BilArticle *article)
{
  return (!self->year_from && !self->year_to) || year_matches (self, bil_article_get_year (article));
}

static gboolean
sector_matches (BilFilter *self,
                guint64    sectors)
{
  if (self->sector_index == -1)
    return TRUE;
  return self->sector_index >= 0 && self->sector_index < 64 && (sectors & (G_GUINT64_CONSTANT (1) << self->sector_index));
}

gboolean
bil_filter_match_figure (BilFilter       *self,
                         BilArticle      *article,
                         const BilFigure *figure)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), FALSE);

  if (self->country_entity != -1 && figure->from != self->country_entity && figure->to != self->country_entity)
    return FALSE;
  if (self->metric && g_strcmp0 (bil_metric_to_string (figure->metric), self->metric) != 0)
    return FALSE;
  if (!year_matches (self, figure->year) || !sector_matches (self, figure->sectors))
    return FALSE;
  if (self->text_folded)
    {
      const char *text = bil_article_get_text (article, NULL);

      return article_has_text (self, article) &&
             (text_matches (self, text + figure->sentence_start, (gssize) (figure->sentence_end - figure->sentence_start)) ||
              text_matches (self, bil_article_get_title (article), -1));
    }
  return TRUE;
}

/* Whether any evidence of the pair @a–@b, whose sentences name @sectors
 * between them, can pass: a whole partnership is skipped at once instead of
 * sentence by sentence. */
gboolean
bil_filter_may_match_pair (BilFilter *self,
                           int        a,
                           int        b,
                           guint64    sectors)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), FALSE);

  if (self->country_entity != -1 && a != self->country_entity && b != self->country_entity)
    return FALSE;
  return sector_matches (self, sectors);
}

gboolean
bil_filter_match_evidence (BilFilter  *self,
                           BilArticle *article,
                           int         a,
                           int         b,
                           guint64     sectors,
                           gsize       start,
                           gsize       end)
{
  if (!bil_filter_may_match_pair (self, a, b, sectors))
    return FALSE;
  /* Partnerships have no metric: a metric filter keeps those with money of
   * that kind in the same article. */
  if (self->metric)
    {
      const BilFacts *facts = bil_article_get_facts (article);
      gboolean any = FALSE;

      for (guint i = 0; facts && i < facts->figures->len && !any; i++)
        any = g_strcmp0 (bil_metric_to_string (g_array_index (facts->figures, BilFigure, i).metric), self->metric) == 0;
      if (!any)
        return FALSE;
    }
  if (!article_year_matches (self, article))
    return FALSE;
  if (self->text_folded)
    return name_has_text (self, a) || name_has_text (self, b) ||
           (article_has_text (self, article) &&
            text_matches (self, bil_article_get_text (article, NULL) + start, (gssize) (end - start)));
  return TRUE;
}


/* Whether bil_filter_may_match_pair () is the whole answer for evidence
 * matched with its partnership's sectors: no metric, year or text to check
 * sentence by sentence. */
gboolean
bil_filter_decides_by_pair (BilFilter *self)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), FALSE);
  return asks_only_country_and_sector (self);
}

gboolean
bil_filter_match_article (BilFilter  *self,
                          BilArticle *article)
{
  const BilFacts *facts = bil_article_get_facts (article);

  g_return_val_if_fail (BIL_IS_FILTER (self), FALSE);

  if (self->country_entity != -1)
    {
      gboolean any = FALSE;

      for (guint i = 0; facts && i < facts->countries->len && !any; i++)
        any = g_array_index (facts->countries, int, i) == self->country_entity;
      if (!any)
        return FALSE;
    }
  if (self->sector_index != -1 &&
      (self->sector_index < 0 || !facts || facts->sector_counts[self->sector_index] == 0))
    return FALSE;
  if (self->metric)
    {
      gboolean any = FALSE;

      for (guint i = 0; facts && i < facts->figures->len && !any; i++)
        any = g_strcmp0 (bil_metric_to_string (g_array_index (facts->figures, BilFigure, i).metric), self->metric) == 0;
      if (!any)
        return FALSE;
    }
  if (!article_year_matches (self, article))
    return FALSE;
  if (self->text_folded)
    return article_has_text (self, article);
  return TRUE;
}

/* ---- building an index ------------------------------------------------- */

void
bil_index_builder_init (BilIndexBuilder *builder,
                        guint            n_entities)
{
  memset (builder, 0, sizeof *builder);
  builder->by_entity = g_new0 (GArray *, MAX (1, n_entities));
  builder->n_entities = n_entities;
}

static void
add_position (GArray **list,
              guint    position)
{
  if (*list == NULL)
    *list = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (*list, position);
}

/* An entity outside the lexicon's is passed over. */
void
bil_index_builder_add_entity (BilIndexBuilder *builder,
                              int              entity,
                              guint            position)
{
  if (entity >= 0 && (guint) entity < builder->n_entities)
    add_position (&builder->by_entity[entity], position);
}

void
bil_index_builder_add_sector (BilIndexBuilder *builder,
                              int              sector,
                              guint            position)
{
  if (sector >= 0 && sector < 64)
    add_position (&builder->by_sector[sector], position);
}

/* Returns: (transfer full): BIL_INDEX_COUNTRY_KEY () and
 *   BIL_INDEX_SECTOR_KEY () → a GArray of guint positions */
GHashTable *
bil_index_builder_end (BilIndexBuilder *builder)
{
  GHashTable *index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  for (guint e = 0; e < builder->n_entities; e++)
    if (builder->by_entity[e])
      g_hash_table_insert (index, BIL_INDEX_COUNTRY_KEY ((int) e), builder->by_entity[e]);
  for (int s = 0; s < 64; s++)
    if (builder->by_sector[s])
      g_hash_table_insert (index, BIL_INDEX_SECTOR_KEY (s), builder->by_sector[s]);
  g_clear_pointer (&builder->by_entity, g_free);
  return index;
}

/**
 * bil_filter_index_candidates:
 * @index: positions by BIL_INDEX_COUNTRY_KEY () and BIL_INDEX_SECTOR_KEY ()
 * @pass_at_once: (out): TRUE when the filter asks nothing else of them
 * @applies: (out): FALSE when the filter has neither a country nor a sector
 *
 * Returns: (transfer none) (nullable): the positions to ask, ascending; NULL
 *   with @applies TRUE means none passes (an unknown code, or none named)
 */
GArray *
bil_filter_index_candidates (BilFilter  *self,
                             GHashTable *index,
                             gboolean   *pass_at_once,
                             gboolean   *applies)
{
  g_return_val_if_fail (BIL_IS_FILTER (self), NULL);

  *pass_at_once = FALSE;
  *applies = TRUE;
  if (self->country_entity != -1)
    {
      *pass_at_once = self->country_entity >= 0 && !self->sector && asks_only_country_and_sector (self);
      return self->country_entity >= 0 ? g_hash_table_lookup (index, BIL_INDEX_COUNTRY_KEY (self->country_entity)) : NULL;
    }
  if (self->sector_index != -1)
    {
      *pass_at_once = self->sector_index >= 0 && self->sector_index < 64 && asks_only_country_and_sector (self);
      return self->sector_index >= 0 && self->sector_index < 64
        ? g_hash_table_lookup (index, BIL_INDEX_SECTOR_KEY (self->sector_index)) : NULL;
    }
  *applies = FALSE;
  return NULL;
}
