/* bil-sector-grid-view.c: the pair × sector grid widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-sector-grid-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-sector-grid-view.h"
#include "bil-style.h"

struct _BilSectorGridView
{
  GtkWidget    parent_instance;

  BilSession  *session;
  BilGridCell  hover;
  BilGridCell  selected;
};

G_DEFINE_FINAL_TYPE (BilSectorGridView, bil_sector_grid_view, GTK_TYPE_WIDGET)

static const BilGridModel *
model (BilSectorGridView *self)
{
  return self->session ? bil_session_get_grid_model (self->session) : NULL;
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
  g_autofree char *description = describe (self, self->selected);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sector grid"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : _("No cell selected"),
                                  -1);
}

static void
session_changed_cb (BilSectorGridView *self)
{
  self->hover = self->selected = (BilGridCell) { -1, -1 };
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
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
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  BilRenderStyle style;
  cairo_t *cr;

  if (m == NULL || width <= 0 || height <= 0)
    return;
  bil_style_from_widget (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bil_grid_render (cr, width, height, m, &style, self->hover,
                   gtk_widget_has_visible_focus (widget) || self->selected.row >= 0 ? self->selected
                                                                                   : (BilGridCell) { -1, -1 });
  cairo_destroy (cr);
}

static void
open_cell (BilSectorGridView *self)
{
  const BilEvidence *e = bil_grid_cell_evidence (model (self), self->selected);

  if (e != NULL)
    bil_session_open_evidence (self->session, e->article, e->start, e->end);
}

void
bil_sector_grid_view_select (BilSectorGridView *self,
                             BilGridCell        cell)
{
  g_return_if_fail (BIL_IS_SECTOR_GRID_VIEW (self));
  self->selected = cell;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

BilGridCell
bil_sector_grid_view_get_selected (BilSectorGridView *self)
{
  return self->selected;
}

static void
pressed_cb (GtkGestureClick   *gesture,
            int                n_press,
            double             x,
            double             y,
            BilSectorGridView *self)
{
  BilGridCell cell = bil_grid_lookup (model (self), gtk_widget_get_width (GTK_WIDGET (self)),
                                      gtk_widget_get_height (GTK_WIDGET (self)), x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (cell.row < 0)
    return;
  bil_sector_grid_view_select (self, cell);
  open_cell (self);
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           BilSectorGridView        *self)
{
  BilGridCell cell = bil_grid_lookup (model (self), gtk_widget_get_width (GTK_WIDGET (self)),
                                      gtk_widget_get_height (GTK_WIDGET (self)), x, y);

  if (cell.row != self->hover.row || cell.column != self->hover.column)
    {
      self->hover = cell;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cell.row >= 0 ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
query_tooltip_cb (GtkWidget         *widget,
                  int                x,
                  int                y,
                  gboolean           keyboard,
                  GtkTooltip        *tooltip,
                  BilSectorGridView *self)
{
  BilGridCell cell = keyboard ? self->selected : bil_grid_lookup (model (self), gtk_widget_get_width (widget),
                                                                  gtk_widget_get_height (widget), x, y);
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
key_pressed_cb (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BilSectorGridView     *self)
{
  const BilGridModel *m = model (self);
  BilGridCell c = self->selected;

  if (m == NULL || m->rows->len == 0 || m->columns->len == 0)
    return FALSE;
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
      case GDK_KEY_Return:
      case GDK_KEY_KP_Enter:
      case GDK_KEY_ISO_Enter:
      case GDK_KEY_space:
        open_cell (self);
        return TRUE;
      default:
        return FALSE;
      }
  bil_sector_grid_view_select (self, c);
  return TRUE;
}

static void
bil_sector_grid_view_dispose (GObject *object)
{
  bil_sector_grid_view_set_session (BIL_SECTOR_GRID_VIEW (object), NULL);
  G_OBJECT_CLASS (bil_sector_grid_view_parent_class)->dispose (object);
}

static void
bil_sector_grid_view_class_init (BilSectorGridViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bil_sector_grid_view_dispose;
  widget_class->measure = bil_sector_grid_view_measure;
  widget_class->snapshot = bil_sector_grid_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "sectorgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
bil_sector_grid_view_init (BilSectorGridView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  self->hover = self->selected = (BilGridCell) { -1, -1 };
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
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
  if (bil_session_watch (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    session_changed_cb (self);
}
