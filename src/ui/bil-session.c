/* bil-session.c: the state every view binds to
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One corpus, one filter, and what follows from them: the figures, the map
 * and the sector grid. Views read these and listen to "changed"; none keeps
 * a copy of its own, so all of them always agree. What is selected is here
 * too, by identity (BilSelection), one for the figures, one for the map and
 * one for the sector grid: a view shows the session's selection and sets it
 * when the user picks an item.
 */

#define G_LOG_DOMAIN "bil-session"

#include "config.h"

#include "bil-core.h"
#include "bil-doubt.h"
#include "bil-session.h"

struct _BilSession
{
  GObject       parent_instance;

  BilCorpus    *corpus;
  BilFilter    *filter;
  BilGrouping   grouping;
  gboolean      log_scale;
  gboolean      needs_review; /* only figures with a doubt not yet answered */
  BilReview    *review;       /* NULL with --no-review */

  GArray       *all_figures; /* BilFigureRef: the whole corpus's, sorted for the grouping */
  GHashTable   *by_entity;   /* their positions by country: bil_figure_refs_index () */
  GArray       *passing;     /* BilFigureRef: those the filter lets through, in that order */
  GArray       *figures;     /* the same, or only those needing review when asked */
  guint8       *articles;    /* a bit per article of the corpus: the filter lets it through */
  BilMapModel  *map;
  BilGridModel *grid;

  /* What the views have selected, by identity: one for the figures (the
   * chart and the table), one for the map, one for the sector grid. */
  BilSelection  selected_figure;
  BilSelection  selected_place;
  BilSelection  selected_cell;
  int           selected_index;  /* the selected figure's in figures, -1 for none, -2 not looked up */
};

