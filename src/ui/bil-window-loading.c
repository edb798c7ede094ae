/* bil-window-loading.c: a corpus into the window
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading a corpus off the main thread with its progress and Cancel; when
 * it is in, its review file read and applied, the session, the filter bar
 * and the sidebar given it, and its warnings told. Each correction after
 * that is saved at once.
 */

#define G_LOG_DOMAIN "bil-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-application.h"
#include "bil-window-private.h"

static void
show_warnings_cb (AdwToast  *toast,
                  BilWindow *self)
{
  BilCorpus *corpus = bil_session_get_corpus (self->session);
  GPtrArray *warnings = corpus ? bil_corpus_get_warnings (corpus) : NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (warnings == NULL)
    return;
  for (guint i = 0; i < warnings->len && i < 50; i++)
    g_string_append_printf (body, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (warnings, i));
  if (warnings->len > 50)
    g_string_append_printf (body, _("\n… and %u more"), warnings->len - 50);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Some Files Were Skipped"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- review: corrections, undo and redo ---------------------------------- */

/* Each correction is saved at once (atomically): nothing is lost on a
 * crash, and nothing asks to be saved on quit. */
static void
review_changed_cb (BilWindow *self,
                   BilReview *review)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) messages = NULL;

  /* Figures added or rejected: the reader's marks follow. */
  bil_reader_style_changed (self->reader);
  if (!bil_review_save (review, &error))
    {
      g_autofree char *title = g_strdup_printf (_("Corrections not saved: %s"), error->message);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  messages = bil_review_get_messages (review);
  /* Each problem once: the rest were shown with the corpus's warnings. */
  for (guint i = 0; i < messages->len; i++)
    if (g_hash_table_add (self->review_notes, g_strdup (g_ptr_array_index (messages, i))))
      {
        AdwToast *toast = adw_toast_new (g_ptr_array_index (messages, i));

        adw_toast_set_timeout (toast, 8);
        adw_toast_overlay_add_toast (self->toast_overlay, toast);
      }
  bil_window_update_actions (self);
}

static void
set_review (BilWindow *self,
            BilCorpus *corpus)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(BilReview) review = NULL;

  if (BIL_IS_APPLICATION (app) && !bil_application_get_use_review (BIL_APPLICATION (app)))
    {
      bil_session_set_review (self->session, NULL);
      return;
    }
  /* Read and applied before the views see the corpus; what could not be
   * applied joins the corpus's warnings. */
  review = bil_review_open_for_corpus (corpus);
  g_hash_table_remove_all (self->review_notes);
  {
    g_autoptr(GPtrArray) messages = bil_review_get_messages (review);

    for (guint i = 0; i < messages->len; i++)
      g_hash_table_add (self->review_notes, g_strdup (g_ptr_array_index (messages, i)));
  }
  bil_session_set_review (self->session, review);
  g_signal_connect_object (review, "changed", G_CALLBACK (review_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
set_corpus (BilWindow *self,
            BilCorpus *corpus)
{
  guint n = bil_corpus_get_n_articles (corpus);
  GPtrArray *warnings = bil_corpus_get_warnings (corpus);
  g_autofree char *subtitle = NULL;

  g_array_set_size (self->history, 0);
  bil_reader_show (self->reader, NULL, 0, 0);
  gtk_stack_set_visible_child_name (self->article_stack, "empty");
  bil_window_clear_filter (self);
  gtk_revealer_set_reveal_child (self->detail_revealer, FALSE);
  if (self->figure_detail != NULL)
    bil_figure_detail_show (self->figure_detail, NULL, 0, 0, FALSE);
  set_review (self, corpus);
  bil_session_set_corpus (self->session, corpus);
  bil_filter_bar_set_corpus (self->filter_bar, corpus);
  bil_article_sidebar_set_corpus (self->article_sidebar, corpus);

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);
  adw_window_title_set_title (self->corpus_title, bil_corpus_get_name (corpus));
  adw_window_title_set_subtitle (self->corpus_title, subtitle);
  adw_view_switcher_title_set_subtitle (self->switcher_title, bil_corpus_get_name (corpus));
  {
    g_autofree char *view = self->settings ? g_settings_get_string (self->settings, "view") : g_strdup ("figures");
    adw_view_stack_set_visible_child_name (self->view_stack, g_strcmp0 (view, "article") == 0 ? "figures" : view);
  }
  bil_window_update_actions (self);

  if (warnings->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning while loading",
                                                             "%u warnings while loading", warnings->len),
                                                warnings->len);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Details"));
      g_signal_connect (toast, "button-clicked", G_CALLBACK (show_warnings_cb), self);
      adw_toast_set_timeout (toast, 8);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }

  g_signal_emit_by_name (self, "corpus-shown", corpus);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BilWindow) self = user_data;
  BilCorpusLoader *loader = BIL_CORPUS_LOADER (object);
  g_autoptr(BilCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;

  corpus = bil_corpus_loader_load_finish (loader, result, &error);

  /* A newer load replaced this one. */
  if (loader != self->loader)
    return;

  g_clear_object (&self->loader);
  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  gtk_stack_set_visible_child_name (self->main_stack, "views");
  bil_window_update_actions (self);

  if (corpus == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                                                  ? _("Loading cancelled") : error->message));
      return;
    }
  set_corpus (self, corpus);
  if (self->select_path != NULL)
    {
      g_autofree char *path = g_steal_pointer (&self->select_path);

      for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
        {
          BilArticle *article = bil_corpus_get_article (corpus, i);

          if (g_strcmp0 (bil_article_get_path (article), path) == 0)
            {
              bil_window_show_evidence (self, article, 0, 0);
              break;
            }
        }
    }
}

