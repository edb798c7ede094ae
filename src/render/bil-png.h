/* bil-png.h: a report page to PNG, fast
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

G_BEGIN_DECLS

cairo_status_t bil_png_write (cairo_surface_t   *image,
                              cairo_write_func_t write,
                              void              *closure);

G_END_DECLS
