/* bil-map-render.c: the partnership map, drawn with Cairo
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

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "bil-figure-ref.h"
#include "bil-map-render.h"
#include "bil-render-text.h"
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
/* The model                                                            */

/* Which way money goes between each pair, counted over @figures (refs,
 * which leave rejected figures out, that pass the filter): figures from a to b at [a × n + b], for the
 * entities' square (a few hundred KB, not hashing half a million times).
 * Two-way figures (total trade) say nothing about it. */
static guint *
count_flows (GArray *figures,
             guint   n_entities)
{
  guint *flows = g_new0 (guint, (gsize) MAX (1, n_entities) * MAX (1, n_entities));

  for (guint i = 0; i < figures->len; i++)
    {
      const BilFigure *f = g_array_index (figures, BilFigureRef, i).figure;

      if (f->from < 0 || f->to < 0 || f->from == f->to)
        continue;
      if ((guint) f->from >= n_entities || (guint) f->to >= n_entities)
        continue;
      if (f->from_rule && strcmp (f->from_rule, "two-way") == 0)
        continue;
      flows[(gsize) f->from * n_entities + (guint) f->to]++;
    }
  return flows;
}

/* A node's place: the country's label point, or the mean of a bloc's
 * members that the world outline has. */
static gboolean
entity_position (BilLexicon *lex,
                 BilWorld   *world,
                 int         entity,
                 double     *lon,
                 double     *lat)
{
  const BilWorldCountry *c;
  const char *code = bil_lexicon_entity_code (lex, entity);

  if (code == NULL)
    return FALSE;
  if (bil_lexicon_entity_is_bloc (lex, entity))
    {
      guint n_members = 0, n = 0;
      const int *members = bil_lexicon_bloc_members (lex, entity, &n_members);
      double sum_lon = 0, sum_lat = 0;

      for (guint i = 0; members && i < n_members; i++)
        {
          const char *member = bil_lexicon_entity_code (lex, members[i]);

          c = member ? bil_world_lookup (world, member) : NULL;
          if (c == NULL)
            continue;
          sum_lon += c->label_lon;
          sum_lat += c->label_lat;
          n++;
        }
      if (n == 0)
        return FALSE;
      *lon = sum_lon / n;
      *lat = sum_lat / n;
      return TRUE;
    }

  c = bil_world_lookup (world, code);
  if (c == NULL)
    return FALSE;
  *lon = c->label_lon;
  *lat = c->label_lat;
  return TRUE;
}

/* The node for @entity, added on first use; -1 when it has no place. */
static int
node_for_entity (BilMapModel *model,
                 GHashTable  *by_entity,
                 BilLexicon  *lex,
                 BilWorld    *world,
                 int          entity)
{
  gpointer value;
  BilMapNode node = { 0 };

  if (g_hash_table_lookup_extended (by_entity, GINT_TO_POINTER (entity), NULL, &value))
    return GPOINTER_TO_INT (value);

  if (!entity_position (lex, world, entity, &node.lon, &node.lat))
    {
      g_hash_table_insert (by_entity, GINT_TO_POINTER (entity), GINT_TO_POINTER (-1));
      return -1;
    }
  node.entity = entity;
  g_strlcpy (node.code, bil_lexicon_entity_code (lex, entity), sizeof node.code);
  node.bloc = bil_lexicon_entity_is_bloc (lex, entity);
  /* A bloc's full name ("Association of Southeast Asian Nations") would
   * smother the region it labels; its code is what people call it. */
  node.label = g_strdup (node.bloc ? node.code : bil_entity_display_name (entity));
  g_array_append_val (model->nodes, node);
  g_hash_table_insert (by_entity, GINT_TO_POINTER (entity), GINT_TO_POINTER (model->nodes->len - 1));
  return (int) model->nodes->len - 1;
}

static int
compare_arcs (gconstpointer a,
              gconstpointer b)
{
  const BilMapArc *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight < y->weight ? -1 : 1;
  if (x->evidence->len != y->evidence->len)
    return x->evidence->len < y->evidence->len ? -1 : 1;
  if (x->partnership->a != y->partnership->a)
    return x->partnership->a - y->partnership->a;
  if (x->partnership->b != y->partnership->b)
    return x->partnership->b - y->partnership->b;
  return (int) x->stance - (int) y->stance;
}

static void
arc_clear (gpointer data)
{
  BilMapArc *arc = data;

  g_clear_pointer (&arc->evidence, g_array_unref);
}

static void
node_clear (gpointer data)
{
  BilMapNode *node = data;

  g_clear_pointer (&node->label, g_free);
}

