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
 * of the bytes it stops at and asks for the first (SSE2's pmovmskb where
 * there is one).
 */

#pragma once

#include <glib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/* Bytes in [@lo, @lo + @n), @n at most 128. Unsigned comparisons of bytes
 * are not an SSE2 instruction: v - lo < n is asked as a signed comparison,
 * both sides moved by 128 (one add and one compare). */
static inline BilMask16
bil_bytes16_in (BilBytes16 v,
                guint8     lo,
                guint8     n)
{
  BilMask16 moved = (BilMask16) (v + bil_bytes16_splat ((guint8) (0x80 - lo)));
  gint8 limit = (gint8) (guint8) (0x80 + n);

  return moved < (BilMask16) { limit, limit, limit, limit, limit, limit, limit, limit,
                               limit, limit, limit, limit, limit, limit, limit, limit };
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
#ifdef __SSE2__
  /* One instruction gathers the sixteen top bits. */
  guint bits = (guint) _mm_movemask_epi8 ((__m128i) m);

  return bits ? (guint) __builtin_ctz (bits) : 16;
#else
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
#endif
}

/* Items of a table (fewer than 256) grouped by a byte, in the table's
 * order: the items a byte may start (or end) are
 * index[first[b]] … index[first[b + 1] - 1]. A scanner asks only those,
 * not the whole table. An item may sit under several bytes (a word under
 * its upper and lower case). */
typedef struct
{
  guint16 first[257];
  guint8  index[512];
} BilByteIndex;

/* Does @item go under @byte? */
typedef gboolean (*BilByteIndexFits) (guint    item,
                                      guchar   byte,
                                      gpointer data);

static inline void
bil_byte_index_build (BilByteIndex     *x,
                      guint             n_items,
                      BilByteIndexFits  fits,
                      gpointer          data)
{
  guint n = 0;

  g_assert (n_items < 256);
  for (guint b = 0; b < 256; b++)
    {
      x->first[b] = n;
      for (guint k = 0; k < n_items; k++)
        if (fits (k, (guchar) b, data))
          {
            g_assert (n < G_N_ELEMENTS (x->index));
            x->index[n++] = (guint8) k;
          }
    }
  x->first[256] = n;
}

/* @x built by whichever thread asks first (@built: 0 until then), the
 * same for all after: read-only. */
static inline const BilByteIndex *
bil_byte_index_once (BilByteIndex     *x,
                     gsize            *built,
                     guint             n_items,
                     BilByteIndexFits  fits,
                     gpointer          data)
{
  if (g_once_init_enter (built))
    {
      bil_byte_index_build (x, n_items, fits, data);
      g_once_init_leave (built, 1);
    }
  return x;
}

G_END_DECLS
