/* bil-fetcher.h: a page from its address, saved as an article file
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Bounds on one fetch: the body's size, redirects followed, and seconds
 * without progress before it is given up. */
#define BIL_FETCH_MAX_BYTES     (32u * 1024 * 1024)
#define BIL_FETCH_MAX_REDIRECTS 5
#define BIL_FETCH_TIMEOUT       30

/* Called in the caller's main context as the body arrives; @total is 0
 * when the server did not say. */
typedef void (*BilFetchProgress) (guint64  received,
                                  guint64  total,
                                  gpointer user_data);

gboolean bil_fetch_check_address (const char           *address,
                                  GError              **error);

void     bil_fetch_async         (const char           *address,
                                  GFile                *folder,
                                  guint                 timeout,
                                  GCancellable         *cancellable,
                                  BilFetchProgress      progress,
                                  gpointer              progress_data,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);

GFile   *bil_fetch_finish        (GAsyncResult         *result,
                                  GError              **error);

G_END_DECLS
