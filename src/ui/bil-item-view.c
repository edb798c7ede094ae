/* bil-item-view.c: a view whose items the pointer and the keyboard pick
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in Sysprof's charts, where each layer answers lookup_item (x, y) for
 * every kind of event: the figures chart, the map and the sector grid only
 * find and draw their items, and press, hover, tooltip and keyboard are
 * handled here, once.
 */

#define G_LOG_DOMAIN "bil-item-view"

#include "config.h"

#include <string.h>

#include "bil-item-view.h"

typedef struct
{
  guint8       *items;       /* hover, then selected: two items of the class's size */
  double        pointer_x;
  double        pointer_y;
  BilSession   *session;
  GSignalGroup *session_signals;
} BilItemViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BilItemView, bil_item_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Made at first use, not in our init: only once the instance is the view's
 * own type does its class know the items' size. */
static guint8 *
items (BilItemView *self)
{
  BilItemViewPrivate *priv = bil_item_view_get_instance_private (self);
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);

  if (priv->items == NULL)
    {
      g_assert (klass->item_size > 0);
      priv->items = g_malloc (2 * klass->item_size);
      memcpy (priv->items, klass->item_none, klass->item_size);
      memcpy (priv->items + klass->item_size, klass->item_none, klass->item_size);
    }
  return priv->items;
}

static guint8 *
hover_slot (BilItemView *self)
{
  return items (self);
}

static guint8 *
selected_slot (BilItemView *self)
{
  return items (self) + BIL_ITEM_VIEW_GET_CLASS (self)->item_size;
}

static gboolean
is_none (BilItemView   *self,
         gconstpointer  item)
{
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);

  return memcmp (item, klass->item_none, klass->item_size) == 0;
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            BilItemView     *self)
{
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);
  gpointer item = g_alloca (klass->item_size);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!klass->lookup_item (self, x, y, item))
    return;
  /* Where a press opens the item, a press beside the items leaves the
   * selection alone; where a press only selects, it selects nothing. */
  if (klass->press_activates && is_none (self, item))
    return;
  bil_item_view_select_item (self, item);
  if (klass->press_activates && klass->activate_item)
    klass->activate_item (self, selected_slot (self));
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           BilItemView              *self)
{
  BilItemViewPrivate *priv = bil_item_view_get_instance_private (self);
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);
  gpointer item = g_alloca (klass->item_size);

  priv->pointer_x = x;
  priv->pointer_y = y;
  if (!klass->lookup_item (self, x, y, item))
    return;
  if (memcmp (item, hover_slot (self), klass->item_size) != 0)
    {
      memcpy (hover_slot (self), item, klass->item_size);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), is_none (self, item) ? NULL : klass->get_item_cursor (self, item));
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *motion,
          BilItemView              *self)
{
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);

  if (klass->keep_hover_on_leave)
    return;
  memcpy (hover_slot (self), klass->item_none, klass->item_size);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BilItemView           *self)
{
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);

  /* The view's keys first: a view may take any key, Enter included, while
   * it has nothing selected (the grid selects its first cell). */
  if (klass->key_pressed && klass->key_pressed (self, keyval))
    return TRUE;
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      return klass->activate_item && klass->activate_item (self, selected_slot (self));
    default:
      return FALSE;
    }
}

static gboolean
bil_item_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard,
                             GtkTooltip *tooltip)
{
  BilItemView *self = BIL_ITEM_VIEW (widget);
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);
  gconstpointer item = selected_slot (self);

  /* From the keyboard, the tooltip is the selection's. */
  if (!keyboard)
    {
      gpointer found = g_alloca (klass->item_size);

      if (!klass->lookup_item (self, x, y, found))
        return FALSE;
      item = found;
    }
  if (is_none (self, item) || klass->query_item_tooltip == NULL)
    return FALSE;
  return klass->query_item_tooltip (self, item, tooltip);
}

static const char *
bil_item_view_real_get_item_cursor (BilItemView   *self,
                                    gconstpointer  item)
{
  return "pointer";
}

static void
session_changed_cb (BilItemView *self)
{
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);

  if (klass->session_changed)
    klass->session_changed (self);
}

static void
session_selection_changed_cb (BilItemView *self)
{
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);

  if (klass->session_selection_changed)
    klass->session_selection_changed (self);
}

