/* bil-window.c
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window holds the session (corpus, filter, selections: an object of
 * its template, which every view's "session" property names) and the load
 * in progress. Every click-through activates win.open-evidence, which the
 * window turns into the reader at that sentence, remembering where the
 * user came from for Back.
 */

#define G_LOG_DOMAIN "bil-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-application.h"
#include "bil-doubt.h"
#include "bil-figure-item.h"
#include "bil-window-private.h"

G_DEFINE_FINAL_TYPE (BilWindow, bil_window, ADW_TYPE_APPLICATION_WINDOW)

static void
place_clear (gpointer data)
{
  Place *place = data;

  g_free (place->page);
  g_clear_object (&place->article);
}

/* The bottom switcher is only revealed in a narrow window: it gets the
 * stack, and so its buttons, the first time it is, rather than building
 * them with every window. */
static void
switcher_bar_revealed_cb (BilWindow *self)
{
  if (adw_view_switcher_bar_get_reveal (self->switcher_bar) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
}


/* ---- places and Back --------------------------------------------------- */

static void
push_place (BilWindow *self)
{
  Place place = { 0 };

  if (self->restoring)
    return;
  place.page = g_strdup (adw_view_stack_get_visible_child_name (self->view_stack));
  place.article = bil_reader_get_article (self->reader) ? g_object_ref (bil_reader_get_article (self->reader)) : NULL;
  place.start = self->reader_start;
  place.end = self->reader_end;
  g_array_append_val (self->history, place);
  bil_window_update_actions (self);
}

void
bil_window_show_evidence (BilWindow  *self,
               BilArticle *article,
               gsize       start,
               gsize       end)
{
  push_place (self);
  self->reader_start = start;
  self->reader_end = end;
  bil_reader_show (self->reader, article, start, end);
  gtk_stack_set_visible_child_name (self->article_stack, "content");
  adw_view_stack_set_visible_child_name (self->view_stack, "article");
  gtk_widget_grab_focus (GTK_WIDGET (bil_reader_get_text_view (self->reader)));
}

/* ---- the sidebar ------------------------------------------------------- */

static void
article_selected_cb (BilWindow  *self,
                     BilArticle *article)
{
  if (self->restoring)
    return;
  if (article == bil_reader_get_article (self->reader) &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "article") == 0)
    return;
  bil_window_show_evidence (self, article, 0, 0);
}

/* ---- the figures table and the detail pane ----------------------------- */

static void detail_close_cb (BilWindow *self);

/* Made when first needed: most sessions start without it, and building its
 * form would delay the first frame. */
static BilFigureDetail *
ensure_detail (BilWindow *self)
{
  if (self->figure_detail == NULL)
    {
      self->figure_detail = g_object_new (BIL_TYPE_FIGURE_DETAIL, "width-request", 380, NULL);
      bil_figure_detail_set_session (self->figure_detail, self->session);
      g_signal_connect_swapped (self->figure_detail, "close", G_CALLBACK (detail_close_cb), self);
      gtk_box_append (self->detail_box, GTK_WIDGET (self->figure_detail));
    }
  return self->figure_detail;
}

/* The detail pane on an amount: a figure of the corpus, or one to add. */
void
bil_window_open_detail (BilWindow  *self,
                        BilArticle *article,
                        gsize       start,
                        gsize       end,
                        gboolean    adding)
{
  bil_figure_detail_show (ensure_detail (self), article, start, end, adding);
  gtk_revealer_set_reveal_child (self->detail_revealer, TRUE);
}

/* The session's selected figure, from the chart, the table or a test: the
 * detail pane opens on it. */
static void
selected_figure_cb (BilWindow *self)
{
  const BilFigureRef *ref = bil_session_get_selected_ref (self->session);

  if (ref != NULL)
    bil_window_open_detail (self, ref->article, ref->figure->money.start, ref->figure->money.end, FALSE);
}

static void
detail_close_cb (BilWindow *self)
{
  gtk_revealer_set_reveal_child (self->detail_revealer, FALSE);
  bil_session_select_figure (self->session, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (bil_figure_table_get_column_view (self->figure_table)));
}

/* ---- the map's evidence ------------------------------------------------ */

