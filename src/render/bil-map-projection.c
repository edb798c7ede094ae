/* bil-map-projection.c: where the partnership map puts things, and what
 * lies under a pixel
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Countries in the Equal Earth projection (equal-area, so a shaded country
 * is as large as it is), partnerships as bowed arcs between label points.
 * Drawing and hit-testing share one geometry, so what is under the pointer
 * is what was drawn there.
 */

#define G_LOG_DOMAIN "bil-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-map-projection-private.h"
#include "bil-world.h"

/* Equal Earth (Šavrič, Patterson, Jenny 2018). */
#define EE_A1 1.340264
#define EE_A2 (-0.081106)
#define EE_A3 0.000893
#define EE_A4 0.003796
#define EE_M (0.8660254037844386) /* sqrt (3) / 2 */

/* The projected world's half extents (lon ±180°, lat ±90°). */
#define WORLD_HALF_X 2.7066
#define WORLD_HALF_Y 1.3174

/* About 20° of longitude at the equator, in projected units: the least
 * context a zoomed view keeps around its nodes. */
#define MIN_PAD 0.30

#define ARC_SAMPLES 48

/* ------------------------------------------------------------------ */
/* Projection and view                                                  */

void
bil_map_project (double  lon,
                 double  lat,
                 double *x,
                 double *y)
{
  double lambda = lon * G_PI / 180.0;
  double phi = CLAMP (lat, -90.0, 90.0) * G_PI / 180.0;
  double theta = asin (EE_M * sin (phi));
  double t2 = theta * theta;
  double t6 = t2 * t2 * t2;

  *x = lambda * cos (theta) / (EE_M * (EE_A1 + 3 * EE_A2 * t2 + t6 * (7 * EE_A3 + 9 * EE_A4 * t2)));
  *y = theta * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2));
}

void
bil_map_view_fit_world (BilMapView *view,
                        double      width,
                        double      height)
{
  const double margin = 1.03;

  view->center_x = 0;
  view->center_y = 0;
  view->scale = MIN (width / (2 * WORLD_HALF_X * margin), height / (2 * WORLD_HALF_Y * margin));
  if (!(view->scale > 0))
    view->scale = 1;
}

void
bil_map_view_fit_data (BilMapView        *view,
                       const BilMapModel *model,
                       double             width,
                       double             height)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE;
  double max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double pad_x, pad_y, span_x, span_y, scale;
  BilMapView world;
  gboolean any = FALSE;

  bil_map_view_fit_world (&world, width, height);
  *view = world;
  if (model == NULL)
    return;

  /* Both ends of every arc; nodes exist only as ends. */
  for (guint i = 0; i < model->arcs->len; i++)
    {
      const BilMapArc *arc = &g_array_index (model->arcs, BilMapArc, i);
      guint ends[2] = { arc->a, arc->b };

      for (guint k = 0; k < 2; k++)
        {
          const BilMapNode *node = &g_array_index (model->nodes, BilMapNode, ends[k]);
          double x, y;

          bil_map_project (node->lon, node->lat, &x, &y);
          min_x = MIN (min_x, x);
          max_x = MAX (max_x, x);
          min_y = MIN (min_y, y);
          max_y = MAX (max_y, y);
          any = TRUE;
        }
    }
  if (!any)
    return;

  pad_x = MAX ((max_x - min_x) * 0.15, MIN_PAD);
  pad_y = MAX ((max_y - min_y) * 0.15, MIN_PAD);
  span_x = max_x - min_x + 2 * pad_x;
  span_y = max_y - min_y + 2 * pad_y;
  scale = MIN (width / span_x, height / span_y);
  /* Never closer than 8× the world: the 1:110m outline gets coarse. */
  scale = MIN (scale, 8 * world.scale);
  if (!(scale > 0))
    return;

  view->center_x = (min_x + max_x) / 2;
  view->center_y = (min_y + max_y) / 2;
  view->scale = scale;
}

void
bil_map_view_to_pixel (const BilMapView *view,
                       double            width,
                       double            height,
                       double            lon,
                       double            lat,
                       double           *px,
                       double           *py)
{
  double x, y;

  bil_map_project (lon, lat, &x, &y);
  _bil_map_projected_to_pixel (view, width, height, x, y, px, py);
}

/* ------------------------------------------------------------------ */
/* The projected world, computed once: every frame and every hit test
 * would otherwise project the same 12 000 points again. */

