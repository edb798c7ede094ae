/* bil-text.h: lines, boilerplate and sentences of an article's text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-article.h"

G_BEGIN_DECLS

/* ASCII letters, digits and '_': what the scanners call a word. A table of
 * our own: g_ascii_isalnum () reads GLib's through a relocation, and this
 * is asked of nearly every byte of the corpus. */
extern const guint8 bil_text_word_bytes[256];

static inline gboolean
bil_is_word_byte (guchar c)
{
  return bil_text_word_bytes[c];
}

/* g_ascii_tolower () is a call into GLib; the scanners ask it of every
 * letter they compare. */
static inline guchar
bil_ascii_lower (guchar c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Whether @prefix starts at @t[@i], within @end. Most places start no word
 * asked: one byte decides; the rest, a few bytes, compared here rather than
 * through strlen () and memcmp (). */
static inline gboolean
bil_has_prefix_at (const char *t,
                   gsize       i,
                   gsize       end,
                   const char *prefix)
{
  if (i >= end || t[i] != prefix[0])
    return FALSE;
  for (gsize k = 1; prefix[k] != '\0'; k++)
    if (i + k >= end || t[i + k] != prefix[k])
      return FALSE;
  return TRUE;
}

GArray   *bil_text_split_lines      (const char *text,
                                     gsize       start,
                                     gsize       len);
void      bil_text_split_lines_into (const char *text,
                                     gsize       start,
                                     gsize       len,
                                     GArray     *lines);
void      bil_text_mark_boilerplate (const char *text,
                                     GArray     *lines);
void      bil_text_split_sentences  (const char *text,
                                     gsize       start,
                                     gsize       end,
                                     GArray     *sentences);
gboolean  bil_text_stray_blank_decimal (const char *text,
                                        gsize       i,
                                        gsize       end);
gboolean  bil_text_contains_ascii_caseless (const char *text,
                                           gsize       len,
                                           const char *needle,
                                           gsize       needle_len);
gboolean  bil_text_is_headline      (const char *line,
                                     gsize       len);

G_END_DECLS
