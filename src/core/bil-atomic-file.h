/* bil-atomic-file.h: a file that is either whole or not there
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _BilAtomicFile BilAtomicFile;

BilAtomicFile *bil_atomic_file_new        (const char     *path,
                                           GError        **error);
GOutputStream *bil_atomic_file_get_stream (BilAtomicFile  *self);
gboolean       bil_atomic_file_commit     (BilAtomicFile  *self,
                                           GError        **error);
void           bil_atomic_file_free       (BilAtomicFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilAtomicFile, bil_atomic_file_free)

G_END_DECLS
