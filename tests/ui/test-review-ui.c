/* test-review-ui.c: checking and correcting figures in a real window, as a
 * user would: select, read the trail, correct, undo, reject, add from the
 * reader's selection, choose between disagreeing sources (run under
 * xvfb-run)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "bil-conflict-view.h"
#include "bil-doubt.h"
#include "bil-figure-chart.h"
#include "bil-figure-detail.h"
#include "bil-figure-item.h"
#include "bil-test-files.h"
#include "bil-window.h"

static const char *article_a =
  "Japan and Malaysia\n\n"
  "KUALA LUMPUR, March 3, 2024 - Japanese investment in Malaysia reached RM5 billion in 2023, the ministry said.\n\n"
  "Trade between Japan and Malaysia was US$40 billion in 2022.\n\n"
  "Japan's FDI in Malaysia was US$3.1 billion in 2023.\n\n"
  "Officials also spoke of five thousand million ringgit for Malaysian chip plants.\n\n"
  "A separate fund holds US$900 million.\n";

static const char *article_b =
  "Japan's FDI\n\n"
  "TOKYO, April 9, 2024 - Japan's FDI in Malaysia was US$2.2 billion in 2023, a survey found.\n";

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

typedef struct
{
  char      *root;
  char      *corpus;
  char      *review;
  BilWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *a = NULL, *b = NULL;
  const char *paths[2] = { NULL, NULL };

  fx->root = g_dir_make_tmp ("bil-review-ui-XXXXXX", NULL);
  fx->corpus = g_build_filename (fx->root, "news", NULL);
  fx->review = g_build_filename (fx->root, "news.bilateral-review.json", NULL);
  g_mkdir (fx->corpus, 0755);
  a = bil_test_write_file (fx->corpus, "a.txt", article_a, -1);
  b = bil_test_write_file (fx->corpus, "b.txt", article_b, -1);

  fx->window = bil_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fx->window), 1440, 900);
  gtk_window_present (GTK_WINDOW (fx->window));
  paths[0] = fx->corpus;
  bil_window_open_paths (fx->window, paths);
  while (bil_window_get_loading (fx->window))
    g_main_context_iteration (NULL, TRUE);
  spin (200);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fx->window));
  bil_test_remove_tree (fx->root);
  g_free (fx->root);
  g_free (fx->corpus);
  g_free (fx->review);
}

/* The widget of @type under @root whose title (or label) starts with @prefix. */
static GtkWidget *
find (GtkWidget  *root,
      GType       type,
      const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *title = ADW_IS_PREFERENCES_ROW (child) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child))
                              : GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : "";

          if (prefix == NULL || g_str_has_prefix (title, prefix))
            return child;
        }
      if ((found = find (child, type, prefix)))
        return found;
    }
  return NULL;
}

/* Selects the table's row of @words, as a click on it does. */
static void
select_row (Fixture    *fx,
            const char *words)
{
  GtkColumnView *table = GTK_COLUMN_VIEW (bil_window_get_view (fx->window, "table"));
  GtkSelectionModel *model = gtk_column_view_get_model (table);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(BilFigureItem) item = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autofree char *text = bil_figure_item_get_column (item, BIL_FIGURE_COLUMN_TEXT);

      if (strcmp (text, words) == 0)
        {
          GtkWidget *detail = bil_window_get_view (fx->window, "detail");
          gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

          gtk_selection_model_select_item (model, i, TRUE);
          /* The pane slides in: until it is on screen. */
          while (!gtk_widget_get_mapped (detail) && g_get_monotonic_time () < deadline)
            g_main_context_iteration (NULL, TRUE);
          spin (50);
          return;
        }
    }
  g_assert_not_reached ();
}

