/* bil-style.c: the render style taken from the GTK theme
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts and the map draw with the theme's named colours (libadwaita's
 * view_fg_color, accent_color…), so they follow dark mode and high
 * contrast; only the metric palette is ours, in a light and a dark set.
 */

#define G_LOG_DOMAIN "bil-style"

#include "config.h"

#include <adwaita.h>

#include "bil-style.h"

static void
lookup (GtkStyleContext *context,
        const char      *name,
        BilRgba         *out)
{
  GdkRGBA rgba;

  if (gtk_style_context_lookup_color (context, name, &rgba))
    *out = (BilRgba) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

void
bil_style_from_widget (GtkWidget      *widget,
                       BilRenderStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  PangoContext *pango = gtk_widget_get_pango_context (widget);
  PangoFontDescription *font = pango_context_get_font_description (pango);
  GdkRGBA fg;

  if (adw_style_manager_get_dark (manager))
    bil_render_style_init_dark (style);
  else
    bil_render_style_init_light (style);
  style->high_contrast = adw_style_manager_get_high_contrast (manager);

  gtk_style_context_get_color (context, &fg);
  style->foreground = (BilRgba) { fg.red, fg.green, fg.blue, fg.alpha };
  lookup (context, "view_fg_color", &style->foreground);
  lookup (context, "view_bg_color", &style->background);
  lookup (context, "accent_color", &style->accent);
  lookup (context, "borders", &style->grid);
  style->dim = style->foreground;
  style->dim.a *= style->high_contrast ? 0.9 : 0.65;
  if (style->high_contrast)
    {
      style->grid = style->foreground;
      style->grid.a = 0.5;
    }
  if (font)
    {
      g_autofree char *s = pango_font_description_to_string (font);
      g_strlcpy (style->font, s, sizeof style->font);
    }
}