const ProjCountry *
_bil_map_projected_world (guint *n_countries)
{
  static gsize once = 0;
  static ProjCountry *countries;
  static guint n;

  if (g_once_init_enter (&once))
    {
      BilWorld *world = bil_world_get_default ();

      n = bil_world_n_countries (world);
      countries = g_new0 (ProjCountry, MAX (1, n));
      for (guint i = 0; i < n; i++)
        {
          const BilWorldCountry *c = bil_world_get_country (world, i);
          ProjCountry *pc = &countries[i];

          pc->n_rings = c->rings->len;
          pc->rings = g_new0 (ProjRing, MAX (1, pc->n_rings));
          pc->min_x = pc->min_y = G_MAXDOUBLE;
          pc->max_x = pc->max_y = -G_MAXDOUBLE;
          for (guint r = 0; r < pc->n_rings; r++)
            {
              const BilRing *ring = &g_array_index (c->rings, BilRing, r);
              ProjRing *pr = &pc->rings[r];

              pr->n_points = ring->n_points;
              pr->xy = g_new (double, 2 * MAX (1, ring->n_points));
              for (guint k = 0; k < ring->n_points; k++)
                {
                  double *x = &pr->xy[2 * k], *y = &pr->xy[2 * k + 1];

                  bil_map_project (ring->points[2 * k], ring->points[2 * k + 1], x, y);
                  pc->min_x = MIN (pc->min_x, *x);
                  pc->max_x = MAX (pc->max_x, *x);
                  pc->min_y = MIN (pc->min_y, *y);
                  pc->max_y = MAX (pc->max_y, *y);
                }
            }
        }
      g_once_init_leave (&once, 1);
    }
  *n_countries = n;
  return countries;
}

