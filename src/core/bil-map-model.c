/* bil-map-model.c: what the partnership map shows, built from a corpus
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nodes sit on the world outline's label points (data/world-110m.json,
 * bil-world.c), a bloc on the centroid of its members' points; arcs are the
 * corpus's partnerships with the evidence that passes the filter.
 */

#define G_LOG_DOMAIN "bil-map-model"

#include "config.h"

#include <string.h>

#include "bil-figure-ref.h"
#include "bil-lexicon.h"
#include "bil-map-model.h"
#include "bil-world.h"

/* Which way money goes between each pair, counted over @figures (refs,
 * which leave rejected figures out, that pass the filter): figures from a to b at [a × n + b], for the
 * entities' square (a few hundred KB, not hashing half a million times).
 * Two-way figures (total trade) say nothing about it. */
static guint *
count_flows (GArray *figures,
             guint   n_entities)
{
  guint *flows = g_new0 (guint, (gsize) MAX (1, n_entities) * MAX (1, n_entities));

  for (guint i = 0; i < figures->len; i++)
    {
      const BilFigure *f = g_array_index (figures, BilFigureRef, i).figure;

      if (f->from < 0 || f->to < 0 || f->from == f->to)
        continue;
      if ((guint) f->from >= n_entities || (guint) f->to >= n_entities)
        continue;
      if (f->from_rule && strcmp (f->from_rule, "two-way") == 0)
        continue;
      flows[(gsize) f->from * n_entities + (guint) f->to]++;
    }
  return flows;
}

/* A node's place: the country's label point, or the mean of a bloc's
 * members that the world outline has. */
static gboolean
entity_position (BilLexicon *lex,
                 BilWorld   *world,
                 int         entity,
                 double     *lon,
                 double     *lat)
{
  const BilWorldCountry *c;
  const char *code = bil_lexicon_entity_code (lex, entity);

  if (code == NULL)
    return FALSE;
  if (bil_lexicon_entity_is_bloc (lex, entity))
    {
      guint n_members = 0, n = 0;
      const int *members = bil_lexicon_bloc_members (lex, entity, &n_members);
      double sum_lon = 0, sum_lat = 0;

      for (guint i = 0; members && i < n_members; i++)
        {
          const char *member = bil_lexicon_entity_code (lex, members[i]);

          c = member ? bil_world_lookup (world, member) : NULL;
          if (c == NULL)
            continue;
          sum_lon += c->label_lon;
          sum_lat += c->label_lat;
          n++;
        }
      if (n == 0)
        return FALSE;
      *lon = sum_lon / n;
      *lat = sum_lat / n;
      return TRUE;
    }

  c = bil_world_lookup (world, code);
  if (c == NULL)
    return FALSE;
  *lon = c->label_lon;
  *lat = c->label_lat;
  return TRUE;
}

/* The node for @entity, added on first use; -1 when it has no place. */
static int
node_for_entity (BilMapModel *model,
                 GHashTable  *by_entity,
                 BilLexicon  *lex,
                 BilWorld    *world,
                 int          entity)
{
  gpointer value;
  BilMapNode node = { 0 };

  if (g_hash_table_lookup_extended (by_entity, GINT_TO_POINTER (entity), NULL, &value))
    return GPOINTER_TO_INT (value);

  if (!entity_position (lex, world, entity, &node.lon, &node.lat))
    {
      g_hash_table_insert (by_entity, GINT_TO_POINTER (entity), GINT_TO_POINTER (-1));
      return -1;
    }
  node.entity = entity;
  g_strlcpy (node.code, bil_lexicon_entity_code (lex, entity), sizeof node.code);
  node.bloc = bil_lexicon_entity_is_bloc (lex, entity);
  /* A bloc's full name ("Association of Southeast Asian Nations") would
   * smother the region it labels; its code is what people call it. */
  node.label = g_strdup (node.bloc ? node.code : bil_entity_display_name (entity));
  g_array_append_val (model->nodes, node);
  g_hash_table_insert (by_entity, GINT_TO_POINTER (entity), GINT_TO_POINTER (model->nodes->len - 1));
  return (int) model->nodes->len - 1;
}

static int
compare_arcs (gconstpointer a,
              gconstpointer b)
{
  const BilMapArc *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight < y->weight ? -1 : 1;
  if (x->evidence->len != y->evidence->len)
    return x->evidence->len < y->evidence->len ? -1 : 1;
  if (x->partnership->a != y->partnership->a)
    return x->partnership->a - y->partnership->a;
  if (x->partnership->b != y->partnership->b)
    return x->partnership->b - y->partnership->b;
  return (int) x->stance - (int) y->stance;
}

static void
arc_clear (gpointer data)
{
  BilMapArc *arc = data;

  g_clear_pointer (&arc->evidence, g_array_unref);
}

static void
node_clear (gpointer data)
{
  BilMapNode *node = data;

  g_clear_pointer (&node->label, g_free);
}

