/* test-review.c: doubts, the reading's trail, and corrections kept safely
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bil-cli.h"
#include "bil-corpus-loader.h"
#include "bil-doubt.h"
#include "bil-error.h"
#include "bil-extractor.h"
#include "bil-figure-trail.h"
#include "bil-lexicon.h"
#include "bil-review.h"
#include "bil-test-files.h"

/* Three figures the extractor reads, one it cannot ("five billion
 * ringgit"), and a second article that disagrees with the first. */
static const char *article_a =
  "Japan and Malaysia\n\n"
  "KUALA LUMPUR, March 3, 2024 - Japanese investment in Malaysia reached RM5 billion in 2023, the ministry said.\n\n"
  "Trade between Japan and Malaysia was US$40 billion in 2022.\n\n"
  "Japan's FDI in Malaysia was US$3.1 billion in 2023.\n\n"
  "Officials also spoke of five thousand million ringgit for Malaysian chip plants.\n";

static const char *article_b =
  "Japan's FDI\n\n"
  "TOKYO, April 9, 2024 - Japan's FDI in Malaysia was US$2.2 billion in 2023, a survey found.\n";

typedef struct
{
  char      *root;     /* scratch */
  char      *corpus;   /* root/news: the corpus folder */
  char      *review;   /* root/news.bilateral-review.json */
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *a = NULL, *b = NULL;

  /* A test's subprocess works in its parent's scratch folder. */
  if (g_test_subprocess () && g_getenv ("BIL_TEST_SCRATCH"))
    fx->root = g_strdup (g_getenv ("BIL_TEST_SCRATCH"));
  else
    fx->root = g_dir_make_tmp ("bil-review-XXXXXX", NULL);
  fx->corpus = g_build_filename (fx->root, "news", NULL);
  if (!g_test_subprocess ())
    {
      g_mkdir (fx->corpus, 0755);
      a = bil_test_write_file (fx->corpus, "a.txt", article_a, -1);
      b = bil_test_write_file (fx->corpus, "b.txt", article_b, -1);
    }
  fx->review = g_build_filename (fx->root, "news" BIL_REVIEW_SUFFIX, NULL);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  if (!g_test_subprocess ())
    {
      g_chmod (fx->root, 0755);
      bil_test_remove_tree (fx->root);
    }
  g_free (fx->root);
  g_free (fx->corpus);
  g_free (fx->review);
}

static BilCorpus *
load (Fixture *fx)
{
  const char *paths[] = { fx->corpus, NULL };
  g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
  g_autoptr(GError) error = NULL;
  BilCorpus *corpus = bil_corpus_loader_load (loader, NULL, &error);

  g_assert_no_error (error);
  return corpus;
}

static BilArticle *
article_named (BilCorpus  *corpus,
               const char *file)
{
  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    if (g_str_has_suffix (bil_article_get_file (bil_corpus_get_article (corpus, i)), file))
      return bil_corpus_get_article (corpus, i);
  g_assert_not_reached ();
}

/* The figure whose text is @words, or NULL. */
static const BilFigure *
figure_at (BilArticle *article,
           const char *words)
{
  const char *text = bil_article_get_text (article, NULL);
  const BilFacts *facts = bil_article_get_facts (article);

  for (guint i = 0; i < facts->figures->len; i++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

      if (f->money.end - f->money.start == strlen (words) && strncmp (text + f->money.start, words, strlen (words)) == 0)
        return f;
    }
  return NULL;
}

static gsize
offset_of (BilArticle *article,
           const char *words)
{
  const char *text = bil_article_get_text (article, NULL);
  const char *at = strstr (text, words);

  g_assert_nonnull (at);
  return at - text;
}

static gboolean
has_message (BilReview  *review,
             const char *part)
{
  g_autoptr(GPtrArray) messages = bil_review_get_messages (review);

  for (guint i = 0; i < messages->len; i++)
    if (strstr (g_ptr_array_index (messages, i), part))
      return TRUE;
  return FALSE;
}

