/* bil-article.c: one article, its original bytes, text and metadata
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-article"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bil-article.h"
#include "bil-core.h"
#include "bil-decode.h"
#include "bil-document.h"
#include "bil-error.h"
#include "bil-html-reader.h"
#include "bil-manifest.h"
#include "bil-pdf-reader.h"
#include "bil-metadata.h"
#include "bil-text.h"

struct _BilArticle
{
  GObject      parent_instance;

  char        *path;
  char        *file;
  GBytes      *bytes;
  gsize        size;        /* of the file read: the bytes, unless a JSONL line said */
  char        *decoded;     /* owned UTF-8 when the file was not UTF-8 */
  const char  *text;        /* offsets below are into this */
  gsize        text_len;
  BilEncoding  encoding;
  char        *charset;     /* the charset a page declared, when not UTF-8 */
  BilFormat    format;
  BilDocument  doc_meta;    /* the page's own metadata, while the article is made */

  char        *title;
  BilOrigin    title_origin;
  char        *source;
  BilOrigin    source_origin;
  char        *date;
  BilOrigin    date_origin;
  char        *url;
  BilOrigin    url_origin;
  char        *place;
  char        *byline;
  BilOrigin    byline_origin;

  /* Held for as long as the corpus, so sized exactly (a GArray doubles):
   * at 100,000 articles they were 2 KB an article. */
  BilLine     *boilerplate; /* only the lines marked boilerplate, for the reader */
  guint        n_boilerplate;
  BilSpan     *sentences;
  guint        n_sentences;

  BilFacts    *facts;
  guint        index;       /* its place in its corpus */
  gsize        serial;      /* no other article of the process has it */
};

G_DEFINE_FINAL_TYPE (BilArticle, bil_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_DATE,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
bil_article_meta_clear (BilArticleMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->source, g_free);
  g_clear_pointer (&meta->date, g_free);
  g_clear_pointer (&meta->url, g_free);
  g_clear_pointer (&meta->byline, g_free);
}

static void
bil_article_finalize (GObject *object)
{
  BilArticle *self = (BilArticle *) object;

  g_free (self->path);
  g_free (self->file);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->decoded);
  g_free (self->charset);
  bil_document_clear (&self->doc_meta);
  g_free (self->title);
  g_free (self->source);
  g_free (self->date);
  g_free (self->url);
  g_free (self->place);
  g_free (self->byline);
  g_free (self->boilerplate);
  g_free (self->sentences);
  g_clear_pointer (&self->facts, bil_facts_free);

  G_OBJECT_CLASS (bil_article_parent_class)->finalize (object);
}

