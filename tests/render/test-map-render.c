/* test-map-render.c: the partnership map's projection, pixels and hits
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Set BIL_MAP_PNG_DIR to a folder to keep the rendered maps for a look. The
 * model's own tests are in tests/core/test-map-model.c.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-map-render.h"
#include "bil-test-corpus.h"
#include "bil-world.h"

#define WIDTH 1440
#define HEIGHT 900

static BilCorpus *seeds;

static int
world_index (const char *code)
{
  BilWorld *world = bil_world_get_default ();

  for (guint i = 0; i < bil_world_n_countries (world); i++)
    if (strcmp (bil_world_get_country (world, i)->code, code) == 0)
      return (int) i;
  return -1;
}

static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  const guint8 *data;
  int stride;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  return ((const guint32 *) (gconstpointer) (data + (int) y * stride))[(int) x];
}

/* An opaque ARGB32 pixel against a colour, within rounding. */
static gboolean
pixel_is (guint32        pixel,
          const BilRgba *color)
{
  int r = pixel >> 16 & 0xFF, g = pixel >> 8 & 0xFF, b = pixel & 0xFF;

  return (pixel >> 24) == 0xFF &&
         ABS (r - (int) lround (color->r * 255)) <= 2 &&
         ABS (g - (int) lround (color->g * 255)) <= 2 &&
         ABS (b - (int) lround (color->b * 255)) <= 2;
}

static cairo_surface_t *
render (const BilMapModel    *model,
        const BilMapView     *view,
        const BilRenderStyle *style,
        const BilMapHit      *hover,
        const BilMapHit      *selected,
        const char           *png_name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const char *dir = g_getenv ("BIL_MAP_PNG_DIR");

  bil_map_render (cr, WIDTH, HEIGHT, model, view, style, hover, selected);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  if (dir && png_name)
    {
      g_autofree char *path = g_build_filename (dir, png_name, NULL);
      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
    }
  return surface;
}

static void
test_projection (void)
{
  double x, y, last;

  bil_map_project (0, 0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-12);

  bil_map_project (180, 0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 2.7066, 1e-3);
  bil_map_project (0, 90, &x, &y);
  g_assert_cmpfloat_with_epsilon (y, 1.3174, 1e-3);

  for (int lat = -80; lat <= 80; lat += 20)
    {
      last = -G_MAXDOUBLE;
      for (int lon = -180; lon <= 180; lon += 5)
        {
          bil_map_project (lon, lat, &x, &y);
          g_assert_cmpfloat (x, >, last);
          last = x;
        }
    }
  for (int lon = -180; lon <= 180; lon += 30)
    {
      last = -G_MAXDOUBLE;
      for (int lat = -90; lat <= 90; lat += 5)
        {
          bil_map_project (lon, lat, &x, &y);
          g_assert_cmpfloat (y, >, last);
          last = y;
        }
    }
}

static void
test_fit (void)
{
  BilMapModel *model = bil_map_model_build (seeds, NULL);
  BilMapModel *empty;
  g_autoptr(BilFilter) nothing = bil_filter_new ();
  BilMapView world, data, fallback;
  double px, py;

  bil_map_view_fit_world (&world, WIDTH, HEIGHT);
  bil_map_view_to_pixel (&world, WIDTH, HEIGHT, -180, 0, &px, &py);
  g_assert_cmpfloat (px, >, 0);
  g_assert_cmpfloat_with_epsilon (py, HEIGHT / 2.0, 1e-9);
  bil_map_view_to_pixel (&world, WIDTH, HEIGHT, 180, 0, &px, &py);
  g_assert_cmpfloat (px, <, WIDTH);
  /* The width binds at 16:10: a small margin left and right. */
  g_assert_cmpfloat (px, >, WIDTH - 40);
  bil_map_view_to_pixel (&world, WIDTH, HEIGHT, 0, 90, &px, &py);
  g_assert_cmpfloat (py, >, 0);
  bil_map_view_to_pixel (&world, WIDTH, HEIGHT, 0, -90, &px, &py);
  g_assert_cmpfloat (py, <, HEIGHT);

  bil_map_view_fit_data (&data, model, WIDTH, HEIGHT);
  g_assert_cmpfloat (data.scale, >=, world.scale);
  g_assert_cmpfloat (data.scale, <=, 8 * world.scale + 1e-9);
  for (guint i = 0; i < model->nodes->len; i++)
    {
      const BilMapNode *node = &g_array_index (model->nodes, BilMapNode, i);

      bil_map_view_to_pixel (&data, WIDTH, HEIGHT, node->lon, node->lat, &px, &py);
      g_assert_cmpfloat (px, >, 20);
      g_assert_cmpfloat (px, <, WIDTH - 20);
      g_assert_cmpfloat (py, >, 20);
      g_assert_cmpfloat (py, <, HEIGHT - 20);
    }

  /* No nodes: the whole world. */
  bil_filter_set_country (nothing, "ZZ");
  empty = bil_map_model_build (seeds, nothing);
  g_assert_cmpuint (empty->arcs->len, ==, 0);
  bil_map_view_fit_data (&fallback, empty, WIDTH, HEIGHT);
  g_assert_cmpfloat (fallback.scale, ==, world.scale);
  g_assert_cmpfloat (fallback.center_x, ==, world.center_x);
  g_assert_cmpfloat (fallback.center_y, ==, world.center_y);

  bil_map_model_free (empty);
  bil_map_model_free (model);
}

