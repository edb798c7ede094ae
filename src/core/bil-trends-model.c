/* bil-trends-model.c: the figures as series over the years
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A figure joins a series when it has a US$ value, a year and a party. Its
 * series is its pair and metric: two-way trade as one series per pair,
 * every other flow one per direction. Where several articles give a
 * series different values for one year, all of them are points; the line
 * goes through the value the user chose in Conflicts, else the one read
 * with the most confidence, never one the user overruled. A target ("by
 * 2030") is a point of its own, which the line reaches with a dash.
 */

#define G_LOG_DOMAIN "bil-trends-model"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-doubt.h"
#include "bil-lexicon.h"
#include "bil-trends-model.h"

static gboolean
is_two_way (const BilFigure *f)
{
  return f->from_rule && strcmp (f->from_rule, "two-way") == 0;
}

/* Is the figure's year a target: "by 2030", "2030年までに"? */
gboolean
bil_figure_is_target (BilArticle      *article,
                      const BilFigure *f)
{
  const char *text;
  gsize len;

  if (f->year <= 0 || f->year_end == 0 || f->year_end <= f->year_start)
    return FALSE;
  text = bil_article_get_text (article, &len);
  if (f->year_start >= 3 && (memcmp (text + f->year_start - 3, "by ", 3) == 0 ||
                             memcmp (text + f->year_start - 3, "By ", 3) == 0))
    return TRUE;
  /* 年までに, 年まで */
  if (f->year_end + 9 <= len && memcmp (text + f->year_end, "\xE5\xB9\xB4\xE3\x81\xBE\xE3\x81\xA7", 9) == 0)
    return TRUE;
  /* "menjelang 2030", "sebelum 2030" (Malay) */
  if (f->year_start >= 10 && memcmp (text + f->year_start - 10, "menjelang ", 10) == 0)
    return TRUE;
  return FALSE;
}

static char *
series_key (const BilFigure *f)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  const char *a = f->from >= 0 ? bil_lexicon_entity_code (lex, f->from) : "";
  const char *b = f->to >= 0 ? bil_lexicon_entity_code (lex, f->to) : "";

  return g_strdup_printf ("%s%c%s:%s", a, is_two_way (f) ? '=' : '>', b, bil_metric_to_string (f->metric));
}

