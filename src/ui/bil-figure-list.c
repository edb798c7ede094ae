/* bil-figure-list.c: the session's figures as a list model, made lazily
 *
 * A table row is an object, but 100,000 objects made at once freeze the
 * window for a tenth of a second: items are made when a row asks for one.
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-figure-list"

#include "config.h"

#include "bil-figure-item.h"
#include "bil-figure-list.h"

struct _BilFigureList
{
  GObject  parent_instance;
  GArray  *refs;    /* BilFigureRef, shared with the session */
  GArray  *order;   /* guint positions in @refs, or NULL for their order */
};

static GType
bil_figure_list_get_item_type (GListModel *model)
{
  return BIL_TYPE_FIGURE_ITEM;
}

static guint
bil_figure_list_get_n_items (GListModel *model)
{
  BilFigureList *self = BIL_FIGURE_LIST (model);

  return self->refs ? self->refs->len : 0;
}

static gpointer
bil_figure_list_get_item (GListModel *model,
                          guint       position)
{
  BilFigureList *self = BIL_FIGURE_LIST (model);
  guint index;

  if (self->refs == NULL || position >= self->refs->len)
    return NULL;
  index = self->order ? g_array_index (self->order, guint, position) : position;
  return bil_figure_item_new (&g_array_index (self->refs, BilFigureRef, index), index);
}

static void
bil_figure_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bil_figure_list_get_item_type;
  iface->get_n_items = bil_figure_list_get_n_items;
  iface->get_item = bil_figure_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BilFigureList, bil_figure_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, bil_figure_list_model_init))

static void
bil_figure_list_finalize (GObject *object)
{
  BilFigureList *self = BIL_FIGURE_LIST (object);

  g_clear_pointer (&self->refs, g_array_unref);
  g_clear_pointer (&self->order, g_array_unref);
  G_OBJECT_CLASS (bil_figure_list_parent_class)->finalize (object);
}

static void
bil_figure_list_class_init (BilFigureListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bil_figure_list_finalize;
}

static void
bil_figure_list_init (BilFigureList *self)
{
}

BilFigureList *
bil_figure_list_new (void)
{
  return g_object_new (BIL_TYPE_FIGURE_LIST, NULL);
}

/**
 * bil_figure_list_set:
 * @refs: (nullable): the figures, kept (a reference)
 * @order: (nullable): positions in @refs, in the order to list them
 */
void
bil_figure_list_set (BilFigureList *self,
                     GArray        *refs,
                     GArray        *order)
{
  guint removed, added;

  g_return_if_fail (BIL_IS_FIGURE_LIST (self));
  g_return_if_fail (order == NULL || (refs && order->len == refs->len));

  removed = self->refs ? self->refs->len : 0;
  if (refs)
    g_array_ref (refs);
  g_clear_pointer (&self->refs, g_array_unref);
  self->refs = refs;
  if (order)
    g_array_ref (order);
  g_clear_pointer (&self->order, g_array_unref);
  self->order = order;
  added = refs ? refs->len : 0;
  if (removed || added)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
}

/* The position of the figure of @article at [@start, @end) in the list,
 * or G_MAXUINT: a pass over the figures, no item made. */
guint
bil_figure_list_find (BilFigureList *self,
                      BilArticle    *article,
                      gsize          start,
                      gsize          end)
{
  g_return_val_if_fail (BIL_IS_FIGURE_LIST (self), G_MAXUINT);

  for (guint i = 0; self->refs && i < self->refs->len; i++)
    {
      guint at = self->order ? g_array_index (self->order, guint, i) : i;
      const BilFigureRef *ref = &g_array_index (self->refs, BilFigureRef, at);

      if (ref->article == article && ref->figure->money.start == start && ref->figure->money.end == end)
        return i;
    }
  return G_MAXUINT;
}
