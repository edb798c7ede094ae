/* bil-export-dialog.c: what goes into a report, and where
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks for the report's title, its PNG scale and which sections to add,
 * then for the file. It writes nothing itself: "export" hands the choice
 * to whoever opened it (the window writes the report off the main thread).
 */

#define G_LOG_DOMAIN "bil-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-export-dialog.h"
#include "bil-report.h"

struct _BilExportDialog
{
  AdwMessageDialog      parent_instance;

  AdwEntryRow          *title_row;
  AdwComboRow          *scale_row;
  GtkSwitch            *trends_switch;
  GtkSwitch            *map_switch;
  GtkSwitch            *partnerships_switch;
  GtkSwitch            *notes_switch;

  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (BilExportDialog, bil_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum { EXPORT, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     BilExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      guint sections = BIL_REPORT_SUMMARY | BIL_REPORT_FIGURES;

      if (gtk_switch_get_active (self->trends_switch))
        sections |= BIL_REPORT_TRENDS;
      if (gtk_switch_get_active (self->map_switch))
        sections |= BIL_REPORT_MAP;
      if (gtk_switch_get_active (self->partnerships_switch))
        sections |= BIL_REPORT_PARTNERSHIPS;
      if (gtk_switch_get_active (self->notes_switch))
        sections |= BIL_REPORT_NOTES;
      if (path)
        g_signal_emit (self, signals[EXPORT], 0, path, gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                       (int) adw_combo_row_get_selected (self->scale_row) + 1, sections);
    }
  g_clear_object (&self->chooser);
  /* The reference the chooser kept the dialog alive with. */
  g_object_unref (self);
}

static void
bil_export_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  BilExportDialog *self = BIL_EXPORT_DIALOG (dialog);
  g_autoptr(GtkFileFilter) images = NULL;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "choose") != 0)
    return;
  images = gtk_file_filter_new ();
  self->chooser = gtk_file_chooser_native_new (_("Save Report"), gtk_window_get_transient_for (GTK_WINDOW (self)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (images, _("PNG, SVG or PDF"));
  gtk_file_filter_add_suffix (images, "png");
  gtk_file_filter_add_suffix (images, "svg");
  gtk_file_filter_add_suffix (images, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), images);
  name = g_strdup_printf ("%s.png", gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  /* The dialog closes now; the chooser answers after. */
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
bil_export_dialog_dispose (GObject *object)
{
  BilExportDialog *self = BIL_EXPORT_DIALOG (object);

  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (bil_export_dialog_parent_class)->dispose (object);
}

static void
bil_export_dialog_class_init (BilExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = bil_export_dialog_dispose;
  dialog_class->response = bil_export_dialog_response;

  /**
   * BilExportDialog::export:
   * @path: the file chosen
   * @title: the report's title
   * @scale: the PNG scale, 1 to 4
   * @sections: the #BilReportSection flags to draw
   *
   * The user chose a file to write the report to.
   */
  signals[EXPORT] = g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_INT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BilExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, BilExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, BilExportDialog, trends_switch);
  gtk_widget_class_bind_template_child (widget_class, BilExportDialog, map_switch);
  gtk_widget_class_bind_template_child (widget_class, BilExportDialog, partnerships_switch);
  gtk_widget_class_bind_template_child (widget_class, BilExportDialog, notes_switch);
}

static void
bil_export_dialog_init (BilExportDialog *self)
{
  const char *scales[] = { "1×", _("2× (screens and slides)"), "3×", "4×", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->scale_row, G_LIST_MODEL (gtk_string_list_new (scales)));
}

/**
 * bil_export_dialog_new:
 * @parent: the window the report is of
 * @title: the report's title to start from (the corpus's name)
 * @filter_description: what the report follows, as bil_filter_describe () says it
 * @scale: the PNG scale to start from, 1 to 4
 */
BilExportDialog *
bil_export_dialog_new (GtkWindow  *parent,
                       const char *title,
                       const char *filter_description,
                       int         scale)
{
  g_autofree char *body = g_strdup_printf (_("The report follows the filter: %s."), filter_description);
  BilExportDialog *self = g_object_new (BIL_TYPE_EXPORT_DIALOG, "transient-for", parent, "body", body, NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  adw_combo_row_set_selected (self->scale_row, (guint) CLAMP (scale, 1, 4) - 1);
  return self;
}
