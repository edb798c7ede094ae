/* bil-map-projection.h: where the partnership map puts things, and what
 * lies under a pixel
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Longitude and latitude to the projection's units, the view (pan and
 * zoom) from those to pixels, and the lookup from a pixel back to a node,
 * an arc or a country. No Cairo: the drawing (bil-map-render.h) and the
 * lookup share this geometry, so what is under the pointer is what was
 * drawn there.
 */

#pragma once

#include "bil-map-model.h"

G_BEGIN_DECLS

/* The visible part of the projected world: the projected point at the
 * widget's centre and the pixels per projected unit. */
typedef struct
{
  double center_x;
  double center_y;
  double scale;
} BilMapView;

typedef enum
{
  BIL_MAP_HIT_NONE,
  BIL_MAP_HIT_COUNTRY,   /* index into bil_world countries */
  BIL_MAP_HIT_NODE,      /* index into model->nodes */
  BIL_MAP_HIT_ARC,       /* index into model->arcs */
} BilMapHitKind;

typedef struct
{
  BilMapHitKind kind;
  int           index;
} BilMapHit;

/* Equal Earth projection, in the projection's own units (x about ±2.7,
 * y about ±1.3, north up: y grows northwards). */
void         bil_map_project       (double             lon,
                                    double             lat,
                                    double            *x,
                                    double            *y);
void         bil_map_view_fit_world(BilMapView        *view,
                                    double             width,
                                    double             height);
void         bil_map_view_fit_data (BilMapView        *view,
                                    const BilMapModel *model,
                                    double             width,
                                    double             height);
void         bil_map_view_to_pixel (const BilMapView  *view,
                                    double             width,
                                    double             height,
                                    double             lon,
                                    double             lat,
                                    double            *px,
                                    double            *py);

/* What lies under a pixel: an arc or node first, then a country. */
BilMapHit    bil_map_lookup        (const BilMapModel *model,
                                    const BilMapView  *view,
                                    double             width,
                                    double             height,
                                    double             x,
                                    double             y);

G_END_DECLS
