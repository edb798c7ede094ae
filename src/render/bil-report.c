/* bil-report.c: the report page, drawn with the window's own functions
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One tall page: title, the date and the filter in words, a summary, the
 * figures chart, the trends and the partnership map (the very functions the
 * window draws with), the top partnerships, and numbered source notes that
 * say where each bar and each point on a trend line comes from and how it
 * was turned into US$. PNG, SVG or
 * PDF, by the file's extension, written atomically.
 */

#define G_LOG_DOMAIN "bil-report"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bil-atomic-file.h"
#include "bil-figure-chart.h"
#include "bil-map-render.h"
#include "bil-partnership.h"
#include "bil-rates.h"
#include "bil-render-text.h"
#include "bil-png.h"
#include "bil-report.h"
#include "bil-trends-chart.h"

#define PAD 40.0
#define GAP 28.0
#define MAP_HEIGHT 560.0
#define TRENDS_HEIGHT 380.0

/* Wrapped text at @y, its height returned. */
static double
paragraph (cairo_t    *cr,
           const char *text,
           const char *font,
           double      x,
           double      y,
           double      width)
{
  PangoLayout *layout = bil_render_text_layout (cr, text, font, -1);
  PangoRectangle logical;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  return logical.height;
}

static double
heading (cairo_t              *cr,
         const BilRenderStyle *style,
         const char           *text,
         double                y)
{
  g_autofree char *font = bil_render_font (style, 1.35, TRUE);

  bil_render_set_color (cr, &style->foreground);
  return paragraph (cr, text, font, PAD, y, BIL_REPORT_WIDTH - 2 * PAD) + 10;
}

static char *
date_range (BilCorpus *corpus)
{
  const char *first = NULL, *last = NULL;

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      const char *date = bil_article_get_date (bil_corpus_get_article (corpus, i));
      if (date == NULL)
        continue;
      if (first == NULL || strcmp (date, first) < 0)
        first = date;
      if (last == NULL || strcmp (date, last) > 0)
        last = date;
    }
  if (first == NULL)
    return g_strdup (_("dates unknown"));
  return strcmp (first, last) == 0 ? g_strdup (first) : g_strdup_printf ("%s – %s", first, last);
}

static double
summary (cairo_t                *cr,
         const BilReportOptions *options,
         const BilRenderStyle   *style,
         GArray                 *refs,
         double                  y)
{
  BilCorpus *corpus = options->corpus;
  g_autofree char *font = bil_render_font (style, 1.0, FALSE);
  g_autofree char *big = bil_render_font (style, 1.6, TRUE);
  g_autoptr(GHashTable) countries = g_hash_table_new (NULL, NULL);
  g_autofree char *dates = date_range (corpus);
  guint articles = 0, plotted = 0, pairs = 0;
  GPtrArray *partnerships = bil_corpus_get_partnerships (corpus);
  struct { char *value; const char *label; } boxes[5];
  double box_w = (BIL_REPORT_WIDTH - 2 * PAD - 4 * 12) / 5;

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);
      const BilFacts *facts = bil_article_get_facts (article);

      if (options->filter && !bil_filter_match_article (options->filter, article))
        continue;
      articles++;
      for (guint k = 0; facts && k < facts->countries->len; k++)
        g_hash_table_add (countries, GINT_TO_POINTER (g_array_index (facts->countries, int, k) + 1));
    }
  for (guint i = 0; i < refs->len; i++)
    plotted += bil_figure_ref_is_drawable (&g_array_index (refs, BilFigureRef, i));
  for (guint i = 0; partnerships && i < partnerships->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (partnerships, i);
      for (guint k = 0; k < p->evidence->len; k++)
        {
          const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);
          if (!options->filter || bil_filter_match_evidence (options->filter, e->article, p->a, p->b, e->sectors, e->start, e->end))
            {
              pairs++;
              break;
            }
        }
    }

  boxes[0].value = g_strdup_printf ("%u", articles);
  boxes[0].label = g_dngettext (GETTEXT_PACKAGE, "article", "articles", articles);
  boxes[1].value = g_strdup_printf ("%u", plotted);
  boxes[1].label = g_dngettext (GETTEXT_PACKAGE, "figure in US$", "figures in US$", plotted);
  boxes[2].value = g_strdup_printf ("%u", g_hash_table_size (countries));
  boxes[2].label = g_dngettext (GETTEXT_PACKAGE, "country or bloc", "countries and blocs", g_hash_table_size (countries));
  boxes[3].value = g_strdup_printf ("%u", pairs);
  boxes[3].label = g_dngettext (GETTEXT_PACKAGE, "partnership or rivalry", "partnerships and rivalries", pairs);
  boxes[4].value = g_strdup (dates);
  boxes[4].label = _("article dates");

  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      double x = PAD + i * (box_w + 12);

      bil_render_set_color_alpha (cr, &style->accent, 0.08);
      cairo_rectangle (cr, x, y, box_w, 76);
      cairo_fill (cr);
      bil_render_set_color (cr, &style->foreground);
      bil_render_text (cr, boxes[i].value, i == 4 ? font : big, x + 12, y + 10, box_w - 24, BIL_ALIGN_START, NULL, NULL);
      bil_render_set_color (cr, &style->dim);
      bil_render_text (cr, boxes[i].label, font, x + 12, y + 48, box_w - 24, BIL_ALIGN_START, NULL, NULL);
      g_free (boxes[i].value);
    }
  return 76;
}

