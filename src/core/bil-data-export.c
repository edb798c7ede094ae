/* bil-data-export.c: the figures and partnerships as CSV or JSON
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data behind every chart, for a spreadsheet or another program. One
 * row writer serves both formats, so a CSV column and a JSON member always
 * hold the same thing: CSV as RFC 4180 has it (UTF-8, a header row, CRLF,
 * a field with a comma, quote, CR or LF quoted and its quotes doubled),
 * JSON as an array of objects, one a line. Numbers are written the same
 * way in both, never through the locale: a dot, no grouping, the fewest
 * digits that read back as the same double. Rows are written as they are
 * made, a buffer at a time, so a corpus of 100,000 figures needs no more
 * memory than one buffer.
 */

#define G_LOG_DOMAIN "bil-data-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-atomic-file.h"
#include "bil-data-export.h"
#include "bil-doubt.h"
#include "bil-figure-trail.h"
#include "bil-rates.h"

#define FLUSH_AT (64 * 1024)

/* The names the columns share with --extract's JSON, where it has them. */
static const char * const figure_columns[] = {
  "text", "value", "currency", "usd", "rate", "rate_origin", "rate_year", "rate_file",
  "metric", "from", "to", "year", "year_stated", "year_rule", "approx",
  "confidence", "needs_review", "doubts", "review", "preferred",
  "title", "source", "date", "url", "file", "start", "end", "sentence",
};

static const char * const partnership_columns[] = {
  "a", "b", "stance", "sectors", "articles", "mentions",
};

typedef struct
{
  BilDataExportFormat  format;
  const char * const  *columns;
  guint                n_columns;
  guint                column;      /* the next cell's */
  guint64              rows;
  GString             *buf;
  GOutputStream       *out;
  GCancellable        *cancellable;
  GError              *error;       /* the first write that failed; nothing is written after it */
} Writer;

BilDataExportFormat
bil_data_export_format_for_path (const char *path)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, BIL_DATA_EXPORT_CSV);
  lower = g_ascii_strdown (path, -1);
  return g_str_has_suffix (lower, ".json") ? BIL_DATA_EXPORT_JSON : BIL_DATA_EXPORT_CSV;
}

/* "figures" or "partnerships", as --table takes them. */
gboolean
bil_data_export_table_from_string (const char         *name,
                                   BilDataExportTable *table)
{
  if (g_strcmp0 (name, "figures") == 0)
    *table = BIL_DATA_EXPORT_FIGURES;
  else if (g_strcmp0 (name, "partnerships") == 0)
    *table = BIL_DATA_EXPORT_PARTNERSHIPS;
  else
    return FALSE;
  return TRUE;
}

/**
 * bil_data_export_format_number:
 * @buf: where the text goes
 *
 * @value with a dot, no grouping and no exponent for whole numbers below
 * 10^21, in the fewest significant digits (15 to 17) that read back as
 * @value: 4.22, not 4.2199999999999998. "" for NaN and infinities.
 *
 * Returns: @buf
 */