static void
bil_article_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BilArticle *self = BIL_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_article_class_init (BilArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bil_article_finalize;
  object_class->get_property = bil_article_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] = g_param_spec_string ("file", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bil_article_init (BilArticle *self)
{
  static gsize next_serial;

  self->serial = (gsize) g_atomic_pointer_add (&next_serial, 1) + 1;
}

static gsize
first_non_blank (const char *text,
                 const BilLine *line)
{
  gsize i = line->start;

  while (i < line->end && (text[i] == ' ' || text[i] == '\t'))
    i++;
  return i;
}

/* Title, dateline, byline and date from the text, where no manifest gave them. */
static void
infer_metadata (BilArticle *self,
                GArray     *lines)
{
  const char *text = self->text;
  guint content_seen = 0;
  gboolean title_done = self->title != NULL;
  BilDateline dateline = { 0 };
  gboolean have_dateline = FALSE;
  int stamp_year = 0, stamp_month = 0, stamp_day = 0;

  for (guint i = 0; i < lines->len && content_seen < 8; i++)
    {
      BilLine *line = &g_array_index (lines, BilLine, i);
      gsize start = first_non_blank (text, line);
      g_autofree char *byline = NULL;

      if (line->flags & (BIL_LINE_BLANK | BIL_LINE_BOILERPLATE))
        continue;
      content_seen++;

      if (stamp_year == 0)
        bil_metadata_parse_date_stamp (text + start, line->end - start, &stamp_year, &stamp_month, &stamp_day);

      /* "Source: https://…" copied above a text: its address, not its
       * title nor a sentence (and never its date). */
      {
        g_autofree char *url = bil_metadata_parse_source_line (text + start, line->end - start);

        if (url != NULL && bil_manifest_url_allowed (url))
          {
            if (self->url == NULL)
              {
                self->url = g_steal_pointer (&url);
                self->url_origin = BIL_ORIGIN_SOURCE_LINE;
              }
            line->flags |= BIL_LINE_BYLINE;
            content_seen--;
            continue;
          }
      }

      if (!title_done)
        {
          title_done = TRUE;
          if (bil_text_is_headline (text + start, line->end - start))
            {
              self->title = g_strndup (text + start, line->end - start);
              self->title_origin = BIL_ORIGIN_HEADLINE;
              continue;
            }
        }

      if (self->byline == NULL && (byline = bil_metadata_parse_byline (text + start, line->end - start)))
        {
          self->byline = g_steal_pointer (&byline);
          self->byline_origin = BIL_ORIGIN_BYLINE;
          line->flags |= BIL_LINE_BYLINE;
          continue;
        }

      if (!have_dateline)
        have_dateline = bil_metadata_parse_dateline (text + start, line->end - start, &dateline);
    }

  if (have_dateline)
    {
      self->place = g_steal_pointer (&dateline.place);
      if (self->source == NULL && dateline.source != NULL)
        {
          self->source = g_steal_pointer (&dateline.source);
          self->source_origin = BIL_ORIGIN_DATELINE;
        }
    }

  /* A dateline with its year dates the article, else a date stamp near the
   * top. A text that shows no date of its own has none: the years it
   * mentions are what it reports (a 2030 target), not when it was written. */
  if (self->date == NULL && have_dateline && dateline.year > 0 && dateline.month > 0)
    {
      self->date = dateline.day > 0
        ? g_strdup_printf ("%04d-%02d-%02d", dateline.year, dateline.month, dateline.day)
        : g_strdup_printf ("%04d-%02d", dateline.year, dateline.month);
      self->date_origin = BIL_ORIGIN_DATELINE;
    }
  if (self->date == NULL && stamp_year > 0)
    {
      self->date = g_strdup_printf ("%04d-%02d-%02d", stamp_year, stamp_month, stamp_day);
      self->date_origin = BIL_ORIGIN_DATE_STAMP;
    }

  bil_dateline_clear (&dateline);
}

/* A field the manifest, a feed or the page gave, kept with where from. */
static void
take_meta (char       **field,
           BilOrigin   *origin,
           const char  *value,
           BilOrigin    value_origin)
{
  if (*field != NULL || value == NULL || *value == '\0')
    return;
  *field = g_strdup (value);
  *origin = value_origin;
}

/* A web page or a PDF: the reader's text becomes the article's text (what
 * offsets are into), its metadata waits in doc_meta for the manifest's. */
static gboolean
read_document (BilArticle  *self,
               const char  *data,
               gsize        size,
               GPtrArray   *warnings,
               GError     **error)
{
  BilDocument doc = { 0 };
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  gboolean ok;

  if (!bil_format_check (self->format, data, size, error))
    return FALSE;
  ok = self->format == BIL_FORMAT_HTML
    ? bil_html_read (data, size, &doc, notes, error)
    : bil_pdf_read (data, size, &doc, notes, error);
  if (warnings != NULL)
    for (guint i = 0; i < notes->len; i++)
      g_ptr_array_add (warnings, g_strdup_printf ("%s: %s", self->path, (char *) g_ptr_array_index (notes, i)));
  if (!ok)
    {
      bil_document_clear (&doc);
      return FALSE;
    }
  self->decoded = g_steal_pointer (&doc.text);
  self->text = self->decoded;
  self->text_len = doc.len;
  self->charset = g_steal_pointer (&doc.charset);
  self->encoding = self->charset == NULL ? BIL_ENCODING_UTF8
                   : g_ascii_strcasecmp (self->charset, "windows-1252") == 0 ? BIL_ENCODING_WINDOWS_1252
                   : g_ascii_strcasecmp (self->charset, "UTF-16LE") == 0 ? BIL_ENCODING_UTF16LE
                   : g_ascii_strcasecmp (self->charset, "UTF-16BE") == 0 ? BIL_ENCODING_UTF16BE
                   : BIL_ENCODING_UTF8;
  self->doc_meta = doc;
  return TRUE;
}

/* A field a pre-extracted line states, kept as stated: the line is what
 * was read, whatever this binary would infer today. */
static void
restate (char       **field,
         BilOrigin   *origin,
         const char  *value,
         BilOrigin    value_origin)
{
  if (value == NULL || *value == '\0')
    return;
  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
    }
  if (value_origin != BIL_ORIGIN_NONE)
    *origin = value_origin;
  else if (*origin == BIL_ORIGIN_NONE)
    *origin = BIL_ORIGIN_MANIFEST;
}