static double
partnerships_table (cairo_t                *cr,
                    const BilReportOptions *options,
                    const BilRenderStyle   *style,
                    double                  y)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  GPtrArray *partnerships = bil_corpus_get_partnerships (options->corpus);
  guint max = options->max_pairs ? options->max_pairs : 12, shown = 0, hidden = 0;
  g_autofree char *font = bil_render_font (style, 0.95, FALSE);
  g_autofree char *bold = bil_render_font (style, 0.95, TRUE);
  const double col[] = { PAD, PAD + 300, PAD + 420, PAD + 900 };
  double y0 = y;

  bil_render_set_color (cr, &style->dim);
  bil_render_text (cr, _("Pair"), bold, col[0], y, 290, BIL_ALIGN_START, NULL, NULL);
  bil_render_text (cr, _("Stance"), bold, col[1], y, 110, BIL_ALIGN_START, NULL, NULL);
  bil_render_text (cr, _("Sectors"), bold, col[2], y, 470, BIL_ALIGN_START, NULL, NULL);
  bil_render_text (cr, _("Articles"), bold, col[3], y, 120, BIL_ALIGN_START, NULL, NULL);
  y += 24;

  for (guint i = 0; partnerships && i < partnerships->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (partnerships, i);
      guint articles = 0;
      BilArticle *last = NULL;
      guint64 sectors = 0;
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *pair = NULL;
      g_autofree char *count = NULL;

      for (guint k = 0; k < p->evidence->len; k++)
        {
          const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);
          if (options->filter && !bil_filter_match_evidence (options->filter, e->article, p->a, p->b, e->sectors, e->start, e->end))
            continue;
          if (e->article != last)
            articles++;
          last = e->article;
          sectors |= e->sectors;
        }
      if (articles == 0)
        continue;
      if (shown >= max)
        {
          hidden++;
          continue;
        }
      shown++;
      for (guint s = 0, n = 0; s < bil_lexicon_n_sectors (lex) && s < 64 && n < 4; s++)
        if (sectors & (G_GUINT64_CONSTANT (1) << s))
          {
            g_string_append_printf (names, "%s%s", n ? ", " : "", bil_lexicon_sector_label (lex, (int) s));
            n++;
          }
      pair = g_strdup_printf ("%s – %s", bil_entity_display_name (p->a), bil_entity_display_name (p->b));
      count = g_strdup_printf ("%u", articles);
      bil_render_set_color (cr, &style->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, PAD, round (y) - 0.5);
      cairo_line_to (cr, BIL_REPORT_WIDTH - PAD, round (y) - 0.5);
      cairo_stroke (cr);
      bil_render_set_color (cr, &style->foreground);
      bil_render_text (cr, pair, font, col[0], y + 4, 290, BIL_ALIGN_START, NULL, NULL);
      /* Stance in words as well as colour. */
      bil_render_set_color (cr, p->stance == BIL_STANCE_RIVALRY ? &style->rivalry : &style->cooperation);
      bil_render_text (cr, p->stance == BIL_STANCE_RIVALRY ? _("rivalry") : _("cooperation"), font,
                       col[1], y + 4, 110, BIL_ALIGN_START, NULL, NULL);
      bil_render_set_color (cr, &style->foreground);
      bil_render_text (cr, names->len ? names->str : "—", font, col[2], y + 4, 470, BIL_ALIGN_START, NULL, NULL);
      bil_render_text (cr, count, font, col[3], y + 4, 120, BIL_ALIGN_START, NULL, NULL);
      y += 26;
    }
  if (hidden)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more pair", "and %u more pairs", hidden), hidden);
      bil_render_set_color (cr, &style->dim);
      bil_render_text (cr, more, font, col[0], y + 4, -1, BIL_ALIGN_START, NULL, NULL);
      y += 26;
    }
  if (shown == 0)
    {
      bil_render_set_color (cr, &style->dim);
      bil_render_text (cr, _("No partnership passes the filter."), font, col[0], y + 4, -1, BIL_ALIGN_START, NULL, NULL);
      y += 26;
    }
  return y - y0;
}

