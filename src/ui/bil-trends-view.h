/* bil-trends-view.h: the trends chart widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-item-view.h"
#include "bil-trends-chart.h"

G_BEGIN_DECLS

#define BIL_TYPE_TRENDS_VIEW (bil_trends_view_get_type ())
G_DECLARE_FINAL_TYPE (BilTrendsView, bil_trends_view, BIL, TRENDS_VIEW, BilItemView)

GtkWidget            *bil_trends_view_new             (void);
const BilTrendsModel *bil_trends_view_get_model       (BilTrendsView *self);
gboolean              bil_trends_view_get_series_shown (BilTrendsView *self,
                                                        guint          series);
void                  bil_trends_view_set_series_shown (BilTrendsView *self,
                                                        guint          series,
                                                        gboolean       shown);
void                  bil_trends_view_set_series_list (BilTrendsView *self,
                                                       GtkListBox    *list);
BilTrendsItem         bil_trends_view_get_selected    (BilTrendsView *self);
void                  bil_trends_view_select          (BilTrendsView *self,
                                                       BilTrendsItem  item);
gboolean              bil_trends_view_point_center    (BilTrendsView *self,
                                                       BilTrendsItem  item,
                                                       double        *x,
                                                       double        *y);

G_END_DECLS
