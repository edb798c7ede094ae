/* bil-sector-grid-view.c: the pair × sector grid widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws bil_grid_render () and gives BilItemView bil_grid_lookup (): its
 * items are BilGridCells.
 */

#define G_LOG_DOMAIN "bil-sector-grid-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-sector-grid-view.h"
#include "bil-style.h"

struct _BilSectorGridView
{
  BilItemView  parent_instance;

  gboolean     selection_pending;  /* the session's selection, to find once shown */
};

G_DEFINE_FINAL_TYPE (BilSectorGridView, bil_sector_grid_view, BIL_TYPE_ITEM_VIEW)

static const BilGridModel *
model (BilSectorGridView *self)
{
  BilSession *session = bil_item_view_get_session (BIL_ITEM_VIEW (self));

  return session ? bil_session_get_grid_model (session) : NULL;
}

static char *
describe (BilSectorGridView *self,
          BilGridCell        cell)
{
  const BilGridModel *m;
  const BilGridRow *row;
  int sector;
  guint count;

  /* No cell: the model (slow at 100,000 articles) is not built. */
  if (cell.row < 0 || cell.column < 0 || (m = model (self)) == NULL)
    return NULL;
  row = &g_array_index (m->rows, BilGridRow, cell.row);
  sector = g_array_index (m->columns, int, cell.column);
  count = row->counts[sector];
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s: %u sentence", "%s, %s: %u sentences", count),
                          row->label, bil_lexicon_sector_label (bil_lexicon_get_default (), sector), count);
}

static void
update_accessible (BilSectorGridView *self)
{
  g_autofree char *description = describe (self, bil_sector_grid_view_get_selected (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sector grid"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : _("No cell selected"),
                                  -1);
}

/* The cell the session's selection names in the grid as the filter
 * builds it, or none. */
static BilGridCell
cell_of_selection (BilSectorGridView  *self,
                   const BilSelection *selection)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  const BilGridModel *m;

  if (selection == NULL || selection->kind != BIL_SELECTION_CELL || (m = model (self)) == NULL)
    return (BilGridCell) { -1, -1 };
  for (guint r = 0; r < m->rows->len; r++)
    {
      const BilGridRow *row = &g_array_index (m->rows, BilGridRow, r);

      if (g_strcmp0 (bil_lexicon_entity_code (lex, row->a), selection->a) != 0 ||
          g_strcmp0 (bil_lexicon_entity_code (lex, row->b), selection->b) != 0)
        continue;
      for (guint c = 0; c < m->columns->len; c++)
        if (g_array_index (m->columns, int, c) == selection->sector)
          return (BilGridCell) { (int) r, (int) c };
    }
  return (BilGridCell) { -1, -1 };
}

/* Show the session's selection. The model is built only for a grid on
 * screen (slow at 100,000 articles): a hidden one looks when it is shown. */
static void
follow_selection (BilSectorGridView *self)
{
  BilSession *session = bil_item_view_get_session (BIL_ITEM_VIEW (self));
  const BilSelection *selection = session ? bil_session_get_selected_cell (session) : NULL;
  BilGridCell cell = { -1, -1 };

  self->selection_pending = FALSE;
  if (selection && selection->kind != BIL_SELECTION_NONE)
    {
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        cell = cell_of_selection (self, selection);
      else
        self->selection_pending = TRUE;
    }
  bil_item_view_show_selected (BIL_ITEM_VIEW (self), &cell);
  update_accessible (self);
}

static void
bil_sector_grid_view_session_changed (BilItemView *view)
{
  bil_item_view_clear (view, FALSE);
  follow_selection (BIL_SECTOR_GRID_VIEW (view));
  gtk_widget_queue_resize (GTK_WIDGET (view));
}

static void
bil_sector_grid_view_session_selection_changed (BilItemView *view)
{
  follow_selection (BIL_SECTOR_GRID_VIEW (view));
}

