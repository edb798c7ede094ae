/* bil-figure-table.c: the figures as rows, every field a column
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under the chart: one row per figure of the session, sortable by any
 * column, the doubtful ones marked. A row selected is the session's
 * selected figure (the chart's bar and the detail pane follow it), and the
 * session's selection, wherever it was made, is the row selected;
 * activating a row also opens its sentence (win.open-evidence).
 */

#define G_LOG_DOMAIN "bil-figure-table"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-doubt.h"
#include "bil-figure-item.h"
#include "bil-figure-list.h"
#include "bil-figure-table.h"
#include "bil-open-evidence.h"

struct _BilFigureTable
{
  GtkWidget           parent_instance;

  GtkColumnView      *view;

  BilFigureList      *figures;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  BilSession         *session;
  GSignalGroup       *session_signals;
  gboolean            following;   /* selecting the session's figure: not the user's choice */
};

G_DEFINE_FINAL_TYPE (BilFigureTable, bil_figure_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  guint column = GPOINTER_TO_UINT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), column == BIL_FIGURE_COLUMN_USD || column == BIL_FIGURE_COLUMN_VALUE ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), column == BIL_FIGURE_COLUMN_ARTICLE ? 40 : 24);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  BilFigureItem *figure = gtk_list_item_get_item (item);
  g_autofree char *text = bil_figure_item_get_column (figure, GPOINTER_TO_UINT (user_data));
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (GPOINTER_TO_UINT (user_data) == BIL_FIGURE_COLUMN_CONFIDENCE)
    {
      g_autofree char *tooltip = bil_figure_item_get_tooltip (figure);

      gtk_widget_set_tooltip_text (label, tooltip);
      if (bil_figure_needs_review (bil_figure_item_get_ref (figure)->figure))
        gtk_widget_add_css_class (label, "warning");
      else
        gtk_widget_remove_css_class (label, "warning");
    }
}

static int
compare_column (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return bil_figure_item_compare ((BilFigureItem *) a, (BilFigureItem *) b, GPOINTER_TO_UINT (user_data));
}

/* The user chose a row: the session's figure. */
static void
selection_changed_cb (BilFigureTable *self)
{
  BilFigureItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (item && self->session && !self->following)
    bil_session_select_figure (self->session, bil_figure_item_get_ref (item));
}

static void
activate_cb (BilFigureTable *self,
             guint           position)
{
  g_autoptr(BilFigureItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  const BilFigureRef *ref;

  if (item == NULL)
    return;
  ref = bil_figure_item_get_ref (item);
  if (self->session)
    bil_session_select_figure (self->session, ref);
  bil_open_evidence (GTK_WIDGET (self), ref->article, ref->figure->sentence_start, ref->figure->sentence_end);
}

static gboolean
same_figure (const BilFigureRef *ref,
             const BilSelection *selection)
{
  return ref->article == selection->article && ref->figure->money.start == selection->start &&
         ref->figure->money.end == selection->end;
}

/* Selects the row of the session's figure, or none where it has no row. */
static void
follow_selection (BilFigureTable *self)
{
  const BilSelection *selection = self->session ? bil_session_get_selected_figure (self->session) : NULL;
  BilFigureItem *current = gtk_single_selection_get_selected_item (self->selection);
  guint position = GTK_INVALID_LIST_POSITION;

  if (selection == NULL || selection->kind != BIL_SELECTION_FIGURE)
    position = GTK_INVALID_LIST_POSITION;
  else if (current && same_figure (bil_figure_item_get_ref (current), selection))
    return;
  else
    {
      GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sorted);
      guint found = bil_figure_list_find (self->figures, selection->article, selection->start, selection->end);

      /* Unsorted, a row is where the list has it; sorted, the sort model
       * holds every item already, and is searched. */
      if (found == GTK_INVALID_LIST_POSITION || sorter == NULL || gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE)
        position = found;
      else
        for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted)); i < n; i++)
          {
            g_autoptr(BilFigureItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

            if (same_figure (bil_figure_item_get_ref (item), selection))
              {
                position = i;
                break;
              }
          }
    }
  self->following = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->following = FALSE;
}

/**
 * bil_figure_table_set_figures:
 * @figures: (nullable): #BilFigureRef, in the chart's order
 * @order: (nullable): positions in @figures to list them by, else theirs
 */
void
bil_figure_table_set_figures (BilFigureTable *self,
                              GArray         *figures,
                              GArray         *order)
{
  g_return_if_fail (BIL_IS_FIGURE_TABLE (self));

  self->following = TRUE;
  bil_figure_list_set (self->figures, figures, order);
  self->following = FALSE;
  follow_selection (self);
}

/* The table follows @session's selected figure, and selects it. */
void
bil_figure_table_set_session (BilFigureTable *self,
                              BilSession     *session)
{
  g_return_if_fail (BIL_IS_FIGURE_TABLE (self));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  follow_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* The column view itself: for focus, and for tests that read its rows. */
GtkColumnView *
bil_figure_table_get_column_view (BilFigureTable *self)
{
  g_return_val_if_fail (BIL_IS_FIGURE_TABLE (self), NULL);

  return self->view;
}

static void
bil_figure_table_dispose (GObject *object)
{
  BilFigureTable *self = BIL_FIGURE_TABLE (object);
  GtkWidget *child;

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_FIGURE_TABLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->figures);
  G_OBJECT_CLASS (bil_figure_table_parent_class)->dispose (object);
}

static void
bil_figure_table_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, BIL_FIGURE_TABLE (object)->session); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_figure_table_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION: bil_figure_table_set_session (BIL_FIGURE_TABLE (object), g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_figure_table_class_init (BilFigureTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bil_figure_table_dispose;
  object_class->get_property = bil_figure_table_get_property;
  object_class->set_property = bil_figure_table_set_property;
  /* Whose selected figure the table shows and sets. */
  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, BIL_TYPE_SESSION,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-figure-table.ui");
  gtk_widget_class_bind_template_child (widget_class, BilFigureTable, view);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
}

static void
bil_figure_table_init (BilFigureTable *self)
{
  static const char *titles[BIL_N_FIGURE_COLUMNS] = {
    N_("Confidence"), N_("Value"), N_("Currency"), N_("US$"), N_("Metric"), N_("From → To"),
    N_("Year"), N_("Qualifier"), N_("Original Text"), N_("Article"),
  };
  gtk_widget_init_template (GTK_WIDGET (self));

  self->session_signals = g_signal_group_new (BIL_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-figure", G_CALLBACK (follow_selection), self);

  self->figures = bil_figure_list_new ();
  for (guint c = 0; c < BIL_N_FIGURE_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(titles[c]), factory);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (gtk_custom_sorter_new (compare_column, GUINT_TO_POINTER (c), NULL)));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, c == BIL_FIGURE_COLUMN_ARTICLE);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->figures)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
}
