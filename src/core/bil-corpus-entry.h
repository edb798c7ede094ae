/* bil-corpus-entry.h: one article to load, before it is read
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-article.h"

G_BEGIN_DECLS

typedef struct
{
  GFile          *file;   /* NULL for inline text */
  char           *path;   /* shown in warnings and output */
  GBytes         *text;   /* inline text from a manifest, or NULL */
  GBytes         *record; /* a pre-extracted JSONL line, or NULL */
  BilArticleMeta  meta;
  gboolean        standalone; /* its path alone, given as an argument, reads it the same */
} BilCorpusEntry;

BilCorpusEntry *bil_corpus_entry_new  (GFile      *file,
                                       const char *path);
void            bil_corpus_entry_free (BilCorpusEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilCorpusEntry, bil_corpus_entry_free)

G_END_DECLS
