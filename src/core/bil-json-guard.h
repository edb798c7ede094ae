/* bil-json-guard.h: refuse JSON that would overflow a recursive parser
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BIL_JSON_MAX_DEPTH 256

gboolean bil_json_check_depth (const char *data,
                               gsize       len,
                               guint       max_depth,
                               guint      *line,
                               guint      *column);

G_END_DECLS
