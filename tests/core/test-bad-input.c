/* test-bad-input.c: the reliability matrix — every kind of bad input gets a
 * message naming it, the rest of the corpus loads, nothing crashes and
 * memory stays bounded
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bil-corpus-loader.h"
#include "bil-json-guard.h"
#include "bil-test-files.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bilateral-bad-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static BilCorpus *
load (const char *path)
{
  const char *paths[] = { path, NULL };
  g_autoptr(BilCorpusLoader) loader = bil_corpus_loader_new (paths);
  g_autoptr(GError) error = NULL;
  BilCorpus *corpus = bil_corpus_loader_load (loader, NULL, &error);

  g_assert_no_error (error);
  return corpus;
}

static gboolean
warned (BilCorpus  *corpus,
        const char *path,
        const char *text)
{
  GPtrArray *w = bil_corpus_get_warnings (corpus);

  for (guint i = 0; i < w->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (w, i), path) && strstr (g_ptr_array_index (w, i), text))
      return TRUE;
  for (guint i = 0; i < w->len; i++)
    g_printerr ("  warning: %s\n", (char *) g_ptr_array_index (w, i));
  return FALSE;
}

static BilArticle *
find (BilCorpus  *corpus,
      const char *file)
{
  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    if (g_str_has_suffix (bil_article_get_path (bil_corpus_get_article (corpus, i)), file))
      return bil_corpus_get_article (corpus, i);
  return NULL;
}

/* The small cases, together in one folder with good articles. */
static void
test_matrix (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *good = bil_test_write_file (dir, "good.txt", "Japan and Malaysia signed a deal worth RM5 billion.\n", -1);
  g_autofree char *empty = bil_test_write_file (dir, "empty.txt", "", 0);
  g_autofree char *binary = bil_test_write_file (dir, "binary.txt", "\x7f" "ELF\0\0\0\x01 Japan", 12);
  g_autofree char *latin = bil_test_write_file (dir, "latin.txt", "Caf\xe9 talks: Japan \x96 Malaysia pledge \x80" "5 billion.\n", -1);
  g_autofree char *utf16le = bil_test_write_file (dir, "utf16le.txt", "\xff\xfeJ\0a\0p\0a\0n\0 \0T\0r\0a\0d\0e\0\n\0", 26);
  g_autofree char *utf16be = bil_test_write_file (dir, "utf16be.txt", "\xfe\xff\0J\0a\0p\0a\0n\0 \0T\0r\0a\0d\0e\0\n", 26);
  g_autofree char *loop = g_build_filename (dir, "sub", "loop", NULL);
  g_autofree char *digits = NULL;
  g_autofree char *long_line = NULL;
  g_autofree char *nested = NULL;
  g_autofree char *manifest = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  GString *s;

  {
    g_autofree char *parent = g_path_get_dirname (loop);
    g_mkdir_with_parents (parent, 0755);
  }
  g_assert_cmpint (symlink (dir, loop), ==, 0);

  s = g_string_new ("Japan pledged $");
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (s, (char) ('1' + i % 9));
  g_string_append (s, " billion to Malaysia.\n");
  digits = bil_test_write_file (dir, "digits.txt", s->str, (gssize) s->len);
  g_string_free (s, TRUE);

  s = g_string_new (NULL);
  while (s->len < 1024 * 1024)
    g_string_append (s, "Japan and Malaysia cooperate on chips and AI worth US$1 billion ");
  long_line = bil_test_write_file (dir, "long-line.txt", s->str, (gssize) s->len);
  g_string_free (s, TRUE);

  s = g_string_new (NULL);
  for (guint i = 0; i < 5000; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < 5000; i++)
    g_string_append_c (s, ']');
  nested = bil_test_write_file (dir, "nested/nested.json", s->str, (gssize) s->len);
  g_string_free (s, TRUE);

  manifest = bil_test_write_file (dir, "m/wrong-types.json",
                  "{\"name\": 7, \"articles\": [\n"
                  " {\"file\": 1, \"text\": [], \"title\": {}, \"source\": true, \"date\": 2024, \"url\": null},\n"
                  " {\"text\": \"Inline Japan text.\", \"title\": 5, \"source\": [1], \"date\": {\"y\": 1}, \"url\": 3},\n"
                  " {\"text\": \"Japan links.\", \"url\": \"javascript:alert(1)\"},\n"
                  " {\"text\": \"Japan files.\", \"url\": \"file:///etc/passwd\"},\n"
                  " {\"file\": \"../../outside.txt\"}\n"
                  "]}\n", -1);

  corpus = load (dir);
  g_assert_nonnull (find (corpus, "good.txt"));
  g_assert_nonnull (find (corpus, "latin.txt"));
  g_assert_nonnull (find (corpus, "digits.txt"));
  g_assert_nonnull (find (corpus, "long-line.txt"));
  g_assert_cmpstr (bil_article_get_text (find (corpus, "utf16le.txt"), NULL), ==, "Japan Trade\n");
  g_assert_cmpstr (bil_article_get_text (find (corpus, "utf16be.txt"), NULL), ==, "Japan Trade\n");
  g_assert_true (warned (corpus, empty, "empty file"));
  g_assert_true (warned (corpus, binary, "binary file"));
  g_assert_true (warned (corpus, latin, "Windows-1252"));
  g_assert_true (warned (corpus, loop, "symbolic link loop"));
  /* .json files inside a folder are not manifests: load them by name. */
  g_clear_object (&corpus);

  corpus = load (nested);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 0);
  g_assert_true (warned (corpus, nested, ":1:257: nested more than 256 levels deep"));
  g_clear_object (&corpus);

  /* One article per line given as .json: told, not half-read. */
  {
    g_autofree char *two = bil_test_write_file (dir, "two/two.json",
                                                "{\"text\": \"Japan.\"}\n{\"text\": \"Malaysia.\"}\n", -1);

    corpus = load (two);
    g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 0);
    g_assert_true (warned (corpus, two, ":2:1: more than one JSON value (one article per line belongs in a .jsonl file)"));
    g_clear_object (&corpus);
  }

  corpus = load (manifest);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 3);
  g_assert_true (warned (corpus, manifest, "\"name\" should be a string, got a number"));
  g_assert_true (warned (corpus, manifest, "entry 1: \"file\" should be a string, got a number"));
  g_assert_true (warned (corpus, manifest, "entry 1: \"text\" should be a string, got an array"));
  g_assert_true (warned (corpus, manifest, "entry 1: has neither"));
  g_assert_true (warned (corpus, manifest, "entry 2: \"title\" should be a string, got a number"));
  g_assert_true (warned (corpus, manifest, "entry 2: \"source\" should be a string, got an array"));
  g_assert_true (warned (corpus, manifest, "entry 2: \"date\" should be a string, got an object"));
  g_assert_true (warned (corpus, manifest, "entry 2: \"url\" should be a string, got a number"));
  g_assert_true (warned (corpus, manifest, "entry 3: \"url\" is not an http or https address"));
  g_assert_true (warned (corpus, manifest, "entry 4: \"url\" is not an http or https address"));
  g_assert_true (warned (corpus, manifest, "entry 5: \"../../outside.txt\" lies outside"));
  g_clear_object (&corpus);

  bil_test_remove_tree (dir);
}

