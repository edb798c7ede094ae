/* bil-render-style.c: the colours and font every drawing takes
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-render"

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "bil-render-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, ((hex) & 0xFF) / 255.0, 1.0 }

/* The GNOME palette: blue, green, purple, orange, red, brown, teal… chosen
 * to stay apart for the common colour-vision deficiencies as far as eight
 * colours can; bars carry their metric in words as well. */
static const BilRgba light_metrics[BIL_N_METRICS] = {
  RGB (0x1c71d8), /* trade: blue 4 */
  RGB (0x813d9c), /* fdi: purple 4 */
  RGB (0x2ec27e), /* investment: green 4 */
  RGB (0xe66100), /* aid: orange 5 */
  RGB (0x865e3c), /* loan: brown 4 */
  RGB (0xc01c28), /* subsidy: red 4 */
  RGB (0x0b8a8a), /* deal: teal */
  RGB (0xc64600), /* market: orange 5 darker */
  RGB (0x77767b), /* other: dark 1 */
};

static const BilRgba dark_metrics[BIL_N_METRICS] = {
  RGB (0x62a0ea), RGB (0xc061cb), RGB (0x57e389), RGB (0xffa348), RGB (0xcdab8f),
  RGB (0xf66151), RGB (0x4fd0c8), RGB (0xf8a35c), RGB (0xc0bfbc),
};

void
bil_render_style_init_light (BilRenderStyle *style)
{
  memset (style, 0, sizeof *style);
  style->foreground = (BilRgba) RGB (0x241f31);
  style->background = (BilRgba) RGB (0xffffff);
  style->dim = (BilRgba) RGB (0x5e5c64);
  style->grid = (BilRgba) RGB (0xdeddda);
  style->accent = (BilRgba) RGB (0x3584e4);
  style->water = (BilRgba) RGB (0xeef4fb);
  style->land = (BilRgba) RGB (0xe8e6e3);
  style->land_stroke = (BilRgba) RGB (0xffffff);
  style->shade_high = (BilRgba) RGB (0x1a5fb4);
  style->cooperation = (BilRgba) RGB (0x26a269);
  style->rivalry = (BilRgba) RGB (0xc01c28);
  memcpy (style->metrics, light_metrics, sizeof light_metrics);
  g_strlcpy (style->font, "Sans 10", sizeof style->font);
}

void
bil_render_style_init_dark (BilRenderStyle *style)
{
  memset (style, 0, sizeof *style);
  style->foreground = (BilRgba) RGB (0xffffff);
  style->background = (BilRgba) RGB (0x242424);
  style->dim = (BilRgba) RGB (0xc0bfbc);
  style->grid = (BilRgba) RGB (0x3d3846);
  style->accent = (BilRgba) RGB (0x78aeed);
  style->water = (BilRgba) RGB (0x1e2530);
  style->land = (BilRgba) RGB (0x3a3a3f);
  style->land_stroke = (BilRgba) RGB (0x242424);
  style->shade_high = (BilRgba) RGB (0x62a0ea);
  style->cooperation = (BilRgba) RGB (0x57e389);
  style->rivalry = (BilRgba) RGB (0xff7b63);
  memcpy (style->metrics, dark_metrics, sizeof dark_metrics);
  style->dark = TRUE;
  g_strlcpy (style->font, "Sans 10", sizeof style->font);
}

void
bil_render_set_color (cairo_t       *cr,
                      const BilRgba *color)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
}

void
bil_render_set_color_alpha (cairo_t       *cr,
                            const BilRgba *color,
                            double         alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a * alpha);
}

BilRgba
bil_rgba_mix (const BilRgba *a,
              const BilRgba *b,
              double         t)
{
  BilRgba c = {
    a->r + (b->r - a->r) * t, a->g + (b->g - a->g) * t,
    a->b + (b->b - a->b) * t, a->a + (b->a - a->a) * t,
  };
  return c;
}

/* The style's font, scaled (1.0 = body text) and optionally bold. */
char *
bil_render_font (const BilRenderStyle *style,
                 double                scale,
                 gboolean              bold)
{
  PangoFontDescription *desc = pango_font_description_from_string (style->font[0] ? style->font : "Sans 10");
  int size = pango_font_description_get_size (desc);
  char *s;

  if (size <= 0)
    size = 10 * PANGO_SCALE;
  pango_font_description_set_size (desc, (int) (size * scale));
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  s = pango_font_description_to_string (desc);
  pango_font_description_free (desc);
  return s;
}
