/* bil-format.h: numbers and messages printed without printf
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Room for any number bil_format_g () and bil_format_f () print. */
#define BIL_FORMAT_BUF_SIZE G_ASCII_DTOSTR_BUF_SIZE

gsize  bil_format_g        (char       *buf,
                            double      value,
                            int         precision);
gsize  bil_format_f        (char       *buf,
                            double      value,
                            int         decimals);
gsize  bil_format_int      (char       *buf,
                            gint64      value);
char  *bil_strdup_printf   (const char *format,
                            ...) G_GNUC_PRINTF (1, 2) G_GNUC_MALLOC;

G_END_DECLS