static void
bil_item_view_constructed (GObject *object)
{
  BilItemView *self = BIL_ITEM_VIEW (object);
  BilItemViewPrivate *priv = bil_item_view_get_instance_private (self);
  BilItemViewClass *klass = BIL_ITEM_VIEW_GET_CLASS (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  G_OBJECT_CLASS (bil_item_view_parent_class)->constructed (object);

  /* Here, not in our init: only now does the class say its property. */
  if (klass->selection_property != NULL)
    {
      g_autofree char *detailed = g_strconcat ("notify::", klass->selection_property, NULL);

      g_signal_group_connect_swapped (priv->session_signals, detailed, G_CALLBACK (session_selection_changed_cb), self);
    }

  /* Added after the view's own controllers, which its init added: a drag
   * on the map moves it before the same motion looks up the hover. */
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}

static void
bil_item_view_dispose (GObject *object)
{
  BilItemView *self = BIL_ITEM_VIEW (object);
  BilItemViewPrivate *priv = bil_item_view_get_instance_private (self);

  if (priv->session_signals)
    g_signal_group_set_target (priv->session_signals, NULL);
  g_clear_object (&priv->session_signals);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (bil_item_view_parent_class)->dispose (object);
}

static void
bil_item_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BilItemView *self = BIL_ITEM_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, bil_item_view_get_session (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_item_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BilItemView *self = BIL_ITEM_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION: bil_item_view_set_session (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_item_view_finalize (GObject *object)
{
  BilItemViewPrivate *priv = bil_item_view_get_instance_private (BIL_ITEM_VIEW (object));

  g_clear_pointer (&priv->items, g_free);

  G_OBJECT_CLASS (bil_item_view_parent_class)->finalize (object);
}

static void
bil_item_view_class_init (BilItemViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bil_item_view_constructed;
  object_class->dispose = bil_item_view_dispose;
  object_class->finalize = bil_item_view_finalize;
  object_class->get_property = bil_item_view_get_property;
  object_class->set_property = bil_item_view_set_property;
  widget_class->query_tooltip = bil_item_view_query_tooltip;
  klass->get_item_cursor = bil_item_view_real_get_item_cursor;

  /* The state the view shows: its figures, its models, its selection. */
  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, BIL_TYPE_SESSION,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The selected item changed, by a click, the keyboard or the program. */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_FIRST,
                                             G_STRUCT_OFFSET (BilItemViewClass, selection_changed),
                                             NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bil_item_view_init (BilItemView *self)
{
  BilItemViewPrivate *priv = bil_item_view_get_instance_private (self);

  /* Where the pointer was last seen: nowhere yet. */
  priv->pointer_x = priv->pointer_y = -1;
  /* The session's signals, followed for as long as it is the view's. */
  priv->session_signals = g_signal_group_new (BIL_TYPE_SESSION);
  g_signal_group_connect_swapped (priv->session_signals, "changed", G_CALLBACK (session_changed_cb), self);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/* For a view's class_init: its items are @size bytes, and @none is the
 * item for nothing (no bar, no hit, no cell). */
void
bil_item_view_class_set_item (BilItemViewClass *klass,
                              gsize             size,
                              gconstpointer     none)
{
  g_return_if_fail (BIL_IS_ITEM_VIEW_CLASS (klass));
  g_return_if_fail (size > 0);
  g_return_if_fail (none != NULL);

  /* Classes live as long as the program: so does their none item. */
  klass->item_size = size;
  klass->item_none = g_memdup2 (none, size);
}

/* The item under the pointer. */
gconstpointer
bil_item_view_get_hover (BilItemView *self)
{
  g_return_val_if_fail (BIL_IS_ITEM_VIEW (self), NULL);
  return hover_slot (self);
}

gconstpointer
bil_item_view_get_selected (BilItemView *self)
{
  g_return_val_if_fail (BIL_IS_ITEM_VIEW (self), NULL);
  return selected_slot (self);
}

/* Selects @item (NULL: nothing) as a click would, and says so even when
 * it was selected already. */
void
bil_item_view_select_item (BilItemView   *self,
                           gconstpointer  item)
{
  BilItemViewClass *klass;

  g_return_if_fail (BIL_IS_ITEM_VIEW (self));
  klass = BIL_ITEM_VIEW_GET_CLASS (self);
  memcpy (selected_slot (self), item ? item : klass->item_none, klass->item_size);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* Shows @item (NULL: nothing) as selected, quietly: for a view following
 * its session's selection, which is not the view's own change to tell. */
void
bil_item_view_show_selected (BilItemView   *self,
                             gconstpointer  item)
{
  BilItemViewClass *klass;

  g_return_if_fail (BIL_IS_ITEM_VIEW (self));
  klass = BIL_ITEM_VIEW_GET_CLASS (self);
  if (memcmp (selected_slot (self), item ? item : klass->item_none, klass->item_size) == 0)
    return;
  memcpy (selected_slot (self), item ? item : klass->item_none, klass->item_size);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* For a view whose items changed: nothing hovered, and nothing selected if
 * @selection. Quietly: the view redraws, and tells, as it sees fit. */
void
bil_item_view_clear (BilItemView *self,
                     gboolean     selection)
{
  BilItemViewClass *klass;

  g_return_if_fail (BIL_IS_ITEM_VIEW (self));
  klass = BIL_ITEM_VIEW_GET_CLASS (self);
  memcpy (hover_slot (self), klass->item_none, klass->item_size);
  if (selection)
    memcpy (selected_slot (self), klass->item_none, klass->item_size);
}

/* Where the pointer last moved over the view, (-1, -1) before it did: scroll
 * events carry no position in GTK 4.8. */
void
bil_item_view_get_pointer (BilItemView *self,
                           double      *x,
                           double      *y)
{
  BilItemViewPrivate *priv;

  g_return_if_fail (BIL_IS_ITEM_VIEW (self));
  priv = bil_item_view_get_instance_private (self);
  *x = priv->pointer_x;
  *y = priv->pointer_y;
}

BilSession *
bil_item_view_get_session (BilItemView *self)
{
  BilItemViewPrivate *priv;

  g_return_val_if_fail (BIL_IS_ITEM_VIEW (self), NULL);
  priv = bil_item_view_get_instance_private (self);
  return priv->session;
}

/* The view shows @session (NULL: nothing) and keeps its selection in step
 * with the session's. */
void
bil_item_view_set_session (BilItemView *self,
                           BilSession  *session)
{
  BilItemViewPrivate *priv;

  g_return_if_fail (BIL_IS_ITEM_VIEW (self));
  g_return_if_fail (session == NULL || BIL_IS_SESSION (session));
  priv = bil_item_view_get_instance_private (self);
  if (!g_set_object (&priv->session, session))
    return;
  g_signal_group_set_target (priv->session_signals, session);
  session_changed_cb (self);
  session_selection_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* For a view's own connections to its session (they follow it as it
 * changes). Returns: (transfer none) */
GSignalGroup *
bil_item_view_get_session_signals (BilItemView *self)
{
  BilItemViewPrivate *priv;

  g_return_val_if_fail (BIL_IS_ITEM_VIEW (self), NULL);
  priv = bil_item_view_get_instance_private (self);
  return priv->session_signals;
}
