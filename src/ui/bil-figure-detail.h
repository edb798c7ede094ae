/* bil-figure-detail.h: one figure, how it was read, and its correction
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_FIGURE_DETAIL (bil_figure_detail_get_type ())
G_DECLARE_FINAL_TYPE (BilFigureDetail, bil_figure_detail, BIL, FIGURE_DETAIL, GtkWidget)

GtkWidget  *bil_figure_detail_new         (void);
void        bil_figure_detail_set_session (BilFigureDetail *self,
                                           BilSession      *session);
void        bil_figure_detail_show        (BilFigureDetail *self,
                                           BilArticle      *article,
                                           gsize            start,
                                           gsize            end,
                                           gboolean         adding);
BilArticle *bil_figure_detail_get_article (BilFigureDetail *self,
                                           gsize           *start,
                                           gsize           *end);

G_END_DECLS
