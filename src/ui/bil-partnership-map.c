/* bil-partnership-map.c: the map widget
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bil_map_render_base () and bil_map_render_arcs () are cached as render
 * nodes: land, shading and arcs only change with the view, the size or the
 * data; country highlights go between them, and the emphasised arcs, nodes
 * and labels over them, every frame. bil_map_lookup () is the lookup
 * BilItemView answers click, hover and tooltip with; the items are
 * BilMapHits. Panning and zooming are the map's own.
 */

#define G_LOG_DOMAIN "bil-partnership-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "bil-partnership-map.h"
#include "bil-style.h"
#include "bil-world.h"

struct _BilPartnershipMap
{
  BilItemView    parent_instance;

  BilMapView     view;
  gboolean       fitted;
  gboolean       selection_pending;  /* the session's selection, to find once shown */
  GskRenderNode *base;           /* cached land layer */
  GskRenderNode *arcs;           /* cached arcs layer, same key */
  double         base_key[5];    /* width, height, centre x, centre y, scale */
  gboolean       base_dark;
  BilMapView     drag_start;
};

G_DEFINE_FINAL_TYPE (BilPartnershipMap, bil_partnership_map, BIL_TYPE_ITEM_VIEW)

static const BilMapModel *
model (BilPartnershipMap *self)
{
  BilSession *session = bil_item_view_get_session (BIL_ITEM_VIEW (self));

  return session ? bil_session_get_map_model (session) : NULL;
}

static void
invalidate_base (BilPartnershipMap *self)
{
  g_clear_pointer (&self->base, gsk_render_node_unref);
  g_clear_pointer (&self->arcs, gsk_render_node_unref);
}

/* "Japan – Malaysia: cooperation, 4 articles; AI, chips". */
char *
bil_partnership_map_describe (BilPartnershipMap *self,
                              BilMapHit          hit)
{
  const BilMapModel *m;
  BilLexicon *lex = bil_lexicon_get_default ();

  /* Nothing to describe: the model (slow at 100,000 articles) is not built. */
  if (hit.kind == BIL_MAP_HIT_NONE || (m = model (self)) == NULL)
    return NULL;
  if (hit.kind == BIL_MAP_HIT_ARC && (guint) hit.index < m->arcs->len)
    {
      const BilMapArc *arc = &g_array_index (m->arcs, BilMapArc, hit.index);
      const BilMapNode *a = &g_array_index (m->nodes, BilMapNode, arc->a);
      const BilMapNode *b = &g_array_index (m->nodes, BilMapNode, arc->b);
      g_autoptr(GString) sectors = g_string_new (NULL);

      for (guint s = 0; s < bil_lexicon_n_sectors (lex) && s < 64; s++)
        if (arc->sectors & (G_GUINT64_CONSTANT (1) << s))
          g_string_append_printf (sectors, "%s%s", sectors->len ? ", " : "", bil_lexicon_sector_label (lex, (int) s));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %s %s: %s, %u article%s%s",
                                           "%s %s %s: %s, %u articles%s%s", arc->weight),
                              a->label, arc->directed ? "→" : "–", b->label,
                              arc->stance == BIL_STANCE_RIVALRY ? _("rivalry") : _("cooperation"),
                              arc->weight, sectors->len ? "; " : "", sectors->str);
    }
  if (hit.kind == BIL_MAP_HIT_NODE && (guint) hit.index < m->nodes->len)
    {
      const BilMapNode *n = &g_array_index (m->nodes, BilMapNode, hit.index);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: named in %u article", "%s: named in %u articles",
                                           n->mentions), n->label, n->mentions);
    }
  if (hit.kind == BIL_MAP_HIT_COUNTRY)
    {
      const BilWorldCountry *c = bil_world_get_country (bil_world_get_default (), (guint) hit.index);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (m->country_counts, c->code));
      int entity = bil_lexicon_lookup_entity (lex, c->code);
      const char *name = entity >= 0 ? bil_entity_display_name (entity) : c->name;

      return count ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: named in %u article", "%s: named in %u articles",
                                                   count), name, count)
                   : g_strdup_printf (_("%s: not named"), name);
    }
  return NULL;
}