static void
fraction_changed_cb (BilCorpusLoader *loader,
                     GParamSpec      *pspec,
                     BilWindow       *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, bil_corpus_loader_get_fraction (loader));
}

/* The first corpus is still being read: the views have nothing to show
 * yet, and their empty states ("No Figures") would say the wrong thing. */
static gboolean
show_loading_page_cb (gpointer data)
{
  BilWindow *self = data;

  self->loading_page_id = 0;
  if (self->loader == NULL || bil_session_get_corpus (self->session) != NULL)
    return G_SOURCE_REMOVE;
  /* Made the first time, not with the window: most loads never need it. */
  if (gtk_stack_get_child_by_name (self->main_stack, "loading") == NULL)
    {
      GtkWidget *page = adw_status_page_new ();

      /* No spinner: an animation would take this thread from the readers. */
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "document-open-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Loading Articles…"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                       _("The figures, the map and the sectors appear once every article is read. "
                                         "The sidebar shows how far it is."));
      gtk_stack_add_named (self->main_stack, page, "loading");
    }
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  return G_SOURCE_REMOVE;
}

void
bil_window_open_paths (BilWindow          *self,
                       const char * const *paths)
{
  g_return_if_fail (BIL_IS_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loader);

  if (self->settings)
    {
      const char *none[] = { NULL };
      g_settings_set_strv (self->settings, "last-corpus", paths ? paths : none);
    }
  self->cancellable = g_cancellable_new ();
  self->loader = bil_corpus_loader_new (paths);
  g_signal_connect_object (self->loader, "notify::fraction", G_CALLBACK (fraction_changed_cb), self, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  /* Not for a load that ends at once (the seed corpus): no flash. */
  g_clear_handle_id (&self->loading_page_id, g_source_remove);
  self->loading_page_id = g_timeout_add (300, show_loading_page_cb, self);
  bil_window_update_actions (self);

  bil_corpus_loader_load_async (self->loader, self->cancellable, loaded_cb, g_object_ref (self));
}

void
bil_window_open_files (BilWindow  *self,
                       GFile     **files,
                       int         n_files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);
      g_ptr_array_add (paths, path ? path : g_file_get_uri (files[i]));
    }
  g_ptr_array_add (paths, NULL);
  bil_window_open_paths (self, (const char * const *) paths->pdata);
}

void
bil_window_ensure_corpus (BilWindow *self)
{
  g_return_if_fail (BIL_IS_WINDOW (self));
  if (bil_session_get_corpus (self->session) == NULL && self->loader == NULL)
    bil_window_open_paths (self, NULL);
}
