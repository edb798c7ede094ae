/* bil-style.h: the render style taken from the GTK theme
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bil-render-style.h"

G_BEGIN_DECLS

void bil_style_from_widget (GtkWidget      *widget,
                            BilRenderStyle *style);

G_END_DECLS
