/* bil-reader.c: an article with its figures and countries highlighted
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text view holds the article's text from its first byte, so every
 * byte span the extractor gives maps to the buffer. A sentence to show is
 * made a real selection with the cursor at its start: a screen reader reads
 * it and Ctrl+C copies it.
 */

#define G_LOG_DOMAIN "bil-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-figure-ref.h"
#include "bil-reader.h"

struct _BilReader
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkLabel      *title;
  GtkLabel      *meta;
  GtkButton     *open_button;
  GtkTextView   *view;
  BilArticle    *article;
};

G_DEFINE_FINAL_TYPE (BilReader, bil_reader, GTK_TYPE_WIDGET)

/* Byte offsets to character offsets, walking forward so that marking every
 * span of an article stays linear. */
typedef struct
{
  const char *text;
  gsize       byte;
  int         chars;
} Cursor;

static void
cursor_iter (Cursor        *cursor,
             GtkTextBuffer *buffer,
             gsize          byte,
             GtkTextIter   *iter)
{
  if (byte < cursor->byte)
    cursor->byte = cursor->chars = 0;
  cursor->chars += (int) g_utf8_strlen (cursor->text + cursor->byte, (gssize) (byte - cursor->byte));
  cursor->byte = byte;
  gtk_text_buffer_get_iter_at_offset (buffer, iter, cursor->chars);
}

static void
apply (GtkTextBuffer *buffer,
       Cursor        *cursor,
       const char    *tag,
       gsize          start,
       gsize          end)
{
  GtkTextIter a, b;

  cursor_iter (cursor, buffer, start, &a);
  cursor_iter (cursor, buffer, end, &b);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &a, &b);
}

static void
ensure_tags (BilReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GdkRGBA fg, accent = { 0.21, 0.52, 0.89, 1 };

  if (gtk_text_tag_table_lookup (table, "figure"))
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self->view)), &fg);
  gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self->view)), "accent_color", &accent);
  /* Figures: bold and a tinted background; countries: underlined; two
   * styles that stay apart without colour. */
  accent.alpha = 0.18f;
  gtk_text_buffer_create_tag (buffer, "figure", "weight", PANGO_WEIGHT_BOLD, "background-rgba", &accent, NULL);
  gtk_text_buffer_create_tag (buffer, "country", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  fg.alpha *= 0.55f;
  gtk_text_buffer_create_tag (buffer, "boilerplate", "foreground-rgba", &fg, "style", PANGO_STYLE_ITALIC, NULL);
}

static void
highlight (BilReader     *self,
           GtkTextBuffer *buffer)
{
  const BilFacts *facts = bil_article_get_facts (self->article);
  Cursor cursor = { bil_article_get_text (self->article, NULL), 0, 0 };
  const BilLine *lines;
  guint n;

  ensure_tags (self);
  lines = bil_article_get_boilerplate (self->article, &n);
  for (guint i = 0; i < n; i++)
    apply (buffer, &cursor, "boilerplate", lines[i].start, lines[i].end);
  for (guint i = 0; facts && i < facts->mentions->len; i++)
    {
      const BilMention *m = &g_array_index (facts->mentions, BilMention, i);
      apply (buffer, &cursor, "country", m->start, m->end);
    }
  for (guint i = 0; facts && i < facts->figures->len; i++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      if (f->review != BIL_REVIEW_REJECTED)
        apply (buffer, &cursor, "figure", f->money.start, f->money.end);
    }
}

static gboolean
openable (BilArticle *article)
{
  const char *path = bil_article_get_path (article);

  return bil_article_get_url (article) != NULL || (path && g_path_is_absolute (path) &&
                                                   g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
open_original_cb (BilReader *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  const char *url;
  g_autofree char *uri = NULL;

  if (self->article == NULL || !openable (self->article))
    return;
  /* Only http(s) addresses (checked when the manifest was read) and the
   * article's own file: nothing else is ever launched. */
  url = bil_article_get_url (self->article);
  uri = url ? g_strdup (url) : g_filename_to_uri (bil_article_get_path (self->article), NULL, NULL);
  if (uri)
    gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

void
bil_reader_show (BilReader  *self,
                 BilArticle *article,
                 gsize       start,
                 gsize       end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autoptr(GString) meta = g_string_new (NULL);
  const char *text;
  gsize len;

  g_return_if_fail (BIL_IS_READER (self));

  if (article != self->article)
    {
      g_set_object (&self->article, article);
      if (article == NULL)
        {
          gtk_text_buffer_set_text (buffer, "", 0);
          gtk_label_set_text (self->title, "");
          gtk_label_set_text (self->meta, "");
          gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), FALSE);
          return;
        }
      text = bil_article_get_text (article, &len);
      gtk_text_buffer_set_text (buffer, text, (int) len);
      highlight (self, buffer);

      gtk_label_set_text (self->title, bil_article_get_title (article));
      if (bil_article_get_source (article))
        g_string_append (meta, bil_article_get_source (article));
      if (bil_article_get_date (article))
        g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", bil_article_get_date (article));
      if (bil_article_get_byline (article))
        g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", bil_article_get_byline (article));
      g_string_append_printf (meta, "%s%s", meta->len ? "\n" : "",
                              bil_article_get_url (article) ? bil_article_get_url (article) : bil_article_get_path (article));
      gtk_label_set_text (self->meta, meta->str);
      gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), openable (article));
    }

  if (self->article && end > start)
    {
      Cursor cursor = { bil_article_get_text (self->article, &len), 0, 0 };
      GtkTextIter a, b;
      GtkTextMark *mark;

      start = MIN (start, len);
      end = MIN (end, len);
      cursor_iter (&cursor, buffer, start, &a);
      cursor_iter (&cursor, buffer, end, &b);
      /* The selection's insert mark at the start: read from there. */
      gtk_text_buffer_select_range (buffer, &a, &b);
      mark = gtk_text_buffer_get_insert (buffer);
      gtk_text_view_scroll_to_mark (self->view, mark, 0.1, TRUE, 0.0, 0.3);
    }
}