static void
update_accessible (BilPartnershipMap *self)
{
  g_autofree char *description = bil_partnership_map_describe (self, bil_partnership_map_get_selected (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Partnership map"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : _("Nothing selected"),
                                  -1);
}

/* The item the session's selection names on the map as the filter draws
 * it: a node, else a country with no node; an arc. */
static BilMapHit
hit_of_selection (BilPartnershipMap  *self,
                  const BilSelection *selection)
{
  const BilMapModel *m;

  if (selection == NULL || selection->kind == BIL_SELECTION_NONE || (m = model (self)) == NULL)
    return (BilMapHit) { BIL_MAP_HIT_NONE, -1 };
  if (selection->kind == BIL_SELECTION_COUNTRY)
    {
      BilWorld *world = bil_world_get_default ();
      const BilWorldCountry *c;

      for (guint i = 0; i < m->nodes->len; i++)
        if (strcmp (g_array_index (m->nodes, BilMapNode, i).code, selection->a) == 0)
          return (BilMapHit) { BIL_MAP_HIT_NODE, (int) i };
      if ((c = bil_world_lookup (world, selection->a)) != NULL)
        for (guint i = 0; i < bil_world_n_countries (world); i++)
          if (bil_world_get_country (world, i) == c)
            return (BilMapHit) { BIL_MAP_HIT_COUNTRY, (int) i };
    }
  else if (selection->kind == BIL_SELECTION_PAIR)
    for (guint i = 0; i < m->arcs->len; i++)
      {
        const BilMapArc *arc = &g_array_index (m->arcs, BilMapArc, i);
        const char *a = g_array_index (m->nodes, BilMapNode, arc->a).code;
        const char *b = g_array_index (m->nodes, BilMapNode, arc->b).code;

        if ((strcmp (a, selection->a) == 0 && strcmp (b, selection->b) == 0) ||
            (strcmp (a, selection->b) == 0 && strcmp (b, selection->a) == 0))
          return (BilMapHit) { BIL_MAP_HIT_ARC, (int) i };
      }
  return (BilMapHit) { BIL_MAP_HIT_NONE, -1 };
}

/* What @hit is, for the session: a country by its code, an arc by its
 * pair's (sorted). */
static void
selection_of_hit (BilPartnershipMap *self,
                  BilMapHit          hit,
                  BilSelection      *selection)
{
  const BilMapModel *m = model (self);

  bil_selection_clear (selection);
  if (hit.kind == BIL_MAP_HIT_COUNTRY)
    bil_selection_init_country (selection, bil_world_get_country (bil_world_get_default (), (guint) hit.index)->code);
  else if (m && hit.kind == BIL_MAP_HIT_NODE && (guint) hit.index < m->nodes->len)
    bil_selection_init_country (selection, g_array_index (m->nodes, BilMapNode, hit.index).code);
  else if (m && hit.kind == BIL_MAP_HIT_ARC && (guint) hit.index < m->arcs->len)
    {
      const BilMapArc *arc = &g_array_index (m->arcs, BilMapArc, hit.index);
      const char *a = g_array_index (m->nodes, BilMapNode, arc->a).code;
      const char *b = g_array_index (m->nodes, BilMapNode, arc->b).code;

      if (strcmp (a, b) > 0)
        bil_selection_init_pair (selection, b, a);
      else
        bil_selection_init_pair (selection, a, b);
    }
}

/* Show the session's selection. The model is built only for a map on
 * screen (slow at 100,000 articles): a hidden one looks when it is shown. */
static void
follow_selection (BilPartnershipMap *self)
{
  BilSession *session = bil_item_view_get_session (BIL_ITEM_VIEW (self));
  const BilSelection *selection = session ? bil_session_get_selected_place (session) : NULL;
  BilMapHit hit = { BIL_MAP_HIT_NONE, -1 };

  self->selection_pending = FALSE;
  if (selection && selection->kind != BIL_SELECTION_NONE)
    {
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        hit = hit_of_selection (self, selection);
      else
        self->selection_pending = TRUE;
    }
  bil_item_view_show_selected (BIL_ITEM_VIEW (self), &hit);
  update_accessible (self);
}

static void
bil_partnership_map_session_changed (BilItemView *view)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (view);

  bil_item_view_clear (view, FALSE);
  self->fitted = FALSE;
  invalidate_base (self);
  follow_selection (self);
}

