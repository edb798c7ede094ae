/* bil-figure-chart-view.h: the figures chart widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-item-view.h"
#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_FIGURE_CHART_VIEW (bil_figure_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (BilFigureChartView, bil_figure_chart_view, BIL, FIGURE_CHART_VIEW, BilItemView)

GtkWidget  *bil_figure_chart_view_new          (void);
void        bil_figure_chart_view_set_session  (BilFigureChartView *self,
                                                BilSession         *session);
int         bil_figure_chart_view_get_selected (BilFigureChartView *self);
void        bil_figure_chart_view_select       (BilFigureChartView *self,
                                                int                 index);
gboolean    bil_figure_chart_view_bar_center   (BilFigureChartView *self,
                                                int                 index,
                                                double             *x,
                                                double             *y);

G_END_DECLS
