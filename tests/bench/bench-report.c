/* bench-report.c: time to write reports (a benchmark: it prints, never fails
 * on a time)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seeds' report at 2×, and one for a generated corpus with about 5,000
 * figures, PNG at 2× and PDF.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "bil-corpus-generator.h"
#include "bil-corpus-loader.h"
#include "bil-report.h"
#include "bil-test-files.h"

static double
time_report (BilCorpus  *corpus,
             const char *path,
             double      scale,
             guint       runs)
{
  BilReportOptions options = { corpus, NULL, NULL, "2026-11-22", BIL_REPORT_ALL, 0, 0 };
  g_autoptr(GError) error = NULL;
  gint64 best = G_MAXINT64;

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!bil_report_write (path, &options, scale, &error))
        {
          g_printerr ("%s\n", error->message);
          return -1;
        }
      best = MIN (best, g_get_monotonic_time () - start);
    }
  return best / 1000.0;
}

static guint
count_figures (BilCorpus *corpus)
{
  guint n = 0;

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    n += bil_article_get_facts (bil_corpus_get_article (corpus, i))->figures->len;
  return n;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-bench-report-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "report.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *articles = g_build_filename (dir, "articles", NULL);
  g_autoptr(BilCorpusLoader) seeds_loader = bil_corpus_loader_new (NULL);
  g_autoptr(BilCorpus) seeds = bil_corpus_loader_load (seeds_loader, NULL, NULL);
  g_autoptr(BilCorpusLoader) big_loader = NULL;
  g_autoptr(BilCorpus) big = NULL;
  const char *paths[] = { articles, NULL };
  guint64 bytes;

  printf ("seeds, PNG 2×: %.1f ms (best of 5)\n", time_report (seeds, png, 2, 5));
  printf ("seeds, PDF: %.1f ms (best of 5)\n", time_report (seeds, pdf, 1, 5));

  /* About five figures per generated article of 5 KB. */
  if (!bil_generate_corpus (articles, 1000, 5000, 5000, &bytes, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  big_loader = bil_corpus_loader_new (paths);
  big = bil_corpus_loader_load (big_loader, NULL, NULL);
  printf ("generated corpus: %u articles, %u figures\n", bil_corpus_get_n_articles (big), count_figures (big));
  printf ("generated, PNG 2×: %.1f ms (best of 3)\n", time_report (big, png, 2, 3));
  printf ("generated, PDF: %.1f ms (best of 3)\n", time_report (big, pdf, 1, 3));

  bil_test_remove_tree (dir);
  return 0;
}
