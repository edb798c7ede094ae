/* bench-views.c: what a user waits for once a large corpus is loaded:
 * applying a filter, and drawing a frame of the figures chart and the map
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A filter change rebuilds what the window shows: the figures (collected and
 * sorted), the map model, the sectors grid and the article list's matches.
 * A frame is drawn by the same render calls as the widgets, at 1440×900 into
 * an image surface; the map's outline is painted from a cached surface, as
 * the arcs, as the widget replays its cached render nodes. Medians; never fails on a time.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bil-corpus-generator.h"
#include "bil-corpus-loader.h"
#include "bil-figure-chart.h"
#include "bil-trends-chart.h"
#include "bil-figure-ref.h"
#include "bil-map-render.h"
#include "bil-partnership.h"
#include "bil-sector-grid.h"
#include "bil-test-files.h"

#define WIDTH 1440
#define HEIGHT 900
#define FRAMES 21

static int n_articles = 100000;
static char *corpus_dir;

static const GOptionEntry entries[] = {
  { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Articles to generate (default 100,000)", "N" },
  { "dir", 0, 0, G_OPTION_ARG_FILENAME, &corpus_dir, "Generate into DIR once, reuse it after", "DIR" },
  { NULL }
};

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return values[n / 2];
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* ---- filtering --------------------------------------------------------- */

static void
time_filter (BilCorpus  *corpus,
             GArray     *sorted,
             GHashTable *index,
             BilFilter  *filter,
             const char *label)
{
  double refs_ms[5], map_ms[5], grid_ms[5], list_ms[5], total_ms[5];
  guint n_refs = 0, n_matching = 0;

  for (guint run = 0; run < 5; run++)
    {
      gint64 start, t;
      g_autoptr(GArray) refs = NULL;
      g_autofree guint8 *bits = NULL;
      BilMapModel *map;
      BilGridModel *grid;

      /* As a user typing it: the text set anew, nothing of the last run's
       * reading remembered. */
      if (bil_filter_get_text (filter))
        {
          g_autofree char *text = g_strdup (bil_filter_get_text (filter));

          bil_filter_set_text (filter, NULL);
          bil_filter_set_text (filter, text);
        }
      start = g_get_monotonic_time ();

      /* As the window's session: the corpus's figures sorted once, then
       * only filtered. */
      t = g_get_monotonic_time ();
      refs = bil_figure_refs_filter (sorted, index, corpus, filter);
      refs_ms[run] = ms_since (t);

      /* The sidebar's filter: one bit per article, as the session computes
       * it (from the corpus's country index when the filter has a country). */
      t = g_get_monotonic_time ();
      bits = bil_corpus_match_articles (corpus, filter);
      n_matching = 0;
      for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
        n_matching += (bits[i / 8] >> (i % 8)) & 1;
      list_ms[run] = ms_since (t);

      /* The map from those figures and articles, as the session builds it. */
      t = g_get_monotonic_time ();
      map = bil_map_model_build_from (corpus, filter, refs, bits);
      map_ms[run] = ms_since (t);

      t = g_get_monotonic_time ();
      grid = bil_grid_model_build (corpus, filter);
      grid_ms[run] = ms_since (t);

      total_ms[run] = ms_since (start);
      n_refs = refs->len;
      bil_map_model_free (map);
      bil_grid_model_free (grid);
    }
  printf ("filter %-22s %7u figures %7u articles: figures %6.1f ms, map %6.1f ms, grid %6.1f ms, "
          "article list %6.1f ms; all %6.1f ms (target < 50 ms)\n",
          label, n_refs, n_matching, median (refs_ms, 5), median (map_ms, 5), median (grid_ms, 5),
          median (list_ms, 5), median (total_ms, 5));
  /* The window builds the map's and the grid's models only for the page
   * that shows: what a filter costs there, page by page. */
  printf ("       %-22s in the window: on Figures %6.1f ms, on Map %6.1f ms, on Sectors %6.1f ms\n", "",
          median (refs_ms, 5) + median (list_ms, 5), median (refs_ms, 5) + median (map_ms, 5) + median (list_ms, 5),
          median (refs_ms, 5) + median (grid_ms, 5) + median (list_ms, 5));
}

/* ---- drawing ----------------------------------------------------------- */

