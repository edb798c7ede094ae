/* bil-core.h: what every user of the core library starts with
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BIL_DATA_RESOURCE "/org/example/Bilateral/data"

/* Bit @i of a byte array: one per article of a corpus (what a filter lets
 * through), per figure, or per hash. */
static inline gboolean
bil_bit_get (const guint8 *bits,
             gsize         i)
{
  return (bits[i / 8] >> (i % 8)) & 1;
}

static inline void
bil_bit_set (guint8 *bits,
             gsize   i)
{
  bits[i / 8] |= (guint8) (1u << (i % 8));
}

/* A thread's scratch array made ready for the next article: emptied, or
 * let go for a new empty one when it held more than @keep elements (an
 * article that made it large does not keep its memory). */
static inline void
bil_array_recycle (GArray **array,
                   guint    keep)
{
  GArray *a = *array;

  if (a->len > keep)
    {
      *array = g_array_new (FALSE, FALSE, g_array_get_element_size (a));
      g_array_unref (a);
    }
  else if (a->len > 0)
    g_array_set_size (a, 0);
}

void    bil_core_init       (void);
GBytes *bil_core_lookup_data (const char *name,
                              GError    **error);

G_END_DECLS
