/* test-report.c: the report in PNG, SVG and PDF, and writing it safely
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bil-figure-chart.h"
#include "bil-report.h"
#include "bil-test-corpus.h"

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bilateral-report-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
test_png_scales (void)
{
  g_autofree char *dir = temp_dir ();
  BilReportOptions options = { bil_test_seeds (), NULL, "Seeds", "2026-11-22", BIL_REPORT_ALL, 0, 0 };
  BilRenderStyle style;
  double height;

  bil_render_style_init_light (&style);
  height = bil_report_height (&options, &style);
  g_assert_cmpfloat (height, >, 1000);

  for (int scale = 1; scale <= 4; scale++)
    {
      g_autofree char *name = g_strdup_printf ("%s/report-%d.png", dir, scale);
      g_autoptr(GError) error = NULL;
      cairo_surface_t *png;
      const guint8 *data;
      int stride, w, h;
      guint dark = 0;

      g_assert_true (bil_report_write (name, &options, scale, &error));
      g_assert_no_error (error);
      png = cairo_image_surface_create_from_png (name);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      w = cairo_image_surface_get_width (png);
      h = cairo_image_surface_get_height (png);
      g_assert_cmpint (w, ==, (int) ceil (BIL_REPORT_WIDTH * scale));
      g_assert_cmpint (h, ==, (int) ceil (height * scale));
      data = cairo_image_surface_get_data (png);
      stride = cairo_image_surface_get_stride (png);
      /* Not blank: plenty of ink. */
      for (int y = 0; y < h; y += 4)
        for (int x = 0; x < w; x += 4)
          if ((((const guint32 *) (gconstpointer) (data + y * stride))[x] & 0xFF) < 0x80)
            dark++;
      g_assert_cmpuint (dark, >, 500);
      cairo_surface_destroy (png);
    }
  g_assert_cmpuint (count_files (dir), ==, 4);
  remove_dir (dir);
}

/* The chart region holds bars in the metric colours, one per figure that
 * passes the filter — the same figures the window shows. */
static void
test_chart_bars_follow_filter (void)
{
  BilRenderStyle style;
  g_autoptr(BilFilter) filter = bil_filter_new ();
  BilReportOptions options = { bil_test_seeds (), filter, NULL, "2026-11-22", BIL_REPORT_FIGURES, 0, 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  guint fdi_rows = 0;
  g_autoptr(GArray) refs = NULL;

  bil_render_style_init_light (&style);
  bil_filter_set_metric (filter, "fdi");
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) BIL_REPORT_WIDTH, (int) bil_report_height (&options, &style));
  cr = cairo_create (surface);
  bil_report_render (cr, &options, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  {
    const guint8 *data = cairo_image_surface_get_data (surface);
    int stride = cairo_image_surface_get_stride (surface);
    int h = cairo_image_surface_get_height (surface);
    guint32 fdi = ((guint32) lround (style.metrics[BIL_METRIC_FDI].r * 255) << 16) |
                  ((guint32) lround (style.metrics[BIL_METRIC_FDI].g * 255) << 8) |
                  (guint32) lround (style.metrics[BIL_METRIC_FDI].b * 255);
    guint32 trade = ((guint32) lround (style.metrics[BIL_METRIC_TRADE].r * 255) << 16) |
                    ((guint32) lround (style.metrics[BIL_METRIC_TRADE].g * 255) << 8) |
                    (guint32) lround (style.metrics[BIL_METRIC_TRADE].b * 255);
    gboolean in_bar = FALSE;

    /* Walk down a column just right of where bars start; count bar runs. */
    for (int y = 0; y < h; y++)
      {
        const guint32 *row = (const guint32 *) (gconstpointer) (data + y * stride);
        gboolean any_fdi = FALSE;

        for (int x = 300; x < 700 && !any_fdi; x++)
          {
            g_assert_cmphex (row[x] & 0xFFFFFF, !=, trade);
            any_fdi = (row[x] & 0xFFFFFF) == fdi;
          }
        if (any_fdi && !in_bar)
          fdi_rows++;
        in_bar = any_fdi;
      }
  }
  refs = bil_figure_refs_collect (bil_test_seeds (), filter);
  g_assert_cmpuint (fdi_rows, ==, refs->len);
  g_assert_cmpuint (refs->len, ==, 2);
  cairo_surface_destroy (surface);
}

