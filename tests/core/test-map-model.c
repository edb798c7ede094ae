/* test-map-model.c: the partnership map's model: its nodes, arcs and counts
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bil-figure-ref.h"
#include "bil-lexicon.h"
#include "bil-map-model.h"
#include "bil-test-corpus.h"
#include "bil-world.h"

static BilCorpus *seeds;

static void
test_model (void)
{
  BilMapModel *model = bil_map_model_build (seeds, NULL);
  int jp = bil_test_map_node (model, "JP"), asean = bil_test_map_node (model, "ASEAN");
  int arc = bil_test_map_arc (model, "JP", "MY", BIL_STANCE_COOPERATION);
  const BilWorldCountry *japan = bil_world_lookup (bil_world_get_default (), "JP");
  const BilMapArc *jp_my;

  g_assert_cmpint (jp, >=, 0);
  g_assert_cmpint (bil_test_map_node (model, "MY"), >=, 0);
  g_assert_cmpint (bil_test_map_node (model, "US"), >=, 0);
  g_assert_cmpint (asean, >=, 0);
  g_assert_cmpint (arc, >=, 0);

  /* Japan sits on its label point; ASEAN is a bloc somewhere in Southeast Asia. */
  g_assert_cmpfloat_with_epsilon (g_array_index (model->nodes, BilMapNode, jp).lon, japan->label_lon, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (model->nodes, BilMapNode, jp).lat, japan->label_lat, 1e-9);
  g_assert_false (g_array_index (model->nodes, BilMapNode, jp).bloc);
  g_assert_cmpstr (g_array_index (model->nodes, BilMapNode, jp).label, ==, "Japan");
  g_assert_true (g_array_index (model->nodes, BilMapNode, asean).bloc);
  g_assert_cmpfloat (g_array_index (model->nodes, BilMapNode, asean).lon, >, 95);
  g_assert_cmpfloat (g_array_index (model->nodes, BilMapNode, asean).lon, <, 130);
  g_assert_cmpfloat (g_array_index (model->nodes, BilMapNode, asean).lat, >, -10);
  g_assert_cmpfloat (g_array_index (model->nodes, BilMapNode, asean).lat, <, 25);

  jp_my = &g_array_index (model->arcs, BilMapArc, arc);
  g_assert_cmpuint (jp_my->weight, >=, 2);
  g_assert_cmpuint (jp_my->evidence->len, >=, jp_my->weight);
  g_assert_nonnull (jp_my->partnership);
  g_assert_cmpuint (jp_my->evidence->len, ==, jp_my->partnership->evidence->len);

  /* Heaviest last, so they are drawn on top. */
  for (guint i = 1; i < model->arcs->len; i++)
    g_assert_cmpuint (g_array_index (model->arcs, BilMapArc, i - 1).weight, <=,
                      g_array_index (model->arcs, BilMapArc, i).weight);

  /* Every seed article names Japan. */
  g_assert_cmpuint (g_array_index (model->nodes, BilMapNode, jp).mentions, ==, bil_corpus_get_n_articles (seeds));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (model->country_counts, "JP")), ==,
                    g_array_index (model->nodes, BilMapNode, jp).mentions);
  g_assert_cmpuint (model->max_count, ==, bil_corpus_get_n_articles (seeds));
  g_assert_null (g_hash_table_lookup (model->country_counts, "ASEAN"));

  bil_map_model_free (model);
}

static void
test_filter (void)
{
  g_autoptr(BilFilter) filter = bil_filter_new ();
  BilMapModel *model;

  bil_filter_set_country (filter, "US");
  model = bil_map_model_build (seeds, filter);
  g_assert_cmpint (bil_test_map_arc (model, "JP", "MY", BIL_STANCE_COOPERATION), ==, -1);
  g_assert_cmpuint (model->arcs->len, >, 0);
  for (guint i = 0; i < model->arcs->len; i++)
    {
      const BilMapArc *arc = &g_array_index (model->arcs, BilMapArc, i);

      g_assert_true (strcmp (g_array_index (model->nodes, BilMapNode, arc->a).code, "US") == 0 ||
                     strcmp (g_array_index (model->nodes, BilMapNode, arc->b).code, "US") == 0);
    }
  bil_map_model_free (model);
}