static void
bil_partnership_map_session_selection_changed (BilItemView *view)
{
  follow_selection (BIL_PARTNERSHIP_MAP (view));
}

static void
bil_partnership_map_map (GtkWidget *widget)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (widget);

  GTK_WIDGET_CLASS (bil_partnership_map_parent_class)->map (widget);
  if (self->selection_pending)
    follow_selection (self);
}

static void
ensure_fitted (BilPartnershipMap *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->fitted || w <= 0 || h <= 0)
    return;
  if (model (self))
    bil_map_view_fit_data (&self->view, model (self), w, h);
  else
    bil_map_view_fit_world (&self->view, w, h);
  self->fitted = TRUE;
}

static void
bil_partnership_map_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  const BilMapModel *m = model (self);
  const BilMapHit *hover = bil_item_view_get_hover (BIL_ITEM_VIEW (self));
  const BilMapHit *selected = bil_item_view_get_selected (BIL_ITEM_VIEW (self));
  BilRenderStyle style;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  double key[5] = { width, height, self->view.center_x, self->view.center_y, self->view.scale };
  cairo_t *cr;

  if (m == NULL || width <= 0 || height <= 0)
    return;
  ensure_fitted (self);
  bil_style_from_widget (widget, &style);

  if (self->base == NULL || memcmp (key, self->base_key, sizeof key) != 0 || self->base_dark != style.dark)
    {
      g_autoptr(GtkSnapshot) base = gtk_snapshot_new ();
      g_autoptr(GtkSnapshot) arcs = gtk_snapshot_new ();

      cr = gtk_snapshot_append_cairo (base, &bounds);
      bil_map_render_base (cr, width, height, m, &self->view, &style);
      cairo_destroy (cr);
      cr = gtk_snapshot_append_cairo (arcs, &bounds);
      bil_map_render_arcs (cr, width, height, m, &self->view, &style);
      cairo_destroy (cr);
      invalidate_base (self);
      self->base = gtk_snapshot_free_to_node (g_steal_pointer (&base));
      self->arcs = gtk_snapshot_free_to_node (g_steal_pointer (&arcs));
      memcpy (self->base_key, key, sizeof key);
      self->base_dark = style.dark;
    }
  gtk_snapshot_push_clip (snapshot, &bounds);
  if (self->base)
    gtk_snapshot_append_node (snapshot, self->base);
  if (hover->kind == BIL_MAP_HIT_COUNTRY || selected->kind == BIL_MAP_HIT_COUNTRY)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      bil_map_render_highlights (cr, width, height, &self->view, &style, hover, selected);
      cairo_destroy (cr);
    }
  if (self->arcs)
    gtk_snapshot_append_node (snapshot, self->arcs);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  bil_map_render_overlay (cr, width, height, m, &self->view, &style, hover, selected);
  if (gtk_widget_has_visible_focus (widget))
    {
      bil_render_set_color (cr, &style.accent);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, 1, 1, width - 2, height - 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  gtk_snapshot_pop (snapshot);
}

static void
bil_partnership_map_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (widget);

  /* Keep the data in view when the window changes size. */
  self->fitted = FALSE;
}

