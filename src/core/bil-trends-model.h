/* bil-trends-model.h: the figures as series over the years
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One series per pair and metric (two-way trade one series per pair, a
 * flow one per direction), each figure a point at its year. What the line
 * goes through where articles disagree, which years were inferred and
 * which amounts are targets, for the trends chart and the report. No
 * geometry: that is the render layer's (bil-trends-chart.h).
 */

#pragma once

#include "bil-figure-ref.h"

G_BEGIN_DECLS

typedef struct
{
  guint     ref;        /* index into the figures the model was built from */
  int       year;
  double    usd;
  guint     inferred : 1;  /* the year was not stated: taken from a date or another sentence */
  guint     target : 1;    /* a target for that year ("by 2030") */
  guint     on_line : 1;   /* the value the line goes through for its year */
  guint     conflict : 1;  /* its year has other values in this series */
} BilTrendPoint;

typedef struct
{
  int        from;      /* entities, -1 for none; a two-way pair sorted */
  int        to;
  BilMetric  metric;
  gboolean   two_way;
  char      *key;       /* "JP>MY:fdi", "JP=MY:trade": the series, across filters */
  char      *label;     /* "Japan → Malaysia · FDI" */
  GArray    *points;    /* BilTrendPoint, by year, then US$ */
  int        year_min;
  int        year_max;
} BilTrendSeries;

typedef struct
{
  GArray    *series;    /* BilTrendSeries, most figures first, then by label */
  guint      n_points;
  int        year_min;  /* over every series; 0 when there are none */
  int        year_max;
  double     usd_min;   /* the smallest and largest US$ of any point */
  double     usd_max;
} BilTrendsModel;

/* The default number of series shown. */
#define BIL_TRENDS_DEFAULT_SERIES 6

BilTrendsModel *bil_trends_model_build     (GArray               *refs);
void            bil_trends_model_free      (BilTrendsModel       *self);
int             bil_trends_model_find      (const BilTrendsModel *self,
                                            const char           *key);
int             bil_trends_model_find_ref  (const BilTrendsModel *self,
                                            guint                 ref,
                                            guint                *point);
gboolean        bil_figure_is_target       (BilArticle           *article,
                                            const BilFigure      *figure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilTrendsModel, bil_trends_model_free)

G_END_DECLS
