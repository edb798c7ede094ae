/* fuzz-manifest.c: libFuzzer target for the JSON manifest parser and the
 * pre-extracted JSONL reader
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bil-corpus-entry.h"
#include "bil-jsonl.h"
#include "bil-manifest.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_corpus_entry_free);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = NULL;
  g_autoptr(BilArticle) article = NULL;

  /* "file" entries are only resolved, never read: none may escape /tmp. */
  bil_manifest_parse ((const char *) data, size, "fuzz.json", "/tmp", entries, &name, warnings, NULL);
  article = bil_article_new_from_json_line ((const char *) data, size, "fuzz.jsonl:1", warnings, NULL);
  return 0;
}
