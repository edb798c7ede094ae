/* bil-map-model.h: what the partnership map shows, built from a corpus
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The places (countries and blocs) that the partnerships passing a filter
 * join, the partnerships as arcs between them with their evidence, and how
 * often each country is named. No geometry beyond longitude and latitude:
 * where that lands on screen is the render layer's (bil-map-projection.h).
 */

#pragma once

#include "bil-corpus.h"
#include "bil-filter.h"
#include "bil-partnership.h"

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

BilMapModel *bil_map_model_build   (BilCorpus         *corpus,
                                    BilFilter         *filter);
BilMapModel *bil_map_model_build_from (BilCorpus      *corpus,
                                    BilFilter         *filter,
                                    GArray            *figures,
                                    const guint8      *passing);
void         bil_map_model_free    (BilMapModel       *model);

G_END_DECLS
