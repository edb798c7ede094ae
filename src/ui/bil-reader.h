/* bil-reader.h: an article with its figures and countries highlighted
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-article.h"

G_BEGIN_DECLS

#define BIL_TYPE_READER (bil_reader_get_type ())
G_DECLARE_FINAL_TYPE (BilReader, bil_reader, BIL, READER, GtkWidget)

GtkWidget   *bil_reader_new          (void);
void         bil_reader_show         (BilReader  *self,
                                      BilArticle *article,
                                      gsize       start,
                                      gsize       end);
BilArticle  *bil_reader_get_article  (BilReader  *self);
GtkTextView *bil_reader_get_text_view(BilReader  *self);
char        *bil_reader_get_selection(BilReader  *self);
gboolean     bil_reader_get_selection_span (BilReader *self,
                                            gsize     *start,
                                            gsize     *end);
void         bil_reader_style_changed(BilReader  *self);

G_END_DECLS
