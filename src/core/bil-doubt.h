/* bil-doubt.h: why a figure's reading may be wrong, and how sure it is
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-facts.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_DOUBT_BARE_DOLLAR   = 1 << 0,  /* a bare "$" where another dollar is in play */
  BIL_DOUBT_GLUED_CODE    = 1 << 1,  /* "USD77": a code glued to the digits */
  BIL_DOUBT_RANGE         = 1 << 2,  /* "5 to 7 billion": the midpoint is plotted */
  BIL_DOUBT_NO_COUNTRY    = 1 << 3,  /* its sentence names no country */
  BIL_DOUBT_YEAR_INFERRED = 1 << 4,  /* the year is the publication's, or unknown */
  BIL_DOUBT_SAME_PAIR     = 1 << 5,  /* the article gives another value for the same pair, metric and year */
  BIL_DOUBT_METRIC_YEAR   = 1 << 6,  /* a recorded flow (trade, FDI) dated after the article */
  BIL_DOUBT_METRIC_CONTEXT = 1 << 7, /* no word of its clause names the metric: read from the figures around it */
  BIL_DOUBT_PARTY_CONTEXT = 1 << 8,  /* a party not named with the amount: the article's main pair */
  BIL_DOUBT_SHARED_SYMBOL = 1 << 9,  /* "Rs", "Sh": a symbol several countries write, read by the article's country */
} BilDoubt;

#define BIL_N_DOUBTS 10

/* Set by the extractor itself, kept when the doubts are assessed again. */
#define BIL_DOUBTS_OF_READING (BIL_DOUBT_METRIC_CONTEXT | BIL_DOUBT_PARTY_CONTEXT)

void        bil_doubts_assess        (BilFacts        *facts,
                                      BilLexicon      *lexicon,
                                      int              article_year);
const char *bil_doubt_to_string      (BilDoubt         doubt);
const char *bil_doubt_describe       (BilDoubt         doubt);
char       *bil_doubts_describe      (guint            doubts,
                                      const char      *separator);
double      bil_figure_confidence    (const BilFigure *figure);
gboolean    bil_figure_needs_review  (const BilFigure *figure);

G_END_DECLS
