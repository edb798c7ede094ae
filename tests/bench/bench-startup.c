/* bench-startup.c: from exec to the first frame with the embedded corpus's
 * charts, beside a bare GtkApplication window on the same machine
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each child prints "mark <phase> <µs>" on the monotonic clock (shared by
 * every process) as it passes a phase, and "first-frame <µs>" after its
 * first painted frame, then quits; the parent takes the time just before
 * spawning. Medians of several runs per phase, and the ratio of the first
 * frames. Two references: a bare GtkApplication window (the ratio)
 * and a bare libadwaita window (what the stack itself costs).
 * Prints figures; never fails on a time.
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#define RUNS 21

/* The phases every child marks, in order; the last is the first frame. */
static const char * const phases[] = { "startup", "window", "presented", "first-frame" };
#define N_PHASES G_N_ELEMENTS (phases)

static void
mark (const char *phase)
{
  g_print ("mark %s %" G_GINT64_FORMAT "\n", phase, g_get_monotonic_time ());
}

static void
bare_painted_cb (GdkFrameClock  *clock,
                 GtkApplication *app)
{
  mark ("first-frame");
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
bare_present (GtkApplication *app,
              GtkWidget      *window)
{
  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_signal_connect (window, "realize", G_CALLBACK (bare_realize_cb), app);
  mark ("window");
  gtk_window_present (GTK_WINDOW (window));
  mark ("presented");
}

static void
bare_gtk_activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Bare GtkApplication window"));
  bare_present (app, window);
}

/* libadwaita's window has no title bar of its own: a header bar, as in any
 * application built on it. */
static void
bare_adw_activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Bare AdwApplication window"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  bare_present (app, window);
}

/* The references: what any GTK application pays before its first frame,
 * and any libadwaita one. An ID, as every real application has: it
 * registers on the bus too. */
static int
run_bare (gboolean adwaita)
{
  g_autoptr(GtkApplication) app = NULL;

  if (adwaita)
    app = GTK_APPLICATION (adw_application_new ("org.example.BilateralBenchBareAdw", G_APPLICATION_NON_UNIQUE));
  else
    app = gtk_application_new ("org.example.BilateralBenchBare", G_APPLICATION_NON_UNIQUE);
  /* After the class's startup: GTK (and libadwaita) are ready. */
  g_signal_connect_swapped (app, "startup", G_CALLBACK (mark), (gpointer) "startup");
  g_signal_connect (app, "activate", G_CALLBACK (adwaita ? bare_adw_activate_cb : bare_gtk_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* Microseconds from just before the spawn to each phase the child marked;
 * FALSE if it did not reach its first frame. */
static gboolean
time_child (const char * const *argv,
            gint64              times[N_PHASES])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  for (guint p = 0; p < N_PHASES; p++)
    times[p] = -1;
  lines = g_strsplit (out ? out : "", "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);

      if (g_strv_length (words) != 3 || !g_str_equal (words[0], "mark"))
        continue;
      for (guint p = 0; p < N_PHASES; p++)
        if (g_str_equal (words[1], phases[p]))
          times[p] = g_ascii_strtoll (words[2], NULL, 10) - start;
    }
  if (times[N_PHASES - 1] < 0)
    {
      g_printerr ("%s printed no first frame (status %d)\n", argv[0], status);
      return FALSE;
    }
  return TRUE;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return (x > y) - (x < y);
}

/* The three programs run in turn, round after round, so that a slow
 * moment of the machine falls on all of them alike. */
enum { BARE, ADW, APP, N_PROGRAMS };

static const char *labels[N_PROGRAMS] = {
  "bare GtkApplication window", "bare AdwApplication window", "bilateral, embedded corpus"
};

static gint64
median (gint64 *values)
{
  qsort (values, RUNS, sizeof (gint64), compare_gint64);
  return values[RUNS / 2];
}

/* The median of each ratio of first frames taken within a round. */
static double
median_ratio (gint64 times[N_PROGRAMS][N_PHASES][RUNS],
              guint  program)
{
  gint64 ratios[RUNS];

  for (guint r = 0; r < RUNS; r++)
    ratios[r] = times[program][N_PHASES - 1][r] * 1000 / times[BARE][N_PHASES - 1][r];
  return median (ratios) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  const char *argvs[N_PROGRAMS][3] = { { argv[0], "--bare", NULL }, { argv[0], "--bare-adw", NULL }, { NULL, NULL } };
  static gint64 times[N_PROGRAMS][N_PHASES][RUNS];
  double app_ratio, adw_ratio;

  if (argc == 2 && g_str_equal (argv[1], "--bare"))
    return run_bare (FALSE);
  if (argc == 2 && g_str_equal (argv[1], "--bare-adw"))
    return run_bare (TRUE);
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
  argvs[APP][0] = argv[1];
  g_setenv ("BILATERAL_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  /* No last corpus from the user's settings: the embedded one. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  /* One round first, so none pays for a cold file cache. */
  for (guint p = 0; p < N_PROGRAMS; p++)
    {
      gint64 run[N_PHASES];

      time_child (argvs[p], run);
    }
  for (guint r = 0; r < RUNS; r++)
    for (guint p = 0; p < N_PROGRAMS; p++)
      {
        gint64 run[N_PHASES];

        if (!time_child (argvs[p], run))
          return 1;
        for (guint k = 0; k < N_PHASES; k++)
          times[p][k][r] = run[k];
      }

  /* Before the medians sort the runs apart from their rounds. */
  app_ratio = median_ratio (times, APP);
  adw_ratio = median_ratio (times, ADW);
  printf ("medians of %d rounds, from exec  %-11s %-11s %-11s %s\n", RUNS, "startup", "window", "presented",
          "first frame");
  for (guint p = 0; p < N_PROGRAMS; p++)
    {
      printf ("%-30s", labels[p]);
      for (guint k = 0; k < N_PHASES; k++)
        {
          gint64 m = median (times[p][k]);

          if (m < 0)
            printf (" %11s", "-");
          else
            printf (" %8.1f ms", m / 1000.0);
        }
      printf ("   (first frame %.1f-%.1f)\n", times[p][N_PHASES - 1][0] / 1000.0,
              times[p][N_PHASES - 1][RUNS - 1] / 1000.0);
    }
  printf ("start-up ratio: %.2f× (target ≤ 1.2×); a bare libadwaita window alone: %.2f×; "
          "medians of the ratios within a round; renderer %s\n",
          app_ratio, adw_ratio,
          g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default");
  return 0;
}
