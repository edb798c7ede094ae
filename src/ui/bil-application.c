/* bil-application.c
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line is handled in handle-local-options, before GTK starts,
 * so that --extract works with no display at all.
 */

#define G_LOG_DOMAIN "bil-application"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <gio/gunixoutputstream.h>

#include "bil-application.h"
#include "bil-cli.h"
#include "bil-corpus-loader.h"
#include "bil-data-export.h"
#include "bil-review.h"
#include "bil-country-names.h"
#include "bil-lexicon.h"
#include "bil-rates.h"
#include "bil-report.h"
#include "bil-world.h"
#include "bil-window.h"

struct _BilApplication
{
  AdwApplication parent_instance;
  GSettings     *settings;   /* NULL when the schema is not installed */
  gboolean       no_review;  /* --no-review: corrections neither applied nor made */
};

G_DEFINE_FINAL_TYPE (BilApplication, bil_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "extract", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the corpus as JSON on standard output and exit"), NULL },
  { "strict", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --extract: fail on any warning"), NULL },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --extract: json (one document, default), jsonl (one article per line, in constant memory) or entries (the articles the corpus would read, one per line, unread)"), N_("FORMAT") },
  { "entries", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --extract --format=jsonl: only the articles FIRST to LIMIT−1 that --format=entries lists, and only their warnings"), N_("FIRST:LIMIT") },
  { "export-report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a report (.png, .svg or .pdf) and exit; needs no display"), N_("FILE") },
  /* A string: GApplication drops an integer option that is 0. */
  { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report: pixels per point of a PNG, 1–4 (default 2)"), N_("N") },
  { "title", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report: the report's title (default: the corpus's name)"), N_("TEXT") },
  { "sections", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report: the sections, a comma-separated list of summary, figures, trends, map, partnerships and notes (default: all)"), N_("LIST") },
  { "export-data", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the figures as CSV, or as JSON when FILE ends in .json, and exit; needs no display"), N_("FILE") },
  { "table", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-data: figures (default) or partnerships"), N_("TABLE") },
  { "country", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report or --export-data: only figures and partnerships of this country (ISO code, ASEAN, EU…)"), N_("CODE") },
  { "metric", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report or --export-data: only this metric (trade, fdi, investment, aid, loan, subsidy, deal, market, other)"), N_("NAME") },
  { "year", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report or --export-data: only these years, FROM:TO, FROM: or :TO, or one year"), N_("FROM:TO") },
  { "no-review", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Ignore the corpus's corrections (its .bilateral-review.json): show what was extracted"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[PATH…]") },
  { NULL }
};

/* BILATERAL_EXIT_AFTER_FIRST_FRAME=1 (the start-up benchmark): the first
 * frame painted after the corpus reached the views is the one the user
 * waits for; print when it ended, on the monotonic clock, and quit. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        BilWindow     *window)
{
  bil_application_mark_phase ("first-frame");
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
exit_after_first_frame (BilWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (gtk_window_get_application (GTK_WINDOW (window)) == NULL)
    return;
  /* The corpus can be ready before the window is shown. */
  if (clock == NULL)
    {
      g_signal_connect (window, "realize", G_CALLBACK (exit_after_first_frame), NULL);
      return;
    }
  g_signal_handlers_disconnect_by_func (window, exit_after_first_frame, NULL);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_painted_cb), window, 0);
  gtk_widget_queue_draw (GTK_WIDGET (window));
}

static void
corpus_shown_cb (BilWindow *window,
                 BilCorpus *corpus)
{
  exit_after_first_frame (window);
}

static BilWindow *
get_window (BilApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (bil_window_new (self));
      if (g_strcmp0 (g_getenv ("BILATERAL_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
        g_signal_connect (window, "corpus-shown", G_CALLBACK (corpus_shown_cb), NULL);
    }
  return BIL_WINDOW (window);
}

static void
usage_error (const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
  g_printerr (_("Run “%s --help” to see the options.\n"), PACKAGE_NAME);
}

/* GApplication exits with 1 on an unknown option; a usage error is 2. So
 * the options are checked once here, with the same entries, before it
 * parses them. */
static gboolean
bil_application_local_command_line (GApplication   *app,
                                    char         ***arguments,
                                    int            *exit_status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) copy = g_strdupv (*arguments);
  GOptionEntry entries[G_N_ELEMENTS (option_entries)];
  gpointer storage[G_N_ELEMENTS (option_entries)] = { NULL };
  int argc = (int) g_strv_length (copy);
  /* Parsing drops entries from the array it is given without freeing
   * them: hand it a shallow copy, free the strings from @copy. */
  g_autofree char **argv = g_memdup2 (copy, sizeof (char *) * (argc + 1));
  gboolean parsed;

  /* One pointer-sized slot per option: flags and integers fit in one. */
  memcpy (entries, option_entries, sizeof entries);
  for (guint i = 0; entries[i].long_name != NULL; i++)
    entries[i].arg_data = &storage[i];
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_ignore_unknown_options (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);

  /* --help and GApplication's own options are its to answer. */
  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--help") || g_str_has_prefix (argv[i], "--gapplication-") || g_strcmp0 (argv[i], "-h") == 0 || g_strcmp0 (argv[i], "-?") == 0)
      return G_APPLICATION_CLASS (bil_application_parent_class)->local_command_line (app, arguments, exit_status);

  {
    char **shallow = argv;
    parsed = g_option_context_parse (context, &argc, &shallow, &error);
  }
  for (guint i = 0; entries[i].long_name != NULL; i++)
    if (entries[i].arg == G_OPTION_ARG_STRING || entries[i].arg == G_OPTION_ARG_FILENAME)
      g_free (storage[i]);
    else if (entries[i].arg == G_OPTION_ARG_FILENAME_ARRAY)
      g_strfreev (storage[i]);
  if (!parsed)
    {
      usage_error (error->message);
      *exit_status = BIL_EXIT_USAGE;
      return TRUE;
    }
  return G_APPLICATION_CLASS (bil_application_parent_class)->local_command_line (app, arguments, exit_status);
}

/* "2020:2024", "2020:", ":2024" or "2024". */
static gboolean
parse_years (const char *text,
             int        *from,
             int        *to)
{
  const char *colon = strchr (text, ':');
  char *end;
  gint64 a = 0, b = 0;

  if (colon == NULL)
    {
      a = g_ascii_strtoll (text, &end, 10);
      if (*text == '\0' || *end != '\0' || a < 1 || a > 9999)
        return FALSE;
      *from = *to = (int) a;
      return TRUE;
    }
  if (colon != text)
    {
      a = g_ascii_strtoll (text, &end, 10);
      if (end != colon || a < 1 || a > 9999)
        return FALSE;
    }
  if (colon[1] != '\0')
    {
      b = g_ascii_strtoll (colon + 1, &end, 10);
      if (*end != '\0' || b < 1 || b > 9999)
        return FALSE;
    }
  if (a == 0 && b == 0)
    return FALSE;
  if (a && b && a > b)
    return FALSE;
  *from = (int) a;
  *to = (int) b;
  return TRUE;
}

/* --country, --metric and --year, the window's filter on the command line:
 * FALSE, with the usage error printed, when one of them is wrong. */
static gboolean
filter_from_options (GVariantDict *options,
                     BilFilter    *filter)
{
  const char *country = NULL, *metric = NULL, *years = NULL;
  int from = 0, to = 0;
  BilMetric known_metric;

  g_variant_dict_lookup (options, "country", "&s", &country);
  g_variant_dict_lookup (options, "metric", "&s", &metric);
  g_variant_dict_lookup (options, "year", "&s", &years);
  if (years && !parse_years (years, &from, &to))
    {
      usage_error (_("--year must be FROM:TO, FROM:, :TO or a year, such as 2020:2024"));
      return FALSE;
    }
  if (metric && !bil_metric_lookup (metric, &known_metric))
    {
      usage_error (_("--metric must be one of trade, fdi, investment, aid, loan, subsidy, deal, market, other"));
      return FALSE;
    }
  if (country && bil_lexicon_lookup_entity (bil_lexicon_get_default (), country) < 0)
    {
      usage_error (_("--country must be an ISO 3166 code such as JP, or a bloc such as ASEAN"));
      return FALSE;
    }
  bil_filter_set_country (filter, country);
  bil_filter_set_metric (filter, metric);
  bil_filter_set_years (filter, from, to);
  return TRUE;
}

/* The report (--export-report) and the data (--export-data), from one
 * load of the corpus, with no display at all. */
static int
export_files (GVariantDict       *options,
              const char * const *paths)
{
  g_autofree char *report_file = NULL;
  g_autofree char *data_file = NULL;
  const char *title = NULL, *scale_text = NULL, *table_name = NULL, *sections_list = NULL;
  int scale = 2;
  BilDataExportTable table = BIL_DATA_EXPORT_FIGURES;
  BilReportSections sections = BIL_REPORT_ALL;
  g_autoptr(BilCorpusLoader) loader = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  g_autoptr(BilReview) review = NULL;
  g_autoptr(BilFilter) filter = bil_filter_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *warnings;

  g_variant_dict_lookup (options, "export-report", "^ay", &report_file);
  g_variant_dict_lookup (options, "export-data", "^ay", &data_file);
  if (g_variant_dict_lookup (options, "scale", "&s", &scale_text))
    {
      char *end;
      gint64 value = g_ascii_strtoll (scale_text, &end, 10);

      scale = *scale_text && *end == '\0' ? (int) CLAMP (value, -1, 99) : -1;
    }
  g_variant_dict_lookup (options, "title", "&s", &title);
  g_variant_dict_lookup (options, "table", "&s", &table_name);
  g_variant_dict_lookup (options, "sections", "&s", &sections_list);

  if (report_file != NULL && *report_file == '\0')
    {
      usage_error (_("--export-report needs a file name"));
      return BIL_EXIT_USAGE;
    }
  if (data_file != NULL && *data_file == '\0')
    {
      usage_error (_("--export-data needs a file name"));
      return BIL_EXIT_USAGE;
    }
  if (scale < 1 || scale > 4)
    {
      usage_error (_("--scale must be 1, 2, 3 or 4"));
      return BIL_EXIT_USAGE;
    }
  if (sections_list && !bil_report_sections_from_string (sections_list, &sections))
    {
      usage_error (_("--sections must list summary, figures, trends, map, partnerships or notes, separated by commas"));
      return BIL_EXIT_USAGE;
    }
  if (table_name && !bil_data_export_table_from_string (table_name, &table))
    {
      usage_error (_("--table must be figures or partnerships"));
      return BIL_EXIT_USAGE;
    }
  if (!filter_from_options (options, filter))
    return BIL_EXIT_USAGE;

  loader = bil_corpus_loader_new (paths);
  corpus = bil_corpus_loader_load (loader, NULL, &error);
  if (corpus == NULL)
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
      return BIL_EXIT_FAILURE;
    }
  if (!g_variant_dict_contains (options, "no-review"))
    review = bil_review_open_for_corpus (corpus);
  warnings = bil_corpus_get_warnings (corpus);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("%s: %s\n", PACKAGE_NAME, (char *) g_ptr_array_index (warnings, i));
  if (bil_corpus_get_n_articles (corpus) == 0)
    {
      g_printerr (_("%s: no article could be loaded\n"), PACKAGE_NAME);
      return BIL_EXIT_FAILURE;
    }

  if (report_file)
    {
      BilReportOptions report = { 0 };

      report.corpus = corpus;
      report.filter = filter;
      report.title = title;
      report.sections = sections;
      if (!bil_report_write (report_file, &report, scale, &error))
        {
          g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
          return BIL_EXIT_FAILURE;
        }
      g_print ("%s\n", report_file);
    }
  if (data_file)
    {
      gboolean written;

      /* The figures in the corpus's order, as --extract lists them. */
      if (table == BIL_DATA_EXPORT_PARTNERSHIPS)
        written = bil_data_export_partnerships_to_path (data_file, corpus, filter, &error);
      else
        {
          g_autoptr(GArray) refs = bil_figure_refs_collect (corpus, filter);

          written = bil_data_export_figures_to_path (data_file, refs, &error);
        }
      if (!written)
        {
          g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
          return BIL_EXIT_FAILURE;
        }
      g_print ("%s\n", data_file);
    }
  return BIL_EXIT_OK;
}

static int
bil_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree const char **paths = NULL;
  gboolean extract = g_variant_dict_contains (options, "extract");
  gboolean strict = g_variant_dict_contains (options, "strict");
  gboolean report = g_variant_dict_contains (options, "export-report");
  gboolean data = g_variant_dict_contains (options, "export-data");
  const char *format = NULL;
  const char *entries = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return BIL_EXIT_OK;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);
  BIL_APPLICATION (app)->no_review = g_variant_dict_contains (options, "no-review");

  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "entries", "&s", &entries);
  if (extract && report)
    {
      usage_error (_("--extract and --export-report cannot be used together"));
      return BIL_EXIT_USAGE;
    }
  if (extract && data)
    {
      usage_error (_("--extract and --export-data cannot be used together"));
      return BIL_EXIT_USAGE;
    }
  if (!report && (g_variant_dict_contains (options, "scale") || g_variant_dict_contains (options, "title") ||
                  g_variant_dict_contains (options, "sections")))
    {
      usage_error (_("--scale, --title and --sections only apply to --export-report"));
      return BIL_EXIT_USAGE;
    }
  if (!data && g_variant_dict_contains (options, "table"))
    {
      usage_error (_("--table only applies to --export-data"));
      return BIL_EXIT_USAGE;
    }
  if (!report && !data &&
      (g_variant_dict_contains (options, "country") || g_variant_dict_contains (options, "metric") ||
       g_variant_dict_contains (options, "year")))
    {
      usage_error (_("--country, --metric and --year only apply to --export-report and --export-data"));
      return BIL_EXIT_USAGE;
    }
  if (report || data)
    return export_files (options, paths);
  if ((strict || format || entries) && !extract)
    {
      usage_error (_("--strict, --format and --entries only apply to --extract"));
      return BIL_EXIT_USAGE;
    }

  if (extract)
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (1, FALSE);
      g_autoptr(GOutputStream) err = g_unix_output_stream_new (2, FALSE);

      return bil_cli_extract (paths, strict, !g_variant_dict_contains (options, "no-review"), format, entries, out, err);
    }

  if (paths != NULL && paths[0] != NULL)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
          return BIL_EXIT_FAILURE;
        }
      for (guint i = 0; paths[i] != NULL; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
      /* Opens in the running instance when there is one. */
      g_application_open (app, (GFile **) files->pdata, files->len, "");
      if (g_application_get_is_remote (app))
        return BIL_EXIT_OK;
    }

  return -1;
}

