/* bil-article.h
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bil-facts.h"

G_BEGIN_DECLS

/* The most text an article holds: its offsets fit 32 bits where many are
 * kept (mentions). A longer one is refused with a warning naming it. */
#define BIL_ARTICLE_MAX_BYTES ((gsize) G_MAXUINT32)

/* A byte span into the article's text. */
typedef struct
{
  gsize start;
  gsize end;
} BilSpan;

typedef enum
{
  BIL_LINE_BLANK       = 1 << 0,
  BIL_LINE_BOILERPLATE = 1 << 1, /* share bars, "Also Read:", navigation… */
  BIL_LINE_BYLINE      = 1 << 2,
} BilLineFlags;

/* One line of the text (without its line break) and what it is. */
typedef struct
{
  gsize        start;
  gsize        end;
  BilLineFlags flags;
} BilLine;

typedef enum
{
  BIL_ENCODING_UTF8,
  BIL_ENCODING_UTF8_BOM,
  BIL_ENCODING_UTF16LE,
  BIL_ENCODING_UTF16BE,
  BIL_ENCODING_WINDOWS_1252,
} BilEncoding;

typedef enum
{
  BIL_ORIGIN_NONE,      /* not known */
  BIL_ORIGIN_MANIFEST,  /* given by the manifest */
  BIL_ORIGIN_HEADLINE,  /* title: the first line reads as a headline */
  BIL_ORIGIN_SENTENCE,  /* title: the opening of the first sentence */
  BIL_ORIGIN_FILE_NAME, /* title: the file name */
  BIL_ORIGIN_DATELINE,  /* date or source: the dateline */
  BIL_ORIGIN_DATE_STAMP,/* date: a date opening a line near the top ("Published: May 29, 2019") */
  BIL_ORIGIN_PAGE_META, /* a web page's <meta> (og:title, article:published_time, author…) */
  BIL_ORIGIN_JSON_LD,   /* a web page's JSON-LD (headline, datePublished, author, publisher) */
  BIL_ORIGIN_PAGE_HEADING, /* title: a web page's first <h1> */
  BIL_ORIGIN_PAGE_TITLE,/* title: a web page's <title>, without the site's name */
  BIL_ORIGIN_TIME_ELEMENT, /* date: a web page's <time datetime> */
  BIL_ORIGIN_CANONICAL, /* url: a web page's <link rel="canonical"> */
  BIL_ORIGIN_ADDRESS,   /* date: a date in the page's address (/2019/11/18/) */
  BIL_ORIGIN_DOCUMENT_INFO, /* a PDF's document information */
  BIL_ORIGIN_FEED,      /* a feed item's own title, link, date, author */
  BIL_ORIGIN_FETCHED,   /* url: the address the page was fetched from */
  BIL_ORIGIN_SOURCE_LINE, /* url: a "Source: https://…" line atop the text */
  BIL_ORIGIN_BYLINE,    /* byline: a "By …" line near the top */
} BilOrigin;

typedef enum
{
  BIL_FORMAT_TEXT,      /* .txt, .md */
  BIL_FORMAT_HTML,      /* .html, .htm, .xhtml */
  BIL_FORMAT_PDF,       /* .pdf */
  BIL_FORMAT_FEED_ITEM, /* an item of an RSS or Atom file */
} BilFormat;

#define BIL_TYPE_ARTICLE (bil_article_get_type ())
G_DECLARE_FINAL_TYPE (BilArticle, bil_article, BIL, ARTICLE, GObject)

/* Metadata a manifest (or the loader) knows before reading the text. */
typedef struct
{
  char *title;
  char *source;
  char *date;
  char *url;
  char *byline;
  BilFormat format;  /* how to read the bytes; BIL_FORMAT_TEXT unless set */
  BilOrigin origin;  /* where these came from: BIL_ORIGIN_MANIFEST, or a feed's */
} BilArticleMeta;

void           bil_article_meta_clear      (BilArticleMeta *meta);

