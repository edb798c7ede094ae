/* test-corpus.c: loading folders, files, manifests, the seeds and bad input
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bil-corpus-loader.h"
#include "bil-country-names.h"
#include "bil-lexicon.h"
#include "bil-figure-ref.h"
#include "bil-filter.h"
#include "bil-selection.h"
#include "bil-trends-model.h"
#include "bil-test-corpus.h"
#include "bil-test-files.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bilateral-test-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  bil_test_remove_tree (f->dir);
  g_free (f->dir);
}

static BilCorpus *
load (const char * const *paths)
{
  return bil_test_load (paths);
}

static BilCorpus *
load_one (const char *path)
{
  const char *paths[] = { path, NULL };
  return load (paths);
}

/* The article whose file name is @file, or NULL. */
static BilArticle *
find_article (BilCorpus  *corpus,
              const char *file)
{
  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    if (g_strcmp0 (bil_article_get_file (bil_corpus_get_article (corpus, i)), file) == 0)
      return bil_corpus_get_article (corpus, i);
  return NULL;
}

/* Exactly one warning names @path and contains @message. */
static void
assert_warning (BilCorpus  *corpus,
                const char *path,
                const char *message)
{
  GPtrArray *warnings = bil_corpus_get_warnings (corpus);
  guint found = bil_test_count_warnings (corpus, path, message);

  if (found != 1)
    {
      for (guint i = 0; i < warnings->len; i++)
        g_printerr ("warning: %s\n", (char *) g_ptr_array_index (warnings, i));
      g_error ("expected one warning about %s containing “%s”, found %u", path, message, found);
    }
}

static void
test_folder (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BilCorpus) corpus = NULL;
  g_autofree char *a = bil_test_write_file (f->dir, "a.txt", "Japan and Malaysia\n\nThey cooperate on chips.\n", -1);
  g_autofree char *b = bil_test_write_file (f->dir, "sub/deeper/b.md", "# Notes\n\nASEAN trade grew.\n", -1);
  g_autofree char *c = bil_test_write_file (f->dir, "c.png", "\x89PNG\r\n", -1);
  g_autofree char *d = bil_test_write_file (f->dir, "d.pdf", "%PDF-1.4", -1);
  g_autofree char *h = bil_test_write_file (f->dir, ".hidden.txt", "Hidden.", -1);

  corpus = load_one (f->dir);
  /* Not an article's name: passed over; a broken PDF: said so. */
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 2);
  g_assert_cmpuint (bil_corpus_get_warnings (corpus)->len, ==, 1);
  assert_warning (corpus, d, "broken PDF");
  g_assert_cmpstr (bil_article_get_file (bil_corpus_get_article (corpus, 0)), ==, "a.txt");
  g_assert_cmpstr (bil_article_get_path (bil_corpus_get_article (corpus, 0)), ==, a);
  g_assert_cmpstr (bil_article_get_title (bil_corpus_get_article (corpus, 0)), ==, "Japan and Malaysia");
  g_assert_cmpstr (bil_article_get_path (bil_corpus_get_article (corpus, 1)), ==, b);
  g_assert_true (g_str_has_prefix (bil_corpus_get_name (corpus), "bilateral-test-"));
}

/* A folder is listed from its entries (readdir ()), not file by file:
 * what each entry is must still be asked where the entry cannot say. A
 * link to an article reads it under the link's name, a link to a folder
 * walks it, a pipe with an article's name is passed over (opening it
 * would wait for a writer forever), and the order is the names'. */
static void
test_folder_entries (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BilCorpus) corpus = NULL;
  g_autofree char *a = bil_test_write_file (f->dir, "z/a.txt", "Japan and Malaysia\n\nThey cooperate on chips.\n", -1);
  g_autofree char *b = bil_test_write_file (f->dir, "elsewhere/b.txt", "ASEAN trade grew.\n", -1);
  g_autofree char *link = g_build_filename (f->dir, "z", "link.txt", NULL);
  g_autofree char *folder_link = g_build_filename (f->dir, "z", "more", NULL);
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere", NULL);
  g_autofree char *pipe = g_build_filename (f->dir, "z", "pipe.txt", NULL);
  g_autofree char *z = g_build_filename (f->dir, "z", NULL);
  g_autofree char *linked_b = g_build_filename (f->dir, "z", "more", "b.txt", NULL);

  g_assert_cmpint (symlink (a, link), ==, 0);
  g_assert_cmpint (symlink (elsewhere, folder_link), ==, 0);
  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);

  corpus = load_one (z);
  g_assert_cmpuint (bil_corpus_get_warnings (corpus)->len, ==, 0);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 3);
  g_assert_cmpstr (bil_article_get_path (bil_corpus_get_article (corpus, 0)), ==, a);
  g_assert_cmpstr (bil_article_get_path (bil_corpus_get_article (corpus, 1)), ==, link);
  g_assert_cmpstr (bil_article_get_title (bil_corpus_get_article (corpus, 1)), ==, "Japan and Malaysia");
  g_assert_cmpstr (bil_article_get_path (bil_corpus_get_article (corpus, 2)), ==, linked_b);
  g_remove (pipe);
  g_remove (folder_link);
  g_remove (link);
}

static void
test_single_file (Fixture       *f,
                  gconstpointer  data)
{
  const char text[] = "\xEF\xBB\xBFJapan Invests In Malaysia\nIt invested.\n";
  g_autofree char *path = bil_test_write_file (f->dir, "one.txt", text, sizeof text - 1);
  g_autoptr(BilCorpus) corpus = load_one (path);
  BilArticle *article;
  gsize len;
  guint n;
  const BilSpan *sentences;

  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 1);
  article = bil_corpus_get_article (corpus, 0);
  g_assert_cmpstr (bil_corpus_get_name (corpus), ==, "one.txt");
  g_assert_cmpint (bil_article_get_encoding (article), ==, BIL_ENCODING_UTF8_BOM);
  g_assert_cmpstr (bil_article_get_title (article), ==, "Japan Invests In Malaysia");
  /* Offsets count the BOM: they are offsets into the file. */
  g_assert_cmpuint (g_bytes_get_size (bil_article_get_bytes (article)), ==, sizeof text - 1);
  sentences = bil_article_get_sentences (article, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (sentences[0].start, ==, 3);
  g_assert_cmpstr (bil_article_get_text (article, &len) + sentences[1].start, ==, "It invested.\n");
}