static void
test_svg_pdf (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *svg = g_build_filename (dir, "report.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.PDF", NULL);
  BilReportOptions options = { bil_test_seeds (), NULL, "Seeds — 日本とマレーシア", "2026-11-22", BIL_REPORT_ALL, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (bil_report_write (svg, &options, 1, &error));
  g_assert_true (g_file_get_contents (svg, &contents, &len, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "</svg>"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (bil_report_write (pdf, &options, 2, &error));
  g_assert_true (g_file_get_contents (pdf, &contents, &len, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* The trailer's end marker, in the last bytes (the body is binary). */
  g_assert_cmpuint (len, >, 64);
  g_assert_nonnull (memmem (contents + len - 32, 32, "%%EOF", 5));
  remove_dir (dir);
}

static void
test_bad_destinations (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "report.png", NULL);
  g_autofree char *wrong = g_build_filename (dir, "report.gif", NULL);
  g_autofree char *old = g_build_filename (dir, "old.png", NULL);
  g_autofree char *target = g_build_filename (dir, "victim.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "link.png", NULL);
  g_autofree char *contents = NULL;
  BilReportOptions options = { bil_test_seeds (), NULL, NULL, "2026-11-22", BIL_REPORT_SUMMARY, 0, 0 };
  g_autoptr(GError) error = NULL;

  g_assert_false (bil_report_write (missing, &options, 2, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  g_assert_false (bil_report_write (wrong, &options, 2, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (bil_report_write (old, &options, 7, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* An existing file is replaced only by a complete new one. */
  g_file_set_contents (old, "old", -1, NULL);
  g_assert_true (bil_report_write (old, &options, 1, &error));
  g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\x89PNG"));
  g_clear_pointer (&contents, g_free);

  /* A symbolic link is replaced, never written through. */
  g_file_set_contents (target, "the user's file", -1, NULL);
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_true (bil_report_write (link, &options, 1, &error));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the user's file");
  g_assert_false (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpuint (count_files (dir), ==, 3);
  remove_dir (dir);
}

/* A read-only folder and a full disk, as an ordinary user. */
static void
test_unwritable_subprocess (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *ro = NULL;
  g_autofree char *path = NULL;
  g_autofree char *full = NULL;
  BilReportOptions options = { bil_test_seeds (), NULL, NULL, "2026-11-22", BIL_REPORT_ALL, 0, 0 };
  g_autoptr(GError) error = NULL;
  struct rlimit limit = { 4096, 4096 };

  if (getuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
  dir = temp_dir ();
  ro = g_build_filename (dir, "read-only", NULL);
  g_mkdir (ro, 0555);
  path = g_build_filename (ro, "report.png", NULL);
  g_assert_false (bil_report_write (path, &options, 2, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (ro), ==, 0);

  /* No more than 4 KiB per file: the disk is full for this report. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  full = g_build_filename (dir, "full.png", NULL);
  g_assert_false (bil_report_write (full, &options, 2, &error));
  g_assert_nonnull (error);
  g_test_message ("full disk: %s", error->message);
  g_assert_cmpuint (count_files (dir), ==, 1);  /* only the read-only folder */

  g_rmdir (ro);
  g_rmdir (dir);
}

static void
test_unwritable (void)
{
  g_test_trap_subprocess ("/render/report/unwritable/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/report/png-scales", test_png_scales);
  g_test_add_func ("/render/report/chart-bars-follow-filter", test_chart_bars_follow_filter);
  g_test_add_func ("/render/report/svg-pdf", test_svg_pdf);
  g_test_add_func ("/render/report/bad-destinations", test_bad_destinations);
  g_test_add_func ("/render/report/unwritable", test_unwritable);
  g_test_add_func ("/render/report/unwritable/subprocess", test_unwritable_subprocess);

  return g_test_run ();
}
