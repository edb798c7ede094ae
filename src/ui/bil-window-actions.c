/* bil-window-actions.c: the window's actions and the flows they start
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every win.* action, its shortcut, and one function that says which are
 * enabled. Opening files and folders, adding a page from an address,
 * exporting the report and the data start here; what they load comes back
 * to the window through bil_window_open_paths ().
 */

#define G_LOG_DOMAIN "bil-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-address-dialog.h"
#include "bil-data-export.h"
#include "bil-export-dialog.h"
#include "bil-report.h"
#include "bil-window-private.h"

typedef struct
{
  BilCorpus *corpus;
  BilFilter *filter;    /* a copy: the window's may change meanwhile */
  char      *path;
  char      *title;
  int        scale;
  guint      sections;
} ExportJob;

typedef struct
{
  BilCorpus *corpus;    /* keeps the articles alive */
  GArray    *figures;   /* BilFigure, copies: a correction may change the corpus's meanwhile */
  GArray    *refs;      /* BilFigureRef, the window's, pointing into @figures */
  char      *path;
} DataJob;

void
bil_window_update_actions (BilWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", self->loader != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", bil_session_get_corpus (self->session) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-data", bil_session_get_corpus (self->session) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", self->history->len > 0);
  {
    BilReview *review = bil_session_get_review (self->session);

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", review && bil_review_can_undo (review));
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", review && bil_review_can_redo (review));
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-figure", review != NULL);
  }
}

/* A view opens an article at a sentence: (its index in the corpus, start,
 * end) of its text. Back returns to the view. */
static void
open_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BilWindow *self = BIL_WINDOW (widget);
  BilCorpus *corpus = bil_session_get_corpus (self->session);
  guint32 index;
  guint64 start, end;

  g_variant_get (parameter, "(utt)", &index, &start, &end);
  if (corpus == NULL || index >= bil_corpus_get_n_articles (corpus))
    return;
  bil_window_show_evidence (self, bil_corpus_get_article (corpus, index), (gsize) start, (gsize) end);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BilWindow *self = BIL_WINDOW (widget);
  Place *place;

  if (self->history->len == 0)
    return;
  place = &g_array_index (self->history, Place, self->history->len - 1);
  self->restoring = TRUE;
  if (place->article)
    {
      self->reader_start = place->start;
      self->reader_end = place->end;
      bil_reader_show (self->reader, place->article, place->start, place->end);
    }
  adw_view_stack_set_visible_child_name (self->view_stack, place->page);
  self->restoring = FALSE;
  g_array_remove_index (self->history, self->history->len - 1);
  bil_window_update_actions (self);
}

static void
clear_filter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  bil_window_clear_filter (BIL_WINDOW (widget));
}

static void
show_filter_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BilWindow *self = BIL_WINDOW (widget);

  bil_filter_bar_reveal (self->filter_bar);
}

/* The shortcuts window is built the first time it is asked for: GTK would
 * build it (from gtk/help-overlay.ui) with every window, before its first
 * frame. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BilWindow *self = BIL_WINDOW (widget);

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/example/Bilateral/ui/help-overlay.ui");

      self->help_overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (self->help_overlay, GTK_WINDOW (self));
      gtk_window_set_modal (self->help_overlay, TRUE);
      gtk_window_set_hide_on_close (self->help_overlay, TRUE);
    }
  gtk_window_present (self->help_overlay);
}

/* win.undo and win.redo */
static void
undo_redo_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *parameter)
{
  BilReview *review = bil_session_get_review (BIL_WINDOW (widget)->session);

  if (review == NULL)
    return;
  if (g_str_equal (name, "win.undo"))
    bil_review_undo (review);
  else
    bil_review_redo (review);
}

/* The reader's selection, as a figure the extractor missed: the detail
 * pane opens on it, to say what it is. */