/* Corrects RM5 billion, rejects the trade figure, adds the one in words. */
static void
make_corrections (BilReview *review,
                  BilCorpus *corpus)
{
  BilArticle *a = article_named (corpus, "a.txt");
  BilFigureEdit edit = { BIL_FIELD_VALUE | BIL_FIELD_METRIC | BIL_FIELD_YEAR, 6e9, "", BIL_METRIC_FDI, -1, -1, 2022 };
  BilFigureEdit words = { BIL_FIELD_VALUE | BIL_FIELD_CURRENCY, 5e9, "MYR", 0, -1, -1, 0 };
  g_autoptr(GError) error = NULL;
  gsize start = offset_of (a, "five thousand million ringgit");

  g_assert_nonnull (figure_at (a, "RM5 billion"));
  bil_review_edit (review, a, figure_at (a, "RM5 billion"), &edit);
  bil_review_apply (review, corpus);
  bil_review_reject (review, a, figure_at (a, "US$40 billion"));
  bil_review_apply (review, corpus);
  /* Words the money scanner cannot read: refused without a value, taken with one. */
  g_assert_false (bil_review_add (review, a, start, start + strlen ("five thousand million ringgit"), NULL, &error));
  g_assert_error (error, BIL_ERROR, BIL_ERROR_USAGE);
  g_clear_error (&error);
  g_assert_true (bil_review_add (review, a, start, start + strlen ("five thousand million ringgit"), &words, &error));
  g_assert_no_error (error);
  bil_review_apply (review, corpus);
}

static void
assert_corrected (BilCorpus *corpus)
{
  BilArticle *a = article_named (corpus, "a.txt");
  const BilFigure *edited = figure_at (a, "RM5 billion");
  const BilFigure *rejected = figure_at (a, "US$40 billion");
  const BilFigure *added = figure_at (a, "five thousand million ringgit");
  g_autoptr(GArray) refs = bil_figure_refs_collect (corpus, NULL);

  g_assert_nonnull (edited);
  g_assert_cmpfloat (edited->money.value, ==, 6e9);
  g_assert_cmpstr (edited->money.currency, ==, "MYR");
  g_assert_cmpint (edited->metric, ==, BIL_METRIC_FDI);
  g_assert_cmpint (edited->year, ==, 2022);
  g_assert_cmpint (edited->review, ==, BIL_REVIEW_CORRECTED);
  g_assert_true (isfinite (edited->usd) && edited->usd > 1e9 && edited->usd < 2e9);
  g_assert_cmpfloat (bil_figure_confidence (edited), ==, 1.0);

  g_assert_nonnull (rejected);
  g_assert_cmpint (rejected->review, ==, BIL_REVIEW_REJECTED);
  for (guint i = 0; i < refs->len; i++)
    g_assert_true (g_array_index (refs, BilFigureRef, i).figure != rejected);

  g_assert_nonnull (added);
  g_assert_cmpint (added->review, ==, BIL_REVIEW_ADDED);
  g_assert_cmpfloat (added->money.value, ==, 5e9);
  g_assert_cmpstr (added->money.currency, ==, "MYR");
  g_assert_true (isfinite (added->usd));
  /* In text order, after the figure before it. */
  g_assert_true (added > figure_at (a, "US$3.1 billion"));
}