static void
time_chart (GArray               *all_refs,
            guint                 n,
            const BilRenderStyle *style)
{
  g_autoptr(GArray) refs = g_array_sized_new (FALSE, FALSE, sizeof (BilFigureRef), MIN (n, all_refs->len));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  BilFigureChartModel model = { 0 };
  g_autoptr(BilFigureChartPlan) plan = NULL;
  double top[FRAMES], middle[FRAMES];

  g_array_append_vals (refs, all_refs->data, MIN (n, all_refs->len));
  model.refs = refs;
  model.grouping = BIL_GROUP_NONE;
  model.hover = model.selected = -1;
  /* As the widget does: rows and axis once per data, not per frame. */
  model.plan = plan = bil_figure_chart_plan_new (&model);

  for (guint f = 0; f < FRAMES; f++)
    {
      BilFigureChartLayout layout;
      double content = bil_figure_chart_content_height (&model);
      gint64 start;

      bil_figure_chart_layout_init (&layout);
      start = g_get_monotonic_time ();
      bil_figure_chart_render (cr, WIDTH, HEIGHT, 0, &model, style, &layout);
      cairo_surface_flush (surface);
      top[f] = ms_since (start);
      bil_figure_chart_layout_clear (&layout);

      bil_figure_chart_layout_init (&layout);
      start = g_get_monotonic_time ();
      bil_figure_chart_render (cr, WIDTH, HEIGHT, MAX (0, content / 2 - HEIGHT / 2), &model, style, &layout);
      cairo_surface_flush (surface);
      middle[f] = ms_since (start);
      bil_figure_chart_layout_clear (&layout);
    }
  printf ("figures chart, %6u figures: %5.2f ms a frame at the top, %5.2f ms scrolled halfway (target < 8 ms)\n",
          refs->len, median (top, FRAMES), median (middle, FRAMES));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The trends: the model once per data (as the widget builds it when the
 * figures change), then frames of the default series. */
static void
time_trends (GArray               *all_refs,
             guint                 n,
             const BilRenderStyle *style)
{
  g_autoptr(GArray) refs = g_array_sized_new (FALSE, FALSE, sizeof (BilFigureRef), MIN (n, all_refs->len));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(BilTrendsModel) model = NULL;
  BilTrendsChartModel chart = { NULL, NULL, FALSE, BIL_TRENDS_ITEM_NONE, BIL_TRENDS_ITEM_NONE, NULL };
  double build[3], frame[FRAMES];
  BilTrendsLayout layout;

  g_array_append_vals (refs, all_refs->data, MIN (n, all_refs->len));
  for (guint k = 0; k < 3; k++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_pointer (&model, bil_trends_model_free);
      model = bil_trends_model_build (refs);
      build[k] = ms_since (start);
    }
  chart.model = model;
  bil_trends_layout_init (&layout);
  for (guint f = 0; f < FRAMES; f++)
    {
      gint64 start = g_get_monotonic_time ();

      bil_trends_chart_render (cr, WIDTH, HEIGHT, &chart, style, &layout);
      cairo_surface_flush (surface);
      frame[f] = ms_since (start);
    }
  printf ("trends, %6u figures (%u points in %u series, %u drawn): model %.1f ms once per data, "
          "%5.2f ms a frame (target < 8 ms)\n",
          refs->len, model->n_points, model->series->len, layout.marks->len, median (build, 3), median (frame, FRAMES));
  bil_trends_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The first articles of @corpus, in a corpus of their own with its pairs. */
static BilCorpus *
first_articles (BilCorpus *corpus,
                guint      n_edges,
                guint     *n_edges_out)
{
  BilCorpus *sub = bil_corpus_new ("subset");
  guint edges = 0;

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus) && edges < n_edges; i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);

      bil_corpus_add_article (sub, article);
      edges += bil_article_get_facts (article)->pairs->len;
    }
  bil_corpus_set_partnerships (sub, bil_partnerships_compute (sub, bil_lexicon_get_default ()));
  *n_edges_out = edges;
  return sub;
}