void
bil_partnership_map_fit (BilPartnershipMap *self)
{
  g_return_if_fail (BIL_IS_PARTNERSHIP_MAP (self));
  self->fitted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_at (BilPartnershipMap *self,
         double             factor,
         double             px,
         double             py)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  double before_x, before_y, scale;

  ensure_fitted (self);
  scale = CLAMP (self->view.scale * factor, 20, 20000);
  /* The point under the pointer stays under it. */
  before_x = self->view.center_x + (px - w / 2) / self->view.scale;
  before_y = self->view.center_y - (py - h / 2) / self->view.scale;
  self->view.scale = scale;
  self->view.center_x = before_x - (px - w / 2) / scale;
  self->view.center_y = before_y + (py - h / 2) / scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
bil_partnership_map_zoom (BilPartnershipMap *self,
                          double             factor)
{
  g_return_if_fail (BIL_IS_PARTNERSHIP_MAP (self));
  zoom_at (self, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

BilMapHit
bil_partnership_map_get_selected (BilPartnershipMap *self)
{
  return *(const BilMapHit *) bil_item_view_get_selected (BIL_ITEM_VIEW (self));
}

void
bil_partnership_map_select (BilPartnershipMap *self,
                            BilMapHit          hit)
{
  g_return_if_fail (BIL_IS_PARTNERSHIP_MAP (self));
  bil_item_view_select_item (BIL_ITEM_VIEW (self), &hit);
}

/* An arc's evidence, or every arc's at a node or country.
 * Returns: (transfer full): BilEvidence */
static GArray *
evidence_of (BilPartnershipMap *self,
             const BilMapHit   *hit)
{
  const BilMapModel *m;
  GArray *evidence = g_array_new (FALSE, FALSE, sizeof (BilEvidence));
  int node = -1;

  if (hit->kind == BIL_MAP_HIT_NONE || (m = model (self)) == NULL)
    return evidence;
  if (hit->kind == BIL_MAP_HIT_ARC && (guint) hit->index < m->arcs->len)
    {
      const BilMapArc *arc = &g_array_index (m->arcs, BilMapArc, hit->index);
      g_array_append_vals (evidence, arc->evidence->data, arc->evidence->len);
      return evidence;
    }
  if (hit->kind == BIL_MAP_HIT_NODE)
    node = hit->index;
  else if (hit->kind == BIL_MAP_HIT_COUNTRY)
    {
      const BilWorldCountry *c = bil_world_get_country (bil_world_get_default (), (guint) hit->index);
      for (guint i = 0; i < m->nodes->len; i++)
        if (g_strcmp0 (g_array_index (m->nodes, BilMapNode, i).code, c->code) == 0)
          node = (int) i;
    }
  for (guint i = 0; node >= 0 && i < m->arcs->len; i++)
    {
      const BilMapArc *arc = &g_array_index (m->arcs, BilMapArc, i);
      if ((int) arc->a == node || (int) arc->b == node)
        g_array_append_vals (evidence, arc->evidence->data, arc->evidence->len);
    }
  return evidence;
}

/* The evidence of the session's selection, as the filter lets it through.
 * Returns: (transfer full): BilEvidence */
GArray *
bil_partnership_map_get_evidence (BilPartnershipMap *self)
{
  BilSession *session = bil_item_view_get_session (BIL_ITEM_VIEW (self));
  BilMapHit hit = hit_of_selection (self, session ? bil_session_get_selected_place (session) : NULL);

  return evidence_of (self, &hit);
}

/* A point on arc @arc's drawn curve (its midpoint), for tests and keys. */
gboolean
bil_partnership_map_arc_point (BilPartnershipMap *self,
                               guint              arc,
                               double            *x,
                               double            *y)
{
  const BilMapModel *m = model (self);
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));

  if (m == NULL || arc >= m->arcs->len)
    return FALSE;
  ensure_fitted (self);
  /* Search the lookup for the pixel nearest the chord's middle that hits it. */
  {
    const BilMapArc *a = &g_array_index (m->arcs, BilMapArc, arc);
    const BilMapNode *na = &g_array_index (m->nodes, BilMapNode, a->a);
    const BilMapNode *nb = &g_array_index (m->nodes, BilMapNode, a->b);
    double ax, ay, bx, by;

    bil_map_view_to_pixel (&self->view, w, h, na->lon, na->lat, &ax, &ay);
    bil_map_view_to_pixel (&self->view, w, h, nb->lon, nb->lat, &bx, &by);
    for (int r = 0; r < 200; r++)
      for (int k = -1; k <= 1; k += 2)
        {
          double len = hypot (bx - ax, by - ay);
          double nx = len > 0 ? -(by - ay) / len : 0, ny = len > 0 ? (bx - ax) / len : 0;
          double px = (ax + bx) / 2 + k * r * nx, py = (ay + by) / 2 + k * r * ny;
          BilMapHit hit = bil_map_lookup (m, &self->view, w, h, px, py);

          if (hit.kind == BIL_MAP_HIT_ARC && hit.index == (int) arc)
            {
              *x = px;
              *y = py;
              return TRUE;
            }
        }
  }
  return FALSE;
}

static void
drag_begin_cb (GtkGestureDrag    *gesture,
               double             x,
               double             y,
               BilPartnershipMap *self)
{
  ensure_fitted (self);
  self->drag_start = self->view;
}

static void
drag_update_cb (GtkGestureDrag    *gesture,
                double             dx,
                double             dy,
                BilPartnershipMap *self)
{
  if (fabs (dx) < 3 && fabs (dy) < 3)
    return;
  self->view.center_x = self->drag_start.center_x - dx / self->view.scale;
  self->view.center_y = self->drag_start.center_y + dy / self->view.scale;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag    *gesture,
             double             dx,
             double             dy,
             BilPartnershipMap *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
}

static gboolean
scroll_cb (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           BilPartnershipMap        *self)
{
  double x, y;

  /* Scroll events carry no position in GTK 4.8: zoom at the pointer as
   * the motion controller last saw it. */
  bil_item_view_get_pointer (BIL_ITEM_VIEW (self), &x, &y);
  zoom_at (self, pow (1.2, -dy), x >= 0 ? x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           y >= 0 ? y : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
  return TRUE;
}

/* The user chose a country or an arc (or the program did): the session's
 * selection, which the evidence list follows. */
static void
bil_partnership_map_selection_changed (BilItemView *view)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (view);
  BilSession *session = bil_item_view_get_session (view);
  BilSelection selection = { 0 };

  update_accessible (self);
  if (session == NULL)
    return;
  selection_of_hit (self, bil_partnership_map_get_selected (self), &selection);
  bil_session_set_selected_place (session, &selection);
  bil_selection_clear (&selection);
}

static gboolean
bil_partnership_map_lookup_item (BilItemView *view,
                                 double       x,
                                 double       y,
                                 gpointer     item)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (view);
  const BilMapModel *m = model (self);

  if (m == NULL)
    return FALSE;
  *(BilMapHit *) item = bil_map_lookup (m, &self->view, gtk_widget_get_width (GTK_WIDGET (self)),
                                        gtk_widget_get_height (GTK_WIDGET (self)), x, y);
  return TRUE;
}