static void
add_figure_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  BilWindow *self = BIL_WINDOW (widget);
  BilArticle *article = bil_reader_get_article (self->reader);
  gsize start, end;

  if (article == NULL || !bil_reader_get_selection_span (self->reader, &start, &end))
    {
      AdwToast *toast = adw_toast_new (_("Select an amount in the article first, such as “RM5 billion”"));

      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, "figures");
  bil_window_open_detail (self, article, start, end, TRUE);
}

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->corpus);
  g_clear_object (&job->filter);
  g_free (job->path);
  g_free (job->title);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  BilReportOptions options = { job->corpus, job->filter, job->title, NULL, job->sections, 0, 0 };
  GError *error = NULL;

  if (bil_report_write (job->path, &options, job->scale, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
open_exported_cb (AdwToast  *toast,
                  BilWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (toast), "path");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri)
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* How an export went: @error until dismissed, or @title with a button
 * that opens @path. */
static void
show_export_toast (BilWindow    *self,
                   const char   *path,
                   const char   *title,
                   const GError *error)
{
  AdwToast *toast;

  if (error != NULL)
    {
      toast = adw_toast_new (error->message);
      adw_toast_set_timeout (toast, 0);
    }
  else
    {
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "path", g_strdup (path), g_free);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (open_exported_cb), self);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  BilWindow *self = BIL_WINDOW (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *base = g_path_get_basename (job->path);
      g_autofree char *title = g_strdup_printf (_("Report saved as %s"), base);

      show_export_toast (self, job->path, title, NULL);
    }
  else
    show_export_toast (self, job->path, NULL, error);
  g_signal_emit_by_name (self, "report-exported", job->path, error == NULL);
}

/* Writes the report off the main thread; a toast tells how it went. */
void
bil_window_export_report (BilWindow  *self,
                          const char *path,
                          const char *title,
                          int         scale,
                          guint       sections)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (BIL_IS_WINDOW (self));
  if (bil_session_get_corpus (self->session) == NULL)
    return;
  job = g_new0 (ExportJob, 1);
  job->corpus = g_object_ref (bil_session_get_corpus (self->session));
  job->filter = bil_filter_copy (bil_session_get_filter (self->session));
  job->path = g_strdup (path);
  job->title = g_strdup (title);
  job->scale = CLAMP (scale, 1, 4);
  job->sections = sections ? sections : BIL_REPORT_ALL;
  task = g_task_new (self, NULL, exported_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_chosen_cb (BilExportDialog *dialog,
                  const char      *path,
                  const char      *title,
                  int              scale,
                  guint            sections,
                  BilWindow       *self)
{
  if (self->settings)
    g_settings_set_int (self->settings, "export-scale", scale);
  bil_window_export_report (self, path, title, scale, sections);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BilWindow *self = BIL_WINDOW (widget);
  BilCorpus *corpus = bil_session_get_corpus (self->session);
  g_autofree char *filter = bil_filter_describe (bil_session_get_filter (self->session));
  BilExportDialog *dialog;

  if (corpus == NULL)
    return;
  dialog = bil_export_dialog_new (GTK_WINDOW (self), bil_corpus_get_name (corpus), filter,
                                  self->settings ? g_settings_get_int (self->settings, "export-scale") : 2);
  g_signal_connect_object (dialog, "export", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
data_job_free (DataJob *job)
{
  g_clear_object (&job->corpus);
  g_clear_pointer (&job->figures, g_array_unref);
  g_clear_pointer (&job->refs, g_array_unref);
  g_free (job->path);
  g_free (job);
}

static void
export_data_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  DataJob *job = data;
  GError *error = NULL;

  if (bil_data_export_figures_to_path (job->path, job->refs, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
data_exported_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  BilWindow *self = BIL_WINDOW (object);
  DataJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *base = g_path_get_basename (job->path);
      g_autofree char *title = g_strdup_printf (_("Data saved as %s"), base);

      show_export_toast (self, job->path, title, NULL);
    }
  else
    show_export_toast (self, job->path, NULL, error);
  g_signal_emit_by_name (self, "data-exported", job->path, error == NULL);
}

/**
 * bil_window_export_data:
 * @path: CSV, or JSON when it ends in ".json"
 *
 * Writes the figures the window shows (the filter and Needs Review
 * applied, in the chart's order) off the main thread; a toast tells how
 * it went, and BilWindow::data-exported.
 */
void
bil_window_export_data (BilWindow  *self,
                        const char *path)
{
  g_autoptr(GTask) task = NULL;
  GArray *shown;
  DataJob *job;

  g_return_if_fail (BIL_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  if (bil_session_get_corpus (self->session) == NULL)
    return;
  shown = bil_session_get_figures (self->session);
  job = g_new0 (DataJob, 1);
  job->corpus = g_object_ref (bil_session_get_corpus (self->session));
  job->figures = g_array_sized_new (FALSE, FALSE, sizeof (BilFigure), shown->len);
  job->refs = g_array_sized_new (FALSE, FALSE, sizeof (BilFigureRef), shown->len);
  g_array_set_size (job->figures, shown->len);
  g_array_append_vals (job->refs, shown->data, shown->len);
  for (guint i = 0; i < shown->len; i++)
    {
      BilFigureRef *ref = &g_array_index (job->refs, BilFigureRef, i);

      g_array_index (job->figures, BilFigure, i) = *ref->figure;
      ref->figure = &g_array_index (job->figures, BilFigure, i);
    }
  job->path = g_strdup (path);
  task = g_task_new (self, NULL, data_exported_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) data_job_free);
  g_task_run_in_thread (task, export_data_thread);
}

static void
data_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          BilWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autofree char *lower = path ? g_ascii_strdown (path, -1) : NULL;
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));

      /* A name without either suffix takes the chosen type's. */
      if (path && !g_str_has_suffix (lower, ".csv") && !g_str_has_suffix (lower, ".json"))
        {
          const char *suffix = filter ? g_object_get_data (G_OBJECT (filter), "suffix") : NULL;
          char *named = g_strconcat (path, suffix ? suffix : ".csv", NULL);

          g_free (path);
          path = named;
        }
      if (path)
        bil_window_export_data (self, path);
    }
  g_clear_object (&self->chooser);
}

