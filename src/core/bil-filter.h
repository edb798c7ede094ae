/* bil-filter.h: one filter for every view and the report
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus.h"
#include "bil-partnership.h"

G_BEGIN_DECLS

#define BIL_TYPE_FILTER (bil_filter_get_type ())
G_DECLARE_FINAL_TYPE (BilFilter, bil_filter, BIL, FILTER, GObject)

BilFilter  *bil_filter_new             (void);
BilFilter  *bil_filter_copy            (BilFilter  *self);
const char *bil_filter_get_country     (BilFilter  *self);
void        bil_filter_set_country     (BilFilter  *self,
                                        const char *code);
const char *bil_filter_get_sector      (BilFilter  *self);
int         bil_filter_get_sector_index (BilFilter *self);
void        bil_filter_set_sector      (BilFilter  *self,
                                        const char *sector);
const char *bil_filter_get_metric      (BilFilter  *self);
void        bil_filter_set_metric      (BilFilter  *self,
                                        const char *metric);
void        bil_filter_get_years       (BilFilter  *self,
                                        int        *from,
                                        int        *to);
void        bil_filter_set_years       (BilFilter  *self,
                                        int         from,
                                        int         to);
const char *bil_filter_get_text        (BilFilter  *self);
void        bil_filter_set_text        (BilFilter  *self,
                                        const char *text);
void        bil_filter_clear           (BilFilter  *self);
gboolean    bil_filter_is_empty        (BilFilter  *self);
/* Keys of the country and sector indexes (bil_corpus_index (),
 * bil_figure_refs_index ()): never 0, never the same for both. */
#define BIL_INDEX_COUNTRY_KEY(entity) GINT_TO_POINTER ((entity) + 1)
#define BIL_INDEX_SECTOR_KEY(sector)  GINT_TO_POINTER (0x100000 + (sector) + 1)

/* Building such an index: positions listed by entity and by sector, in
 * the order added, with no hashing per position. */
typedef struct
{
  GArray **by_entity;
  guint    n_entities;
  GArray  *by_sector[64];
} BilIndexBuilder;

void        bil_index_builder_init       (BilIndexBuilder *builder,
                                          guint            n_entities);
void        bil_index_builder_add_entity (BilIndexBuilder *builder,
                                          int              entity,
                                          guint            position);
void        bil_index_builder_add_sector (BilIndexBuilder *builder,
                                          int              sector,
                                          guint            position);
GHashTable *bil_index_builder_end        (BilIndexBuilder *builder);

/* The candidates an index gives for @filter (country first, else sector),
 * with whether they pass at once; NULL when no index applies. */
GArray     *bil_filter_index_candidates (BilFilter  *self,
                                         GHashTable *index,
                                         gboolean   *pass_at_once,
                                         gboolean   *applies);
gboolean    bil_filter_has_country_or_sector (BilFilter *self);
char       *bil_filter_describe        (BilFilter  *self);

gboolean    bil_filter_match_figure    (BilFilter       *self,
                                        BilArticle      *article,
                                        const BilFigure *figure);
gboolean    bil_filter_match_evidence  (BilFilter       *self,
                                        BilArticle      *article,
                                        int              a,
                                        int              b,
                                        guint64          sectors,
                                        gsize            start,
                                        gsize            end);
gboolean    bil_filter_may_match_pair  (BilFilter       *self,
                                        int              a,
                                        int              b,
                                        guint64          sectors);
gboolean    bil_filter_decides_by_pair (BilFilter       *self);
gboolean    bil_filter_match_article   (BilFilter       *self,
                                        BilArticle      *article);

G_END_DECLS
