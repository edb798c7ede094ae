/* bil-map-render.h: the partnership map, drawn with Cairo
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain function of (cairo_t, size, model, view, style): the map widget
 * and the report both call it, so a report shows what the window shows.
 */

#pragma once

#include <cairo.h>

#include "bil-corpus.h"
#include "bil-filter.h"
#include "bil-partnership.h"
#include "bil-render-style.h"

G_BEGIN_DECLS

typedef struct
{
  int       entity;      /* lexicon entity: a country or a bloc */
  char      code[16];
  char     *label;       /* display name */
  double    lon;         /* where the node sits: the country's label point; a bloc's members' centroid */
  double    lat;
  guint     mentions;    /* articles naming it */
  gboolean  bloc;
} BilMapNode;

typedef struct
{
  guint           a;           /* indices into nodes */
  guint           b;
  BilStance       stance;
  guint           weight;      /* articles attesting it */
  gboolean        directed;    /* money flows a → b (investment, loans, exports) */
  BilPartnership *partnership; /* borrowed from the corpus */
  GArray         *evidence;    /* BilEvidence that passed the filter */
  guint64         sectors;     /* of the evidence that passed the filter */
} BilMapArc;

typedef struct
{
  GArray     *nodes;          /* BilMapNode */
  GArray     *arcs;           /* BilMapArc, heaviest last (drawn on top) */
  GHashTable *country_counts; /* ISO code (char *) → articles naming it (GUINT_TO_POINTER) */
  guint       max_count;
  guint       hidden_arcs;    /* the lightest arcs left out past BIL_MAP_MAX_ARCS */
} BilMapModel;

#define BIL_MAP_MAX_ARCS 60

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

BilMapModel *bil_map_model_build   (BilCorpus         *corpus,
                                    BilFilter         *filter);
BilMapModel *bil_map_model_build_from (BilCorpus      *corpus,
                                    BilFilter         *filter,
                                    GArray            *figures,
                                    const guint8      *passing);
void         bil_map_model_free    (BilMapModel       *model);

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
/* What lies under a pixel: an arc or node first, then a country. */
BilMapHit    bil_map_lookup        (const BilMapModel *model,
                                    const BilMapView  *view,
                                    double             width,
                                    double             height,
                                    double             x,
                                    double             y);

G_END_DECLS
