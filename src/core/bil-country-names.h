/* bil-country-names.h: country names for people, in their language
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *bil_country_display_name (const char *code,
                                      const char *fallback);
const char *bil_sector_display_label (const char *id,
                                      const char *fallback);

G_END_DECLS
