/* bil-figure-item.h: one figure as a list item, for the figures table
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "bil-figure-ref.h"

G_BEGIN_DECLS

#define BIL_TYPE_FIGURE_ITEM (bil_figure_item_get_type ())
G_DECLARE_FINAL_TYPE (BilFigureItem, bil_figure_item, BIL, FIGURE_ITEM, GObject)

BilFigureItem   *bil_figure_item_new        (const BilFigureRef *ref,
                                             guint               position);
const BilFigureRef *bil_figure_item_get_ref (BilFigureItem      *self);
guint            bil_figure_item_get_position (BilFigureItem    *self);
char            *bil_figure_item_get_column (BilFigureItem      *self,
                                             guint               column);
char            *bil_figure_item_get_tooltip (BilFigureItem    *self);
int              bil_figure_item_compare    (BilFigureItem      *a,
                                             BilFigureItem      *b,
                                             guint               column);

enum {
  BIL_FIGURE_COLUMN_CONFIDENCE,
  BIL_FIGURE_COLUMN_VALUE,
  BIL_FIGURE_COLUMN_CURRENCY,
  BIL_FIGURE_COLUMN_USD,
  BIL_FIGURE_COLUMN_METRIC,
  BIL_FIGURE_COLUMN_PARTIES,
  BIL_FIGURE_COLUMN_YEAR,
  BIL_FIGURE_COLUMN_QUALIFIER,
  BIL_FIGURE_COLUMN_TEXT,
  BIL_FIGURE_COLUMN_ARTICLE,
  BIL_N_FIGURE_COLUMNS
};

G_END_DECLS
