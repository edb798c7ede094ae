/* bil-application.h
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BIL_TYPE_APPLICATION (bil_application_get_type ())
G_DECLARE_FINAL_TYPE (BilApplication, bil_application, BIL, APPLICATION, AdwApplication)

BilApplication *bil_application_new          (void);
GSettings      *bil_application_get_settings (BilApplication *self);
gboolean        bil_application_get_use_review (BilApplication *self);
void            bil_application_mark_phase   (const char *phase);

G_END_DECLS
