/* bil-selection.h: what a view has selected, by identity
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "bil-article.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_SELECTION_NONE,
  BIL_SELECTION_FIGURE,   /* an amount of an article */
  BIL_SELECTION_COUNTRY,  /* a country or bloc, by its code */
  BIL_SELECTION_PAIR,     /* two countries or blocs, by their codes */
  BIL_SELECTION_CELL,     /* a pair and a sector, by their codes and the sector's index */
} BilSelectionKind;

/* A selection names what is selected, not where it is drawn: it survives
 * sorting, filtering and the models being built again, and a view finds
 * its item from it (or none, while the filter hides it). */
typedef struct
{
  BilSelectionKind  kind;
  BilArticle       *article;   /* FIGURE: a reference */
  gsize             start;     /* FIGURE: the amount's span in the article's text */
  gsize             end;
  char              a[16];     /* COUNTRY, PAIR, CELL: codes, a before b as the models sort them */
  char              b[16];
  int               sector;    /* CELL */
} BilSelection;

#define BIL_TYPE_SELECTION (bil_selection_get_type ())

GType         bil_selection_get_type (void) G_GNUC_CONST;
BilSelection *bil_selection_copy     (const BilSelection *self);
void          bil_selection_free     (BilSelection       *self);
gboolean      bil_selection_equal    (const BilSelection *a,
                                      const BilSelection *b);
void          bil_selection_clear    (BilSelection       *self);
void          bil_selection_set      (BilSelection       *self,
                                      const BilSelection *other);

void          bil_selection_init_figure  (BilSelection *self,
                                          BilArticle   *article,
                                          gsize         start,
                                          gsize         end);
void          bil_selection_init_country (BilSelection *self,
                                          const char   *code);
void          bil_selection_init_pair    (BilSelection *self,
                                          const char   *a,
                                          const char   *b);
void          bil_selection_init_cell    (BilSelection *self,
                                          const char   *a,
                                          const char   *b,
                                          int           sector);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilSelection, bil_selection_free)

G_END_DECLS