/* The session's figure whose text is @words, or NULL when no view shows it. */
static const BilFigureRef *
shown (Fixture    *fx,
       const char *words)
{
  GArray *figures = bil_session_get_figures (bil_window_get_session (fx->window));

  for (guint i = 0; i < figures->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (figures, BilFigureRef, i);
      const char *text = bil_article_get_text (ref->article, NULL);

      if (ref->figure->money.end - ref->figure->money.start == strlen (words) &&
          strncmp (text + ref->figure->money.start, words, strlen (words)) == 0)
        return ref;
    }
  return NULL;
}

static void
type_and_enter (GtkWidget  *detail,
                const char *row_title,
                const char *text)
{
  GtkWidget *row = find (detail, ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
  spin (50);
}

static gboolean
review_file_has (Fixture    *fx,
                 const char *part)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (fx->review, &contents, NULL, NULL) && strstr (contents, part) != NULL;
}

static void
test_correct_undo_redo (Fixture       *fx,
                        gconstpointer  data)
{
  GtkWidget *detail = bil_window_get_view (fx->window, "detail");
  GtkWidget *trail;

  select_row (fx, "RM5 billion");
  g_assert_true (gtk_widget_get_mapped (detail));
  /* The trail names the words that decided. */
  trail = find (detail, ADW_TYPE_ACTION_ROW, "Currency");
  g_assert_nonnull (trail);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (trail)), ==, "the symbol “RM”");

  type_and_enter (detail, "Year", "2021");
  g_assert_cmpint (shown (fx, "RM5 billion")->figure->year, ==, 2021);
  g_assert_cmpint (shown (fx, "RM5 billion")->figure->review, ==, BIL_REVIEW_CORRECTED);
  g_assert_true (review_file_has (fx, "\"year\" : 2021"));
  /* The pane follows its figure after the change. */
  g_assert_nonnull (find (detail, ADW_TYPE_ACTION_ROW, "Review"));

  /* A value with a scale word, and a country by name. */
  type_and_enter (detail, "Value", "6.5 billion");
  type_and_enter (detail, "To", "Singapore");
  g_assert_cmpfloat (shown (fx, "RM5 billion")->figure->money.value, ==, 6.5e9);
  g_assert_cmpstr (bil_entity_display_name (shown (fx, "RM5 billion")->figure->to), ==, "Singapore");
  /* Bad input is refused, with a message, and changes nothing. */
  type_and_enter (detail, "Currency", "XYZ");
  g_assert_cmpstr (shown (fx, "RM5 billion")->figure->money.currency, ==, "MYR");
  g_assert_true (gtk_widget_has_css_class (find (detail, ADW_TYPE_ENTRY_ROW, "Currency"), "error"));

  /* Ctrl+Z and Ctrl+Shift+Z. */
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.undo", NULL);
  g_assert_cmpstr (bil_entity_display_name (shown (fx, "RM5 billion")->figure->to), ==, "Malaysia");
  spin (50);
  g_assert_cmpfloat (shown (fx, "RM5 billion")->figure->money.value, ==, 5e9);
  g_assert_cmpint (shown (fx, "RM5 billion")->figure->year, ==, 2021);
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.undo", NULL);
  spin (50);
  g_assert_cmpint (shown (fx, "RM5 billion")->figure->year, ==, 2023);
  g_assert_cmpint (shown (fx, "RM5 billion")->figure->review, ==, BIL_REVIEW_NONE);
  g_assert_false (review_file_has (fx, "RM5 billion"));
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.redo", NULL);
  spin (50);
  g_assert_cmpint (shown (fx, "RM5 billion")->figure->year, ==, 2021);
  g_assert_true (review_file_has (fx, "\"year\" : 2021"));
}