/* What a pre-extracted line (JSONL) says of the article it was read from:
 * its text is the reader's text already, and these are kept as stated. */
typedef struct
{
  BilFormat   format;
  const char *encoding;  /* as bil_article_get_encoding_name () names it */
  gsize       size;      /* bytes of the file the text was read from */
  const char *title;
  const char *source;
  const char *date;
  const char *url;
  const char *byline;
  const char *place;
  BilOrigin   title_origin;   /* BIL_ORIGIN_NONE: as a manifest's */
  BilOrigin   source_origin;
  BilOrigin   date_origin;
  BilOrigin   url_origin;
  BilOrigin   byline_origin;
} BilArticleRecord;

BilArticle    *bil_article_new_from_bytes  (const char           *path,
                                            GBytes               *bytes,
                                            const BilArticleMeta *meta,
                                            GPtrArray            *warnings,
                                            GError              **error);

BilArticle    *bil_article_new_from_record (const char             *path,
                                            GBytes                 *text,
                                            const BilArticleRecord *record,
                                            GPtrArray              *warnings,
                                            GError                **error);

const char    *bil_article_get_path        (BilArticle *self);
const char    *bil_article_get_file        (BilArticle *self);
GBytes        *bil_article_get_bytes       (BilArticle *self);
gsize          bil_article_get_size        (BilArticle *self);
const char    *bil_article_get_text        (BilArticle *self,
                                            gsize      *len);
BilEncoding    bil_article_get_encoding    (BilArticle *self);
const char    *bil_article_get_encoding_name (BilArticle *self);
BilFormat      bil_article_get_format      (BilArticle *self);
BilOrigin      bil_article_get_source_origin (BilArticle *self);
BilOrigin      bil_article_get_byline_origin (BilArticle *self);
BilOrigin      bil_article_get_url_origin  (BilArticle *self);
const char    *bil_article_get_title       (BilArticle *self);
BilOrigin      bil_article_get_title_origin(BilArticle *self);
const char    *bil_article_get_source      (BilArticle *self);
const char    *bil_article_get_date        (BilArticle *self);
BilOrigin      bil_article_get_date_origin (BilArticle *self);
const char    *bil_article_get_url         (BilArticle *self);
const char    *bil_article_get_place       (BilArticle *self);
const char    *bil_article_get_byline      (BilArticle *self);
int            bil_article_get_year        (BilArticle *self);

/* The lines marked boilerplate, and the sentences of the content lines. */
const BilLine *bil_article_get_boilerplate (BilArticle *self,
                                            guint      *n_lines);
guint          bil_article_count_boilerplate (BilArticle *self);
const BilSpan *bil_article_get_sentences   (BilArticle *self,
                                            guint      *n_sentences);
int            bil_article_find_sentence   (BilArticle *self,
                                            gsize       offset);
char          *bil_article_dup_span        (BilArticle *self,
                                            gsize       start,
                                            gsize       end);

guint          bil_article_get_index       (BilArticle *self);
gsize          bil_article_get_serial      (BilArticle *self);
void           bil_article_set_index       (BilArticle *self,
                                            guint       index);

/* What the extractor read; NULL until it ran. */
const BilFacts *bil_article_get_facts      (BilArticle *self);
void           bil_article_set_facts       (BilArticle *self,
                                            BilFacts   *facts);

const char    *bil_encoding_to_string      (BilEncoding encoding);
const char    *bil_origin_to_string        (BilOrigin   origin);
BilOrigin      bil_origin_from_string      (const char *name);
gboolean       bil_origin_is_inferred      (BilOrigin   origin);
BilFormat      bil_format_from_string      (const char *name);
const char    *bil_format_to_string        (BilFormat   format);
BilFormat      bil_format_for_name         (const char *name,
                                            gboolean   *known);
gboolean       bil_format_check            (BilFormat    format,
                                            const char  *data,
                                            gsize        len,
                                            GError     **error);

G_END_DECLS
