/* bil-render-text.h: text drawn with Pango for charts, the map and reports
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef enum
{
  BIL_ALIGN_START,
  BIL_ALIGN_CENTER,
  BIL_ALIGN_END,
} BilAlign;

PangoLayout *bil_render_text_layout (cairo_t    *cr,
                                     const char *text,
                                     const char *font,
                                     double      max_width);
void         bil_render_text        (cairo_t    *cr,
                                     const char *text,
                                     const char *font,
                                     double      x,
                                     double      y,
                                     double      max_width,
                                     BilAlign    align,
                                     double     *out_width,
                                     double     *out_height);

G_END_DECLS
