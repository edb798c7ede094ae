/* bil-window.c
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-corpus-loader.h"
#include "bil-window.h"

struct _BilWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *corpus_title;
  AdwWindowTitle       *window_title;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkListView          *article_list;
  GtkStack             *content_stack;
  AdwStatusPage        *status_page;
  GtkLabel             *article_title;
  GtkLabel             *article_meta;
  GtkTextView          *reader;

  BilCorpus            *corpus;
  GtkSingleSelection   *selection;
  BilCorpusLoader      *loader;
  GCancellable         *cancellable;   /* the load in progress */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (BilWindow, bil_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_actions (BilWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", self->loader != NULL);
}

static char *
describe_article (BilArticle *article)
{
  const char *source = bil_article_get_source (article);
  const char *date = bil_article_get_date (article);

  if (source && date)
    return g_strdup_printf ("%s · %s", source, date);
  if (source || date)
    return g_strdup (source ? source : date);
  return g_strdup (bil_article_get_file (article));
}

/* Byte offsets into the article to character offsets into the buffer,
 * walking forward so that marking every line stays linear. */
typedef struct
{
  const char *text;
  gsize       byte;
  int         chars;
} OffsetCursor;

static void
cursor_iter (OffsetCursor  *cursor,
             GtkTextBuffer *buffer,
             gsize          byte,
             GtkTextIter   *iter)
{
  if (byte < cursor->byte)
    cursor->byte = cursor->chars = 0;
  cursor->chars += (int) g_utf8_strlen (cursor->text + cursor->byte, byte - cursor->byte);
  cursor->byte = byte;
  gtk_text_buffer_get_iter_at_offset (buffer, iter, cursor->chars);
}

/* Boilerplate stays in place, dimmed, so offsets and the original survive. */
static void
mark_boilerplate (BilWindow     *self,
                  BilArticle    *article,
                  GtkTextBuffer *buffer)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "boilerplate");
  OffsetCursor cursor = { bil_article_get_text (article, NULL), 0, 0 };
  const BilLine *lines;
  guint n;

  if (tag == NULL)
    {
      GdkRGBA dim;

      /* The theme's text colour, faded: right in light and dark styles. */
      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self->reader)), &dim);
      dim.alpha *= 0.55f;
      tag = gtk_text_buffer_create_tag (buffer, "boilerplate",
                                        "foreground-rgba", &dim,
                                        "style", PANGO_STYLE_ITALIC,
                                        NULL);
    }
  lines = bil_article_get_lines (article, &n);
  for (guint i = 0; i < n; i++)
    if (lines[i].flags & BIL_LINE_BOILERPLATE)
      {
        GtkTextIter start, end;

        cursor_iter (&cursor, buffer, lines[i].start, &start);
        cursor_iter (&cursor, buffer, lines[i].end, &end);
        gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
      }
}

static void
show_article (BilWindow  *self,
              BilArticle *article)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reader);
  g_autofree char *meta = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  const char *text;
  gsize len;

  if (article == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      return;
    }

  text = bil_article_get_text (article, &len);
  meta = describe_article (article);
  g_string_append (details, meta);
  if (bil_article_get_byline (article))
    g_string_append_printf (details, " · %s", bil_article_get_byline (article));
  g_string_append_printf (details, "\n%s", bil_article_get_url (article) ? bil_article_get_url (article)
                                                                          : bil_article_get_path (article));

  gtk_label_set_text (self->article_title, bil_article_get_title (article));
  gtk_label_set_text (self->article_meta, details->str);
  gtk_text_buffer_set_text (buffer, text, (int) len);
  mark_boilerplate (self, article, buffer);
  gtk_stack_set_visible_child_name (self->content_stack, "reader");
}

