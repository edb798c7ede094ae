/* test-map-render.c: the partnership map's model, projection, pixels and hits
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Set BIL_MAP_PNG_DIR to a folder to keep the rendered maps for a look.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-figure-ref.h"
#include "bil-lexicon.h"
#include "bil-map-render.h"
#include "bil-test-corpus.h"
#include "bil-world.h"

#define WIDTH 1440
#define HEIGHT 900

static BilCorpus *seeds;

static int
find_node (const BilMapModel *model,
           const char        *code)
{
  for (guint i = 0; i < model->nodes->len; i++)
    if (strcmp (g_array_index (model->nodes, BilMapNode, i).code, code) == 0)
      return (int) i;
  return -1;
}

/* The arc between two codes, in either direction. */
static int
find_arc (const BilMapModel *model,
          const char        *x,
          const char        *y,
          BilStance          stance)
{
  for (guint i = 0; i < model->arcs->len; i++)
    {
      const BilMapArc *arc = &g_array_index (model->arcs, BilMapArc, i);
      const char *a = g_array_index (model->nodes, BilMapNode, arc->a).code;
      const char *b = g_array_index (model->nodes, BilMapNode, arc->b).code;

      if (arc->stance == stance &&
          ((strcmp (a, x) == 0 && strcmp (b, y) == 0) || (strcmp (a, y) == 0 && strcmp (b, x) == 0)))
        return (int) i;
    }
  return -1;
}

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
test_model (void)
{
  BilMapModel *model = bil_map_model_build (seeds, NULL);
  int jp = find_node (model, "JP"), asean = find_node (model, "ASEAN");
  int arc = find_arc (model, "JP", "MY", BIL_STANCE_COOPERATION);
  const BilWorldCountry *japan = bil_world_lookup (bil_world_get_default (), "JP");
  const BilMapArc *jp_my;

  g_assert_cmpint (jp, >=, 0);
  g_assert_cmpint (find_node (model, "MY"), >=, 0);
  g_assert_cmpint (find_node (model, "US"), >=, 0);
  g_assert_cmpint (asean, >=, 0);
  g_assert_cmpint (arc, >=, 0);

  /* Japan sits on its label point; ASEAN is a bloc somewhere in Southeast Asia. */
  g_assert_cmpfloat_with_epsilon (g_array_index (model->nodes, BilMapNode, jp).lon, japan->label_lon, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (model->nodes, BilMapNode, jp).lat, japan->label_lat, 1e-9);
  g_assert_false (g_array_index (model->nodes, BilMapNode, jp).bloc);
  g_assert_cmpstr (g_array_index (model->nodes, BilMapNode, jp).label, ==, "Japan");
  g_assert_true (g_array_index (model->nodes, BilMapNode, asean).bloc);
  g_assert_cmpfloat (g_array_index (model->nodes, BilMapNode, asean).lon, >, 95);
  g_assert_cmpfloat (g_array_index (model->nodes, BilMapNode, asean).lon, <, 130);
  g_assert_cmpfloat (g_array_index (model->nodes, BilMapNode, asean).lat, >, -10);
  g_assert_cmpfloat (g_array_index (model->nodes, BilMapNode, asean).lat, <, 25);

  jp_my = &g_array_index (model->arcs, BilMapArc, arc);
  g_assert_cmpuint (jp_my->weight, >=, 2);
  g_assert_cmpuint (jp_my->evidence->len, >=, jp_my->weight);
  g_assert_nonnull (jp_my->partnership);
  g_assert_cmpuint (jp_my->evidence->len, ==, jp_my->partnership->evidence->len);

  /* Heaviest last, so they are drawn on top. */
  for (guint i = 1; i < model->arcs->len; i++)
    g_assert_cmpuint (g_array_index (model->arcs, BilMapArc, i - 1).weight, <=,
                      g_array_index (model->arcs, BilMapArc, i).weight);

  /* Every seed article names Japan. */
  g_assert_cmpuint (g_array_index (model->nodes, BilMapNode, jp).mentions, ==, bil_corpus_get_n_articles (seeds));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (model->country_counts, "JP")), ==,
                    g_array_index (model->nodes, BilMapNode, jp).mentions);
  g_assert_cmpuint (model->max_count, ==, bil_corpus_get_n_articles (seeds));
  g_assert_null (g_hash_table_lookup (model->country_counts, "ASEAN"));

  bil_map_model_free (model);
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
  const BilMapNode *jp = &g_array_index (model->nodes, BilMapNode, find_node (model, "JP"));
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
  int jp = find_node (model, "JP");
  int arc_index = find_arc (model, "JP", "MY", BIL_STANCE_COOPERATION);
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
test_filter (void)
{
  g_autoptr(BilFilter) filter = bil_filter_new ();
  BilMapModel *model;

  bil_filter_set_country (filter, "US");
  model = bil_map_model_build (seeds, filter);
  g_assert_cmpint (find_arc (model, "JP", "MY", BIL_STANCE_COOPERATION), ==, -1);
  g_assert_cmpuint (model->arcs->len, >, 0);
  for (guint i = 0; i < model->arcs->len; i++)
    {
      const BilMapArc *arc = &g_array_index (model->arcs, BilMapArc, i);

      g_assert_true (strcmp (g_array_index (model->nodes, BilMapNode, arc->a).code, "US") == 0 ||
                     strcmp (g_array_index (model->nodes, BilMapNode, arc->b).code, "US") == 0);
    }
  bil_map_model_free (model);
}