/* Given before reading (a manifest, a feed, the page): not inferred. */
static BilOrigin
given (BilOrigin origin)
{
  return origin == BIL_ORIGIN_NONE ? BIL_ORIGIN_MANIFEST : origin;
}

static BilEncoding
encoding_from_string (const char *name,
                      gboolean   *known)
{
  for (BilEncoding e = BIL_ENCODING_UTF8; e <= BIL_ENCODING_WINDOWS_1252; e++)
    if (g_strcmp0 (name, bil_encoding_to_string (e)) == 0)
      {
        *known = TRUE;
        return e;
      }
  *known = FALSE;
  return BIL_ENCODING_UTF8;
}

/* The arrays an article's text is cut into, kept by each thread from one
 * article to the next (grown once, not at every doubling for each
 * article); let go after an article that made them large. */
typedef struct
{
  GArray *lines;        /* BilLine */
  GArray *sentences;    /* BilSpan */
  GArray *boilerplate;  /* BilLine */
} ArticleScratch;

#define ARTICLE_SCRATCH_KEEP 65536

static void
article_scratch_free (gpointer data)
{
  ArticleScratch *scratch = data;

  g_array_unref (scratch->lines);
  g_array_unref (scratch->sentences);
  g_array_unref (scratch->boilerplate);
  g_free (scratch);
}

static GPrivate article_scratch_key = G_PRIVATE_INIT (article_scratch_free);

static ArticleScratch *
article_scratch_get (void)
{
  ArticleScratch *scratch = g_private_get (&article_scratch_key);

  if (scratch == NULL)
    {
      scratch = g_new0 (ArticleScratch, 1);
      scratch->lines = g_array_new (FALSE, FALSE, sizeof (BilLine));
      scratch->sentences = g_array_new (FALSE, FALSE, sizeof (BilSpan));
      scratch->boilerplate = g_array_new (FALSE, FALSE, sizeof (BilLine));
      g_private_set (&article_scratch_key, scratch);
    }
  return scratch;
}

