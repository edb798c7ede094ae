/* bil-evidence-list.h: the sentences behind a partnership
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_EVIDENCE_LIST (bil_evidence_list_get_type ())

G_DECLARE_FINAL_TYPE (BilEvidenceList, bil_evidence_list, BIL, EVIDENCE_LIST, GtkBox)

void        bil_evidence_list_show         (BilEvidenceList *self,
                                            const char      *title,
                                            GArray          *evidence);
GtkListBox *bil_evidence_list_get_list_box (BilEvidenceList *self);

G_END_DECLS