const char *
bil_data_export_format_number (char   buf[G_ASCII_DTOSTR_BUF_SIZE],
                               double value)
{
  buf[0] = '\0';
  if (!isfinite (value))
    return buf;
  if (value == 0)
    value = 0;   /* no "-0" */
  if (value == floor (value) && fabs (value) < 1e21)
    return g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.0f", value);
  for (int digits = 15; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return buf;
}

/* RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
void
bil_data_export_append_csv_field (GString    *line,
                                  const char *field)
{
  g_return_if_fail (line != NULL);
  if (field == NULL)
    return;
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (line, field);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* A JSON string: UTF-8 kept as it is, only what JSON forbids escaped. */
static void
append_json_string (GString    *line,
                    const char *s)
{
  if (s == NULL)
    {
      g_string_append (line, "null");
      return;
    }
  g_string_append_c (line, '"');
  for (const guchar *p = (const guchar *) s; *p; p++)
    switch (*p)
      {
      case '"': g_string_append (line, "\\\""); break;
      case '\\': g_string_append (line, "\\\\"); break;
      case '\n': g_string_append (line, "\\n"); break;
      case '\r': g_string_append (line, "\\r"); break;
      case '\t': g_string_append (line, "\\t"); break;
      default:
        if (*p < 0x20)
          g_string_append_printf (line, "\\u%04x", *p);
        else
          g_string_append_c (line, (char) *p);
      }
  g_string_append_c (line, '"');
}

static void
writer_flush (Writer *w)
{
  if (w->error == NULL && w->buf->len > 0)
    g_output_stream_write_all (w->out, w->buf->str, w->buf->len, NULL, w->cancellable, &w->error);
  g_string_truncate (w->buf, 0);
}

static void
writer_init (Writer              *w,
             BilDataExportFormat  format,
             const char * const  *columns,
             guint                n_columns,
             GOutputStream       *out,
             GCancellable        *cancellable)
{
  *w = (Writer) { format, columns, n_columns, 0, 0, g_string_sized_new (FLUSH_AT + 4096), out, cancellable, NULL };
  if (format == BIL_DATA_EXPORT_JSON)
    {
      g_string_append_c (w->buf, '[');
      return;
    }
  for (guint i = 0; i < n_columns; i++)
    {
      if (i > 0)
        g_string_append_c (w->buf, ',');
      bil_data_export_append_csv_field (w->buf, columns[i]);
    }
  g_string_append (w->buf, "\r\n");
}

static gboolean
writer_finish (Writer  *w,
               GError **error)
{
  if (w->format == BIL_DATA_EXPORT_JSON)
    g_string_append (w->buf, w->rows ? "\n]\n" : "]\n");
  writer_flush (w);
  if (w->error == NULL)
    g_output_stream_flush (w->out, w->cancellable, &w->error);
  g_string_free (w->buf, TRUE);
  if (w->error)
    {
      g_propagate_error (error, w->error);
      return FALSE;
    }
  return TRUE;
}

static void
row_begin (Writer *w)
{
  w->column = 0;
  if (w->format == BIL_DATA_EXPORT_JSON)
    g_string_append (w->buf, w->rows ? ",\n{" : "\n{");
}

static void
row_end (Writer *w)
{
  g_assert (w->column == w->n_columns);
  g_string_append (w->buf, w->format == BIL_DATA_EXPORT_JSON ? "}" : "\r\n");
  w->rows++;
  if (w->buf->len >= FLUSH_AT)
    writer_flush (w);
}

/* The separator, and in JSON the member's name. */
static void
next_cell (Writer *w)
{
  g_assert (w->column < w->n_columns);
  if (w->column > 0)
    g_string_append_c (w->buf, ',');
  if (w->format == BIL_DATA_EXPORT_JSON)
    {
      append_json_string (w->buf, w->columns[w->column]);
      g_string_append_c (w->buf, ':');
    }
  w->column++;
}

/* NULL: an empty field, or null. */
static void
cell_string (Writer     *w,
             const char *s)
{
  next_cell (w);
  if (w->format == BIL_DATA_EXPORT_JSON)
    append_json_string (w->buf, s);
  else
    bil_data_export_append_csv_field (w->buf, s);
}

static void
cell_span (Writer     *w,
           const char *text,
           gsize       start,
           gsize       end)
{
  g_autofree char *s = end > start ? g_strndup (text + start, end - start) : NULL;

  cell_string (w, s);
}

/* Not finite: an empty field, or null. */
static void
cell_number (Writer *w,
             double  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  next_cell (w);
  if (isfinite (value))
    g_string_append (w->buf, bil_data_export_format_number (buf, value));
  else if (w->format == BIL_DATA_EXPORT_JSON)
    g_string_append (w->buf, "null");
}

static void
cell_int (Writer *w,
          gint64  value)
{
  next_cell (w);
  g_string_append_printf (w->buf, "%" G_GINT64_FORMAT, value);
}

/* 0 is none: a year or a table year that is not known. */
static void
cell_int_or_none (Writer *w,
                  gint64  value)
{
  if (value != 0)
    cell_int (w, value);
  else
    cell_string (w, NULL);
}

static void
cell_bool (Writer   *w,
           gboolean  value)
{
  next_cell (w);
  g_string_append (w->buf, value ? "true" : "false");
}

/* A JSON array; in CSV the items joined by ";" (names that hold none). */
static void
cell_list (Writer             *w,
           const char * const *items,
           guint               n)
{
  next_cell (w);
  if (w->format == BIL_DATA_EXPORT_JSON)
    {
      g_string_append_c (w->buf, '[');
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append_c (w->buf, ',');
          append_json_string (w->buf, items[i]);
        }
      g_string_append_c (w->buf, ']');
    }
  else if (n > 0)
    {
      g_autoptr(GString) joined = g_string_new (items[0]);

      for (guint i = 1; i < n; i++)
        g_string_append_printf (joined, ";%s", items[i]);
      bil_data_export_append_csv_field (w->buf, joined->str);
    }
}