static BilArticle *
article_new (const char             *path,
             GBytes                 *bytes,
             const BilArticleMeta   *meta,
             const BilArticleRecord *record,
             GPtrArray              *warnings,
             GError                **error)
{
  g_autoptr(BilArticle) self = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize text_start = 0;
  g_autoptr(GError) local_error = NULL;
  ArticleScratch *scratch;
  GArray *lines, *sentences, *boilerplate;

  self = g_object_new (BIL_TYPE_ARTICLE, NULL);
  self->path = g_strdup (path);
  self->file = g_path_get_basename (path);
  self->bytes = g_bytes_ref (bytes);
  self->size = record != NULL ? record->size : size;

  if (record != NULL)
    self->format = record->format;
  else
    {
      self->format = meta != NULL ? meta->format : BIL_FORMAT_TEXT;
      if (self->format == BIL_FORMAT_TEXT)
        self->format = bil_format_for_name (path, NULL);
    }

  /* A pre-extracted line's text is the page's or the PDF's text already. */
  if (record == NULL && (self->format == BIL_FORMAT_HTML || self->format == BIL_FORMAT_PDF))
    {
      if (!read_document (self, data ? data : "", size, warnings, error))
        return NULL;
    }
  else
    {
      self->decoded = bil_decode_text (data ? data : "", size, &self->encoding, &text_start,
                                       &self->text_len, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (self->decoded != NULL)
        {
          self->text = self->decoded;
          text_start = 0;
          if (self->encoding == BIL_ENCODING_WINDOWS_1252 && warnings != NULL)
            g_ptr_array_add (warnings, g_strdup_printf ("%s: not valid UTF-8, read as Windows-1252", path));
        }
      else
        {
          /* Offsets stay offsets into the file: the text includes a BOM, if any,
           * and the lines start after it. */
          self->text = data;
          self->text_len = size;
        }
      /* What the file was, not what the line is. */
      if (record != NULL && record->encoding != NULL)
        {
          gboolean known;
          BilEncoding e = encoding_from_string (record->encoding, &known);

          if (known && e != BIL_ENCODING_UTF8_BOM && self->encoding != BIL_ENCODING_UTF8_BOM)
            self->encoding = e;
          else if (!known)
            self->charset = g_strdup (record->encoding);
        }
    }

  if (self->text_len > BIL_ARTICLE_MAX_BYTES)
    {
      g_autofree char *has = g_format_size (self->text_len);
      g_autofree char *most = g_format_size (BIL_ARTICLE_MAX_BYTES);

      g_set_error (error, BIL_ERROR, BIL_ERROR_TOO_LARGE, "article too large (%s of text, at most %s), skipped", has, most);
      return NULL;
    }

  /* From here on the article is read to its end: the thread's arrays are
   * taken here and made ready again there. */
  scratch = article_scratch_get ();
  lines = scratch->lines;
  sentences = scratch->sentences;
  boilerplate = scratch->boilerplate;
  bil_text_split_lines_into (self->text, text_start, self->text_len - text_start, lines);
  bil_text_mark_boilerplate (self->text, lines);

  if (record != NULL)
    {
      /* What was given before the text was read, given again, so that what
       * the text says is inferred as it was (a byline line is a byline only
       * where no byline was given). */
      if (!bil_origin_is_inferred (record->title_origin))
        take_meta (&self->title, &self->title_origin, record->title, given (record->title_origin));
      if (!bil_origin_is_inferred (record->source_origin))
        take_meta (&self->source, &self->source_origin, record->source, given (record->source_origin));
      if (!bil_origin_is_inferred (record->date_origin))
        take_meta (&self->date, &self->date_origin, record->date, given (record->date_origin));
      if (!bil_origin_is_inferred (record->url_origin))
        take_meta (&self->url, &self->url_origin, record->url, given (record->url_origin));
      if (!bil_origin_is_inferred (record->byline_origin))
        take_meta (&self->byline, &self->byline_origin, record->byline, given (record->byline_origin));
    }
  else if (meta != NULL)
    {
      BilOrigin origin = meta->origin != BIL_ORIGIN_NONE ? meta->origin : BIL_ORIGIN_MANIFEST;

      take_meta (&self->title, &self->title_origin, meta->title, origin);
      take_meta (&self->source, &self->source_origin, meta->source, origin);
      take_meta (&self->date, &self->date_origin, meta->date, origin);
      take_meta (&self->url, &self->url_origin, meta->url, origin);
      take_meta (&self->byline, &self->byline_origin, meta->byline, origin);
    }
  /* What the page or document states, where the manifest said nothing. */
  if (record == NULL && (self->format == BIL_FORMAT_HTML || self->format == BIL_FORMAT_PDF))
    {
      take_meta (&self->title, &self->title_origin, self->doc_meta.title, self->doc_meta.title_origin);
      take_meta (&self->source, &self->source_origin, self->doc_meta.source, self->doc_meta.source_origin);
      take_meta (&self->date, &self->date_origin, self->doc_meta.date, self->doc_meta.date_origin);
      take_meta (&self->url, &self->url_origin, self->doc_meta.url, self->doc_meta.url_origin);
      take_meta (&self->byline, &self->byline_origin, self->doc_meta.byline, self->doc_meta.byline_origin);
      bil_document_clear (&self->doc_meta);
    }

  /* Inference marks the byline, which must not become a sentence. */
  infer_metadata (self, lines);
  for (guint i = 0; i < lines->len; i++)
    {
      BilLine *line = &g_array_index (lines, BilLine, i);

      if (line->flags & BIL_LINE_BOILERPLATE)
        g_array_append_val (boilerplate, *line);
      else if (!(line->flags & (BIL_LINE_BLANK | BIL_LINE_BYLINE)))
        bil_text_split_sentences (self->text, line->start, line->end, sentences);
    }
  self->n_sentences = sentences->len;
  self->sentences = g_memdup2 (sentences->data, sentences->len * sizeof (BilSpan));
  self->n_boilerplate = boilerplate->len;
  self->boilerplate = g_memdup2 (boilerplate->data, boilerplate->len * sizeof (BilLine));
  bil_array_recycle (&scratch->lines, ARTICLE_SCRATCH_KEEP);
  bil_array_recycle (&scratch->sentences, ARTICLE_SCRATCH_KEEP);
  bil_array_recycle (&scratch->boilerplate, ARTICLE_SCRATCH_KEEP);

  if (self->title == NULL && self->n_sentences > 0)
    {
      const BilSpan *first = &self->sentences[0];

      self->title = bil_metadata_title_from_sentence (self->text + first->start, first->end - first->start);
      self->title_origin = BIL_ORIGIN_SENTENCE;
    }
  else if (self->title == NULL)
    {
      self->title = g_strdup (self->file);
      self->title_origin = BIL_ORIGIN_FILE_NAME;
    }

  if (record != NULL)
    {
      restate (&self->title, &self->title_origin, record->title, record->title_origin);
      restate (&self->source, &self->source_origin, record->source, record->source_origin);
      restate (&self->date, &self->date_origin, record->date, record->date_origin);
      restate (&self->url, &self->url_origin, record->url, record->url_origin);
      restate (&self->byline, &self->byline_origin, record->byline, record->byline_origin);
      if (record->place != NULL && *record->place != '\0' && g_strcmp0 (self->place, record->place) != 0)
        {
          g_free (self->place);
          self->place = g_strdup (record->place);
        }
    }

  return g_steal_pointer (&self);
}

/**
 * bil_article_new_from_bytes:
 * @path: the file's path (or resource URI), or a label for inline text
 * @bytes: the original bytes
 * @meta: (nullable): metadata known from a manifest
 * @warnings: (nullable): receives "PATH: message" strings
 *
 * Returns: (transfer full): the article, or %NULL with @error set when the
 *   bytes are not an article (empty, binary).
 */
BilArticle *
bil_article_new_from_bytes (const char           *path,
                            GBytes               *bytes,
                            const BilArticleMeta *meta,
                            GPtrArray            *warnings,
                            GError              **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  return article_new (path, bytes, meta, NULL, warnings, error);
}

/**
 * bil_article_new_from_record:
 * @path: the path the line names
 * @text: the article's text as the line gives it (UTF-8)
 * @record: what the line says of the article
 *
 * The article a pre-extracted line (JSONL) stands for: its text is not read
 * again as a page or a PDF, and its format, encoding, size and metadata are
 * the line's; lines, boilerplate and sentences come from the text as they
 * did when it was first read.
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
BilArticle *
bil_article_new_from_record (const char             *path,
                             GBytes                 *text,
                             const BilArticleRecord *record,
                             GPtrArray              *warnings,
                             GError                **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);
  return article_new (path, text, NULL, record, warnings, error);
}

const char *
bil_article_get_path (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->path;
}

const char *
bil_article_get_file (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->file;
}

GBytes *
bil_article_get_bytes (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->bytes;
}

/* The size of the file the article was read from: its bytes' size, or
 * what a pre-extracted line says it was. */
gsize
bil_article_get_size (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), 0);
  return self->size;
}

