/* bil-html-reader.h: the article in a saved web page
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-document.h"

G_BEGIN_DECLS

/* Pages larger than this are refused, not parsed: a saved article is a few
 * hundred KB; libxml2's tree takes several times the page. */
#define BIL_HTML_MAX_BYTES (32u * 1024 * 1024)

gboolean  bil_html_read             (const char  *data,
                                     gsize        len,
                                     BilDocument *doc,
                                     GPtrArray   *warnings,
                                     GError     **error);

char     *bil_html_fragment_to_text (const char  *html,
                                     gsize        len);

gboolean  bil_html_sniff            (const char  *data,
                                     gsize        len);

G_END_DECLS