static void
test_dark (void)
{
  BilMapModel *model = bil_map_model_build (seeds, NULL);
  BilMapHit hover = { BIL_MAP_HIT_NODE, find_node (model, "JP") };
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
  hover = (BilMapHit) { BIL_MAP_HIT_ARC, find_arc (model, "JP", "MY", BIL_STANCE_COOPERATION) };
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
  int jp = find_node (model, "JP");
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

/* The model as the window builds it (from the indexed figures and the
 * articles' bits), against counts made the slow way: every article, figure
 * and sentence asked of the filter. */
static void
check_counts (BilCorpus *corpus,
              BilFilter *filter,
              GArray    *sorted,
              GHashTable *index)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  guint n_entities = bil_lexicon_n_entities (lex);
  g_autoptr(GArray) figures = bil_figure_refs_filter (sorted, index, corpus, filter);
  g_autofree guint8 *bits = bil_corpus_match_articles (corpus, filter);
  g_autofree guint *mentions = g_new0 (guint, n_entities);
  BilMapModel *fast = bil_map_model_build_from (corpus, filter, figures, bits);
  BilMapModel *plain = bil_map_model_build (corpus, filter);
  GPtrArray *partnerships = bil_corpus_get_partnerships (corpus);
  guint n_sectors = MIN (bil_lexicon_n_sectors (lex), 64);
  guint n_arcs = 0, n_directed = 0;

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);
      const BilFacts *facts = bil_article_get_facts (article);

      if (!bil_filter_match_article (filter, article))
        continue;
      for (guint k = 0; k < facts->countries->len; k++)
        mentions[g_array_index (facts->countries, int, k)]++;
    }
  for (guint i = 0; i < fast->nodes->len; i++)
    {
      const BilMapNode *node = &g_array_index (fast->nodes, BilMapNode, i);

      g_assert_cmpuint (node->mentions, ==, mentions[node->entity]);
      g_assert_cmpuint (node->mentions, ==, g_array_index (plain->nodes, BilMapNode, i).mentions);
    }
  for (guint e = 0; e < n_entities; e++)
    {
      const char *code = bil_lexicon_entity_code (lex, (int) e);
      gpointer found = code ? g_hash_table_lookup (fast->country_counts, code) : NULL;

      if (found)
        g_assert_cmpuint (GPOINTER_TO_UINT (found), ==, mentions[e]);
    }
  g_assert_cmpuint (g_hash_table_size (fast->country_counts), ==, g_hash_table_size (plain->country_counts));

  /* Each partnership: the arc's sentences and articles are those that pass. */
  for (guint i = 0; i < partnerships->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (partnerships, i);
      guint64 sectors = bil_partnership_sector_mask (p, n_sectors);
      guint n_evidence = 0, n_articles = 0;
      BilArticle *last = NULL;
      const BilMapArc *arc = NULL;

      for (guint k = 0; k < p->evidence->len; k++)
        {
          const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

          if (!bil_filter_match_evidence (filter, e->article, p->a, p->b, sectors, e->start, e->end))
            continue;
          n_evidence++;
          n_articles += e->article != last;
          last = e->article;
        }
      for (guint k = 0; k < fast->arcs->len && !arc; k++)
        if (g_array_index (fast->arcs, BilMapArc, k).partnership == p)
          arc = &g_array_index (fast->arcs, BilMapArc, k);
      if (arc == NULL)
        {
          /* Left out only when nothing passed, or its places are unknown. */
          g_assert_true (n_evidence == 0 || fast->hidden_arcs > 0 ||
                         bil_world_lookup (bil_world_get_default (), bil_lexicon_entity_code (lex, p->a)) == NULL ||
                         bil_world_lookup (bil_world_get_default (), bil_lexicon_entity_code (lex, p->b)) == NULL);
          continue;
        }
      n_arcs++;
      g_assert_cmpuint (arc->evidence->len, ==, n_evidence);
      g_assert_cmpuint (arc->weight, ==, n_articles);

      /* Directed the way most of the money that passes goes. */
      {
        guint a_to_b = 0, b_to_a = 0;
        int from = g_array_index (fast->nodes, BilMapNode, arc->a).entity;

        for (guint n = 0; n < bil_corpus_get_n_articles (corpus); n++)
          {
            BilArticle *article = bil_corpus_get_article (corpus, n);
            const BilFacts *facts = bil_article_get_facts (article);

            for (guint k = 0; k < facts->figures->len; k++)
              {
                const BilFigure *f = &g_array_index (facts->figures, BilFigure, k);

                if (g_strcmp0 (f->from_rule, "two-way") == 0 || !bil_filter_match_figure (filter, article, f))
                  continue;
                a_to_b += f->from == p->a && f->to == p->b;
                b_to_a += f->from == p->b && f->to == p->a;
              }
          }
        g_assert_cmpint (arc->directed, ==, a_to_b != b_to_a);
        if (arc->directed)
          g_assert_cmpint (from, ==, a_to_b > b_to_a ? p->a : p->b);
        n_directed += arc->directed;
      }
    }
  /* The corpus has money going one way between some pairs. */
  if (bil_filter_is_empty (filter))
    g_assert_cmpuint (n_directed, >, 0);
  g_assert_cmpuint (n_arcs, ==, fast->arcs->len);
  g_assert_cmpuint (fast->arcs->len, ==, plain->arcs->len);
  for (guint k = 0; k < fast->arcs->len; k++)
    {
      const BilMapArc *x = &g_array_index (fast->arcs, BilMapArc, k);
      const BilMapArc *y = &g_array_index (plain->arcs, BilMapArc, k);

      g_assert_true (x->partnership == y->partnership);
      g_assert_cmpint (x->directed, ==, y->directed);
      g_assert_cmpuint (x->a, ==, y->a);
    }
  bil_map_model_free (fast);
  bil_map_model_free (plain);
}