/* "[3] Japan → ASEAN · FDI · 2024 — nearly US$18 bn. “…sentence…” Title,
 * Bernama, 2025-10-25, file. Already in US$." */
static double
notes (cairo_t                *cr,
       const BilReportOptions *options,
       const BilRenderStyle   *style,
       GArray                 *refs,
       const guint            *numbers,
       guint                   n_notes,
       double                  y)
{
  g_autofree char *font = bil_render_font (style, 0.85, FALSE);
  g_autofree guint *order = g_new0 (guint, n_notes + 1);
  double y0 = y;

  /* The figures by their note's number. */
  for (guint i = 0; i < refs->len; i++)
    if (numbers[i] > 0)
      order[numbers[i]] = i;
  for (guint n = 1; n <= n_notes; n++)
    {
      const BilFigureRef *ref = &g_array_index (refs, BilFigureRef, order[n]);
      const BilFigure *f = ref->figure;
      BilArticle *a = ref->article;
      const char *text = bil_article_get_text (a, NULL);
      g_autofree char *label = NULL, *value = NULL, *rate = NULL, *sentence = NULL, *note = NULL, *original = NULL;
      g_autoptr(GString) where = g_string_new (bil_article_get_title (a));

      label = bil_figure_label (f);
      value = bil_figure_value_label (f);
      original = g_strndup (text + f->money.start, f->money.end - f->money.start);
      rate = bil_figure_describe_rate (f);
      sentence = g_strndup (text + f->sentence_start, MIN (f->sentence_end - f->sentence_start, 400));
      if (bil_article_get_source (a))
        g_string_append_printf (where, ", %s", bil_article_get_source (a));
      if (bil_article_get_date (a))
        g_string_append_printf (where, ", %s", bil_article_get_date (a));
      g_string_append_printf (where, ", %s", bil_article_get_url (a) ? bil_article_get_url (a) : bil_article_get_file (a));
      note = g_strdup_printf (_("[%u] %s — %s%s. “%s” %s. Read as %s; %s."), n, label, value,
                              ref->conflict && f->preferred ? _(" (chosen where other sources disagree)")
                              : ref->conflict ? _(" (other sources disagree)") : "",
                              sentence, where->str, original, rate);
      bil_render_set_color (cr, &style->foreground);
      y += paragraph (cr, note, font, PAD, y, BIL_REPORT_WIDTH - 2 * PAD) + 8;
    }
  if (n_notes == 0)
    {
      bil_render_set_color (cr, &style->dim);
      y += paragraph (cr, _("No figure passes the filter."), font, PAD, y, BIL_REPORT_WIDTH - 2 * PAD);
    }
  return y - y0;
}

/**
 * bil_report_note_numbers:
 * @refs: the report's figures, in bil_figure_refs_sort (BIL_GROUP_NONE) order
 * @trends: (nullable): the trends of @refs, when the report draws them
 * @n_notes: (out): how many notes there are
 *
 * The number of each figure's source note, 0 for none: the bars of the
 * figures chart first, in their order, then the points on the trends
 * chart's lines that have none yet.
 *
 * Returns: (transfer full): a number per figure of @refs
 */
guint *
bil_report_note_numbers (GArray               *refs,
                         BilReportSections     sections,
                         guint                 max_figures,
                         const BilTrendsModel *trends,
                         guint                *n_notes)
{
  guint *numbers = g_new0 (guint, refs->len + 1);
  guint n = 0;

  for (guint i = 0; i < refs->len && n < max_figures; i++)
    if (bil_figure_ref_is_drawable (&g_array_index (refs, BilFigureRef, i)))
      numbers[i] = ++n;
  for (guint s = 0; trends && (sections & BIL_REPORT_TRENDS) && s < MIN (trends->series->len, BIL_TRENDS_DEFAULT_SERIES); s++)
    {
      const BilTrendSeries *series = &g_array_index (trends->series, BilTrendSeries, s);

      for (guint k = 0; k < series->points->len; k++)
        {
          const BilTrendPoint *pt = &g_array_index (series->points, BilTrendPoint, k);

          if (pt->on_line && numbers[pt->ref] == 0)
            numbers[pt->ref] = ++n;
        }
    }
  *n_notes = n;
  return numbers;
}