static void
test_reject_and_add (Fixture       *fx,
                     gconstpointer  data)
{
  GtkWidget *detail = bil_window_get_view (fx->window, "detail");
  GtkTextView *reader = bil_window_get_reader (fx->window);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  const char *text;

  select_row (fx, "US$40 billion");
  gtk_widget_activate_action (detail, "detail.reject", NULL);
  spin (50);
  g_assert_null (shown (fx, "US$40 billion"));
  g_assert_true (review_file_has (fx, "\"action\" : \"reject\""));
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.undo", NULL);
  spin (50);
  g_assert_nonnull (shown (fx, "US$40 billion"));

  /* Select words the extractor cannot read, and add them as a figure. */
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.open-evidence", "(utt)",
                              bil_article_get_index (shown (fx, "RM5 billion")->article), (guint64) 0, (guint64) 1);
  spin (50);
  buffer = gtk_text_view_get_buffer (reader);
  {
    g_autofree char *all = NULL;
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    all = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    text = strstr (all, "five thousand million ringgit");
    g_assert_nonnull (text);
    gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) g_utf8_pointer_to_offset (all, text));
    gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) (g_utf8_pointer_to_offset (all, text) + strlen ("five thousand million ringgit")));
  }
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.add-figure", NULL);
  spin (50);
  g_assert_cmpstr (bil_window_get_page (fx->window), ==, "figures");
  g_assert_true (gtk_widget_get_mapped (detail));
  gtk_editable_set_text (GTK_EDITABLE (find (detail, ADW_TYPE_ENTRY_ROW, "Currency")), "MYR");
  gtk_editable_set_text (GTK_EDITABLE (find (detail, ADW_TYPE_ENTRY_ROW, "From")), "JP");
  gtk_editable_set_text (GTK_EDITABLE (find (detail, ADW_TYPE_ENTRY_ROW, "To")), "MY");
  type_and_enter (detail, "Value", "5 billion");
  g_assert_nonnull (shown (fx, "five thousand million ringgit"));
  g_assert_cmpint (shown (fx, "five thousand million ringgit")->figure->review, ==, BIL_REVIEW_ADDED);
  g_assert_true (bil_figure_ref_is_drawable (shown (fx, "five thousand million ringgit")));
  /* The reader marks it as a figure now. */
  {
    GtkTextTag *figure = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "figure");

    gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
    g_assert_nonnull (figure);
    g_assert_true (gtk_text_iter_has_tag (&start, figure));
  }
  g_assert_true (review_file_has (fx, "\"action\" : \"add\""));
}

static void
test_conflicts_and_needs_review (Fixture       *fx,
                                 gconstpointer  data)
{
  BilConflictView *view = BIL_CONFLICT_VIEW (bil_window_get_view (fx->window, "conflicts"));
  GtkToggleButton *needs = GTK_TOGGLE_BUTTON (bil_window_get_view (fx->window, "needs-review"));
  GtkWidget *row, *check;

  bil_window_set_page (fx->window, "conflicts");
  spin (50);
  g_assert_cmpuint (bil_conflict_view_get_n_conflicts (view), ==, 1);
  g_assert_true (bil_figure_ref_is_drawable (shown (fx, "US$3.1 billion")));
  /* The row of the survey's value: choose it for the report. */
  row = find (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "US$2.2");
  g_assert_nonnull (row);
  check = find (row, GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  spin (50);
  g_assert_true (shown (fx, "US$2.2 billion")->figure->preferred);
  g_assert_true (shown (fx, "US$3.1 billion")->overruled);
  g_assert_false (bil_figure_ref_is_drawable (shown (fx, "US$3.1 billion")));
  g_assert_true (review_file_has (fx, "\"preferred\" : true"));

  /* Needs review: only figures in doubt, none of those the user settled. */
  gtk_toggle_button_set_active (needs, TRUE);
  spin (50);
  {
    GArray *figures = bil_session_get_figures (bil_window_get_session (fx->window));

    g_assert_cmpuint (figures->len, >, 0);
    for (guint i = 0; i < figures->len; i++)
      g_assert_true (bil_figure_needs_review (g_array_index (figures, BilFigureRef, i).figure));
    g_assert_null (shown (fx, "US$2.2 billion"));
    g_assert_nonnull (shown (fx, "US$900 million"));
  }
  gtk_toggle_button_set_active (needs, FALSE);
}


static guint
count (GtkWidget *root,
       GType      type)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += (G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? 1 : 0) + count (child, type);
  return n;
}

