/* bil-trends-view.c: the trends chart widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws bil_trends_chart_render () in snapshot and gives BilItemView
 * bil_trends_chart_lookup () for what lies under the pointer: its items are
 * (series, point) of a BilTrendsModel built from the session's figures
 * when they change and the view is shown. Which series are drawn is the
 * model's first few by default; what the user ticks in the series list is
 * kept by the series' keys, so it outlives a filter.
 */

#define G_LOG_DOMAIN "bil-trends-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bil-figure-trail.h"
#include "bil-style.h"
#include "bil-trends-view.h"

struct _BilTrendsView
{
  BilItemView      parent_instance;

  BilTrendsModel  *model;       /* of the session's figures; NULL until needed */
  gboolean        *shown;       /* per series of the model */
  GHashTable      *choices;     /* series key → GINT_TO_POINTER (1 shown, 2 hidden), as the user ticked */
  BilTrendsLayout  layout;
  GtkListBox      *series_list; /* the "Series" popover's list, rebuilt with the model */
  gboolean         filling;     /* the list's check buttons being set, not ticked */
};

G_DEFINE_FINAL_TYPE (BilTrendsView, bil_trends_view, BIL_TYPE_ITEM_VIEW)

static BilSession *
session (BilTrendsView *self)
{
  return bil_item_view_get_session (BIL_ITEM_VIEW (self));
}

static GArray *
figures (BilTrendsView *self)
{
  return session (self) ? bil_session_get_figures (session (self)) : NULL;
}

static void fill_series_list (BilTrendsView *self);

/* Which series are drawn: the user's choice, else the first few. */
static void
decide_shown (BilTrendsView *self)
{
  g_clear_pointer (&self->shown, g_free);
  if (self->model == NULL)
    return;
  self->shown = g_new0 (gboolean, self->model->series->len + 1);
  for (guint i = 0; i < self->model->series->len; i++)
    {
      const BilTrendSeries *s = &g_array_index (self->model->series, BilTrendSeries, i);
      int choice = GPOINTER_TO_INT (g_hash_table_lookup (self->choices, s->key));

      self->shown[i] = choice ? choice == 1 : i < BIL_TRENDS_DEFAULT_SERIES;
    }
}

static const BilTrendsModel *
model (BilTrendsView *self)
{
  if (self->model == NULL && figures (self) != NULL)
    {
      self->model = bil_trends_model_build (figures (self));
      decide_shown (self);
      fill_series_list (self);
    }
  return self->model;
}

static BilTrendsChartModel
chart_model (BilTrendsView *self)
{
  BilTrendsChartModel m = {
    model (self), self->shown,
    session (self) ? bil_session_get_log_scale (session (self)) : FALSE,
    *(const BilTrendsItem *) bil_item_view_get_hover (BIL_ITEM_VIEW (self)),
    *(const BilTrendsItem *) bil_item_view_get_selected (BIL_ITEM_VIEW (self)),
    NULL,
  };

  return m;
}

static const BilFigureRef *
ref_of (BilTrendsView *self,
        BilTrendsItem  item)
{
  const BilTrendsModel *m = model (self);
  const BilTrendSeries *s;

  if (m == NULL || item.series < 0 || (guint) item.series >= m->series->len)
    return NULL;
  s = &g_array_index (m->series, BilTrendSeries, item.series);
  if (item.point < 0 || (guint) item.point >= s->points->len)
    return NULL;
  return &g_array_index (figures (self), BilFigureRef, g_array_index (s->points, BilTrendPoint, item.point).ref);
}

static char *
describe (BilTrendsView *self,
          BilTrendsItem  item)
{
  const BilFigureRef *ref = ref_of (self, item);
  const BilTrendPoint *pt;
  g_autofree char *text = NULL;

  if (ref == NULL)
    return NULL;
  pt = &g_array_index (g_array_index (self->model->series, BilTrendSeries, item.series).points, BilTrendPoint, item.point);
  text = bil_figure_describe (ref->figure);
  if (pt->target)
    return g_strdup_printf (_("%s (a target)"), text);
  if (pt->inferred)
    return g_strdup_printf (_("%s (year inferred, not stated)"), text);
  return g_steal_pointer (&text);
}

