/* bil-trends-chart.h: the trends chart, for the window and the report
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bil-render-style.h"
#include "bil-trends-model.h"

G_BEGIN_DECLS

/* A point of the chart: a series of the model and a point of it. */
typedef struct
{
  int series;
  int point;
} BilTrendsItem;

#define BIL_TRENDS_ITEM_NONE ((BilTrendsItem) { -1, -1 })

typedef struct
{
  const BilTrendsModel *model;
  const gboolean       *shown;      /* per series: drawn; NULL: the first BIL_TRENDS_DEFAULT_SERIES */
  gboolean              log_scale;
  BilTrendsItem         hover;
  BilTrendsItem         selected;
  const guint          *numbers;    /* per figure the model was built from: the note number printed
                                     * beside its point, 0 for none; NULL for none at all */
} BilTrendsChartModel;

/* Where a point was drawn, for the pointer and the keys. */
typedef struct
{
  double x;
  double y;
  int    series;
  int    point;
} BilTrendsMark;

typedef struct
{
  GArray *marks;        /* BilTrendsMark, series by series, each by year */
} BilTrendsLayout;

/* Points of one series and year beyond this are drawn as their range, the
 * line's value, the lowest and the highest. */
#define BIL_TRENDS_MAX_POINTS_PER_YEAR 12

void          bil_trends_layout_init   (BilTrendsLayout           *layout);
void          bil_trends_layout_clear  (BilTrendsLayout           *layout);
gboolean      bil_trends_series_shown  (const BilTrendsChartModel *model,
                                        guint                      series);
double        bil_trends_chart_legend_height (const BilTrendsChartModel *model,
                                        const BilRenderStyle      *style,
                                        double                     width);
void          bil_trends_chart_render  (cairo_t                   *cr,
                                        double                     width,
                                        double                     height,
                                        const BilTrendsChartModel *model,
                                        const BilRenderStyle      *style,
                                        BilTrendsLayout           *layout);
BilTrendsItem bil_trends_chart_lookup  (const BilTrendsLayout     *layout,
                                        double                     x,
                                        double                     y);

G_END_DECLS
