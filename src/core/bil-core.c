/* bil-core.c: registers the core's resources (seed corpus, data files)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-core"

#include "config.h"

#include <libxml/parser.h>

#include "bil-core.h"
#include "bil-core-resources.h"

/* Registered by hand: a constructor in a static library is dropped by the
 * linker when nothing references its object file. */
void
bil_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      bil_core_register_resource ();
      /* libxml2 sets up its globals here, once, before the loader's
       * threads parse pages side by side. */
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

/* A data file (gazetteer, rates…) compiled into the binary. */
GBytes *
bil_core_lookup_data (const char *name,
                      GError    **error)
{
  g_autofree char *path = g_strdup_printf (BIL_DATA_RESOURCE "/%s", name);

  bil_core_init ();
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