static void
test_round_trip (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(BilCorpus) corpus = load (fx);
  g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (bil_review_get_n_corrections (review), ==, 0);
  g_assert_cmpstr (bil_review_get_path (review), ==, fx->review);
  make_corrections (review, corpus);
  assert_corrected (corpus);
  g_assert_true (bil_review_save (review, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (fx->review, G_FILE_TEST_IS_REGULAR));

  /* Reopened: the same figures, corrected, and nothing to report. */
  {
    g_autoptr(BilCorpus) again = load (fx);
    g_autoptr(BilReview) reopened = bil_review_open_for_corpus (again);

    g_assert_cmpuint (bil_review_get_n_corrections (reopened), ==, 3);
    assert_corrected (again);
    g_assert_cmpuint (bil_corpus_get_warnings (again)->len, ==, 0);
  }
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_undo_redo (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(BilCorpus) corpus = load (fx);
  g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
  BilArticle *a = article_named (corpus, "a.txt");
  BilFigureEdit edit = { BIL_FIELD_VALUE, 7e9, "", 0, -1, -1, 0 };
  guint n_figures = bil_article_get_facts (a)->figures->len;
  guint changed = 0;

  g_signal_connect_swapped (review, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (bil_review_can_undo (review));
  bil_review_edit (review, a, figure_at (a, "RM5 billion"), &edit);
  bil_review_apply (review, corpus);
  g_assert_cmpfloat (figure_at (a, "RM5 billion")->money.value, ==, 7e9);
  g_assert_true (bil_review_can_undo (review));
  g_assert_cmpuint (changed, ==, 1);

  make_corrections (review, corpus);
  g_assert_cmpuint (bil_article_get_facts (a)->figures->len, ==, n_figures + 1);

  /* Back to the start, one step at a time, then forward again. */
  for (int i = 0; i < 4; i++)
    {
      g_assert_true (bil_review_undo (review));
      bil_review_apply (review, corpus);
    }
  g_assert_false (bil_review_can_undo (review));
  g_assert_false (bil_review_undo (review));
  g_assert_cmpfloat (figure_at (a, "RM5 billion")->money.value, ==, 5e9);
  g_assert_cmpint (figure_at (a, "RM5 billion")->review, ==, BIL_REVIEW_NONE);
  g_assert_cmpint (figure_at (a, "US$40 billion")->review, ==, BIL_REVIEW_NONE);
  g_assert_null (figure_at (a, "five thousand million ringgit"));
  g_assert_cmpuint (bil_article_get_facts (a)->figures->len, ==, n_figures);

  for (int i = 0; i < 4; i++)
    {
      g_assert_true (bil_review_redo (review));
      bil_review_apply (review, corpus);
    }
  g_assert_false (bil_review_can_redo (review));
  assert_corrected (corpus);

  /* A new correction after an undo forgets what could be redone. */
  g_assert_true (bil_review_undo (review));
  bil_review_reject (review, a, figure_at (a, "US$3.1 billion"));
  g_assert_false (bil_review_can_redo (review));
}

static void
test_changed_article (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->corpus, "a.txt", NULL);
  g_autofree char *saved = NULL;
  g_autofree char *after = NULL;

  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
    g_autoptr(GError) error = NULL;

    make_corrections (review, corpus);
    g_assert_true (bil_review_save (review, &error));
  }
  g_assert_true (g_file_get_contents (fx->review, &saved, NULL, NULL));

  /* The article is edited outside Bilateral: one more word. */
  {
    g_autofree char *text = g_strconcat (article_a, "Updated.\n", NULL);
    g_assert_true (g_file_set_contents (path, text, -1, NULL));
  }
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
    BilArticle *a = article_named (corpus, "a.txt");
    GPtrArray *warnings = bil_corpus_get_warnings (corpus);
    g_autoptr(GError) error = NULL;
    gboolean named = FALSE;

    for (guint i = 0; i < warnings->len; i++)
      named |= strstr (g_ptr_array_index (warnings, i), "a.txt changed since it was reviewed: 3 corrections") != NULL;
    g_assert_true (named);
    g_assert_true (has_message (review, "a.txt changed since it was reviewed"));
    /* Not applied, not dropped. */
    g_assert_cmpfloat (figure_at (a, "RM5 billion")->money.value, ==, 5e9);
    g_assert_cmpint (figure_at (a, "US$40 billion")->review, ==, BIL_REVIEW_NONE);
    g_assert_null (figure_at (a, "five thousand million ringgit"));
    g_assert_cmpuint (bil_review_get_n_corrections (review), ==, 3);
    g_assert_true (bil_review_save (review, &error));
    g_assert_true (g_file_get_contents (fx->review, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, saved);
  }
}

/* A crash while saving: the child is killed (SIGXFSZ) by a file size
 * limit in the middle of writing; the previous review stays whole. */
static void
test_crash_during_save (Fixture       *fx,
                        gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (g_test_subprocess ())
    {
      g_autoptr(BilCorpus) corpus = load (fx);
      g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
      BilArticle *a = article_named (corpus, "a.txt");
      struct rlimit limit = { 256, 256 };
      g_autoptr(GError) error = NULL;

      make_corrections (review, corpus);
      bil_review_reject (review, a, figure_at (a, "US$3.1 billion"));
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_printerr ("saving\n");
      bil_review_save (review, &error);
      /* Not reached: the kernel stops the writer past 256 bytes. */
      g_printerr ("survived\n");
      return;
    }

  /* The subprocess shares the fixture's paths: the same scratch folder. */
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
    BilArticle *a = article_named (corpus, "a.txt");
    BilFigureEdit edit = { BIL_FIELD_YEAR, 0, "", 0, -1, -1, 2021 };
    g_autoptr(GError) error = NULL;

    bil_review_edit (review, a, figure_at (a, "RM5 billion"), &edit);
    g_assert_true (bil_review_save (review, &error));
  }
  g_assert_true (g_file_get_contents (fx->review, &before, NULL, NULL));
  g_assert_cmpuint (strlen (before), >, 256);

  g_setenv ("BIL_TEST_SCRATCH", fx->root, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("saving\n");

  g_assert_true (g_file_get_contents (fx->review, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (json_parser_load_from_data (parser, after, -1, NULL));
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);

    g_assert_cmpuint (bil_review_get_n_corrections (review), ==, 1);
    g_assert_cmpint (figure_at (article_named (corpus, "a.txt"), "RM5 billion")->year, ==, 2021);
  }
}

/* The place beside the corpus cannot be written: as root, where access
 * rights do not stop a write, a folder stands where the file would go. */
static void
test_read_only_fallback (Fixture       *fx,
                         gconstpointer  data)
{
  g_autofree char *fallback = NULL;

  if (geteuid () == 0)
    g_assert_cmpint (g_mkdir (fx->review, 0755), ==, 0);
  else
    g_assert_cmpint (g_chmod (fx->root, 0555), ==, 0);
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
    g_autoptr(GError) error = NULL;

    make_corrections (review, corpus);
    g_assert_true (bil_review_save (review, &error));
    g_assert_no_error (error);
    fallback = g_strdup (bil_review_get_path (review));
    g_assert_true (g_str_has_prefix (fallback, g_get_user_data_dir ()));
    g_assert_true (g_str_has_suffix (fallback, BIL_REVIEW_SUFFIX));
    g_assert_true (g_file_test (fallback, G_FILE_TEST_IS_REGULAR));
    g_assert_true (has_message (review, "corrections are kept in"));
  }
  g_assert_false (g_file_test (fx->review, G_FILE_TEST_IS_REGULAR));
  /* Reopened: found in the data folder. */
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);

    g_assert_cmpstr (bil_review_get_path (review), ==, fallback);
    assert_corrected (corpus);
  }
  g_remove (fallback);
}

