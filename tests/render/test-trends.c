/* test-trends.c: the trends chart's points, its lookup, and the report's
 * Trends section with its notes
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "bil-report.h"
#include "bil-test-corpus.h"
#include "bil-trends-chart.h"

static GArray *
sorted_refs (BilCorpus *corpus)
{
  GArray *refs = bil_figure_refs_collect (corpus, NULL);

  bil_figure_refs_sort (refs, BIL_GROUP_NONE);
  return refs;
}

/* Every figure with a year, a party and a US$ value is a point of exactly
 * one series, its series is its pair and metric; every point of a series
 * shown is drawn where the lookup finds it. */
static void
test_points_are_figures (void)
{
  g_autoptr(GArray) refs = sorted_refs (bil_test_articles ());
  g_autoptr(BilTrendsModel) model = bil_trends_model_build (refs);
  g_autofree guint *seen = g_new0 (guint, refs->len);
  g_autofree gboolean *shown = NULL;
  BilTrendsChartModel chart = { model, NULL, FALSE, BIL_TRENDS_ITEM_NONE, BIL_TRENDS_ITEM_NONE, NULL };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 600);
  cairo_t *cr = cairo_create (surface);
  BilRenderStyle style;
  BilTrendsLayout layout;
  guint expected = 0, drawn = 0;

  g_assert_cmpuint (model->series->len, >, BIL_TRENDS_DEFAULT_SERIES);
  for (guint s = 0; s < model->series->len; s++)
    {
      const BilTrendSeries *series = &g_array_index (model->series, BilTrendSeries, s);

      for (guint k = 0; k < series->points->len; k++)
        {
          const BilTrendPoint *pt = &g_array_index (series->points, BilTrendPoint, k);
          const BilFigure *f = g_array_index (refs, BilFigureRef, pt->ref).figure;

          seen[pt->ref]++;
          g_assert_cmpint (f->year, ==, pt->year);
          g_assert_cmpfloat (f->usd, ==, pt->usd);
          g_assert_cmpint (f->metric, ==, series->metric);
          g_assert_true ((f->from == series->from && f->to == series->to) ||
                         (series->two_way && f->from == series->to && f->to == series->from));
        }
    }
  for (guint i = 0; i < refs->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (refs, BilFigureRef, i);
      gboolean belongs = bil_figure_ref_is_drawable (ref) && ref->figure->year > 0 &&
                         (ref->figure->from >= 0 || ref->figure->to >= 0) && ref->figure->usd > 0;

      g_assert_cmpuint (seen[i], ==, belongs ? 1 : 0);
    }

  /* Every series shown, then a few hidden again. */
  shown = g_new0 (gboolean, model->series->len);
  for (guint s = 0; s < model->series->len; s++)
    shown[s] = s % 3 != 1;
  chart.shown = shown;
  bil_render_style_init_light (&style);
  bil_trends_layout_init (&layout);
  bil_trends_chart_render (cr, 1000, 600, &chart, &style, &layout);
  for (guint s = 0; s < model->series->len; s++)
    if (shown[s])
      expected += g_array_index (model->series, BilTrendSeries, s).points->len;
  for (guint i = 0; i < layout.marks->len; i++)
    {
      const BilTrendsMark *m = &g_array_index (layout.marks, BilTrendsMark, i);
      BilTrendsItem found;

      g_assert_true (shown[m->series]);
      g_assert_cmpfloat (m->x, >=, 0);
      g_assert_cmpfloat (m->x, <=, 1000);
      g_assert_cmpfloat (m->y, >=, 0);
      g_assert_cmpfloat (m->y, <=, 600);
      found = bil_trends_chart_lookup (&layout, m->x, m->y);
      /* Points that coincide: the lookup finds one of them, at the same place. */
      g_assert_cmpint (found.series, >=, 0);
      drawn++;
    }
  g_assert_cmpuint (drawn, ==, expected);
  g_assert_cmpint (bil_trends_chart_lookup (&layout, -50, -50).series, ==, -1);
  bil_trends_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Forty articles giving one series forty values for one year: the frame
 * draws their range, the line's value, the lowest and the highest. */
