/* bil-bytes.h: sixteen bytes at a time, for the scanners' skip loops
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each scanner skips, between the places it looks at, bytes that decide
 * nothing: the sentence splitter everything but . ! ? and the lead bytes of
 * 。！？, the amount scanner everything but digits and a few word starts.
 * Read a byte at a time through a table, that skip was most of their cost
 * (five instructions a byte). These helpers test sixteen bytes at once
 * with GCC's vector extensions, which are SSE2 on x86-64 (every x86-64 has
 * it) and NEON on ARM, and plain code elsewhere; a scanner builds the mask
 * of the bytes it stops at and asks for the first.
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef guint8 BilBytes16 __attribute__ ((vector_size (16)));
typedef gint8 BilMask16 __attribute__ ((vector_size (16)));

static inline BilBytes16
bil_bytes16_load (const char *p)
{
  BilBytes16 v;

  memcpy (&v, p, sizeof v);
  return v;
}

static inline BilBytes16
bil_bytes16_splat (guint8 c)
{
  return (BilBytes16) { c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c };
}

/* Bytes equal to @c: all ones, others zero. */
static inline BilMask16
bil_bytes16_eq (BilBytes16 v,
                guint8     c)
{
  return (BilMask16) (v == bil_bytes16_splat (c));
}

/* Bytes in [@lo, @lo + @n). */
static inline BilMask16
bil_bytes16_in (BilBytes16 v,
                guint8     lo,
                guint8     n)
{
  return (BilMask16) ((BilBytes16) (v - bil_bytes16_splat (lo)) < bil_bytes16_splat (n));
}

/* ASCII letters, digits and '_': bil_is_word_byte () of each byte. */
static inline BilMask16
bil_bytes16_word (BilBytes16 v)
{
  return bil_bytes16_in (v | bil_bytes16_splat (0x20), 'a', 26) | bil_bytes16_in (v, '0', 10) | bil_bytes16_eq (v, '_');
}

/* The index of the first byte set in @m, or 16 when none is. */
static inline guint
bil_mask16_first (BilMask16 m)
{
  guint64 half[2];

  memcpy (half, &m, sizeof half);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  if (half[0] != 0)
    return (guint) __builtin_ctzll (half[0]) / 8;
  if (half[1] != 0)
    return 8 + (guint) __builtin_ctzll (half[1]) / 8;
#else
  if (half[0] != 0)
    return (guint) __builtin_clzll (half[0]) / 8;
  if (half[1] != 0)
    return 8 + (guint) __builtin_clzll (half[1]) / 8;
#endif
  return 16;
}

G_END_DECLS
