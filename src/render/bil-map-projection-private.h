/* bil-map-projection-private.h: the geometry the map's drawing and its
 * lookup share
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For bil-map-projection.c and bil-map-render.c only: one definition of
 * where each country, node and arc is in pixels, so a hit is always on
 * what was drawn.
 */

#pragma once

#include <math.h>

#include "bil-map-projection.h"

G_BEGIN_DECLS

/* The world outline in projected units, projected once on first use. */

typedef struct
{
  guint   n_points;
  double *xy;
} ProjRing;

typedef struct
{
  guint     n_rings;
  ProjRing *rings;
  double    min_x, min_y, max_x, max_y;
} ProjCountry;

const ProjCountry *_bil_map_projected_world (guint *n_countries);

static inline void
_bil_map_projected_to_pixel (const BilMapView *view,
                             double            width,
                             double            height,
                             double            x,
                             double            y,
                             double           *px,
                             double           *py)
{
  *px = width / 2 + (x - view->center_x) * view->scale;
  *py = height / 2 - (y - view->center_y) * view->scale;
}

/* A node and an arc in pixels. */

typedef struct
{
  gboolean visible;
  double   p0x, p0y;       /* the ends' centres */
  double   cx, cy;         /* the quadratic's control point */
  double   p1x, p1y;
  double   t0, t1;         /* the stroked part, outside the nodes */
  double   t_tip;          /* the arrow's tip when directed */
  double   width;
  double   head_length;
  double   head_half;
} ArcGeom;

static inline double
_bil_map_node_radius (const BilMapNode *node)
{
  return 4 + 2 * log2 (1 + node->mentions);
}

static inline void
_bil_map_node_pixel (const BilMapModel *model,
                     const BilMapView  *view,
                     double             width,
                     double             height,
                     guint              index,
                     double            *px,
                     double            *py)
{
  const BilMapNode *node = &g_array_index (model->nodes, BilMapNode, index);

  bil_map_view_to_pixel (view, width, height, node->lon, node->lat, px, py);
}

static inline void
_bil_map_bezier_at (const ArcGeom *g,
                    double         t,
                    double        *x,
                    double        *y)
{
  double u = 1 - t;

  *x = u * u * g->p0x + 2 * u * t * g->cx + t * t * g->p1x;
  *y = u * u * g->p0y + 2 * u * t * g->cy + t * t * g->p1y;
}

void _bil_map_arc_geometry (const BilMapModel *model,
                            const BilMapView  *view,
                            double             width,
                            double             height,
                            guint              index,
                            ArcGeom           *g);

G_END_DECLS