static void
update_accessible (BilTrendsView *self)
{
  g_autofree char *description = describe (self, bil_trends_view_get_selected (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Trends chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : _("No point selected"),
                                  -1);
}

/* ---- the series list ---------------------------------------------------- */

static void
series_toggled_cb (GtkCheckButton *button,
                   BilTrendsView  *self)
{
  guint series = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "series"));

  if (!self->filling)
    bil_trends_view_set_series_shown (self, series, gtk_check_button_get_active (button));
}

/* One check button per series, the most figures first. */
static void
fill_series_list (BilTrendsView *self)
{
  GtkWidget *child;

  if (self->series_list == NULL)
    return;
  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->series_list))))
    gtk_list_box_remove (self->series_list, child);
  for (guint i = 0; self->model && i < self->model->series->len; i++)
    {
      const BilTrendSeries *s = &g_array_index (self->model->series, BilTrendSeries, i);
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u figure)", "%s (%u figures)",
                                                             s->points->len), s->label, s->points->len);
      GtkWidget *check = gtk_check_button_new_with_label (label);

      g_object_set_data (G_OBJECT (check), "series", GUINT_TO_POINTER (i));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), self->shown[i]);
      g_signal_connect (check, "toggled", G_CALLBACK (series_toggled_cb), self);
      gtk_list_box_append (self->series_list, check);
    }
  if (self->model == NULL || self->model->series->len == 0)
    gtk_list_box_append (self->series_list, gtk_label_new (_("No series")));
  self->filling = FALSE;
}

/* ---- following the session ---------------------------------------------- */

/* The point of the session's selected figure, or none. */
static BilTrendsItem
item_of_selection (BilTrendsView *self)
{
  int index = session (self) ? bil_session_get_selected_index (session (self)) : -1;
  guint point;
  int series;

  if (index < 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)) || model (self) == NULL)
    return BIL_TRENDS_ITEM_NONE;
  series = bil_trends_model_find_ref (self->model, (guint) index, &point);
  if (series < 0 || !self->shown[series])
    return BIL_TRENDS_ITEM_NONE;
  return (BilTrendsItem) { series, (int) point };
}

static void
bil_trends_view_session_changed (BilItemView *view)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (view);
  BilTrendsItem item;

  g_clear_pointer (&self->model, bil_trends_model_free);
  g_clear_pointer (&self->shown, g_free);
  /* Built again once shown: slow at 100,000 figures, and the page may be hidden. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    model (self);
  else
    fill_series_list (self);
  bil_item_view_clear (view, FALSE);
  item = item_of_selection (self);
  bil_item_view_show_selected (view, &item);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bil_trends_view_session_selection_changed (BilItemView *view)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (view);
  BilTrendsItem item = item_of_selection (self);

  bil_item_view_show_selected (view, &item);
  update_accessible (self);
}

static void
bil_trends_view_map (GtkWidget *widget)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (widget);
  BilTrendsItem item;

  GTK_WIDGET_CLASS (bil_trends_view_parent_class)->map (widget);
  model (self);
  item = item_of_selection (self);
  bil_item_view_show_selected (BIL_ITEM_VIEW (self), &item);
  update_accessible (self);
}

/* The user chose a point: the session's figure. */
static void
bil_trends_view_selection_changed (BilItemView *view)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (view);
  const BilFigureRef *ref = ref_of (self, bil_trends_view_get_selected (self));

  update_accessible (self);
  if (session (self) && ref != NULL)
    bil_session_select_figure (session (self), ref);
}

/* ---- drawing and items -------------------------------------------------- */

