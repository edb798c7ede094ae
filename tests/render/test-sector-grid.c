/* test-sector-grid.c: the pair × sector grid's model
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bil-figure-ref.h"
#include "bil-lexicon.h"
#include "bil-sector-grid.h"
#include "bil-test-corpus.h"

/* Each row against counts made sentence by sentence, whichever way the
 * model took (a whole partnership shared, or its sentences asked). */
/* Returns: the cells checked */
static guint
check_counts (BilCorpus *corpus,
              BilFilter *filter)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  guint n_sectors = bil_lexicon_n_sectors (lex);
  BilGridModel *model = bil_grid_model_build (corpus, filter);
  GPtrArray *partnerships = bil_corpus_get_partnerships (corpus);
  guint n_rows = 0, n_cells = 0;

  for (guint i = 0; i < partnerships->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (partnerships, i);
      g_autofree guint *counts = g_new0 (guint, MAX (1, n_sectors));
      guint n_evidence = 0, total = 0;
      const BilGridRow *row = NULL;

      if (p->stance != BIL_STANCE_COOPERATION)
        continue;
      for (guint k = 0; k < p->evidence->len; k++)
        {
          const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

          if (!bil_filter_match_evidence (filter, e->article, p->a, p->b, e->sectors, e->start, e->end))
            continue;
          n_evidence++;
          for (guint s = 0; s < n_sectors && s < 64; s++)
            if (e->sectors & (G_GUINT64_CONSTANT (1) << s))
              {
                counts[s]++;
                total++;
              }
        }
      for (guint r = 0; r < model->rows->len && !row; r++)
        if (g_array_index (model->rows, BilGridRow, r).a == p->a && g_array_index (model->rows, BilGridRow, r).b == p->b)
          row = &g_array_index (model->rows, BilGridRow, r);
      if (total == 0)
        {
          g_assert_null (row);
          continue;
        }
      g_assert_nonnull (row);
      n_rows++;
      g_assert_cmpuint (row->total, ==, total);
      g_assert_cmpuint (n_evidence, >, 0);
      for (guint s = 0; s < n_sectors; s++)
        g_assert_cmpuint (row->counts[s], ==, counts[s]);

      /* A click on a cell opens the first sentence that passes and names its sector. */
      for (guint c = 0; c < model->columns->len; c++)
        {
          BilGridCell cell = { (int) (row - &g_array_index (model->rows, BilGridRow, 0)), (int) c };
          int sector = g_array_index (model->columns, int, c);
          const BilEvidence *first = NULL;

          for (guint k = 0; k < p->evidence->len && !first; k++)
            {
              const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

              if ((e->sectors & (G_GUINT64_CONSTANT (1) << sector)) &&
                  bil_filter_match_evidence (filter, e->article, p->a, p->b, e->sectors, e->start, e->end))
                first = e;
            }
          if (first == NULL)
            g_assert_null (bil_grid_cell_evidence (model, cell));
          else
            {
              const BilEvidence *e = bil_grid_cell_evidence (model, cell);

              g_assert_nonnull (e);
              g_assert_true (e->article == first->article && e->start == first->start);
              n_cells++;
            }
        }
    }
  g_assert_cmpuint (model->rows->len, ==, n_rows);
  bil_grid_model_free (model);
  return n_cells;
}

static void
test_counts (void)
{
  BilCorpus *corpus = bil_test_articles ();
  static const struct { const char *country, *sector, *metric, *text; } filters[] = {
    { NULL, NULL, NULL, NULL }, { "MY", NULL, NULL, NULL }, { "JP", NULL, "fdi", NULL },
    { "CN", NULL, NULL, "trade" }, { "XX", NULL, NULL, NULL }, { NULL, "semiconductors", NULL, NULL },
    { NULL, "ai", "investment", NULL }, { "JP", "automotive", NULL, NULL }, { NULL, NULL, NULL, "Toyota" },
  };
  guint n_rows = 0, n_cells = 0;

  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    {
      g_autoptr(BilFilter) filter = bil_filter_new ();
      BilGridModel *model;

      bil_filter_set_country (filter, filters[f].country);
      bil_filter_set_sector (filter, filters[f].sector);
      bil_filter_set_metric (filter, filters[f].metric);
      bil_filter_set_text (filter, filters[f].text);
      n_cells += check_counts (corpus, filter);
      model = bil_grid_model_build (corpus, filter);
      n_rows += model->rows->len;
      bil_grid_model_free (model);
    }
  /* Not a comparison of empty grids. */
  g_assert_cmpuint (n_rows, >, 20);
  g_assert_cmpuint (n_cells, >, 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/grid/counts", test_counts);
  return g_test_run ();
}