/* Even-odd, over every ring, in projected units. */
static gboolean
country_contains (const ProjCountry *pc,
                  double             x,
                  double             y)
{
  gboolean inside = FALSE;

  if (x < pc->min_x || x > pc->max_x || y < pc->min_y || y > pc->max_y)
    return FALSE;
  for (guint r = 0; r < pc->n_rings; r++)
    {
      const ProjRing *ring = &pc->rings[r];

      for (guint i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
        {
          double xi = ring->xy[2 * i], yi = ring->xy[2 * i + 1];
          double xj = ring->xy[2 * j], yj = ring->xy[2 * j + 1];

          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
        }
    }
  return inside;
}

/* ------------------------------------------------------------------ */
/* Geometry shared by drawing and hit-testing                           */

static double
arc_width (const BilMapArc *arc)
{
  return 1.5 + 1.5 * log2 (1 + arc->weight);
}

/* The t where the curve leaves a circle of @radius around one end. */
static double
leave_circle (const ArcGeom *g,
              gboolean       at_end,
              double         radius)
{
  double ox = at_end ? g->p1x : g->p0x, oy = at_end ? g->p1y : g->p0y;
  double inside = at_end ? 1.0 : 0.0, outside = 0.5;

  for (int i = 0; i < 30; i++)
    {
      double mid = (inside + outside) / 2, x, y;

      _bil_map_bezier_at (g, mid, &x, &y);
      if (hypot (x - ox, y - oy) < radius)
        inside = mid;
      else
        outside = mid;
    }
  return (inside + outside) / 2;
}

void
_bil_map_arc_geometry (const BilMapModel *model,
                       const BilMapView  *view,
                       double             width,
                       double             height,
                       guint              index,
                       ArcGeom           *g)
{
  const BilMapArc *arc = &g_array_index (model->arcs, BilMapArc, index);
  const BilMapNode *a = &g_array_index (model->nodes, BilMapNode, arc->a);
  const BilMapNode *b = &g_array_index (model->nodes, BilMapNode, arc->b);
  double ra = _bil_map_node_radius (a), rb = _bil_map_node_radius (b);
  double dx, dy, len, nx, ny, side;

  memset (g, 0, sizeof *g);
  _bil_map_node_pixel (model, view, width, height, arc->a, &g->p0x, &g->p0y);
  _bil_map_node_pixel (model, view, width, height, arc->b, &g->p1x, &g->p1y);
  g->width = arc_width (arc);
  g->head_length = 6 + 1.5 * g->width;
  g->head_half = 3 + 0.9 * g->width;

  dx = g->p1x - g->p0x;
  dy = g->p1y - g->p0y;
  len = hypot (dx, dy);
  /* Nodes that touch leave no curve to draw. */
  if (len < ra + rb + (arc->directed ? g->head_length : 0) + 4)
    return;

  /* The normal that points up the screen (or right when the chord is
   * vertical) does not depend on which end is a, so A–B and B–A bow alike;
   * cooperation bows north, rivalry south, and the two never overlap. */
  nx = -dy / len;
  ny = dx / len;
  if (ny > 0 || (ny == 0 && nx < 0))
    {
      nx = -nx;
      ny = -ny;
    }
  side = arc->stance == BIL_STANCE_RIVALRY ? -1 : 1;
  g->cx = (g->p0x + g->p1x) / 2 + nx * side * 0.2 * len;
  g->cy = (g->p0y + g->p1y) / 2 + ny * side * 0.2 * len;

  g->t0 = leave_circle (g, FALSE, ra + 1);
  if (arc->directed)
    {
      g->t_tip = leave_circle (g, TRUE, rb + 1.5);
      /* The line stops inside the head, so its butt end never shows. */
      g->t1 = leave_circle (g, TRUE, rb + 1.5 + g->head_length * 0.7);
    }
  else
    {
      g->t1 = leave_circle (g, TRUE, rb + 1);
      g->t_tip = g->t1;
    }
  g->visible = g->t1 > g->t0;
}

static double
segment_distance (double px,
                  double py,
                  double ax,
                  double ay,
                  double bx,
                  double by)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

static double
arc_distance (const ArcGeom *g,
              double         x,
              double         y)
{
  double best = G_MAXDOUBLE, last_x = 0, last_y = 0;

  for (int i = 0; i <= ARC_SAMPLES; i++)
    {
      double t = g->t0 + (g->t_tip - g->t0) * i / ARC_SAMPLES, sx, sy;

      _bil_map_bezier_at (g, t, &sx, &sy);
      if (i > 0)
        best = MIN (best, segment_distance (x, y, last_x, last_y, sx, sy));
      last_x = sx;
      last_y = sy;
    }
  return best;
}

/* ------------------------------------------------------------------ */
/* Hit-testing                                                          */

BilMapHit
bil_map_lookup (const BilMapModel *model,
                const BilMapView  *view,
                double             width,
                double             height,
                double             x,
                double             y)
{
  BilMapHit hit = { BIL_MAP_HIT_NONE, -1 };
  const ProjCountry *countries;
  guint n_countries;
  double best, px, py;

  if (model)
    {
      /* Inside a node's own shape, the node: it is drawn over the arcs. */
      best = G_MAXDOUBLE;
      for (guint i = 0; i < model->nodes->len; i++)
        {
          double nx, ny, d;

          _bil_map_node_pixel (model, view, width, height, i, &nx, &ny);
          d = hypot (x - nx, y - ny);
          if (d <= _bil_map_node_radius (&g_array_index (model->nodes, BilMapNode, i)) && d < best)
            {
              best = d;
              hit = (BilMapHit) { BIL_MAP_HIT_NODE, (int) i };
            }
        }
      if (hit.kind != BIL_MAP_HIT_NONE)
        return hit;

      best = G_MAXDOUBLE;
      for (guint i = 0; i < model->arcs->len; i++)
        {
          ArcGeom g;
          double d;

          _bil_map_arc_geometry (model, view, width, height, i, &g);
          if (!g.visible)
            continue;
          d = arc_distance (&g, x, y);
          if (d <= MAX (6, g.width / 2 + 3) && d <= best)
            {
              /* Ties go to the later arc, the one drawn on top. */
              best = d;
              hit = (BilMapHit) { BIL_MAP_HIT_ARC, (int) i };
            }
        }
      if (hit.kind != BIL_MAP_HIT_NONE)
        return hit;

      best = G_MAXDOUBLE;
      for (guint i = 0; i < model->nodes->len; i++)
        {
          double nx, ny, d;

          _bil_map_node_pixel (model, view, width, height, i, &nx, &ny);
          d = hypot (x - nx, y - ny);
          if (d <= _bil_map_node_radius (&g_array_index (model->nodes, BilMapNode, i)) + 3 && d < best)
            {
              best = d;
              hit = (BilMapHit) { BIL_MAP_HIT_NODE, (int) i };
            }
        }
      if (hit.kind != BIL_MAP_HIT_NONE)
        return hit;
    }

  px = view->center_x + (x - width / 2) / view->scale;
  py = view->center_y - (y - height / 2) / view->scale;
  countries = _bil_map_projected_world (&n_countries);
  for (guint i = 0; i < n_countries; i++)
    if (country_contains (&countries[i], px, py))
      return (BilMapHit) { BIL_MAP_HIT_COUNTRY, (int) i };
  return hit;
}
