/* bil-corpus.h
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

typedef struct _BilFilter BilFilter;

#include "bil-article.h"

G_BEGIN_DECLS

#define BIL_TYPE_CORPUS (bil_corpus_get_type ())
G_DECLARE_FINAL_TYPE (BilCorpus, bil_corpus, BIL, CORPUS, GObject)

/* A loaded corpus: a list model of BilArticle plus the warnings met while
 * loading it. */
BilCorpus   *bil_corpus_new            (const char *name);
const char  *bil_corpus_get_name       (BilCorpus  *self);
void         bil_corpus_set_name       (BilCorpus  *self,
                                        const char *name);
void         bil_corpus_add_article    (BilCorpus  *self,
                                        BilArticle *article);
guint        bil_corpus_get_n_articles (BilCorpus  *self);
BilArticle  *bil_corpus_get_article    (BilCorpus  *self,
                                        guint       position);
void         bil_corpus_add_warning    (BilCorpus  *self,
                                        const char *warning);
GPtrArray   *bil_corpus_get_warnings   (BilCorpus  *self);
void         bil_corpus_set_partnerships (BilCorpus *self,
                                        GPtrArray  *partnerships);
GPtrArray   *bil_corpus_get_partnerships (BilCorpus *self);
const char * const *bil_corpus_get_paths (BilCorpus *self);
void         bil_corpus_index          (BilCorpus  *self);
guint8      *bil_corpus_match_articles (BilCorpus  *self,
                                        BilFilter  *filter);
void         bil_corpus_count_naming   (BilCorpus    *self,
                                        const guint8 *passing,
                                        guint        *counts,
                                        guint         n_entities);
void         bil_corpus_set_paths      (BilCorpus          *self,
                                        const char * const *paths);

G_END_DECLS