/* Thirty conflicts: none built while the page is hidden, the first page of
 * them when it shows, the rest behind a button that moves the keyboard
 * to the first group it adds. */
static void
test_conflicts_in_pages (Fixture       *fx,
                         gconstpointer  data)
{
  BilConflictView *view = BIL_CONFLICT_VIEW (bil_window_get_view (fx->window, "conflicts"));
  g_autofree char *dir = g_build_filename (fx->root, "many", NULL);
  const char *paths[2] = { dir, NULL };
  GtkWidget *more, *focus;

  g_mkdir (dir, 0755);
  for (guint k = 0; k < 30; k++)
    for (guint side = 0; side < 2; side++)
      {
        g_autofree char *name = g_strdup_printf ("%c%02u.txt", side ? 'b' : 'a', k);
        g_autofree char *text = g_strdup_printf ("Trade in %u\n\nKUALA LUMPUR, March 3, 2024 - Trade between Japan and "
                                                 "Malaysia was US$%u billion in %u.\n", 1990 + k, 10 + k + side * 40, 1990 + k);
        g_autofree char *path = bil_test_write_file (dir, name, text, -1);
      }
  bil_window_set_page (fx->window, "figures");
  bil_window_open_paths (fx->window, paths);
  while (bil_window_get_loading (fx->window))
    g_main_context_iteration (NULL, TRUE);
  spin (100);
  g_assert_cmpuint (bil_conflict_view_get_n_conflicts (view), ==, 30);
  g_assert_cmpuint (count (GTK_WIDGET (view), ADW_TYPE_PREFERENCES_GROUP), ==, 0);

  bil_window_set_page (fx->window, "conflicts");
  spin (100);
  g_assert_cmpuint (count (GTK_WIDGET (view), ADW_TYPE_PREFERENCES_GROUP), ==, 25);
  more = find (GTK_WIDGET (view), GTK_TYPE_BUTTON, NULL);
  while (more != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (more)), "Show 5 More Conflicts") != 0)
    more = NULL;
  g_assert_nonnull (more);
  gtk_widget_grab_focus (more);
  g_signal_emit_by_name (more, "clicked");
  spin (100);
  g_assert_cmpuint (count (GTK_WIDGET (view), ADW_TYPE_PREFERENCES_GROUP), ==, 30);
  g_assert_null (find (GTK_WIDGET (view), GTK_TYPE_BUTTON, NULL));
  focus = gtk_root_get_focus (GTK_ROOT (fx->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (view)));
}

static void
data_exported_cb (BilWindow  *window,
                  const char *path,
                  gboolean    ok,
                  gboolean   *done)
{
  g_assert_true (ok);
  *done = TRUE;
}

/* win.export-data with a path: written at once, no file chooser. */
static void
export_data (Fixture    *fx,
             const char *path)
{
  gboolean done = FALSE;
  gulong id = g_signal_connect (fx->window, "data-exported", G_CALLBACK (data_exported_cb), &done);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.export-data", "s", path));
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (fx->window, id);
}

