/* bench-startup.c: from exec to the first frame with the embedded corpus's
 * charts, beside a bare GtkApplication window on the same machine
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both children print "first-frame <µs>" on the monotonic clock (shared by
 * every process) after their first painted frame and quit; the parent takes
 * the time just before spawning. Medians of several runs, and their ratio.
 * Prints figures; never fails on a time.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#define RUNS 11

static void
bare_painted_cb (GdkFrameClock  *clock,
                 GtkApplication *app)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, bare_painted_cb, app);
  g_application_quit (G_APPLICATION (app));
}

static void
bare_realize_cb (GtkWidget      *window,
                 GtkApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (bare_painted_cb), app);
}

static void
bare_activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Bare GtkApplication window"));
  g_signal_connect (window, "realize", G_CALLBACK (bare_realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

/* The reference: what any GTK application pays before its first frame. */
static int
run_bare (void)
{
  /* An ID, as every real application has: it registers on the bus too. */
  g_autoptr(GtkApplication) app = gtk_application_new ("org.example.BilateralBenchBare", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (bare_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* Microseconds from just before the spawn to the child's first frame. */
static gint64
time_child (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *line;
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return -1;
    }
  line = out ? strstr (out, "first-frame ") : NULL;
  if (line == NULL)
    {
      g_printerr ("%s printed no first frame (status %d)\n", argv[0], status);
      return -1;
    }
  return g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10) - start;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return (x > y) - (x < y);
}

static gint64
median_of (const char * const *argv,
           const char         *label)
{
  gint64 times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    if ((times[i] = time_child (argv)) < 0)
      return -1;
  qsort (times, RUNS, sizeof (gint64), compare_gint64);
  printf ("%-28s median %6.1f ms  (min %.1f, max %.1f, %d runs)\n", label,
          times[RUNS / 2] / 1000.0, times[0] / 1000.0, times[RUNS - 1] / 1000.0, RUNS);
  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  const char *bare_argv[] = { argv[0], "--bare", NULL };
  const char *app_argv[] = { NULL, NULL };
  gint64 bare, app;

  if (argc == 2 && g_str_equal (argv[1], "--bare"))
    return run_bare ();
  if (argc != 2)
    {
      g_printerr ("usage: %s PATH-TO-BILATERAL\n", argv[0]);
      return 2;
    }
  /* With no session bus (xvfb-run in CI) every registration would start a
   * bus of its own; a desktop has one running: so does the benchmark. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL && g_find_program_in_path ("dbus-run-session"))
    {
      const char *wrapped[] = { "dbus-run-session", "--", argv[0], argv[1], NULL };

      execvp (wrapped[0], (char **) wrapped);
      g_printerr ("dbus-run-session: %s\n", g_strerror (errno));
    }
  app_argv[0] = argv[1];
  g_setenv ("BILATERAL_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  /* No last corpus from the user's settings: the embedded one. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  /* One of each first, so neither pays for a cold file cache. */
  time_child (bare_argv);
  time_child (app_argv);
  bare = median_of (bare_argv, "bare GtkApplication window");
  app = median_of (app_argv, "bilateral, embedded corpus");
  if (bare <= 0 || app <= 0)
    return 1;
  printf ("start-up ratio: %.2f× (target ≤ 1.2×); renderer %s\n", (double) app / (double) bare,
          g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default");
  return 0;
}
