/* bil-article-sidebar.h: the corpus's articles, as the filter leaves them
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_ARTICLE_SIDEBAR (bil_article_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (BilArticleSidebar, bil_article_sidebar, BIL, ARTICLE_SIDEBAR, GtkBox)

void bil_article_sidebar_set_session (BilArticleSidebar *self,
                                      BilSession        *session);
void bil_article_sidebar_set_corpus  (BilArticleSidebar *self,
                                      BilCorpus         *corpus);
void bil_article_sidebar_refilter    (BilArticleSidebar *self);
void bil_article_sidebar_select      (BilArticleSidebar *self,
                                      guint              position);

G_END_DECLS
