/* bil-facts.c: what the extractor read in one article
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-facts"

#include "config.h"

#include "bil-facts.h"

BilFacts *
bil_facts_new (guint n_sectors)
{
  BilFacts *facts = g_new0 (BilFacts, 1);

  facts->mentions = g_array_new (FALSE, FALSE, sizeof (BilMention));
  facts->figures = g_array_new (FALSE, FALSE, sizeof (BilFigure));
  facts->rates = g_array_new (FALSE, FALSE, sizeof (BilRateStatement));
  facts->pairs = g_array_new (FALSE, FALSE, sizeof (BilPairEvidence));
  facts->countries = g_array_new (FALSE, FALSE, sizeof (int));
  facts->n_sectors = n_sectors;
  facts->sector_counts = g_new0 (guint, MAX (1, n_sectors));
  return facts;
}

void
bil_facts_free (BilFacts *facts)
{
  if (facts == NULL)
    return;
  g_array_unref (facts->mentions);
  g_array_unref (facts->figures);
  g_array_unref (facts->rates);
  g_array_unref (facts->pairs);
  g_array_unref (facts->countries);
  g_free (facts->sector_counts);
  if (facts->strings)
    g_string_chunk_free (facts->strings);
  g_free (facts);
}

/* The figure whose amount is the text [@start, @end), or -1: how a
 * correction and the detail pane name a figure. */
int
bil_facts_find_figure (const BilFacts *facts,
                       gsize           start,
                       gsize           end)
{
  for (guint i = 0; facts && i < facts->figures->len; i++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

      if (f->money.start == start && f->money.end == end)
        return (int) i;
    }
  return -1;
}
