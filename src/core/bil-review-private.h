/* bil-review-private.h: what bil-review.c and bil-review-file.c share
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-review.h"

G_BEGIN_DECLS

typedef enum
{
  ACTION_NONE,     /* only a preference among disagreeing sources */
  ACTION_EDIT,
  ACTION_REJECT,
  ACTION_ADD,
} Action;

typedef struct
{
  char          *file;
  char          *sha256;
  gsize          start;
  gsize          end;
  char          *text;       /* the span's words, for whoever reads the file */
  Action         action;
  BilFigureEdit  edit;
  gboolean       preferred;
} Correction;

struct _BilReview
{
  GObject     parent_instance;

  char       *path;          /* beside the corpus */
  char       *fallback;      /* in the user's data folder */
  char       *used;          /* where it was last read or written */
  gboolean    keep_used;     /* @used holds a file we could not read: never overwrite it */
  GPtrArray  *corrections;   /* Correction */
  GPtrArray  *undo;          /* GPtrArray of Correction: the states before */
  GPtrArray  *redo;
  GHashTable *pristine;      /* BilArticle → GArray of BilFigure as extracted */
  GHashTable *hashes;        /* BilArticle → its SHA-256 */
  GPtrArray  *notes;         /* from reading and writing the file */
  GPtrArray  *messages;      /* from the last apply */
};

void _bil_review_correction_free (gpointer data);

G_END_DECLS
