/* bil-corpus.c
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-corpus"

#include "config.h"

#include <string.h>

#include "bil-core.h"
#include "bil-corpus.h"
#include "bil-filter.h"

struct _BilCorpus
{
  GObject    parent_instance;
  char      *name;
  GPtrArray *articles;
  GPtrArray *warnings;
  GPtrArray *partnerships;  /* BilPartnership */
  char     **paths;         /* what was opened: where its review is kept */
  GHashTable *by_entity;    /* country or sector key → GArray of the guint indices of its articles */
};

static GType
bil_corpus_get_item_type (GListModel *model)
{
  return BIL_TYPE_ARTICLE;
}

static guint
bil_corpus_get_n_items (GListModel *model)
{
  return BIL_CORPUS (model)->articles->len;
}

static gpointer
bil_corpus_get_item (GListModel *model,
                     guint       position)
{
  BilCorpus *self = BIL_CORPUS (model);

  if (position >= self->articles->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->articles, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bil_corpus_get_item_type;
  iface->get_n_items = bil_corpus_get_n_items;
  iface->get_item = bil_corpus_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BilCorpus, bil_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
bil_corpus_finalize (GObject *object)
{
  BilCorpus *self = (BilCorpus *) object;

  g_free (self->name);
  g_strfreev (self->paths);
  g_clear_pointer (&self->by_entity, g_hash_table_unref);
  g_ptr_array_unref (self->articles);
  g_ptr_array_unref (self->warnings);
  g_clear_pointer (&self->partnerships, g_ptr_array_unref);

  G_OBJECT_CLASS (bil_corpus_parent_class)->finalize (object);
}

static void
bil_corpus_class_init (BilCorpusClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bil_corpus_finalize;
}

static void
bil_corpus_init (BilCorpus *self)
{
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

BilCorpus *
bil_corpus_new (const char *name)
{
  BilCorpus *self = g_object_new (BIL_TYPE_CORPUS, NULL);

  self->name = g_strdup (name);
  return self;
}

/* The folders, files or manifests it was opened from. */
const char * const *
bil_corpus_get_paths (BilCorpus *self)
{
  g_return_val_if_fail (BIL_IS_CORPUS (self), NULL);
  return (const char * const *) self->paths;
}

void
bil_corpus_set_paths (BilCorpus          *self,
                      const char * const *paths)
{
  g_return_if_fail (BIL_IS_CORPUS (self));
  g_strfreev (self->paths);
  self->paths = g_strdupv ((char **) paths);
}

const char *
bil_corpus_get_name (BilCorpus *self)
{
  g_return_val_if_fail (BIL_IS_CORPUS (self), NULL);
  return self->name;
}

void
bil_corpus_set_name (BilCorpus  *self,
                     const char *name)
{
  g_return_if_fail (BIL_IS_CORPUS (self));
  g_free (self->name);
  self->name = g_strdup (name);
}

/* Appends without emitting items-changed: corpora are built before anyone
 * watches them. */
void
bil_corpus_add_article (BilCorpus  *self,
                        BilArticle *article)
{
  g_return_if_fail (BIL_IS_CORPUS (self));
  g_return_if_fail (BIL_IS_ARTICLE (article));
  bil_article_set_index (article, self->articles->len);
  g_ptr_array_add (self->articles, g_object_ref (article));
  g_clear_pointer (&self->by_entity, g_hash_table_unref);
}

guint
bil_corpus_get_n_articles (BilCorpus *self)
{
  g_return_val_if_fail (BIL_IS_CORPUS (self), 0);
  return self->articles->len;
}

/* Returns: (transfer none) */
BilArticle *
bil_corpus_get_article (BilCorpus *self,
                        guint      position)
{
  g_return_val_if_fail (BIL_IS_CORPUS (self), NULL);
  g_return_val_if_fail (position < self->articles->len, NULL);
  return g_ptr_array_index (self->articles, position);
}

void
bil_corpus_add_warning (BilCorpus  *self,
                        const char *warning)
{
  g_return_if_fail (BIL_IS_CORPUS (self));
  g_ptr_array_add (self->warnings, g_strdup (warning));
}

/* Returns: (transfer none): "PATH: message" strings */
GPtrArray *
bil_corpus_get_warnings (BilCorpus *self)
{
  g_return_val_if_fail (BIL_IS_CORPUS (self), NULL);
  return self->warnings;
}

/* Takes ownership of @partnerships (BilPartnership). */
void
bil_corpus_set_partnerships (BilCorpus *self,
                             GPtrArray *partnerships)
{
  g_return_if_fail (BIL_IS_CORPUS (self));
  g_clear_pointer (&self->partnerships, g_ptr_array_unref);
  self->partnerships = partnerships;
}

/* Returns: (transfer none) (nullable): BilPartnership, the most attested first */
GPtrArray *
bil_corpus_get_partnerships (BilCorpus *self)
{
  g_return_val_if_fail (BIL_IS_CORPUS (self), NULL);
  return self->partnerships;
}

/* ---- which articles a filter lets through ------------------------------ */

/* Lists by entity and by sector (BilIndexBuilder), as bil_figure_refs_index ()
 * makes for figures: 2.5 million positions at 100,000 articles. */
static GHashTable *
index_entities (BilCorpus *self)
{
  BilIndexBuilder builder;

  bil_index_builder_init (&builder, bil_lexicon_n_entities (bil_lexicon_get_default ()));
  for (guint i = 0; i < self->articles->len; i++)
    {
      const BilFacts *facts = bil_article_get_facts (g_ptr_array_index (self->articles, i));

      for (guint k = 0; facts && k < facts->countries->len; k++)
        bil_index_builder_add_entity (&builder, g_array_index (facts->countries, int, k), i);
      for (guint s = 0; facts && s < facts->n_sectors && s < 64; s++)
        if (facts->sector_counts[s] > 0)
          bil_index_builder_add_sector (&builder, (int) s, i);
    }
  return bil_index_builder_end (&builder);
}

/**
 * bil_corpus_index:
 *
 * Builds the corpus's index of articles by country and by sector, which
 * bil_corpus_match_articles () reads: the loader calls it once loaded,
 * off the window's thread.
 */
void
bil_corpus_index (BilCorpus *self)
{
  g_return_if_fail (BIL_IS_CORPUS (self));
  if (self->by_entity == NULL)
    self->by_entity = index_entities (self);
}

/**
 * bil_corpus_count_naming:
 * @passing: (nullable): a bit per article, as bil_corpus_match_articles ()
 *   gives; NULL counts every article
 * @counts: (out caller-allocates): @n_entities counters, set
 *
 * How many articles name each lexicon entity, among those @passing lets
 * through. Reads the index's lists of positions, in order, instead of
 * every article's facts: the map's mentions at 100,000 articles.
 */
void
bil_corpus_count_naming (BilCorpus    *self,
                         const guint8 *passing,
                         guint        *counts,
                         guint         n_entities)
{
  g_return_if_fail (BIL_IS_CORPUS (self));

  bil_corpus_index (self);
  for (guint e = 0; e < n_entities; e++)
    {
      GArray *list = g_hash_table_lookup (self->by_entity, BIL_INDEX_COUNTRY_KEY ((int) e));
      guint n = 0;

      if (list && passing == NULL)
        n = list->len;
      for (guint k = 0; list && passing && k < list->len; k++)
        n += bil_bit_get (passing, g_array_index (list, guint, k));
      counts[e] = n;
    }
}

/**
 * bil_corpus_match_articles:
 *
 * One bit per article, set when @filter lets it through. A country or a
 * sector filter reads the index (a country named in most of 100,000
 * articles: 33 ms of pointer chasing otherwise) and asks the rest of the
 * filter only of the articles that name it.
 *
 * Returns: (transfer full): (n_articles + 7) / 8 bytes
 */
guint8 *
bil_corpus_match_articles (BilCorpus *self,
                           BilFilter *filter)
{
  guint n = self->articles->len;
  guint8 *bits = g_new0 (guint8, n / 8 + 1);
  gboolean at_once, applies;
  GArray *list;

  g_return_val_if_fail (BIL_IS_CORPUS (self), bits);

  if (filter == NULL || bil_filter_is_empty (filter))
    {
      memset (bits, 0xff, n / 8 + 1);
      return bits;
    }
  bil_corpus_index (self);
  list = bil_filter_index_candidates (filter, self->by_entity, &at_once, &applies);
  if (applies)
    {
      for (guint k = 0; list && k < list->len; k++)
        {
          guint i = g_array_index (list, guint, k);

          if (at_once || bil_filter_match_article (filter, g_ptr_array_index (self->articles, i)))
            bil_bit_set (bits, i);
        }
      return bits;
    }
  for (guint i = 0; i < n; i++)
    if (bil_filter_match_article (filter, g_ptr_array_index (self->articles, i)))
      bil_bit_set (bits, i);
  return bits;
}