static void
test_manifest (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *a = bil_test_write_file (f->dir, "texts/a.txt", "Plain text about Japan.\n", -1);
  g_autofree char *manifest = bil_test_write_file (f->dir, "news.json",
    "{\"name\": \"My news\", \"articles\": [\n"
    "  {\"file\": \"texts/a.txt\", \"title\": \"Given title\", \"source\": \"The Star\",\n"
    "   \"date\": \"2024-05\", \"url\": \"https://example.org/a\"},\n"
    "  {\"text\": \"KUALA LUMPUR, Oct 25 (Bernama) -- Inline text from 2025.\", \"date\": \"2025-10-25T08:00:00Z\"}\n"
    "]}\n", -1);
  g_autoptr(BilCorpus) corpus = load_one (manifest);
  BilArticle *first, *second;

  g_assert_cmpuint (bil_corpus_get_warnings (corpus)->len, ==, 0);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 2);
  g_assert_cmpstr (bil_corpus_get_name (corpus), ==, "My news");
  first = bil_corpus_get_article (corpus, 0);
  g_assert_cmpstr (bil_article_get_title (first), ==, "Given title");
  g_assert_cmpint (bil_article_get_title_origin (first), ==, BIL_ORIGIN_MANIFEST);
  g_assert_cmpstr (bil_article_get_source (first), ==, "The Star");
  g_assert_cmpstr (bil_article_get_date (first), ==, "2024-05");
  g_assert_cmpstr (bil_article_get_url (first), ==, "https://example.org/a");
  g_assert_cmpstr (bil_article_get_file (first), ==, "a.txt");
  second = bil_corpus_get_article (corpus, 1);
  g_assert_cmpstr (bil_article_get_date (second), ==, "2025-10-25");
  g_assert_cmpint (bil_article_get_date_origin (second), ==, BIL_ORIGIN_MANIFEST);
  /* The manifest gave no source: the dateline does. */
  g_assert_cmpstr (bil_article_get_source (second), ==, "Bernama");
  g_assert_true (g_str_has_suffix (bil_article_get_path (second), "news.json#2"));
}

static void
test_seeds (void)
{
  g_autoptr(BilCorpus) corpus = load (NULL);
  struct {
    const char *file;
    const char *title;
    const char *source;
    const char *date;
  } expected[] = {
    { "000_5a0121834b4a48dd.txt", "Malaysia And Japan Deepen Tech Ties In Bid To Future-Proof Their Economies", NULL, NULL },
    { "001_0e7ac0730b719bd0.txt", "The development and strengthening of strategic cooperation in the field of innovation and…", NULL, NULL },
    { "002_68ccfe49d3b15cdf.txt", "Tokyo To Boost Chip, AI Collaborations With Malaysia And ASEAN Amid Renewed Economic-Security Push", "Bernama", "2025-10-25" },
    { "003_59feb7da29d330ba.txt", "In a move to reinforce regional stability and economic resilience, Japan and Malaysia have…", NULL, "2025" },
    { "004_a8be08c3a2b22baf.txt", "Japan, once seen as a major economic competitor to the United States, is now seeking…", NULL, "2024-04" },
  };

  g_assert_cmpstr (bil_corpus_get_name (corpus), ==, "Seed corpus");
  g_assert_cmpuint (bil_corpus_get_warnings (corpus)->len, ==, 0);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);

      g_assert_cmpstr (bil_article_get_file (article), ==, expected[i].file);
      g_assert_cmpstr (bil_article_get_title (article), ==, expected[i].title);
      g_assert_cmpstr (bil_article_get_source (article), ==, expected[i].source);
      g_assert_cmpstr (bil_article_get_date (article), ==, expected[i].date);
    }
  {
    BilArticle *bernama = bil_corpus_get_article (corpus, 2);
    /* Its dateline has no year: the date is the embedded manifest's. */
    g_assert_cmpint (bil_article_get_date_origin (bernama), ==, BIL_ORIGIN_MANIFEST);
    g_assert_cmpint (bil_article_get_date_origin (bil_corpus_get_article (corpus, 0)), ==, BIL_ORIGIN_NONE);
    g_assert_cmpstr (bil_article_get_place (bernama), ==, "KUALA LUMPUR");
    g_assert_cmpstr (bil_article_get_byline (bernama), ==, "Nurunnasihah Ahmad Rashid");
  }
  {
    /* Share bars and links to other stories are boilerplate, kept in place. */
    BilArticle *techtrp = bil_corpus_get_article (corpus, 0);
    gsize len;
    const char *text = bil_article_get_text (techtrp, &len);
    guint n;
    const BilSpan *sentences = bil_article_get_sentences (techtrp, &n);

    g_assert_cmpuint (len, ==, g_bytes_get_size (bil_article_get_bytes (techtrp)));
    for (guint i = 0; i < n; i++)
      {
        g_autofree char *s = g_strndup (text + sentences[i].start, sentences[i].end - sentences[i].start);
        g_assert_null (strstr (s, "Telegram"));
        g_assert_null (strstr (s, "Apple Shelves"));
        g_assert_null (strstr (s, "Related Posts"));
      }
  }
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BilCorpus) corpus = NULL;
  g_autofree char *good = bil_test_write_file (f->dir, "good.txt", "Japan and Malaysia cooperate.\n", -1);
  g_autofree char *latin = bil_test_write_file (f->dir, "latin.txt", "Caf\xe9 in Japan \x96 \x93news\x94.\n", -1);
  g_autofree char *empty = bil_test_write_file (f->dir, "empty.txt", "", 0);
  g_autofree char *blank = bil_test_write_file (f->dir, "blank.txt", "  \n\n", -1);
  g_autofree char *binary = bil_test_write_file (f->dir, "binary.txt", "PK\x03\x04\0\0\0data", 11);
  g_autofree char *loop_dir = g_build_filename (f->dir, "loop", NULL);
  g_autofree char *self_link = g_build_filename (f->dir, "self.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "does-not-exist", NULL);
  const char *paths[] = { f->dir, missing, NULL };
  BilArticle *article;
  gsize len;

  g_assert_cmpint (symlink (f->dir, loop_dir), ==, 0);
  g_assert_cmpint (symlink (self_link, self_link), ==, 0);

  corpus = load (paths);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 2);
  g_assert_nonnull (find_article (corpus, "good.txt"));
  article = find_article (corpus, "latin.txt");
  g_assert_nonnull (article);
  g_assert_cmpint (bil_article_get_encoding (article), ==, BIL_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (bil_article_get_text (article, &len), ==, "Café in Japan – “news”.\n");

  assert_warning (corpus, latin, "not valid UTF-8, read as Windows-1252");
  assert_warning (corpus, empty, "empty file, skipped");
  assert_warning (corpus, blank, "empty file, skipped");
  assert_warning (corpus, binary, "binary file");
  assert_warning (corpus, loop_dir, "symbolic link loop");
  assert_warning (corpus, self_link, "symbolic link loop");
  assert_warning (corpus, missing, "no such file or directory");
  g_assert_cmpuint (bil_corpus_get_warnings (corpus)->len, ==, 7);
}

