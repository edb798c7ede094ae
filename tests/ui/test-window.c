/* test-window.c: the window on the seeds and on a large corpus, in a real
 * display (run under xvfb-run)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "bil-window.h"
#include "bil-test-files.h"

static void
wait_until_loaded (BilWindow *window)
{
  while (bil_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
}

static char *
reader_text (BilWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (bil_window_get_reader (window));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static void
test_seeds (void)
{
  BilWindow *window = bil_window_new (NULL);
  g_autofree char *text = NULL;

  gtk_window_present (GTK_WINDOW (window));
  bil_window_ensure_corpus (window);
  g_assert_true (bil_window_get_loading (window));
  wait_until_loaded (window);

  g_assert_nonnull (bil_window_get_corpus (window));
  g_assert_cmpuint (bil_corpus_get_n_articles (bil_window_get_corpus (window)), ==, 5);

  bil_window_select_article (window, 2);
  text = reader_text (window);
  g_assert_true (g_str_has_prefix (text, "Tokyo To Boost Chip, AI Collaborations"));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  gint64 last;
  gint64 max_gap;
} Stall;

static gboolean
tick_cb (gpointer data)
{
  Stall *stall = data;
  gint64 now = g_get_monotonic_time ();

  if (stall->last)
    stall->max_gap = MAX (stall->max_gap, now - stall->last);
  stall->last = now;
  return G_SOURCE_CONTINUE;
}

/* 10,000 small files load in the background: the main loop keeps turning. */
static void
test_large_corpus_responsive (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-ui-XXXXXX", &error);
  BilWindow *window = bil_window_new (NULL);
  const char *paths[] = { dir, NULL };
  Stall stall = { 0 };
  guint tick;
  const guint n = 10000;

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/article-%05u.txt", dir, i);
      g_autofree char *text = g_strdup_printf ("Article %u On Trade\n\nJapan and Malaysia signed deal number %u.\n", i, i);
      g_file_set_contents (name, text, -1, NULL);
    }

  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  tick = g_timeout_add (5, tick_cb, &stall);
  bil_window_open_paths (window, paths);
  wait_until_loaded (window);
  /* One more turn for the list to show the new model. */
  g_main_context_iteration (NULL, FALSE);
  g_source_remove (tick);

  g_assert_cmpuint (bil_corpus_get_n_articles (bil_window_get_corpus (window)), ==, n);
  g_test_message ("longest main-loop stall while loading %u files: %.1f ms", n, stall.max_gap / 1000.0);
  /* Loading on the main thread would stall it for seconds. Sanitizers slow
   * every instruction down several times: there the figure is only shown. */
#ifndef __SANITIZE_ADDRESS__
  g_assert_cmpint (stall.max_gap, <, 50 * 1000);
#endif

  gtk_window_destroy (GTK_WINDOW (window));
  bil_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/seeds", test_seeds);
  g_test_add_func ("/ui/window/large-corpus-responsive", test_large_corpus_responsive);

  return g_test_run ();
}