static void
test_pixels (void)
{
  BilMapModel *model = bil_map_model_build (seeds, NULL);
  const BilMapNode *jp = &g_array_index (model->nodes, BilMapNode, bil_test_map_node (model, "JP"));
  BilRenderStyle style;
  BilMapView view;
  cairo_surface_t *surface;
  double px, py;

  bil_render_style_init_light (&style);
  bil_map_view_fit_world (&view, WIDTH, HEIGHT);
  surface = render (model, &view, &style, NULL, NULL, "map-light.png");

  bil_map_view_to_pixel (&view, WIDTH, HEIGHT, jp->lon, jp->lat, &px, &py);
  g_assert_false (pixel_is (pixel_at (surface, px, py), &style.water));

  /* The North Pacific, between Hawaii and California. */
  bil_map_view_to_pixel (&view, WIDTH, HEIGHT, -140, 35, &px, &py);
  g_assert_true (pixel_is (pixel_at (surface, px, py), &style.water));

  cairo_surface_destroy (surface);

  /* The zoomed view, for looking at. */
  bil_map_view_fit_data (&view, model, WIDTH, HEIGHT);
  surface = render (model, &view, &style, NULL, NULL, "map-light-data.png");
  cairo_surface_destroy (surface);

  bil_map_model_free (model);
}

static void
test_lookup (void)
{
  BilMapModel *model = bil_map_model_build (seeds, NULL);
  int jp = bil_test_map_node (model, "JP");
  int arc_index = bil_test_map_arc (model, "JP", "MY", BIL_STANCE_COOPERATION);
  const BilMapArc *arc = &g_array_index (model->arcs, BilMapArc, arc_index);
  const BilMapNode *a = &g_array_index (model->nodes, BilMapNode, arc->a);
  const BilMapNode *b = &g_array_index (model->nodes, BilMapNode, arc->b);
  const BilWorldCountry *brazil = bil_world_lookup (bil_world_get_default (), "BR");
  BilMapView view;
  BilMapHit hit;
  double ax, ay, bx, by, len, nx, ny;
  gboolean found = FALSE;

  bil_map_view_fit_world (&view, WIDTH, HEIGHT);

  bil_map_view_to_pixel (&view, WIDTH, HEIGHT, g_array_index (model->nodes, BilMapNode, jp).lon,
                         g_array_index (model->nodes, BilMapNode, jp).lat, &ax, &ay);
  hit = bil_map_lookup (model, &view, WIDTH, HEIGHT, ax, ay);
  g_assert_cmpint (hit.kind, ==, BIL_MAP_HIT_NODE);
  g_assert_cmpint (hit.index, ==, jp);

  /* The curve's midpoint lies off the chord's by a tenth of its length
   * (half the control point's offset), on one side or the other. */
  bil_map_view_to_pixel (&view, WIDTH, HEIGHT, a->lon, a->lat, &ax, &ay);
  bil_map_view_to_pixel (&view, WIDTH, HEIGHT, b->lon, b->lat, &bx, &by);
  len = hypot (bx - ax, by - ay);
  nx = -(by - ay) / len;
  ny = (bx - ax) / len;
  for (int side = -1; side <= 1; side += 2)
    {
      hit = bil_map_lookup (model, &view, WIDTH, HEIGHT,
                            (ax + bx) / 2 + side * 0.1 * len * nx, (ay + by) / 2 + side * 0.1 * len * ny);
      found |= hit.kind == BIL_MAP_HIT_ARC && hit.index == arc_index;
    }
  g_assert_true (found);

  bil_map_view_to_pixel (&view, WIDTH, HEIGHT, brazil->label_lon, brazil->label_lat, &ax, &ay);
  hit = bil_map_lookup (model, &view, WIDTH, HEIGHT, ax, ay);
  g_assert_cmpint (hit.kind, ==, BIL_MAP_HIT_COUNTRY);
  g_assert_cmpint (hit.index, ==, world_index ("BR"));

  bil_map_view_to_pixel (&view, WIDTH, HEIGHT, -140, 35, &ax, &ay);
  hit = bil_map_lookup (model, &view, WIDTH, HEIGHT, ax, ay);
  g_assert_cmpint (hit.kind, ==, BIL_MAP_HIT_NONE);

  bil_map_model_free (model);
}

