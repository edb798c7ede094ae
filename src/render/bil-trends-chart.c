/* bil-trends-chart.c: the trends chart, for the window and the report
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Years across, US$ up (linear from 0, or log by decades); one line per
 * series shown, in its metric's colour and with a marker of its own, so
 * that two series of one metric, and the chart in grey, still read apart.
 * A year no figure gives is a gap, never a slope. Where articles disagree
 * on a year, all their values are points joined by a hatched range, and
 * the line goes through the one the model chose. A point whose year was
 * inferred is hollow; a target is reached by a dashed segment. Many points
 * of one series and year are drawn as their range, the line's value, the
 * lowest and the highest, so that a frame costs the same at 100,000
 * figures. The legend names the series.
 */

#define G_LOG_DOMAIN "bil-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bil-render-text.h"
#include "bil-trends-chart.h"
#include "bil-value-scale.h"

#define PAD 12.0
#define LEGEND_ROW 22.0
#define AXIS_BOTTOM 26.0
#define RADIUS 4.5

void
bil_trends_layout_init (BilTrendsLayout *layout)
{
  layout->marks = g_array_new (FALSE, FALSE, sizeof (BilTrendsMark));
}

void
bil_trends_layout_clear (BilTrendsLayout *layout)
{
  g_clear_pointer (&layout->marks, g_array_unref);
}

gboolean
bil_trends_series_shown (const BilTrendsChartModel *model,
                         guint                      series)
{
  if (model->model == NULL || series >= model->model->series->len)
    return FALSE;
  return model->shown ? model->shown[series] : series < BIL_TRENDS_DEFAULT_SERIES;
}

/* The marker of the @nth series shown: a circle, a square, a diamond, a
 * triangle up, a triangle down. */
static void
marker_path (cairo_t *cr,
             guint    nth,
             double   x,
             double   y,
             double   r)
{
  switch (nth % 5)
    {
    case 0:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.25, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.25, y);
      cairo_close_path (cr);
      break;
    case 3:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.15, y + r * 0.9);
      cairo_line_to (cr, x - r * 1.15, y + r * 0.9);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x + r * 1.15, y - r * 0.9);
      cairo_line_to (cr, x - r * 1.15, y - r * 0.9);
      cairo_close_path (cr);
      break;
    }
}

/* Lays out the legend from (x, y) in @width; draws it when @draw. Returns
 * its height. */
static double
legend (cairo_t                   *cr,
        const BilTrendsChartModel *model,
        const BilRenderStyle      *style,
        double                     x0,
        double                     y0,
        double                     width,
        gboolean                   draw)
{
  g_autofree char *font = bil_render_font (style, 0.9, FALSE);
  double x = x0, y = y0;
  guint nth = 0;

  for (guint i = 0; model->model && i < model->model->series->len; i++)
    {
      const BilTrendSeries *s = &g_array_index (model->model->series, BilTrendSeries, i);
      g_autoptr(PangoLayout) layout = NULL;
      int tw, th;
      double w;

      if (!bil_trends_series_shown (model, i))
        continue;
      layout = bil_render_text_layout (cr, s->label, font, width - 40);
      pango_layout_get_pixel_size (layout, &tw, &th);
      w = 30 + tw + 18;
      if (x > x0 && x + w > x0 + width)
        {
          x = x0;
          y += LEGEND_ROW;
        }
      if (draw)
        {
          bil_render_set_color (cr, &style->metrics[s->metric]);
          cairo_set_line_width (cr, 2);
          cairo_move_to (cr, x, y + 10.5);
          cairo_line_to (cr, x + 22, y + 10.5);
          cairo_stroke (cr);
          marker_path (cr, nth, x + 11, y + 10.5, RADIUS);
          cairo_fill (cr);
          bil_render_set_color (cr, &style->foreground);
          bil_render_text (cr, s->label, font, x + 28, y + 2, width - 40, BIL_ALIGN_START, NULL, NULL);
        }
      x += w;
      nth++;
    }
  return nth ? y - y0 + LEGEND_ROW + 6 : 0;
}

double
bil_trends_chart_legend_height (const BilTrendsChartModel *model,
                                const BilRenderStyle      *style,
                                double                     width)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double h = legend (cr, model, style, PAD, 0, width - 2 * PAD, FALSE);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return h;
}

