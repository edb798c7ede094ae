/* bil-figure-chart-view.c: the figures chart widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws bil_figure_chart_render () in snapshot and gives BilItemView
 * bil_figure_chart_lookup () for what lies under the pointer: its items are
 * the bars' indices into the session's figures. Scrollable itself, so that
 * a chart of thousands of bars only ever draws what is visible.
 */

#define G_LOG_DOMAIN "bil-figure-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-figure-chart-view.h"
#include "bil-figure-trail.h"
#include "bil-figure-chart.h"
#include "bil-style.h"

struct _BilFigureChartView
{
  BilItemView           parent_instance;

  BilFigureChartLayout  layout;
  BilFigureChartPlan   *plan;         /* rows and axis of the session's figures, until they change */
  GtkAdjustment        *hadjustment;
  GtkAdjustment        *vadjustment;
  guint                 hscroll_policy : 1;
  guint                 vscroll_policy : 1;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

G_DEFINE_FINAL_TYPE_WITH_CODE (BilFigureChartView, bil_figure_chart_view, BIL_TYPE_ITEM_VIEW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static BilSession *
session (BilFigureChartView *self)
{
  return bil_item_view_get_session (BIL_ITEM_VIEW (self));
}

static GArray *
figures (BilFigureChartView *self)
{
  return session (self) ? bil_session_get_figures (session (self)) : NULL;
}

static BilFigureChartModel
chart_model (BilFigureChartView *self)
{
  BilFigureChartModel model = {
    figures (self),
    session (self) ? bil_session_get_grouping (session (self)) : BIL_GROUP_NONE,
    session (self) ? bil_session_get_log_scale (session (self)) : FALSE,
    *(const int *) bil_item_view_get_hover (BIL_ITEM_VIEW (self)),
    bil_figure_chart_view_get_selected (self), 0,
  };

  if (model.refs && self->plan == NULL)
    self->plan = bil_figure_chart_plan_new (&model);
  model.plan = self->plan;
  return model;
}

static void
invalidate_plan (BilFigureChartView *self)
{
  g_clear_pointer (&self->plan, bil_figure_chart_plan_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
scroll_y (BilFigureChartView *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static void
update_accessible (BilFigureChartView *self)
{
  GArray *refs = figures (self);
  int selected = bil_figure_chart_view_get_selected (self);
  g_autofree char *description = NULL;

  if (refs && selected >= 0 && (guint) selected < refs->len)
    description = bil_figure_describe (g_array_index (refs, BilFigureRef, selected).figure);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Figures chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : _("No figure selected"),
                                  -1);
}

static void
configure_adjustment (BilFigureChartView *self)
{
  BilRenderStyle style;
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double header, content;
  BilFigureChartModel model = chart_model (self);

  if (self->vadjustment == NULL)
    return;
  bil_style_from_widget (GTK_WIDGET (self), &style);
  header = bil_figure_chart_header_height (&style);
  content = model.refs ? bil_figure_chart_content_height (&model) : 0;
  gtk_adjustment_configure (self->vadjustment,
                            CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (0, content - (height - header))),
                            0, MAX (content, height - header), BIL_CHART_ROW_HEIGHT,
                            MAX (BIL_CHART_ROW_HEIGHT, (height - header) * 0.9), MAX (0, height - header));
}

/* The session's figures changed: the selected figure may have moved, or
 * be filtered out (it stays the session's, and comes back with it). */
static void
bil_figure_chart_view_session_changed (BilItemView *view)
{
  BilFigureChartView *self = BIL_FIGURE_CHART_VIEW (view);
  int index = session (self) ? bil_session_get_selected_index (session (self)) : -1;

  g_clear_pointer (&self->plan, bil_figure_chart_plan_free);
  bil_item_view_clear (view, FALSE);
  bil_item_view_show_selected (view, &index);
  configure_adjustment (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void scroll_to (BilFigureChartView *self,
                       int                 index);

/* Another view (the table) or the program selected a figure. */
static void
bil_figure_chart_view_session_selection_changed (BilItemView *view)
{
  BilFigureChartView *self = BIL_FIGURE_CHART_VIEW (view);
  int index = session (self) ? bil_session_get_selected_index (session (self)) : -1;

  if (index == bil_figure_chart_view_get_selected (self))
    return;
  if (index >= 0)
    scroll_to (self, index);
  bil_item_view_show_selected (view, &index);
  update_accessible (self);
}

static void
adjustment_changed_cb (BilFigureChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (BilFigureChartView  *self,
                GtkAdjustment      **slot,
                GtkAdjustment       *adjustment)
{
  if (*slot == adjustment)
    return;
  if (*slot)
    g_signal_handlers_disconnect_by_data (*slot, self);
  g_set_object (slot, adjustment);
  if (adjustment)
    g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self);
  configure_adjustment (self);
}

static void
bil_figure_chart_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  BilFigureChartView *self = BIL_FIGURE_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  BilRenderStyle style;
  cairo_t *cr;
  BilFigureChartModel model = chart_model (self);

  if (model.refs == NULL || width <= 0 || height <= 0)
    return;
  bil_style_from_widget (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bil_render_set_color (cr, &style.background);
  cairo_paint (cr);
  bil_figure_chart_render (cr, width, height, scroll_y (self), &model, &style, &self->layout);

  /* The keyboard focus, on the selected bar. */
  if (gtk_widget_has_visible_focus (widget))
    {
      double fx, fy;

      if (bil_figure_chart_view_bar_center (self, bil_figure_chart_view_get_selected (self), &fx, &fy))
        {
          bil_render_set_color (cr, &style.accent);
          cairo_set_line_width (cr, 2);
          cairo_rectangle (cr, 3, fy - BIL_CHART_ROW_HEIGHT / 2 + 1, width - 6, BIL_CHART_ROW_HEIGHT - 2);
          cairo_stroke (cr);
        }
    }
  cairo_destroy (cr);
}

static void
bil_figure_chart_view_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  configure_adjustment (BIL_FIGURE_CHART_VIEW (widget));
}

static void
bil_figure_chart_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 360 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 400;
}

/* Scrolls so that bar @index is in view. */
static void
scroll_to (BilFigureChartView *self,
           int                 index)
{
  for (guint i = 0; self->vadjustment && i < 2; i++)
    {
      double x, y, header = self->layout.header_height;
      double height = gtk_widget_get_height (GTK_WIDGET (self));
      double value = gtk_adjustment_get_value (self->vadjustment);

      if (bil_figure_chart_view_bar_center (self, index, &x, &y))
        {
          if (y - BIL_CHART_ROW_HEIGHT / 2 < header)
            gtk_adjustment_set_value (self->vadjustment, value - (header - (y - BIL_CHART_ROW_HEIGHT / 2)));
          else if (y + BIL_CHART_ROW_HEIGHT / 2 > height)
            gtk_adjustment_set_value (self->vadjustment, value + (y + BIL_CHART_ROW_HEIGHT / 2 - height));
          return;
        }
      /* Not drawn yet: jump close, then settle on the next draw. */
      gtk_adjustment_set_value (self->vadjustment, MAX (0, index * BIL_CHART_ROW_HEIGHT - (height - header) / 2));
      return;
    }
}

void
bil_figure_chart_view_select (BilFigureChartView *self,
                              int                 index)
{
  GArray *refs;

  g_return_if_fail (BIL_IS_FIGURE_CHART_VIEW (self));
  refs = figures (self);
  if (refs == NULL || refs->len == 0)
    return;
  index = CLAMP (index, 0, (int) refs->len - 1);
  /* Only bars can be selected: skip figures with no US$ value. */
  while (index < (int) refs->len && !bil_figure_ref_is_drawable (&g_array_index (refs, BilFigureRef, index)))
    index++;
  if (index >= (int) refs->len)
    return;
  scroll_to (self, index);
  bil_item_view_select_item (BIL_ITEM_VIEW (self), &index);
}

int
bil_figure_chart_view_get_selected (BilFigureChartView *self)
{
  g_return_val_if_fail (BIL_IS_FIGURE_CHART_VIEW (self), -1);
  return *(const int *) bil_item_view_get_selected (BIL_ITEM_VIEW (self));
}

/* Where bar @index was last drawn, in widget coordinates. */
gboolean
bil_figure_chart_view_bar_center (BilFigureChartView *self,
                                  int                 index,
                                  double             *x,
                                  double             *y)
{
  for (guint i = 0; self->layout.rows && i < self->layout.rows->len; i++)
    {
      const BilChartRow *row = &g_array_index (self->layout.rows, BilChartRow, i);

      if ((int) row->ref == index && row->y >= self->layout.header_height - 1)
        {
          *x = row->x + row->width / 2;
          *y = row->y + row->height / 2;
          return TRUE;
        }
    }
  return FALSE;
}

/* The user (or bil_figure_chart_view_select ()) chose a bar: the session's
 * selection, which the table and the detail pane follow. */
static void
bil_figure_chart_view_selection_changed (BilItemView *view)
{
  BilFigureChartView *self = BIL_FIGURE_CHART_VIEW (view);
  GArray *refs = figures (self);
  int index = bil_figure_chart_view_get_selected (self);

  update_accessible (self);
  if (session (self))
    bil_session_select_figure (session (self), refs && index >= 0 && (guint) index < refs->len
                                               ? &g_array_index (refs, BilFigureRef, index) : NULL);
}

static gboolean
bil_figure_chart_view_lookup_item (BilItemView *view,
                                   double       x,
                                   double       y,
                                   gpointer     item)
{
  *(int *) item = bil_figure_chart_lookup (&BIL_FIGURE_CHART_VIEW (view)->layout, x, y);
  return TRUE;
}

static gboolean
bil_figure_chart_view_activate_item (BilItemView   *view,
                                     gconstpointer  item)
{
  BilFigureChartView *self = BIL_FIGURE_CHART_VIEW (view);
  GArray *refs = figures (self);
  int index = *(const int *) item;
  const BilFigureRef *ref;

  if (refs == NULL || refs->len == 0)
    return FALSE;
  /* Enter is the chart's whenever it has figures, a bar selected or not. */
  if (index < 0 || (guint) index >= refs->len)
    return TRUE;
  ref = &g_array_index (refs, BilFigureRef, index);
  /* The whole sentence: the evidence, with the figure highlighted in it. */
  bil_open_evidence (GTK_WIDGET (self), ref->article, ref->figure->sentence_start, ref->figure->sentence_end);
  return TRUE;
}

static gboolean
bil_figure_chart_view_query_item_tooltip (BilItemView   *view,
                                          gconstpointer  item,
                                          GtkTooltip    *tooltip)
{
  GArray *refs = figures (BIL_FIGURE_CHART_VIEW (view));
  int index = *(const int *) item;
  const BilFigureRef *ref;
  g_autofree char *label = NULL, *value = NULL, *sentence = NULL, *markup = NULL, *note = NULL;
  const char *text;

  if (refs == NULL || index < 0 || (guint) index >= refs->len)
    return FALSE;
  ref = &g_array_index (refs, BilFigureRef, index);
  label = bil_figure_label (ref->figure);
  value = bil_figure_value_label (ref->figure);
  text = bil_article_get_text (ref->article, NULL);
  sentence = g_strndup (text + ref->figure->sentence_start, ref->figure->sentence_end - ref->figure->sentence_start);
  note = bil_figure_check_note (ref->article, ref->figure);
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s%s\n\n<i>%s</i>\n<small>%s</small>\n\n<small>%s</small>",
                                    label, value,
                                    ref->conflict && ref->figure->preferred ? _(" — chosen where other sources disagree")
                                    : ref->conflict ? _(" — other sources disagree") : "",
                                    sentence, bil_article_get_title (ref->article), note);
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static gboolean
bil_figure_chart_view_key_pressed (BilItemView *view,
                                   guint        keyval)
{
  BilFigureChartView *self = BIL_FIGURE_CHART_VIEW (view);
  GArray *refs = figures (self);
  int n = refs ? (int) refs->len : 0;
  int page = MAX (1, (int) ((gtk_widget_get_height (GTK_WIDGET (self)) - self->layout.header_height) / BIL_CHART_ROW_HEIGHT));
  int selected = bil_figure_chart_view_get_selected (self);
  int next = selected;

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      next = selected < 0 ? 0 : selected + 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      next = MAX (0, selected - 1);
      /* Skip back over figures that are not bars. */
      while (next > 0 && !bil_figure_ref_is_drawable (&g_array_index (refs, BilFigureRef, next)))
        next--;
      break;
    case GDK_KEY_Page_Down:
      next = MAX (0, selected) + page;
      break;
    case GDK_KEY_Page_Up:
      next = MAX (0, selected - page);
      break;
    case GDK_KEY_Home:
      next = 0;
      break;
    case GDK_KEY_End:
      next = n - 1;
      while (next > 0 && !bil_figure_ref_is_drawable (&g_array_index (refs, BilFigureRef, next)))
        next--;
      break;
    default:
      return FALSE;
    }
  bil_figure_chart_view_select (self, MIN (next, n - 1));
  return TRUE;
}

static void
bil_figure_chart_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BilFigureChartView *self = BIL_FIGURE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT: g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT: g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_figure_chart_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BilFigureChartView *self = BIL_FIGURE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_figure_chart_view_dispose (GObject *object)
{
  BilFigureChartView *self = (BilFigureChartView *) object;

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  bil_figure_chart_layout_clear (&self->layout);
  g_clear_pointer (&self->plan, bil_figure_chart_plan_free);

  G_OBJECT_CLASS (bil_figure_chart_view_parent_class)->dispose (object);
}

static void
bil_figure_chart_view_class_init (BilFigureChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BilItemViewClass *item_view_class = BIL_ITEM_VIEW_CLASS (klass);

  object_class->dispose = bil_figure_chart_view_dispose;
  object_class->get_property = bil_figure_chart_view_get_property;
  object_class->set_property = bil_figure_chart_view_set_property;
  widget_class->snapshot = bil_figure_chart_view_snapshot;
  widget_class->size_allocate = bil_figure_chart_view_size_allocate;
  widget_class->measure = bil_figure_chart_view_measure;
  item_view_class->selection_changed = bil_figure_chart_view_selection_changed;
  item_view_class->selection_property = "selected-figure";
  item_view_class->session_changed = bil_figure_chart_view_session_changed;
  item_view_class->session_selection_changed = bil_figure_chart_view_session_selection_changed;
  item_view_class->lookup_item = bil_figure_chart_view_lookup_item;
  item_view_class->query_item_tooltip = bil_figure_chart_view_query_item_tooltip;
  item_view_class->activate_item = bil_figure_chart_view_activate_item;
  item_view_class->key_pressed = bil_figure_chart_view_key_pressed;
  /* A click on a bar opens its sentence. */
  item_view_class->press_activates = TRUE;
  bil_item_view_class_set_item (item_view_class, sizeof (int), &(int) { -1 });

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "figurechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bil_figure_chart_view_init (BilFigureChartView *self)
{
  bil_figure_chart_layout_init (&self->layout);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  g_signal_group_connect_swapped (bil_item_view_get_session_signals (BIL_ITEM_VIEW (self)), "notify::log-scale",
                                  G_CALLBACK (invalidate_plan), self);
  update_accessible (self);
}

GtkWidget *
bil_figure_chart_view_new (void)
{
  return g_object_new (BIL_TYPE_FIGURE_CHART_VIEW, NULL);
}

void
bil_figure_chart_view_set_session (BilFigureChartView *self,
                                   BilSession         *session)
{
  g_return_if_fail (BIL_IS_FIGURE_CHART_VIEW (self));
  bil_item_view_set_session (BIL_ITEM_VIEW (self), session);
}