/* "summary,figures,trends": the sections a list names, into @sections. */
gboolean
bil_report_sections_from_string (const char        *list,
                                 BilReportSections *sections)
{
  static const struct { const char *name; BilReportSections section; } names[] = {
    { "summary", BIL_REPORT_SUMMARY }, { "figures", BIL_REPORT_FIGURES }, { "trends", BIL_REPORT_TRENDS },
    { "map", BIL_REPORT_MAP }, { "partnerships", BIL_REPORT_PARTNERSHIPS }, { "notes", BIL_REPORT_NOTES },
    { "all", BIL_REPORT_ALL },
  };
  g_auto(GStrv) parts = g_strsplit (list ? list : "", ",", -1);
  BilReportSections result = 0;

  for (guint i = 0; parts[i]; i++)
    {
      const char *part = g_strstrip (parts[i]);
      gboolean found = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (names) && !found; k++)
        if (g_ascii_strcasecmp (part, names[k].name) == 0)
          {
            result |= names[k].section;
            found = TRUE;
          }
      if (!found)
        return FALSE;
    }
  if (result == 0)
    return FALSE;
  *sections = result;
  return TRUE;
}

/* Draws the report from y = 0 at a width of BIL_REPORT_WIDTH and returns
 * its height; a cairo_t on a recording surface measures it. */
double
bil_report_render (cairo_t                *cr,
                   const BilReportOptions *options,
                   const BilRenderStyle   *style)
{
  BilReportSections sections = options->sections ? options->sections : BIL_REPORT_ALL;
  guint max_figures = options->max_figures ? options->max_figures : 25;
  g_autoptr(GArray) refs = bil_figure_refs_collect (options->corpus, options->filter);
  g_autofree char *title_font = bil_render_font (style, 2.1, TRUE);
  g_autofree char *font = bil_render_font (style, 1.0, FALSE);
  g_autofree char *filter = options->filter ? bil_filter_describe (options->filter) : g_strdup (_("No filter"));
  g_autofree char *today = NULL;
  g_autofree char *subtitle = NULL;
  const char *title = options->title && *options->title ? options->title : bil_corpus_get_name (options->corpus);
  g_autoptr(BilTrendsModel) trends = NULL;
  g_autofree guint *numbers = NULL;
  guint n_notes;
  double y = PAD;

  if (options->date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      today = g_date_time_format (now, "%Y-%m-%d");
    }
  bil_figure_refs_sort (refs, BIL_GROUP_NONE);
  if (sections & BIL_REPORT_TRENDS)
    trends = bil_trends_model_build (refs);
  numbers = bil_report_note_numbers (refs, sections, max_figures, trends, &n_notes);

  bil_render_set_color (cr, &style->background);
  cairo_paint (cr);

  bil_render_set_color (cr, &style->foreground);
  y += paragraph (cr, title, title_font, PAD, y, BIL_REPORT_WIDTH - 2 * PAD) + 6;
  subtitle = g_strdup_printf (_("Bilateral report · exported %s · filter: %s"), options->date ? options->date : today, filter);
  bil_render_set_color (cr, &style->dim);
  y += paragraph (cr, subtitle, font, PAD, y, BIL_REPORT_WIDTH - 2 * PAD) + GAP;

  if (sections & BIL_REPORT_SUMMARY)
    y += summary (cr, options, style, refs, y) + GAP;

  if (sections & BIL_REPORT_FIGURES)
    {
      BilFigureChartModel model = { refs, BIL_GROUP_NONE, FALSE, -1, -1, max_figures, TRUE };
      double height;

      y += heading (cr, style, _("Trade and investment figures, in US$"), y);
      height = bil_figure_chart_header_height (style) + bil_figure_chart_content_height (&model);
      cairo_save (cr);
      cairo_translate (cr, PAD - 12, y);
      bil_figure_chart_render (cr, BIL_REPORT_WIDTH - 2 * PAD + 24, height, 0, &model, style, NULL);
      cairo_restore (cr);
      y += height + GAP;
    }

  if (sections & BIL_REPORT_TRENDS)
    {
      BilTrendsChartModel model = { trends, NULL, FALSE, BIL_TRENDS_ITEM_NONE, BIL_TRENDS_ITEM_NONE,
                                    (sections & BIL_REPORT_NOTES) ? numbers : NULL };
      double w = BIL_REPORT_WIDTH - 2 * PAD + 24;
      double height = bil_trends_chart_legend_height (&model, style, w) + TRENDS_HEIGHT;

      y += heading (cr, style, _("Trends, in US$ a year"), y);
      cairo_save (cr);
      cairo_translate (cr, PAD - 12, y);
      bil_trends_chart_render (cr, w, height, &model, style, NULL);
      cairo_restore (cr);
      y += height + GAP;
    }

  if (sections & BIL_REPORT_MAP)
    {
      BilMapModel *map = bil_map_model_build (options->corpus, options->filter);
      BilMapView view;
      double w = BIL_REPORT_WIDTH - 2 * PAD;
      BilMapHit none = { BIL_MAP_HIT_NONE, -1 };

      y += heading (cr, style, _("Partnership map"), y);
      bil_map_view_fit_data (&view, map, w, MAP_HEIGHT);
      cairo_save (cr);
      cairo_translate (cr, PAD, y);
      cairo_rectangle (cr, 0, 0, w, MAP_HEIGHT);
      cairo_clip (cr);
      bil_map_render (cr, w, MAP_HEIGHT, map, &view, style, &none, &none);
      cairo_restore (cr);
      bil_map_model_free (map);
      y += MAP_HEIGHT + GAP;
    }

  if (sections & BIL_REPORT_PARTNERSHIPS)
    {
      y += heading (cr, style, _("Top partnerships"), y);
      y += partnerships_table (cr, options, style, y) + GAP;
    }

  if (sections & BIL_REPORT_NOTES)
    {
      y += heading (cr, style, _("Sources"), y);
      y += notes (cr, options, style, refs, numbers, n_notes, y) + GAP;
    }

  return ceil (y + PAD - GAP);
}