/* A review that cannot be read is named, ignored and never overwritten. */
static void
test_broken_review (Fixture       *fx,
                    gconstpointer  data)
{
  const char *garbage = "{\n  \"corrections\": [ {\"file\": \"a.txt\",, } ]\n}\n";
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (fx->review, garbage, -1, NULL));
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
    GPtrArray *warnings = bil_corpus_get_warnings (corpus);
    g_autoptr(GError) error = NULL;
    g_autofree char *where = g_strdup_printf ("%s:2:", fx->review);

    g_assert_cmpuint (warnings->len, ==, 1);
    g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0), where));
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "corrections not used"));
    g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 2);
    make_corrections (review, corpus);
    g_assert_true (bil_review_save (review, &error));
    g_assert_cmpstr (bil_review_get_path (review), !=, fx->review);
    g_remove (bil_review_get_path (review));
  }
  g_assert_true (g_file_get_contents (fx->review, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, garbage);
}

/* The same in the data folder, with nowhere else to go: the save fails
 * with a message, and the file stays as it was. */
static void
test_broken_fallback_review (Fixture       *fx,
                             gconstpointer  data)
{
  const char *garbage = "not json\n";
  g_autofree char *fallback = NULL;
  g_autofree char *after = NULL;

  /* A folder where the review would go sends it to the data folder. */
  g_assert_cmpint (g_mkdir (fx->review, 0755), ==, 0);
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);

    make_corrections (review, corpus);
    g_assert_true (bil_review_save (review, NULL));
    fallback = g_strdup (bil_review_get_path (review));
  }
  g_assert_true (g_file_set_contents (fallback, garbage, -1, NULL));
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
    g_autoptr(GError) error = NULL;

    g_assert_cmpstr (bil_review_get_path (review), ==, fallback);
    make_corrections (review, corpus);
    g_assert_false (bil_review_save (review, &error));
    g_assert_error (error, BIL_ERROR, BIL_ERROR_MANIFEST);
    g_assert_nonnull (strstr (error->message, fallback));
  }
  g_assert_true (g_file_get_contents (fallback, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, garbage);
  g_remove (fallback);
}

