/* bil-window-private.h: what the window's files share
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * BilWindow is written in three files, as gnome-text-editor writes its
 * window: bil-window.c builds it and follows the session; bil-window-actions.c
 * holds the win.* actions, their shortcuts and the flows they start (open,
 * add from address, export); bil-window-loading.c brings a corpus in.
 */

#pragma once

#include "bil-article-sidebar.h"
#include "bil-conflict-view.h"
#include "bil-corpus-loader.h"
#include "bil-evidence-list.h"
#include "bil-figure-chart-view.h"
#include "bil-figure-detail.h"
#include "bil-figure-table.h"
#include "bil-filter-bar.h"
#include "bil-partnership-map.h"
#include "bil-reader.h"
#include "bil-trends-page.h"
#include "bil-sector-grid-view.h"
#include "bil-window.h"

G_BEGIN_DECLS

typedef struct
{
  char       *page;
  BilArticle *article;
  gsize       start;
  gsize       end;
} Place;

struct _BilWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *corpus_title;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  BilArticleSidebar    *article_sidebar;
  BilFilterBar         *filter_bar;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  GtkStack             *figures_stack;
  GtkStack             *map_stack;
  GtkStack             *sectors_stack;
  GtkStack             *article_stack;
  GtkToggleButton      *log_button;
  AdwBin               *trends_bin;
  BilTrendsPage        *trends_page;   /* made the first time the page shows */
  GtkToggleButton      *review_button;
  GtkRevealer          *detail_revealer;
  GtkBox               *detail_box;
  BilFigureDetail      *figure_detail;   /* NULL until first opened */
  BilConflictView      *conflict_view;
  GtkDropDown          *grouping_drop;
  GtkLabel             *figures_summary;
  BilFigureChartView   *figure_chart;
  BilFigureTable       *figure_table;
  BilPartnershipMap    *partnership_map;
  BilEvidenceList      *evidence_list;
  BilSectorGridView    *sector_grid;
  BilReader            *reader;

  BilSession           *session;
  BilCorpusLoader      *loader;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  GArray               *history;         /* Place */
  gsize                 reader_start;    /* the span the reader shows */
  gsize                 reader_end;
  gboolean              restoring;
  GSettings            *settings;        /* NULL without an application or schema */
  GHashTable           *review_notes;    /* review messages already shown */
  GtkWindow            *help_overlay;    /* built when first asked for */
  char                 *select_path;     /* the article to show once loaded (a page just added) */
  guint                 loading_page_id;  /* shows "Loading Articles…" if the first load takes a while */
};

void bil_window_class_add_actions (GtkWidgetClass *widget_class);
void bil_window_update_actions    (BilWindow      *self);
void bil_window_clear_filter      (BilWindow      *self);
void bil_window_show_evidence     (BilWindow      *self,
                                   BilArticle     *article,
                                   gsize           start,
                                   gsize           end);
void bil_window_open_detail       (BilWindow      *self,
                                   BilArticle     *article,
                                   gsize           start,
                                   gsize           end,
                                   gboolean        adding);

G_END_DECLS