const char *
bil_article_get_text (BilArticle *self,
                      gsize      *len)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  if (len)
    *len = self->text_len;
  return self->text;
}

/* The charset's name as JSON and the reader say it. */
const char *
bil_article_get_encoding_name (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  if (self->charset != NULL && self->encoding == BIL_ENCODING_UTF8)
    return self->charset;
  return bil_encoding_to_string (self->encoding);
}

BilFormat
bil_article_get_format (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), BIL_FORMAT_TEXT);
  return self->format;
}

BilOrigin
bil_article_get_source_origin (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), BIL_ORIGIN_NONE);
  return self->source_origin;
}

BilOrigin
bil_article_get_byline_origin (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), BIL_ORIGIN_NONE);
  return self->byline_origin;
}

BilOrigin
bil_article_get_url_origin (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), BIL_ORIGIN_NONE);
  return self->url_origin;
}

BilEncoding
bil_article_get_encoding (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), BIL_ENCODING_UTF8);
  return self->encoding;
}

const char *
bil_article_get_title (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->title;
}

BilOrigin
bil_article_get_title_origin (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), BIL_ORIGIN_NONE);
  return self->title_origin;
}

const char *
bil_article_get_source (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->source;
}

const char *
bil_article_get_date (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->date;
}

BilOrigin
bil_article_get_date_origin (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), BIL_ORIGIN_NONE);
  return self->date_origin;
}

