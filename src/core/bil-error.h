/* bil-error.h
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BIL_ERROR (bil_error_quark ())

typedef enum
{
  BIL_ERROR_EMPTY,        /* an empty article */
  BIL_ERROR_BINARY,       /* NUL bytes: not text */
  BIL_ERROR_MANIFEST,     /* a manifest that cannot be used */
  BIL_ERROR_OUTSIDE,      /* a manifest entry outside its folder */
  BIL_ERROR_STRICT,       /* --strict turned a warning into a failure */
  BIL_ERROR_USAGE,        /* a command-line mistake */
  BIL_ERROR_TOO_LARGE,    /* past a reader's size limit */
  BIL_ERROR_FORMAT,       /* not the format its name says, or broken */
  BIL_ERROR_ENCRYPTED,    /* a PDF that needs a password */
  BIL_ERROR_NO_TEXT,      /* a PDF without a text layer (a scan) */
} BilError;

GQuark bil_error_quark (void);

G_END_DECLS
