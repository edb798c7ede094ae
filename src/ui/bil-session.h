/* bil-session.h: the state every view binds to
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bil-figure-ref.h"
#include "bil-filter.h"
#include "bil-map-render.h"
#include "bil-review.h"
#include "bil-sector-grid.h"

G_BEGIN_DECLS

#define BIL_TYPE_SESSION (bil_session_get_type ())
G_DECLARE_FINAL_TYPE (BilSession, bil_session, BIL, SESSION, GObject)

BilSession   *bil_session_new            (void);
BilCorpus    *bil_session_get_corpus     (BilSession  *self);
void          bil_session_set_corpus     (BilSession  *self,
                                          BilCorpus   *corpus);
BilFilter    *bil_session_get_filter     (BilSession  *self);
BilGrouping   bil_session_get_grouping   (BilSession  *self);
void          bil_session_set_grouping   (BilSession  *self,
                                          BilGrouping  grouping);
gboolean      bil_session_get_log_scale  (BilSession  *self);
void          bil_session_set_log_scale  (BilSession  *self,
                                          gboolean     log_scale);

/* What the filter lets through, kept up to date. */
gboolean      bil_session_get_needs_review (BilSession *self);
void          bil_session_set_needs_review (BilSession *self,
                                            gboolean    needs_review);
BilReview    *bil_session_get_review     (BilSession  *self);
void          bil_session_set_review     (BilSession  *self,
                                          BilReview   *review);

GArray       *bil_session_get_figures    (BilSession  *self);
gboolean      bil_session_article_passes (BilSession  *self,
                                          BilArticle  *article);
const BilMapModel  *bil_session_get_map_model  (BilSession *self);
const BilGridModel *bil_session_get_grid_model (BilSession *self);

/* For views: move *slot to @session, moving @observer's "changed" handler
 * with it. FALSE when *slot already held @session. */
gboolean      bil_session_watch          (BilSession **slot,
                                          BilSession  *session,
                                          gpointer     observer,
                                          GCallback    on_changed);

/* Ask the window to show an article at a span (click-through). */
void          bil_session_open_evidence  (BilSession  *self,
                                          BilArticle  *article,
                                          gsize        start,
                                          gsize        end);

G_END_DECLS