static void
test_unreadable_subprocess (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *good = NULL;
  g_autofree char *locked = NULL;
  g_autoptr(BilCorpus) corpus = NULL;

  /* Root reads anything: become nobody, as a user would be. */
  if (getuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
  dir = g_dir_make_tmp ("bilateral-unreadable-XXXXXX", &error);
  g_assert_no_error (error);
  good = bil_test_write_file (dir, "good.txt", "Japan and Malaysia cooperate.\n", -1);
  locked = bil_test_write_file (dir, "locked.txt", "Secret.\n", -1);
  g_chmod (locked, 0);

  corpus = load_one (dir);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 1);
  assert_warning (corpus, locked, "permission denied");
  bil_test_remove_tree (dir);
}

static void
test_unreadable (void)
{
  g_test_trap_subprocess ("/core/corpus/unreadable/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_manifest_errors (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *outside_dir = g_build_filename (f->dir, "outside", NULL);
  g_autofree char *secret = bil_test_write_file (outside_dir, "secret.txt", "Outside.\n", -1);
  g_autofree char *inside = bil_test_write_file (f->dir, "corpus/in.txt", "Inside the corpus.\n", -1);
  g_autofree char *link = g_build_filename (f->dir, "corpus", "link.txt", NULL);
  g_autofree char *broken = bil_test_write_file (f->dir, "corpus/broken.json", "{\n  \"articles\": [\n    {\"file\": }\n  ]\n}\n", -1);
  g_autofree char *manifest = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  const char *paths[3] = { NULL, NULL, NULL };

  g_assert_cmpint (symlink (secret, link), ==, 0);
  manifest = bil_test_write_file (f->dir, "corpus/manifest.json",
    "[\n"
    " {\"file\": \"in.txt\", \"url\": \"javascript:alert(1)\"},\n"
    " {\"file\": \"../outside/secret.txt\"},\n"
    " {\"file\": \"/etc/hostname\"},\n"
    " {\"file\": \"link.txt\"},\n"
    " {\"text\": \"Inline.\", \"url\": \"file:///etc/passwd\", \"title\": 42, \"date\": \"yesterday\"},\n"
    " \"not an object\",\n"
    " {\"title\": \"no file, no text\"}\n"
    "]\n", -1);
  paths[0] = manifest;
  paths[1] = broken;

  corpus = load (paths);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 2);
  g_assert_nonnull (find_article (corpus, "in.txt"));
  g_assert_null (bil_article_get_url (find_article (corpus, "in.txt")));
  g_assert_null (find_article (corpus, "secret.txt"));

  assert_warning (corpus, manifest, "entry 1: \"url\" is not an http or https address; dropped");
  assert_warning (corpus, manifest, "entry 2: \"../outside/secret.txt\" lies outside the manifest's folder, refused");
  assert_warning (corpus, manifest, "entry 3: \"/etc/hostname\" is an absolute path");
  assert_warning (corpus, manifest, "entry 4: \"link.txt\" is a symbolic link to");
  assert_warning (corpus, manifest, "entry 5: \"url\" is not an http or https address; dropped");
  assert_warning (corpus, manifest, "entry 5: \"title\" should be a string, got a number; ignored");
  assert_warning (corpus, manifest, "entry 5: \"date\" yesterday is not an ISO 8601 date");
  assert_warning (corpus, manifest, "entry 6: expected an object, got a string; skipped");
  assert_warning (corpus, manifest, "entry 7: has neither \"file\" nor \"text\"; skipped");
  /* Line 3, column 14 of the broken manifest. */
  assert_warning (corpus, broken, ":3:");
  {
    g_autofree char *where = g_strdup_printf ("%s:3:", broken);
    assert_warning (corpus, where, "");
  }
}

typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancellable;
  BilCorpus    *corpus;
  GError       *error;
  guint         notifications;
} AsyncLoad;

static void
fraction_cb (BilCorpusLoader *loader,
             GParamSpec      *pspec,
             AsyncLoad       *state)
{
  state->notifications++;
  g_cancellable_cancel (state->cancellable);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncLoad *state = user_data;

  state->corpus = bil_corpus_loader_load_finish (BIL_CORPUS_LOADER (object), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  const char *paths[] = { f->dir, NULL };
  g_autoptr(BilCorpusLoader) loader = NULL;
  AsyncLoad state = { 0 };
  guint n = 4000;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("d%02u/article-%05u.txt", i % 50, i);
      g_autofree char *path = bil_test_write_file (f->dir, name, "Japan invests in Malaysia. ASEAN trade grew.\n", -1);
    }

  loader = bil_corpus_loader_new (paths);
  bil_corpus_loader_set_n_threads (loader, 1);
  state.loop = g_main_loop_new (NULL, FALSE);
  state.cancellable = g_cancellable_new ();
  g_signal_connect (loader, "notify::fraction", G_CALLBACK (fraction_cb), &state);
  bil_corpus_loader_load_async (loader, state.cancellable, loaded_cb, &state);
  g_main_loop_run (state.loop);

  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (state.corpus);
  g_assert_cmpuint (state.notifications, >=, 1);
  g_assert_cmpfloat (bil_corpus_loader_get_fraction (loader), <, 1.0);

  g_clear_error (&state.error);
  g_main_loop_unref (state.loop);
  g_object_unref (state.cancellable);
}

