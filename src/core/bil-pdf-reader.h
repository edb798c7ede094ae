/* bil-pdf-reader.h: the text of a PDF report or press release
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-document.h"

G_BEGIN_DECLS

/* Bounds on one PDF: its size, and how many pages are read. */
#define BIL_PDF_MAX_BYTES (64u * 1024 * 1024)
#define BIL_PDF_MAX_PAGES 500

gboolean bil_pdf_read (const char  *data,
                       gsize        len,
                       BilDocument *doc,
                       GPtrArray   *warnings,
                       GError     **error);

G_END_DECLS
