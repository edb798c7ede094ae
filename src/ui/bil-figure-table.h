/* bil-figure-table.h: the figures as rows, every field a column
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-figure-ref.h"
#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_FIGURE_TABLE (bil_figure_table_get_type ())

G_DECLARE_FINAL_TYPE (BilFigureTable, bil_figure_table, BIL, FIGURE_TABLE, GtkWidget)

void           bil_figure_table_set_figures     (BilFigureTable *self,
                                                 GArray         *figures,
                                                 GArray         *order);
void           bil_figure_table_set_session     (BilFigureTable *self,
                                                 BilSession     *session);
GtkColumnView *bil_figure_table_get_column_view (BilFigureTable *self);

G_END_DECLS
