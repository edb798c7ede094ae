/* bil-sector-grid.c: who cooperates on what, as a pair × sector grid
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are cooperating pairs, columns sectors; a cell holds how many
 * evidence sentences tie that pair to that sector, shaded and written out.
 */

#define G_LOG_DOMAIN "bil-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bil-figure-ref.h"
#include "bil-render-text.h"
#include "bil-sector-grid.h"

#define PAD 12.0
#define HEADER 96.0
#define ROW 28.0

static void
row_clear (gpointer data)
{
  BilGridRow *row = data;

  g_free (row->label);
  g_free (row->counts);
  g_clear_pointer (&row->evidence, g_array_unref);
}

void
bil_grid_model_free (BilGridModel *model)
{
  if (model == NULL)
    return;
  g_array_unref (model->rows);
  g_array_unref (model->columns);
  g_free (model);
}

/* @n more sentences of @row under sector @s. */
static void
count_sector (BilGridModel *model,
              BilGridRow   *row,
              guint        *column_totals,
              guint         s,
              guint         n)
{
  row->counts[s] += n;
  row->total += n;
  column_totals[s] += n;
  model->max_count = MAX (model->max_count, row->counts[s]);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const BilGridRow *x = a, *y = b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return g_strcmp0 (x->label, y->label);
}

typedef struct
{
  int   sector;
  guint total;
} Column;

static int
compare_columns (gconstpointer a,
                 gconstpointer b)
{
  const Column *x = a, *y = b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return x->sector - y->sector;
}

BilGridModel *
bil_grid_model_build (BilCorpus *corpus,
                      BilFilter *filter)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  guint n_sectors = bil_lexicon_n_sectors (lex);
  GPtrArray *partnerships = corpus ? bil_corpus_get_partnerships (corpus) : NULL;
  BilGridModel *model = g_new0 (BilGridModel, 1);
  guint n_pairs = MAX (1, MIN (n_sectors, 64));
  g_autofree guint *column_totals = g_new0 (guint, MAX (1, n_sectors));

  model->rows = g_array_new (FALSE, TRUE, sizeof (BilGridRow));
  g_array_set_clear_func (model->rows, row_clear);
  model->columns = g_array_new (FALSE, FALSE, sizeof (int));

  if (filter && bil_filter_is_empty (filter))
    filter = NULL;
  for (guint i = 0; partnerships && i < partnerships->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (partnerships, i);
      BilGridRow row = { p->a, p->b, NULL, NULL, 0, NULL, 0 };

      if (p->stance != BIL_STANCE_COOPERATION)
        continue;
      if (filter && !bil_filter_may_match_pair (filter, p->a, p->b, bil_partnership_sector_mask (p, n_sectors)))
        continue;
      row.counts = g_new0 (guint, MAX (1, n_sectors));
      if (filter == NULL || bil_filter_decides_by_pair (filter))
        {
          /* Only a country or a sector asked: the partnership's own counts
           * (under a sector, of the sentences naming it too), its sentences
           * shared, not copied. */
          int asked = filter ? bil_filter_get_sector_index (filter) : -1;
          const guint *counts = asked >= 0 ? p->sector_pairs + (gsize) asked * n_pairs : p->sector_counts;

          row.evidence = g_array_ref (p->evidence);
          row.required = asked >= 0 ? G_GUINT64_CONSTANT (1) << asked : 0;
          for (guint s = 0; s < n_sectors && s < 64; s++)
            count_sector (model, &row, column_totals, s, counts[s]);
        }
      else
        {
          row.evidence = g_array_new (FALSE, FALSE, sizeof (BilEvidence));
          for (guint k = 0; k < p->evidence->len; k++)
            {
              const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

              if (!bil_filter_match_evidence (filter, e->article, p->a, p->b, e->sectors, e->start, e->end))
                continue;
              g_array_append_val (row.evidence, *e);
              for (guint s = 0; s < n_sectors && s < 64; s++)
                if (e->sectors & (G_GUINT64_CONSTANT (1) << s))
                  count_sector (model, &row, column_totals, s, 1);
            }
        }
      if (row.total == 0)
        {
          row_clear (&row);
          continue;
        }
      row.label = g_strdup_printf ("%s – %s", bil_entity_display_name (p->a), bil_entity_display_name (p->b));
      g_array_append_val (model->rows, row);
    }
  g_array_sort (model->rows, compare_rows);

  {
    g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));

    for (guint s = 0; s < n_sectors; s++)
      if (column_totals[s] > 0)
        {
          Column c = { (int) s, column_totals[s] };
          g_array_append_val (columns, c);
        }
    g_array_sort (columns, compare_columns);
    for (guint i = 0; i < columns->len; i++)
      g_array_append_val (model->columns, g_array_index (columns, Column, i).sector);
  }
  return model;
}

/* Wide enough for every column at a readable size. */
double
bil_grid_natural_width (const BilGridModel *model)
{
  return 2 * PAD + 200 + 8 + (model ? model->columns->len : 0) * 40 + HEADER * 0.7;
}

double
bil_grid_natural_height (const BilGridModel *model)
{
  return PAD + HEADER + (model ? model->rows->len : 0) * ROW + PAD;
}

