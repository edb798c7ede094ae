/* fuzz-html.c: libFuzzer target for the web page reader and the article
 * made of what it reads
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bil-article.h"
#include "bil-html-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BilArticle) article = bil_article_new_from_bytes ("fuzz.html", bytes, NULL, warnings, NULL);
  g_autofree char *fragment = bil_html_fragment_to_text ((const char *) data, size);

  /* The text offsets point into is valid UTF-8, and so is its title. */
  if (article != NULL)
    {
      gsize len;
      const char *text = bil_article_get_text (article, &len);

      if (!g_utf8_validate (text, (gssize) len, NULL))
        g_error ("article text not UTF-8");
      if (!g_utf8_validate (bil_article_get_title (article), -1, NULL))
        g_error ("article title not UTF-8");
    }
  if (!g_utf8_validate (fragment, -1, NULL))
    g_error ("fragment text not UTF-8");
  return 0;
}