static void
bil_trends_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (widget);
  BilTrendsChartModel m = chart_model (self);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  BilRenderStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  bil_style_from_widget (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bil_trends_chart_render (cr, width, height, &m, &style, &self->layout);
  /* The keyboard focus, around the selected point. */
  if (gtk_widget_has_visible_focus (widget))
    {
      double x, y;

      if (bil_trends_view_point_center (self, m.selected, &x, &y))
        {
          bil_render_set_color (cr, &style.accent);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, x - 11.5, y - 11.5, 23, 23);
          cairo_stroke (cr);
        }
    }
  cairo_destroy (cr);
}

static gboolean
bil_trends_view_lookup_item (BilItemView *view,
                             double       x,
                             double       y,
                             gpointer     item)
{
  *(BilTrendsItem *) item = bil_trends_chart_lookup (&BIL_TRENDS_VIEW (view)->layout, x, y);
  return TRUE;
}

static gboolean
bil_trends_view_query_item_tooltip (BilItemView   *view,
                                    gconstpointer  item,
                                    GtkTooltip    *tooltip)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (view);
  BilTrendsItem it = *(const BilTrendsItem *) item;
  const BilFigureRef *ref = ref_of (self, it);
  const BilTrendPoint *pt;
  g_autofree char *label = NULL, *value = NULL, *written = NULL, *sentence = NULL, *markup = NULL;
  const char *text, *when;

  if (ref == NULL)
    return FALSE;
  pt = &g_array_index (g_array_index (self->model->series, BilTrendSeries, it.series).points, BilTrendPoint, it.point);
  label = bil_figure_label (ref->figure);
  value = bil_figure_value_label (ref->figure);
  text = bil_article_get_text (ref->article, NULL);
  written = g_strndup (text + ref->figure->money.start, ref->figure->money.end - ref->figure->money.start);
  sentence = g_strndup (text + ref->figure->sentence_start, ref->figure->sentence_end - ref->figure->sentence_start);
  when = pt->target ? _("A target for that year.")
       : pt->inferred ? _("Year inferred, not stated: drawn hollow.") : "";
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s — %s%s\n%s\n\n<i>%s</i>\n<small>%s</small>",
                                    label, written, value,
                                    pt->conflict && pt->on_line ? _(" — the line's value where sources disagree")
                                    : pt->conflict ? _(" — other sources disagree") : "",
                                    when, sentence, bil_article_get_title (ref->article));
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static gboolean
bil_trends_view_activate_item (BilItemView   *view,
                               gconstpointer  item)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (view);
  const BilFigureRef *ref;

  if (self->layout.marks == NULL || self->layout.marks->len == 0)
    return FALSE;
  ref = ref_of (self, *(const BilTrendsItem *) item);
  /* Enter is the chart's whenever it has points, one selected or not. */
  if (ref != NULL)
    bil_open_evidence (GTK_WIDGET (self), ref->article, ref->figure->sentence_start, ref->figure->sentence_end);
  return TRUE;
}

/* The mark of @item in the last drawing, or -1. */
static int
mark_of (BilTrendsView *self,
         BilTrendsItem  item)
{
  for (guint i = 0; self->layout.marks && i < self->layout.marks->len; i++)
    {
      const BilTrendsMark *m = &g_array_index (self->layout.marks, BilTrendsMark, i);

      if (m->series == item.series && m->point == item.point)
        return (int) i;
    }
  return -1;
}

/* Left and Right walk a series' points, Up and Down go to the series drawn
 * before or after, to its point nearest in year; Home and End. */
