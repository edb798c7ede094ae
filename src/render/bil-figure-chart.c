/* bil-figure-chart.c: horizontal bars of figures in US$, drawn with Cairo
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per figure: its label ("Japan → ASEAN · FDI · 2024"), a bar in
 * the colour of its metric, its value in its own terms ("RM30 bn ≈ US$6.4
 * bn"). A legend and the axis stay pinned at the top while rows scroll.
 * Conflicting figures sit together, hatched and marked in words.
 */

#define G_LOG_DOMAIN "bil-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bil-figure-chart.h"
#include "bil-value-scale.h"
#include "bil-render-text.h"

#define PAD 12.0
#define LEGEND_HEIGHT 26.0
#define AXIS_HEIGHT 22.0
#define GROUP_HEIGHT 26.0
#define BAR_HEIGHT 16.0

void
bil_figure_chart_layout_init (BilFigureChartLayout *layout)
{
  layout->rows = g_array_new (FALSE, FALSE, sizeof (BilChartRow));
  layout->header_height = 0;
  layout->content_height = 0;
}

void
bil_figure_chart_layout_clear (BilFigureChartLayout *layout)
{
  g_clear_pointer (&layout->rows, g_array_unref);
}

double
bil_figure_chart_header_height (const BilRenderStyle *style)
{
  return PAD + LEGEND_HEIGHT + AXIS_HEIGHT;
}

/* Rows and group headers, in order: what is drawn and scrolled. */
typedef struct
{
  int   ref;     /* -1 for a group header */
  char *group;
} Line;

static GArray *
make_lines (const BilFigureChartModel *model,
            guint                     *hidden)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_autofree char *last_group = NULL;
  guint shown = 0;

  *hidden = 0;
  for (guint i = 0; model->refs && i < model->refs->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (model->refs, BilFigureRef, i);

      if (!bil_figure_ref_is_drawable (ref))
        continue;
      if (model->max_bars && shown >= model->max_bars)
        {
          (*hidden)++;
          continue;
        }
      if (model->grouping != BIL_GROUP_NONE)
        {
          char *group = bil_figure_ref_group_label (ref, model->grouping);

          if (g_strcmp0 (group, last_group) != 0)
            {
              Line header = { -1, g_strdup (group) };
              g_array_append_val (lines, header);
              g_free (last_group);
              last_group = group;
            }
          else
            g_free (group);
        }
      {
        Line line = { (int) i, NULL };
        g_array_append_val (lines, line);
        shown++;
      }
    }
  return lines;
}

static void
free_lines (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    g_free (g_array_index (lines, Line, i).group);
  g_array_unref (lines);
}


/* The value range on the axis, over the figures that have a bar. */
static BilValueScale
make_scale (const BilFigureChartModel *model)
{
  double max = 0, min = G_MAXDOUBLE;

  for (guint i = 0; model->refs && i < model->refs->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (model->refs, BilFigureRef, i);

      if (!bil_figure_ref_is_drawable (ref))
        continue;
      max = MAX (max, ref->figure->usd);
      min = MIN (min, ref->figure->usd);
    }
  return bil_value_scale_make (min, max, model->log_scale);
}

struct _BilFigureChartPlan
{
  GArray   *lines;
  double   *tops;          /* each line's top, from the first line's; one more: the end of the last */
  guint    *shown_before;  /* bars before each line, for footnote numbers */
  guint     hidden;
  BilValueScale scale;
  double    content_height;
  gboolean  present[BIL_N_METRICS];   /* metrics in the legend */
};

BilFigureChartPlan *
bil_figure_chart_plan_new (const BilFigureChartModel *model)
{
  BilFigureChartPlan *plan = g_new0 (BilFigureChartPlan, 1);

  plan->lines = make_lines (model, &plan->hidden);
  plan->tops = g_new (double, plan->lines->len + 1);
  plan->shown_before = g_new (guint, plan->lines->len + 1);
  plan->tops[0] = 0;
  plan->shown_before[0] = 0;
  for (guint i = 0; i < plan->lines->len; i++)
    {
      const Line *line = &g_array_index (plan->lines, Line, i);

      plan->tops[i + 1] = plan->tops[i] + (line->ref < 0 ? GROUP_HEIGHT : BIL_CHART_ROW_HEIGHT);
      plan->shown_before[i + 1] = plan->shown_before[i] + (line->ref >= 0);
    }
  /* The lines, the "and K more" row, the bottom margin. */
  plan->content_height = plan->tops[plan->lines->len] + (plan->hidden ? BIL_CHART_ROW_HEIGHT : 0) + PAD;
  plan->scale = make_scale (model);
  for (guint i = 0; model->refs && i < model->refs->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (model->refs, BilFigureRef, i);
      if (bil_figure_ref_is_drawable (ref))
        plan->present[ref->figure->metric] = TRUE;
    }
  return plan;
}

void
bil_figure_chart_plan_free (BilFigureChartPlan *plan)
{
  if (plan == NULL)
    return;
  free_lines (plan->lines);
  g_free (plan->tops);
  g_free (plan->shown_before);
  g_free (plan);
}

