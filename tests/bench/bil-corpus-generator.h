/* bil-corpus-generator.h: synthetic news articles for benchmarks
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *bil_generate_article (GRand *rand,
                               guint  index,
                               gsize  target_bytes);
gboolean bil_generate_corpus  (const char *dir,
                               guint       n_articles,
                               gsize       article_bytes,
                               guint32     seed,
                               guint64    *total_bytes,
                               GError    **error);

G_END_DECLS