static gboolean
bil_trends_view_key_pressed (BilItemView *view,
                             guint        keyval)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (view);
  GArray *marks = self->layout.marks;
  int at = mark_of (self, bil_trends_view_get_selected (self));
  int next = at;
  const BilTrendsMark *m;

  if (marks == NULL || marks->len == 0)
    return FALSE;
  if (at < 0)
    {
      switch (keyval)
        {
        case GDK_KEY_Left: case GDK_KEY_Right: case GDK_KEY_Up: case GDK_KEY_Down:
        case GDK_KEY_Home: case GDK_KEY_End:
          next = 0;
          break;
        default:
          return FALSE;
        }
    }
  else
    {
      m = &g_array_index (marks, BilTrendsMark, at);
      switch (keyval)
        {
        case GDK_KEY_Right:
        case GDK_KEY_KP_Right:
          if (at + 1 < (int) marks->len && g_array_index (marks, BilTrendsMark, at + 1).series == m->series)
            next = at + 1;
          break;
        case GDK_KEY_Left:
        case GDK_KEY_KP_Left:
          if (at > 0 && g_array_index (marks, BilTrendsMark, at - 1).series == m->series)
            next = at - 1;
          break;
        case GDK_KEY_Home:
          while (next > 0 && g_array_index (marks, BilTrendsMark, next - 1).series == m->series)
            next--;
          break;
        case GDK_KEY_End:
          while (next + 1 < (int) marks->len && g_array_index (marks, BilTrendsMark, next + 1).series == m->series)
            next++;
          break;
        case GDK_KEY_Down:
        case GDK_KEY_KP_Down:
        case GDK_KEY_Up:
        case GDK_KEY_KP_Up:
          {
            gboolean down = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down;
            int other = -1;
            double best = G_MAXDOUBLE;

            /* The neighbouring series, then its point nearest across. */
            for (int i = down ? at + 1 : at - 1; i >= 0 && i < (int) marks->len; i += down ? 1 : -1)
              if (g_array_index (marks, BilTrendsMark, i).series != m->series)
                {
                  other = g_array_index (marks, BilTrendsMark, i).series;
                  break;
                }
            if (other < 0)
              break;
            for (guint i = 0; i < marks->len; i++)
              {
                const BilTrendsMark *o = &g_array_index (marks, BilTrendsMark, i);

                if (o->series == other && fabs (o->x - m->x) < best)
                  {
                    best = fabs (o->x - m->x);
                    next = (int) i;
                  }
              }
          }
          break;
        default:
          return FALSE;
        }
    }
  m = &g_array_index (marks, BilTrendsMark, next);
  bil_trends_view_select (self, (BilTrendsItem) { m->series, m->point });
  return TRUE;
}

static void
bil_trends_view_dispose (GObject *object)
{
  BilTrendsView *self = BIL_TRENDS_VIEW (object);

  g_clear_pointer (&self->model, bil_trends_model_free);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  bil_trends_layout_clear (&self->layout);
  g_clear_object (&self->series_list);

  G_OBJECT_CLASS (bil_trends_view_parent_class)->dispose (object);
}

