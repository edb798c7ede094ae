/* bil-figure-list.h: the session's figures as a list model, made lazily
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bil-figure-ref.h"

G_BEGIN_DECLS

#define BIL_TYPE_FIGURE_LIST (bil_figure_list_get_type ())
G_DECLARE_FINAL_TYPE (BilFigureList, bil_figure_list, BIL, FIGURE_LIST, GObject)

BilFigureList *bil_figure_list_new (void);
void           bil_figure_list_set (BilFigureList *self,
                                    GArray        *refs,
                                    GArray        *order);

guint          bil_figure_list_find (BilFigureList *self,
                                     BilArticle    *article,
                                     gsize          start,
                                     gsize          end);

G_END_DECLS