double
bil_figure_chart_content_height (const BilFigureChartModel *model)
{
  g_autoptr(BilFigureChartPlan) own_plan = model->plan ? NULL : bil_figure_chart_plan_new (model);

  return (model->plan ? model->plan : own_plan)->content_height;
}

static void
draw_legend (cairo_t                  *cr,
             const BilFigureChartPlan *plan,
             const BilRenderStyle     *style,
             double                    x,
             double                    y,
             double                    width)
{
  g_autofree char *font = bil_render_font (style, 0.9, FALSE);

  for (int m = 0; m < BIL_N_METRICS; m++)
    {
      double w = 0, h = 0;

      if (!plan->present[m])
        continue;
      bil_render_set_color (cr, &style->metrics[m]);
      cairo_rectangle (cr, x, y + 4, 12, 12);
      cairo_fill (cr);
      bil_render_set_color (cr, &style->foreground);
      bil_render_text (cr, bil_metric_label ((BilMetric) m), font, x + 17, y + 1, -1, BIL_ALIGN_START, &w, &h);
      x += 17 + w + 16;
      if (x > width)
        break;
    }
}

static char *
axis_label (double v)
{
  return bil_format_amount (v, "USD", FALSE);
}

/* Grid lines down to @bottom, or (@labels) the tick labels in the header. */
static void
draw_axis (cairo_t              *cr,
           const BilValueScale  *s,
           const BilRenderStyle *style,
           double                x0,
           double                bar_width,
           double                y,
           double                bottom,
           gboolean              labels)
{
  g_autofree char *font = bil_render_font (style, 0.8, FALSE);
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (double));

  if (s->log)
    {
      /* Every decade, or every other one when they would crowd. */
      double decades = log10 (s->hi / s->lo);
      double step = decades * 90 > bar_width ? 100 : 10;

      for (double v = s->lo; v <= s->hi * 1.0001; v *= step)
        g_array_append_val (ticks, v);
    }
  else
    {
      /* As many ticks as fit without their labels touching, at round
       * values: the top is 1, 2, 2.5 or 5 × 10ⁿ, so quarters and halves are. */
      int n = bar_width >= 440 ? 4 : bar_width >= 220 ? 2 : 1;

      for (int i = 0; i <= n; i++)
        {
          double v = s->hi * i / n;
          g_array_append_val (ticks, v);
        }
    }

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i);
      double x = round (x0 + bil_value_scale_position (s, v) * bar_width) + 0.5;
      g_autofree char *label = v > 0 ? axis_label (v) : g_strdup ("0");

      if (labels)
        {
          bil_render_set_color (cr, &style->dim);
          bil_render_text (cr, label, font, x, y + 2, -1, i == 0 ? BIL_ALIGN_START : BIL_ALIGN_CENTER, NULL, NULL);
        }
      else
        {
          bil_render_set_color (cr, &style->grid);
          cairo_move_to (cr, x, y + AXIS_HEIGHT - 2);
          cairo_line_to (cr, x, bottom);
          cairo_stroke (cr);
        }
    }
  g_array_unref (ticks);
}

/* Diagonal hatching over a bar: conflicts read without colour. */
static void
hatch (cairo_t              *cr,
       const BilRenderStyle *style,
       double                x,
       double                y,
       double                w,
       double                h)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  bil_render_set_color_alpha (cr, &style->background, 0.55);
  cairo_set_line_width (cr, 2);
  for (double d = -h; d < w; d += 6)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