G_DEFINE_FINAL_TYPE (BilSession, bil_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_FILTER,
  PROP_GROUPING,
  PROP_LOG_SCALE,
  PROP_NEEDS_REVIEW,
  PROP_SELECTED_FIGURE,
  PROP_SELECTED_PLACE,
  PROP_SELECTED_CELL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The corpus or the grouping changed: the sorted figures too. */
static void
invalidate_all (BilSession *self)
{
  g_clear_pointer (&self->all_figures, g_array_unref);
  g_clear_pointer (&self->by_entity, g_hash_table_unref);
}

static void
invalidate (BilSession *self)
{
  g_clear_pointer (&self->passing, g_array_unref);
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_pointer (&self->articles, g_free);
  g_clear_pointer (&self->map, bil_map_model_free);
  g_clear_pointer (&self->grid, bil_grid_model_free);
  self->selected_index = -2;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
filter_changed_cb (BilSession *self)
{
  invalidate (self);
}

/* A correction made, undone or redone: the figures change in place (and
 * move in memory), so every view collects them again. */
static void
review_changed_cb (BilSession *self)
{
  if (self->corpus)
    bil_review_apply (self->review, self->corpus);
  invalidate_all (self);
  invalidate (self);
}

static void
bil_session_dispose (GObject *object)
{
  BilSession *self = (BilSession *) object;

  g_clear_pointer (&self->all_figures, g_array_unref);
  g_clear_pointer (&self->by_entity, g_hash_table_unref);
  g_clear_pointer (&self->passing, g_array_unref);
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_pointer (&self->articles, g_free);
  g_clear_pointer (&self->map, bil_map_model_free);
  g_clear_pointer (&self->grid, bil_grid_model_free);
  bil_selection_clear (&self->selected_figure);
  bil_selection_clear (&self->selected_place);
  bil_selection_clear (&self->selected_cell);
  g_clear_object (&self->corpus);
  if (self->review)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (bil_session_parent_class)->dispose (object);
}

static void
bil_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BilSession *self = BIL_SESSION (object);

  switch (prop_id)
    {
    case PROP_CORPUS: g_value_set_object (value, self->corpus); break;
    case PROP_FILTER: g_value_set_object (value, self->filter); break;
    case PROP_GROUPING: g_value_set_enum (value, self->grouping); break;
    case PROP_LOG_SCALE: g_value_set_boolean (value, self->log_scale); break;
    case PROP_NEEDS_REVIEW: g_value_set_boolean (value, self->needs_review); break;
    case PROP_SELECTED_FIGURE: g_value_set_boxed (value, &self->selected_figure); break;
    case PROP_SELECTED_PLACE: g_value_set_boxed (value, &self->selected_place); break;
    case PROP_SELECTED_CELL: g_value_set_boxed (value, &self->selected_cell); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BilSession *self = BIL_SESSION (object);

  switch (prop_id)
    {
    case PROP_CORPUS: bil_session_set_corpus (self, g_value_get_object (value)); break;
    case PROP_GROUPING: bil_session_set_grouping (self, (BilGrouping) g_value_get_enum (value)); break;
    case PROP_LOG_SCALE: bil_session_set_log_scale (self, g_value_get_boolean (value)); break;
    case PROP_NEEDS_REVIEW: bil_session_set_needs_review (self, g_value_get_boolean (value)); break;
    case PROP_SELECTED_FIGURE: bil_session_set_selected_figure (self, g_value_get_boxed (value)); break;
    case PROP_SELECTED_PLACE: bil_session_set_selected_place (self, g_value_get_boxed (value)); break;
    case PROP_SELECTED_CELL: bil_session_set_selected_cell (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_session_class_init (BilSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = bil_session_dispose;
  object_class->get_property = bil_session_get_property;
  object_class->set_property = bil_session_set_property;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, BIL_TYPE_CORPUS, flags);
  properties[PROP_FILTER] = g_param_spec_object ("filter", NULL, NULL, BIL_TYPE_FILTER,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPING] = g_param_spec_enum ("grouping", NULL, NULL, BIL_TYPE_GROUPING, BIL_GROUP_NONE, flags);
  properties[PROP_LOG_SCALE] = g_param_spec_boolean ("log-scale", NULL, NULL, FALSE, flags);
  properties[PROP_NEEDS_REVIEW] = g_param_spec_boolean ("needs-review", NULL, NULL, FALSE, flags);
  /* A figure of the corpus (the chart's bar, the table's row). */
  properties[PROP_SELECTED_FIGURE] = g_param_spec_boxed ("selected-figure", NULL, NULL, BIL_TYPE_SELECTION, flags);
  /* A country or a pair of the map. */
  properties[PROP_SELECTED_PLACE] = g_param_spec_boxed ("selected-place", NULL, NULL, BIL_TYPE_SELECTION, flags);
  /* A pair and sector of the sector grid. */
  properties[PROP_SELECTED_CELL] = g_param_spec_boxed ("selected-cell", NULL, NULL, BIL_TYPE_SELECTION, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bil_session_init (BilSession *self)
{
  self->selected_index = -2;
  self->filter = bil_filter_new ();
  g_signal_connect_swapped (self->filter, "changed", G_CALLBACK (filter_changed_cb), self);
}

BilSession *
bil_session_new (void)
{
  return g_object_new (BIL_TYPE_SESSION, NULL);
}

BilCorpus *
bil_session_get_corpus (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  return self->corpus;
}

void
bil_session_set_corpus (BilSession *self,
                        BilCorpus  *corpus)
{
  g_return_if_fail (BIL_IS_SESSION (self));
  if (g_set_object (&self->corpus, corpus))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
      invalidate_all (self);
      invalidate (self);
      /* Another corpus: what was selected in the last one is gone. */
      bil_session_set_selected_figure (self, NULL);
      bil_session_set_selected_place (self, NULL);
      bil_session_set_selected_cell (self, NULL);
    }
}

BilFilter *
bil_session_get_filter (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  return self->filter;
}

BilGrouping
bil_session_get_grouping (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), BIL_GROUP_NONE);
  return self->grouping;
}

void
bil_session_set_grouping (BilSession  *self,
                          BilGrouping  grouping)
{
  g_return_if_fail (BIL_IS_SESSION (self));
  if (self->grouping == grouping)
    return;
  self->grouping = grouping;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPING]);
  invalidate_all (self);
  invalidate (self);
}

gboolean
bil_session_get_log_scale (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), FALSE);
  return self->log_scale;
}

