/* bil-sector-grid-view.h: the pair × sector grid widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-item-view.h"
#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_SECTOR_GRID_VIEW (bil_sector_grid_view_get_type ())
G_DECLARE_FINAL_TYPE (BilSectorGridView, bil_sector_grid_view, BIL, SECTOR_GRID_VIEW, BilItemView)

GtkWidget   *bil_sector_grid_view_new          (void);
void         bil_sector_grid_view_set_session  (BilSectorGridView *self,
                                                BilSession        *session);
BilGridCell  bil_sector_grid_view_get_selected (BilSectorGridView *self);
void         bil_sector_grid_view_select       (BilSectorGridView *self,
                                                BilGridCell        cell);

G_END_DECLS
