/* bench-extract.c: load + extract speed and peak memory (a benchmark, not
 * a test: it prints figures and never fails on a time)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-extract [--articles=N] [--bytes=B] [--keep=DIR] [--generate-only]
 *   bench-extract --measure=DIR --threads=T   (one run, in a child process)
 *
 * For each corpus size (1,000, 10,000 and 100,000 articles of about B = 5 KB,
 * or only N), generates the articles, then, each in a fresh process so that
 * peak memory is its own, loads and extracts them with 1 thread and with one
 * per core, and runs `grep -cE` with a money pattern over the same files as
 * the floor. A second floor is what issue 20's design would start with: one
 * pass cutting each article into tokens (words, numbers, blank runs,
 * punctuation, with their offsets), timed alone, one core, on the files
 * once read.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "bil-bytes.h"
#include "bil-text.h"
#include "bil-corpus-generator.h"
#include "bil-corpus-loader.h"
#include "bil-test-files.h"

static int n_articles = 0;     /* 0: 1,000, 10,000 and 100,000 in turn */
static int article_bytes = 5000;
static char *keep_dir;
static char *measure_dir;
static int threads = 0;
static gboolean generate_only;

static const GOptionEntry entries[] = {
  { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Articles to generate", "N" },
  { "bytes", 0, 0, G_OPTION_ARG_INT, &article_bytes, "Bytes per article", "B" },
  { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep_dir, "Generate into DIR and keep it", "DIR" },
  { "measure", 0, 0, G_OPTION_ARG_FILENAME, &measure_dir, "Measure one load of DIR", "DIR" },
  { "threads", 0, 0, G_OPTION_ARG_INT, &threads, "Worker threads (0: one per core)", "T" },
  { "generate-only", 0, 0, G_OPTION_ARG_NONE, &generate_only, "Only generate the articles (with --keep)", NULL },
  { NULL }
};

static int
measure (void)
{
  const char *paths[] = { measure_dir, NULL };
  g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
  g_autoptr(BilCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start, elapsed;
  guint64 bytes = 0, figures = 0, pairs = 0;
  struct rusage usage;

  /* The lexicon and rate table are built once per process: not part of
   * the per-byte cost, but reported. */
  start = g_get_monotonic_time ();
  bil_lexicon_get_default ();
  elapsed = g_get_monotonic_time () - start;
  printf ("lexicon built in %.1f ms\n", elapsed / 1000.0);

  if (threads > 0)
    bil_corpus_loader_set_n_threads (loader, (guint) threads);
  start = g_get_monotonic_time ();
  corpus = bil_corpus_loader_load (loader, NULL, &error);
  elapsed = g_get_monotonic_time () - start;
  if (corpus == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      BilArticle *a = bil_corpus_get_article (corpus, i);

      bytes += g_bytes_get_size (bil_article_get_bytes (a));
      if (bil_article_get_facts (a))
        {
          figures += bil_article_get_facts (a)->figures->len;
          pairs += bil_article_get_facts (a)->pairs->len;
        }
    }
  getrusage (RUSAGE_SELF, &usage);
  printf ("threads %d: %u articles, %.1f MB, %" G_GUINT64_FORMAT " figures, %" G_GUINT64_FORMAT " pair mentions, "
          "%.2f s, %.1f MB/s (target ≥ 200 on one core, ≥ 350 on two), peak memory %.1f MB (%.2f× the corpus; "
          "target < 2× + 100 MB = %.0f MB)\n",
          threads > 0 ? threads : (int) g_get_num_processors (), bil_corpus_get_n_articles (corpus),
          bytes / 1e6, figures, pairs, elapsed / 1e6, bytes / 1e6 / (elapsed / 1e6),
          usage.ru_maxrss * 1024.0 / 1e6, usage.ru_maxrss * 1024.0 / (double) bytes, 2 * bytes / 1e6 + 100);
  return 0;
}

static void
run_child (const char *self,
           const char *dir,
           int         n)
{
  g_autofree char *measure_arg = g_strdup_printf ("--measure=%s", dir);
  g_autofree char *threads_arg = g_strdup_printf ("--threads=%d", n);
  const char *argv[] = { self, measure_arg, threads_arg, NULL };
  g_autoptr(GError) error = NULL;

  fflush (stdout);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL, NULL, &error))
    g_printerr ("%s\n", error->message);
}