/* BILATERAL_EXIT_AFTER_FIRST_FRAME=1 (the start-up benchmark): when a
 * phase of the start-up ended, on the monotonic clock every process shares,
 * so that the benchmark can tell where the time goes. */
void
bil_application_mark_phase (const char *phase)
{
  if (g_strcmp0 (g_getenv ("BILATERAL_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
    g_print ("mark %s %" G_GINT64_FORMAT "\n", phase, g_get_monotonic_time ());
}

/* The last corpus, when every one of its paths is still there. */
static gboolean
reopen_last_corpus (BilApplication *self,
                    BilWindow      *window)
{
  g_auto(GStrv) paths = NULL;

  if (self->settings == NULL)
    return FALSE;
  paths = g_settings_get_strv (self->settings, "last-corpus");
  if (paths[0] == NULL)
    return FALSE;
  for (guint i = 0; paths[i]; i++)
    if (!g_file_test (paths[i], G_FILE_TEST_EXISTS))
      return FALSE;
  bil_window_open_paths (window, (const char * const *) paths);
  return TRUE;
}

static void
bil_application_activate (GApplication *app)
{
  BilApplication *self = BIL_APPLICATION (app);
  BilWindow *window = get_window (self);

  bil_application_mark_phase ("window");
  if (bil_window_get_corpus (window) == NULL && !bil_window_get_loading (window))
    if (!reopen_last_corpus (self, window))
      bil_window_ensure_corpus (window);
  gtk_window_present (GTK_WINDOW (window));
  bil_application_mark_phase ("presented");
}

static void
bil_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  BilWindow *window = get_window (BIL_APPLICATION (app));

  bil_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing, not just quitting: windows keep their size for next time. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Bilateral authors", NULL };

  const char *data[] = {
    "Natural Earth (public domain), via world-atlas",
    "Debian iso-codes (country names and their translations)",
    NULL
  };
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "application-name", "Bilateral",
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "comments", _("Trade and investment figures and partnerships between countries, from news articles"),
                "website", "https://example.org/bilateral",
                "issue-url", "https://example.org/bilateral/issues",
                "license-type", GTK_LICENSE_GPL_3_0,
                "developers", developers,
                "translator-credits", _("translator-credits"),
                "transient-for", gtk_application_get_active_window (app),
                NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Data"), data);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

/* The gazetteer, the world outline, the rate table and iso-codes' names are
 * each parsed once per process: on another core while GTK opens the display
 * and builds the window, instead of after, on the main thread. */
static gpointer
preload_tables (gpointer data)
{
  bil_lexicon_get_default ();
  bil_world_get_default ();
  bil_rate_table_get_default ();
  bil_country_display_name ("JP", NULL);
  return NULL;
}

static void
bil_application_startup (GApplication *app)
{
  BilApplication *self = BIL_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  g_thread_unref (g_thread_new ("bil-preload", preload_tables, NULL));
  G_APPLICATION_CLASS (bil_application_parent_class)->startup (app);
  bil_application_mark_phase ("startup");

  /* Run from the build folder without its schema, it still works: it only
   * forgets its settings. */
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_message ("the GSettings schema %s is not installed: settings will not be kept", APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  /* GTK sets it only for a help overlay it builds itself; ours is built on
   * demand by the window. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });
}

static void
bil_application_dispose (GObject *object)
{
  g_clear_object (&BIL_APPLICATION (object)->settings);
  G_OBJECT_CLASS (bil_application_parent_class)->dispose (object);
}

/* FALSE with --no-review: windows show what was extracted, uncorrected. */
gboolean
bil_application_get_use_review (BilApplication *self)
{
  g_return_val_if_fail (BIL_IS_APPLICATION (self), TRUE);
  return !self->no_review;
}

GSettings *
bil_application_get_settings (BilApplication *self)
{
  g_return_val_if_fail (BIL_IS_APPLICATION (self), NULL);
  return self->settings;
}

static void
bil_application_class_init (BilApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = bil_application_local_command_line;
  app_class->handle_local_options = bil_application_handle_local_options;
  app_class->activate = bil_application_activate;
  app_class->open = bil_application_open;
  app_class->startup = bil_application_startup;
  G_OBJECT_CLASS (klass)->dispose = bil_application_dispose;
}

static void
bil_application_init (BilApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("PATH is a folder of articles (.txt, .md), an article file, or a JSON manifest.\n"
      "With no PATH, the embedded seed corpus is used."));
}

BilApplication *
bil_application_new (void)
{
  return g_object_new (BIL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/example/Bilateral",
                       NULL);
}