void
bil_session_set_log_scale (BilSession *self,
                           gboolean    log_scale)
{
  g_return_if_fail (BIL_IS_SESSION (self));
  log_scale = !!log_scale;
  if (self->log_scale == log_scale)
    return;
  self->log_scale = log_scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOG_SCALE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
bil_session_get_needs_review (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), FALSE);
  return self->needs_review;
}

/* Only the figures with a doubt the user has not answered. */
void
bil_session_set_needs_review (BilSession *self,
                              gboolean    needs_review)
{
  g_return_if_fail (BIL_IS_SESSION (self));
  needs_review = !!needs_review;
  if (self->needs_review == needs_review)
    return;
  self->needs_review = needs_review;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_REVIEW]);
  invalidate (self);
}

/* Returns: (transfer none) (nullable): the corpus's corrections */
BilReview *
bil_session_get_review (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  return self->review;
}

/* @review must be the current corpus's, already applied to it. */
void
bil_session_set_review (BilSession *self,
                        BilReview  *review)
{
  g_return_if_fail (BIL_IS_SESSION (self));
  if (self->review == review)
    return;
  if (self->review)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  if (review)
    g_signal_connect_swapped (review, "changed", G_CALLBACK (review_changed_cb), self);
}

/* The figures the filter lets through, whether or not they need review. */
static GArray *
get_passing_figures (BilSession *self)
{
  /* Sorted once per corpus and grouping; a filter only walks them. */
  if (self->all_figures == NULL)
    {
      self->all_figures = bil_figure_refs_collect (self->corpus, NULL);
      bil_figure_refs_sort (self->all_figures, self->grouping);
    }
  if (self->passing == NULL)
    {
      /* The index costs a pass; made the first time a country or sector is asked. */
      if (self->by_entity == NULL && bil_filter_has_country_or_sector (self->filter))
        self->by_entity = bil_figure_refs_index (self->all_figures);
      self->passing = bil_figure_refs_filter (self->all_figures, self->by_entity, self->corpus, self->filter);
    }
  return self->passing;
}

static guint8 *
get_passing_articles (BilSession *self)
{
  if (self->articles == NULL)
    self->articles = bil_corpus_match_articles (self->corpus, self->filter);
  return self->articles;
}

/* Returns: (transfer none): BilFigureRef, sorted for the chart */
GArray *
bil_session_get_figures (BilSession *self)
{
  GArray *passing;

  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  if (self->figures != NULL)
    return self->figures;
  passing = get_passing_figures (self);
  if (!self->needs_review)
    return (self->figures = g_array_ref (passing));
  self->figures = g_array_sized_new (FALSE, FALSE, sizeof (BilFigureRef), 64);
  for (guint i = 0; i < passing->len; i++)
    if (bil_figure_needs_review (g_array_index (passing, BilFigureRef, i).figure))
      g_array_append_val (self->figures, g_array_index (passing, BilFigureRef, i));
  return self->figures;
}

/**
 * bil_session_article_passes:
 *
 * Whether the filter lets @article of the session's corpus through: one
 * bit, computed for all articles at once from the corpus's index (the
 * sidebar asks this of every article after each filter change).
 */
gboolean
bil_session_article_passes (BilSession *self,
                            BilArticle *article)
{
  guint i;

  g_return_val_if_fail (BIL_IS_SESSION (self), FALSE);
  i = bil_article_get_index (article);
  /* Another corpus's article, while the sidebar changes models. */
  if (self->corpus == NULL || i >= bil_corpus_get_n_articles (self->corpus) ||
      bil_corpus_get_article (self->corpus, i) != article)
    return bil_filter_match_article (self->filter, article);
  return bil_bit_get (get_passing_articles (self), i);
}

const BilMapModel *
bil_session_get_map_model (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  if (self->map == NULL && self->corpus != NULL)
    self->map = bil_map_model_build_from (self->corpus, self->filter, get_passing_figures (self),
                                          get_passing_articles (self));
  return self->map;
}

