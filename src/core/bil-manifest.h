/* bil-manifest.h: JSON manifests that list a corpus's articles
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus-entry.h"

G_BEGIN_DECLS

gboolean  bil_manifest_read     (GFile      *file,
                                 const char *path,
                                 GPtrArray  *entries,
                                 char      **name,
                                 GPtrArray  *warnings,
                                 GError    **error);
gboolean  bil_manifest_parse    (const char *contents,
                                 gsize       length,
                                 const char *path,
                                 const char *folder,
                                 GPtrArray  *entries,
                                 char      **name,
                                 GPtrArray  *warnings,
                                 GError    **error);
gboolean  bil_manifest_url_allowed (const char *url);

G_END_DECLS