/* The value range on the axis, over the series shown. */
static BilValueScale
make_scale (const BilTrendsChartModel *model)
{
  double min = G_MAXDOUBLE, max = 0;

  for (guint i = 0; i < model->model->series->len; i++)
    {
      const BilTrendSeries *series = &g_array_index (model->model->series, BilTrendSeries, i);

      if (!bil_trends_series_shown (model, i))
        continue;
      for (guint k = 0; k < series->points->len; k++)
        {
          double v = g_array_index (series->points, BilTrendPoint, k).usd;

          min = MIN (min, v);
          max = MAX (max, v);
        }
    }
  return bil_value_scale_make (min, max, model->log_scale);
}

typedef struct
{
  double x, y, w, h;      /* the plot area */
  int    year_lo;         /* the first and last years across */
  int    year_hi;
  BilValueScale scale;
} Plot;

static double
plot_x (const Plot *p,
        int         year)
{
  return p->x + (year - p->year_lo + 0.5) / (p->year_hi - p->year_lo + 1) * p->w;
}

static double
plot_y (const Plot *p,
        double      usd)
{
  return p->y + p->h - bil_value_scale_position (&p->scale, usd) * p->h;
}

/* The values the vertical axis labels, for a plot @height high. */
static GArray *
make_ticks (const BilValueScale *scale,
            double       height)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (double));

  if (scale->log)
    {
      double decades = log10 (scale->hi / scale->lo);
      double factor = decades * 24 > height ? 100 : 10;

      for (double v = scale->lo; v <= scale->hi * 1.0001; v *= factor)
        g_array_append_val (ticks, v);
    }
  else
    for (int i = 0, n = height >= 200 ? 4 : 2; i <= n; i++)
      {
        double v = scale->hi * i / n;
        g_array_append_val (ticks, v);
      }
  return ticks;
}

/* The widest of the vertical axis's labels: "US$750 bilion" is wider
 * than "US$750 bn". */
static double
ticks_width (cairo_t              *cr,
             const BilValueScale  *scale,
             double                height,
             const BilRenderStyle *style)
{
  g_autofree char *font = bil_render_font (style, 0.8, FALSE);
  g_autoptr(GArray) ticks = make_ticks (scale, height);
  int widest = 0;

  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i);
      g_autofree char *label = v > 0 ? bil_format_amount (v, "USD", FALSE) : g_strdup ("0");
      g_autoptr(PangoLayout) layout = bil_render_text_layout (cr, label, font, -1);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      widest = MAX (widest, w);
    }
  return widest;
}

static void
draw_axes (cairo_t              *cr,
           const Plot           *p,
           const BilRenderStyle *style)
{
  g_autofree char *font = bil_render_font (style, 0.8, FALSE);
  GArray *ticks = make_ticks (&p->scale, p->h);
  int years = p->year_hi - p->year_lo + 1;
  int step = 1;

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i);
      double y = round (plot_y (p, v)) + 0.5;
      g_autofree char *label = v > 0 ? bil_format_amount (v, "USD", FALSE) : g_strdup ("0");

      bil_render_set_color (cr, &style->grid);
      cairo_move_to (cr, p->x, y);
      cairo_line_to (cr, p->x + p->w, y);
      cairo_stroke (cr);
      bil_render_set_color (cr, &style->dim);
      bil_render_text (cr, label, font, p->x - 6, y - 8, -1, BIL_ALIGN_END, NULL, NULL);
    }
  g_array_unref (ticks);

  /* A label every year, or every 2, 5, 10… years where they would crowd. */
  while (years / step * 44.0 > p->w && step < 1000)
    step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
  bil_render_set_color (cr, &style->dim);
  cairo_move_to (cr, p->x, round (p->y + p->h) + 0.5);
  cairo_line_to (cr, p->x + p->w, round (p->y + p->h) + 0.5);
  cairo_stroke (cr);
  for (int year = p->year_lo; year <= p->year_hi; year++)
    {
      g_autofree char *label = NULL;
      double x = round (plot_x (p, year)) + 0.5;

      if ((year - p->year_lo) % step != 0)
        continue;
      label = g_strdup_printf ("%d", year);
      cairo_move_to (cr, x, p->y + p->h);
      cairo_line_to (cr, x, p->y + p->h + 4);
      cairo_stroke (cr);
      bil_render_text (cr, label, font, x, p->y + p->h + 6, -1, BIL_ALIGN_CENTER, NULL, NULL);
    }
}