const BilGridModel *
bil_session_get_grid_model (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  if (self->grid == NULL && self->corpus != NULL)
    self->grid = bil_grid_model_build (self->corpus, self->filter);
  return self->grid;
}

static void
set_selection (BilSession         *self,
               BilSelection       *slot,
               const BilSelection *selection,
               guint               prop)
{
  if (bil_selection_equal (slot, selection))
    return;
  if (selection != NULL)
    bil_selection_set (slot, selection);
  else
    bil_selection_clear (slot);
  if (prop == PROP_SELECTED_FIGURE)
    self->selected_index = -2;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Returns: (transfer none): the selected figure, of kind NONE for none */
const BilSelection *
bil_session_get_selected_figure (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  return &self->selected_figure;
}

/* Selects a figure (@selection of kind FIGURE) or none (NULL or NONE). It
 * stays selected while the filter hides it. */
void
bil_session_set_selected_figure (BilSession         *self,
                                 const BilSelection *selection)
{
  g_return_if_fail (BIL_IS_SESSION (self));
  g_return_if_fail (selection == NULL || selection->kind == BIL_SELECTION_NONE ||
                    selection->kind == BIL_SELECTION_FIGURE);
  set_selection (self, &self->selected_figure, selection, PROP_SELECTED_FIGURE);
}

/* Selects the figure of @ref, or none for NULL. */
void
bil_session_select_figure (BilSession         *self,
                           const BilFigureRef *ref)
{
  BilSelection selection = { 0 };

  g_return_if_fail (BIL_IS_SESSION (self));
  if (ref != NULL)
    bil_selection_init_figure (&selection, ref->article, ref->figure->money.start, ref->figure->money.end);
  bil_session_set_selected_figure (self, &selection);
  bil_selection_clear (&selection);
}

/* Where the selected figure is in bil_session_get_figures (), -1 where it
 * is not (none selected, or the filter hides it). */
int
bil_session_get_selected_index (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), -1);
  if (self->selected_index == -2)
    {
      GArray *figures = self->corpus ? bil_session_get_figures (self) : NULL;

      self->selected_index = -1;
      for (guint i = 0; figures && self->selected_figure.kind == BIL_SELECTION_FIGURE && i < figures->len; i++)
        {
          const BilFigureRef *ref = &g_array_index (figures, BilFigureRef, i);

          if (ref->article == self->selected_figure.article &&
              ref->figure->money.start == self->selected_figure.start &&
              ref->figure->money.end == self->selected_figure.end)
            {
              self->selected_index = (int) i;
              break;
            }
        }
    }
  return self->selected_index;
}

/* Returns: (transfer none) (nullable): the selected figure where the filter
 * shows it */
const BilFigureRef *
bil_session_get_selected_ref (BilSession *self)
{
  int index = bil_session_get_selected_index (self);

  return index >= 0 ? &g_array_index (bil_session_get_figures (self), BilFigureRef, index) : NULL;
}

const BilSelection *
bil_session_get_selected_place (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  return &self->selected_place;
}

/* Selects a country or a pair of the map, or none. */
void
bil_session_set_selected_place (BilSession         *self,
                                const BilSelection *selection)
{
  g_return_if_fail (BIL_IS_SESSION (self));
  g_return_if_fail (selection == NULL || selection->kind == BIL_SELECTION_NONE ||
                    selection->kind == BIL_SELECTION_COUNTRY || selection->kind == BIL_SELECTION_PAIR);
  set_selection (self, &self->selected_place, selection, PROP_SELECTED_PLACE);
}

const BilSelection *
bil_session_get_selected_cell (BilSession *self)
{
  g_return_val_if_fail (BIL_IS_SESSION (self), NULL);
  return &self->selected_cell;
}

/* Selects a pair and sector of the grid, or none. */
void
bil_session_set_selected_cell (BilSession         *self,
                               const BilSelection *selection)
{
  g_return_if_fail (BIL_IS_SESSION (self));
  g_return_if_fail (selection == NULL || selection->kind == BIL_SELECTION_NONE ||
                    selection->kind == BIL_SELECTION_CELL);
  set_selection (self, &self->selected_cell, selection, PROP_SELECTED_CELL);
}
