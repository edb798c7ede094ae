/* bil-partnership-map.h: the map widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-item-view.h"
#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_PARTNERSHIP_MAP (bil_partnership_map_get_type ())
G_DECLARE_FINAL_TYPE (BilPartnershipMap, bil_partnership_map, BIL, PARTNERSHIP_MAP, BilItemView)

GtkWidget *bil_partnership_map_new          (void);
void       bil_partnership_map_set_session  (BilPartnershipMap *self,
                                             BilSession        *session);
void       bil_partnership_map_fit          (BilPartnershipMap *self);
void       bil_partnership_map_zoom         (BilPartnershipMap *self,
                                             double             factor);
BilMapHit  bil_partnership_map_get_selected (BilPartnershipMap *self);
void       bil_partnership_map_select       (BilPartnershipMap *self,
                                             BilMapHit          hit);
GArray    *bil_partnership_map_get_evidence (BilPartnershipMap *self);
gboolean   bil_partnership_map_arc_point    (BilPartnershipMap *self,
                                             guint              arc,
                                             double            *x,
                                             double            *y);
char      *bil_partnership_map_describe     (BilPartnershipMap *self,
                                             BilMapHit          hit);

G_END_DECLS