double
bil_report_height (const BilReportOptions *options,
                   const BilRenderStyle   *style)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double height = bil_report_render (cr, options, style);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height;
}

typedef struct
{
  GOutputStream *stream;
  GError        *error;   /* the first write failure: "No space left on device"… */
} Sink;

static cairo_status_t
write_stream (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error)
    return CAIRO_STATUS_WRITE_ERROR;
  return g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error)
    ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * bil_report_write:
 * @scale: 1–4: pixels per point for PNG (vector formats ignore it)
 *
 * Writes a PNG, SVG or PDF, by the extension of @path, atomically: on any
 * failure the old file, if any, is left as it was and no partial file stays.
 */
gboolean
bil_report_write (const char              *path,
                  const BilReportOptions  *options,
                  double                   scale,
                  GError                 **error)
{
  g_autoptr(BilAtomicFile) file = NULL;
  g_autofree char *lower = g_ascii_strdown (path, -1);
  BilRenderStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double height;
  Sink sink = { NULL, NULL };
  enum { PNG, SVG, PDF } format;

  if (g_str_has_suffix (lower, ".png"))
    format = PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    format = SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = PDF;
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the report's name must end in .png, .svg or .pdf"), path);
      return FALSE;
    }
  if (!(scale >= 1 && scale <= 4))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("the scale must be between 1 and 4"));
      return FALSE;
    }

  bil_render_style_init_light (&style);
  height = bil_report_height (options, &style);

  if (!(file = bil_atomic_file_new (path, error)))
    return FALSE;
  sink.stream = bil_atomic_file_get_stream (file);

  switch (format)
    {
    case SVG:
      surface = cairo_svg_surface_create_for_stream (write_stream, &sink, BIL_REPORT_WIDTH, height);
      break;
    case PDF:
      surface = cairo_pdf_surface_create_for_stream (write_stream, &sink, BIL_REPORT_WIDTH, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Bilateral " PACKAGE_VERSION);
      break;
    case PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (BIL_REPORT_WIDTH * scale), (int) ceil (height * scale));
      break;
    }
  cr = cairo_create (surface);
  if (format == PNG)
    cairo_scale (cr, scale, scale);
  bil_report_render (cr, options, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (format == PNG)
    status = bil_png_write (surface, write_stream, &sink);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || sink.error)
    {
      if (sink.error)
        g_set_error (error, sink.error->domain, sink.error->code, "%s: %s", path, sink.error->message);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, cairo_status_to_string (status));
      g_clear_error (&sink.error);
      return FALSE;
    }
  return bil_atomic_file_commit (file, error);
}
