/* bil-trends-page.h: the Trends page: its toolbar, its chart, its empty state
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-session.h"
#include "bil-trends-view.h"

G_BEGIN_DECLS

#define BIL_TYPE_TRENDS_PAGE (bil_trends_page_get_type ())
G_DECLARE_FINAL_TYPE (BilTrendsPage, bil_trends_page, BIL, TRENDS_PAGE, GtkWidget)

GtkWidget     *bil_trends_page_new             (BilSession    *session);
BilTrendsView *bil_trends_page_get_view        (BilTrendsPage *self);
GtkListBox    *bil_trends_page_get_series_list (BilTrendsPage *self);
void           bil_trends_page_update          (BilTrendsPage *self);

G_END_DECLS