static void
write_figure (Writer             *w,
              BilLexicon         *lex,
              const BilFigureRef *ref)
{
  const BilFigure *f = ref->figure;
  BilArticle *article = ref->article;
  const char *text = bil_article_get_text (article, NULL);
  const char *doubts[BIL_N_DOUBTS];
  guint n_doubts = 0;

  for (guint d = 0; d < BIL_N_DOUBTS; d++)
    if (f->doubts & (1u << d))
      doubts[n_doubts++] = bil_doubt_to_string (1u << d);

  row_begin (w);
  cell_span (w, text, f->money.start, f->money.end);
  cell_number (w, f->money.vague ? NAN : f->money.value);
  cell_string (w, f->money.currency);
  cell_number (w, f->usd);
  cell_number (w, f->rate_source == BIL_RATE_UNKNOWN ? NAN : f->rate);
  cell_string (w, bil_rate_source_to_string (f->rate_source));
  cell_int_or_none (w, f->rate_source == BIL_RATE_TABLE || f->rate_source == BIL_RATE_TABLE_LATEST ? f->rate_year : 0);
  cell_string (w, f->rate_file);
  cell_string (w, bil_metric_to_string (f->metric));
  cell_string (w, f->from >= 0 ? bil_lexicon_entity_code (lex, f->from) : NULL);
  cell_string (w, f->to >= 0 ? bil_lexicon_entity_code (lex, f->to) : NULL);
  cell_int_or_none (w, f->year > 0 ? f->year : 0);
  cell_bool (w, f->year_stated);
  cell_string (w, f->year > 0 ? f->year_rule : NULL);
  cell_string (w, bil_approx_to_string (f->approx));
  /* Rounded as --extract rounds it. */
  cell_number (w, round (bil_figure_confidence (f) * 1000) / 1000);
  cell_bool (w, bil_figure_needs_review (f));
  cell_list (w, doubts, n_doubts);
  cell_string (w, bil_review_mark_to_string (f->review));
  cell_bool (w, f->preferred);
  cell_string (w, bil_article_get_title (article));
  cell_string (w, bil_article_get_source (article));
  cell_string (w, bil_article_get_date (article));
  cell_string (w, bil_article_get_url (article));
  cell_string (w, bil_article_get_file (article));
  cell_int (w, (gint64) f->money.start);
  cell_int (w, (gint64) f->money.end);
  cell_span (w, text, f->sentence_start, f->sentence_end);
  row_end (w);
}

static gboolean
write_figures (BilDataExportFormat   format,
               GOutputStream        *out,
               GArray               *refs,
               GCancellable         *cancellable,
               GError              **error)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  Writer w;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (refs != NULL, FALSE);

  writer_init (&w, format, figure_columns, G_N_ELEMENTS (figure_columns), out, cancellable);
  for (guint i = 0; i < refs->len && w.error == NULL; i++)
    write_figure (&w, lex, &g_array_index (refs, BilFigureRef, i));
  return writer_finish (&w, error);
}

/**
 * bil_data_export_figures_csv:
 * @refs: BilFigureRef, in the order they are to be written
 *
 * One row per figure of @refs, under a header row.
 */
gboolean
bil_data_export_figures_csv (GOutputStream  *out,
                             GArray         *refs,
                             GCancellable   *cancellable,
                             GError        **error)
{
  return write_figures (BIL_DATA_EXPORT_CSV, out, refs, cancellable, error);
}

/* The same fields as bil_data_export_figures_csv (), an object per figure. */
gboolean
bil_data_export_figures_json (GOutputStream  *out,
                              GArray         *refs,
                              GCancellable   *cancellable,
                              GError        **error)
{
  return write_figures (BIL_DATA_EXPORT_JSON, out, refs, cancellable, error);
}

typedef struct
{
  int   sector;
  guint count;
} SectorCount;

static int
compare_sector_counts (gconstpointer a,
                       gconstpointer b)
{
  const SectorCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->sector - y->sector;
}

/* A partnership as the map shows it under @filter (bil-map-model.c): the
 * evidence that passes, the articles it comes from, the sectors it names,
 * the most named first. FALSE when none passes. */
