/* test-render-text.c: text drawn through Pango lands where it should
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bil-render-text.h"

/* Inked pixels (alpha > 0) inside a rectangle of an ARGB32 surface. */
static guint
count_ink (cairo_surface_t *surface,
           int x0, int y0, int x1, int y1)
{
  const guint8 *data;
  int stride;
  guint ink = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (((const guint32 *) (gconstpointer) (data + y * stride))[x] >> 24)
        ink++;
  return ink;
}

static void
test_alignment (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 60);
  cairo_t *cr = cairo_create (surface);
  double width = 0, height = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  bil_render_text (cr, "Japan → ASEAN", "Sans 12", 390, 10, -1, BIL_ALIGN_END, &width, &height);
  g_assert_cmpfloat (width, >, 40);
  g_assert_cmpfloat (height, >, 8);
  /* Right-aligned: ink on the right, none on the left. */
  g_assert_cmpuint (count_ink (surface, 390 - (int) width, 0, 400, 60), >, 50);
  g_assert_cmpuint (count_ink (surface, 0, 0, 390 - (int) width - 2, 60), ==, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_ellipsize_and_scripts (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 40);
  cairo_t *cr = cairo_create (surface);
  double width = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  bil_render_text (cr, "日本とマレーシア Kerjasama Malaysia–Jepun dalam semikonduktor dan kecerdasan buatan",
                   "Sans 10", 0, 0, 120, BIL_ALIGN_START, &width, NULL);
  g_assert_cmpfloat (width, <=, 120);
  g_assert_cmpuint (count_ink (surface, 0, 0, 121, 40), >, 30);
  g_assert_cmpuint (count_ink (surface, 122, 0, 300, 40), ==, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/text/alignment", test_alignment);
  g_test_add_func ("/render/text/ellipsize-and-scripts", test_ellipsize_and_scripts);

  return g_test_run ();
}