/* The model as the window builds it (from the indexed figures and the
 * articles' bits), against counts made the slow way: every article, figure
 * and sentence asked of the filter. */
static void
check_counts (BilCorpus *corpus,
              BilFilter *filter,
              GArray    *sorted,
              GHashTable *index)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  guint n_entities = bil_lexicon_n_entities (lex);
  g_autoptr(GArray) figures = bil_figure_refs_filter (sorted, index, corpus, filter);
  g_autofree guint8 *bits = bil_corpus_match_articles (corpus, filter);
  g_autofree guint *mentions = g_new0 (guint, n_entities);
  BilMapModel *fast = bil_map_model_build_from (corpus, filter, figures, bits);
  BilMapModel *plain = bil_map_model_build (corpus, filter);
  GPtrArray *partnerships = bil_corpus_get_partnerships (corpus);
  guint n_sectors = MIN (bil_lexicon_n_sectors (lex), 64);
  guint n_arcs = 0, n_directed = 0;

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);
      const BilFacts *facts = bil_article_get_facts (article);

      if (!bil_filter_match_article (filter, article))
        continue;
      for (guint k = 0; k < facts->countries->len; k++)
        mentions[g_array_index (facts->countries, int, k)]++;
    }
  for (guint i = 0; i < fast->nodes->len; i++)
    {
      const BilMapNode *node = &g_array_index (fast->nodes, BilMapNode, i);

      g_assert_cmpuint (node->mentions, ==, mentions[node->entity]);
      g_assert_cmpuint (node->mentions, ==, g_array_index (plain->nodes, BilMapNode, i).mentions);
    }
  for (guint e = 0; e < n_entities; e++)
    {
      const char *code = bil_lexicon_entity_code (lex, (int) e);
      gpointer found = code ? g_hash_table_lookup (fast->country_counts, code) : NULL;

      if (found)
        g_assert_cmpuint (GPOINTER_TO_UINT (found), ==, mentions[e]);
    }
  g_assert_cmpuint (g_hash_table_size (fast->country_counts), ==, g_hash_table_size (plain->country_counts));

  /* Each partnership: the arc's sentences and articles are those that pass. */
  for (guint i = 0; i < partnerships->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (partnerships, i);
      guint64 sectors = bil_partnership_sector_mask (p, n_sectors);
      guint n_evidence = 0, n_articles = 0;
      BilArticle *last = NULL;
      const BilMapArc *arc = NULL;

      for (guint k = 0; k < p->evidence->len; k++)
        {
          const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

          if (!bil_filter_match_evidence (filter, e->article, p->a, p->b, sectors, e->start, e->end))
            continue;
          n_evidence++;
          n_articles += e->article != last;
          last = e->article;
        }
      for (guint k = 0; k < fast->arcs->len && !arc; k++)
        if (g_array_index (fast->arcs, BilMapArc, k).partnership == p)
          arc = &g_array_index (fast->arcs, BilMapArc, k);
      if (arc == NULL)
        {
          /* Left out only when nothing passed, or its places are unknown. */
          g_assert_true (n_evidence == 0 || fast->hidden_arcs > 0 ||
                         bil_world_lookup (bil_world_get_default (), bil_lexicon_entity_code (lex, p->a)) == NULL ||
                         bil_world_lookup (bil_world_get_default (), bil_lexicon_entity_code (lex, p->b)) == NULL);
          continue;
        }
      n_arcs++;
      g_assert_cmpuint (arc->evidence->len, ==, n_evidence);
      g_assert_cmpuint (arc->weight, ==, n_articles);

      /* Directed the way most of the money that passes goes. */
      {
        guint a_to_b = 0, b_to_a = 0;
        int from = g_array_index (fast->nodes, BilMapNode, arc->a).entity;

        for (guint n = 0; n < bil_corpus_get_n_articles (corpus); n++)
          {
            BilArticle *article = bil_corpus_get_article (corpus, n);
            const BilFacts *facts = bil_article_get_facts (article);

            for (guint k = 0; k < facts->figures->len; k++)
              {
                const BilFigure *f = &g_array_index (facts->figures, BilFigure, k);

                if (g_strcmp0 (f->from_rule, "two-way") == 0 || !bil_filter_match_figure (filter, article, f))
                  continue;
                a_to_b += f->from == p->a && f->to == p->b;
                b_to_a += f->from == p->b && f->to == p->a;
              }
          }
        g_assert_cmpint (arc->directed, ==, a_to_b != b_to_a);
        if (arc->directed)
          g_assert_cmpint (from, ==, a_to_b > b_to_a ? p->a : p->b);
        n_directed += arc->directed;
      }
    }
  /* The corpus has money going one way between some pairs. */
  if (bil_filter_is_empty (filter))
    g_assert_cmpuint (n_directed, >, 0);
  g_assert_cmpuint (n_arcs, ==, fast->arcs->len);
  g_assert_cmpuint (fast->arcs->len, ==, plain->arcs->len);
  for (guint k = 0; k < fast->arcs->len; k++)
    {
      const BilMapArc *x = &g_array_index (fast->arcs, BilMapArc, k);
      const BilMapArc *y = &g_array_index (plain->arcs, BilMapArc, k);

      g_assert_true (x->partnership == y->partnership);
      g_assert_cmpint (x->directed, ==, y->directed);
      g_assert_cmpuint (x->a, ==, y->a);
    }
  bil_map_model_free (fast);
  bil_map_model_free (plain);
}

