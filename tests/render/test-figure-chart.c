/* test-figure-chart.c: bars where they belong, one hit-test for them all
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bil-figure-chart.h"
#include "bil-test-corpus.h"

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  cairo_surface_flush (surface);
  return ((guint32 *) (gpointer) (cairo_image_surface_get_data (surface) +
                                  y * cairo_image_surface_get_stride (surface)))[x] & 0xFFFFFF;
}

static guint32
rgb (const BilRgba *c)
{
  return ((guint32) lround (c->r * 255) << 16) | ((guint32) lround (c->g * 255) << 8) | (guint32) lround (c->b * 255);
}

static void
test_bars_and_lookup (void)
{
  g_autoptr(BilFilter) filter = bil_filter_new ();
  g_autoptr(GArray) refs = bil_figure_refs_collect (bil_test_seeds (), filter);
  BilFigureChartModel model = { refs, BIL_GROUP_NONE, FALSE, -1, -1, 0 };
  BilFigureChartLayout layout;
  BilRenderStyle style;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 400);
  cairo_t *cr = cairo_create (surface);
  guint plotted = 0;

  bil_figure_refs_sort (refs, BIL_GROUP_NONE);
  bil_render_style_init_light (&style);
  bil_figure_chart_layout_init (&layout);
  bil_render_set_color (cr, &style.background);
  cairo_paint (cr);
  bil_figure_chart_render (cr, 1000, 400, 0, &model, &style, &layout);
  if (g_getenv ("BILATERAL_WRITE_PNG"))
    cairo_surface_write_to_png (surface, g_getenv ("BILATERAL_WRITE_PNG"));

  for (guint i = 0; i < refs->len; i++)
    plotted += bil_figure_ref_is_drawable (&g_array_index (refs, BilFigureRef, i));
  /* The four seed figures; the vague one is not a bar. */
  g_assert_cmpuint (plotted, ==, 4);
  g_assert_cmpuint (layout.rows->len, ==, 4);

  for (guint i = 0; i < layout.rows->len; i++)
    {
      const BilChartRow *row = &g_array_index (layout.rows, BilChartRow, i);
      const BilFigureRef *ref = &g_array_index (refs, BilFigureRef, row->ref);
      double cy = row->y + row->height / 2;
      /* The bar starts right after the label column, in its metric's colour. */
      double label_width = CLAMP (1000 * 0.36, 120, 380);
      int bx = (int) (12 + label_width + 8);

      g_assert_cmpuint (pixel (surface, bx, (int) cy), ==, rgb (&style.metrics[ref->figure->metric]));
      /* One lookup answers for the row: click, hover, tooltip. */
      g_assert_cmpint (bil_figure_chart_lookup (&layout, bx, cy), ==, (int) row->ref);
      g_assert_cmpint (bil_figure_chart_lookup (&layout, 990, cy), ==, (int) row->ref);
    }
  /* Largest first: US$750 bn on the first row. */
  g_assert_cmpfloat (g_array_index (refs, BilFigureRef, g_array_index (layout.rows, BilChartRow, 0).ref).figure->usd, ==, 750e9);
  g_assert_cmpint (bil_figure_chart_lookup (&layout, 500, 5), ==, -1);

  bil_figure_chart_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_log_scale_and_groups (void)
{
  g_autoptr(GArray) refs = bil_figure_refs_collect (bil_test_seeds (), NULL);
  BilFigureChartModel linear = { refs, BIL_GROUP_METRIC, FALSE, -1, -1, 0 };
  BilFigureChartModel log = { refs, BIL_GROUP_METRIC, TRUE, -1, -1, 0 };
  BilFigureChartLayout a, b;
  BilRenderStyle style;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 600);
  cairo_t *cr = cairo_create (surface);

  bil_figure_refs_sort (refs, BIL_GROUP_METRIC);
  bil_render_style_init_dark (&style);
  bil_figure_chart_layout_init (&a);
  bil_figure_chart_layout_init (&b);
  bil_figure_chart_render (cr, 800, 600, 0, &linear, &style, &a);
  bil_figure_chart_render (cr, 800, 600, 0, &log, &style, &b);
  /* Three metrics among the seeds: three group headers push rows down. */
  g_assert_cmpfloat (a.content_height, ==, 3 * 26.0 + 4 * BIL_CHART_ROW_HEIGHT + 12.0);
  g_assert_cmpuint (b.rows->len, ==, 4);

  bil_figure_chart_layout_clear (&a);
  bil_figure_chart_layout_clear (&b);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/figure-chart/bars-and-lookup", test_bars_and_lookup);
  g_test_add_func ("/render/figure-chart/log-scale-and-groups", test_log_scale_and_groups);

  return g_test_run ();
}
