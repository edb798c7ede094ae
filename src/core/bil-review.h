/* bil-review.h: the user's corrections, kept beside the corpus
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus.h"
#include "bil-figure-ref.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_FIELD_VALUE    = 1 << 0,
  BIL_FIELD_CURRENCY = 1 << 1,
  BIL_FIELD_METRIC   = 1 << 2,
  BIL_FIELD_FROM     = 1 << 3,
  BIL_FIELD_TO       = 1 << 4,
  BIL_FIELD_YEAR     = 1 << 5,
} BilField;

/* What the user says a figure is: only the fields named in @fields count. */
typedef struct
{
  guint     fields;
  double    value;        /* in units of @currency */
  char      currency[4];
  BilMetric metric;
  int       from;         /* entities, -1 for none */
  int       to;
  int       year;         /* 0: unknown */
} BilFigureEdit;

#define BIL_REVIEW_SUFFIX ".bilateral-review.json"

#define BIL_TYPE_REVIEW (bil_review_get_type ())
G_DECLARE_FINAL_TYPE (BilReview, bil_review, BIL, REVIEW, GObject)

BilReview  *bil_review_new             (const char          *path,
                                        const char          *fallback_path);
BilReview  *bil_review_new_for_paths   (const char * const  *paths);
BilReview  *bil_review_open            (const char * const  *paths,
                                        GPtrArray           *warnings);
BilReview  *bil_review_open_for_corpus (BilCorpus          *corpus);
const char *bil_review_get_path        (BilReview           *self);
gboolean    bil_review_load            (BilReview           *self,
                                        GError             **error);
gboolean    bil_review_save            (BilReview           *self,
                                        GError             **error);
guint       bil_review_get_n_corrections (BilReview         *self);

void        bil_review_apply           (BilReview           *self,
                                        BilCorpus           *corpus);
void        bil_review_apply_article   (BilReview           *self,
                                        BilArticle          *article);
GPtrArray  *bil_review_get_messages    (BilReview           *self);

void        bil_review_edit            (BilReview           *self,
                                        BilArticle          *article,
                                        const BilFigure     *figure,
                                        const BilFigureEdit *edit);
void        bil_review_reject          (BilReview           *self,
                                        BilArticle          *article,
                                        const BilFigure     *figure);
gboolean    bil_review_add             (BilReview           *self,
                                        BilArticle          *article,
                                        gsize                start,
                                        gsize                end,
                                        const BilFigureEdit *edit,
                                        GError             **error);
void        bil_review_prefer          (BilReview           *self,
                                        const BilFigureRef  *chosen,
                                        const BilFigureRef  *cluster,
                                        guint                n_cluster);

gboolean    bil_review_can_undo        (BilReview           *self);
gboolean    bil_review_can_redo        (BilReview           *self);
gboolean    bil_review_undo            (BilReview           *self);
gboolean    bil_review_redo            (BilReview           *self);

G_END_DECLS