static void
test_crowded_year (void)
{
  BilFigure figures[40];
  g_autoptr(GArray) refs = g_array_new (FALSE, TRUE, sizeof (BilFigureRef));
  g_autoptr(BilTrendsModel) model = NULL;
  BilCorpus *seeds = bil_test_seeds ();
  BilTrendsChartModel chart = { NULL, NULL, TRUE, BIL_TRENDS_ITEM_NONE, BIL_TRENDS_ITEM_NONE, NULL };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 500);
  cairo_t *cr = cairo_create (surface);
  BilRenderStyle style;
  BilTrendsLayout layout;

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      BilFigureRef ref = { bil_corpus_get_article (seeds, 0), &figures[i], 0, i, TRUE, 0, FALSE };

      memset (&figures[i], 0, sizeof figures[i]);
      figures[i].from = bil_lexicon_lookup_entity (bil_lexicon_get_default (), "JP");
      figures[i].to = bil_lexicon_lookup_entity (bil_lexicon_get_default (), "MY");
      figures[i].metric = BIL_METRIC_FDI;
      figures[i].year = 2024;
      figures[i].year_stated = TRUE;
      figures[i].usd = 1e9 * (i + 1);
      g_strlcpy (figures[i].money.currency, "USD", sizeof figures[i].money.currency);
      g_array_append_val (refs, ref);
    }
  model = bil_trends_model_build (refs);
  chart.model = model;
  g_assert_cmpuint (model->series->len, ==, 1);
  bil_render_style_init_light (&style);
  bil_trends_layout_init (&layout);
  bil_trends_chart_render (cr, 800, 500, &chart, &style, &layout);
  g_assert_cmpuint (layout.marks->len, <=, 3);
  g_assert_cmpuint (layout.marks->len, >=, 2);
  bil_trends_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static guint
ink (const char *path)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);
  const guint8 *data = cairo_image_surface_get_data (png);
  int stride = cairo_image_surface_get_stride (png), w = cairo_image_surface_get_width (png);
  int h = cairo_image_surface_get_height (png);
  guint dark = 0;

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  for (int y = 0; y < h; y += 2)
    for (int x = 0; x < w; x += 2)
      if ((((const guint32 *) (gconstpointer) (data + y * stride))[x] & 0xFF) < 0x80)
        dark++;
  cairo_surface_destroy (png);
  return dark;
}

/* The report's Trends section at 1× and 2×: ink, and a note for every
 * point on its lines, numbered after the bars' and none twice. */
static void
test_report_section (void)
{
  BilCorpus *corpus = bil_test_articles ();
  BilReportOptions options = { corpus, NULL, "Trends", "2026-12-07", BIL_REPORT_TRENDS | BIL_REPORT_NOTES, 0, 0 };
  g_autoptr(GArray) refs = sorted_refs (corpus);
  g_autoptr(BilTrendsModel) model = bil_trends_model_build (refs);
  g_autofree guint *numbers = NULL;
  g_autofree gboolean *used = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-trends-XXXXXX", &error);
  guint n_notes = 0, on_line = 0;

  g_assert_no_error (error);
  for (int scale = 1; scale <= 2; scale++)
    {
      g_autofree char *path = g_strdup_printf ("%s/trends-%d.png", dir, scale);

      g_assert_true (bil_report_write (path, &options, scale, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (ink (path), >, 300 * scale * scale);
      g_remove (path);
    }
  g_rmdir (dir);

  numbers = bil_report_note_numbers (refs, options.sections, 25, model, &n_notes);
  used = g_new0 (gboolean, n_notes + 1);
  for (guint i = 0; i < refs->len; i++)
    if (numbers[i])
      {
        g_assert_cmpuint (numbers[i], <=, n_notes);
        g_assert_false (used[numbers[i]]);
        used[numbers[i]] = TRUE;
      }
  for (guint s = 0; s < MIN (model->series->len, BIL_TRENDS_DEFAULT_SERIES); s++)
    {
      const BilTrendSeries *series = &g_array_index (model->series, BilTrendSeries, s);

      for (guint k = 0; k < series->points->len; k++)
        if (g_array_index (series->points, BilTrendPoint, k).on_line)
          {
            g_assert_cmpuint (numbers[g_array_index (series->points, BilTrendPoint, k).ref], >, 0);
            on_line++;
          }
    }
  g_assert_cmpuint (on_line, >, 0);
  g_assert_cmpuint (n_notes, >=, on_line);
  /* The bars come first: the first drawable figure is note 1. */
  for (guint i = 0; i < refs->len; i++)
    if (bil_figure_ref_is_drawable (&g_array_index (refs, BilFigureRef, i)))
      {
        g_assert_cmpuint (numbers[i], ==, 1);
        break;
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/trends/points-are-figures", test_points_are_figures);
  g_test_add_func ("/render/trends/crowded-year", test_crowded_year);
  g_test_add_func ("/render/trends/report-section", test_report_section);
  return g_test_run ();
}
