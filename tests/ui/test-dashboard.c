/* test-dashboard.c: the views on the seeds, driven as a user would, in a
 * real window (run under xvfb-run)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bil-figure-chart-view.h"
#include "bil-figure-item.h"
#include "bil-partnership-map.h"
#include "bil-reader.h"
#include "bil-sector-grid-view.h"
#include "bil-trends-view.h"
#include "bil-test-corpus.h"
#include "bil-window.h"

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static BilWindow *
window_on_seeds (void)
{
  BilWindow *window = bil_window_new (NULL);
  double x, y;
  gint64 deadline;

  gtk_window_set_default_size (GTK_WINDOW (window), 1440, 900);
  gtk_window_present (GTK_WINDOW (window));
  bil_window_ensure_corpus (window);
  while (bil_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
  /* Until the chart has drawn its first bar (slow machines, sanitizers). */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!bil_figure_chart_view_bar_center (BIL_FIGURE_CHART_VIEW (bil_window_get_view (window, "figures")), 0, &x, &y) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin (100);
  return window;
}

/* The widget's own click gesture, fired at a point, as libshumate's tests do. */
static void
click (GtkWidget *widget,
       double     x,
       double     y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "pressed", 1, x, y);
          return;
        }
    }
  g_assert_not_reached ();
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static char *
selected_text (BilWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (bil_window_get_reader (window));
  GtkTextIter a, b, cursor;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return NULL;
  /* The cursor sits at the start of the selection. */
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_true (gtk_text_iter_equal (&cursor, &a));
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}

