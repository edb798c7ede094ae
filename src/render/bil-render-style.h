/* bil-render-style.h: the colours and font every drawing takes
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "bil-lexicon.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b, a;
} BilRgba;

/* Widgets fill this from the GTK style (so dark mode and high contrast
 * follow the desktop); reports use the light defaults. Colour is never the
 * only carrier of meaning: every drawing also labels, dashes or marks. */
typedef struct
{
  BilRgba  foreground;      /* text */
  BilRgba  background;
  BilRgba  dim;             /* secondary text, axes */
  BilRgba  grid;            /* grid lines, faint */
  BilRgba  accent;          /* focus and selection */
  BilRgba  water;
  BilRgba  land;
  BilRgba  land_stroke;
  BilRgba  shade_high;      /* countries named most often; land is the low end */
  BilRgba  cooperation;
  BilRgba  rivalry;
  BilRgba  metrics[BIL_N_METRICS];
  char     font[64];        /* Pango description of the UI font, e.g. "Cantarell 10" */
  gboolean dark;
  gboolean high_contrast;
} BilRenderStyle;

void bil_render_style_init_light (BilRenderStyle *style);
void bil_render_style_init_dark  (BilRenderStyle *style);
void bil_render_set_color        (cairo_t        *cr,
                                  const BilRgba  *color);
void bil_render_set_color_alpha  (cairo_t        *cr,
                                  const BilRgba  *color,
                                  double          alpha);
BilRgba bil_rgba_mix             (const BilRgba  *a,
                                  const BilRgba  *b,
                                  double          t);
char   *bil_render_font          (const BilRenderStyle *style,
                                  double          scale,
                                  gboolean        bold);

G_END_DECLS