const char *
bil_article_get_url (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->url;
}

const char *
bil_article_get_place (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->place;
}

const char *
bil_article_get_byline (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->byline;
}

/* The publication year, or 0 when the date is unknown. */
int
bil_article_get_year (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), 0);
  return self->date ? atoi (self->date) : 0;
}

/* The lines marked boilerplate (share buttons, navigation…), in order. */
const BilLine *
bil_article_get_boilerplate (BilArticle *self,
                             guint      *n_lines)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  *n_lines = self->n_boilerplate;
  return self->boilerplate;
}

guint
bil_article_count_boilerplate (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), 0);
  return self->n_boilerplate;
}

const BilSpan *
bil_article_get_sentences (BilArticle *self,
                           guint      *n_sentences)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  *n_sentences = self->n_sentences;
  return self->sentences;
}

/* The index of the sentence holding @offset, or -1; sentences are sorted. */
int
bil_article_find_sentence (BilArticle *self,
                           gsize       offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (BIL_IS_ARTICLE (self), -1);
  hi = self->n_sentences;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const BilSpan *span = &self->sentences[mid];

      if (offset < span->start)
        hi = mid;
      else if (offset >= span->end)
        lo = mid + 1;
      else
        return (int) mid;
    }
  return -1;
}

/**
 * bil_article_dup_span:
 *
 * Returns: (transfer full) (nullable): the text of [@start, @end), valid
 *   UTF-8 even where a span read from a file cuts a character; NULL when
 *   the span is empty or reaches past the text
 */
char *
bil_article_dup_span (BilArticle *self,
                      gsize       start,
                      gsize       end)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  if (end <= start || end > self->text_len)
    return NULL;
  return g_utf8_make_valid (self->text + start, (gssize) (end - start));
}

/* A number no other article of this process has had, unlike its address:
 * what a cache may remember it by across corpora. */