bil_figure_chart_render (cairo_t                   *cr,
                         double                     width,
                         double                     height,
                         double                     scroll_y,
                         const BilFigureChartModel *model,
                         const BilRenderStyle      *style,
                         BilFigureChartLayout      *layout)
{
  g_autofree char *font = bil_render_font (style, 1.0, FALSE);
  g_autofree char *bold = bil_render_font (style, 1.0, TRUE);
  g_autofree char *small = bil_render_font (style, 0.85, FALSE);
  double header = bil_figure_chart_header_height (style);
  double label_width = CLAMP (width * 0.36, 120, 380);
  double value_width = CLAMP (width * 0.22, 110, 260);
  double x0 = PAD + label_width + 8;
  double bar_width = MAX (20, width - x0 - value_width - PAD);
  g_autoptr(BilFigureChartPlan) own_plan = model->plan ? NULL : bil_figure_chart_plan_new (model);
  const BilFigureChartPlan *plan = model->plan ? model->plan : own_plan;
  const BilValueScale s = plan->scale;
  const guint hidden = plan->hidden;
  GArray *lines = plan->lines;
  guint shown_index = 0, first;
  double y;

  if (layout)
    {
      g_array_set_size (layout->rows, 0);
      layout->header_height = header;
      layout->content_height = plan->content_height;
    }

  /* Grid lines first, under the bars. */
  {
    double content_bottom = MIN (height, header + plan->content_height - scroll_y);
    draw_axis (cr, &s, style, x0, bar_width, PAD + LEGEND_HEIGHT, content_bottom, FALSE);
  }

  /* Rows, scrolled, under the pinned header. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, header, width, MAX (0, height - header));
  cairo_clip (cr);
  /* Only the rows in sight: the first found by bisection, then on until
   * the bottom edge, whatever the number of figures. */
  {
    guint lo = 0, hi = lines->len;

    while (lo < hi)
      {
        guint mid = lo + (hi - lo) / 2;

        /* Line mid ends above the header's bottom edge. */
        if (plan->tops[mid + 1] < scroll_y)
          lo = mid + 1;
        else
          hi = mid;
      }
    first = lo;
  }
  for (guint i = first; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      double row_h = line->ref < 0 ? GROUP_HEIGHT : BIL_CHART_ROW_HEIGHT;

      y = header - scroll_y + plan->tops[i];
      shown_index = plan->shown_before[i];
      if (y > height)
        break;
      if (line->ref < 0)
        {
          bil_render_set_color (cr, &style->foreground);
          bil_render_text (cr, line->group, bold, PAD, y + 5, width - 2 * PAD, BIL_ALIGN_START, NULL, NULL);
          bil_render_set_color (cr, &style->grid);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, PAD, round (y + row_h) - 0.5);
          cairo_line_to (cr, width - PAD, round (y + row_h) - 0.5);
          cairo_stroke (cr);
        }
      else
        {
          const BilFigureRef *ref = &g_array_index (model->refs, BilFigureRef, line->ref);
          const BilFigure *f = ref->figure;
          g_autofree char *plain = bil_figure_label (f);
          g_autofree char *label = model->footnotes ? g_strdup_printf ("[%u] %s", shown_index + 1, plain) : g_strdup (plain);
          g_autofree char *value = bil_figure_value_label (f);
          double w = MAX (1.5, bil_value_scale_position (&s, f->usd) * bar_width);
          double by = y + (row_h - BAR_HEIGHT) / 2;
          double vw = 0;
          gboolean selected = model->selected == line->ref;
          gboolean hovered = model->hover == line->ref;

          if (selected || hovered)
            {
              bil_render_set_color_alpha (cr, &style->accent, selected ? 0.18 : 0.08);
              cairo_rectangle (cr, 0, y, width, row_h);
              cairo_fill (cr);
            }

          bil_render_set_color (cr, &style->foreground);
          bil_render_text (cr, label, font, PAD + label_width, y + 5, label_width, BIL_ALIGN_END, NULL, NULL);

          bil_render_set_color (cr, &style->metrics[f->metric]);
          cairo_rectangle (cr, x0, by, w, BAR_HEIGHT);
          cairo_fill (cr);
          if (ref->conflict)
            hatch (cr, style, x0, by, w, BAR_HEIGHT);
          if (selected)
            {
              bil_render_set_color (cr, &style->accent);
              cairo_set_line_width (cr, 2);
              cairo_rectangle (cr, x0 - 1, by - 1, w + 2, BAR_HEIGHT + 2);
              cairo_stroke (cr);
            }

          bil_render_set_color (cr, &style->foreground);
          bil_render_text (cr, value, small, x0 + w + 6, y + 6, value_width + bar_width - w - 6, BIL_ALIGN_START, &vw, NULL);
          if (ref->conflict)
            {
              bil_render_set_color (cr, &style->rivalry);
              bil_render_text (cr, _("≠ sources disagree"), small, x0 + w + 6 + vw + 8, y + 6, -1, BIL_ALIGN_START, NULL, NULL);
            }

          if (layout)
            {
              BilChartRow row = { 0, y, width, row_h, (guint) line->ref };
              g_array_append_val (layout->rows, row);
            }
        }
    }
  y = header - scroll_y + plan->tops[lines->len];
  if (hidden)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more figure", "and %u more figures", hidden), hidden);
      bil_render_set_color (cr, &style->dim);
      bil_render_text (cr, more, small, x0, y + 6, -1, BIL_ALIGN_START, NULL, NULL);
    }
  cairo_restore (cr);

  /* The pinned header: legend, then the axis with its grid lines running
   * down through the rows. */
  bil_render_set_color (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, header);
  cairo_fill (cr);
  draw_legend (cr, plan, style, PAD, PAD, width - 2 * PAD);
  draw_axis (cr, &s, style, x0, bar_width, PAD + LEGEND_HEIGHT, header, TRUE);
  bil_render_set_color (cr, &style->dim);
  bil_render_text (cr, s.log ? _("US$, log scale") : _("US$"), small, width - PAD, PAD + 3, -1, BIL_ALIGN_END, NULL, NULL);
}

int
bil_figure_chart_lookup (const BilFigureChartLayout *layout,
                         double                      x,
                         double                      y)
{
  if (layout == NULL || layout->rows == NULL || y < layout->header_height)
    return -1;
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const BilChartRow *row = &g_array_index (layout->rows, BilChartRow, i);
      if (y >= row->y && y < row->y + row->height && x >= row->x && x < row->x + row->width)
        return (int) row->ref;
    }
  return -1;
}