static void
test_click_bar_opens_sentence (void)
{
  BilWindow *window = window_on_seeds ();
  BilFigureChartView *chart = BIL_FIGURE_CHART_VIEW (bil_window_get_view (window, "figures"));
  GArray *figures = bil_session_get_figures (bil_window_get_session (window));
  const BilFigureRef *first = &g_array_index (figures, BilFigureRef, 0);
  BilReader *reader = BIL_READER (bil_window_get_view (window, "reader"));
  g_autofree char *selection = NULL;
  double x, y;

  g_assert_cmpstr (bil_window_get_page (window), ==, "figures");
  g_assert_true (bil_figure_chart_view_bar_center (chart, 0, &x, &y));
  click (GTK_WIDGET (chart), x, y);
  spin (100);

  g_assert_cmpstr (bil_window_get_page (window), ==, "article");
  g_assert_true (bil_reader_get_article (reader) == first->article);
  selection = selected_text (window);
  g_assert_nonnull (selection);
  /* The largest seed figure: "$750 billion", in its sentence. */
  g_assert_nonnull (strstr (selection, "$750 billion"));
  g_assert_true (g_str_has_prefix (selection, "Japan is looking to strengthen economic ties with the US"));

  /* Back returns to the chart. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (bil_window_get_page (window), ==, "figures");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_chart (void)
{
  BilWindow *window = window_on_seeds ();
  GtkWidget *chart = bil_window_get_view (window, "figures");
  BilReader *reader = BIL_READER (bil_window_get_view (window, "reader"));
  GArray *figures = bil_session_get_figures (bil_window_get_session (window));
  g_autofree char *selection = NULL;

  gtk_widget_grab_focus (chart);
  g_assert_true (gtk_widget_has_focus (chart));
  g_assert_true (press_key (chart, GDK_KEY_Down));
  g_assert_true (press_key (chart, GDK_KEY_Down));
  g_assert_cmpint (bil_figure_chart_view_get_selected (BIL_FIGURE_CHART_VIEW (chart)), ==, 1);
  g_assert_true (press_key (chart, GDK_KEY_Return));
  spin (100);
  g_assert_cmpstr (bil_window_get_page (window), ==, "article");
  g_assert_true (bil_reader_get_article (reader) == g_array_index (figures, BilFigureRef, 1).article);
  selection = selected_text (window);
  g_assert_nonnull (strstr (selection, "US$236.4 billion"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_map_arc_evidence (void)
{
  BilWindow *window = window_on_seeds ();
  BilPartnershipMap *map = BIL_PARTNERSHIP_MAP (bil_window_get_view (window, "map"));
  const BilMapModel *model;
  GtkListBox *evidence = GTK_LIST_BOX (bil_window_get_view (window, "evidence"));
  GtkListBoxRow *row;
  int arc;
  double x, y;

  bil_window_set_page (window, "map");
  spin (300);
  model = bil_session_get_map_model (bil_window_get_session (window));
  arc = bil_test_map_arc (model, "JP", "US", BIL_STANCE_COOPERATION);
  g_assert_cmpint (arc, >=, 0);
  g_assert_true (bil_partnership_map_arc_point (map, (guint) arc, &x, &y));
  click (GTK_WIDGET (map), x, y);
  spin (50);
  g_assert_cmpint (bil_partnership_map_get_selected (map).kind, ==, BIL_MAP_HIT_ARC);
  g_assert_cmpint (bil_partnership_map_get_selected (map).index, ==, arc);

  row = gtk_list_box_get_row_at_index (evidence, 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (evidence, "row-activated", row);
  spin (100);
  g_assert_cmpstr (bil_window_get_page (window), ==, "article");
  {
    g_autofree char *selection = selected_text (window);
    g_assert_nonnull (selection);
    g_assert_true (strstr (selection, "Japan") || strstr (selection, "US") || strstr (selection, "American"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_grid_cell (void)
{
  BilWindow *window = window_on_seeds ();
  GtkWidget *grid = bil_window_get_view (window, "sectors");

  bil_window_set_page (window, "sectors");
  spin (300);
  gtk_widget_grab_focus (grid);
  g_assert_true (press_key (grid, GDK_KEY_Right));   /* selects the first cell */
  g_assert_cmpint (bil_sector_grid_view_get_selected (BIL_SECTOR_GRID_VIEW (grid)).row, ==, 0);
  g_assert_true (press_key (grid, GDK_KEY_Return));
  spin (100);
  g_assert_cmpstr (bil_window_get_page (window), ==, "article");
  g_assert_nonnull (selected_text (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_figure (const BilFigureRef *ref,
           const BilSelection *selection)
{
  return selection->kind == BIL_SELECTION_FIGURE && ref->article == selection->article &&
         ref->figure->money.start == selection->start && ref->figure->money.end == selection->end;
}

/* The selection is the session's, by identity: the chart, the table and
 * the map follow it through a re-sort and a filter that hides it, and it
 * comes back when the filter does. */
static void
test_selection_in_session (void)
{
  BilWindow *window = window_on_seeds ();
  BilSession *session = bil_window_get_session (window);
  BilFigureChartView *chart = BIL_FIGURE_CHART_VIEW (bil_window_get_view (window, "figures"));
  GtkColumnView *table = GTK_COLUMN_VIEW (bil_window_get_view (window, "table"));
  GtkSingleSelection *rows = GTK_SINGLE_SELECTION (gtk_column_view_get_model (table));
  BilPartnershipMap *map = BIL_PARTNERSHIP_MAP (bil_window_get_view (window, "map"));
  BilFigureRef chosen;
  const BilSelection *selected;
  GArray *figures;
  int arc;

  /* The third bar, from the keyboard: the session's figure, and the table's row. */
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  for (int i = 0; i < 3; i++)
    g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Down));
  figures = bil_session_get_figures (session);
  chosen = g_array_index (figures, BilFigureRef, 2);
  selected = bil_session_get_selected_figure (session);
  g_assert_true (is_figure (&chosen, selected));
  g_assert_nonnull (gtk_single_selection_get_selected_item (rows));
  g_assert_true (bil_figure_item_get_ref (gtk_single_selection_get_selected_item (rows))->article == chosen.article);

  /* Sorted another way, one that moves it: the same figure, wherever its
   * bar now is. */
  for (BilGrouping g = BIL_GROUP_PAIR; g <= BIL_GROUP_YEAR; g++)
    {
      bil_session_set_grouping (session, g);
      if (bil_session_get_selected_index (session) != 2)
        break;
    }
  spin (50);
  figures = bil_session_get_figures (session);
  g_assert_cmpint (bil_session_get_selected_index (session), !=, 2);
  g_assert_cmpint (bil_figure_chart_view_get_selected (chart), >=, 0);
  g_assert_true (is_figure (&g_array_index (figures, BilFigureRef, bil_figure_chart_view_get_selected (chart)),
                            bil_session_get_selected_figure (session)));

  /* A filter that hides it: no bar selected, the session keeps it. */
  bil_filter_set_metric (bil_session_get_filter (session),
                         chosen.figure->metric == BIL_METRIC_TRADE ? "aid" : "trade");
  spin (50);
  g_assert_cmpint (bil_figure_chart_view_get_selected (chart), ==, -1);
  g_assert_null (bil_session_get_selected_ref (session));
  g_assert_cmpint (bil_session_get_selected_figure (session)->kind, ==, BIL_SELECTION_FIGURE);
  bil_filter_clear (bil_session_get_filter (session));
  spin (50);
  figures = bil_session_get_figures (session);
  g_assert_cmpint (bil_figure_chart_view_get_selected (chart), >=, 0);
  g_assert_true (is_figure (&g_array_index (figures, BilFigureRef, bil_figure_chart_view_get_selected (chart)),
                            bil_session_get_selected_figure (session)));

  /* A row chosen in the table is the chart's bar. */
  gtk_single_selection_set_selected (rows, 0);
  spin (50);
  g_assert_true (is_figure (&g_array_index (figures, BilFigureRef, bil_figure_chart_view_get_selected (chart)),
                            bil_session_get_selected_figure (session)));
  g_assert_true (bil_figure_item_get_ref (gtk_single_selection_get_selected_item (rows))->article ==
                 bil_session_get_selected_figure (session)->article);

  /* The map's pair, by its codes, through a filter that keeps it. */
  bil_window_set_page (window, "map");
  spin (300);
  arc = bil_test_map_arc (bil_session_get_map_model (session), "JP", "US", BIL_STANCE_COOPERATION);
  g_assert_cmpint (arc, >=, 0);
  bil_partnership_map_select (map, (BilMapHit) { BIL_MAP_HIT_ARC, arc });
  selected = bil_session_get_selected_place (session);
  g_assert_cmpint (selected->kind, ==, BIL_SELECTION_PAIR);
  g_assert_cmpstr (selected->a, ==, "JP");
  g_assert_cmpstr (selected->b, ==, "US");
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (bil_window_get_view (window, "evidence")), 0));
  bil_filter_set_country (bil_session_get_filter (session), "US");
  spin (100);
  arc = bil_test_map_arc (bil_session_get_map_model (session), "JP", "US", BIL_STANCE_COOPERATION);
  g_assert_cmpint (bil_partnership_map_get_selected (map).kind, ==, BIL_MAP_HIT_ARC);
  g_assert_cmpint (bil_partnership_map_get_selected (map).index, ==, arc);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (bil_window_get_view (window, "evidence")), 0));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Trends page: a click on a point opens its sentence as a bar does,
 * the keys walk the points, a series unticked is not drawn. */