/* The hand only over what is drawn as a link, not over every country. */
static const char *
bil_partnership_map_get_item_cursor (BilItemView   *view,
                                     gconstpointer  item)
{
  const BilMapHit *hit = item;

  return hit->kind == BIL_MAP_HIT_ARC || hit->kind == BIL_MAP_HIT_NODE ? "pointer" : NULL;
}

static gboolean
bil_partnership_map_query_item_tooltip (BilItemView   *view,
                                        gconstpointer  item,
                                        GtkTooltip    *tooltip)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (view);
  const BilMapModel *m = model (self);
  const BilMapHit *hit = item;
  g_autofree char *text = NULL;

  if (m == NULL)
    return FALSE;
  text = bil_partnership_map_describe (self, *hit);
  if (hit->kind == BIL_MAP_HIT_ARC)
    {
      const BilMapArc *arc = &g_array_index (m->arcs, BilMapArc, hit->index);
      const BilEvidence *e = arc->evidence->len ? &g_array_index (arc->evidence, BilEvidence, 0) : NULL;

      if (e)
        {
          const char *t = bil_article_get_text (e->article, NULL);
          g_autofree char *sentence = g_strndup (t + e->start, e->end - e->start);
          g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n\n<i>%s</i>\n<small>%s</small>", text, sentence,
                                                             bil_article_get_title (e->article));
          gtk_tooltip_set_markup (tooltip, markup);
          return TRUE;
        }
    }
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Enter opens the first evidence; a click only selects, and the window
 * lists the evidence beside the map. */