static void
series_clear (gpointer data)
{
  BilTrendSeries *s = data;

  g_free (s->key);
  g_free (s->label);
  g_clear_pointer (&s->points, g_array_unref);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const BilTrendPoint *x = a, *y = b;

  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  if (x->target != y->target)
    return x->target ? 1 : -1;
  if (x->usd != y->usd)
    return x->usd < y->usd ? -1 : 1;
  return (x->ref > y->ref) - (x->ref < y->ref);
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  const BilTrendSeries *x = a, *y = b;

  if (x->points->len != y->points->len)
    return x->points->len > y->points->len ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

/* Which point of each year the line goes through, and which years disagree. */
static void
mark_line (BilTrendSeries *s,
           GArray         *refs)
{
  for (guint first = 0, i = 1; first < s->points->len; i++)
    {
      BilTrendPoint *start = &g_array_index (s->points, BilTrendPoint, first);

      if (i < s->points->len)
        {
          BilTrendPoint *p = &g_array_index (s->points, BilTrendPoint, i);

          if (p->year == start->year && p->target == start->target)
            continue;
        }
      {
        int best = -1;
        double best_score = -1;

        for (guint k = first; k < i; k++)
          {
            BilTrendPoint *p = &g_array_index (s->points, BilTrendPoint, k);
            const BilFigureRef *ref = &g_array_index (refs, BilFigureRef, p->ref);
            double score = ref->figure->preferred ? 2.0 : ref->overruled ? -0.5 : bil_figure_confidence (ref->figure);

            p->conflict = i - first > 1;
            if (score > best_score)
              {
                best_score = score;
                best = (int) k;
              }
          }
        if (best >= 0)
          g_array_index (s->points, BilTrendPoint, best).on_line = TRUE;
      }
      first = i;
    }
}

/**
 * bil_trends_model_build:
 * @refs: (element-type BilFigureRef): the figures, as the filter leaves them
 *
 * Returns: (transfer full): the series of @refs
 */
BilTrendsModel *
bil_trends_model_build (GArray *refs)
{
  BilTrendsModel *self = g_new0 (BilTrendsModel, 1);
  /* Series by their pair, metric and kind packed in 64 bits: no string
   * made per figure (100,000 of them in a large corpus). */
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  self->series = g_array_new (FALSE, TRUE, sizeof (BilTrendSeries));
  g_array_set_clear_func (self->series, series_clear);
  self->usd_min = INFINITY;
  self->usd_max = -INFINITY;

  for (guint i = 0; refs && i < refs->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (refs, BilFigureRef, i);
      const BilFigure *f = ref->figure;
      gint64 packed;
      BilTrendPoint point = { 0 };
      gpointer found;
      BilTrendSeries *s;

      if (!bil_figure_ref_is_drawable (ref) || f->year <= 0 || (f->from < 0 && f->to < 0) || !(f->usd > 0))
        continue;
      packed = ((gint64) (f->from + 1) << 36) | ((gint64) (f->to + 1) << 12) | ((gint64) f->metric << 1) | is_two_way (f);
      if (!g_hash_table_lookup_extended (by_key, &packed, NULL, &found))
        {
          BilTrendSeries series = { f->from, f->to, f->metric, is_two_way (f), NULL, NULL, NULL, f->year, f->year };
          g_autofree char *pair = bil_figure_pair_label (f);

          series.key = series_key (f);
          series.label = g_strdup_printf ("%s · %s", pair, bil_metric_label (f->metric));
          series.points = g_array_new (FALSE, FALSE, sizeof (BilTrendPoint));
          g_array_append_val (self->series, series);
          found = GUINT_TO_POINTER (self->series->len);
          g_hash_table_insert (by_key, g_memdup2 (&packed, sizeof packed), found);
        }
      s = &g_array_index (self->series, BilTrendSeries, GPOINTER_TO_UINT (found) - 1);
      point.ref = i;
      point.year = f->year;
      point.usd = f->usd;
      point.inferred = !f->year_stated;
      point.target = bil_figure_is_target (ref->article, f);
      g_array_append_val (s->points, point);
      s->year_min = MIN (s->year_min, f->year);
      s->year_max = MAX (s->year_max, f->year);
      self->year_min = self->year_min ? MIN (self->year_min, f->year) : f->year;
      self->year_max = MAX (self->year_max, f->year);
      self->usd_min = MIN (self->usd_min, f->usd);
      self->usd_max = MAX (self->usd_max, f->usd);
      self->n_points++;
    }
  for (guint i = 0; i < self->series->len; i++)
    {
      BilTrendSeries *s = &g_array_index (self->series, BilTrendSeries, i);

      g_array_sort (s->points, compare_points);
      mark_line (s, refs);
    }
  g_array_sort (self->series, compare_series);
  if (self->n_points == 0)
    self->usd_min = self->usd_max = 0;
  return self;
}

void
bil_trends_model_free (BilTrendsModel *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->series);
  g_free (self);
}

/* The index of the series of @key, or -1. */
int
bil_trends_model_find (const BilTrendsModel *self,
                       const char           *key)
{
  g_return_val_if_fail (self != NULL, -1);
  for (guint i = 0; key && i < self->series->len; i++)
    if (strcmp (g_array_index (self->series, BilTrendSeries, i).key, key) == 0)
      return (int) i;
  return -1;
}

/* The series of the figure at @ref of the figures, and its @point there;
 * -1 when it has none. */
int
bil_trends_model_find_ref (const BilTrendsModel *self,
                           guint                 ref,
                           guint                *point)
{
  g_return_val_if_fail (self != NULL, -1);
  for (guint i = 0; i < self->series->len; i++)
    {
      const BilTrendSeries *s = &g_array_index (self->series, BilTrendSeries, i);

      for (guint k = 0; k < s->points->len; k++)
        if (g_array_index (s->points, BilTrendPoint, k).ref == ref)
          {
            if (point)
              *point = k;
            return (int) i;
          }
    }
  return -1;
}