BilMapModel *
bil_map_model_build (BilCorpus *corpus,
                     BilFilter *filter)
{
  g_autoptr(GArray) figures = NULL;
  g_autofree guint8 *passing = NULL;

  g_return_val_if_fail (BIL_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (filter == NULL || BIL_IS_FILTER (filter), NULL);

  figures = bil_figure_refs_collect (corpus, filter);
  if (filter && !bil_filter_is_empty (filter))
    passing = bil_corpus_match_articles (corpus, filter);
  return bil_map_model_build_from (corpus, filter, figures, passing);
}

/**
 * bil_map_model_build_from:
 * @figures: BilFigureRef, the corpus's figures that pass @filter
 * @passing: (nullable): a bit per article, set when @filter lets it
 *   through (bil_corpus_match_articles ()); NULL when all pass
 *
 * The map for @filter from what the window already knows: a filter
 * change costs what passes it, not a walk over every figure and article.
 */
BilMapModel *
bil_map_model_build_from (BilCorpus    *corpus,
                          BilFilter    *filter,
                          GArray       *figures,
                          const guint8 *passing)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  BilWorld *world = bil_world_get_default ();
  GPtrArray *partnerships;
  g_autoptr(GHashTable) by_entity = g_hash_table_new (NULL, NULL);
  g_autofree guint *flows = NULL;
  g_autofree guint *entity_counts = NULL;
  guint n_sectors = MIN (bil_lexicon_n_sectors (lex), 64);
  guint n_entities = bil_lexicon_n_entities (lex);
  gboolean by_pair;     /* the partnership decides for all its evidence */
  BilMapModel *model;

  g_return_val_if_fail (BIL_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (filter == NULL || BIL_IS_FILTER (filter), NULL);
  g_return_val_if_fail (figures != NULL, NULL);

  model = g_new0 (BilMapModel, 1);
  model->nodes = g_array_new (FALSE, TRUE, sizeof (BilMapNode));
  g_array_set_clear_func (model->nodes, node_clear);
  model->arcs = g_array_new (FALSE, TRUE, sizeof (BilMapArc));
  g_array_set_clear_func (model->arcs, arc_clear);
  model->country_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* An empty filter lets everything through: no need to ask it a million times. */
  if (filter && bil_filter_is_empty (filter))
    filter = NULL;
  by_pair = filter == NULL || bil_filter_decides_by_pair (filter);
  partnerships = bil_corpus_get_partnerships (corpus);
  flows = count_flows (figures, n_entities);

  for (guint i = 0; partnerships && i < partnerships->len; i++)
    {
      BilPartnership *p = g_ptr_array_index (partnerships, i);
      guint n_articles = 0;
      BilMapArc arc = { 0 };
      guint64 sectors = bil_partnership_sector_mask (p, n_sectors);
      int na, nb;

      if (filter && !bil_filter_may_match_pair (filter, p->a, p->b, sectors))
        continue;

      if (by_pair)
        {
          /* All of it passes: shared, not copied (a million sentences). */
          arc.evidence = g_array_ref (p->evidence);
          n_articles = p->n_articles;
        }
      else
        {
          BilArticle *last_article = NULL;

          arc.evidence = g_array_new (FALSE, FALSE, sizeof (BilEvidence));
          for (guint k = 0; k < p->evidence->len; k++)
            {
              const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

              if (!bil_filter_match_evidence (filter, e->article, p->a, p->b, sectors, e->start, e->end))
                continue;
              g_array_append_val (arc.evidence, *e);
              /* Evidence is grouped by article (the corpus adds it article by
               * article), so counting changes counts articles. */
              if (e->article != last_article)
                n_articles++;
              last_article = e->article;
            }
        }
      if (arc.evidence->len == 0)
        {
          g_array_unref (arc.evidence);
          continue;
        }

      na = node_for_entity (model, by_entity, lex, world, p->a);
      nb = node_for_entity (model, by_entity, lex, world, p->b);
      if (na < 0 || nb < 0 || na == nb)
        {
          g_array_unref (arc.evidence);
          continue;
        }

      arc.a = (guint) na;
      arc.b = (guint) nb;
      arc.stance = p->stance;
      arc.weight = n_articles;
      arc.partnership = p;
      arc.sectors = sectors;

      {
        guint forward = flows[(gsize) p->a * n_entities + (guint) p->b];
        guint backward = flows[(gsize) p->b * n_entities + (guint) p->a];

        if (forward != backward)
          {
            arc.directed = TRUE;
            if (forward < backward)
              {
                arc.a = (guint) nb;
                arc.b = (guint) na;
              }
          }
      }
      g_array_append_val (model->arcs, arc);
    }
  g_array_sort (model->arcs, compare_arcs);

  /* Hundreds of arcs are a hairball: the heaviest ones carry the story;
   * the rest are counted, and stay in the table and the grid. */
  if (model->arcs->len > BIL_MAP_MAX_ARCS)
    {
      guint drop = model->arcs->len - BIL_MAP_MAX_ARCS;

      /* The array's clear function frees their evidence. */
      g_array_remove_range (model->arcs, 0, drop);
      model->hidden_arcs = drop;
    }

  /* Mentions: articles naming each entity, whichever pair they are in. */
  entity_counts = g_new0 (guint, MAX (1, n_entities));
  bil_corpus_count_naming (corpus, filter ? passing : NULL, entity_counts, n_entities);
  for (guint i = 0; i < model->nodes->len; i++)
    {
      BilMapNode *node = &g_array_index (model->nodes, BilMapNode, i);
      node->mentions = entity_counts[node->entity];
    }
  for (guint e = 0; e < n_entities; e++)
    {
      const char *code;

      if (entity_counts[e] == 0 || bil_lexicon_entity_is_bloc (lex, (int) e))
        continue;
      code = bil_lexicon_entity_code (lex, (int) e);
      if (code == NULL || bil_world_lookup (world, code) == NULL)
        continue;
      g_hash_table_insert (model->country_counts, g_strdup (code), GUINT_TO_POINTER (entity_counts[e]));
      model->max_count = MAX (model->max_count, entity_counts[e]);
    }

  return model;
}

void
bil_map_model_free (BilMapModel *model)
{
  if (model == NULL)
    return;
  g_array_unref (model->nodes);
  g_array_unref (model->arcs);
  g_hash_table_unref (model->country_counts);
  g_free (model);
}

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

static inline void
projected_to_pixel (const BilMapView *view,
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
  projected_to_pixel (view, width, height, x, y, px, py);
}

/* ------------------------------------------------------------------ */
/* The projected world, computed once: every frame and every hit test
 * would otherwise project the same 12 000 points again. */

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

static const ProjCountry *
projected_world (guint *n_countries)
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

/* Whether the country's box meets the widget. */
static gboolean
country_visible (const ProjCountry *pc,
                 const BilMapView  *view,
                 double             width,
                 double             height)
{
  double x0, y0, x1, y1;

  if (pc->min_x > pc->max_x)
    return FALSE;
  projected_to_pixel (view, width, height, pc->min_x, pc->max_y, &x0, &y0);
  projected_to_pixel (view, width, height, pc->max_x, pc->min_y, &x1, &y1);
  return x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height;
}

static void
country_path (cairo_t           *cr,
              const ProjCountry *pc,
              const BilMapView  *view,
              double             width,
              double             height)
{
  for (guint r = 0; r < pc->n_rings; r++)
    {
      const ProjRing *ring = &pc->rings[r];

      if (ring->n_points < 3)
        continue;
      for (guint k = 0; k < ring->n_points; k++)
        {
          double px, py;

          projected_to_pixel (view, width, height, ring->xy[2 * k], ring->xy[2 * k + 1], &px, &py);
          if (k == 0)
            cairo_move_to (cr, px, py);
          else
            cairo_line_to (cr, px, py);
        }
      cairo_close_path (cr);
    }
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
node_radius (const BilMapNode *node)
{
  return 4 + 2 * log2 (1 + node->mentions);
}

static double
arc_width (const BilMapArc *arc)
{
  return 1.5 + 1.5 * log2 (1 + arc->weight);
}

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

static inline void
bezier_at (const ArcGeom *g,
           double         t,
           double        *x,
           double        *y)
{
  double u = 1 - t;

  *x = u * u * g->p0x + 2 * u * t * g->cx + t * t * g->p1x;
  *y = u * u * g->p0y + 2 * u * t * g->cy + t * t * g->p1y;
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

      bezier_at (g, mid, &x, &y);
      if (hypot (x - ox, y - oy) < radius)
        inside = mid;
      else
        outside = mid;
    }
  return (inside + outside) / 2;
}

static void
node_pixel (const BilMapModel *model,
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

static void
arc_geometry (const BilMapModel *model,
              const BilMapView  *view,
              double             width,
              double             height,
              guint              index,
              ArcGeom           *g)
{
  const BilMapArc *arc = &g_array_index (model->arcs, BilMapArc, index);
  const BilMapNode *a = &g_array_index (model->nodes, BilMapNode, arc->a);
  const BilMapNode *b = &g_array_index (model->nodes, BilMapNode, arc->b);
  double ra = node_radius (a), rb = node_radius (b);
  double dx, dy, len, nx, ny, side;

  memset (g, 0, sizeof *g);
  node_pixel (model, view, width, height, arc->a, &g->p0x, &g->p0y);
  node_pixel (model, view, width, height, arc->b, &g->p1x, &g->p1y);
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

/* The part of the curve between t0 and t1, as one quadratic (its control
 * point is the curve's blossom at (t0, t1)). */
static void
arc_path (cairo_t       *cr,
          const ArcGeom *g,
          double         t0,
          double         t1)
{
  double sx, sy, ex, ey, qx, qy;
  double u0 = 1 - t0, u1 = 1 - t1;

  bezier_at (g, t0, &sx, &sy);
  bezier_at (g, t1, &ex, &ey);
  qx = u0 * u1 * g->p0x + (u0 * t1 + t0 * u1) * g->cx + t0 * t1 * g->p1x;
  qy = u0 * u1 * g->p0y + (u0 * t1 + t0 * u1) * g->cy + t0 * t1 * g->p1y;
  /* Cairo draws cubics: raise the degree. */
  cairo_move_to (cr, sx, sy);
  cairo_curve_to (cr,
                  sx + 2.0 / 3.0 * (qx - sx), sy + 2.0 / 3.0 * (qy - sy),
                  ex + 2.0 / 3.0 * (qx - ex), ey + 2.0 / 3.0 * (qy - ey),
                  ex, ey);
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

      bezier_at (g, t, &sx, &sy);
      if (i > 0)
        best = MIN (best, segment_distance (x, y, last_x, last_y, sx, sy));
      last_x = sx;
      last_y = sy;
    }
  return best;
}

/* ------------------------------------------------------------------ */
/* The base                                                             */

void
bil_map_render_base (cairo_t              *cr,
                     double                width,
                     double                height,
                     const BilMapModel    *model,
                     const BilMapView     *view,
                     const BilRenderStyle *style)
{
  BilWorld *world = bil_world_get_default ();
  const ProjCountry *countries;
  guint n_countries;

  cairo_save (cr);
  bil_render_set_color (cr, &style->water);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  countries = projected_world (&n_countries);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_width (cr, 0.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n_countries; i++)
    {
      const BilWorldCountry *c = bil_world_get_country (world, i);
      BilRgba fill = style->land;

      if (!country_visible (&countries[i], view, width, height))
        continue;
      if (model && model->max_count > 0)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (model->country_counts, c->code));

          /* sqrt: one mention still shows against a handful. */
          if (count > 0)
            fill = bil_rgba_mix (&style->land, &style->shade_high, sqrt ((double) count / model->max_count));
        }
      country_path (cr, &countries[i], view, width, height);
      bil_render_set_color (cr, &fill);
      cairo_fill_preserve (cr);
      bil_render_set_color (cr, &style->land_stroke);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* ------------------------------------------------------------------ */
/* The overlay                                                          */

static gboolean
hit_is (const BilMapHit *hit,
        BilMapHitKind    kind,
        guint            index)
{
  return hit && hit->kind == kind && hit->index == (int) index;
}

static void
rounded_square (cairo_t *cr,
                double   x,
                double   y,
                double   half)
{
  double r = half * 0.4;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + half - r, y - half + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + half - r, y + half - r, r, 0, G_PI / 2);
  cairo_arc (cr, x - half + r, y + half - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x - half + r, y - half + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
node_shape (cairo_t *cr,
            gboolean bloc,
            double   x,
            double   y,
            double   radius)
{
  if (bloc)
    rounded_square (cr, x, y, radius * 0.9);
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
    }
}

static void
draw_cross (cairo_t *cr,
            double   x,
            double   y,
            double   size)
{
  cairo_move_to (cr, x - size, y - size);
  cairo_line_to (cr, x + size, y + size);
  cairo_move_to (cr, x + size, y - size);
  cairo_line_to (cr, x - size, y + size);
}

static void
draw_head (cairo_t *cr,
           double   tip_x,
           double   tip_y,
           double   dir_x,
           double   dir_y,
           double   length,
           double   half)
{
  double bx = tip_x - dir_x * length, by = tip_y - dir_y * length;

  cairo_move_to (cr, tip_x, tip_y);
  cairo_line_to (cr, bx - dir_y * half, by + dir_x * half);
  cairo_line_to (cr, bx + dir_y * half, by - dir_x * half);
  cairo_close_path (cr);
}

static void
set_dash (cairo_t  *cr,
          gboolean  rivalry,
          double    width)
{
  if (rivalry)
    {
      /* Dashes grow with the line, so a thick one still reads as dashed. */
      double dashes[2] = { 6 * MAX (1, width / 2.5), 4 * MAX (1, width / 2.5) };
      cairo_set_dash (cr, dashes, 2, 0);
    }
  else
    cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_arc (cairo_t              *cr,
          const BilMapArc      *arc,
          const ArcGeom        *g,
          const BilRenderStyle *style,
          gboolean              hovered,
          gboolean              selected)
{
  gboolean rivalry = arc->stance == BIL_STANCE_RIVALRY;
  const BilRgba *color = rivalry ? &style->rivalry : &style->cooperation;
  double width = g->width + (hovered ? 1.5 : 0);
  double alpha = hovered || selected ? 1.0 : 0.85;
  double mx, my;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* A casing in the background colour keeps the line apart from shaded
   * land and from the arcs it crosses; the selection rides on it. */
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  arc_path (cr, g, g->t0, g->t1);
  if (selected)
    {
      bil_render_set_color (cr, &style->accent);
      cairo_set_line_width (cr, width + 6);
    }
  else
    {
      bil_render_set_color_alpha (cr, &style->background, 0.6);
      cairo_set_line_width (cr, width + 2);
    }
  cairo_stroke (cr);

  set_dash (cr, rivalry, width);
  cairo_set_line_cap (cr, rivalry ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
  arc_path (cr, g, g->t0, g->t1);
  bil_render_set_color_alpha (cr, color, alpha);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (arc->directed)
    {
      double tx, ty, bx, by, len, head = g->head_length + (hovered ? 2 : 0);

      bezier_at (g, g->t_tip, &tx, &ty);
      /* Point along the chord of the head's stretch of curve, not the
       * tangent at the tip: on a bowed arc that looks straighter. */
      bezier_at (g, g->t1, &bx, &by);
      len = hypot (tx - bx, ty - by);
      if (len > 0)
        {
          draw_head (cr, tx, ty, (tx - bx) / len, (ty - by) / len, head, g->head_half + (hovered ? 1 : 0));
          bil_render_set_color (cr, &style->background);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke_preserve (cr);
          bil_render_set_color_alpha (cr, color, alpha);
          cairo_fill (cr);
        }
    }

  if (rivalry)
    {
      double size = 3 + width / 3;

      bezier_at (g, 0.5, &mx, &my);
      cairo_new_sub_path (cr);
      cairo_arc (cr, mx, my, size + 2.5, 0, 2 * G_PI);
      bil_render_set_color (cr, &style->background);
      cairo_fill (cr);
      draw_cross (cr, mx, my, size);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_width (cr, 2);
      bil_render_set_color (cr, color);
      cairo_stroke (cr);
    }
}

static void
draw_node (cairo_t              *cr,
           const BilMapNode     *node,
           double                x,
           double                y,
           const BilRenderStyle *style,
           gboolean              hovered,
           gboolean              selected)
{
  double radius = node_radius (node) + (hovered ? 1 : 0);

  if (selected)
    {
      node_shape (cr, node->bloc, x, y, radius + 3);
      bil_render_set_color (cr, &style->accent);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
  node_shape (cr, node->bloc, x, y, radius);
  bil_render_set_color (cr, &style->background);
  cairo_fill_preserve (cr);
  bil_render_set_color (cr, &style->foreground);
  cairo_set_line_width (cr, hovered ? 2.5 : 1.5);
  cairo_stroke (cr);
}

typedef struct
{
  double x0, y0, x1, y1;
} Box;

static gboolean
box_overlaps (const Box *a,
              const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
box_free (const Box *box,
          GArray    *taken,
          double     width,
          double     height)
{
  if (box->x0 < 2 || box->y0 < 2 || box->x1 > width - 2 || box->y1 > height - 2)
    return FALSE;
  for (guint i = 0; i < taken->len; i++)
    if (box_overlaps (box, &g_array_index (taken, Box, i)))
      return FALSE;
  return TRUE;
}

/* Text with a halo in the background colour, so it reads over land,
 * shading and arcs alike. */
static void
draw_halo_layout (cairo_t              *cr,
                  PangoLayout          *layout,
                  double                x,
                  double                y,
                  const BilRenderStyle *style,
                  const BilRgba        *color)
{
  /* The halo: the letters in the background colour, shifted around them.
   * Glyphs come from cairo's cache; stroking their outlines instead cost
   * most of a map frame. */
  bil_render_set_color (cr, &style->background);
  for (guint k = 0; k < 8; k++)
    {
      static const double dx[] = { -1.5, 0, 1.5, -1.5, 1.5, -1.5, 0, 1.5 };
      static const double dy[] = { -1.5, -1.5, -1.5, 0, 0, 1.5, 1.5, 1.5 };

      cairo_move_to (cr, x + dx[k], y + dy[k]);
      pango_cairo_show_layout (cr, layout);
    }

  /* The same layout for the letters, and the one the label was measured
   * with: shaping again was half the cost of every label, every frame. */
  bil_render_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

typedef struct
{
  guint  index;
  double x, y;
} NodeOrder;

static int
compare_node_order (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const BilMapModel *model = user_data;
  const NodeOrder *x = a, *y = b;
  const BilMapNode *nx = &g_array_index (model->nodes, BilMapNode, x->index);
  const BilMapNode *ny = &g_array_index (model->nodes, BilMapNode, y->index);

  if (nx->mentions != ny->mentions)
    return nx->mentions > ny->mentions ? -1 : 1;
  return (int) x->index - (int) y->index;
}

/* Points along every drawn arc, a few pixels apart, for labels to avoid. */
static GArray *
arc_samples (const BilMapModel *model,
             const BilMapView  *view,
             double             width,
             double             height)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < model->arcs->len; i++)
    {
      ArcGeom g;
      guint n;

      arc_geometry (model, view, width, height, i, &g);
      if (!g.visible)
        continue;
      n = (guint) CLAMP (hypot (g.p1x - g.p0x, g.p1y - g.p0y) / 3, 8, 2000);
      for (guint k = 0; k <= n; k++)
        {
          double xy[2];

          bezier_at (&g, g.t0 + (g.t_tip - g.t0) * k / n, &xy[0], &xy[1]);
          g_array_append_vals (points, xy, 2);
        }
    }
  return points;
}

static guint
count_inside (const Box *box,
              GArray    *points)
{
  guint n = 0;

  for (guint i = 0; i + 1 < points->len; i += 2)
    {
      double x = g_array_index (points, double, i), y = g_array_index (points, double, i + 1);

      n += x >= box->x0 - 2 && x <= box->x1 + 2 && y >= box->y0 - 2 && y <= box->y1 + 2;
    }
  return n;
}

/* Labels beside their nodes, the most named first, where they cross the
 * fewest arcs; a label with no free place is left out rather than piled on
 * another (hovering shows it). */
static void
draw_labels (cairo_t              *cr,
             const BilMapModel    *model,
             const BilMapView     *view,
             double                width,
             double                height,
             const BilRenderStyle *style,
             const BilMapHit      *hover,
             const BilMapHit      *selected,
             const Box            *legend)
{
  g_autofree char *font = bil_render_font (style, 0.9, FALSE);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (NodeOrder));
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GArray) samples = arc_samples (model, view, width, height);
  int forced = -1;

  if (legend)
    g_array_append_val (taken, *legend);
  for (guint i = 0; i < model->nodes->len; i++)
    {
      const BilMapNode *node = &g_array_index (model->nodes, BilMapNode, i);
      NodeOrder o = { i, 0, 0 };
      double r = node_radius (node);
      Box box;

      node_pixel (model, view, width, height, i, &o.x, &o.y);
      box = (Box) { o.x - r, o.y - r, o.x + r, o.y + r };
      g_array_append_val (taken, box);
      g_array_append_val (order, o);
    }
  g_array_sort_with_data (order, compare_node_order, (gpointer) model);

  /* The hovered or selected node is labelled whatever else is there. */
  if (hover && hover->kind == BIL_MAP_HIT_NODE)
    forced = hover->index;
  else if (selected && selected->kind == BIL_MAP_HIT_NODE)
    forced = selected->index;

  for (guint i = 0; i < order->len; i++)
    {
      const NodeOrder *o = &g_array_index (order, NodeOrder, i);
      const BilMapNode *node = &g_array_index (model->nodes, BilMapNode, o->index);
      g_autoptr(PangoLayout) layout = bil_render_text_layout (cr, node->label, font, -1);
      PangoRectangle logical;
      double r = node_radius (node), lw, lh;
      Box candidates[4];
      const Box *chosen = NULL;
      guint least = G_MAXUINT;

      if ((int) o->index == forced)
        continue;
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      lw = logical.width;
      lh = logical.height;
      candidates[0] = (Box) { o->x + r + 4, o->y - lh / 2, o->x + r + 4 + lw, o->y + lh / 2 };
      candidates[1] = (Box) { o->x - r - 4 - lw, o->y - lh / 2, o->x - r - 4, o->y + lh / 2 };
      candidates[2] = (Box) { o->x - lw / 2, o->y - r - 1 - lh, o->x + lw / 2, o->y - r - 1 };
      candidates[3] = (Box) { o->x - lw / 2, o->y + r + 1, o->x + lw / 2, o->y + r + 1 + lh };
      for (guint k = 0; k < G_N_ELEMENTS (candidates) && least > 0; k++)
        {
          guint crossings;

          if (!box_free (&candidates[k], taken, width, height))
            continue;
          crossings = count_inside (&candidates[k], samples);
          if (crossings < least)
            {
              least = crossings;
              chosen = &candidates[k];
            }
        }
      if (chosen == NULL)
        continue;
      g_array_append_val (taken, *chosen);
      draw_halo_layout (cr, layout, chosen->x0, chosen->y0, style, &style->foreground);
    }

  if (forced >= 0 && (guint) forced < model->nodes->len)
    {
      const BilMapNode *node = &g_array_index (model->nodes, BilMapNode, forced);
      g_autoptr(PangoLayout) layout = bil_render_text_layout (cr, node->label, font, -1);
      PangoRectangle logical;
      double x, y, r = node_radius (node);

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      node_pixel (model, view, width, height, (guint) forced, &x, &y);
      x += r + 4;
      if (x + logical.width > width - 2)
        x -= 2 * r + 8 + logical.width;
      draw_halo_layout (cr, layout, x, y - logical.height / 2.0, style, &style->foreground);
    }
}

/* The legend's size; drawn when @cr is not NULL. */
static Box
draw_legend (cairo_t              *cr,
             cairo_t              *measure,
             double                width,
             double                height,
             const BilRenderStyle *style)
{
  g_autofree char *font = bil_render_font (style, 0.9, FALSE);
  const char *labels[4] = { _("Cooperation"), _("Rivalry"), _("Money flows"), _("Mentions") };
  const double pad = 8, swatch = 30, gap = 8;
  double text_w = 0, row_h = 16, box_w, box_h, x0, y0;
  Box box;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autoptr(PangoLayout) layout = bil_render_text_layout (measure, labels[i], font, -1);
      PangoRectangle logical;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      text_w = MAX (text_w, logical.width);
      row_h = MAX (row_h, logical.height + 4);
    }
  box_w = pad + swatch + gap + text_w + pad;
  box_h = pad + row_h * G_N_ELEMENTS (labels) + pad - 4;
  x0 = 12;
  y0 = height - 12 - box_h;
  box = (Box) { x0, y0, x0 + box_w, y0 + box_h };
  if (cr == NULL)
    return box;

  cairo_save (cr);
  cairo_rectangle (cr, x0 + 0.5, y0 + 0.5, box_w, box_h);
  bil_render_set_color_alpha (cr, &style->background, 0.9);
  cairo_fill_preserve (cr);
  bil_render_set_color (cr, &style->grid);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autoptr(PangoLayout) layout = bil_render_text_layout (cr, labels[i], font, -1);
      PangoRectangle logical;
      double ry = y0 + pad + row_h * i, cy = ry + (row_h - 4) / 2, sx = x0 + pad;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      /* bil_render_text leaves its current point behind: start afresh, or
       * the next swatch's first arc would join it with a line. */
      cairo_new_path (cr);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      switch (i)
        {
        case 0:
          cairo_move_to (cr, sx, cy);
          cairo_line_to (cr, sx + swatch, cy);
          bil_render_set_color (cr, &style->cooperation);
          cairo_set_line_width (cr, 3);
          cairo_stroke (cr);
          break;
        case 1:
          set_dash (cr, TRUE, 3);
          cairo_move_to (cr, sx, cy);
          cairo_line_to (cr, sx + swatch, cy);
          bil_render_set_color (cr, &style->rivalry);
          cairo_set_line_width (cr, 3);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_arc (cr, sx + swatch / 2, cy, 6, 0, 2 * G_PI);
          bil_render_set_color (cr, &style->background);
          cairo_fill (cr);
          draw_cross (cr, sx + swatch / 2, cy, 4);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_line_width (cr, 2);
          bil_render_set_color (cr, &style->rivalry);
          cairo_stroke (cr);
          break;
        case 2:
          cairo_move_to (cr, sx, cy);
          cairo_line_to (cr, sx + swatch - 6, cy);
          bil_render_set_color (cr, &style->foreground);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
          draw_head (cr, sx + swatch, cy, 1, 0, 9, 5);
          cairo_fill (cr);
          break;
        default:
          cairo_arc (cr, sx + 4, cy, 3, 0, 2 * G_PI);
          cairo_new_sub_path (cr);
          cairo_arc (cr, sx + swatch - 7, cy, 6.5, 0, 2 * G_PI);
          bil_render_set_color (cr, &style->background);
          cairo_fill_preserve (cr);
          bil_render_set_color (cr, &style->foreground);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
          break;
        }
      bil_render_set_color (cr, &style->foreground);
      bil_render_text (cr, labels[i], font, sx + swatch + gap, cy - logical.height / 2.0, -1,
                       BIL_ALIGN_START, NULL, NULL);
    }
  cairo_restore (cr);
  return box;
}

static void
draw_country_highlight (cairo_t              *cr,
                        guint                 index,
                        const BilMapView     *view,
                        double                width,
                        double                height,
                        const BilRenderStyle *style,
                        gboolean              selected)
{
  const ProjCountry *countries;
  guint n_countries;

  countries = projected_world (&n_countries);
  if (index >= n_countries)
    return;
  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  country_path (cr, &countries[index], view, width, height);
  if (selected)
    {
      bil_render_set_color (cr, &style->accent);
      cairo_set_line_width (cr, 2);
    }
  else
    {
      bil_render_set_color_alpha (cr, &style->foreground, 0.08);
      cairo_fill_preserve (cr);
      bil_render_set_color_alpha (cr, &style->foreground, 0.6);
      cairo_set_line_width (cr, 1.2);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The highlighted countries: under the arcs, over the land. */
void
bil_map_render_highlights (cairo_t              *cr,
                           double                width,
                           double                height,
                           const BilMapView     *view,
                           const BilRenderStyle *style,
                           const BilMapHit      *hover,
                           const BilMapHit      *selected)
{
  cairo_save (cr);
  if (selected && selected->kind == BIL_MAP_HIT_COUNTRY && selected->index >= 0)
    draw_country_highlight (cr, (guint) selected->index, view, width, height, style, TRUE);
  if (hover && hover->kind == BIL_MAP_HIT_COUNTRY && hover->index >= 0 && !hit_is (selected, BIL_MAP_HIT_COUNTRY, (guint) hover->index))
    draw_country_highlight (cr, (guint) hover->index, view, width, height, style, FALSE);
  cairo_restore (cr);
}

/* Every arc, none emphasised, heaviest last: the costly layer (a hundred
 * wide translucent strokes), which only changes with the view, the size or
 * the data, so a widget can cache it like the base. */
void
bil_map_render_arcs (cairo_t              *cr,
                     double                width,
                     double                height,
                     const BilMapModel    *model,
                     const BilMapView     *view,
                     const BilRenderStyle *style)
{
  if (model == NULL)
    return;
  cairo_save (cr);
  for (guint i = 0; i < model->arcs->len; i++)
    {
      ArcGeom g;

      arc_geometry (model, view, width, height, i, &g);
      if (g.visible)
        draw_arc (cr, &g_array_index (model->arcs, BilMapArc, i), &g, style, FALSE, FALSE);
    }
  /* The nodes over them, plain: a stroked circle each was a third of every
   * overlay frame. The overlay draws again only those it emphasises. */
  for (guint i = 0; i < model->nodes->len; i++)
    {
      double x, y;

      node_pixel (model, view, width, height, i, &x, &y);
      draw_node (cr, &g_array_index (model->nodes, BilMapNode, i), x, y, style, FALSE, FALSE);
    }
  cairo_restore (cr);
}

/* Whether the overlay draws node @i again: it is hovered or selected, or
 * an end of the emphasised arcs it draws over the cached layer. */
static gboolean
node_redrawn (const BilMapModel *model,
              guint              i,
              const BilMapHit   *hover,
              const BilMapHit   *selected)
{
  const BilMapHit *hits[2] = { hover, selected };

  for (guint k = 0; k < 2; k++)
    {
      const BilMapHit *h = hits[k];

      if (h == NULL || h->index < 0)
        continue;
      if (h->kind == BIL_MAP_HIT_NODE && (guint) h->index == i)
        return TRUE;
      if (h->kind == BIL_MAP_HIT_ARC && (guint) h->index < model->arcs->len &&
          (g_array_index (model->arcs, BilMapArc, h->index).a == i || g_array_index (model->arcs, BilMapArc, h->index).b == i))
        return TRUE;
    }
  return FALSE;
}

/* What changes from frame to frame, over the arcs and nodes: the hovered
 * and the selected arc drawn again, emphasised, above them all, with their
 * ends; the hovered and the selected node; labels and the legend. */
void
bil_map_render_overlay (cairo_t              *cr,
                        double                width,
                        double                height,
                        const BilMapModel    *model,
                        const BilMapView     *view,
                        const BilRenderStyle *style,
                        const BilMapHit      *hover,
                        const BilMapHit      *selected)
{
  gboolean legend_fits = width >= 260 && height >= 200;
  Box legend = { 0 };

  cairo_save (cr);

  if (model)
    {
      const BilMapHit *on_top[2] = { selected, hover };

      for (guint k = 0; k < 2; k++)
        {
          ArcGeom g;
          guint i;

          if (on_top[k] == NULL || on_top[k]->kind != BIL_MAP_HIT_ARC || on_top[k]->index < 0 ||
              (guint) on_top[k]->index >= model->arcs->len)
            continue;
          i = (guint) on_top[k]->index;
          if (k == 1 && hit_is (selected, BIL_MAP_HIT_ARC, i))
            continue;
          arc_geometry (model, view, width, height, i, &g);
          if (g.visible)
            draw_arc (cr, &g_array_index (model->arcs, BilMapArc, i), &g, style,
                      hit_is (hover, BIL_MAP_HIT_ARC, i), hit_is (selected, BIL_MAP_HIT_ARC, i));
        }

      for (guint i = 0; i < model->nodes->len; i++)
        {
          double x, y;

          if (!node_redrawn (model, i, hover, selected))
            continue;
          node_pixel (model, view, width, height, i, &x, &y);
          draw_node (cr, &g_array_index (model->nodes, BilMapNode, i), x, y, style,
                     hit_is (hover, BIL_MAP_HIT_NODE, i), hit_is (selected, BIL_MAP_HIT_NODE, i));
        }

      if (legend_fits)
        legend = draw_legend (NULL, cr, width, height, style);
      draw_labels (cr, model, view, width, height, style, hover, selected, legend_fits ? &legend : NULL);
    }

  if (legend_fits)
    draw_legend (cr, cr, width, height, style);

  cairo_restore (cr);
}

void
bil_map_render (cairo_t              *cr,
                double                width,
                double                height,
                const BilMapModel    *model,
                const BilMapView     *view,
                const BilRenderStyle *style,
                const BilMapHit      *hover,
                const BilMapHit      *selected)
{
  bil_map_render_base (cr, width, height, model, view, style);
  bil_map_render_highlights (cr, width, height, view, style, hover, selected);
  bil_map_render_arcs (cr, width, height, model, view, style);
  bil_map_render_overlay (cr, width, height, model, view, style, hover, selected);
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

          node_pixel (model, view, width, height, i, &nx, &ny);
          d = hypot (x - nx, y - ny);
          if (d <= node_radius (&g_array_index (model->nodes, BilMapNode, i)) && d < best)
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

          arc_geometry (model, view, width, height, i, &g);
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

          node_pixel (model, view, width, height, i, &nx, &ny);
          d = hypot (x - nx, y - ny);
          if (d <= node_radius (&g_array_index (model->nodes, BilMapNode, i)) + 3 && d < best)
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
  countries = projected_world (&n_countries);
  for (guint i = 0; i < n_countries; i++)
    if (country_contains (&countries[i], px, py))
      return (BilMapHit) { BIL_MAP_HIT_COUNTRY, (int) i };
  return hit;
}
