/* bil-figure-trail.h: how a figure was read, step by step
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-article.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_TRAIL_TEXT,
  BIL_TRAIL_NUMBER,
  BIL_TRAIL_SCALE,
  BIL_TRAIL_CURRENCY,
  BIL_TRAIL_QUALIFIER,
  BIL_TRAIL_RANGE,
  BIL_TRAIL_RATE,
  BIL_TRAIL_USD,
  BIL_TRAIL_YEAR,
  BIL_TRAIL_METRIC,
  BIL_TRAIL_FROM,
  BIL_TRAIL_TO,
  BIL_TRAIL_REVIEW,
} BilTrailKind;

typedef struct
{
  BilTrailKind kind;
  const char  *label;   /* translated: "Currency" */
  char        *value;   /* "MYR" */
  char        *why;     /* "the symbol “RM”" */
} BilTrailStep;

GArray     *bil_figure_trail          (BilArticle      *article,
                                       const BilFigure *figure);
char       *bil_figure_trail_summary  (BilArticle      *article,
                                       const BilFigure *figure);
char       *bil_figure_check_note     (BilArticle      *article,
                                       const BilFigure *figure);
const char *bil_trail_kind_to_string  (BilTrailKind     kind);
const char *bil_review_mark_to_string (BilReviewMark    mark);
BilReviewMark bil_review_mark_from_string (const char  *mark);

G_END_DECLS