/* Diagonal hatching over a range: disagreement reads without colour. */
static void
hatched_range (cairo_t              *cr,
               const BilRenderStyle *style,
               const BilRgba        *color,
               double                x,
               double                y_top,
               double                y_bottom)
{
  double w = 6, h = MAX (1, y_bottom - y_top);

  cairo_save (cr);
  cairo_rectangle (cr, x - w / 2, y_top, w, h);
  bil_render_set_color_alpha (cr, color, 0.35);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  bil_render_set_color_alpha (cr, &style->background, 0.8);
  cairo_set_line_width (cr, 1.5);
  for (double d = -w; d < h; d += 4)
    {
      cairo_move_to (cr, x - w / 2, y_top + d + w);
      cairo_line_to (cr, x + w / 2, y_top + d);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
add_mark (BilTrendsLayout *layout,
          double           x,
          double           y,
          int              series,
          int              point)
{
  BilTrendsMark mark = { x, y, series, point };

  if (layout)
    g_array_append_val (layout->marks, mark);
}

static gboolean
same_item (BilTrendsItem a,
           int           series,
           int           point)
{
  return a.series == series && a.point == point;
}

/* A note number beside a point, moved up past the numbers already placed
 * (@placed: cairo_rectangle_t) so that neighbours stay readable. */
static void
place_number (cairo_t              *cr,
              const BilRenderStyle *style,
              const char           *font,
              GArray               *placed,
              guint                 number,
              double                x,
              double                y)
{
  g_autofree char *label = g_strdup_printf ("[%u]", number);
  g_autoptr(PangoLayout) layout = bil_render_text_layout (cr, label, font, -1);
  cairo_rectangle_t box;
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  box = (cairo_rectangle_t) { x, y, w, h };
  for (guint tries = 0; tries < 8; tries++)
    {
      gboolean clear = TRUE;

      for (guint i = 0; i < placed->len && clear; i++)
        {
          const cairo_rectangle_t *o = &g_array_index (placed, cairo_rectangle_t, i);

          clear = box.x >= o->x + o->width || o->x >= box.x + box.width ||
                  box.y >= o->y + o->height || o->y >= box.y + box.height;
        }
      if (clear)
        break;
      box.y -= h;
    }
  g_array_append_val (placed, box);
  bil_render_set_color (cr, &style->dim);
  bil_render_text (cr, label, font, box.x, box.y, -1, BIL_ALIGN_START, NULL, NULL);
}

/* One series: its ranges, its line and dashes, its points. */
static void
draw_series (cairo_t                   *cr,
             const BilTrendsChartModel *model,
             const Plot                *p,
             const BilRenderStyle      *style,
             guint                      index,
             guint                      nth,
             GArray                    *placed,
             BilTrendsLayout           *layout)
{
  const BilTrendSeries *s = &g_array_index (model->model->series, BilTrendSeries, index);
  const BilRgba *color = &style->metrics[s->metric];
  g_autofree char *font = bil_render_font (style, 0.75, FALSE);
  const BilTrendPoint *last = NULL;   /* the line's last point, not a target */

  /* Ranges where articles disagree. */
  for (guint first = 0, i = 1; first < s->points->len; i++)
    {
      const BilTrendPoint *a = &g_array_index (s->points, BilTrendPoint, first);

      if (i < s->points->len && g_array_index (s->points, BilTrendPoint, i).year == a->year &&
          g_array_index (s->points, BilTrendPoint, i).target == a->target)
        continue;
      if (i - first > 1)
        {
          const BilTrendPoint *b = &g_array_index (s->points, BilTrendPoint, i - 1);
          hatched_range (cr, style, color, plot_x (p, a->year), plot_y (p, b->usd), plot_y (p, a->usd));
        }
      first = i;
    }

  /* The line through the chosen values, broken where a year is missing;
   * dashed to a target. */
  cairo_set_line_width (cr, 2);
  bil_render_set_color (cr, color);
  for (guint k = 0; k < s->points->len; k++)
    {
      const BilTrendPoint *pt = &g_array_index (s->points, BilTrendPoint, k);

      if (!pt->on_line)
        continue;
      if (pt->target)
        {
          if (last != NULL && last->year <= pt->year)
            {
              static const double dash[] = { 5, 4 };

              cairo_save (cr);
              cairo_set_dash (cr, dash, 2, 0);
              cairo_move_to (cr, plot_x (p, last->year), plot_y (p, last->usd));
              cairo_line_to (cr, plot_x (p, pt->year), plot_y (p, pt->usd));
              cairo_stroke (cr);
              cairo_restore (cr);
            }
          continue;
        }
      if (last != NULL && pt->year == last->year + 1)
        {
          cairo_move_to (cr, plot_x (p, last->year), plot_y (p, last->usd));
          cairo_line_to (cr, plot_x (p, pt->year), plot_y (p, pt->usd));
          cairo_stroke (cr);
        }
      last = pt;
    }

  /* The points. */
  for (guint first = 0, i = 1; first < s->points->len; i++)
    {
      const BilTrendPoint *a = &g_array_index (s->points, BilTrendPoint, first);
      gboolean crowded;

      if (i < s->points->len && g_array_index (s->points, BilTrendPoint, i).year == a->year &&
          g_array_index (s->points, BilTrendPoint, i).target == a->target)
        continue;
      crowded = i - first > BIL_TRENDS_MAX_POINTS_PER_YEAR;
      for (guint k = first; k < i; k++)
        {
          const BilTrendPoint *pt = &g_array_index (s->points, BilTrendPoint, k);
          double x = plot_x (p, pt->year), y = plot_y (p, pt->usd);
          guint number;

          if (crowded && !pt->on_line && k != first && k != i - 1)
            continue;
          marker_path (cr, nth, x, y, RADIUS);
          if (pt->inferred || pt->target)
            {
              bil_render_set_color (cr, &style->background);
              cairo_fill_preserve (cr);
              bil_render_set_color (cr, color);
              cairo_set_line_width (cr, 1.6);
              cairo_stroke (cr);
            }
          else
            {
              bil_render_set_color (cr, color);
              cairo_fill (cr);
            }
          if (same_item (model->selected, (int) index, (int) k) || same_item (model->hover, (int) index, (int) k))
            {
              bil_render_set_color (cr, &style->accent);
              cairo_set_line_width (cr, same_item (model->selected, (int) index, (int) k) ? 2.5 : 1.5);
              cairo_new_sub_path (cr);
              cairo_arc (cr, x, y, RADIUS + 4, 0, 2 * G_PI);
              cairo_stroke (cr);
            }
          number = model->numbers ? model->numbers[pt->ref] : 0;
          if (number > 0)
            place_number (cr, style, font, placed, number, x + RADIUS + 2, y - 16);
          add_mark (layout, x, y, (int) index, (int) k);
        }
      first = i;
    }
}

void
bil_trends_chart_render (cairo_t                   *cr,
                         double                     width,
                         double                     height,
                         const BilTrendsChartModel *model,
                         const BilRenderStyle      *style,
                         BilTrendsLayout           *layout)
{
  g_autofree char *font = bil_render_font (style, 1.0, FALSE);
  double legend_height;
  Plot p;
  int year_lo = G_MAXINT, year_hi = G_MININT;
  guint nth = 0;

  if (layout)
    g_array_set_size (layout->marks, 0);
  for (guint i = 0; model->model && i < model->model->series->len; i++)
    if (bil_trends_series_shown (model, i))
      {
        const BilTrendSeries *s = &g_array_index (model->model->series, BilTrendSeries, i);
        year_lo = MIN (year_lo, s->year_min);
        year_hi = MAX (year_hi, s->year_max);
      }
  if (year_lo > year_hi)
    {
      bil_render_set_color (cr, &style->dim);
      bil_render_text (cr, _("No figure with a year and a US$ value passes the filter."), font, width / 2,
                       height / 2 - 10, width - 2 * PAD, BIL_ALIGN_CENTER, NULL, NULL);
      return;
    }

  legend_height = legend (cr, model, style, PAD, PAD, width - 2 * PAD, TRUE);
  p.y = PAD + legend_height + 10;
  p.h = MAX (40, height - p.y - AXIS_BOTTOM - PAD);
  p.scale = make_scale (model);
  p.x = PAD + ticks_width (cr, &p.scale, p.h, style) + 8;
  p.w = MAX (40, width - p.x - PAD - 8);
  /* A lone year still gets some room either side. */
  p.year_lo = year_lo == year_hi ? year_lo - 1 : year_lo;
  p.year_hi = year_lo == year_hi ? year_hi + 1 : year_hi;
  draw_axes (cr, &p, style);

  {
    g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));

    for (guint i = 0; i < model->model->series->len; i++)
      if (bil_trends_series_shown (model, i))
        draw_series (cr, model, &p, style, i, nth++, placed, layout);
  }
}

/* The point drawn nearest (@x, @y), within a few pixels, or none. */
BilTrendsItem
bil_trends_chart_lookup (const BilTrendsLayout *layout,
                         double                 x,
                         double                 y)
{
  BilTrendsItem best = BIL_TRENDS_ITEM_NONE;
  double best_d = 9 * 9;

  for (guint i = 0; layout->marks && i < layout->marks->len; i++)
    {
      const BilTrendsMark *m = &g_array_index (layout->marks, BilTrendsMark, i);
      double d = (m->x - x) * (m->x - x) + (m->y - y) * (m->y - y);

      if (d <= best_d)
        {
          best_d = d;
          best = (BilTrendsItem) { m->series, m->point };
        }
    }
  return best;
}
