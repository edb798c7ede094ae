/* bil-export-dialog.h: what goes into a report, and where
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BIL_TYPE_EXPORT_DIALOG (bil_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BilExportDialog, bil_export_dialog, BIL, EXPORT_DIALOG, AdwMessageDialog)

BilExportDialog *bil_export_dialog_new (GtkWindow  *parent,
                                        const char *title,
                                        const char *filter_description,
                                        int         scale);

G_END_DECLS
