/* fuzz-extract.c: libFuzzer target for the extractor (money scanner,
 * lexicon, figures, pairs, conversion to US$)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bil-extractor.h"
#include "bil-rates.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  BilArticleMeta meta = { NULL, NULL, (char *) "2025-10-25", NULL };
  g_autoptr(BilArticle) article = bil_article_new_from_bytes ("fuzz.txt", bytes, &meta, NULL, NULL);
  const BilFacts *facts;
  gsize len;

  if (article == NULL)
    return 0;
  bil_article_set_facts (article, bil_extract_article (article, bil_lexicon_get_default ()));
  bil_convert_article (article, bil_rate_table_get_default ());
  facts = bil_article_get_facts (article);
  bil_article_get_text (article, &len);
  for (guint i = 0; i < facts->figures->len; i++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

      if (f->money.start > f->money.end || f->money.end > len || f->sentence_end > len)
        __builtin_trap ();
      if (!f->money.vague && !(isfinite (f->money.value) && f->money.value >= 0))
        __builtin_trap ();
    }
  for (guint i = 0; i < facts->mentions->len; i++)
    if (g_array_index (facts->mentions, BilMention, i).end > len)
      __builtin_trap ();
  return 0;
}