static char *
figure_span (const BilFigureRef *ref,
             gsize               start,
             gsize               end)
{
  return g_strndup (bil_article_get_text (ref->article, NULL) + start, end - start);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) && g_str_equal (name, action))
        return TRUE;
      if (section && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* Export Data… writes what the window shows: the filtered figures in its
 * order, with the user's corrections, and under Needs Review only those
 * still in doubt. */
static void
test_export_data (Fixture       *fx,
                  gconstpointer  data)
{
  BilSession *session = bil_window_get_session (fx->window);
  BilFilter *filter = bil_session_get_filter (session);
  BilLexicon *lex = bil_lexicon_get_default ();
  GtkToggleButton *needs = GTK_TOGGLE_BUTTON (bil_window_get_view (fx->window, "needs-review"));
  GtkWidget *split = find (GTK_WIDGET (fx->window), ADW_TYPE_SPLIT_BUTTON, NULL);
  g_autofree char *csv = g_build_filename (fx->root, "malaysia.csv", NULL);
  g_autofree char *json = g_build_filename (fx->root, "in-doubt.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  guint all;
  GArray *figures;
  JsonArray *objects;
  gsize len;

  /* Offered beside Export Report, in the export button's menu. */
  g_assert_nonnull (split);
  g_assert_true (menu_has_action (adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (split)), "win.export"));
  g_assert_true (menu_has_action (adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (split)), "win.export-data"));

  select_row (fx, "RM5 billion");
  type_and_enter (bil_window_get_view (fx->window, "detail"), "Year", "2021");
  all = bil_session_get_figures (session)->len;

  /* The corrected figure's new year and the year before. */
  bil_filter_set_years (filter, 2021, 2022);
  spin (50);
  figures = bil_session_get_figures (session);
  g_assert_cmpuint (figures->len, >, 0);
  g_assert_cmpuint (figures->len, <, all);
  export_data (fx, csv);
  g_assert_true (g_file_get_contents (csv, &contents, &len, NULL));
  rows = bil_test_parse_csv (contents, len);
  g_assert_cmpuint (rows->len, ==, 1 + figures->len);
  for (guint i = 0; i < figures->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (figures, BilFigureRef, i);
      const BilFigure *f = ref->figure;
      g_autofree char *text = figure_span (ref, f->money.start, f->money.end);
      g_autofree char *sentence = figure_span (ref, f->sentence_start, f->sentence_end);
      g_autofree char *year = f->year ? g_strdup_printf ("%d", f->year) : g_strdup ("");

      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "text"), ==, text);
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "sentence"), ==, sentence);
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "file"), ==, bil_article_get_file (ref->article));
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "from"), ==, f->from >= 0 ? bil_lexicon_entity_code (lex, f->from) : "");
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "to"), ==, f->to >= 0 ? bil_lexicon_entity_code (lex, f->to) : "");
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "year"), ==, year);
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "review"), ==, g_str_equal (text, "RM5 billion") ? "corrected" : "");
    }
  g_assert_nonnull (strstr (contents, "\r\nRM5 billion,5000000000,MYR,"));

  /* Needs Review, as its toggle sets it: JSON by the suffix. */
  bil_filter_clear (filter);
  gtk_toggle_button_set_active (needs, TRUE);
  spin (50);
  figures = bil_session_get_figures (session);
  g_assert_cmpuint (figures->len, >, 0);
  g_assert_cmpuint (figures->len, <, all);
  export_data (fx, json);
  json_parser_load_from_file (parser, json, &error);
  g_assert_no_error (error);
  objects = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (objects), ==, figures->len);
  for (guint i = 0; i < figures->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (figures, BilFigureRef, i);
      JsonObject *o = json_array_get_object_element (objects, i);
      g_autofree char *text = figure_span (ref, ref->figure->money.start, ref->figure->money.end);

      g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, text);
      g_assert_cmpstr (json_object_get_string_member (o, "text"), !=, "RM5 billion");
      g_assert_true (json_object_get_boolean_member (o, "needs_review"));
    }
  gtk_toggle_button_set_active (needs, FALSE);
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

  g_test_add ("/ui/review/correct-undo-redo", Fixture, NULL, fixture_set_up, test_correct_undo_redo, fixture_tear_down);
  g_test_add ("/ui/review/reject-and-add", Fixture, NULL, fixture_set_up, test_reject_and_add, fixture_tear_down);
  g_test_add ("/ui/review/conflicts-and-needs-review", Fixture, NULL, fixture_set_up,
              test_conflicts_and_needs_review, fixture_tear_down);
  g_test_add ("/ui/review/conflicts-in-pages", Fixture, NULL, fixture_set_up,
              test_conflicts_in_pages, fixture_tear_down);
  g_test_add ("/ui/review/export-data", Fixture, NULL, fixture_set_up, test_export_data, fixture_tear_down);

  return g_test_run ();
}
