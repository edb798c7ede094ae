/* bil-text.h: lines, boilerplate and sentences of an article's text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-article.h"

G_BEGIN_DECLS

GArray   *bil_text_split_lines      (const char *text,
                                     gsize       start,
                                     gsize       len);
void      bil_text_mark_boilerplate (const char *text,
                                     GArray     *lines);
void      bil_text_split_sentences  (const char *text,
                                     gsize       start,
                                     gsize       end,
                                     GArray     *sentences);
gboolean  bil_text_contains_ascii_caseless (const char *text,
                                           gsize       len,
                                           const char *needle,
                                           gsize       needle_len);
gboolean  bil_text_is_headline      (const char *line,
                                     gsize       len);

G_END_DECLS
