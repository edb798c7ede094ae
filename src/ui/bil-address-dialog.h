/* bil-address-dialog.h: "Add from Address"
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BIL_TYPE_ADDRESS_DIALOG (bil_address_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BilAddressDialog, bil_address_dialog, BIL, ADDRESS_DIALOG, AdwWindow)

BilAddressDialog *bil_address_dialog_new         (GtkWindow        *parent,
                                                  GFile            *folder);
void              bil_address_dialog_set_address (BilAddressDialog *self,
                                                  const char       *address);
void              bil_address_dialog_add         (BilAddressDialog *self);
gboolean          bil_address_dialog_get_busy    (BilAddressDialog *self);

G_END_DECLS