/* The guard's own cases: what ends a value, what is inside a string. */
static void
test_json_guard (void)
{
  const struct { const char *json; BilJsonGuard verdict; guint column; } cases[] = {
    { "{\"a\": [1, {\"b\": \"}{\"}]}  \n", BIL_JSON_GUARD_OK, 0 },
    { "\"text with \\\" and ] inside\"", BIL_JSON_GUARD_OK, 0 },
    { "  42\n", BIL_JSON_GUARD_OK, 0 },
    { "", BIL_JSON_GUARD_OK, 0 },
    { "{\"a\":1}[2]", BIL_JSON_GUARD_TRAILING, 8 },
    { "{\"a\":1} x", BIL_JSON_GUARD_TRAILING, 9 },
    { "true false", BIL_JSON_GUARD_TRAILING, 6 },
    { "\"a\"\"b\"", BIL_JSON_GUARD_TRAILING, 4 },
    { "[[[[", BIL_JSON_GUARD_TOO_DEEP, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint line = 0, column = 0;

      g_test_message ("%s", cases[i].json);
      g_assert_cmpint (bil_json_guard_check (cases[i].json, strlen (cases[i].json), 3, &line, &column), ==,
                       cases[i].verdict);
      if (cases[i].verdict != BIL_JSON_GUARD_OK)
        g_assert_cmpuint (column, ==, cases[i].column);
    }
}

static long
peak_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* A 200 MB article, in a process of its own so its peak memory is its own. */
static void
test_huge_article_subprocess (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(BilCorpus) corpus = NULL;
  /* A news-like paragraph: one figure in about 1.5 KB, like the seeds. */
  const char *paragraph =
    "Japan and Malaysia agreed to deepen cooperation on semiconductors, and Japanese investment "
    "reached RM850 million last year. Officials said the talks would continue over the coming "
    "months as both sides reviewed supply chains, skills programmes and the rules that govern "
    "data flows between their companies, while analysts noted that demand for chips remained "
    "strong despite slower global growth and higher costs for energy and shipping in the region. "
    "The ministry added that a joint working group would report on progress before the end of the "
    "year, and that smaller suppliers would be invited to take part in training and certification "
    "schemes run by industry associations in both countries. Business groups welcomed the plan, "
    "saying that predictable rules mattered more to investors than incentives, and that the region "
    "had to compete for engineers as well as for factories. Several universities have already "
    "signed agreements to exchange researchers and students in materials science and design, "
    "according to people familiar with the programme, who asked not to be named because the "
    "details had not been made public. The next round of talks is expected to take place in the "
    "first half of the year, after officials complete a review of existing arrangements.\n\n";
  gsize size = 200 * 1024 * 1024, n = strlen (paragraph);
  FILE *f = fopen (path, "w");
  long before, after;

  g_assert_nonnull (f);
  for (gsize written = 0; written < size; written += n)
    fwrite (paragraph, 1, n, f);
  fclose (f);

  before = peak_kib ();
  corpus = load (path);
  after = peak_kib ();
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 1);
  g_test_message ("200 MB article: peak memory %ld MB", after / 1024);
  /* Bounded: the bytes once, plus what was extracted, under 3× the file. */
  g_assert_cmpint (after - before, <, 3 * 200 * 1024 + 100 * 1024);
  bil_test_remove_tree (dir);
}

