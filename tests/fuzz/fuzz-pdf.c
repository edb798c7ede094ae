/* fuzz-pdf.c: libFuzzer target for the PDF reader (poppler, then our
 * lines, tables, running headers and paragraphs)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bil-pdf-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  BilDocument doc = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean ok = bil_pdf_read ((const char *) data, size, &doc, NULL, &error);

  if (ok == (error != NULL))
    g_error ("a result and a reason disagree");
  if (ok && !g_utf8_validate (doc.text, (gssize) doc.len, NULL))
    g_error ("text not UTF-8");
  bil_document_clear (&doc);
  return 0;
}