/* What the session's selected country or pair rests on, beside the map. */
static void
show_place_evidence (BilWindow *self)
{
  g_autoptr(GArray) evidence = bil_partnership_map_get_evidence (self->partnership_map);
  g_autofree char *title = bil_partnership_map_describe (self->partnership_map,
                                                         bil_partnership_map_get_selected (self->partnership_map));

  bil_evidence_list_show (self->evidence_list, title, evidence);
}

/* ---- the Trends page ---------------------------------------------------- */

/* Made the first time it is needed, not with the window: the first frame
 * never shows it. */
static BilTrendsPage *
ensure_trends_page (BilWindow *self)
{
  if (self->trends_page == NULL)
    {
      self->trends_page = BIL_TRENDS_PAGE (bil_trends_page_new (self->session));
      adw_bin_set_child (self->trends_bin, GTK_WIDGET (self->trends_page));
    }
  return self->trends_page;
}

/* ---- the session changed ----------------------------------------------- */

/* Positions in the figures: the most doubtful first, the chart's order
 * among equals. */
static int
compare_confidence (gconstpointer a,
                    gconstpointer b,
                    gpointer      figures)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  double cx = bil_figure_confidence (g_array_index ((GArray *) figures, BilFigureRef, x).figure);
  double cy = bil_figure_confidence (g_array_index ((GArray *) figures, BilFigureRef, y).figure);

  if (cx != cy)
    return cx < cy ? -1 : 1;
  return (x > y) - (x < y);
}

/* The map's and the grid's models are built when their page shows: at
 * 100,000 articles each takes a few hundred milliseconds. */
static void
update_hidden_views (BilWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "map") == 0)
    {
      const BilMapModel *map = bil_session_get_map_model (self->session);
      gtk_stack_set_visible_child_name (self->map_stack, map && map->arcs->len > 0 ? "content" : "empty");
      show_place_evidence (self);
    }
  else if (g_strcmp0 (page, "sectors") == 0)
    {
      const BilGridModel *grid = bil_session_get_grid_model (self->session);
      gtk_stack_set_visible_child_name (self->sectors_stack, grid && grid->rows->len > 0 ? "content" : "empty");
    }
  /* The page shows its chart or its empty state itself, when mapped. */
  else if (g_strcmp0 (page, "trends") == 0)
    ensure_trends_page (self);
}

static void
session_changed_cb (BilWindow *self)
{
  GArray *figures = bil_session_get_figures (self->session);
  guint plotted = 0;
  g_autofree char *filter = bil_filter_describe (bil_session_get_filter (self->session));
  g_autofree char *summary = NULL;

  for (guint i = 0; figures && i < figures->len; i++)
    plotted += bil_figure_ref_is_drawable (&g_array_index (figures, BilFigureRef, i));
  {
    g_autoptr(GArray) order = NULL;

    /* Needs review: the most doubtful first. */
    if (figures && bil_session_get_needs_review (self->session))
      {
        order = g_array_sized_new (FALSE, FALSE, sizeof (guint), figures->len);
        for (guint i = 0; i < figures->len; i++)
          g_array_append_val (order, i);
        g_array_sort_with_data (order, compare_confidence, figures);
      }
    bil_figure_table_set_figures (self->figure_table, figures, order);
  }
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure in US$ (%u listed) · %s",
                                          "%u figures in US$ (%u listed) · %s", plotted),
                             plotted, figures ? figures->len : 0, filter);
  gtk_label_set_text (self->figures_summary, summary);
  gtk_stack_set_visible_child_name (self->figures_stack, figures && figures->len > 0 ? "content" : "empty");
  update_hidden_views (self);
  bil_article_sidebar_refilter (self->article_sidebar);
}

/* Empties the filter; the filter bar follows it. */
void
bil_window_clear_filter (BilWindow *self)
{
  bil_filter_clear (bil_session_get_filter (self->session));
}

BilCorpus *
bil_window_get_corpus (BilWindow *self)
{
  g_return_val_if_fail (BIL_IS_WINDOW (self), NULL);
  return bil_session_get_corpus (self->session);
}

BilSession *
bil_window_get_session (BilWindow *self)
{
  g_return_val_if_fail (BIL_IS_WINDOW (self), NULL);
  return self->session;
}

gboolean
bil_window_get_loading (BilWindow *self)
{
  g_return_val_if_fail (BIL_IS_WINDOW (self), FALSE);
  return self->loader != NULL;
}

