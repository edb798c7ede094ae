/* bil-open-evidence.h: a view asks the window to open a sentence
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-article.h"

G_BEGIN_DECLS

void bil_open_evidence (GtkWidget  *widget,
                        BilArticle *article,
                        gsize       start,
                        gsize       end);

G_END_DECLS
