/* bil-test-corpus.c: the embedded seed corpus, for the tests that draw it,
 * and our 30 labelled articles, for those that compare ways of counting
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