void
bil_window_select_article (BilWindow *self,
                           guint      position)
{
  g_return_if_fail (BIL_IS_WINDOW (self));
  bil_article_sidebar_select (self->article_sidebar, position);
}

const char *
bil_window_get_page (BilWindow *self)
{
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
bil_window_set_page (BilWindow  *self,
                     const char *page)
{
  adw_view_stack_set_visible_child_name (self->view_stack, page);
}

GtkTextView *
bil_window_get_reader (BilWindow *self)
{
  g_return_val_if_fail (BIL_IS_WINDOW (self), NULL);
  return bil_reader_get_text_view (self->reader);
}

GtkWidget *
bil_window_get_view (BilWindow  *self,
                     const char *name)
{
  if (g_strcmp0 (name, "figures") == 0)
    return GTK_WIDGET (self->figure_chart);
  if (g_strcmp0 (name, "table") == 0)
    return GTK_WIDGET (bil_figure_table_get_column_view (self->figure_table));
  if (g_strcmp0 (name, "map") == 0)
    return GTK_WIDGET (self->partnership_map);
  if (g_strcmp0 (name, "sectors") == 0)
    return GTK_WIDGET (self->sector_grid);
  if (g_strcmp0 (name, "reader") == 0)
    return GTK_WIDGET (self->reader);
  if (g_strcmp0 (name, "evidence") == 0)
    return GTK_WIDGET (bil_evidence_list_get_list_box (self->evidence_list));
  if (g_strcmp0 (name, "detail") == 0)
    return GTK_WIDGET (ensure_detail (self));
  if (g_strcmp0 (name, "conflicts") == 0)
    return GTK_WIDGET (self->conflict_view);
  if (g_strcmp0 (name, "trends") == 0)
    return GTK_WIDGET (bil_trends_page_get_view (ensure_trends_page (self)));
  if (g_strcmp0 (name, "trends-series") == 0)
    return GTK_WIDGET (bil_trends_page_get_series_list (ensure_trends_page (self)));
  if (g_strcmp0 (name, "needs-review") == 0)
    return GTK_WIDGET (self->review_button);
  return NULL;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         BilWindow     *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;
  bil_window_open_files (self, (GFile **) files->pdata, (int) files->len);
  return TRUE;
}

static void
grouping_changed_cb (BilWindow *self)
{
  bil_session_set_grouping (self->session, (BilGrouping) gtk_drop_down_get_selected (self->grouping_drop));
}

static void
bil_window_dispose (GObject *object)
{
  BilWindow *self = (BilWindow *) object;

  /* Closing the window stops its work. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loader);
  g_clear_object (&self->chooser);
  if (self->session)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->session)
    g_signal_handlers_disconnect_by_data (bil_session_get_filter (self->session), self);
  g_clear_pointer (&self->review_notes, g_hash_table_unref);
  g_clear_pointer (&self->history, g_array_unref);
  g_clear_pointer (&self->help_overlay, gtk_window_destroy);
  g_clear_pointer (&self->select_path, g_free);
  g_clear_handle_id (&self->loading_page_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_WINDOW);
  self->figure_detail = NULL;   /* went with detail_box */
  self->trends_page = NULL;     /* went with trends_bin */
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bil_window_parent_class)->dispose (object);
}