static void
test_counts (void)
{
  BilCorpus *corpus = bil_test_articles ();
  g_autoptr(GArray) sorted = NULL;
  g_autoptr(GHashTable) index = NULL;
  static const struct { const char *country, *sector, *metric, *text; int from; } filters[] = {
    { NULL, NULL, NULL, NULL, 0 }, { "MY", NULL, NULL, NULL, 0 }, { "JP", NULL, "fdi", NULL, 0 },
    { "CN", NULL, NULL, "trade", 0 }, { "US", NULL, NULL, NULL, 2024 }, { NULL, NULL, "trade", NULL, 0 },
    { "XX", NULL, NULL, NULL, 0 }, { "ASEAN", NULL, NULL, NULL, 0 }, { NULL, "semiconductors", NULL, NULL, 0 },
    { NULL, "ai", "investment", NULL, 0 }, { "JP", "automotive", NULL, NULL, 0 }, { NULL, NULL, NULL, "Toyota", 0 },
  };

  sorted = bil_figure_refs_collect (corpus, NULL);
  bil_figure_refs_sort (sorted, BIL_GROUP_PAIR);
  index = bil_figure_refs_index (sorted);
  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    {
      g_autoptr(BilFilter) filter = bil_filter_new ();

      bil_filter_set_country (filter, filters[f].country);
      bil_filter_set_sector (filter, filters[f].sector);
      bil_filter_set_metric (filter, filters[f].metric);
      bil_filter_set_text (filter, filters[f].text);
      if (filters[f].from)
        bil_filter_set_years (filter, filters[f].from, 0);
      check_counts (corpus, filter, sorted, index);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  seeds = g_object_ref (bil_test_seeds ());

  g_test_add_func ("/core/map/model", test_model);
  g_test_add_func ("/core/map/filter", test_filter);
  g_test_add_func ("/core/map/counts", test_counts);

  status = g_test_run ();
  g_object_unref (seeds);
  return status;
}