static gboolean
bil_partnership_map_activate_item (BilItemView   *view,
                                   gconstpointer  item)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (view);
  g_autoptr(GArray) evidence = evidence_of (self, item);
  const BilEvidence *e;

  if (evidence->len == 0)
    return FALSE;
  e = &g_array_index (evidence, BilEvidence, 0);
  bil_open_evidence (GTK_WIDGET (self), e->article, e->start, e->end);
  return TRUE;
}

/* Arrows walk the arcs, then the nodes; plus, minus and 0 zoom. */
static gboolean
bil_partnership_map_key_pressed (BilItemView *view,
                                 guint        keyval)
{
  BilPartnershipMap *self = BIL_PARTNERSHIP_MAP (view);
  const BilMapModel *m = model (self);
  BilMapHit selected = bil_partnership_map_get_selected (self);
  guint n_arcs, n_nodes, total;
  int index;

  if (m == NULL)
    return FALSE;
  n_arcs = m->arcs->len;
  n_nodes = m->nodes->len;
  total = n_arcs + n_nodes;
  index = selected.kind == BIL_MAP_HIT_ARC ? selected.index
        : selected.kind == BIL_MAP_HIT_NODE ? (int) n_arcs + selected.index : -1;

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      bil_partnership_map_zoom (self, 1.25);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      bil_partnership_map_zoom (self, 0.8);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      bil_partnership_map_fit (self);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      if (total == 0)
        return FALSE;
      index = (index + 1) % (int) total;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      if (total == 0)
        return FALSE;
      index = index <= 0 ? (int) total - 1 : index - 1;
      break;
    default:
      return FALSE;
    }
  bil_partnership_map_select (self, index < (int) n_arcs ? (BilMapHit) { BIL_MAP_HIT_ARC, index }
                                                         : (BilMapHit) { BIL_MAP_HIT_NODE, index - (int) n_arcs });
  return TRUE;
}

static void
bil_partnership_map_dispose (GObject *object)
{
  BilPartnershipMap *self = (BilPartnershipMap *) object;

  invalidate_base (self);

  G_OBJECT_CLASS (bil_partnership_map_parent_class)->dispose (object);
}

static void
bil_partnership_map_class_init (BilPartnershipMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BilItemViewClass *item_view_class = BIL_ITEM_VIEW_CLASS (klass);

  object_class->dispose = bil_partnership_map_dispose;
  widget_class->snapshot = bil_partnership_map_snapshot;
  widget_class->size_allocate = bil_partnership_map_size_allocate;
  widget_class->map = bil_partnership_map_map;
  item_view_class->selection_changed = bil_partnership_map_selection_changed;
  item_view_class->selection_property = "selected-place";
  item_view_class->session_changed = bil_partnership_map_session_changed;
  item_view_class->session_selection_changed = bil_partnership_map_session_selection_changed;
  item_view_class->lookup_item = bil_partnership_map_lookup_item;
  item_view_class->get_item_cursor = bil_partnership_map_get_item_cursor;
  item_view_class->query_item_tooltip = bil_partnership_map_query_item_tooltip;
  item_view_class->activate_item = bil_partnership_map_activate_item;
  item_view_class->key_pressed = bil_partnership_map_key_pressed;
  /* The map has always kept the last hover lit after the pointer left. */
  item_view_class->keep_hover_on_leave = TRUE;
  bil_item_view_class_set_item (item_view_class, sizeof (BilMapHit), &(BilMapHit) { BIL_MAP_HIT_NONE, -1 });

  gtk_widget_class_set_css_name (widget_class, "partnershipmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bil_partnership_map_init (BilPartnershipMap *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 240);

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  update_accessible (self);
}

GtkWidget *
bil_partnership_map_new (void)
{
  return g_object_new (BIL_TYPE_PARTNERSHIP_MAP, NULL);
}

void
bil_partnership_map_set_session (BilPartnershipMap *self,
                                 BilSession        *session)
{
  g_return_if_fail (BIL_IS_PARTNERSHIP_MAP (self));
  bil_item_view_set_session (BIL_ITEM_VIEW (self), session);
}
