/* bil-map-render.h: the partnership map, drawn with Cairo
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain function of (cairo_t, size, model, view, style): the map widget
 * and the report both call it, so a report shows what the window shows.
 * The model is core's (bil-map-model.h); the view, the projection and the
 * lookup are bil-map-projection.h's.
 */

#pragma once

#include <cairo.h>

#include "bil-map-model.h"
#include "bil-map-projection.h"
#include "bil-render-style.h"

G_BEGIN_DECLS

/* The base: water, land, countries shaded by how often they are named. It
 * changes only with the view and the counts, so widgets cache it. */
void         bil_map_render_base   (cairo_t           *cr,
                                    double             width,
                                    double             height,
                                    const BilMapModel *model,
                                    const BilMapView  *view,
                                    const BilRenderStyle *style);
/* Over the base: the hovered and the selected country. */
void         bil_map_render_highlights (cairo_t       *cr,
                                    double             width,
                                    double             height,
                                    const BilMapView  *view,
                                    const BilRenderStyle *style,
                                    const BilMapHit   *hover,
                                    const BilMapHit   *selected);
/* Every arc and node, plain: they change only with the model and the
 * view, so widgets cache them like the base. */
void         bil_map_render_arcs   (cairo_t           *cr,
                                    double             width,
                                    double             height,
                                    const BilMapModel *model,
                                    const BilMapView  *view,
                                    const BilRenderStyle *style);
/* What changes from frame to frame: the emphasised arcs and nodes, the
 * labels, the legend. */
void         bil_map_render_overlay(cairo_t           *cr,
                                    double             width,
                                    double             height,
                                    const BilMapModel *model,
                                    const BilMapView  *view,
                                    const BilRenderStyle *style,
                                    const BilMapHit   *hover,
                                    const BilMapHit   *selected);
void         bil_map_render        (cairo_t           *cr,
                                    double             width,
                                    double             height,
                                    const BilMapModel *model,
                                    const BilMapView  *view,
                                    const BilRenderStyle *style,
                                    const BilMapHit   *hover,
                                    const BilMapHit   *selected);

G_END_DECLS