static void
bil_sector_grid_view_map (GtkWidget *widget)
{
  BilSectorGridView *self = BIL_SECTOR_GRID_VIEW (widget);

  GTK_WIDGET_CLASS (bil_sector_grid_view_parent_class)->map (widget);
  if (self->selection_pending)
    follow_selection (self);
}

static void
bil_sector_grid_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  BilSectorGridView *self = BIL_SECTOR_GRID_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) bil_grid_natural_width (model (self));
      *natural = (int) bil_grid_natural_width (model (self));
    }
  else
    *minimum = *natural = (int) bil_grid_natural_height (model (self));
}

static void
bil_sector_grid_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  BilSectorGridView *self = BIL_SECTOR_GRID_VIEW (widget);
  const BilGridModel *m = model (self);
  const BilGridCell *hover = bil_item_view_get_hover (BIL_ITEM_VIEW (self));
  const BilGridCell *selected = bil_item_view_get_selected (BIL_ITEM_VIEW (self));
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  BilRenderStyle style;
  cairo_t *cr;

  if (m == NULL || width <= 0 || height <= 0)
    return;
  bil_style_from_widget (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bil_grid_render (cr, width, height, m, &style, *hover,
                   gtk_widget_has_visible_focus (widget) || selected->row >= 0 ? *selected : (BilGridCell) { -1, -1 });
  cairo_destroy (cr);
}

void
bil_sector_grid_view_select (BilSectorGridView *self,
                             BilGridCell        cell)
{
  g_return_if_fail (BIL_IS_SECTOR_GRID_VIEW (self));
  bil_item_view_select_item (BIL_ITEM_VIEW (self), &cell);
}

BilGridCell
bil_sector_grid_view_get_selected (BilSectorGridView *self)
{
  return *(const BilGridCell *) bil_item_view_get_selected (BIL_ITEM_VIEW (self));
}

/* The user chose a cell (or the program did): the session's selection. */
static void
bil_sector_grid_view_selection_changed (BilItemView *view)
{
  BilSectorGridView *self = BIL_SECTOR_GRID_VIEW (view);
  BilSession *session = bil_item_view_get_session (view);
  BilGridCell cell = bil_sector_grid_view_get_selected (self);
  const BilGridModel *m = model (self);
  BilSelection selection = { 0 };

  update_accessible (self);
  if (session == NULL)
    return;
  if (m && cell.row >= 0 && (guint) cell.row < m->rows->len && cell.column >= 0 && (guint) cell.column < m->columns->len)
    {
      BilLexicon *lex = bil_lexicon_get_default ();
      const BilGridRow *row = &g_array_index (m->rows, BilGridRow, cell.row);

      bil_selection_init_cell (&selection, bil_lexicon_entity_code (lex, row->a), bil_lexicon_entity_code (lex, row->b),
                               g_array_index (m->columns, int, cell.column));
    }
  bil_session_set_selected_cell (session, &selection);
  bil_selection_clear (&selection);
}

static gboolean
bil_sector_grid_view_lookup_item (BilItemView *view,
                                  double       x,
                                  double       y,
                                  gpointer     item)
{
  *(BilGridCell *) item = bil_grid_lookup (model (BIL_SECTOR_GRID_VIEW (view)), gtk_widget_get_width (GTK_WIDGET (view)),
                                           gtk_widget_get_height (GTK_WIDGET (view)), x, y);
  return TRUE;
}