/* Two sources disagree; the user prefers one: the other is overruled. */
static void
test_prefer (Fixture       *fx,
             gconstpointer  data)
{
  g_autoptr(BilCorpus) corpus = load (fx);
  g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);
  g_autoptr(GArray) refs = bil_figure_refs_collect (corpus, NULL);
  const BilFigureRef *chosen = NULL;
  g_autoptr(GArray) cluster = g_array_new (FALSE, FALSE, sizeof (BilFigureRef));

  bil_figure_refs_sort (refs, BIL_GROUP_NONE);
  for (guint i = 0; i < refs->len; i++)
    {
      const BilFigureRef *r = &g_array_index (refs, BilFigureRef, i);

      if (r->conflict)
        g_array_append_val (cluster, *r);
    }
  g_assert_cmpuint (cluster->len, ==, 2);
  for (guint i = 0; i < cluster->len; i++)
    if (g_str_has_suffix (bil_article_get_file (g_array_index (cluster, BilFigureRef, i).article), "b.txt"))
      chosen = &g_array_index (cluster, BilFigureRef, i);
  g_assert_nonnull (chosen);
  bil_review_prefer (review, chosen, (const BilFigureRef *) cluster->data, cluster->len);
  bil_review_apply (review, corpus);

  {
    g_autoptr(GArray) again = bil_figure_refs_collect (corpus, NULL);
    guint overruled = 0, preferred = 0;

    bil_figure_refs_sort (again, BIL_GROUP_NONE);
    for (guint i = 0; i < again->len; i++)
      {
        const BilFigureRef *r = &g_array_index (again, BilFigureRef, i);

        if (r->overruled)
          {
            overruled++;
            g_assert_true (g_str_has_suffix (bil_article_get_file (r->article), "a.txt"));
          }
        preferred += r->figure->preferred;
      }
    g_assert_cmpuint (overruled, ==, 1);
    g_assert_cmpuint (preferred, ==, 1);
  }
}