static void
test_huge_article (void)
{
  g_test_trap_subprocess ("/core/bad-input/huge-article/subprocess", 600 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_many_files (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(BilCorpus) corpus = NULL;

  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *name = g_strdup_printf ("d%03u/tiny-%05u.txt", i % 100, i);
      g_autofree char *path = bil_test_write_file (dir, name, "Japan.\n", -1);
    }
  corpus = load (dir);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 20000);
  g_assert_cmpuint (bil_corpus_get_warnings (corpus)->len, ==, 0);
  bil_test_remove_tree (dir);
}

static void
test_huge_manifest (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  GString *s = g_string_new ("[");

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (s, "%s{\"text\": \"Japan and Malaysia trade, note %u.\", \"date\": \"2024\"}", i ? ",\n" : "", i);
  g_string_append (s, "]\n");
  path = bil_test_write_file (dir, "big.json", s->str, (gssize) s->len);
  g_string_free (s, TRUE);

  corpus = load (path);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 100000);
  bil_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/bad-input/matrix", test_matrix);
  g_test_add_func ("/core/bad-input/json-guard", test_json_guard);
  g_test_add_func ("/core/bad-input/huge-article", test_huge_article);
  g_test_add_func ("/core/bad-input/huge-article/subprocess", test_huge_article_subprocess);
  g_test_add_func ("/core/bad-input/many-files", test_many_files);
  g_test_add_func ("/core/bad-input/huge-manifest", test_huge_manifest);

  return g_test_run ();
}
