/* fuzz-feed.c: libFuzzer target for the RSS and Atom reader
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bil-article.h"
#include "bil-feed-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_document_free);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gboolean ok = bil_feed_read ((const char *) data, size, items, warnings, &error);

  /* Either items or a reason; each item valid UTF-8 and an article. */
  if (ok == (error != NULL))
    g_error ("a result and a reason disagree");
  if (items->len > BIL_FEED_MAX_ITEMS)
    g_error ("more items than the bound");
  for (guint i = 0; i < items->len; i++)
    {
      BilDocument *doc = g_ptr_array_index (items, i);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(BilArticle) article = NULL;
      BilArticleMeta meta = { 0 };

      if (doc == NULL)
        continue;
      if (!g_utf8_validate (doc->text, (gssize) doc->len, NULL))
        g_error ("item text not UTF-8");
      if (doc->title && !g_utf8_validate (doc->title, -1, NULL))
        g_error ("item title not UTF-8");
      meta.format = BIL_FORMAT_FEED_ITEM;
      meta.origin = BIL_ORIGIN_FEED;
      meta.title = doc->title;
      meta.url = doc->url;
      bytes = g_bytes_new (doc->text, doc->len);
      article = bil_article_new_from_bytes ("fuzz.rss#1", bytes, &meta, warnings, NULL);
    }
  return 0;
}
