/* bil-corpus-json.h: the JSON that --extract prints
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bil-corpus.h"

G_BEGIN_DECLS

JsonNode *bil_article_to_json (BilArticle *article,
                               gboolean    with_text);
JsonNode *bil_corpus_to_json  (BilCorpus  *corpus);

G_END_DECLS