/* win.export-data: "" asks where with a file chooser; a path is written at once. */
static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BilWindow *self = BIL_WINDOW (widget);
  BilCorpus *corpus = bil_session_get_corpus (self->session);
  const char *path = g_variant_get_string (parameter, NULL);
  const struct { const char *name, *suffix; } types[] = {
    { N_("CSV, for spreadsheets"), ".csv" },
    { N_("JSON, for programs"), ".json" },
  };
  g_autofree char *name = NULL;

  if (corpus == NULL)
    return;
  if (*path != '\0')
    {
      bil_window_export_data (self, path);
      return;
    }
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Data"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(types[i].name));
      gtk_file_filter_add_suffix (filter, types[i].suffix + 1);
      g_object_set_data (G_OBJECT (filter), "suffix", (gpointer) types[i].suffix);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }
  name = g_strdup_printf ("%s.csv", bil_corpus_get_name (corpus) ? bil_corpus_get_name (corpus) : "figures");
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (data_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     BilWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      if (array->len > 0)
        bil_window_open_files (self, (GFile **) array->pdata, (int) array->len);
    }
  g_clear_object (&self->chooser);
}

static void
run_chooser (BilWindow            *self,
             GtkFileChooserAction  action)
{
  gboolean folder = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (folder ? _("Open Folder of Articles") : _("Open Articles or Manifest"),
                                               GTK_WINDOW (self), action, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      static const char *const suffixes[] = { "txt", "md", "html", "htm", "xhtml", "pdf", "rss", "atom", "xml",
                                              "json", "jsonl" };

      gtk_file_filter_set_name (filter, _("Articles, web pages, PDFs, feeds and manifests"));
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        gtk_file_filter_add_suffix (filter, suffixes[i]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  run_chooser (BIL_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
open_folder_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  run_chooser (BIL_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

/* Where a fetched page goes: the corpus's own folder when the corpus is
 * one folder that can be written, else the app's data folder (the
 * embedded corpus, files, manifests, read-only folders). */
static GFile *
fetch_folder (BilWindow *self)
{
  BilCorpus *corpus = bil_session_get_corpus (self->session);
  const char * const *paths = corpus ? bil_corpus_get_paths (corpus) : NULL;
  g_autofree char *data_dir = NULL;

  if (paths != NULL && paths[0] != NULL && paths[1] == NULL && !g_str_has_prefix (paths[0], "resource:"))
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (paths[0]);
      g_autoptr(GFileInfo) info = g_file_query_info (folder, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                                     G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY &&
          g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE))
        return g_steal_pointer (&folder);
    }
  data_dir = g_build_filename (g_get_user_data_dir (), "bilateral", "fetched", NULL);
  g_mkdir_with_parents (data_dir, 0700);
  return g_file_new_for_path (data_dir);
}

static void
address_added_cb (BilAddressDialog *dialog,
                  GFile            *file,
                  BilWindow        *self)
{
  BilCorpus *corpus = bil_session_get_corpus (self->session);
  const char * const *paths = corpus ? bil_corpus_get_paths (corpus) : NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) new_paths = NULL;
  g_autofree char *path = g_file_get_path (file);
  gboolean in_corpus = FALSE;

  /* Reloaded with the page: inside a folder of the corpus, which the
   * reload walks again, or beside what is open. */
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autoptr(GFile) opened = g_file_new_for_commandline_arg (paths[i]);

      in_corpus |= g_file_has_prefix (file, opened);
    }
  if (paths != NULL)
    g_strv_builder_addv (builder, (const char **) paths);
  if (!in_corpus)
    g_strv_builder_add (builder, path);
  new_paths = g_strv_builder_end (builder);
  g_free (self->select_path);
  self->select_path = g_steal_pointer (&path);
  bil_window_open_paths (self, (const char * const *) new_paths);
}

/**
 * bil_window_add_address:
 * @address: (nullable): filled in, else the dialog starts empty
 *
 * Shows "Add from Address".
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
bil_window_add_address (BilWindow  *self,
                        const char *address)
{
  g_autoptr(GFile) folder = fetch_folder (self);
  BilAddressDialog *dialog = bil_address_dialog_new (GTK_WINDOW (self), folder);

  g_signal_connect_object (dialog, "added", G_CALLBACK (address_added_cb), self, 0);
  if (address != NULL)
    bil_address_dialog_set_address (dialog, address);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
add_address_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  bil_window_add_address (BIL_WINDOW (widget), NULL);
}

static void
open_seeds_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  bil_window_open_paths (BIL_WINDOW (widget), NULL);
}

static void
cancel_load_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  g_cancellable_cancel (BIL_WINDOW (widget)->cancellable);
}

static void
page_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  adw_view_stack_set_visible_child_name (BIL_WINDOW (widget)->view_stack, g_variant_get_string (parameter, NULL));
}

static void
map_zoom_in_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  bil_partnership_map_zoom (BIL_WINDOW (widget)->partnership_map, 1.25);
}

static void
map_zoom_out_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  bil_partnership_map_zoom (BIL_WINDOW (widget)->partnership_map, 0.8);
}

static void
map_fit_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  bil_partnership_map_fit (BIL_WINDOW (widget)->partnership_map);
}

void
bil_window_class_add_actions (GtkWidgetClass *widget_class)
{
  static const char *pages[] = { "figures", "map", "sectors", "article", "conflicts", "trends" };

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-seeds", NULL, open_seeds_action);
  gtk_widget_class_install_action (widget_class, "win.add-address", NULL, add_address_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.open-evidence", "(utt)", open_evidence_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-data", "s", export_data_action);
  gtk_widget_class_install_action (widget_class, "win.page", "s", page_action);
  gtk_widget_class_install_action (widget_class, "win.show-filter", NULL, show_filter_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filter", NULL, clear_filter_action);
  gtk_widget_class_install_action (widget_class, "win.map-zoom-in", NULL, map_zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.map-zoom-out", NULL, map_zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.map-fit", NULL, map_fit_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_redo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_redo_action);
  gtk_widget_class_install_action (widget_class, "win.add-figure", NULL, add_figure_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.open-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.add-address", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-load", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.show-filter", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-data", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-data", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.add-figure", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK, "win.page", "s", pages[i]);
}