static void
time_map (BilCorpus            *corpus,
          guint                 n_edges,
          const BilRenderStyle *style)
{
  guint edges;
  g_autoptr(BilCorpus) sub = first_articles (corpus, n_edges, &edges);
  BilMapModel *model = bil_map_model_build (sub, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_surface_t *base = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_surface_t *arcs = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  BilMapView view;
  BilMapHit none = { BIL_MAP_HIT_NONE, -1 };
  double frame[FRAMES], uncached[5];

  bil_map_view_fit_world (&view, WIDTH, HEIGHT);
  {
    cairo_t *base_cr = cairo_create (base);
    cairo_t *arcs_cr = cairo_create (arcs);

    bil_map_render_base (base_cr, WIDTH, HEIGHT, model, &view, style);
    bil_map_render_arcs (arcs_cr, WIDTH, HEIGHT, model, &view, style);
    cairo_destroy (base_cr);
    cairo_destroy (arcs_cr);
  }
  for (guint f = 0; f < FRAMES; f++)
    {
      gint64 start = g_get_monotonic_time ();

      cairo_set_source_surface (cr, base, 0, 0);
      cairo_paint (cr);
      cairo_set_source_surface (cr, arcs, 0, 0);
      cairo_paint (cr);
      bil_map_render_overlay (cr, WIDTH, HEIGHT, model, &view, style, &none, &none);
      cairo_surface_flush (surface);
      frame[f] = ms_since (start);
    }
  for (guint f = 0; f < 5; f++)
    {
      gint64 start = g_get_monotonic_time ();

      bil_map_render (cr, WIDTH, HEIGHT, model, &view, style, &none, &none);
      cairo_surface_flush (surface);
      uncached[f] = ms_since (start);
    }
  printf ("map, %6u pair mentions (%3u arcs drawn, %4u hidden): %5.2f ms a frame with outline, arcs and nodes cached "
          "(target < 8 ms); %.1f ms drawing them too\n",
          edges, model->arcs->len, model->hidden_arcs, median (frame, FRAMES), median (uncached, 5));
  cairo_destroy (cr);
  cairo_surface_destroy (base);
  cairo_surface_destroy (arcs);
  cairo_surface_destroy (surface);
  bil_map_model_free (model);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(BilCorpusLoader) loader = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  g_autoptr(GArray) refs = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(BilFilter) filter = bil_filter_new ();
  BilLexicon *lex = bil_lexicon_get_default ();
  BilRenderStyle style;
  const char *env = g_getenv ("BILATERAL_BENCH_ARTICLES");
  gboolean generated = FALSE;
  guint64 bytes = 0, figures = 0, pairs = 0;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (env)
    n_articles = atoi (env);

  dir = corpus_dir ? g_strdup (corpus_dir) : g_dir_make_tmp ("bilateral-bench-views-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (corpus_dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      if (!bil_generate_corpus (dir, (guint) n_articles, 5000, 20261122, &bytes, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      generated = corpus_dir == NULL;
    }

  {
    const char *paths[] = { dir, NULL };

    loader = bil_corpus_loader_new (paths);
    start = g_get_monotonic_time ();
    corpus = bil_corpus_loader_load (loader, NULL, &error);
    if (corpus == NULL)
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
  }
  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      const BilFacts *facts = bil_article_get_facts (bil_corpus_get_article (corpus, i));

      figures += facts->figures->len;
      pairs += facts->pairs->len;
    }
  printf ("corpus: %u articles, %" G_GUINT64_FORMAT " figures, %" G_GUINT64_FORMAT " pair mentions, "
          "%u partnerships; loaded in %.1f s on %u cores\n",
          bil_corpus_get_n_articles (corpus), figures, pairs, bil_corpus_get_partnerships (corpus)->len,
          ms_since (start) / 1000.0, g_get_num_processors ());

  /* On load, on each correction and when the grouping changes: medians of
   * three, by each grouping; the window's default last. */
  {
    const BilGrouping groupings[] = { BIL_GROUP_PAIR, BIL_GROUP_METRIC, BIL_GROUP_YEAR, BIL_GROUP_NONE };
    const char *names[] = { "pair", "metric", "year", "none" };

    printf ("all figures collected and sorted (on load, each correction, a new grouping), medians of 3:");
    for (guint g = 0; g < G_N_ELEMENTS (groupings); g++)
      {
        double times[3];

        for (guint k = 0; k < 3; k++)
          {
            g_clear_pointer (&refs, g_array_unref);
            start = g_get_monotonic_time ();
            refs = bil_figure_refs_collect (corpus, NULL);
            bil_figure_refs_sort (refs, groupings[g]);
            times[k] = ms_since (start);
          }
        printf (" %s %.1f ms%s", names[g], median (times, 3), g + 1 < G_N_ELEMENTS (groupings) ? "," : "\n");
      }
  }
  start = g_get_monotonic_time ();
  index = bil_figure_refs_index (refs);
  printf ("their index by country (the first time a country is asked): %.1f ms\n", ms_since (start));

  time_filter (corpus, refs, index, filter, "(none)");
  bil_filter_set_country (filter, "MY");
  time_filter (corpus, refs, index, filter, "country MY");
  bil_filter_clear (filter);
  bil_filter_set_sector (filter, bil_lexicon_sector_id (lex, 0));
  {
    g_autofree char *label = g_strdup_printf ("sector %s", bil_lexicon_sector_id (lex, 0));
    time_filter (corpus, refs, index, filter, label);
  }
  bil_filter_clear (filter);
  bil_filter_set_text (filter, "Toyota");
  time_filter (corpus, refs, index, filter, "text Toyota");
  bil_filter_clear (filter);

  bil_render_style_init_light (&style);
  time_chart (refs, 10, &style);
  time_chart (refs, 1000, &style);
  time_chart (refs, 100000, &style);
  time_trends (refs, 1000, &style);
  time_trends (refs, 100000, &style);
  time_map (corpus, 10, &style);
  time_map (corpus, 1000, &style);
  time_map (corpus, 100000, &style);

  if (generated)
    bil_test_remove_tree (dir);
  return 0;
}