static gboolean
bil_sector_grid_view_query_item_tooltip (BilItemView   *view,
                                         gconstpointer  item,
                                         GtkTooltip    *tooltip)
{
  BilSectorGridView *self = BIL_SECTOR_GRID_VIEW (view);
  BilGridCell cell = *(const BilGridCell *) item;
  g_autofree char *text = describe (self, cell);
  const BilEvidence *e = bil_grid_cell_evidence (model (self), cell);

  if (text == NULL)
    return FALSE;
  if (e != NULL)
    {
      const char *t = bil_article_get_text (e->article, NULL);
      g_autofree char *sentence = g_strndup (t + e->start, e->end - e->start);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n\n<i>%s</i>", text, sentence);
      gtk_tooltip_set_markup (tooltip, markup);
    }
  else
    gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
bil_sector_grid_view_activate_item (BilItemView   *view,
                                    gconstpointer  item)
{
  BilSectorGridView *self = BIL_SECTOR_GRID_VIEW (view);
  const BilGridModel *m = model (self);
  const BilEvidence *e;

  if (m == NULL || m->rows->len == 0 || m->columns->len == 0)
    return FALSE;
  e = bil_grid_cell_evidence (m, *(const BilGridCell *) item);
  if (e != NULL)
    bil_open_evidence (GTK_WIDGET (self), e->article, e->start, e->end);
  return TRUE;
}

static gboolean
bil_sector_grid_view_key_pressed (BilItemView *view,
                                  guint        keyval)
{
  BilSectorGridView *self = BIL_SECTOR_GRID_VIEW (view);
  const BilGridModel *m = model (self);
  BilGridCell c = bil_sector_grid_view_get_selected (self);

  if (m == NULL || m->rows->len == 0 || m->columns->len == 0)
    return FALSE;
  /* With nothing selected, any key, Enter too, selects the first cell. */
  if (c.row < 0)
    c = (BilGridCell) { 0, 0 };
  else
    switch (keyval)
      {
      case GDK_KEY_Left: c.column = MAX (0, c.column - 1); break;
      case GDK_KEY_Right: c.column = MIN ((int) m->columns->len - 1, c.column + 1); break;
      case GDK_KEY_Up: c.row = MAX (0, c.row - 1); break;
      case GDK_KEY_Down: c.row = MIN ((int) m->rows->len - 1, c.row + 1); break;
      case GDK_KEY_Home: c = (BilGridCell) { c.row, 0 }; break;
      case GDK_KEY_End: c = (BilGridCell) { c.row, (int) m->columns->len - 1 }; break;
      default:
        return FALSE;
      }
  bil_sector_grid_view_select (self, c);
  return TRUE;
}


static void
bil_sector_grid_view_class_init (BilSectorGridViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BilItemViewClass *item_view_class = BIL_ITEM_VIEW_CLASS (klass);

  widget_class->map = bil_sector_grid_view_map;
  widget_class->measure = bil_sector_grid_view_measure;
  widget_class->snapshot = bil_sector_grid_view_snapshot;
  item_view_class->selection_changed = bil_sector_grid_view_selection_changed;
  item_view_class->selection_property = "selected-cell";
  item_view_class->session_changed = bil_sector_grid_view_session_changed;
  item_view_class->session_selection_changed = bil_sector_grid_view_session_selection_changed;
  item_view_class->lookup_item = bil_sector_grid_view_lookup_item;
  item_view_class->query_item_tooltip = bil_sector_grid_view_query_item_tooltip;
  item_view_class->activate_item = bil_sector_grid_view_activate_item;
  item_view_class->key_pressed = bil_sector_grid_view_key_pressed;
  /* A click on a cell opens its first sentence. */
  item_view_class->press_activates = TRUE;
  /* The grid has always kept the last hover lit after the pointer left. */
  item_view_class->keep_hover_on_leave = TRUE;
  bil_item_view_class_set_item (item_view_class, sizeof (BilGridCell), &(BilGridCell) { -1, -1 });
  gtk_widget_class_set_css_name (widget_class, "sectorgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
bil_sector_grid_view_init (BilSectorGridView *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}

GtkWidget *
bil_sector_grid_view_new (void)
{
  return g_object_new (BIL_TYPE_SECTOR_GRID_VIEW, NULL);
}

void
bil_sector_grid_view_set_session (BilSectorGridView *self,
                                  BilSession        *session)
{
  g_return_if_fail (BIL_IS_SECTOR_GRID_VIEW (self));
  bil_item_view_set_session (BIL_ITEM_VIEW (self), session);
}