/* Dark mode or high contrast came or went: the tags' colours follow. */
void
bil_reader_style_changed (BilReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  const char *names[] = { "figure", "country", "boilerplate" };
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkTextTag *tag = gtk_text_tag_table_lookup (table, names[i]);
      if (tag)
        {
          gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
          gtk_text_tag_table_remove (table, tag);
        }
    }
  if (self->article)
    highlight (self, buffer);
}

BilArticle *
bil_reader_get_article (BilReader *self)
{
  g_return_val_if_fail (BIL_IS_READER (self), NULL);
  return self->article;
}

GtkTextView *
bil_reader_get_text_view (BilReader *self)
{
  g_return_val_if_fail (BIL_IS_READER (self), NULL);
  return self->view;
}

/* The selected text, or NULL. */
char *
bil_reader_get_selection (BilReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter a, b;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return NULL;
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}

/* The selection as byte offsets in the article's text: the buffer holds
 * that text unchanged, so character offsets map back one to one. */
gboolean
bil_reader_get_selection_span (BilReader *self,
                               gsize     *start,
                               gsize     *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter a, b;
  const char *text;
  gsize len;

  g_return_val_if_fail (BIL_IS_READER (self), FALSE);
  if (self->article == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return FALSE;
  text = bil_article_get_text (self->article, &len);
  *start = (gsize) (g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&a)) - text);
  *end = (gsize) (g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&b)) - text);
  *end = MIN (*end, len);
  return *start < *end;
}

static void
bil_reader_dispose (GObject *object)
{
  BilReader *self = (BilReader *) object;

  g_clear_object (&self->article);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (bil_reader_parent_class)->dispose (object);
}

static void
bil_reader_class_init (BilReaderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bil_reader_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bil_reader_init (BilReader *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *add_button;
  g_autoptr(GMenu) extra = g_menu_new ();

  /* The head stays put; the text scrolls, so scroll_to_mark can reach the
   * selected sentence. */
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_set_margin_start (head, 24);
  gtk_widget_set_margin_end (head, 24);
  gtk_widget_set_margin_top (head, 18);
  gtk_widget_set_margin_bottom (head, 12);

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_wrap_mode (self->title, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "title-2");
  self->meta = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->meta, 0);
  gtk_label_set_wrap (self->meta, TRUE);
  gtk_label_set_wrap_mode (self->meta, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->meta), "dim-label");
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (self->meta));
  gtk_widget_set_hexpand (labels, TRUE);

  self->open_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("Open _Original")));
  gtk_widget_set_valign (GTK_WIDGET (self->open_button), GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->open_button), _("Open the article’s web page or file"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), FALSE);
  g_signal_connect_swapped (self->open_button, "clicked", G_CALLBACK (open_original_cb), self);
  add_button = gtk_button_new_with_mnemonic (_("Add as _Figure"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (add_button, _("Add the selected amount as a figure the extractor missed (Ctrl+D)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "win.add-figure");
  gtk_box_append (GTK_BOX (head), labels);
  gtk_box_append (GTK_BOX (head), add_button);
  gtk_box_append (GTK_BOX (head), GTK_WIDGET (self->open_button));

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_text_view_set_cursor_visible (self->view, TRUE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (self->view, 4);
  gtk_text_view_set_left_margin (self->view, 24);
  gtk_text_view_set_right_margin (self->view, 24);
  gtk_text_view_set_top_margin (self->view, 12);
  gtk_text_view_set_bottom_margin (self->view, 24);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article text"), -1);
  /* The selection's context menu offers it too. */
  g_menu_append (extra, _("Add as _Figure"), "win.add-figure");
  gtk_text_view_set_extra_menu (self->view, G_MENU_MODEL (extra));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (self->box), head);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), scrolled);
}

GtkWidget *
bil_reader_new (void)
{
  return g_object_new (BIL_TYPE_READER, NULL);
}