static void
run_grep (const char *dir,
          guint64     bytes)
{
  const char *pattern = "(US\\$|RM|\\$|€|¥|USD|S\\$|A\\$|Rs|Rp)[ ]?[0-9][0-9,.]*( ?(billion|million|trillion|bn|mn|lakh crore))?";
  g_autofree char *command = g_strdup_printf ("grep -rcE '%s' %s", pattern, dir);
  g_autofree char *out = NULL;
  gint64 start = g_get_monotonic_time (), elapsed;
  int status;

  g_spawn_command_line_sync (command, &out, NULL, &status, NULL);
  elapsed = g_get_monotonic_time () - start;
  printf ("grep -rcE (money pattern, one core, the floor): %.2f s, %.1f MB/s\n",
          elapsed / 1e6, bytes / 1e6 / (elapsed / 1e6));
}

typedef struct
{
  guint32 start, end;
  guint8  kind;
} Token;

enum { TOKEN_WORD, TOKEN_BLANK, TOKEN_OTHER };

/* The tokens of @t into @out (room for @n): a run of word bytes (letters,
 * digits), a run of blanks, or any other byte alone; sixteen bytes at a
 * time inside runs. Returns how many. */
static gsize
tokenize (const char *t,
          gsize       n,
          Token      *out)
{
  gsize i = 0, k = 0;

  while (i < n)
    {
      guchar c = (guchar) t[i];
      guint8 kind = bil_is_word_byte (c) ? TOKEN_WORD : c == ' ' ? TOKEN_BLANK : TOKEN_OTHER;
      gsize j = i + 1;

      if (kind != TOKEN_OTHER)
        {
          for (; j + 16 <= n; j += 16)
            {
              BilBytes16 v = bil_bytes16_load (t + j);
              BilMask16 same = kind == TOKEN_WORD ? bil_bytes16_word (v) : bil_bytes16_eq (v, ' ');
              guint end = bil_mask16_first (~same);

              if (end < 16)
                {
                  j += end;
                  goto done;
                }
            }
          while (j < n && (kind == TOKEN_WORD ? bil_is_word_byte ((guchar) t[j]) : t[j] == ' '))
            j++;
        }
    done:
      out[k++] = (Token) { (guint32) i, (guint32) j, kind };
      i = j;
    }
  return k;
}

static void
tokenize_folder (const char *dir,
                 Token     **tokens,
                 gsize      *room,
                 guint64    *n_tokens,
                 gint64     *elapsed)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      gsize len;
      gint64 start;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          tokenize_folder (path, tokens, room, n_tokens, elapsed);
          continue;
        }
      if (!g_file_get_contents (path, &text, &len, NULL))
        continue;
      if (len > *room)
        {
          *room = len;
          *tokens = g_renew (Token, *tokens, *room);
        }
      start = g_get_monotonic_time ();
      *n_tokens += tokenize (text, len, *tokens);
      *elapsed += g_get_monotonic_time () - start;
    }
}

static void
run_token_floor (const char *dir,
                 guint64     bytes)
{
  g_autofree Token *tokens = NULL;
  gsize room = 0;
  guint64 n_tokens = 0;
  gint64 elapsed = 0;

  tokenize_folder (dir, &tokens, &room, &n_tokens, &elapsed);
  printf ("one pass into tokens (words, blank runs, other bytes; offsets; files once read), one core: "
          "%.2f s, %.1f MB/s, %.1f bytes a token\n",
          elapsed / 1e6, bytes / 1e6 / (MAX (elapsed, 1) / 1e6), n_tokens ? (double) bytes / n_tokens : 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  guint64 bytes = 0;
  gint64 start;
  const char *env = g_getenv ("BILATERAL_BENCH_ARTICLES");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (measure_dir)
    return measure ();
  if (generate_only && keep_dir == NULL)
    {
      g_printerr ("--generate-only needs --keep=DIR\n");
      return 2;
    }
  if (env)
    n_articles = atoi (env);

  printf ("machine: %u cores\n", g_get_num_processors ());
  {
    const int sizes[] = { 1000, 10000, 100000 };
    guint n_sizes = n_articles > 0 ? 1 : G_N_ELEMENTS (sizes);

    for (guint k = 0; k < n_sizes; k++)
      {
        int n = n_articles > 0 ? n_articles : sizes[k];
        g_autofree char *dir = keep_dir ? g_strdup (keep_dir) : g_dir_make_tmp ("bilateral-bench-XXXXXX", &error);

        if (dir == NULL)
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        start = g_get_monotonic_time ();
        if (!bil_generate_corpus (dir, (guint) n, (gsize) article_bytes, 20261122, &bytes, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        printf ("\ngenerated %d articles, %.1f MB in %s (%.1f s)\n", n, bytes / 1e6, dir,
                (g_get_monotonic_time () - start) / 1e6);

        if (generate_only)
          continue;
        run_grep (dir, bytes);
        run_token_floor (dir, bytes);
        run_child (argv[0], dir, 1);
        run_child (argv[0], dir, 0);

        if (!keep_dir)
          bil_test_remove_tree (dir);
      }
  }
  return 0;
}
