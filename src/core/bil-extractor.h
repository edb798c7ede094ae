/* bil-extractor.h: figures, countries and partnerships of one article
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-article.h"
#include "bil-facts.h"

G_BEGIN_DECLS

BilFacts *bil_extract_article (BilArticle *article,
                               BilLexicon *lexicon);

G_END_DECLS