typedef struct
{
  GString      *seen;          /* "path figures\n" of each article handed over */
  GCancellable *cancellable;   /* cancelled after @cancel_after articles, if set */
  guint         cancel_after;
  guint         n;
} StreamLog;

static void
log_article (BilArticle *article,
             gpointer    user_data)
{
  StreamLog *log = user_data;

  g_string_append_printf (log->seen, "%s %u\n", bil_article_get_path (article),
                          bil_article_get_facts (article)->figures->len);
  if (log->cancellable && ++log->n == log->cancel_after)
    g_cancellable_cancel (log->cancellable);
}

/* Streaming on several threads (workers reading ahead while the caller
 * writes) hands over the same articles, with the same warnings, in the
 * same order as on one; cancelled halfway it stops and says so. */
static void
test_stream_threads (Fixture       *f,
                     gconstpointer  data)
{
  const char *paths[] = { f->dir, NULL };
  GString *logs[2] = { NULL, NULL };
  GPtrArray *warnings[2] = { NULL, NULL };
  guint threads[2] = { 1, 4 };

  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *name = g_strdup_printf ("d%02u/article-%05u.%s", i % 7, i, i % 97 == 5 ? "pdf" : "txt");
      g_autofree char *text = g_strdup_printf ("Japan invested US$%u million in Malaysia in 2024. ASEAN trade grew.\n", i + 1);
      g_autofree char *path = bil_test_write_file (f->dir, name, i % 97 == 5 ? "%PDF-1.4 broken" : text, -1);
    }

  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
      g_autoptr(GError) error = NULL;
      StreamLog log = { g_string_new (NULL) };

      warnings[k] = g_ptr_array_new_with_free_func (g_free);
      bil_corpus_loader_set_n_threads (loader, threads[k]);
      g_assert_true (bil_corpus_loader_stream (loader, log_article, &log, warnings[k], NULL, &error));
      g_assert_no_error (error);
      logs[k] = log.seen;
    }
  g_assert_cmpuint (warnings[0]->len, ==, 8);   /* the broken PDFs */
  g_assert_cmpuint (warnings[1]->len, ==, warnings[0]->len);
  for (guint i = 0; i < warnings[0]->len; i++)
    g_assert_cmpstr (g_ptr_array_index (warnings[1], i), ==, g_ptr_array_index (warnings[0], i));
  g_assert_cmpstr (logs[1]->str, ==, logs[0]->str);
  g_assert_cmpuint (strlen (logs[0]->str), >, 0);

  {
    g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) some = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GString) seen = g_string_new (NULL);
    StreamLog log = { seen, cancellable, 100 };

    bil_corpus_loader_set_n_threads (loader, 4);
    g_assert_false (bil_corpus_loader_stream (loader, log_article, &log, some, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpuint (log.n, ==, 100);
    g_assert_true (g_str_has_prefix (logs[0]->str, seen->str));
  }
  for (guint k = 0; k < 2; k++)
    {
      g_string_free (logs[k], TRUE);
      g_ptr_array_unref (warnings[k]);
    }
}

static void
test_progress_complete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BilCorpus) corpus = NULL;
  const char *paths[] = { f->dir, NULL };
  g_autoptr(BilCorpusLoader) loader = NULL;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%03u.txt", i);
      g_autofree char *path = bil_test_write_file (f->dir, name, "Japan invests in Malaysia.\n", -1);
    }
  loader = bil_corpus_loader_new (paths);
  corpus = bil_corpus_loader_load (loader, NULL, NULL);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 200);
  g_assert_cmpfloat (bil_corpus_loader_get_fraction (loader), ==, 1.0);
  /* Order follows the file names, whatever thread read them. */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%03u.txt", i);
      g_assert_cmpstr (bil_article_get_file (bil_corpus_get_article (corpus, i)), ==, name);
    }
}

/* The window filters the corpus's figures sorted once: the same figures as
 * collecting them with the filter, in the sorted order, for every kind of
 * filter (the text one takes another road). */
static void
test_filter_sorted (void)
{
  BilCorpus *corpus = bil_test_articles ();
  g_autoptr(GArray) sorted = bil_figure_refs_collect (corpus, NULL);
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(BilFilter) filter = bil_filter_new ();
  const char *countries[] = { NULL, "JP", "MY", "CN", "XX" };
  const char *sectors[] = { NULL, "semiconductors", "no-such-sector" };
  const char *texts[] = { NULL, "billion", "Toyota", "ＸＹＺ" };

  g_assert_nonnull (corpus);
  bil_figure_refs_sort (sorted, BIL_GROUP_NONE);
  index = bil_figure_refs_index (sorted);
  g_assert_cmpuint (sorted->len, >, 20);
  for (guint c = 0; c < G_N_ELEMENTS (countries); c++)
    for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    for (guint sc = 0; sc < G_N_ELEMENTS (sectors); sc++)
      {
        g_autoptr(GArray) fast = NULL;
        g_autoptr(GArray) slow = NULL;
        guint next = 0;

        bil_filter_clear (filter);
        bil_filter_set_country (filter, countries[c]);
        bil_filter_set_text (filter, texts[t]);
        bil_filter_set_sector (filter, sectors[sc]);
        fast = bil_figure_refs_filter (sorted, NULL, corpus, filter);
        /* Through the country index: the same figures in the same order. */
        {
          g_autoptr(GArray) indexed = bil_figure_refs_filter (sorted, index, corpus, filter);

          g_assert_cmpuint (indexed->len, ==, fast->len);
          for (guint i = 0; i < fast->len; i++)
            g_assert_true (g_array_index (indexed, BilFigureRef, i).figure == g_array_index (fast, BilFigureRef, i).figure);
        }
        slow = bil_figure_refs_collect (corpus, filter);
        g_assert_cmpuint (fast->len, ==, slow->len);
        /* Same set, and in the order of the sorted array. */
        for (guint i = 0; i < slow->len; i++)
          {
            const BilFigureRef *s = &g_array_index (slow, BilFigureRef, i);
            gboolean found = FALSE;

            for (guint k = 0; k < fast->len && !found; k++)
              found = g_array_index (fast, BilFigureRef, k).figure == s->figure;
            g_assert_true (found);
          }
        for (guint i = 0; i < fast->len; i++)
          {
            const BilFigure *f = g_array_index (fast, BilFigureRef, i).figure;

            while (next < sorted->len && g_array_index (sorted, BilFigureRef, next).figure != f)
              next++;
            g_assert_cmpuint (next, <, sorted->len);
          }
      }
}

