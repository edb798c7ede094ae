/* bil-corpus-loader.h
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus.h"

G_BEGIN_DECLS

#define BIL_EMBEDDED_CORPUS_URI "resource:///org/example/Bilateral/corpus"
/* Its manifest: the seeds' publication dates, which their texts do not show. */
#define BIL_EMBEDDED_MANIFEST_URI BIL_EMBEDDED_CORPUS_URI "/manifest.json"

#define BIL_TYPE_CORPUS_LOADER (bil_corpus_loader_get_type ())
G_DECLARE_FINAL_TYPE (BilCorpusLoader, bil_corpus_loader, BIL, CORPUS_LOADER, GObject)

BilCorpusLoader *bil_corpus_loader_new          (const char * const *paths);
double           bil_corpus_loader_get_fraction (BilCorpusLoader     *self);
void             bil_corpus_loader_set_n_threads(BilCorpusLoader     *self,
                                                 guint                n_threads);
BilCorpus       *bil_corpus_loader_load         (BilCorpusLoader     *self,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
void             bil_corpus_loader_load_async   (BilCorpusLoader     *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
BilCorpus       *bil_corpus_loader_load_finish  (BilCorpusLoader     *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

typedef void (*BilArticleFunc) (BilArticle *article,
                                gpointer    user_data);

gboolean         bil_corpus_loader_stream       (BilCorpusLoader     *self,
                                                 BilArticleFunc       func,
                                                 gpointer             user_data,
                                                 GPtrArray           *warnings,
                                                 GCancellable        *cancellable,
                                                 GError             **error);

typedef void (*BilEntryFunc) (guint       index,
                              const char *path,
                              guint64     size,
                              gboolean    standalone,
                              gpointer    user_data);

gboolean         bil_corpus_loader_list         (BilCorpusLoader     *self,
                                                 BilEntryFunc         func,
                                                 gpointer             user_data,
                                                 GPtrArray           *warnings,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
void             bil_corpus_loader_set_range    (BilCorpusLoader     *self,
                                                 guint                first,
                                                 guint                limit);

G_END_DECLS
