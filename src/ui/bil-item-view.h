/* bil-item-view.h: a view whose items the pointer and the keyboard pick
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-open-evidence.h"
#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_ITEM_VIEW (bil_item_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (BilItemView, bil_item_view, BIL, ITEM_VIEW, GtkWidget)

/* A view says what its items are and how to find the one at a point; this
 * class turns that one lookup into click, hover, tooltip and keyboard.
 *
 * An item is a small value of the view's own type (a bar's index, a
 * BilMapHit, a BilGridCell), given with bil_item_view_class_set_item ().
 * Items are copied and compared byte by byte: the type must have no
 * padding. */
struct _BilItemViewClass
{
  GtkWidgetClass parent_class;

  /* Set with bil_item_view_class_set_item (). */
  gsize          item_size;
  gconstpointer  item_none;

  /* A press on an item selects it and activates it; a press beside the
   * items does nothing. Otherwise a press only selects what it hits,
   * nothing included. */
  guint          press_activates : 1;
  /* The hover stays on its item when the pointer leaves the view. */
  guint          keep_hover_on_leave : 1;

  /* The ::selection-changed signal, before its handlers. */
  void        (*selection_changed)  (BilItemView   *self);

  /* The item at (x, y), in widget coordinates, into @item (the none item
   * where there is none). FALSE when the view has no items to look in. */
  gboolean    (*lookup_item)        (BilItemView   *self,
                                     double         x,
                                     double         y,
                                     gpointer       item);
  /* Fills the tooltip of @item, never the none item. FALSE for none. */
  gboolean    (*query_item_tooltip) (BilItemView   *self,
                                     gconstpointer  item,
                                     GtkTooltip    *tooltip);
  /* Opens the evidence of @item, by a click or Enter. FALSE lets Enter
   * through to the window. */
  gboolean    (*activate_item)      (BilItemView   *self,
                                     gconstpointer  item);
  /* The view's own keys, which move its selection as its items are laid
   * out; they come before Enter and Space activate the selection. */
  gboolean    (*key_pressed)        (BilItemView   *self,
                                     guint          keyval);
  /* The cursor over @item, never the none item: "pointer" by default. */
  const char *(*get_item_cursor)    (BilItemView   *self,
                                     gconstpointer  item);

  /* The session's property that holds this view's selection
   * ("selected-figure", "selected-place", "selected-cell"), set in
   * class_init; the view keeps its selected item in step with it. */
  const char    *selection_property;
  /* The session was set, or said "changed": its figures, filter or models
   * changed. */
  void        (*session_changed)    (BilItemView   *self);
  /* The session's selection changed, by this view or another: select the
   * item it names, or none, with bil_item_view_select_item (). */
  void        (*session_selection_changed) (BilItemView *self);
};

void          bil_item_view_class_set_item (BilItemViewClass *klass,
                                            gsize             size,
                                            gconstpointer     none);

gconstpointer bil_item_view_get_hover      (BilItemView      *self);
gconstpointer bil_item_view_get_selected   (BilItemView      *self);
void          bil_item_view_select_item    (BilItemView      *self,
                                            gconstpointer     item);
void          bil_item_view_show_selected  (BilItemView      *self,
                                            gconstpointer     item);
void          bil_item_view_clear          (BilItemView      *self,
                                            gboolean          selection);
void          bil_item_view_get_pointer    (BilItemView      *self,
                                            double           *x,
                                            double           *y);

BilSession   *bil_item_view_get_session    (BilItemView      *self);
void          bil_item_view_set_session    (BilItemView      *self,
                                            BilSession       *session);
GSignalGroup *bil_item_view_get_session_signals (BilItemView *self);


G_END_DECLS