/* The index's answer is the filter's, article by article, for filters
 * with and without a country, combined or not. */
static void
test_match_articles (void)
{
  BilCorpus *corpus = bil_test_articles ();
  static const struct { const char *country, *sector, *metric, *text; int from; } filters[] = {
    { NULL, NULL, NULL, NULL, 0 }, { "MY", NULL, NULL, NULL, 0 }, { "JP", NULL, "fdi", NULL, 0 },
    { "CN", NULL, NULL, "trade", 0 }, { "US", NULL, NULL, NULL, 2024 }, { NULL, NULL, "trade", NULL, 0 },
    { "XX", NULL, NULL, NULL, 0 }, { "ASEAN", NULL, NULL, NULL, 0 }, { NULL, "semiconductors", NULL, NULL, 0 },
    { NULL, "ai", "investment", NULL, 0 }, { "JP", "automotive", NULL, NULL, 0 }, { NULL, "no-such-sector", NULL, NULL, 0 },
  };
  guint passed = 0;

  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), >=, 30);
  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    {
      g_autoptr(BilFilter) filter = bil_filter_new ();
      g_autofree guint8 *bits = NULL;

      bil_filter_set_country (filter, filters[f].country);
      bil_filter_set_sector (filter, filters[f].sector);
      bil_filter_set_metric (filter, filters[f].metric);
      bil_filter_set_text (filter, filters[f].text);
      bil_filter_set_years (filter, filters[f].from, 0);
      bits = bil_corpus_match_articles (corpus, filter);
      for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
        {
          BilArticle *article = bil_corpus_get_article (corpus, i);
          gboolean bit = (bits[i / 8] >> (i % 8)) & 1;

          g_assert_cmpuint (bil_article_get_index (article), ==, i);
          g_assert_cmpint (bit, ==, bil_filter_match_article (filter, article));
          passed += bit;
        }
    }
  /* Not vacuous: some pass, not all. */
  g_assert_cmpuint (passed, >, 0);
  g_assert_cmpuint (passed, <, G_N_ELEMENTS (filters) * bil_corpus_get_n_articles (corpus));
}

/* The window preloads the names with no fallback: Japan stays "Japan"
 * (it showed as "JP" in every label where no translation applied). */
static void
test_display_name_after_preload (void)
{
  int japan = bil_lexicon_lookup_entity (bil_lexicon_get_default (), "JP");

  bil_country_display_name ("JP", NULL);
  g_assert_cmpstr (bil_entity_display_name (japan), ==, "Japan");
}

/* A filter asked again after the corpus changed (the window keeps its
 * filter across reloads): what it remembers of the old articles' text
 * must not answer for new ones, wherever they are allocated. */
static void
test_text_filter_new_corpus (void)
{
  g_autoptr(BilFilter) filter = bil_filter_new ();
  g_autofree char *dir = g_dir_make_tmp ("bilateral-text-filter-XXXXXX", NULL);
  const char *paths[] = { dir, NULL };
  const char *versions[] = {
    "Toyota will invest US$1 billion in Malaysia, Japan's trade ministry said.\n",
    "Honda will invest US$2 billion in Thailand, Japan's trade ministry said.\n",
  };
  guint passed[2] = { 0, 0 };

  g_assert_nonnull (dir);
  bil_filter_set_text (filter, "toyota");
  for (guint round = 0; round < 4; round++)
    {
      g_autoptr(BilCorpus) corpus = NULL;
      g_autoptr(GArray) figures = NULL;
      g_autofree char *file = NULL;

      for (guint k = 0; k < 20; k++)
        {
          g_autofree char *name = g_strdup_printf ("a%02u.txt", k);

          g_free (bil_test_write_file (dir, name, versions[round % 2], -1));
        }
      corpus = load (paths);
      g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 20);
      figures = bil_figure_refs_collect (corpus, filter);
      for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
        passed[round % 2] += bil_filter_match_article (filter, bil_corpus_get_article (corpus, i));
      g_assert_cmpuint (figures->len, ==, round % 2 ? 0 : 20);
    }
  g_assert_cmpuint (passed[0], ==, 40);
  g_assert_cmpuint (passed[1], ==, 0);
  bil_test_remove_tree (dir);
}

/* A rate stated in another article: the nearest date's, the first in corpus
 * order between two as near, the first stated when a date is missing; for
 * 200 articles of random dates, against a walk over every statement. */
static void
test_nearest_rate (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-rates-XXXXXX", NULL);
  g_autoptr(GString) json = g_string_new ("{\"name\": \"Rates\", \"articles\": [\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autofree char *manifest = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  guint n_checked = 0;

  for (guint i = 0; i < 200; i++)
    {
      gboolean states = g_rand_int_range (rand, 0, 3) == 0;
      gboolean dated = g_rand_int_range (rand, 0, 10) > 0;
      /* Few distinct days: ties and same-day statements are common. */
      int day = g_rand_int_range (rand, 1, 29);
      g_autofree char *rate = g_strdup_printf ("Trade grew. (US$1 = RM4.%02u)", i % 100);

      g_string_append_printf (json, "  {\"text\": \"%s\"%s%02d\"}%s\n",
                              states ? rate : "Japan pledged RM30 billion to Malaysia.",
                              dated ? ", \"date\": \"2024-02-" : ", \"title\": \"Undated ",
                              day, i + 1 < 200 ? "," : "");
    }
  g_string_append (json, "]}\n");
  manifest = bil_test_write_file (dir, "rates.json", json->str, -1);
  corpus = load_one (manifest);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 200);

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);
      const BilFacts *facts = bil_article_get_facts (article);
      const char *date = bil_article_get_date (article);

      for (guint k = 0; k < facts->figures->len; k++)
        {
          const BilFigure *f = &g_array_index (facts->figures, BilFigure, k);
          BilArticle *best = NULL;
          gint64 best_days = G_MAXINT64;

          if (f->rate_source != BIL_RATE_CORPUS)
            continue;
          for (guint j = 0; j < bil_corpus_get_n_articles (corpus); j++)
            {
              BilArticle *other = bil_corpus_get_article (corpus, j);
              const char *other_date = bil_article_get_date (other);
              gint64 days;

              if (bil_article_get_facts (other)->rates->len == 0)
                continue;
              days = date && other_date ? ABS (atoi (date + 8) - atoi (other_date + 8)) : G_MAXINT64 - 1;
              if (days < best_days)
                {
                  best = other;
                  best_days = days;
                }
            }
          g_assert_nonnull (best);
          g_assert_cmpstr (f->rate_file, ==, bil_article_get_file (best));
          g_assert_cmpfloat_with_epsilon (f->rate, g_array_index (bil_article_get_facts (best)->rates, BilRateStatement, 0).rate, 1e-9);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >, 100);
  bil_test_remove_tree (dir);
}

