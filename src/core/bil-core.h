/* bil-core.h: what every user of the core library starts with
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BIL_DATA_RESOURCE "/org/example/Bilateral/data"

void    bil_core_init       (void);
GBytes *bil_core_lookup_data (const char *name,
                              GError    **error);

G_END_DECLS
