/* bil-cli.c: the command line's display-free commands
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-cli"

#include "config.h"

#include <string.h>

#include "bil-cli.h"
#include "bil-corpus-json.h"
#include "bil-corpus-loader.h"
#include "bil-review.h"

static void
print_warnings (GOutputStream *err,
                GPtrArray     *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = g_strdup_printf (PACKAGE_NAME ": %s\n", (char *) g_ptr_array_index (warnings, i));
      g_output_stream_write_all (err, line, strlen (line), NULL, NULL, NULL);
    }
}

static void
print_line (const char    *line,
            GOutputStream *err)
{
  g_output_stream_write_all (err, line, strlen (line), NULL, NULL, NULL);
}

typedef struct
{
  BilJsonWriter *writer;   /* keeps the first write error, and writes nothing after it */
  guint          n;
  BilReview     *review;   /* NULL with --no-review */
} Stream;

/* The end of a command that streams lines: the writer's last bytes, the
 * warnings, a failure named, then --strict. Returns the exit status, or
 * -1 when the command has more to judge. */
static int
finish_stream (Stream        *stream,
               gboolean       ok,
               GError        *error,
               GPtrArray     *warnings,
               gboolean       strict,
               GOutputStream *out,
               GOutputStream *err)
{
  g_autoptr(GError) write_error = NULL;

  bil_json_writer_finish (stream->writer, &write_error);
  print_warnings (err, warnings);
  if (!ok || write_error)
    {
      g_autofree char *line = g_strdup_printf (PACKAGE_NAME ": %s\n", (error ? error : write_error)->message);
      print_line (line, err);
      return BIL_EXIT_FAILURE;
    }
  g_output_stream_flush (out, NULL, NULL);
  if (strict && warnings->len > 0)
    {
      g_autofree char *line = g_strdup_printf (PACKAGE_NAME ": --strict: %u warning(s), failing\n", warnings->len);
      print_line (line, err);
      return BIL_EXIT_FAILURE;
    }
  return -1;
}

/* One line per article, written as it is made: a 200 MB article's line
 * never sits whole in memory. */
static void
write_article_line (BilArticle *article,
                    gpointer    user_data)
{
  Stream *stream = user_data;

  if (stream->review)
    bil_review_apply_article (stream->review, article);
  bil_article_write_json (article, TRUE, stream->writer);
  bil_json_writer_raw (stream->writer, "\n");
  stream->n++;
}

/* One article per line, in constant memory: the map step of a larger
 * extraction (GNU parallel, Hadoop or Spark streaming, Dask). With a
 * range, only those entries of the listing, and only their warnings. */
static int
extract_jsonl (const char * const *paths,
               gboolean            strict,
               gboolean            use_review,
               gboolean            ranged,
               guint               first,
               guint               limit,
               GOutputStream      *out,
               GOutputStream      *err)
{
  g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BilReview) review = use_review ? bil_review_open (paths, warnings) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BilJsonWriter) writer = bil_json_writer_new (out, FALSE);
  Stream stream = { writer, 0, review };
  gboolean ok;
  int status;

  if (ranged)
    bil_corpus_loader_set_range (loader, first, limit);
  ok = bil_corpus_loader_stream (loader, write_article_line, &stream, warnings, NULL, &error);
  if (review)
    {
      g_autoptr(GPtrArray) messages = bil_review_get_messages (review);
      g_ptr_array_extend_and_steal (warnings, g_steal_pointer (&messages));
    }
  if ((status = finish_stream (&stream, ok, error, warnings, strict, out, err)) >= 0)
    return status;
  /* A part with nothing readable is no failure: the whole is judged whole. */
  if (stream.n == 0 && warnings->len > 0 && !ranged)
    {
      print_line (PACKAGE_NAME ": no article could be loaded\n", err);
      return BIL_EXIT_FAILURE;
    }
  return BIL_EXIT_OK;
}

static void
write_entry_line (guint       index,
                  const char *path,
                  guint64     size,
                  gboolean    standalone,
                  gpointer    user_data)
{
  Stream *stream = user_data;
  BilJsonWriter *w = stream->writer;

  bil_json_writer_begin_object (w);
  bil_json_writer_member (w, "entry");
  bil_json_writer_int (w, index);
  bil_json_writer_member (w, "path");
  bil_json_writer_string (w, path);
  bil_json_writer_member (w, "bytes");
  bil_json_writer_int (w, (gint64) size);
  bil_json_writer_member (w, "standalone");
  bil_json_writer_boolean (w, standalone);
  bil_json_writer_end_object (w);
  bil_json_writer_raw (w, "\n");
  stream->n++;
}

