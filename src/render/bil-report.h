/* bil-report.h: the report page, drawn with the window's own functions
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bil-corpus.h"
#include "bil-filter.h"
#include "bil-render-style.h"
#include "bil-trends-model.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_REPORT_SUMMARY      = 1 << 0,
  BIL_REPORT_FIGURES      = 1 << 1,
  BIL_REPORT_MAP          = 1 << 2,
  BIL_REPORT_PARTNERSHIPS = 1 << 3,
  BIL_REPORT_NOTES        = 1 << 4,
  BIL_REPORT_TRENDS       = 1 << 5,
  BIL_REPORT_ALL          = 0x3F,
} BilReportSections;

typedef struct
{
  BilCorpus         *corpus;      /* borrowed */
  BilFilter         *filter;      /* borrowed; NULL: everything */
  const char        *title;       /* NULL: the corpus's name */
  const char        *date;        /* NULL: today */
  BilReportSections  sections;
  guint              max_figures; /* bars in the chart, then "and K more"; 0: 25 */
  guint              max_pairs;   /* rows of partnerships; 0: 12 */
} BilReportOptions;

#define BIL_REPORT_WIDTH 1100.0

double   bil_report_render (cairo_t                *cr,
                            const BilReportOptions *options,
                            const BilRenderStyle   *style);
double   bil_report_height (const BilReportOptions *options,
                            const BilRenderStyle   *style);
guint   *bil_report_note_numbers (GArray               *refs,
                                  BilReportSections     sections,
                                  guint                 max_figures,
                                  const BilTrendsModel *trends,
                                  guint                *n_notes);
gboolean bil_report_sections_from_string (const char        *list,
                                          BilReportSections *sections);
gboolean bil_report_write  (const char             *path,
                            const BilReportOptions *options,
                            double                  scale,
                            GError                **error);

G_END_DECLS
