/* bil-figure-chart.h: horizontal bars of figures in US$, drawn with Cairo
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bil-figure-ref.h"
#include "bil-render-style.h"

G_BEGIN_DECLS

typedef struct _BilFigureChartPlan BilFigureChartPlan;

typedef struct
{
  GArray      *refs;        /* BilFigureRef, in bil_figure_refs_sort order (borrowed) */
  BilGrouping  grouping;
  gboolean     log_scale;
  int          hover;       /* index into refs, or -1 */
  int          selected;
  guint        max_bars;    /* 0: all; else the first N, then "and K more" */
  gboolean     footnotes;   /* number the bars [1], [2]… for a report's source notes */
  const BilFigureChartPlan *plan; /* optional: from bil_figure_chart_plan_new () on these same
                                   * refs, grouping, log scale and max_bars; else made per call */
} BilFigureChartModel;

typedef struct
{
  double x, y, width, height;   /* the whole row, for hit-testing */
  guint  ref;                   /* index into refs */
} BilChartRow;

typedef struct
{
  GArray *rows;                 /* BilChartRow drawn, in pixels */
  double  header_height;        /* legend and axis, pinned at the top */
  double  content_height;       /* all rows, as if nothing scrolled */
} BilFigureChartLayout;

#define BIL_CHART_ROW_HEIGHT 28.0

void   bil_figure_chart_layout_init  (BilFigureChartLayout      *layout);
void   bil_figure_chart_layout_clear (BilFigureChartLayout      *layout);
double bil_figure_chart_header_height(const BilRenderStyle      *style);
double bil_figure_chart_content_height (const BilFigureChartModel *model);

/* The rows, the axis and the legend of a model, made once per data, grouping
 * and scale instead of once per frame: with 100,000 figures, a frame then
 * only walks the rows it shows. */
BilFigureChartPlan *bil_figure_chart_plan_new  (const BilFigureChartModel *model);
void                bil_figure_chart_plan_free (BilFigureChartPlan        *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilFigureChartPlan, bil_figure_chart_plan_free)
void   bil_figure_chart_render       (cairo_t                   *cr,
                                      double                     width,
                                      double                     height,
                                      double                     scroll_y,
                                      const BilFigureChartModel *model,
                                      const BilRenderStyle      *style,
                                      BilFigureChartLayout      *layout);
int    bil_figure_chart_lookup       (const BilFigureChartLayout *layout,
                                      double                     x,
                                      double                     y);

G_END_DECLS