/* The order bil_figure_refs_sort () promises, from first principles: groups
 * by their largest US$ value, then by label; in a group, clusters (a
 * conflict's figures, or a figure alone) by their largest value, then by
 * number; in a cluster, the largest first; then by article and figure. */
typedef struct
{
  GHashTable *group_max;     /* label → double* */
  GHashTable *cluster_max;   /* cluster → double* */
  BilGrouping grouping;
} Oracle;

static double
usd_of (const BilFigureRef *ref)
{
  return isfinite (ref->figure->usd) ? ref->figure->usd : -1;
}

/* @key_copy: NULL, or how the table gets a key of its own */
static void
raise_max (GHashTable     *table,
           gpointer        key,
           GBoxedCopyFunc  key_copy,
           double          value)
{
  double *max = g_hash_table_lookup (table, key);

  if (max == NULL)
    {
      max = g_new (double, 1);
      *max = value;
      g_hash_table_insert (table, key_copy ? key_copy (key) : key, max);
    }
  *max = MAX (*max, value);
}

static int
oracle_compare (Oracle             *oracle,
                const BilFigureRef *x,
                const BilFigureRef *y)
{
  g_autofree char *gx = bil_figure_ref_group_label (x, oracle->grouping);
  g_autofree char *gy = bil_figure_ref_group_label (y, oracle->grouping);
  double gmx = *(double *) g_hash_table_lookup (oracle->group_max, gx);
  double gmy = *(double *) g_hash_table_lookup (oracle->group_max, gy);
  double cmx = *(double *) g_hash_table_lookup (oracle->cluster_max, GUINT_TO_POINTER (x->cluster));
  double cmy = *(double *) g_hash_table_lookup (oracle->cluster_max, GUINT_TO_POINTER (y->cluster));

  if (oracle->grouping != BIL_GROUP_NONE && gmx != gmy)
    return gmx > gmy ? -1 : 1;
  if (strcmp (gx, gy) != 0)
    return strcmp (gx, gy);
  if (cmx != cmy)
    return cmx > cmy ? -1 : 1;
  if (x->cluster != y->cluster)
    return x->cluster < y->cluster ? -1 : 1;
  if (usd_of (x) != usd_of (y))
    return usd_of (x) > usd_of (y) ? -1 : 1;
  if (x->article_index != y->article_index)
    return x->article_index < y->article_index ? -1 : 1;
  return (int) x->figure_index - (int) y->figure_index;
}

/* Many figures with few values, pairs and years: groups, conflicts and
 * equal values everywhere, sorted by every grouping. */
