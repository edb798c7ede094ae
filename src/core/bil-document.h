/* bil-document.h: what a format's reader gives an article
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-article.h"

G_BEGIN_DECLS

/* The text a reader took out of a file that is not plain text (a web page,
 * a PDF, a feed's item), and the metadata the file itself states, each
 * with where it came from. Every field may be NULL. */
typedef struct
{
  char      *text;     /* UTF-8, paragraphs on lines of their own */
  gsize      len;
  char      *charset;  /* the charset the bytes were read in, when not UTF-8 */

  char      *title;
  BilOrigin  title_origin;
  char      *date;     /* YYYY-MM-DD */
  BilOrigin  date_origin;
  char      *source;
  BilOrigin  source_origin;
  char      *byline;
  BilOrigin  byline_origin;
  char      *url;      /* http or https only */
  BilOrigin  url_origin;
} BilDocument;

void bil_document_clear      (BilDocument *doc);
void bil_document_free       (BilDocument *doc);
void bil_document_set_title  (BilDocument *doc, const char *value, BilOrigin origin);
void bil_document_set_date   (BilDocument *doc, const char *value, BilOrigin origin);
void bil_document_set_source (BilDocument *doc, const char *value, BilOrigin origin);
void bil_document_set_byline (BilDocument *doc, const char *value, BilOrigin origin);
void bil_document_set_url    (BilDocument *doc, const char *value, BilOrigin origin);

char *bil_document_normalize_date (const char *value);

G_END_DECLS