/* --extract marks what the user did; --no-review shows what was read. */
static void
test_extract_marks (Fixture       *fx,
                    gconstpointer  data)
{
  {
    g_autoptr(BilCorpus) corpus = load (fx);
    g_autoptr(BilReview) review = bil_review_open_for_corpus (corpus);

    make_corrections (review, corpus);
    g_assert_true (bil_review_save (review, NULL));
  }
  for (int use_review = 0; use_review < 2; use_review++)
    for (int jsonl = 0; jsonl < 2; jsonl++)
      {
        const char *paths[] = { fx->corpus, NULL };
        g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
        g_autoptr(GOutputStream) err = g_memory_output_stream_new_resizable ();
        g_autofree char *json = NULL;
        g_auto(GStrv) lines = NULL;
        guint corrected = 0, added = 0, rejected = 0, marked = 0;

        g_assert_cmpint (bil_cli_extract (paths, FALSE, use_review, jsonl ? "jsonl" : "json", NULL, out, err), ==, 0);
        g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
        g_output_stream_close (out, NULL, NULL);
        json = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
        lines = jsonl ? g_strsplit (json, "\n", -1) : g_strsplit (json, "\x01", -1);
        for (guint l = 0; lines[l] && *lines[l]; l++)
          {
            g_autoptr(JsonParser) parser = json_parser_new ();
            g_autoptr(JsonPath) path = json_path_new ();
            g_autoptr(JsonNode) found = NULL;
            JsonArray *array;

            g_assert_true (json_parser_load_from_data (parser, lines[l], -1, NULL));
            g_assert_true (json_path_compile (path, "$..figures[*].review", NULL));
            found = json_path_match (path, json_parser_get_root (parser));
            array = json_node_get_array (found);
            for (guint i = 0; i < json_array_get_length (array); i++)
              {
                const char *mark = json_array_get_string_element (array, i);
                marked += mark != NULL;
                corrected += g_strcmp0 (mark, "corrected") == 0;
                added += g_strcmp0 (mark, "added") == 0;
              }
            {
              g_autoptr(JsonPath) rejected_path = json_path_new ();
              g_autoptr(JsonNode) rejected_found = NULL;

              g_assert_true (json_path_compile (rejected_path, "$..rejected_figures[*]", NULL));
              rejected_found = json_path_match (rejected_path, json_parser_get_root (parser));
              rejected += json_array_get_length (json_node_get_array (rejected_found));
            }
          }
        g_assert_cmpuint (corrected, ==, use_review ? 1 : 0);
        g_assert_cmpuint (added, ==, use_review ? 1 : 0);
        g_assert_cmpuint (rejected, ==, use_review ? 1 : 0);
        g_assert_cmpuint (marked, ==, corrected + added);
      }
}

/* Each doubt, read from text that raises it. */
static void
test_doubts (void)
{
  static const struct { const char *text; const char *amount; guint doubt; } cases[] = {
    { "CANBERRA, May 2, 2024 - Australia and Japan signed a $50 billion hydrogen deal in 2024.\n", "$50 billion",
      BIL_DOUBT_BARE_DOLLAR },
    { "TOKYO, May 2, 2024 - Japan will invest USD77 million in Vietnam in 2024.\n", "USD77 million", BIL_DOUBT_GLUED_CODE },
    { "TOKYO, May 2, 2024 - Japan will invest between $2 and $3 billion in Vietnam in 2024.\n", "$2 and $3 billion",
      BIL_DOUBT_RANGE },
    { "TOKYO, May 2, 2024 - Officials met.\n\nJapan will invest US$2 billion in Vietnam.\n", "US$2 billion", BIL_DOUBT_YEAR_INFERRED },
    { "TOKYO, May 2, 2024 - Japan and Vietnam met.\n\nThe fund holds US$2 billion in 2024.\n", "US$2 billion",
      BIL_DOUBT_NO_COUNTRY },
    { "TOKYO, May 2, 2020 - Trade between Japan and Vietnam reached US$40 billion in 2024.\n", "US$40 billion",
      BIL_DOUBT_METRIC_YEAR },
    { "TOKYO, May 2, 2024 - Japan's FDI in Vietnam was US$2 billion in 2023. "
      "Japan's FDI in Vietnam was US$3 billion in 2023.\n", "US$3 billion", BIL_DOUBT_SAME_PAIR },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      g_autoptr(BilArticle) article = bil_article_new_from_bytes ("case.txt", bytes, NULL, NULL, &error);
      const BilFigure *f;
      g_autofree char *described = NULL;

      g_assert_no_error (error);
      bil_article_set_facts (article, bil_extract_article (article, bil_lexicon_get_default ()));
      f = figure_at (article, cases[i].amount);
      g_test_message ("%s", cases[i].text);
      g_assert_nonnull (f);
      g_assert_cmpuint (f->doubts & cases[i].doubt, ==, cases[i].doubt);
      g_assert_true (bil_figure_needs_review (f));
      g_assert_cmpfloat (bil_figure_confidence (f), <, 1.0);
      described = bil_doubts_describe (f->doubts, "; ");
      g_assert_cmpstr (described, !=, "");
    }
}

