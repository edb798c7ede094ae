/* bil-value-scale.h: the US$ axis of a chart, linear from 0 or log by decades
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gboolean log;
  double   lo;
  double   hi;
} BilValueScale;

BilValueScale bil_value_scale_make     (double               min,
                                        double               max,
                                        gboolean             log);
double        bil_value_scale_position (const BilValueScale *self,
                                        double               value);

G_END_DECLS