BilMapModel *
bil_map_model_build (BilCorpus *corpus,
                     BilFilter *filter)
{
  g_autoptr(GArray) figures = NULL;
  g_autofree guint8 *passing = NULL;

  g_return_val_if_fail (BIL_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (filter == NULL || BIL_IS_FILTER (filter), NULL);

  figures = bil_figure_refs_collect (corpus, filter);
  if (filter && !bil_filter_is_empty (filter))
    passing = bil_corpus_match_articles (corpus, filter);
  return bil_map_model_build_from (corpus, filter, figures, passing);
}

/**
 * bil_map_model_build_from:
 * @figures: BilFigureRef, the corpus's figures that pass @filter
 * @passing: (nullable): a bit per article, set when @filter lets it
 *   through (bil_corpus_match_articles ()); NULL when all pass
 *
 * The map for @filter from what the window already knows: a filter
 * change costs what passes it, not a walk over every figure and article.
 */
BilMapModel *
bil_map_model_build_from (BilCorpus    *corpus,
                          BilFilter    *filter,
                          GArray       *figures,
                          const guint8 *passing)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  BilWorld *world = bil_world_get_default ();
  GPtrArray *partnerships;
  g_autoptr(GHashTable) by_entity = g_hash_table_new (NULL, NULL);
  g_autofree guint *flows = NULL;
  g_autofree guint *entity_counts = NULL;
  guint n_sectors = MIN (bil_lexicon_n_sectors (lex), 64);
  guint n_entities = bil_lexicon_n_entities (lex);
  gboolean by_pair;     /* the partnership decides for all its evidence */
  BilMapModel *model;

  g_return_val_if_fail (BIL_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (filter == NULL || BIL_IS_FILTER (filter), NULL);
  g_return_val_if_fail (figures != NULL, NULL);

  model = g_new0 (BilMapModel, 1);
  model->nodes = g_array_new (FALSE, TRUE, sizeof (BilMapNode));
  g_array_set_clear_func (model->nodes, node_clear);
  model->arcs = g_array_new (FALSE, TRUE, sizeof (BilMapArc));
  g_array_set_clear_func (model->arcs, arc_clear);
  model->country_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* An empty filter lets everything through: no need to ask it a million times. */
  if (filter && bil_filter_is_empty (filter))
    filter = NULL;
  by_pair = filter == NULL || bil_filter_decides_by_pair (filter);
  partnerships = bil_corpus_get_partnerships (corpus);
  flows = count_flows (figures, n_entities);

  for (guint i = 0; partnerships && i < partnerships->len; i++)
    {
      BilPartnership *p = g_ptr_array_index (partnerships, i);
      guint n_articles = 0;
      BilMapArc arc = { 0 };
      guint64 sectors = bil_partnership_sector_mask (p, n_sectors);
      int na, nb;

      if (filter && !bil_filter_may_match_pair (filter, p->a, p->b, sectors))
        continue;

      if (by_pair)
        {
          /* All of it passes: shared, not copied (a million sentences). */
          arc.evidence = g_array_ref (p->evidence);
          n_articles = p->n_articles;
        }
      else
        {
          BilArticle *last_article = NULL;

          arc.evidence = g_array_new (FALSE, FALSE, sizeof (BilEvidence));
          for (guint k = 0; k < p->evidence->len; k++)
            {
              const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

              if (!bil_filter_match_evidence (filter, e->article, p->a, p->b, sectors, e->start, e->end))
                continue;
              g_array_append_val (arc.evidence, *e);
              /* Evidence is grouped by article (the corpus adds it article by
               * article), so counting changes counts articles. */
              if (e->article != last_article)
                n_articles++;
              last_article = e->article;
            }
        }
      if (arc.evidence->len == 0)
        {
          g_array_unref (arc.evidence);
          continue;
        }

      na = node_for_entity (model, by_entity, lex, world, p->a);
      nb = node_for_entity (model, by_entity, lex, world, p->b);
      if (na < 0 || nb < 0 || na == nb)
        {
          g_array_unref (arc.evidence);
          continue;
        }

      arc.a = (guint) na;
      arc.b = (guint) nb;
      arc.stance = p->stance;
      arc.weight = n_articles;
      arc.partnership = p;
      arc.sectors = sectors;

      {
        guint forward = flows[(gsize) p->a * n_entities + (guint) p->b];
        guint backward = flows[(gsize) p->b * n_entities + (guint) p->a];

        if (forward != backward)
          {
            arc.directed = TRUE;
            if (forward < backward)
              {
                arc.a = (guint) nb;
                arc.b = (guint) na;
              }
          }
      }
      g_array_append_val (model->arcs, arc);
    }
  g_array_sort (model->arcs, compare_arcs);

  /* Hundreds of arcs are a hairball: the heaviest ones carry the story;
   * the rest are counted, and stay in the table and the grid. */
  if (model->arcs->len > BIL_MAP_MAX_ARCS)
    {
      guint drop = model->arcs->len - BIL_MAP_MAX_ARCS;

      /* The array's clear function frees their evidence. */
      g_array_remove_range (model->arcs, 0, drop);
      model->hidden_arcs = drop;
    }

  /* Mentions: articles naming each entity, whichever pair they are in. */
  entity_counts = g_new0 (guint, MAX (1, n_entities));
  bil_corpus_count_naming (corpus, filter ? passing : NULL, entity_counts, n_entities);
  for (guint i = 0; i < model->nodes->len; i++)
    {
      BilMapNode *node = &g_array_index (model->nodes, BilMapNode, i);
      node->mentions = entity_counts[node->entity];
    }
  for (guint e = 0; e < n_entities; e++)
    {
      const char *code;

      if (entity_counts[e] == 0 || bil_lexicon_entity_is_bloc (lex, (int) e))
        continue;
      code = bil_lexicon_entity_code (lex, (int) e);
      if (code == NULL || bil_world_lookup (world, code) == NULL)
        continue;
      g_hash_table_insert (model->country_counts, g_strdup (code), GUINT_TO_POINTER (entity_counts[e]));
      model->max_count = MAX (model->max_count, entity_counts[e]);
    }

  return model;
}

void
bil_map_model_free (BilMapModel *model)
{
  if (model == NULL)
    return;
  g_array_unref (model->nodes);
  g_array_unref (model->arcs);
  g_hash_table_unref (model->country_counts);
  g_free (model);
}