/* The trail names each decision's words. */
static void
test_trail (void)
{
  const char *text = "TOKYO, May 2, 2024 - Japanese investment in Malaysia reached nearly RM5 billion in 2023.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(BilArticle) article = bil_article_new_from_bytes ("trail.txt", bytes, NULL, NULL, NULL);
  g_autoptr(GArray) trail = NULL;
  g_autofree char *summary = NULL;
  GString *all = g_string_new (NULL);
  const BilFigure *f;

  bil_article_set_facts (article, bil_extract_article (article, bil_lexicon_get_default ()));
  f = figure_at (article, "RM5 billion");
  g_assert_nonnull (f);
  trail = bil_figure_trail (article, f);
  for (guint i = 0; i < trail->len; i++)
    {
      const BilTrailStep *s = &g_array_index (trail, BilTrailStep, i);
      g_string_append_printf (all, "%s=%s (%s)\n", bil_trail_kind_to_string (s->kind), s->value, s->why ? s->why : "");
    }
  g_test_message ("%s", all->str);
  g_assert_nonnull (strstr (all->str, "text=RM5 billion"));
  g_assert_nonnull (strstr (all->str, "currency=MYR (the symbol “RM”)"));
  g_assert_nonnull (strstr (all->str, "qualifier=nearly"));
  g_assert_nonnull (strstr (all->str, "year=2023 (stated: “2023”)"));
  g_assert_nonnull (strstr (all->str, "metric=Investment (the words “investment”)"));
  g_assert_nonnull (strstr (all->str, "from=Japan"));
  g_assert_nonnull (strstr (all->str, "to=Malaysia"));
  summary = bil_figure_trail_summary (article, f);
  g_assert_nonnull (strstr (summary, "MYR"));
  g_string_free (all, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  /* Fallback reviews land in a scratch data folder, never the user's. */
  g_autofree char *data_home = g_dir_make_tmp ("bil-review-data-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/review/doubts", test_doubts);
  g_test_add_func ("/core/review/trail", test_trail);
  g_test_add ("/core/review/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/core/review/undo-redo", Fixture, NULL, fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/core/review/changed-article", Fixture, NULL, fixture_set_up, test_changed_article, fixture_tear_down);
  g_test_add ("/core/review/crash-during-save", Fixture, NULL, fixture_set_up, test_crash_during_save, fixture_tear_down);
  g_test_add ("/core/review/read-only-fallback", Fixture, NULL, fixture_set_up, test_read_only_fallback, fixture_tear_down);
  g_test_add ("/core/review/broken-review", Fixture, NULL, fixture_set_up, test_broken_review, fixture_tear_down);
  g_test_add ("/core/review/broken-fallback-review", Fixture, NULL, fixture_set_up, test_broken_fallback_review,
              fixture_tear_down);
  g_test_add ("/core/review/prefer", Fixture, NULL, fixture_set_up, test_prefer, fixture_tear_down);
  g_test_add ("/core/review/extract-marks", Fixture, NULL, fixture_set_up, test_extract_marks, fixture_tear_down);
  status = g_test_run ();
  bil_test_remove_tree (data_home);
  return status;
}
