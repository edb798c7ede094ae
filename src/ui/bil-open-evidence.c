/* bil-open-evidence.c: a view asks the window to open a sentence
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every click-through (a bar, an arc, a cell, a conflict, a line of
 * evidence) activates the window's win.open-evidence action with the
 * article's place in the corpus and the span to show; the window opens the
 * reader there, and Back returns. A view needs no window of its own to
 * compile or test: outside one, the action is simply not found.
 */

#define G_LOG_DOMAIN "bil-open-evidence"

#include "config.h"

#include "bil-open-evidence.h"

/* Opens @article at [@start, @end) through the win.open-evidence action of
 * the window @widget is in. */
void
bil_open_evidence (GtkWidget  *widget,
                   BilArticle *article,
                   gsize       start,
                   gsize       end)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (BIL_IS_ARTICLE (article));
  gtk_widget_activate_action (widget, "win.open-evidence", "(utt)", bil_article_get_index (article),
                              (guint64) start, (guint64) end);
}