static void
test_sort_order (void)
{
  const char *countries[] = { "Japan", "Malaysia", "Vietnam", "Thailand" };
  const char *values[] = { "US$5 billion", "US$2.5 billion", "US$10 billion", "RM20 billion", "billions of dollars" };
  const BilGrouping groupings[] = { BIL_GROUP_NONE, BIL_GROUP_PAIR, BIL_GROUP_METRIC, BIL_GROUP_YEAR };
  g_autofree char *dir = g_dir_make_tmp ("bilateral-sort-XXXXXX", NULL);
  g_autoptr(GString) json = g_string_new ("{\"name\": \"Sort\", \"articles\": [\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autofree char *manifest = NULL;
  g_autoptr(BilCorpus) corpus = NULL;

  for (guint i = 0; i < 300; i++)
    {
      g_string_append (json, "  {\"date\": \"2024-05-01\", \"text\": \"");
      for (guint k = 0; k < 3; k++)
        {
          const char *a = countries[g_rand_int_range (rand, 0, 4)];
          const char *b = countries[g_rand_int_range (rand, 0, 4)];
          const char *v = values[g_rand_int_range (rand, 0, G_N_ELEMENTS (values))];
          int year = g_rand_int_range (rand, 2020, 2023);

          if (g_rand_boolean (rand))
            g_string_append_printf (json, "%s invested %s in %s in %d. ", a, v, b, year);
          else
            g_string_append_printf (json, "Trade between %s and %s reached %s in %d. ", a, b, v, year);
        }
      g_string_append_printf (json, "\"}%s\n", i + 1 < 300 ? "," : "");
    }
  g_string_append (json, "]}\n");
  manifest = bil_test_write_file (dir, "sort.json", json->str, -1);
  corpus = load_one (manifest);

  for (guint g = 0; g < G_N_ELEMENTS (groupings); g++)
    {
      g_autoptr(GArray) refs = bil_figure_refs_collect (corpus, NULL);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) given_at = g_hash_table_new (NULL, NULL);   /* figure → 1 + place given */
      Oracle oracle = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
                        g_hash_table_new_full (NULL, NULL, NULL, g_free), groupings[g] };
      guint n = refs->len, in_conflicts = 0, equal_maxima = 0;

      g_assert_cmpuint (n, >, 500);
      /* Given in any order (a sorted array is sorted again after a change):
       * equal figures come out in the corpus's order all the same. */
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1);
          BilFigureRef swap = g_array_index (refs, BilFigureRef, i);

          g_array_index (refs, BilFigureRef, i) = g_array_index (refs, BilFigureRef, j);
          g_array_index (refs, BilFigureRef, j) = swap;
        }
      for (guint i = 0; i < n; i++)
        g_hash_table_insert (given_at, (gpointer) g_array_index (refs, BilFigureRef, i).figure, GUINT_TO_POINTER (i + 1));
      bil_figure_refs_sort (refs, groupings[g]);
      g_assert_cmpuint (refs->len, ==, n);
      for (guint i = 0; i < refs->len; i++)
        {
          const BilFigureRef *r = &g_array_index (refs, BilFigureRef, i);
          g_autofree char *label = bil_figure_ref_group_label (r, groupings[g]);

          /* Every figure once. */
          g_assert_true (g_hash_table_add (seen, (gpointer) r->figure));
          raise_max (oracle.group_max, label, (GBoxedCopyFunc) g_strdup, usd_of (r));
          raise_max (oracle.cluster_max, GUINT_TO_POINTER (r->cluster), NULL, usd_of (r));
          in_conflicts += r->conflict;
        }
      for (guint i = 1; i < refs->len; i++)
        {
          const BilFigureRef *a = &g_array_index (refs, BilFigureRef, i - 1);
          const BilFigureRef *b = &g_array_index (refs, BilFigureRef, i);

          if (oracle_compare (&oracle, a, b) >= 0)
            g_error ("grouping %d: figures %u and %u out of order", groupings[g], i - 1, i);
          equal_maxima += *(double *) g_hash_table_lookup (oracle.cluster_max, GUINT_TO_POINTER (a->cluster)) ==
                          *(double *) g_hash_table_lookup (oracle.cluster_max, GUINT_TO_POINTER (b->cluster));
        }
      /* Conflicts, from their definition: a figure conflicts with the first
       * figure of its pair, metric and year (in the order given) when
       * it comes from another article and differs by more than 1 %; the
       * first then conflicts too, and all of them share a cluster. */
      for (guint i = 0; i < refs->len; i++)
        {
          const BilFigureRef *r = &g_array_index (refs, BilFigureRef, i);
          const BilFigure *f = r->figure;
          const BilFigureRef *head = NULL;
          gboolean expected = FALSE;

          if (!isfinite (f->usd) || f->from < 0 || f->year <= 0)
            {
              g_assert_false (r->conflict);
              continue;
            }
          for (guint k = 0; k < refs->len; k++)
            {
              const BilFigureRef *o = &g_array_index (refs, BilFigureRef, k);

              if (isfinite (o->figure->usd) && o->figure->from == f->from && o->figure->to == f->to &&
                  o->figure->metric == f->metric && o->figure->year == f->year &&
                  (head == NULL || GPOINTER_TO_UINT (g_hash_table_lookup (given_at, o->figure)) <
                                   GPOINTER_TO_UINT (g_hash_table_lookup (given_at, head->figure))))
                head = o;
            }
          for (guint k = 0; k < refs->len && !expected; k++)
            {
              const BilFigureRef *o = &g_array_index (refs, BilFigureRef, k);
              const BilFigureRef *other = head == r ? o : head;
              const BilFigureRef *self = head == r ? head : r;

              if (head != r && k > 0)
                break;
              if (head == r && (o == r || o->figure->from != f->from || o->figure->to != f->to ||
                                o->figure->metric != f->metric || o->figure->year != f->year || !isfinite (o->figure->usd)))
                continue;
              expected = other->article != self->article &&
                         fabs (other->figure->usd - self->figure->usd) > 0.01 * MAX (other->figure->usd, self->figure->usd);
            }
          g_assert_cmpint (r->conflict, ==, expected);
          if (expected)
            g_assert_cmpuint (r->cluster, ==, head->cluster);
        }

      /* The cases the sort's shortcut leaves to the full comparison. */
      g_assert_cmpuint (in_conflicts, >, 20);
      g_assert_cmpuint (equal_maxima, >, n / 2);
      g_hash_table_unref (oracle.group_max);
      g_hash_table_unref (oracle.cluster_max);
    }
  bil_test_remove_tree (dir);
}

/* A selection names what is selected: equal by identity, whatever the
 * copy; a figure's holds its article. */
static void
test_selection (void)
{
  static const char text[] = "Japan invested $1 billion in Malaysia.";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  BilArticleMeta meta = { 0 };
  g_autoptr(BilArticle) article = bil_article_new_from_bytes ("a.txt", bytes, &meta, NULL, NULL);
  BilSelection figure = { 0 }, pair = { 0 }, other = { 0 };
  g_autoptr(BilSelection) copy = NULL;

  bil_selection_init_figure (&figure, article, 14, 24);
  copy = bil_selection_copy (&figure);
  g_assert_true (bil_selection_equal (&figure, copy));
  g_assert_true (copy->article == article);
  bil_selection_init_figure (&other, article, 14, 25);
  g_assert_false (bil_selection_equal (&figure, &other));
  bil_selection_init_pair (&pair, "JP", "MY");
  g_assert_false (bil_selection_equal (&figure, &pair));
  bil_selection_init_pair (&other, "JP", "MY");
  g_assert_true (bil_selection_equal (&pair, &other));
  bil_selection_init_cell (&other, "JP", "MY", 3);
  g_assert_false (bil_selection_equal (&pair, &other));
  g_assert_true (bil_selection_equal (NULL, &(BilSelection) { 0 }));
  bil_selection_clear (&figure);
  g_assert_true (bil_selection_equal (&figure, NULL));
  bil_selection_clear (&pair);
  bil_selection_clear (&other);
  /* The copy still holds the article. */
  g_assert_true (BIL_IS_ARTICLE (copy->article));
}

static BilFigure
trend_figure (const char *from,
              const char *to,
              BilMetric   metric,
              int         year,
              gboolean    stated,
              double      usd)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  BilFigure f = { 0 };

  f.from = from ? bil_lexicon_lookup_entity (lex, from) : -1;
  f.to = to ? bil_lexicon_lookup_entity (lex, to) : -1;
  f.metric = metric;
  f.year = year;
  f.year_stated = stated;
  f.usd = usd;
  g_strlcpy (f.money.currency, "USD", sizeof f.money.currency);
  return f;
}

