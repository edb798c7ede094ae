/* bil-cli.h: the command line's display-free commands
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

enum {
  BIL_EXIT_OK = 0,
  BIL_EXIT_FAILURE = 1,
  BIL_EXIT_USAGE = 2,
};

int bil_cli_extract (const char * const *paths,
                     gboolean            strict,
                     gboolean            use_review,
                     const char         *format,
                     const char         *entries,
                     GOutputStream      *out,
                     GOutputStream      *err);

G_END_DECLS