gsize
bil_article_get_serial (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), 0);
  return self->serial;
}

/* Its place in the corpus that holds it: one bit per article in a filter. */
guint
bil_article_get_index (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), 0);
  return self->index;
}

void
bil_article_set_index (BilArticle *self,
                       guint       index)
{
  g_return_if_fail (BIL_IS_ARTICLE (self));
  self->index = index;
}

const BilFacts *
bil_article_get_facts (BilArticle *self)
{
  g_return_val_if_fail (BIL_IS_ARTICLE (self), NULL);
  return self->facts;
}

/* Takes ownership of @facts. */
void
bil_article_set_facts (BilArticle *self,
                       BilFacts   *facts)
{
  g_return_if_fail (BIL_IS_ARTICLE (self));
  g_clear_pointer (&self->facts, bil_facts_free);
  self->facts = facts;
}

const char *
bil_encoding_to_string (BilEncoding encoding)
{
  switch (encoding)
    {
    case BIL_ENCODING_UTF8: return "UTF-8";
    case BIL_ENCODING_UTF8_BOM: return "UTF-8 with BOM";
    case BIL_ENCODING_UTF16LE: return "UTF-16LE";
    case BIL_ENCODING_UTF16BE: return "UTF-16BE";
    case BIL_ENCODING_WINDOWS_1252: return "Windows-1252";
    default: g_return_val_if_reached (NULL);
    }
}

const char *
bil_origin_to_string (BilOrigin origin)
{
  switch (origin)
    {
    case BIL_ORIGIN_NONE: return NULL;
    case BIL_ORIGIN_MANIFEST: return "manifest";
    case BIL_ORIGIN_HEADLINE: return "headline";
    case BIL_ORIGIN_SENTENCE: return "first-sentence";
    case BIL_ORIGIN_FILE_NAME: return "file-name";
    case BIL_ORIGIN_DATELINE: return "dateline";
    case BIL_ORIGIN_DATE_STAMP: return "date-stamp";
    case BIL_ORIGIN_PAGE_META: return "meta";
    case BIL_ORIGIN_JSON_LD: return "json-ld";
    case BIL_ORIGIN_PAGE_HEADING: return "h1";
    case BIL_ORIGIN_PAGE_TITLE: return "title-element";
    case BIL_ORIGIN_TIME_ELEMENT: return "time-element";
    case BIL_ORIGIN_CANONICAL: return "canonical-link";
    case BIL_ORIGIN_ADDRESS: return "address";
    case BIL_ORIGIN_DOCUMENT_INFO: return "document-info";
    case BIL_ORIGIN_FEED: return "feed";
    case BIL_ORIGIN_FETCHED: return "fetched";
    case BIL_ORIGIN_SOURCE_LINE: return "source-line";
    case BIL_ORIGIN_BYLINE: return "byline";
    default: g_return_val_if_reached (NULL);
    }
}

BilOrigin
bil_origin_from_string (const char *name)
{
  if (name == NULL)
    return BIL_ORIGIN_NONE;
  for (BilOrigin o = BIL_ORIGIN_MANIFEST; o <= BIL_ORIGIN_BYLINE; o++)
    if (strcmp (name, bil_origin_to_string (o)) == 0)
      return o;
  return BIL_ORIGIN_NONE;
}

/* Read from the text itself (not given by a manifest, a feed or the page). */
gboolean
bil_origin_is_inferred (BilOrigin origin)
{
  switch (origin)
    {
    case BIL_ORIGIN_HEADLINE:
    case BIL_ORIGIN_SENTENCE:
    case BIL_ORIGIN_FILE_NAME:
    case BIL_ORIGIN_DATELINE:
    case BIL_ORIGIN_DATE_STAMP:
    case BIL_ORIGIN_SOURCE_LINE:
    case BIL_ORIGIN_BYLINE:
      return TRUE;
    default:
      return FALSE;
    }
}

