/* bil-data-export.h: the figures and partnerships as CSV or JSON
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bil-figure-ref.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_DATA_EXPORT_CSV,
  BIL_DATA_EXPORT_JSON,
} BilDataExportFormat;

typedef enum
{
  BIL_DATA_EXPORT_FIGURES,
  BIL_DATA_EXPORT_PARTNERSHIPS,
} BilDataExportTable;

BilDataExportFormat bil_data_export_format_for_path (const char          *path);
gboolean bil_data_export_table_from_string   (const char          *name,
                                              BilDataExportTable  *table);

gboolean bil_data_export_figures_csv         (GOutputStream       *out,
                                              GArray              *refs,
                                              GCancellable        *cancellable,
                                              GError             **error);
gboolean bil_data_export_figures_json        (GOutputStream       *out,
                                              GArray              *refs,
                                              GCancellable        *cancellable,
                                              GError             **error);
gboolean bil_data_export_partnerships_csv    (GOutputStream       *out,
                                              BilCorpus           *corpus,
                                              BilFilter           *filter,
                                              GCancellable        *cancellable,
                                              GError             **error);
gboolean bil_data_export_partnerships_json   (GOutputStream       *out,
                                              BilCorpus           *corpus,
                                              BilFilter           *filter,
                                              GCancellable        *cancellable,
                                              GError             **error);

gboolean bil_data_export_figures_to_path     (const char          *path,
                                              GArray              *refs,
                                              GError             **error);
gboolean bil_data_export_partnerships_to_path (const char         *path,
                                              BilCorpus           *corpus,
                                              BilFilter           *filter,
                                              GError             **error);

/* The pieces, for tests. */
void        bil_data_export_append_csv_field (GString             *line,
                                              const char          *field);
const char *bil_data_export_format_number    (char                 buf[G_ASCII_DTOSTR_BUF_SIZE],
                                              double               value);

G_END_DECLS