static void
bil_window_class_init (BilWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  object_class->dispose = bil_window_dispose;

  g_signal_new ("report-exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /**
   * BilWindow::data-exported:
   * @path: the file
   * @ok: whether it was written
   *
   * Export Data… finished (bil_window_export_data ()).
   */
  g_signal_new ("data-exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /**
   * BilWindow::corpus-shown:
   * @corpus: the corpus the views now show
   *
   * A corpus finished loading and reached the views (their next frame
   * draws it).
   */
  g_signal_new ("corpus-shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 1, BIL_TYPE_CORPUS);

  g_type_ensure (BIL_TYPE_SESSION);
  g_type_ensure (BIL_TYPE_FIGURE_CHART_VIEW);

  g_type_ensure (BIL_TYPE_PARTNERSHIP_MAP);
  g_type_ensure (BIL_TYPE_SECTOR_GRID_VIEW);
  g_type_ensure (BIL_TYPE_READER);
  g_type_ensure (BIL_TYPE_CONFLICT_VIEW);
  g_type_ensure (BIL_TYPE_ARTICLE_SIDEBAR);
  g_type_ensure (BIL_TYPE_EVIDENCE_LIST);
  g_type_ensure (BIL_TYPE_FIGURE_TABLE);
  g_type_ensure (BIL_TYPE_FILTER_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BilWindow, name)
  BIND (toast_overlay);
  BIND (corpus_title);
  BIND (switcher_title);
  BIND (switcher_bar);
  BIND (progress_revealer);
  BIND (progress_bar);
  BIND (article_sidebar);
  BIND (filter_bar);
  BIND (main_stack);
  BIND (view_stack);
  BIND (review_button);
  BIND (detail_revealer);
  BIND (detail_box);
  BIND (conflict_view);
  BIND (figures_stack);
  BIND (map_stack);
  BIND (sectors_stack);
  BIND (article_stack);
  BIND (log_button);
  BIND (grouping_drop);
  BIND (figures_summary);
  BIND (figure_chart);
  BIND (figure_table);
  BIND (partnership_map);
  BIND (evidence_list);
  BIND (sector_grid);
  BIND (reader);
  BIND (session);
  BIND (trends_bin);
#undef BIND

  bil_window_class_add_actions (widget_class);
}

/* Never open larger than the screen: 1024×600 netbooks exist. */
static void
fit_default_size (BilWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_n_items (monitors) ? g_list_model_get_item (monitors, 0) : NULL;
  GdkRectangle area;
  int width, height;

  if (monitor == NULL)
    return;
  gdk_monitor_get_geometry (monitor, &area);
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (area.width > 0 && area.height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), MIN (width, area.width), MIN (height, area.height));
}

static void
style_changed_cb (BilWindow *self)
{
  /* The charts read the theme's colours each time they draw. */
  gtk_widget_queue_draw (GTK_WIDGET (self->figure_chart));
  gtk_widget_queue_draw (GTK_WIDGET (self->partnership_map));
  gtk_widget_queue_draw (GTK_WIDGET (self->sector_grid));
  if (self->trends_page)
    gtk_widget_queue_draw (GTK_WIDGET (bil_trends_page_get_view (self->trends_page)));
  bil_reader_style_changed (self->reader);
}

static void
bil_window_init (BilWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = g_array_new (FALSE, TRUE, sizeof (Place));
  g_array_set_clear_func (self->history, place_clear);
  self->review_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect_swapped (self->session, "changed", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (self->session, "notify::selected-figure", G_CALLBACK (selected_figure_cb), self);
  g_signal_connect_swapped (self->session, "notify::selected-place", G_CALLBACK (show_place_evidence), self);

  g_signal_connect_swapped (self->article_sidebar, "article-selected", G_CALLBACK (article_selected_cb), self);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name", G_CALLBACK (update_hidden_views), self);
  g_signal_connect_swapped (self->switcher_bar, "notify::reveal", G_CALLBACK (switcher_bar_revealed_cb), self);
  switcher_bar_revealed_cb (self);
  g_object_bind_property (self->review_button, "active", self->session, "needs-review", G_BINDING_DEFAULT);

  bil_filter_bar_set_filter (self->filter_bar, bil_session_get_filter (self->session));
  g_signal_connect_swapped (self->grouping_drop, "notify::selected", G_CALLBACK (grouping_changed_cb), self);
  /* One scale for the figures and the trends: the toggles are the session's. */
  g_object_bind_property (self->session, "log-scale", self->log_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);


  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (style_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast", G_CALLBACK (style_changed_cb),
                           self, G_CONNECT_SWAPPED);

  session_changed_cb (self);
  bil_window_update_actions (self);
  fit_default_size (self);
}

static gboolean
close_request_cb (BilWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return FALSE;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  return FALSE;
}

static void
view_changed_cb (BilWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->settings && name && !self->restoring && bil_session_get_corpus (self->session))
    g_settings_set_string (self->settings, "view", name);
}

/* Size, maximized state, scale and view as the user left them. */
static void
apply_settings (BilWindow *self,
                GSettings *settings)
{
  self->settings = g_object_ref (settings);
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  fit_default_size (self);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (settings, "log-scale", self->log_button, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name", G_CALLBACK (view_changed_cb), self);
}

BilWindow *
bil_window_new (BilApplication *application)
{
  BilWindow *self = g_object_new (BIL_TYPE_WINDOW, "application", application, NULL);

  if (application && bil_application_get_settings (application))
    apply_settings (self, bil_application_get_settings (application));
  return self;
}
