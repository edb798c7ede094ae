/* bil-render-text.c: text drawn with Pango for charts, the map and reports
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-render"

#include "config.h"

#include "bil-render-text.h"

/* A layout in @font ("Cantarell 11", or NULL for the default UI font),
 * ellipsized at @max_width points when it is positive. */
PangoLayout *
bil_render_text_layout (cairo_t    *cr,
                        const char *text,
                        const char *font,
                        double      max_width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font ? font : "Sans 10");

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text ? text : "", -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* Draws one line of text with its top at @y, aligned on @x. */
void
bil_render_text (cairo_t    *cr,
                 const char *text,
                 const char *font,
                 double      x,
                 double      y,
                 double      max_width,
                 BilAlign    align,
                 double     *out_width,
                 double     *out_height)
{
  PangoLayout *layout = bil_render_text_layout (cr, text, font, max_width);
  PangoRectangle logical;
  double left = x;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (align == BIL_ALIGN_CENTER)
    left = x - logical.width / 2.0;
  else if (align == BIL_ALIGN_END)
    left = x - logical.width;

  cairo_move_to (cr, left, y);
  pango_cairo_show_layout (cr, layout);
  if (out_width)
    *out_width = logical.width;
  if (out_height)
    *out_height = logical.height;
  g_object_unref (layout);
}
