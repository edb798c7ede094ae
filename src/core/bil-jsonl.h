/* bil-jsonl.h: one pre-extracted article per line
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-article.h"

G_BEGIN_DECLS

BilArticle *bil_article_new_from_json_line (const char  *line,
                                            gsize        len,
                                            const char  *where,
                                            GPtrArray   *warnings,
                                            GError     **error);

G_END_DECLS
