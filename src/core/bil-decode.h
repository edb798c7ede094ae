/* bil-decode.h
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-article.h"

G_BEGIN_DECLS

char     *bil_decode_text (const char  *data,
                           gsize        len,
                           BilEncoding *encoding,
                           gsize       *text_start,
                           gsize       *text_len,
                           GError     **error);

char     *bil_decode_windows_1252 (const char *data,
                                   gsize       len,
                                   gsize      *out_len);

G_END_DECLS
