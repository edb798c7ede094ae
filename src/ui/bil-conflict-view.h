/* bil-conflict-view.h: where sources disagree, side by side
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_CONFLICT_VIEW (bil_conflict_view_get_type ())
G_DECLARE_FINAL_TYPE (BilConflictView, bil_conflict_view, BIL, CONFLICT_VIEW, GtkWidget)

GtkWidget *bil_conflict_view_new          (void);
void       bil_conflict_view_set_session  (BilConflictView *self,
                                           BilSession      *session);
guint      bil_conflict_view_get_n_conflicts (BilConflictView *self);

G_END_DECLS