BilFormat
bil_format_from_string (const char *name)
{
  for (BilFormat f = BIL_FORMAT_TEXT; f <= BIL_FORMAT_FEED_ITEM; f++)
    if (g_strcmp0 (name, bil_format_to_string (f)) == 0)
      return f;
  return BIL_FORMAT_TEXT;
}

const char *
bil_format_to_string (BilFormat format)
{
  switch (format)
    {
    case BIL_FORMAT_TEXT: return "text";
    case BIL_FORMAT_HTML: return "html";
    case BIL_FORMAT_PDF: return "pdf";
    case BIL_FORMAT_FEED_ITEM: return "feed-item";
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * bil_format_for_name:
 * @known: (out) (optional): whether the name is one of an article's
 *
 * Returns: how a file of this name is read; text unless its name says
 *   web page or PDF
 */
BilFormat
bil_format_for_name (const char *name,
                     gboolean   *known)
{
  static const struct { const char *suffix; BilFormat format; } suffixes[] = {
    { ".txt", BIL_FORMAT_TEXT }, { ".md", BIL_FORMAT_TEXT }, { ".markdown", BIL_FORMAT_TEXT },
    { ".text", BIL_FORMAT_TEXT },
    { ".html", BIL_FORMAT_HTML }, { ".htm", BIL_FORMAT_HTML }, { ".xhtml", BIL_FORMAT_HTML },
    { ".shtml", BIL_FORMAT_HTML },
    { ".pdf", BIL_FORMAT_PDF },
  };
  gsize len = strlen (name);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize n = strlen (suffixes[i].suffix);

      if (len > n && g_ascii_strcasecmp (name + len - n, suffixes[i].suffix) == 0)
        {
          if (known)
            *known = TRUE;
          return suffixes[i].format;
        }
    }
  if (known)
    *known = FALSE;
  return BIL_FORMAT_TEXT;
}

/* Magic numbers of files that are no article whatever their name. */
static const char *
binary_kind (const guchar *u,
             gsize         len)
{
  if (len >= 8 && memcmp (u, "\x89PNG\r\n\x1a\n", 8) == 0)
    return "a PNG image";
  if (len >= 3 && u[0] == 0xFF && u[1] == 0xD8 && u[2] == 0xFF)
    return "a JPEG image";
  if (len >= 6 && (memcmp (u, "GIF87a", 6) == 0 || memcmp (u, "GIF89a", 6) == 0))
    return "a GIF image";
  if (len >= 12 && memcmp (u, "RIFF", 4) == 0 && memcmp (u + 8, "WEBP", 4) == 0)
    return "a WebP image";
  if (len >= 4 && memcmp (u, "PK\x03\x04", 4) == 0)
    return "a ZIP archive (or an office document)";
  if (len >= 2 && u[0] == 0x1F && u[1] == 0x8B)
    return "gzip-compressed";
  if (len >= 5 && memcmp (u, "%PDF-", 5) == 0)
    return "a PDF";
  return NULL;
}

/**
 * bil_format_check:
 *
 * Whether @data is what @format reads; else @error names what it is ("a
 * .html that is really a PNG").
 */
gboolean
bil_format_check (BilFormat    format,
                  const char  *data,
                  gsize        len,
                  GError     **error)
{
  const char *kind = binary_kind ((const guchar *) data, len);

  if (format == BIL_FORMAT_PDF)
    {
      /* The header may follow some junk, within the first KB. */
      for (gsize i = 0; i + 5 <= MIN (len, 1024); i++)
        if (memcmp (data + i, "%PDF-", 5) == 0)
          return TRUE;
      g_set_error (error, BIL_ERROR, BIL_ERROR_FORMAT, "not a PDF (%s), skipped",
                   kind ? kind : "no %PDF- header");
      return FALSE;
    }
  if (format == BIL_FORMAT_HTML && kind != NULL)
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_FORMAT, "not a web page: the file is %s, skipped", kind);
      return FALSE;
    }
  return TRUE;
}
