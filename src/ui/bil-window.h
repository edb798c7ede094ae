/* bil-window.h
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bil-application.h"
#include "bil-corpus.h"
#include "bil-session.h"

G_BEGIN_DECLS

#define BIL_TYPE_WINDOW (bil_window_get_type ())
G_DECLARE_FINAL_TYPE (BilWindow, bil_window, BIL, WINDOW, AdwApplicationWindow)

BilWindow  *bil_window_new            (BilApplication     *application);
void        bil_window_open_files     (BilWindow          *self,
                                       GFile             **files,
                                       int                 n_files);
void        bil_window_open_paths     (BilWindow          *self,
                                       const char * const *paths);
void        bil_window_ensure_corpus  (BilWindow          *self);
BilCorpus  *bil_window_get_corpus     (BilWindow          *self);
BilSession *bil_window_get_session    (BilWindow          *self);
gboolean    bil_window_get_loading    (BilWindow          *self);
void        bil_window_select_article (BilWindow          *self,
                                       guint               position);
const char *bil_window_get_page       (BilWindow          *self);
void        bil_window_set_page       (BilWindow          *self,
                                       const char         *page);
GtkTextView *bil_window_get_reader    (BilWindow          *self);
GtkWidget  *bil_window_get_view       (BilWindow          *self,
                                       const char         *name);
void        bil_window_export_report  (BilWindow          *self,
                                       const char         *path,
                                       const char         *title,
                                       int                 scale,
                                       guint               sections);
void        bil_window_export_data    (BilWindow          *self,
                                       const char         *path);
GtkWindow  *bil_window_add_address    (BilWindow          *self,
                                       const char         *address);

G_END_DECLS
