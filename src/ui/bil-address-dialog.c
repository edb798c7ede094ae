/* bil-address-dialog.c: "Add from Address"
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An address is typed or pasted; Add fetches it (bil_fetch_async (), off
 * the main thread) into the folder the window chose, with its progress
 * below and Cancel to stop it; what goes wrong is said in the dialog,
 * which stays open to try again. When the page is saved, "added" gives
 * its file and the dialog closes.
 */

#define G_LOG_DOMAIN "bil-address"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bil-address-dialog.h"
#include "bil-fetcher.h"

struct _BilAddressDialog
{
  AdwWindow       parent_instance;

  AdwEntryRow    *address_row;
  GtkButton      *add_button;
  GtkProgressBar *progress_bar;
  GtkLabel       *message;

  GFile          *folder;
  GCancellable   *cancellable;   /* while fetching */
  guint           pulse_id;
};

G_DEFINE_FINAL_TYPE (BilAddressDialog, bil_address_dialog, ADW_TYPE_WINDOW)

enum { ADDED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_busy (BilAddressDialog *self,
          gboolean          busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->address_row), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "address.add", !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  if (busy)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, _("Connecting…"));
    }
  else
    g_clear_handle_id (&self->pulse_id, g_source_remove);
}

static void
show_message (BilAddressDialog *self,
              const char       *text)
{
  gtk_label_set_text (self->message, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
}

static gboolean
pulse_cb (gpointer data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (data));
  return G_SOURCE_CONTINUE;
}

static void
progress_cb (guint64  received,
             guint64  total,
             gpointer data)
{
  BilAddressDialog *self = data;
  g_autofree char *size = g_format_size (received);

  if (self->cancellable == NULL)
    return;
  gtk_progress_bar_set_text (self->progress_bar, size);
  if (total > 0)
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) received / (double) total));
    }
  else if (self->pulse_id == 0)
    self->pulse_id = g_timeout_add (150, pulse_cb, self->progress_bar);
}

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(BilAddressDialog) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = bil_fetch_finish (result, &error);

  /* Cancelled: the dialog is closing or closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (file == NULL)
    {
      /* TRANSLATORS: %s says what went wrong ("the server answered 404 Not Found") */
      g_autofree char *text = g_strdup_printf (_("Could not add it: %s"), error->message);

      /* An address that is not one to fetch comes back here too, from
       * bil_fetch_async ()'s own check. */
      show_message (self, text);
      gtk_widget_grab_focus (GTK_WIDGET (self->address_row));
      return;
    }
  g_signal_emit (self, signals[ADDED], 0, file);
  gtk_window_close (GTK_WINDOW (self));
}

/* What was typed, as an address: "example.org/news" is read as https. */
static char *
typed_address (BilAddressDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_row))));
  g_autofree char *scheme = g_uri_parse_scheme (text);

  if (*text == '\0')
    return NULL;
  if (scheme == NULL && strchr (text, '.') != NULL && strchr (text, ' ') == NULL)
    return g_strconcat ("https://", text, NULL);
  return g_steal_pointer (&text);
}

void
bil_address_dialog_add (BilAddressDialog *self)
{
  g_autofree char *address = NULL;

  g_return_if_fail (BIL_IS_ADDRESS_DIALOG (self));
  if (self->cancellable != NULL)
    return;
  address = typed_address (self);
  if (address == NULL)
    {
      show_message (self, _("Type or paste the address of a web page, PDF or feed."));
      return;
    }
  show_message (self, NULL);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  bil_fetch_async (address, self->folder, 0, self->cancellable, progress_cb, self, fetched_cb, g_object_ref (self));
}

static void
add_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  bil_address_dialog_add (BIL_ADDRESS_DIALOG (widget));
}

static void
cancel_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
close_request (GtkWindow *window)
{
  BilAddressDialog *self = BIL_ADDRESS_DIALOG (window);

  /* Nothing is left half-written: the fetcher writes whole or not at all. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  return GTK_WINDOW_CLASS (bil_address_dialog_parent_class)->close_request (window);
}

static void
bil_address_dialog_dispose (GObject *object)
{
  BilAddressDialog *self = BIL_ADDRESS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->folder);
  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_ADDRESS_DIALOG);
  G_OBJECT_CLASS (bil_address_dialog_parent_class)->dispose (object);
}

static void
bil_address_dialog_class_init (BilAddressDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bil_address_dialog_dispose;
  window_class->close_request = close_request;

  /**
   * BilAddressDialog::added:
   * @file: the saved page
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-address-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BilAddressDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, BilAddressDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, BilAddressDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BilAddressDialog, message);

  gtk_widget_class_install_action (widget_class, "address.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "address.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "address.cancel", NULL);
}

static void
bil_address_dialog_init (BilAddressDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->add_button));
}

/**
 * bil_address_dialog_new:
 * @folder: where fetched pages are saved
 */
BilAddressDialog *
bil_address_dialog_new (GtkWindow *parent,
                        GFile     *folder)
{
  BilAddressDialog *self = g_object_new (BIL_TYPE_ADDRESS_DIALOG, "transient-for", parent, NULL);

  self->folder = g_object_ref (folder);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->address_row));
  return self;
}

void
bil_address_dialog_set_address (BilAddressDialog *self,
                                const char       *address)
{
  g_return_if_fail (BIL_IS_ADDRESS_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), address ? address : "");
}

gboolean
bil_address_dialog_get_busy (BilAddressDialog *self)
{
  g_return_val_if_fail (BIL_IS_ADDRESS_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}