static void
test_trends_page (void)
{
  BilWindow *window = window_on_seeds ();
  BilTrendsView *trends = BIL_TRENDS_VIEW (bil_window_get_view (window, "trends"));
  GtkListBox *series = GTK_LIST_BOX (bil_window_get_view (window, "trends-series"));
  BilReader *reader = BIL_READER (bil_window_get_view (window, "reader"));
  GArray *figures = bil_session_get_figures (bil_window_get_session (window));
  const BilTrendsModel *model;
  const BilTrendSeries *first;
  const BilFigureRef *ref;
  BilTrendsItem item = { 0, 0 };
  double x, y;
  gint64 deadline;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "trends");
  g_assert_cmpstr (bil_window_get_page (window), ==, "trends");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!bil_trends_view_point_center (trends, item, &x, &y) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  model = bil_trends_view_get_model (trends);
  g_assert_nonnull (model);
  g_assert_cmpuint (model->series->len, >, 0);
  first = &g_array_index (model->series, BilTrendSeries, 0);
  ref = &g_array_index (figures, BilFigureRef, g_array_index (first->points, BilTrendPoint, 0).ref);

  /* A real click on the first series' first point. */
  g_assert_true (bil_trends_view_point_center (trends, item, &x, &y));
  click (GTK_WIDGET (trends), x, y);
  spin (100);
  g_assert_cmpstr (bil_window_get_page (window), ==, "article");
  g_assert_true (bil_reader_get_article (reader) == ref->article);
  {
    g_autofree char *selection = selected_text (window);
    const char *text = bil_article_get_text (ref->article, NULL);
    g_autofree char *sentence = g_strndup (text + ref->figure->sentence_start,
                                           ref->figure->sentence_end - ref->figure->sentence_start);

    g_assert_cmpstr (selection, ==, sentence);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (bil_window_get_page (window), ==, "trends");
  spin (100);

  /* The keys: Down to the next series, Enter opens its point. */
  gtk_widget_grab_focus (GTK_WIDGET (trends));
  g_assert_true (press_key (GTK_WIDGET (trends), GDK_KEY_Home));
  g_assert_cmpint (bil_trends_view_get_selected (trends).series, ==, 0);
  if (model->series->len > 1)
    {
      g_assert_true (press_key (GTK_WIDGET (trends), GDK_KEY_Down));
      g_assert_cmpint (bil_trends_view_get_selected (trends).series, ==, 1);
    }
  /* The session's figure is the point's. */
  g_assert_true (bil_session_get_selected_ref (bil_window_get_session (window))->figure ==
                 g_array_index (figures, BilFigureRef,
                                g_array_index (g_array_index (model->series, BilTrendSeries,
                                                              bil_trends_view_get_selected (trends).series).points,
                                               BilTrendPoint, bil_trends_view_get_selected (trends).point).ref).figure);

  /* Unticked in the list: not drawn. */
  {
    GtkWidget *check = gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (series, 0));

    g_assert_true (GTK_IS_CHECK_BUTTON (check));
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
    spin (100);
    g_assert_false (bil_trends_view_get_series_shown (trends, 0));
    g_assert_false (bil_trends_view_point_center (trends, item, &x, &y));
  }

  /* The filter narrows the series as it does every view. */
  bil_filter_set_metric (bil_session_get_filter (bil_window_get_session (window)), "fdi");
  spin (100);
  model = bil_trends_view_get_model (trends);
  g_assert_cmpuint (model->series->len, >, 0);
  for (guint s = 0; s < model->series->len; s++)
    g_assert_cmpint (g_array_index (model->series, BilTrendSeries, s).metric, ==, BIL_METRIC_FDI);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* One filter: every view shows what it lets through, and nothing else. */
