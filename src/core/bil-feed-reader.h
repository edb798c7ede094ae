/* bil-feed-reader.h: the items of a saved RSS or Atom feed
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-document.h"

G_BEGIN_DECLS

/* Bounds on one feed: its size, and how many items become articles. */
#define BIL_FEED_MAX_BYTES (32u * 1024 * 1024)
#define BIL_FEED_MAX_ITEMS 10000

gboolean  bil_feed_read      (const char  *data,
                              gsize        len,
                              GPtrArray   *items,
                              GPtrArray   *warnings,
                              GError     **error);

gboolean  bil_feed_sniff     (const char  *data,
                              gsize        len);

gboolean  bil_feed_is_name   (const char  *name,
                              gboolean    *certain);

G_END_DECLS
