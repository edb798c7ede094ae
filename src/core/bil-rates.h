/* bil-rates.h: from any currency to US$
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus.h"

G_BEGIN_DECLS

typedef struct _BilRateTable BilRateTable;

BilRateTable *bil_rate_table_get_default (void);
BilRateTable *bil_rate_table_new_from_data (GBytes        *json,
                                            GError       **error);
void          bil_rate_table_free        (BilRateTable  *self);
double        bil_rate_table_lookup      (BilRateTable  *self,
                                          const char    *currency,
                                          int            year,
                                          int           *used_year);
const char   *bil_rate_table_get_source  (BilRateTable  *self);

void          bil_convert_article        (BilArticle    *article,
                                          BilRateTable  *table);
void          bil_convert_figure         (BilFigure     *figure,
                                          BilArticle    *article,
                                          BilRateTable  *table);
void          bil_convert_corpus         (BilCorpus     *corpus,
                                          BilRateTable  *table);
char         *bil_figure_describe_rate   (const BilFigure *figure);
const char   *bil_rate_source_to_string  (BilRateSource  source);

G_END_DECLS