static void
test_counts (void)
{
  BilCorpus *corpus = bil_test_articles ();
  g_autoptr(GArray) sorted = NULL;
  g_autoptr(GHashTable) index = NULL;
  static const struct { const char *country, *sector, *metric, *text; int from; } filters[] = {
    { NULL, NULL, NULL, NULL, 0 }, { "MY", NULL, NULL, NULL, 0 }, { "JP", NULL, "fdi", NULL, 0 },
    { "CN", NULL, NULL, "trade", 0 }, { "US", NULL, NULL, NULL, 2024 }, { NULL, NULL, "trade", NULL, 0 },
    { "XX", NULL, NULL, NULL, 0 }, { "ASEAN", NULL, NULL, NULL, 0 }, { NULL, "semiconductors", NULL, NULL, 0 },
    { NULL, "ai", "investment", NULL, 0 }, { "JP", "automotive", NULL, NULL, 0 }, { NULL, NULL, NULL, "Toyota", 0 },
  };

  sorted = bil_figure_refs_collect (corpus, NULL);
  bil_figure_refs_sort (sorted, BIL_GROUP_PAIR);
  index = bil_figure_refs_index (sorted);
  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    {
      g_autoptr(BilFilter) filter = bil_filter_new ();

      bil_filter_set_country (filter, filters[f].country);
      bil_filter_set_sector (filter, filters[f].sector);
      bil_filter_set_metric (filter, filters[f].metric);
      bil_filter_set_text (filter, filters[f].text);
      if (filters[f].from)
        bil_filter_set_years (filter, filters[f].from, 0);
      check_counts (corpus, filter, sorted, index);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  seeds = g_object_ref (bil_test_seeds ());

  g_test_add_func ("/render/map/model", test_model);
  g_test_add_func ("/render/map/projection", test_projection);
  g_test_add_func ("/render/map/fit", test_fit);
  g_test_add_func ("/render/map/pixels", test_pixels);
  g_test_add_func ("/render/map/lookup", test_lookup);
  g_test_add_func ("/render/map/filter", test_filter);
  g_test_add_func ("/render/map/dark", test_dark);
  g_test_add_func ("/render/map/layers", test_layers);
  g_test_add_func ("/render/map/counts", test_counts);

  status = g_test_run ();
  g_object_unref (seeds);
  return status;
}
