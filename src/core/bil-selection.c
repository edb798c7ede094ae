/* bil-selection.c: what a view has selected, by identity
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session keeps one selection per kind of view (the figures, the map,
 * the sector grid) as a value of this type: a figure by its article and
 * amount, a country or a pair by their codes, a cell by its pair and
 * sector. Array indices would change with each sort or filter; these do
 * not.
 */

#include "config.h"

#include <string.h>

#include "bil-selection.h"

G_DEFINE_BOXED_TYPE (BilSelection, bil_selection, bil_selection_copy, bil_selection_free)

BilSelection *
bil_selection_copy (const BilSelection *self)
{
  BilSelection *copy = g_new0 (BilSelection, 1);

  if (self != NULL)
    bil_selection_set (copy, self);
  return copy;
}

void
bil_selection_free (BilSelection *self)
{
  if (self == NULL)
    return;
  bil_selection_clear (self);
  g_free (self);
}

/* Nothing selected, the article's reference dropped. */
void
bil_selection_clear (BilSelection *self)
{
  g_return_if_fail (self != NULL);
  g_clear_object (&self->article);
  memset (self, 0, sizeof *self);
}

/* @self becomes a copy of @other (NULL: nothing). */
void
bil_selection_set (BilSelection       *self,
                   const BilSelection *other)
{
  BilArticle *article;

  g_return_if_fail (self != NULL);
  if (self == other)
    return;
  article = other && other->article ? g_object_ref (other->article) : NULL;
  bil_selection_clear (self);
  if (other != NULL)
    *self = *other;
  self->article = article;
}

gboolean
bil_selection_equal (const BilSelection *a,
                     const BilSelection *b)
{
  BilSelectionKind ka = a ? a->kind : BIL_SELECTION_NONE, kb = b ? b->kind : BIL_SELECTION_NONE;

  if (ka != kb)
    return FALSE;
  switch (ka)
    {
    case BIL_SELECTION_NONE:
      return TRUE;
    case BIL_SELECTION_FIGURE:
      return a->article == b->article && a->start == b->start && a->end == b->end;
    case BIL_SELECTION_COUNTRY:
      return strcmp (a->a, b->a) == 0;
    case BIL_SELECTION_PAIR:
      return strcmp (a->a, b->a) == 0 && strcmp (a->b, b->b) == 0;
    case BIL_SELECTION_CELL:
      return strcmp (a->a, b->a) == 0 && strcmp (a->b, b->b) == 0 && a->sector == b->sector;
    default:
      g_assert_not_reached ();
    }
}

void
bil_selection_init_figure (BilSelection *self,
                           BilArticle   *article,
                           gsize         start,
                           gsize         end)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (BIL_IS_ARTICLE (article));
  bil_selection_clear (self);
  self->kind = BIL_SELECTION_FIGURE;
  self->article = g_object_ref (article);
  self->start = start;
  self->end = end;
}

void
bil_selection_init_country (BilSelection *self,
                            const char   *code)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (code != NULL);
  bil_selection_clear (self);
  self->kind = BIL_SELECTION_COUNTRY;
  g_strlcpy (self->a, code, sizeof self->a);
}

void
bil_selection_init_pair (BilSelection *self,
                         const char   *a,
                         const char   *b)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (a != NULL && b != NULL);
  bil_selection_clear (self);
  self->kind = BIL_SELECTION_PAIR;
  g_strlcpy (self->a, a, sizeof self->a);
  g_strlcpy (self->b, b, sizeof self->b);
}

void
bil_selection_init_cell (BilSelection *self,
                         const char   *a,
                         const char   *b,
                         int           sector)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (a != NULL && b != NULL);
  bil_selection_clear (self);
  self->kind = BIL_SELECTION_CELL;
  g_strlcpy (self->a, a, sizeof self->a);
  g_strlcpy (self->b, b, sizeof self->b);
  self->sector = sector;
}