typedef struct
{
  double label_width;
  double cell;
  double x0;
  double y0;
} Geometry;

static Geometry
geometry (const BilGridModel *model,
          double              width)
{
  Geometry g;
  guint n = MAX (1, model->columns->len);

  g.label_width = CLAMP (width * 0.28, 140, 280);
  /* Room on the right for the last slanted header. */
  g.cell = CLAMP ((width - 2 * PAD - g.label_width - HEADER * 0.7) / n, 30, 72);
  g.x0 = PAD + g.label_width + 8;
  g.y0 = PAD + HEADER;
  return g;
}

void
bil_grid_render (cairo_t              *cr,
                 double                width,
                 double                height,
                 const BilGridModel   *model,
                 const BilRenderStyle *style,
                 BilGridCell           hover,
                 BilGridCell           selected)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  Geometry g = geometry (model, width);
  g_autofree char *font = bil_render_font (style, 1.0, FALSE);
  g_autofree char *small = bil_render_font (style, 0.85, FALSE);

  /* Column headers, slanted so that long sector names fit. */
  for (guint c = 0; c < model->columns->len; c++)
    {
      double cx = g.x0 + c * g.cell + g.cell / 2;
      PangoLayout *layout = bil_render_text_layout (cr, bil_lexicon_sector_label (lex, g_array_index (model->columns, int, c)),
                                                    small, HEADER * 1.3);

      cairo_save (cr);
      cairo_translate (cr, cx - 4, g.y0 - 6);
      cairo_rotate (cr, -G_PI / 4);
      bil_render_set_color (cr, &style->foreground);
      cairo_move_to (cr, 0, -8);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      g_object_unref (layout);
    }

  for (guint r = 0; r < model->rows->len; r++)
    {
      const BilGridRow *row = &g_array_index (model->rows, BilGridRow, r);
      double y = g.y0 + r * ROW;

      if (y > height)
        break;
      bil_render_set_color (cr, &style->foreground);
      bil_render_text (cr, row->label, font, g.x0 - 8, y + 5, g.label_width, BIL_ALIGN_END, NULL, NULL);
      for (guint c = 0; c < model->columns->len; c++)
        {
          guint count = row->counts[g_array_index (model->columns, int, c)];
          double x = g.x0 + c * g.cell;
          gboolean is_hover = hover.row == (int) r && hover.column == (int) c;
          gboolean is_selected = selected.row == (int) r && selected.column == (int) c;

          cairo_rectangle (cr, x + 1, y + 1, g.cell - 2, ROW - 2);
          if (count > 0)
            {
              double t = 0.15 + 0.85 * sqrt ((double) count / MAX (1, model->max_count));
              bil_render_set_color_alpha (cr, &style->cooperation, t);
            }
          else
            bil_render_set_color_alpha (cr, &style->grid, 0.5);
          cairo_fill (cr);
          if (count > 0)
            {
              g_autofree char *n = g_strdup_printf ("%u", count);
              double t = 0.15 + 0.85 * sqrt ((double) count / MAX (1, model->max_count));
              /* Dark text on light cells, light on dark: readable either way. */
              bil_render_set_color (cr, t > 0.6 ? &style->background : &style->foreground);
              bil_render_text (cr, n, small, x + g.cell / 2, y + 7, -1, BIL_ALIGN_CENTER, NULL, NULL);
            }
          if (is_hover || is_selected)
            {
              bil_render_set_color (cr, is_selected ? &style->accent : &style->foreground);
              cairo_set_line_width (cr, is_selected ? 2.5 : 1.5);
              cairo_rectangle (cr, x + 1.5, y + 1.5, g.cell - 3, ROW - 3);
              cairo_stroke (cr);
            }
        }
    }
}

BilGridCell
bil_grid_lookup (const BilGridModel *model,
                 double              width,
                 double              height,
                 double              x,
                 double              y)
{
  BilGridCell none = { -1, -1 };
  Geometry g;
  int r, c;

  if (model == NULL)
    return none;
  g = geometry (model, width);
  if (x < g.x0 || y < g.y0)
    return none;
  c = (int) ((x - g.x0) / g.cell);
  r = (int) ((y - g.y0) / ROW);
  if (c < 0 || (guint) c >= model->columns->len || r < 0 || (guint) r >= model->rows->len)
    return none;
  return (BilGridCell) { r, c };
}

const BilEvidence *
bil_grid_cell_evidence (const BilGridModel *model,
                        BilGridCell         cell)
{
  const BilGridRow *row;
  int sector;

  if (model == NULL || cell.row < 0 || (guint) cell.row >= model->rows->len ||
      cell.column < 0 || (guint) cell.column >= model->columns->len)
    return NULL;
  row = &g_array_index (model->rows, BilGridRow, cell.row);
  sector = g_array_index (model->columns, int, cell.column);
  for (guint i = 0; i < row->evidence->len; i++)
    {
      const BilEvidence *e = &g_array_index (row->evidence, BilEvidence, i);
      guint64 wanted = row->required | (G_GUINT64_CONSTANT (1) << sector);

      if ((e->sectors & wanted) == wanted)
        return e;
    }
  return NULL;
}