static gboolean
write_partnership (Writer               *w,
                   BilLexicon           *lex,
                   const BilPartnership *p,
                   BilFilter            *filter)
{
  guint n_sectors = MIN (bil_lexicon_n_sectors (lex), 64);
  guint64 mask = bil_partnership_sector_mask (p, n_sectors);
  guint counts[64] = { 0 };
  guint n_articles = 0, n_mentions = 0;
  BilArticle *last = NULL;
  g_autoptr(GArray) sectors = g_array_new (FALSE, FALSE, sizeof (SectorCount));
  const char *names[64];

  if (filter && !bil_filter_may_match_pair (filter, p->a, p->b, mask))
    return FALSE;
  for (guint k = 0; k < p->evidence->len; k++)
    {
      const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

      if (filter && !bil_filter_match_evidence (filter, e->article, p->a, p->b, mask, e->start, e->end))
        continue;
      /* Evidence comes article by article. */
      if (e->article != last)
        n_articles++;
      last = e->article;
      n_mentions++;
      for (guint s = 0; s < n_sectors; s++)
        if (e->sectors & (G_GUINT64_CONSTANT (1) << s))
          counts[s]++;
    }
  if (n_mentions == 0)
    return FALSE;
  for (guint s = 0; s < n_sectors; s++)
    if (counts[s] > 0)
      {
        SectorCount c = { (int) s, counts[s] };
        g_array_append_val (sectors, c);
      }
  g_array_sort (sectors, compare_sector_counts);
  for (guint i = 0; i < sectors->len; i++)
    names[i] = bil_lexicon_sector_id (lex, g_array_index (sectors, SectorCount, i).sector);

  row_begin (w);
  cell_string (w, bil_lexicon_entity_code (lex, p->a));
  cell_string (w, bil_lexicon_entity_code (lex, p->b));
  cell_string (w, bil_stance_to_string (p->stance));
  cell_list (w, names, sectors->len);
  cell_int (w, n_articles);
  cell_int (w, n_mentions);
  row_end (w);
  return TRUE;
}

static gboolean
write_partnerships (BilDataExportFormat   format,
                    GOutputStream        *out,
                    BilCorpus            *corpus,
                    BilFilter            *filter,
                    GCancellable         *cancellable,
                    GError              **error)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  GPtrArray *partnerships;
  Writer w;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (BIL_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (filter == NULL || BIL_IS_FILTER (filter), FALSE);

  if (filter && bil_filter_is_empty (filter))
    filter = NULL;
  partnerships = bil_corpus_get_partnerships (corpus);
  writer_init (&w, format, partnership_columns, G_N_ELEMENTS (partnership_columns), out, cancellable);
  for (guint i = 0; partnerships && i < partnerships->len && w.error == NULL; i++)
    write_partnership (&w, lex, g_ptr_array_index (partnerships, i), filter);
  return writer_finish (&w, error);
}

/**
 * bil_data_export_partnerships_csv:
 * @filter: (nullable): what passes, as on the map
 *
 * One row per partnership or rivalry with evidence that passes @filter,
 * in the corpus's order (the most attested first), under a header row.
 */
gboolean
bil_data_export_partnerships_csv (GOutputStream  *out,
                                  BilCorpus      *corpus,
                                  BilFilter      *filter,
                                  GCancellable   *cancellable,
                                  GError        **error)
{
  return write_partnerships (BIL_DATA_EXPORT_CSV, out, corpus, filter, cancellable, error);
}

gboolean
bil_data_export_partnerships_json (GOutputStream  *out,
                                   BilCorpus      *corpus,
                                   BilFilter      *filter,
                                   GCancellable   *cancellable,
                                   GError        **error)
{
  return write_partnerships (BIL_DATA_EXPORT_JSON, out, corpus, filter, cancellable, error);
}

/* Written whole or not at all; an error names @path. */
static gboolean
commit (BilAtomicFile  *file,
        const char     *path,
        gboolean        written,
        GError         *write_error,
        GError        **error)
{
  if (!written)
    {
      g_set_error (error, write_error->domain, write_error->code, "%s: %s", path, write_error->message);
      g_error_free (write_error);
      return FALSE;
    }
  return bil_atomic_file_commit (file, error);
}

/**
 * bil_data_export_figures_to_path:
 *
 * @refs as JSON when @path ends in ".json", else as CSV; the file is
 * replaced whole or left as it was.
 */
gboolean
bil_data_export_figures_to_path (const char  *path,
                                 GArray      *refs,
                                 GError     **error)
{
  g_autoptr(BilAtomicFile) file = NULL;
  GError *write_error = NULL;
  gboolean written;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (refs != NULL, FALSE);
  file = bil_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  written = write_figures (bil_data_export_format_for_path (path), bil_atomic_file_get_stream (file), refs, NULL,
                           &write_error);
  return commit (file, path, written, write_error, error);
}

gboolean
bil_data_export_partnerships_to_path (const char  *path,
                                      BilCorpus   *corpus,
                                      BilFilter   *filter,
                                      GError     **error)
{
  g_autoptr(BilAtomicFile) file = NULL;
  GError *write_error = NULL;
  gboolean written;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (BIL_IS_CORPUS (corpus), FALSE);
  file = bil_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  written = write_partnerships (bil_data_export_format_for_path (path), bil_atomic_file_get_stream (file), corpus,
                                filter, NULL, &write_error);
  return commit (file, path, written, write_error, error);
}
