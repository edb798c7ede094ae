/* bil-filter-bar.h: the controls of the session's filter
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-corpus.h"
#include "bil-filter.h"

G_BEGIN_DECLS

#define BIL_TYPE_FILTER_BAR (bil_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (BilFilterBar, bil_filter_bar, BIL, FILTER_BAR, GtkWidget)

void bil_filter_bar_set_filter (BilFilterBar *self,
                                BilFilter    *filter);
void bil_filter_bar_set_corpus (BilFilterBar *self,
                                BilCorpus    *corpus);
void bil_filter_bar_reveal     (BilFilterBar *self);

G_END_DECLS
