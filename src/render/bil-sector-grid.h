/* bil-sector-grid.h: who cooperates on what, as a pair × sector grid
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bil-filter.h"
#include "bil-partnership.h"
#include "bil-render-style.h"

G_BEGIN_DECLS

typedef struct
{
  int        a;
  int        b;
  char      *label;      /* "Japan – Malaysia" */
  guint     *counts;     /* evidence sentences per sector of the lexicon */
  guint      total;
  GArray    *evidence;   /* BilEvidence: that passed the filter, or all the pair's when... */
  guint64    required;   /* ...the filter asks only these sectors of them (and a country) */
} BilGridRow;

typedef struct
{
  GArray *rows;          /* BilGridRow, most attested first */
  GArray *columns;       /* int sectors with any count, most mentioned first */
  guint   max_count;
} BilGridModel;

typedef struct
{
  int row;
  int column;
} BilGridCell;

BilGridModel *bil_grid_model_build   (BilCorpus          *corpus,
                                      BilFilter          *filter);
void          bil_grid_model_free    (BilGridModel       *model);
double        bil_grid_natural_height(const BilGridModel *model);
double        bil_grid_natural_width (const BilGridModel *model);
void          bil_grid_render        (cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const BilGridModel *model,
                                      const BilRenderStyle *style,
                                      BilGridCell         hover,
                                      BilGridCell         selected);
BilGridCell   bil_grid_lookup        (const BilGridModel *model,
                                      double              width,
                                      double              height,
                                      double              x,
                                      double              y);
/* The first evidence of a cell's pair that names its sector. */
const BilEvidence *bil_grid_cell_evidence (const BilGridModel *model,
                                           BilGridCell         cell);

G_END_DECLS
