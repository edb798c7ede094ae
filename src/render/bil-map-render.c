/* bil-map-render.c: the partnership map, drawn with Cairo
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model comes from core (bil-map-model.c), every position from the
 * projection's geometry (bil-map-projection.c), which the lookup shares:
 * this file only draws.
 */

#define G_LOG_DOMAIN "bil-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "bil-map-projection-private.h"
#include "bil-map-render.h"
#include "bil-render-text.h"
#include "bil-world.h"

/* ------------------------------------------------------------------ */
/* Paths                                                                */

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
  _bil_map_projected_to_pixel (view, width, height, pc->min_x, pc->max_y, &x0, &y0);
  _bil_map_projected_to_pixel (view, width, height, pc->max_x, pc->min_y, &x1, &y1);
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

          _bil_map_projected_to_pixel (view, width, height, ring->xy[2 * k], ring->xy[2 * k + 1], &px, &py);
          if (k == 0)
            cairo_move_to (cr, px, py);
          else
            cairo_line_to (cr, px, py);
        }
      cairo_close_path (cr);
    }
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

  _bil_map_bezier_at (g, t0, &sx, &sy);
  _bil_map_bezier_at (g, t1, &ex, &ey);
  qx = u0 * u1 * g->p0x + (u0 * t1 + t0 * u1) * g->cx + t0 * t1 * g->p1x;
  qy = u0 * u1 * g->p0y + (u0 * t1 + t0 * u1) * g->cy + t0 * t1 * g->p1y;
  /* Cairo draws cubics: raise the degree. */
  cairo_move_to (cr, sx, sy);
  cairo_curve_to (cr,
                  sx + 2.0 / 3.0 * (qx - sx), sy + 2.0 / 3.0 * (qy - sy),
                  ex + 2.0 / 3.0 * (qx - ex), ey + 2.0 / 3.0 * (qy - ey),
                  ex, ey);
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

  countries = _bil_map_projected_world (&n_countries);
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

      _bil_map_bezier_at (g, g->t_tip, &tx, &ty);
      /* Point along the chord of the head's stretch of curve, not the
       * tangent at the tip: on a bowed arc that looks straighter. */
      _bil_map_bezier_at (g, g->t1, &bx, &by);
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

      _bil_map_bezier_at (g, 0.5, &mx, &my);
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
  double radius = _bil_map_node_radius (node) + (hovered ? 1 : 0);

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

      _bil_map_arc_geometry (model, view, width, height, i, &g);
      if (!g.visible)
        continue;
      n = (guint) CLAMP (hypot (g.p1x - g.p0x, g.p1y - g.p0y) / 3, 8, 2000);
      for (guint k = 0; k <= n; k++)
        {
          double xy[2];

          _bil_map_bezier_at (&g, g.t0 + (g.t_tip - g.t0) * k / n, &xy[0], &xy[1]);
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
      double r = _bil_map_node_radius (node);
      Box box;

      _bil_map_node_pixel (model, view, width, height, i, &o.x, &o.y);
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
      double r = _bil_map_node_radius (node), lw, lh;
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
      double x, y, r = _bil_map_node_radius (node);

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      _bil_map_node_pixel (model, view, width, height, (guint) forced, &x, &y);
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

  countries = _bil_map_projected_world (&n_countries);
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

      _bil_map_arc_geometry (model, view, width, height, i, &g);
      if (g.visible)
        draw_arc (cr, &g_array_index (model->arcs, BilMapArc, i), &g, style, FALSE, FALSE);
    }
  /* The nodes over them, plain: a stroked circle each was a third of every
   * overlay frame. The overlay draws again only those it emphasises. */
  for (guint i = 0; i < model->nodes->len; i++)
    {
      double x, y;

      _bil_map_node_pixel (model, view, width, height, i, &x, &y);
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
          _bil_map_arc_geometry (model, view, width, height, i, &g);
          if (g.visible)
            draw_arc (cr, &g_array_index (model->arcs, BilMapArc, i), &g, style,
                      hit_is (hover, BIL_MAP_HIT_ARC, i), hit_is (selected, BIL_MAP_HIT_ARC, i));
        }

      for (guint i = 0; i < model->nodes->len; i++)
        {
          double x, y;

          if (!node_redrawn (model, i, hover, selected))
            continue;
          _bil_map_node_pixel (model, view, width, height, i, &x, &y);
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
