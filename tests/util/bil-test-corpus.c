/* bil-test-corpus.c: the embedded seed corpus, for the tests that draw it,
 * and our 30 labelled articles, for those that compare ways of counting
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bil-corpus-loader.h"
#include "bil-test-corpus.h"

/* Returns: (transfer none): loaded once, kept for the test process. */
BilCorpus *
bil_test_seeds (void)
{
  static BilCorpus *corpus;

  if (corpus == NULL)
    {
      g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (NULL);
      g_autoptr(GError) error = NULL;

      corpus = bil_corpus_loader_load (loader, NULL, &error);
      g_assert_no_error (error);
    }
  return corpus;
}

/* Returns: (transfer none): tests/articles, loaded once, kept for the test
 * process. */
BilCorpus *
bil_test_articles (void)
{
  static BilCorpus *corpus;

  if (corpus == NULL)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "articles", NULL);
      const char *paths[] = { dir, NULL };
      g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
      g_autoptr(GError) error = NULL;

      corpus = bil_corpus_loader_load (loader, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (bil_corpus_get_n_articles (corpus), >=, 30);
    }
  return corpus;
}

/* @paths loaded on this thread; a load that fails fails the test. */
BilCorpus *
bil_test_load (const char * const *paths)
{
  g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
  g_autoptr(GError) error = NULL;
  BilCorpus *corpus = bil_corpus_loader_load (loader, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (corpus);
  return corpus;
}

/* How many of @corpus's warnings name @path and say @message. */
guint
bil_test_count_warnings (BilCorpus  *corpus,
                         const char *path,
                         const char *message)
{
  GPtrArray *warnings = bil_corpus_get_warnings (corpus);
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    {
      const char *w = g_ptr_array_index (warnings, i);

      if (g_str_has_prefix (w, path) && strstr (w, message) != NULL)
        n++;
    }
  return n;
}

/* The map's node of @code, or -1. */
int
bil_test_map_node (const BilMapModel *model,
                   const char        *code)
{
  for (guint i = 0; i < model->nodes->len; i++)
    if (strcmp (g_array_index (model->nodes, BilMapNode, i).code, code) == 0)
      return (int) i;
  return -1;
}

/* The arc between two codes, in either direction, or -1. */
int
bil_test_map_arc (const BilMapModel *model,
                  const char        *x,
                  const char        *y,
                  BilStance          stance)
{
  for (guint i = 0; i < model->arcs->len; i++)
    {
      const BilMapArc *arc = &g_array_index (model->arcs, BilMapArc, i);
      const char *a = g_array_index (model->nodes, BilMapNode, arc->a).code;
      const char *b = g_array_index (model->nodes, BilMapNode, arc->b).code;

      if (arc->stance == stance &&
          ((strcmp (a, x) == 0 && strcmp (b, y) == 0) || (strcmp (a, y) == 0 && strcmp (b, x) == 0)))
        return (int) i;
    }
  return -1;
}