static void
test_filter_everywhere (void)
{
  BilWindow *window = window_on_seeds ();
  BilSession *session = bil_window_get_session (window);
  BilFilter *filter = bil_session_get_filter (session);
  GArray *figures;
  const BilMapModel *map;
  const BilGridModel *grid;
  int us = bil_lexicon_lookup_entity (bil_lexicon_get_default (), "US");
  GtkColumnView *table = GTK_COLUMN_VIEW (bil_window_get_view (window, "table"));

  bil_filter_set_country (filter, "US");
  spin (100);
  figures = bil_session_get_figures (session);
  g_assert_cmpuint (figures->len, ==, 2);
  for (guint i = 0; i < figures->len; i++)
    {
      const BilFigure *f = g_array_index (figures, BilFigureRef, i).figure;
      g_assert_true (f->from == us || f->to == us);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))), ==, figures->len);

  map = bil_session_get_map_model (session);
  g_assert_cmpuint (map->arcs->len, >, 0);
  for (guint i = 0; i < map->arcs->len; i++)
    {
      const BilMapArc *a = &g_array_index (map->arcs, BilMapArc, i);
      g_assert_true (g_array_index (map->nodes, BilMapNode, a->a).entity == us ||
                     g_array_index (map->nodes, BilMapNode, a->b).entity == us);
    }
  grid = bil_session_get_grid_model (session);
  for (guint i = 0; i < grid->rows->len; i++)
    {
      const BilGridRow *row = &g_array_index (grid->rows, BilGridRow, i);
      g_assert_true (row->a == us || row->b == us);
    }

  bil_filter_clear (filter);
  spin (50);
  g_assert_cmpuint (bil_session_get_figures (session)->len, ==, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* At 1024×600 nothing needs more room than the window has. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found)
        return found;
    }
  return NULL;
}