static void
selection_changed_cb (BilWindow *self)
{
  show_article (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  BilArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *meta = describe_article (article);

  gtk_label_set_text (GTK_LABEL (title), bil_article_get_title (article));
  gtk_label_set_text (GTK_LABEL (subtitle), meta);
}

static void
show_warnings_cb (AdwToast  *toast,
                  BilWindow *self)
{
  GPtrArray *warnings = self->corpus ? bil_corpus_get_warnings (self->corpus) : NULL;
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

static void
set_corpus (BilWindow *self,
            BilCorpus *corpus)
{
  guint n = bil_corpus_get_n_articles (corpus);
  GPtrArray *warnings = bil_corpus_get_warnings (corpus);
  g_autofree char *subtitle = NULL;

  g_set_object (&self->corpus, corpus);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (corpus));

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);
  adw_window_title_set_title (self->corpus_title, bil_corpus_get_name (corpus));
  adw_window_title_set_subtitle (self->corpus_title, subtitle);
  adw_window_title_set_subtitle (self->window_title, bil_corpus_get_name (corpus));

  if (n == 0)
    {
      show_article (self, NULL);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
  else
    selection_changed_cb (self);

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
  update_actions (self);

  if (corpus == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Loading cancelled")));
      return;
    }
  set_corpus (self, corpus);
}

static void
fraction_changed_cb (BilCorpusLoader *loader,
                     GParamSpec      *pspec,
                     BilWindow       *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, bil_corpus_loader_get_fraction (loader));
}

void
bil_window_open_paths (BilWindow          *self,
                       const char * const *paths)
{
  g_return_if_fail (BIL_IS_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loader);

  self->cancellable = g_cancellable_new ();
  self->loader = bil_corpus_loader_new (paths);
  g_signal_connect_object (self->loader, "notify::fraction", G_CALLBACK (fraction_changed_cb), self, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  update_actions (self);

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

/* Opens the embedded corpus unless a corpus is there or on its way. */
void
bil_window_ensure_corpus (BilWindow *self)
{
  g_return_if_fail (BIL_IS_WINDOW (self));
  if (self->corpus == NULL && self->loader == NULL)
    bil_window_open_paths (self, NULL);
}

BilCorpus *
bil_window_get_corpus (BilWindow *self)
{
  g_return_val_if_fail (BIL_IS_WINDOW (self), NULL);
  return self->corpus;
}

gboolean
bil_window_get_loading (BilWindow *self)
{
  g_return_val_if_fail (BIL_IS_WINDOW (self), FALSE);
  return self->loader != NULL;
}

void
bil_window_select_article (BilWindow *self,
                           guint      position)
{
  g_return_if_fail (BIL_IS_WINDOW (self));
  gtk_single_selection_set_selected (self->selection, position);
}

GtkTextView *
bil_window_get_reader (BilWindow *self)
{
  g_return_val_if_fail (BIL_IS_WINDOW (self), NULL);
  return self->reader;
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

      gtk_file_filter_set_name (filter, _("Articles and manifests"));
      gtk_file_filter_add_suffix (filter, "txt");
      gtk_file_filter_add_suffix (filter, "md");
      gtk_file_filter_add_suffix (filter, "json");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  run_chooser (BIL_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  run_chooser (BIL_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static void
open_seeds_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  bil_window_open_paths (BIL_WINDOW (widget), NULL);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_cancellable_cancel (BIL_WINDOW (widget)->cancellable);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         BilWindow     *self)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;
  bil_window_open_files (self, (GFile **) files->pdata, (int) files->len);
  return TRUE;
}

static void
bil_window_dispose (GObject *object)
{
  BilWindow *self = (BilWindow *) object;

  /* Closing the window stops its work. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loader);
  g_clear_object (&self->chooser);
  g_clear_object (&self->selection);
  g_clear_object (&self->corpus);

  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_WINDOW);

  G_OBJECT_CLASS (bil_window_parent_class)->dispose (object);
}

static void
bil_window_class_init (BilWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bil_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BilWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, corpus_title);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, article_title);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, article_meta);
  gtk_widget_class_bind_template_child (widget_class, BilWindow, reader);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-seeds", NULL, open_seeds_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-load", NULL);
}

static void
bil_window_init (BilWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->article_list, factory);
  gtk_list_view_set_model (self->article_list, GTK_SELECTION_MODEL (self->selection));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  update_actions (self);
}

BilWindow *
bil_window_new (BilApplication *application)
{
  return g_object_new (BIL_TYPE_WINDOW, "application", application, NULL);
}
