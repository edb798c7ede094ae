/* bil-test-corpus.h: the embedded seed corpus, for the tests that draw it,
 * and our 30 labelled articles, for those that compare ways of counting
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus.h"
#include "bil-map-model.h"

G_BEGIN_DECLS

BilCorpus *bil_test_seeds    (void);
BilCorpus *bil_test_articles (void);
BilCorpus *bil_test_load     (const char * const *paths);
guint      bil_test_count_warnings (BilCorpus  *corpus,
                                    const char *path,
                                    const char *message);
int        bil_test_map_node (const BilMapModel *model,
                              const char        *code);
int        bil_test_map_arc  (const BilMapModel *model,
                              const char        *x,
                              const char        *y,
                              BilStance          stance);

G_END_DECLS
