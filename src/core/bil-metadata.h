/* bil-metadata.h: title, dateline, byline and date inferred from a text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *place;   /* "KUALA LUMPUR" */
  char *source;  /* "Bernama", or NULL */
  int   year;    /* 0 when the dateline gives none */
  int   month;   /* 1–12, 0 when none */
  int   day;     /* 0 when none */
} BilDateline;

void      bil_dateline_clear          (BilDateline *dateline);
gboolean  bil_metadata_parse_dateline (const char  *line,
                                       gsize        len,
                                       BilDateline *dateline);
gboolean  bil_metadata_parse_date_stamp (const char *line,
                                         gsize       len,
                                         int        *year,
                                         int        *month,
                                         int        *day);
gboolean  bil_metadata_parse_citation_date (const char *line,
                                            gsize       len,
                                            int        *year,
                                            int        *month,
                                            int        *day);
char     *bil_metadata_parse_source_line (const char *line,
                                          gsize       len);
char     *bil_metadata_parse_byline   (const char  *line,
                                       gsize        len);
int       bil_metadata_month_from_name(const char  *name,
                                       gsize        len);
gboolean  bil_metadata_valid_date     (const char  *date);
char     *bil_metadata_title_from_sentence (const char *sentence,
                                            gsize       len);

G_END_DECLS