static guint
count_descendants (GtkWidget *widget,
                   GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_descendants (child, type);
  return n;
}

static void
test_small_window (void)
{
  BilWindow *window = window_on_seeds ();
  const char *pages[] = { "figures", "map", "sectors", "article", "trends" };
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  GtkWidget *bar = find_descendant (content, ADW_TYPE_VIEW_SWITCHER_BAR);
  GtkWidget *stack = find_descendant (content, ADW_TYPE_VIEW_STACK);

  /* Wide, the switcher is in the header bar; the bottom one has not even
   * been given the stack (it would build its buttons for nothing). */
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  g_assert_null (adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (bar)));

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  spin (300);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      int min_w, min_h;

      bil_window_set_page (window, pages[i]);
      spin (100);
      gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, 1024, &min_h, NULL, NULL, NULL);
      g_test_message ("%s: minimum %d×%d", pages[i], min_w, min_h);
      if (min_w > 1024 || min_h > 600)
        g_error ("%s page needs %d×%d, more than 1024×600", pages[i], min_w, min_h);
    }

  /* Too narrow for the switcher in the header bar: the one at the bottom
   * came in, with a button for every page. */
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  g_assert_true (adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (bar)) == ADW_VIEW_STACK (stack));
  g_assert_cmpuint (count_descendants (bar, GTK_TYPE_TOGGLE_BUTTON), ==, 6);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
exported_cb (BilWindow  *window,
             const char *path,
             gboolean    ok,
             gboolean   *done)
{
  g_assert_true (ok);
  *done = TRUE;
}

/* Export from the window: off the main thread, with the window's filter. */
static void
test_export_from_window (void)
{
  BilWindow *window = window_on_seeds ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-ui-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "seeds.png", NULL);
  gboolean done = FALSE;
  cairo_surface_t *png;

  bil_filter_set_metric (bil_session_get_filter (bil_window_get_session (window)), "fdi");
  g_signal_connect (window, "report-exported", G_CALLBACK (exported_cb), &done);
  bil_window_export_report (window, path, "Seeds, FDI only", 1, 0);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1100);
  cairo_surface_destroy (png);
  g_remove (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* No blinking cursor: with no window manager under Xvfb, the blink timer
   * of an entry in a dialog can fire while the main window holds the X
   * focus, which GTK reports as a warning ("GtkText - did not receive a
   * focus-out event") that the test framework makes fatal. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  g_test_add_func ("/ui/dashboard/click-bar-opens-sentence", test_click_bar_opens_sentence);
  g_test_add_func ("/ui/dashboard/keyboard-chart", test_keyboard_chart);
  g_test_add_func ("/ui/dashboard/map-arc-evidence", test_map_arc_evidence);
  g_test_add_func ("/ui/dashboard/grid-cell", test_grid_cell);
  g_test_add_func ("/ui/dashboard/filter-everywhere", test_filter_everywhere);
  g_test_add_func ("/ui/dashboard/selection-in-session", test_selection_in_session);
  g_test_add_func ("/ui/dashboard/trends-page", test_trends_page);
  g_test_add_func ("/ui/dashboard/small-window", test_small_window);
  g_test_add_func ("/ui/dashboard/export-from-window", test_export_from_window);

  return g_test_run ();
}
