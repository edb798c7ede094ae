/* bil-partnership.h: a pair of countries across the corpus, with evidence
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus.h"

G_BEGIN_DECLS

typedef struct
{
  BilArticle *article;     /* borrowed from the corpus */
  guint32     start;       /* the sentence (an article holds at most BIL_ARTICLE_MAX_BYTES) */
  guint32     end;
  guint64     sectors;     /* the sentence's, else the article's main ones */
} BilEvidence;

typedef struct
{
  int         a;           /* entities, a's code first */
  int         b;
  BilStance   stance;
  guint       n_articles;
  guint       n_mentions;
  guint      *sector_counts; /* per sector of the lexicon */
  guint      *sector_pairs;  /* sentences naming both s and t at [s × n + t], n the first 64 sectors */
  GArray     *evidence;    /* BilEvidence */
} BilPartnership;

void       bil_partnership_free       (BilPartnership *partnership);
GPtrArray *bil_partnerships_compute   (BilCorpus      *corpus,
                                       BilLexicon     *lexicon);
GArray    *bil_partnership_sectors    (const BilPartnership *partnership,
                                       guint           n_sectors);
guint64    bil_partnership_sector_mask (const BilPartnership *partnership,
                                       guint           n_sectors);
const char *bil_stance_to_string      (BilStance       stance);

G_END_DECLS
