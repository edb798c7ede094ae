/* bil-ordered-run.h: work done on several threads, handed over in order
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Item @i's work, on a worker thread: its result goes where the caller
 * keeps results by index. */
typedef void     (*BilOrderedProduce) (guint    i,
                                       gpointer data);
/* Item @i's result, on the calling thread, in order; FALSE stops. */
typedef gboolean (*BilOrderedConsume) (guint    i,
                                       gpointer data);

guint bil_ordered_run (guint              start,
                       guint              end,
                       guint              n_threads,
                       guint              window,
                       const char        *thread_name,
                       BilOrderedProduce  produce,
                       BilOrderedConsume  consume,
                       gpointer           data);

G_END_DECLS
