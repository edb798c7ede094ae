/* bench-readers.c: how fast the web page reader takes the article out of
 * saved pages, on one core
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-readers [--rounds=N] DIR
 *
 * Reads every .html and .html.gz page of DIR (the benchmark's pages are
 * gzip-compressed; they are unpacked before timing), then times
 * bil_html_read () on each page, N rounds (default 5), on this thread
 * only; prints pages a second, MB a second, and the median, 90th
 * percentile and slowest page in milliseconds (each page's best round).
 * Prints figures, never fails on a time; exits 77 (skipped) without DIR.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bil-html-reader.h"

typedef struct
{
  char   *name;
  GBytes *bytes;
  double  best;   /* seconds */
} Page;

static GBytes *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GInputStream) in = G_INPUT_STREAM (g_file_read (file, NULL, NULL));
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (in == NULL)
    return NULL;
  if (g_str_has_suffix (path, ".gz"))
    {
      g_autoptr(GZlibDecompressor) gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);

      stream = g_converter_input_stream_new (in, G_CONVERTER (gunzip));
    }
  else
    stream = g_object_ref (in);
  if (g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL) < 0)
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  const char *dir_path = NULL;
  guint rounds = 5;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  const char *name;
  guint64 bytes = 0;
  double total = 0;
  guint ok = 0;

  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--rounds="))
      rounds = (guint) MAX (1, atoi (argv[i] + 9));
    else
      dir_path = argv[i];
  if (dir_path == NULL || (dir = g_dir_open (dir_path, 0, NULL)) == NULL)
    {
      g_printerr ("bench-readers: no folder of pages (%s); skipped\n", dir_path ? dir_path : "none given");
      return 77;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      Page page = { 0 };

      if (!g_str_has_suffix (name, ".html") && !g_str_has_suffix (name, ".html.gz"))
        continue;
      page.bytes = load (path);
      if (page.bytes == NULL)
        continue;
      page.name = g_strdup (name);
      page.best = G_MAXDOUBLE;
      bytes += g_bytes_get_size (page.bytes);
      g_array_append_val (pages, page);
    }

  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < pages->len; i++)
      {
        Page *page = &g_array_index (pages, Page, i);
        gsize len;
        const char *data = g_bytes_get_data (page->bytes, &len);
        BilDocument doc = { 0 };
        gint64 start = g_get_monotonic_time ();
        gboolean read = bil_html_read (data, len, &doc, NULL, NULL);
        double t = (double) (g_get_monotonic_time () - start) / 1e6;

        if (r == 0 && read)
          ok++;
        page->best = MIN (page->best, t);
        total += t;
        bil_document_clear (&doc);
      }

  for (guint i = 0; i < pages->len; i++)
    g_array_append_val (times, g_array_index (pages, Page, i).best);
  g_array_sort (times, compare_double);
  if (times->len == 0)
    {
      g_printerr ("bench-readers: no pages in %s; skipped\n", dir_path);
      return 77;
    }
  g_print ("web pages: %u (%u with article text), %.1f MB, %u rounds, one thread\n", pages->len, ok,
           (double) bytes / 1e6, rounds);
  g_print ("  %.0f pages a second, %.1f MB a second (all rounds)\n", pages->len * rounds / total,
           (double) bytes * rounds / 1e6 / total);
  g_print ("  per page (best of its rounds): median %.2f ms, 90th percentile %.2f ms, slowest %.2f ms\n",
           g_array_index (times, double, times->len / 2) * 1e3,
           g_array_index (times, double, times->len * 9 / 10) * 1e3,
           g_array_index (times, double, times->len - 1) * 1e3);
  for (guint i = 0; i < pages->len; i++)
    {
      g_free (g_array_index (pages, Page, i).name);
      g_bytes_unref (g_array_index (pages, Page, i).bytes);
    }
  return 0;
}