/* One series per pair and metric, two-way trade one per pair; each
 * figure a point at its year; the line through the value chosen where
 * articles disagree; a target marked; figures without a year, a party or
 * US$ left out. */
static void
test_trends_model (void)
{
  static const char text[] = "Trade may reach $9 billion by 2030.";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  BilArticleMeta meta = { 0 };
  g_autoptr(BilArticle) article = bil_article_new_from_bytes ("t.txt", bytes, &meta, NULL, NULL);
  BilFigure figures[] = {
    trend_figure ("JP", "MY", BIL_METRIC_FDI, 2020, TRUE, 1e9),
    trend_figure ("JP", "MY", BIL_METRIC_FDI, 2020, TRUE, 1.4e9),    /* another article, another value */
    trend_figure ("JP", "MY", BIL_METRIC_FDI, 2021, FALSE, 2e9),     /* year inferred */
    trend_figure ("JP", "MY", BIL_METRIC_FDI, 2023, TRUE, 3e9),      /* 2022 missing: a gap */
    trend_figure ("MY", "JP", BIL_METRIC_FDI, 2021, TRUE, 5e8),      /* the other direction */
    trend_figure ("JP", "MY", BIL_METRIC_TRADE, 2024, TRUE, 4e10),   /* two-way */
    trend_figure ("JP", "MY", BIL_METRIC_TRADE, 2030, TRUE, 9e10),   /* a target */
    trend_figure ("JP", "MY", BIL_METRIC_LOAN, 0, FALSE, 1e8),       /* no year */
    trend_figure (NULL, NULL, BIL_METRIC_AID, 2022, TRUE, 1e8),      /* no party */
    trend_figure ("JP", "MY", BIL_METRIC_AID, 2022, TRUE, NAN),      /* no US$ */
  };
  g_autoptr(GArray) refs = g_array_new (FALSE, TRUE, sizeof (BilFigureRef));
  g_autoptr(BilTrendsModel) model = NULL;
  const BilTrendSeries *fdi, *trade;
  guint on_line_2020 = 0;
  int i;

  figures[1].preferred = TRUE;
  figures[5].from_rule = figures[6].from_rule = "two-way";
  figures[6].year_start = 30;
  figures[6].year_end = 34;
  for (guint k = 0; k < G_N_ELEMENTS (figures); k++)
    {
      BilFigureRef ref = { article, &figures[k], 0, k, FALSE, k, FALSE };
      g_array_append_val (refs, ref);
    }

  model = bil_trends_model_build (refs);
  g_assert_cmpuint (model->series->len, ==, 3);
  g_assert_cmpuint (model->n_points, ==, 7);
  g_assert_cmpint (model->year_min, ==, 2020);
  g_assert_cmpint (model->year_max, ==, 2030);

  i = bil_trends_model_find (model, "JP>MY:fdi");
  g_assert_cmpint (i, ==, 0);   /* the most figures first */
  fdi = &g_array_index (model->series, BilTrendSeries, i);
  g_assert_cmpuint (fdi->points->len, ==, 4);
  for (guint k = 0; k < fdi->points->len; k++)
    {
      const BilTrendPoint *pt = &g_array_index (fdi->points, BilTrendPoint, k);

      if (k > 0)
        g_assert_cmpint (pt->year, >=, g_array_index (fdi->points, BilTrendPoint, k - 1).year);
      if (pt->year == 2020)
        {
          g_assert_true (pt->conflict);
          on_line_2020 += pt->on_line;
          /* The line goes through the value the user chose. */
          if (pt->on_line)
            g_assert_cmpuint (pt->ref, ==, 1);
        }
      else
        g_assert_true (pt->on_line && !pt->conflict);
      g_assert_true (pt->inferred == (pt->year == 2021));
    }
  g_assert_cmpuint (on_line_2020, ==, 1);
  g_assert_cmpint (bil_trends_model_find (model, "MY>JP:fdi"), >=, 0);

  trade = &g_array_index (model->series, BilTrendSeries, bil_trends_model_find (model, "JP=MY:trade"));
  g_assert_true (trade->two_way);
  g_assert_cmpuint (trade->points->len, ==, 2);
  g_assert_false (g_array_index (trade->points, BilTrendPoint, 0).target);
  g_assert_true (g_array_index (trade->points, BilTrendPoint, 1).target);

  {
    guint point;
    g_assert_cmpint (bil_trends_model_find_ref (model, 3, &point), ==, 0);
    g_assert_cmpint (g_array_index (fdi->points, BilTrendPoint, point).year, ==, 2023);
    g_assert_cmpint (bil_trends_model_find_ref (model, 7, &point), ==, -1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/core/corpus/folder", test_folder);
  ADD ("/core/corpus/folder-entries", test_folder_entries);
  ADD ("/core/corpus/single-file", test_single_file);
  ADD ("/core/corpus/manifest", test_manifest);
  ADD ("/core/corpus/bad-input", test_bad_input);
  ADD ("/core/corpus/manifest-errors", test_manifest_errors);
  ADD ("/core/corpus/cancel", test_cancel);
  ADD ("/core/corpus/progress", test_progress_complete);
  ADD ("/core/corpus/stream-threads", test_stream_threads);
  g_test_add_func ("/core/corpus/filter-sorted", test_filter_sorted);
  g_test_add_func ("/core/corpus/sort-order", test_sort_order);
#undef ADD
  g_test_add_func ("/core/corpus/seeds", test_seeds);
  g_test_add_func ("/core/corpus/unreadable", test_unreadable);
  g_test_add_func ("/core/corpus/display-name-after-preload", test_display_name_after_preload);
  g_test_add_func ("/core/corpus/match-articles", test_match_articles);
  g_test_add_func ("/core/corpus/nearest-rate", test_nearest_rate);
  g_test_add_func ("/core/corpus/text-filter-new-corpus", test_text_filter_new_corpus);
  g_test_add_func ("/core/corpus/selection", test_selection);
  g_test_add_func ("/core/corpus/trends-model", test_trends_model);
  g_test_add_func ("/core/corpus/unreadable/subprocess", test_unreadable_subprocess);

  return g_test_run ();
}
