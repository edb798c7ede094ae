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
#include "bil-selection.h"

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

/* The selections, by identity (see BilSelection). */
const BilSelection *bil_session_get_selected_figure (BilSession         *self);
void          bil_session_set_selected_figure (BilSession         *self,
                                               const BilSelection *selection);
void          bil_session_select_figure  (BilSession         *self,
                                          const BilFigureRef *ref);
int           bil_session_get_selected_index (BilSession     *self);
const BilFigureRef *bil_session_get_selected_ref (BilSession *self);
const BilSelection *bil_session_get_selected_place (BilSession     *self);
void          bil_session_set_selected_place (BilSession         *self,
                                              const BilSelection *selection);
const BilSelection *bil_session_get_selected_cell (BilSession      *self);
void          bil_session_set_selected_cell (BilSession         *self,
                                             const BilSelection *selection);

G_END_DECLS