static void
bil_trends_view_class_init (BilTrendsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BilItemViewClass *item_view_class = BIL_ITEM_VIEW_CLASS (klass);

  object_class->dispose = bil_trends_view_dispose;
  widget_class->snapshot = bil_trends_view_snapshot;
  widget_class->map = bil_trends_view_map;
  item_view_class->selection_changed = bil_trends_view_selection_changed;
  item_view_class->selection_property = "selected-figure";
  item_view_class->session_changed = bil_trends_view_session_changed;
  item_view_class->session_selection_changed = bil_trends_view_session_selection_changed;
  item_view_class->lookup_item = bil_trends_view_lookup_item;
  item_view_class->query_item_tooltip = bil_trends_view_query_item_tooltip;
  item_view_class->activate_item = bil_trends_view_activate_item;
  item_view_class->key_pressed = bil_trends_view_key_pressed;
  /* A click on a point opens its sentence, as a bar's does. */
  item_view_class->press_activates = TRUE;
  bil_item_view_class_set_item (item_view_class, sizeof (BilTrendsItem), &BIL_TRENDS_ITEM_NONE);

  gtk_widget_class_set_css_name (widget_class, "trendschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bil_trends_view_init (BilTrendsView *self)
{
  self->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  bil_trends_layout_init (&self->layout);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  g_signal_group_connect_swapped (bil_item_view_get_session_signals (BIL_ITEM_VIEW (self)), "notify::log-scale",
                                  G_CALLBACK (gtk_widget_queue_draw), self);
  update_accessible (self);
}

GtkWidget *
bil_trends_view_new (void)
{
  return g_object_new (BIL_TYPE_TRENDS_VIEW, NULL);
}

/* Returns: (nullable): the series of the session's figures (built now if
 * they were not) */
const BilTrendsModel *
bil_trends_view_get_model (BilTrendsView *self)
{
  g_return_val_if_fail (BIL_IS_TRENDS_VIEW (self), NULL);
  return model (self);
}

gboolean
bil_trends_view_get_series_shown (BilTrendsView *self,
                                  guint          series)
{
  g_return_val_if_fail (BIL_IS_TRENDS_VIEW (self), FALSE);
  return model (self) && series < self->model->series->len && self->shown[series];
}

/* Shows or hides a series, as ticking it in the list does; kept by its key. */
void
bil_trends_view_set_series_shown (BilTrendsView *self,
                                  guint          series,
                                  gboolean       shown)
{
  const BilTrendSeries *s;

  g_return_if_fail (BIL_IS_TRENDS_VIEW (self));
  if (model (self) == NULL || series >= self->model->series->len)
    return;
  s = &g_array_index (self->model->series, BilTrendSeries, series);
  g_hash_table_insert (self->choices, g_strdup (s->key), GINT_TO_POINTER (shown ? 1 : 2));
  self->shown[series] = shown;
  {
    GtkListBoxRow *row = self->series_list ? gtk_list_box_get_row_at_index (self->series_list, (int) series) : NULL;
    GtkWidget *check = row ? gtk_list_box_row_get_child (row) : NULL;

    if (GTK_IS_CHECK_BUTTON (check) && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) != shown)
      {
        self->filling = TRUE;
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), shown);
        self->filling = FALSE;
      }
  }
  /* A hidden series' point is no longer selectable. */
  if (!shown && bil_trends_view_get_selected (self).series == (int) series)
    bil_item_view_show_selected (BIL_ITEM_VIEW (self), &BIL_TRENDS_ITEM_NONE);
  bil_item_view_clear (BIL_ITEM_VIEW (self), FALSE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The list the view fills with a check button per series. */
void
bil_trends_view_set_series_list (BilTrendsView *self,
                                 GtkListBox    *list)
{
  g_return_if_fail (BIL_IS_TRENDS_VIEW (self));
  g_set_object (&self->series_list, list);
  fill_series_list (self);
}

BilTrendsItem
bil_trends_view_get_selected (BilTrendsView *self)
{
  g_return_val_if_fail (BIL_IS_TRENDS_VIEW (self), BIL_TRENDS_ITEM_NONE);
  return *(const BilTrendsItem *) bil_item_view_get_selected (BIL_ITEM_VIEW (self));
}

void
bil_trends_view_select (BilTrendsView *self,
                        BilTrendsItem  item)
{
  g_return_if_fail (BIL_IS_TRENDS_VIEW (self));
  bil_item_view_select_item (BIL_ITEM_VIEW (self), &item);
}

/* Where @item was last drawn, in widget coordinates. */
gboolean
bil_trends_view_point_center (BilTrendsView *self,
                              BilTrendsItem  item,
                              double        *x,
                              double        *y)
{
  int at;

  g_return_val_if_fail (BIL_IS_TRENDS_VIEW (self), FALSE);
  at = mark_of (self, item);
  if (at < 0)
    return FALSE;
  *x = g_array_index (self->layout.marks, BilTrendsMark, at).x;
  *y = g_array_index (self->layout.marks, BilTrendsMark, at).y;
  return TRUE;
}
