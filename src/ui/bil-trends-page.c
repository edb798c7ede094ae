/* bil-trends-page.c: the Trends page: its toolbar, its chart, its empty state
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window makes it the first time the page shows, not with the window:
 * the first frame never shows it. Its log-scale toggle is the session's,
 * as the Figures page's is; its Series list is the chart's to fill.
 */

#define G_LOG_DOMAIN "bil-trends-page"

#include "config.h"

#include "bil-trends-page.h"

struct _BilTrendsPage
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  GtkToggleButton *log_button;
  GtkListBox      *series_list;
  BilTrendsView   *view;

  BilSession      *session;
};

G_DEFINE_FINAL_TYPE (BilTrendsPage, bil_trends_page, GTK_TYPE_WIDGET)

/* The chart, or the empty state when no figure has a year and a US$ value.
 * Only for a page on screen: the model is slow at 100,000 figures, and a
 * hidden page looks again when it is shown. */
void
bil_trends_page_update (BilTrendsPage *self)
{
  const BilTrendsModel *model;

  g_return_if_fail (BIL_IS_TRENDS_PAGE (self));
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  model = bil_trends_view_get_model (self->view);
  gtk_stack_set_visible_child_name (self->stack, model && model->series->len > 0 ? "content" : "empty");
}

static void
bil_trends_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bil_trends_page_parent_class)->map (widget);
  bil_trends_page_update (BIL_TRENDS_PAGE (widget));
}

static void
bil_trends_page_dispose (GObject *object)
{
  BilTrendsPage *self = BIL_TRENDS_PAGE (object);

  if (self->session)
    g_signal_handlers_disconnect_by_data (self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_TRENDS_PAGE);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (bil_trends_page_parent_class)->dispose (object);
}

static void
bil_trends_page_class_init (BilTrendsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bil_trends_page_dispose;
  widget_class->map = bil_trends_page_map;
  g_type_ensure (BIL_TYPE_TRENDS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-trends-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BilTrendsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BilTrendsPage, log_button);
  gtk_widget_class_bind_template_child (widget_class, BilTrendsPage, series_list);
  gtk_widget_class_bind_template_child (widget_class, BilTrendsPage, view);
}

static void
bil_trends_page_init (BilTrendsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A page showing @session's figures. */
GtkWidget *
bil_trends_page_new (BilSession *session)
{
  BilTrendsPage *self;

  g_return_val_if_fail (BIL_IS_SESSION (session), NULL);
  self = g_object_new (BIL_TYPE_TRENDS_PAGE, NULL);
  self->session = g_object_ref (session);
  bil_item_view_set_session (BIL_ITEM_VIEW (self->view), session);
  bil_trends_view_set_series_list (self->view, self->series_list);
  g_object_bind_property (session, "log-scale", self->log_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (session, "changed", G_CALLBACK (bil_trends_page_update), self, G_CONNECT_SWAPPED);
  bil_trends_page_update (self);
  return GTK_WIDGET (self);
}

BilTrendsView *
bil_trends_page_get_view (BilTrendsPage *self)
{
  g_return_val_if_fail (BIL_IS_TRENDS_PAGE (self), NULL);
  return self->view;
}

GtkListBox *
bil_trends_page_get_series_list (BilTrendsPage *self)
{
  g_return_val_if_fail (BIL_IS_TRENDS_PAGE (self), NULL);
  return self->series_list;
}