/* What the corpus would read, one entry a line, unread: the plan for
 * extracting it in parts (--entries=FIRST:LIMIT). */
static int
list_entries (const char * const *paths,
              gboolean            strict,
              GOutputStream      *out,
              GOutputStream      *err)
{
  g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(BilJsonWriter) writer = bil_json_writer_new (out, FALSE);
  Stream stream = { writer, 0, NULL };
  gboolean ok;
  int status;

  ok = bil_corpus_loader_list (loader, write_entry_line, &stream, warnings, NULL, &error);
  if ((status = finish_stream (&stream, ok, error, warnings, strict, out, err)) >= 0)
    return status;
  return BIL_EXIT_OK;
}

/* "FIRST:LIMIT", 0 <= FIRST <= LIMIT. */
static gboolean
parse_range (const char *text,
             guint      *first,
             guint      *limit)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);
  guint64 a, b;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXUINT, &a, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, &b, NULL) || a > b)
    return FALSE;
  *first = (guint) a;
  *limit = (guint) b;
  return TRUE;
}

/**
 * bil_cli_extract:
 *
 * Prints the corpus as JSON on @out and its warnings on @err.
 *
 * Returns: the exit status: 1 when --strict met a warning or nothing could
 *   be loaded at all, 0 otherwise.
 */
int
bil_cli_extract (const char * const *paths,
                 gboolean            strict,
                 gboolean            use_review,
                 const char         *format,
                 const char         *entries,
                 GOutputStream      *out,
                 GOutputStream      *err)
{
  g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
  g_autoptr(BilCorpus) corpus = NULL;
  g_autoptr(BilReview) review = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *warnings;

  if (entries != NULL)
    {
      guint first, limit;

      if (g_strcmp0 (format, "jsonl") != 0)
        {
          print_line (PACKAGE_NAME ": --entries needs --format=jsonl\n", err);
          return BIL_EXIT_USAGE;
        }
      if (!parse_range (entries, &first, &limit))
        {
          g_autofree char *line = g_strdup_printf (PACKAGE_NAME ": --entries must be FIRST:LIMIT (0 ≤ FIRST ≤ LIMIT), "
                                                   "not “%s”\n", entries);
          print_line (line, err);
          return BIL_EXIT_USAGE;
        }
      return extract_jsonl (paths, strict, use_review, TRUE, first, limit, out, err);
    }
  if (g_strcmp0 (format, "jsonl") == 0)
    return extract_jsonl (paths, strict, use_review, FALSE, 0, 0, out, err);
  if (g_strcmp0 (format, "entries") == 0)
    return list_entries (paths, strict, out, err);
  if (format != NULL && g_strcmp0 (format, "json") != 0)
    {
      g_autofree char *line = g_strdup_printf (PACKAGE_NAME ": --format must be json, jsonl or entries, not “%s”\n", format);
      print_line (line, err);
      return BIL_EXIT_USAGE;
    }

  corpus = bil_corpus_loader_load (loader, NULL, &error);
  if (corpus == NULL)
    {
      g_autofree char *line = g_strdup_printf (PACKAGE_NAME ": %s\n", error->message);
      g_output_stream_write_all (err, line, strlen (line), NULL, NULL, NULL);
      return BIL_EXIT_FAILURE;
    }

  if (use_review)
    review = bil_review_open_for_corpus (corpus);
  print_warnings (err, bil_corpus_get_warnings (corpus));
  warnings = bil_corpus_get_warnings (corpus);
  if (strict && warnings->len > 0)
    {
      g_autofree char *line = g_strdup_printf (PACKAGE_NAME ": --strict: %u warning(s), failing\n", warnings->len);
      g_output_stream_write_all (err, line, strlen (line), NULL, NULL, NULL);
      return BIL_EXIT_FAILURE;
    }
  if (bil_corpus_get_n_articles (corpus) == 0 && warnings->len > 0)
    {
      const char *line = PACKAGE_NAME ": no article could be loaded\n";
      g_output_stream_write_all (err, line, strlen (line), NULL, NULL, NULL);
      return BIL_EXIT_FAILURE;
    }

  if (!bil_corpus_write_json (corpus, out, &error) || !g_output_stream_flush (out, NULL, &error))
    {
      g_autofree char *line = g_strdup_printf (PACKAGE_NAME ": cannot write the output: %s\n", error->message);
      g_output_stream_write_all (err, line, strlen (line), NULL, NULL, NULL);
      return BIL_EXIT_FAILURE;
    }
  return BIL_EXIT_OK;
}
