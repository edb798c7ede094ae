/* bil-evidence-list.c: the sentences behind a partnership
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Beside the map: what the selected arc or country rests on, a sentence
 * and its article per row (the first 200). Activating a row opens the
 * article at that sentence (win.open-evidence).
 */

#define G_LOG_DOMAIN "bil-evidence-list"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-evidence-list.h"
#include "bil-open-evidence.h"
#include "bil-partnership.h"

struct _BilEvidenceList
{
  GtkBox      parent_instance;

  GtkLabel   *title;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (BilEvidenceList, bil_evidence_list, GTK_TYPE_BOX)

static void
row_activated_cb (BilEvidenceList *self,
                  GtkListBoxRow   *row)
{
  BilArticle *article = g_object_get_data (G_OBJECT (row), "article");
  gsize start = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "start"));
  gsize end = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "end"));

  if (article)
    bil_open_evidence (GTK_WIDGET (self), article, start, end);
}

static GtkWidget *
new_row (const BilEvidence *e)
{
  const char *text = bil_article_get_text (e->article, NULL);
  g_autofree char *sentence = g_strndup (text + e->start, e->end - e->start);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (sentence);
  GtkWidget *source = gtk_label_new (bil_article_get_title (e->article));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_lines (GTK_LABEL (label), 5);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (source), 0);
  gtk_label_set_ellipsize (GTK_LABEL (source), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (source, "dim-label");
  gtk_widget_add_css_class (source, "caption");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), source);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "article", g_object_ref (e->article), g_object_unref);
  g_object_set_data (G_OBJECT (row), "start", GSIZE_TO_POINTER (e->start));
  g_object_set_data (G_OBJECT (row), "end", GSIZE_TO_POINTER (e->end));
  return row;
}

/**
 * bil_evidence_list_show:
 * @title: (nullable): what the evidence is of ("Japan ↔ Malaysia"), or
 *   %NULL for nothing selected
 * @evidence: #BilEvidence
 *
 * Shows @evidence in place of what was shown.
 */
void
bil_evidence_list_show (BilEvidenceList *self,
                        const char      *title,
                        GArray          *evidence)
{
  GtkWidget *child;

  g_return_if_fail (BIL_IS_EVIDENCE_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  gtk_label_set_text (self->title, title ? title : _("Click an arc or a country to see its evidence"));
  for (guint i = 0; evidence != NULL && i < evidence->len && i < 200; i++)
    gtk_list_box_append (self->list, new_row (&g_array_index (evidence, BilEvidence, i)));
}

/* The list itself, for tests that activate its rows. */
GtkListBox *
bil_evidence_list_get_list_box (BilEvidenceList *self)
{
  g_return_val_if_fail (BIL_IS_EVIDENCE_LIST (self), NULL);

  return self->list;
}

static void
bil_evidence_list_dispose (GObject *object)
{
  BilEvidenceList *self = BIL_EVIDENCE_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_EVIDENCE_LIST);
  G_OBJECT_CLASS (bil_evidence_list_parent_class)->dispose (object);
}

static void
bil_evidence_list_class_init (BilEvidenceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bil_evidence_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-evidence-list.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "title", FALSE, G_STRUCT_OFFSET (BilEvidenceList, title));
  gtk_widget_class_bind_template_child_full (widget_class, "list", FALSE, G_STRUCT_OFFSET (BilEvidenceList, list));
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
bil_evidence_list_init (BilEvidenceList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