static void
test_dark (void)
{
  BilMapModel *model = bil_map_model_build (seeds, NULL);
  BilMapHit hover = { BIL_MAP_HIT_NODE, bil_test_map_node (model, "JP") };
  BilMapHit selected = { BIL_MAP_HIT_ARC, (int) model->arcs->len - 1 };
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  cairo_surface_t *surface;
  BilRenderStyle style;
  BilMapView view;
  guint not_water = 0, n = 0;
  cairo_t *cr;

  bil_render_style_init_dark (&style);
  bil_map_view_fit_world (&view, WIDTH, HEIGHT);
  surface = render (model, &view, &style, NULL, NULL, "map-dark.png");
  for (int y = 0; y < HEIGHT; y += 7)
    for (int x = 0; x < WIDTH; x += 7)
      {
        guint32 p = pixel_at (surface, x, y);

        g_hash_table_add (colours, GUINT_TO_POINTER (p));
        not_water += !pixel_is (p, &style.water);
        n++;
      }
  g_assert_cmpuint (g_hash_table_size (colours), >, 10);
  g_assert_cmpuint (not_water, >, n / 5);
  cairo_surface_destroy (surface);

  /* Hovered and selected elements, and a small widget with no legend. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 120);
  cr = cairo_create (surface);
  bil_map_view_fit_data (&view, model, 200, 120);
  bil_map_render (cr, 200, 120, model, &view, &style, &hover, &selected);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  bil_map_view_fit_data (&view, model, WIDTH, HEIGHT);
  surface = render (model, &view, &style, &hover, &selected, "map-dark-data.png");
  cairo_surface_destroy (surface);

  /* A hovered arc over a selected country. */
  hover = (BilMapHit) { BIL_MAP_HIT_ARC, bil_test_map_arc (model, "JP", "MY", BIL_STANCE_COOPERATION) };
  selected = (BilMapHit) { BIL_MAP_HIT_COUNTRY, world_index ("AU") };
  surface = render (model, &view, &style, &hover, &selected, "map-dark-hover.png");
  cairo_surface_destroy (surface);

  bil_map_model_free (model);
}

/* The layers as the widget caches them: the nodes are in the arcs' layer,
 * and the overlay draws a node again only when it is hovered or selected. */
static void
test_layers (void)
{
  BilMapModel *model = bil_map_model_build (seeds, NULL);
  int jp = bil_test_map_node (model, "JP");
  const BilMapNode *node = &g_array_index (model->nodes, BilMapNode, jp);
  BilMapHit none = { BIL_MAP_HIT_NONE, -1 };
  BilMapHit hover = { BIL_MAP_HIT_NODE, jp };
  BilRenderStyle style;
  BilMapView view;
  double x, y;

  bil_render_style_init_light (&style);
  bil_map_view_fit_world (&view, WIDTH, HEIGHT);
  bil_map_view_to_pixel (&view, WIDTH, HEIGHT, node->lon, node->lat, &x, &y);
  for (guint k = 0; k < 3; k++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cairo_t *cr = cairo_create (surface);

      /* 0: the arcs' layer alone; 1: the overlay, nothing hovered; 2: the overlay, Japan hovered. */
      if (k == 0)
        bil_map_render_arcs (cr, WIDTH, HEIGHT, model, &view, &style);
      else
        bil_map_render_overlay (cr, WIDTH, HEIGHT, model, &view, &style, k == 2 ? &hover : &none, &none);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      /* The node's centre: its fill, the background colour, or nothing. */
      if (k == 1)
        g_assert_cmpuint (pixel_at (surface, x, y) >> 24, ==, 0);
      else
        g_assert_true (pixel_is (pixel_at (surface, x, y), &style.background));
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  bil_map_model_free (model);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  seeds = g_object_ref (bil_test_seeds ());

  g_test_add_func ("/render/map/projection", test_projection);
  g_test_add_func ("/render/map/fit", test_fit);
  g_test_add_func ("/render/map/pixels", test_pixels);
  g_test_add_func ("/render/map/lookup", test_lookup);
  g_test_add_func ("/render/map/dark", test_dark);
  g_test_add_func ("/render/map/layers", test_layers);

  status = g_test_run ();
  g_object_unref (seeds);
  return status;
}
