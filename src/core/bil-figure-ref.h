/* bil-figure-ref.h: the figures a view shows, with their labels
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-filter.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_GROUP_NONE,
  BIL_GROUP_PAIR,
  BIL_GROUP_METRIC,
  BIL_GROUP_YEAR,
} BilGrouping;

#define BIL_TYPE_GROUPING (bil_grouping_get_type ())
GType bil_grouping_get_type (void);

typedef struct
{
  BilArticle      *article;        /* borrowed from the corpus */
  const BilFigure *figure;
  guint            article_index;
  guint            figure_index;
  gboolean         conflict;       /* another article gives another value for the same pair, metric and year */
  guint            cluster;        /* figures that sit together: a conflict, or the figure alone */
  gboolean         overruled;      /* in a conflict where the user preferred another value */
} BilFigureRef;

GArray *bil_figure_refs_collect     (BilCorpus         *corpus,
                                     BilFilter         *filter);
void    bil_figure_refs_sort        (GArray            *refs,
                                     BilGrouping        grouping);
GHashTable *bil_figure_refs_index   (GArray            *sorted);
GArray *bil_figure_refs_filter      (GArray            *sorted,
                                     GHashTable        *index,
                                     BilCorpus         *corpus,
                                     BilFilter         *filter);
char   *bil_figure_ref_group_label  (const BilFigureRef *ref,
                                     BilGrouping        grouping);
gboolean bil_figure_ref_is_drawable (const BilFigureRef *ref);

char   *bil_figure_pair_label       (const BilFigure   *figure);
char   *bil_figure_label            (const BilFigure   *figure);
char   *bil_figure_value_label      (const BilFigure   *figure);
char   *bil_figure_describe         (const BilFigure   *figure);
char   *bil_format_amount           (double             value,
                                     const char        *currency,
                                     gboolean           long_scale);
const char *bil_metric_label        (BilMetric          metric);
const char *bil_entity_display_name (int                entity);

G_END_DECLS
