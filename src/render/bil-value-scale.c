/* bil-value-scale.c: the US$ axis of a chart, linear from 0 or log by decades
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures chart's bars and the trends chart's points stand on the same
 * axis rule: linear from 0 to a "nice" top, or log from the decade below
 * the smallest value to the decade above the largest.
 */

#include "config.h"

#include <math.h>

#include "bil-value-scale.h"

/* The axis for values from @min to @max (0 to 1 when @max is not above 0). */
BilValueScale
bil_value_scale_make (double   min,
                      double   max,
                      gboolean log)
{
  BilValueScale s = { log, 0, 1 };

  if (max <= 0)
    return s;
  if (s.log)
    {
      s.lo = pow (10, floor (log10 (min)));
      s.hi = pow (10, ceil (log10 (max)));
      if (s.hi <= s.lo)
        s.hi = s.lo * 10;
    }
  else
    {
      /* A "nice" top: 1, 2, 2.5 or 5 times a power of ten. */
      double magnitude = pow (10, floor (log10 (max)));
      const double steps[] = { 1, 2, 2.5, 5, 10 };

      s.hi = magnitude * 10;
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        if (magnitude * steps[i] >= max)
          {
            s.hi = magnitude * steps[i];
            break;
          }
    }
  return s;
}

/* Where @value stands on the axis, from 0 to 1. */
double
bil_value_scale_position (const BilValueScale *self,
                          double               value)
{
  if (self->log)
    return value <= self->lo ? 0 : (log10 (value) - log10 (self->lo)) / (log10 (self->hi) - log10 (self->lo));
  return self->hi > 0 ? value / self->hi : 0;
}
