/* bil-figure-table.c: the figures as rows, every field a column
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under the chart: one row per figure of the session, sortable by any
 * column, the doubtful ones marked. Selecting a row says "selected"
 * (the window opens the detail pane on it); activating one says
 * "activated" with the figure's place in the chart (the window selects
 * its bar and opens its sentence).
 */

#define G_LOG_DOMAIN "bil-figure-table"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-doubt.h"
#include "bil-figure-item.h"
#include "bil-figure-list.h"
#include "bil-figure-table.h"

struct _BilFigureTable
{
  GtkWidget           parent_instance;

  GtkColumnView      *view;

  BilFigureList      *figures;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (BilFigureTable, bil_figure_table, GTK_TYPE_WIDGET)

enum { SELECTED, ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

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

static void
selection_changed_cb (BilFigureTable *self)
{
  BilFigureItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (item)
    g_signal_emit (self, signals[SELECTED], 0, bil_figure_item_get_ref (item));
}

static void
activate_cb (BilFigureTable *self,
             guint           position)
{
  g_autoptr(BilFigureItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item)
    g_signal_emit (self, signals[ACTIVATED], 0, bil_figure_item_get_position (item), bil_figure_item_get_ref (item));
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

  bil_figure_list_set (self->figures, figures, order);
}

void
bil_figure_table_unselect (BilFigureTable *self)
{
  g_return_if_fail (BIL_IS_FIGURE_TABLE (self));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_FIGURE_TABLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->figures);
  G_OBJECT_CLASS (bil_figure_table_parent_class)->dispose (object);
}

static void
bil_figure_table_class_init (BilFigureTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bil_figure_table_dispose;

  /**
   * BilFigureTable::selected:
   * @ref: (type gpointer): the #BilFigureRef of the row selected
   */
  signals[SELECTED] = g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_POINTER);
  /**
   * BilFigureTable::activated:
   * @position: the figure's place in the figures set (the chart's order)
   * @ref: (type gpointer): its #BilFigureRef
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_POINTER);

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
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));

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
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->figures)),
                                    g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
}
