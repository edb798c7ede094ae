/* bil-corpus-json.h: the JSON that --extract prints
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus.h"
#include "bil-json-writer.h"

G_BEGIN_DECLS

void     bil_article_write_json (BilArticle     *article,
                                 gboolean        with_text,
                                 BilJsonWriter  *writer);
gboolean bil_corpus_write_json  (BilCorpus      *corpus,
                                 GOutputStream  *out,
                                 GError        **error);

G_END_DECLS
