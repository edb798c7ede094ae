/* bil-figure-item.c: one figure as a list item, for the figures table
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-figure-item"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bil-doubt.h"
#include "bil-figure-item.h"
#include "bil-figure-trail.h"

struct _BilFigureItem
{
  GObject      parent_instance;
  BilFigureRef ref;       /* the article is held for as long as the item */
  guint        position;  /* in the session's figures: the chart's index */
};

G_DEFINE_FINAL_TYPE (BilFigureItem, bil_figure_item, G_TYPE_OBJECT)

static void
bil_figure_item_finalize (GObject *object)
{
  BilFigureItem *self = (BilFigureItem *) object;

  g_clear_object (&self->ref.article);
  G_OBJECT_CLASS (bil_figure_item_parent_class)->finalize (object);
}

static void
bil_figure_item_class_init (BilFigureItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bil_figure_item_finalize;
}

static void
bil_figure_item_init (BilFigureItem *self)
{
}

BilFigureItem *
bil_figure_item_new (const BilFigureRef *ref,
                     guint               position)
{
  BilFigureItem *self = g_object_new (BIL_TYPE_FIGURE_ITEM, NULL);

  self->ref = *ref;
  g_object_ref (self->ref.article);
  self->position = position;
  return self;
}

const BilFigureRef *
bil_figure_item_get_ref (BilFigureItem *self)
{
  return &self->ref;
}

guint
bil_figure_item_get_position (BilFigureItem *self)
{
  return self->position;
}

char *
bil_figure_item_get_column (BilFigureItem *self,
                            guint          column)
{
  const BilFigure *f = self->ref.figure;
  const char *text = bil_article_get_text (self->ref.article, NULL);

  switch (column)
    {
    case BIL_FIGURE_COLUMN_CONFIDENCE:
      if (f->review == BIL_REVIEW_CORRECTED)
        return g_strdup (_("✓ corrected"));
      if (f->review == BIL_REVIEW_ADDED)
        return g_strdup (_("✓ added"));
      if (f->preferred)
        return g_strdup (_("✓ chosen"));
      /* TRANSLATORS: a confidence: "⚠ 48%" for a figure to check */
      return g_strdup_printf (bil_figure_needs_review (f) ? _("⚠ %.0f%%") : _("%.0f%%"),
                              100 * bil_figure_confidence (f));
    case BIL_FIGURE_COLUMN_VALUE:
      if (f->money.vague)
        return g_strdup (_("unstated"));
      if (isfinite (f->money.low) && isfinite (f->money.high))
        {
          g_autofree char *low = bil_format_amount (f->money.low, f->money.currency, FALSE);
          g_autofree char *high = bil_format_amount (f->money.high, f->money.currency, FALSE);
          return g_strdup_printf ("%s–%s", low, high);
        }
      return bil_format_amount (f->money.value, f->money.currency, FALSE);
    case BIL_FIGURE_COLUMN_CURRENCY:
      return g_strdup (f->money.currency);
    case BIL_FIGURE_COLUMN_USD:
      return bil_format_amount (f->usd, "USD", FALSE);
    case BIL_FIGURE_COLUMN_METRIC:
      return g_strdup (bil_metric_label (f->metric));
    case BIL_FIGURE_COLUMN_PARTIES:
      return bil_figure_pair_label (f);
    case BIL_FIGURE_COLUMN_YEAR:
      return f->year > 0 ? g_strdup_printf ("%d%s", f->year, f->year_stated ? "" : _(" (inferred)")) : g_strdup ("—");
    case BIL_FIGURE_COLUMN_QUALIFIER:
      switch (f->approx)
        {
        case BIL_APPROX_NEARLY: return g_strdup (C_("qualifier", "nearly"));
        case BIL_APPROX_OVER: return g_strdup (C_("qualifier", "over"));
        case BIL_APPROX_ABOUT: return g_strdup (C_("qualifier", "about"));
        case BIL_APPROX_NONE:
        default: return g_strdup ("");
        }
    case BIL_FIGURE_COLUMN_TEXT:
      return g_strndup (text + f->money.start, f->money.end - f->money.start);
    case BIL_FIGURE_COLUMN_ARTICLE:
      return g_strdup (bil_article_get_title (self->ref.article));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Why the figure may be wrong and how it was read, for the row's tooltip. */
char *
bil_figure_item_get_tooltip (BilFigureItem *self)
{
  return bil_figure_check_note (self->ref.article, self->ref.figure);
}

static int
compare_doubles (double a,
                 double b)
{
  /* Unknown values sort last either way the user sorts. */
  if (!isfinite (a) || !isfinite (b))
    return isfinite (a) ? -1 : isfinite (b) ? 1 : 0;
  return (a > b) - (a < b);
}

int
bil_figure_item_compare (BilFigureItem *a,
                         BilFigureItem *b,
                         guint          column)
{
  const BilFigure *x = a->ref.figure, *y = b->ref.figure;

  switch (column)
    {
    case BIL_FIGURE_COLUMN_CONFIDENCE:
      return compare_doubles (bil_figure_confidence (x), bil_figure_confidence (y));
    case BIL_FIGURE_COLUMN_VALUE:
      return compare_doubles (x->money.value, y->money.value);
    case BIL_FIGURE_COLUMN_USD:
      return compare_doubles (x->usd, y->usd);
    case BIL_FIGURE_COLUMN_YEAR:
      return (x->year > y->year) - (x->year < y->year);
    default:
      {
        g_autofree char *s = bil_figure_item_get_column (a, column);
        g_autofree char *t = bil_figure_item_get_column (b, column);
        return g_utf8_collate (s, t);
      }
    }
}
