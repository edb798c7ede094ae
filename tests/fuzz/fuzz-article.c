/* fuzz-article.c: libFuzzer target for the article decoder, boilerplate,
 * sentences and metadata inference
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bil-article.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BilArticle) article = bil_article_new_from_bytes ("fuzz.txt", bytes, NULL, warnings, NULL);

  if (article != NULL)
    {
      gsize len;
      const char *text = bil_article_get_text (article, &len);
      guint n;
      const BilSpan *sentences = bil_article_get_sentences (article, &n);

      /* Every span lies within the text and is valid UTF-8 at its ends. */
      for (guint i = 0; i < n; i++)
        if (sentences[i].start > sentences[i].end || sentences[i].end > len ||
            !g_utf8_validate (text + sentences[i].start, (gssize) (sentences[i].end - sentences[i].start), NULL))
          __builtin_trap ();
      g_assert (g_utf8_validate (bil_article_get_title (article), -1, NULL));
    }
  return 0;
}
