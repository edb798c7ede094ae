/* test-cli.c: the real binary's command line, with no display
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <cairo.h>
#include <math.h>
#include <signal.h>
#include <sys/wait.h>

#include "bil-json-writer.h"
#include "bil-test-files.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs bilateral with @args and no display at all. */
static void
run_bilateral (Run         *run,
               const char * const *args)
{
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_auto(GStrv) full = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_strv_builder_add (argv, BILATERAL_BINARY);
  g_strv_builder_addv (argv, (const char **) args);
  full = g_strv_builder_end (argv);

  g_spawn_sync (NULL, full, envp, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static JsonObject *
parse (JsonParser *parser,
       const char *json)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_extract_seeds (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *corpus;
  JsonArray *articles;
  const char *keys[] = { "file", "path", "title", "source", "date", "url", "bytes",
                         "countries", "partner_pairs", "rival_pairs", "figures", "rates" };

  run_bilateral (&run, (const char *[]) { "--extract", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  root = parse (parser, run.out);
  corpus = json_object_get_object_member (root, "corpus");
  g_assert_cmpint (json_object_get_int_member (corpus, "articles"), ==, 5);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (corpus, "warnings")), ==, 0);
  g_assert_true (json_object_has_member (root, "partnerships"));
  articles = json_object_get_array_member (root, "articles");
  g_assert_cmpuint (json_array_get_length (articles), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (json_object_has_member (article, keys[k]));
      g_assert_nonnull (json_object_get_string_member (article, "title"));
    }
  {
    JsonObject *bernama = json_array_get_object_element (articles, 2);

    g_assert_cmpstr (json_object_get_string_member (bernama, "file"), ==, "002_68ccfe49d3b15cdf.txt");
    g_assert_cmpstr (json_object_get_string_member (bernama, "source"), ==, "Bernama");
    g_assert_cmpstr (json_object_get_string_member (bernama, "date"), ==, "2025-10-25");
    g_assert_cmpint (json_object_get_int_member (bernama, "bytes"), ==, 5102);
    g_assert_true (json_object_get_null_member (bernama, "url"));
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (articles, 0), "title"), ==,
                     "Malaysia And Japan Deepen Tech Ties In Bid To Future-Proof Their Economies");
  }
}

static void
test_warnings_and_strict (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-cli-XXXXXX", &error);
  g_autofree char *good = g_build_filename (dir, "good.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_no_error (error);
  g_file_set_contents (good, "Japan and Malaysia cooperate.\n", -1, NULL);
  g_file_set_contents (empty, "", 0, NULL);
  expected = g_strdup_printf ("bilateral: %s: empty file, skipped\n", empty);

  {
    g_auto(Run) run = { 0 };
    JsonObject *root;

    run_bilateral (&run, (const char *[]) { "--extract", dir, NULL });
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, expected);
    root = parse (parser, run.out);
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "corpus"), "articles"), ==, 1);
  }
  {
    g_auto(Run) run = { 0 };

    run_bilateral (&run, (const char *[]) { "--extract", "--strict", dir, NULL });
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, expected));
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(Run) run = { 0 };

    run_bilateral (&run, (const char *[]) { "--extract", "--strict", good, NULL });
    g_assert_cmpint (run.status, ==, 0);
  }

  g_remove (good);
  g_remove (empty);
  g_rmdir (dir);
}

static void
test_usage (void)
{
  g_auto(Run) unknown = { 0 };
  g_auto(Run) strict_alone = { 0 };
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };
  g_auto(Run) missing = { 0 };

  run_bilateral (&unknown, (const char *[]) { "--no-such-option", NULL });
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "--no-such-option"));

  run_bilateral (&strict_alone, (const char *[]) { "--strict", NULL });
  g_assert_cmpint (strict_alone.status, ==, 2);

  run_bilateral (&version, (const char *[]) { "--version", NULL });
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, PACKAGE_NAME " " PACKAGE_VERSION "\n");

  run_bilateral (&help, (const char *[]) { "--help", NULL });
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--extract"));

  run_bilateral (&missing, (const char *[]) { "--extract", "/nonexistent/bilateral", NULL });
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "bilateral: /nonexistent/bilateral: no such file or directory\n"));
}

/* --format=jsonl streams one article per line; reopening those lines gives
 * the same extraction as reading the articles. */
static void
test_jsonl_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-jsonl-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "seeds.jsonl", NULL);
  g_auto(Run) lines = { 0 };
  g_auto(Run) direct = { 0 };
  g_auto(Run) reopened = { 0 };
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  g_auto(GStrv) split = NULL;
  JsonObject *a, *b;
  const char *same[] = { "countries", "partner_pairs", "rival_pairs", "figures", "rates", "mentions" };

  run_bilateral (&lines, (const char *[]) { "--extract", "--format=jsonl", NULL });
  g_assert_cmpint (lines.status, ==, 0);
  split = g_strsplit (lines.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (split), ==, 6);  /* five lines and the final newline */
  g_assert_cmpstr (split[5], ==, "");
  g_file_set_contents (path, lines.out, -1, &error);
  g_assert_no_error (error);

  run_bilateral (&direct, (const char *[]) { "--extract", NULL });
  run_bilateral (&reopened, (const char *[]) { "--extract", path, NULL });
  g_assert_cmpint (reopened.status, ==, 0);
  g_assert_cmpstr (reopened.err, ==, "");
  a = parse (p1, direct.out);
  b = parse (p2, reopened.out);
  g_assert_true (json_node_equal (json_object_get_member (a, "partnerships"), json_object_get_member (b, "partnerships")));
  for (guint i = 0; i < 5; i++)
    {
      JsonObject *x = json_array_get_object_element (json_object_get_array_member (a, "articles"), i);
      JsonObject *y = json_array_get_object_element (json_object_get_array_member (b, "articles"), i);

      g_assert_cmpstr (json_object_get_string_member (x, "file"), ==, json_object_get_string_member (y, "file"));
      for (guint k = 0; k < G_N_ELEMENTS (same); k++)
        if (!json_node_equal (json_object_get_member (x, same[k]), json_object_get_member (y, same[k])))
          g_error ("%s: %s differs after a JSONL round trip", json_object_get_string_member (x, "file"), same[k]);
    }

  {
    /* A broken line is named with its number; the others load. */
    g_autofree char *broken = g_strdup_printf ("%s{not json\n", lines.out);
    g_auto(Run) run = { 0 };
    g_autofree char *expected = g_strdup_printf ("bilateral: %s:6: column", path);

    g_file_set_contents (path, broken, -1, &error);
    run_bilateral (&run, (const char *[]) { "--extract", path, NULL });
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.err, expected));
  }
  g_remove (path);
  g_rmdir (dir);
}

/* Every kind of article survives the round trip whole: each article of
 * `--extract corpus.jsonl` is the article of `--extract corpus` (a page's
 * or a PDF's text is not read as a page again, a Windows-1252 file stays
 * one, what a manifest gave stays given and what the text said stays
 * inferred, the extractor's own doubts are kept). */
static void
test_jsonl_round_trip_formats (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-jsonl-XXXXXX", &error);
  g_autofree char *corpus = g_build_filename (dir, "corpus", NULL);
  g_autofree char *manifest = g_build_filename (corpus, "manifest.json", NULL);
  g_autofree char *jsonl = g_build_filename (dir, "corpus.jsonl", NULL);
  const char *copies[][2] = {
    { "html", "json_ld.html" }, { "html", "lying.html" }, { "html", "page.html" },
    { "pdf", "one-column.pdf" }, { "pdf", "table.pdf" }, { "feed", "atom.xml" },
  };
  const char *manifest_text =
    "{\"name\": \"corpus\", \"articles\": ["
    " {\"file\": \"json_ld.html\"}, {\"file\": \"lying.html\", \"title\": \"Given\"}, {\"file\": \"page.html\"},"
    " {\"file\": \"one-column.pdf\"}, {\"file\": \"table.pdf\", \"source\": \"Given source\"}, {\"file\": \"atom.xml\"},"
    " {\"file\": \"latin.txt\", \"date\": \"2020-02-03\"}, {\"file\": \"byline.txt\"}, {\"file\": \"undated.txt\"},"
    " {\"text\": \"By Alice Doe\\nSINGAPORE, Jan 3 (Reuters) - Singapore will invest S$2 billion in Indonesia.\","
    "  \"url\": \"https://example.org/x\"}]}";
  g_auto(Run) lines = { 0 };
  g_auto(Run) direct = { 0 };
  g_auto(Run) reopened = { 0 };
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  JsonArray *a, *b;

  g_assert_no_error (error);
  g_mkdir (corpus, 0755);
  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      g_autofree char *from = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", copies[i][0], copies[i][1], NULL);
      g_autofree char *to = g_build_filename (corpus, copies[i][1], NULL);
      g_autofree char *contents = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
      g_assert_true (g_file_set_contents (to, contents, (gssize) len, NULL));
    }
  g_free (bil_test_write_file (corpus, "latin.txt", "Caf\xe9 news: Japan will invest \xa3" "5 billion in Malaysia.\n", -1));
  g_free (bil_test_write_file (corpus, "byline.txt", "Japan Lends Vietnam More\nBy John Smith\n"
                                           "HANOI, May 2 (Reuters) - Japan will lend Vietnam 100 billion yen.\n", -1));
  g_free (bil_test_write_file (corpus, "undated.txt", "China and Malaysia traded RM30 billion last year, the ministry said.\n"
                                            "The agreement covers railways.\n", -1));
  g_assert_true (g_file_set_contents (manifest, manifest_text, -1, NULL));

  run_bilateral (&lines, (const char *[]) { "--extract", "--format=jsonl", manifest, NULL });
  g_assert_cmpint (lines.status, ==, 0);
  g_assert_true (g_file_set_contents (jsonl, lines.out, -1, NULL));
  run_bilateral (&direct, (const char *[]) { "--extract", manifest, NULL });
  run_bilateral (&reopened, (const char *[]) { "--extract", jsonl, NULL });
  g_assert_cmpint (reopened.status, ==, 0);
  g_assert_cmpstr (reopened.err, ==, "");

  a = json_object_get_array_member (parse (p1, direct.out), "articles");
  b = json_object_get_array_member (parse (p2, reopened.out), "articles");
  g_assert_cmpuint (json_array_get_length (a), ==, 11);
  g_assert_cmpuint (json_array_get_length (b), ==, json_array_get_length (a));
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *x = json_array_get_object_element (a, i);
      JsonObject *y = json_array_get_object_element (b, i);
      g_autoptr(GList) members = json_object_get_members (x);

      for (GList *l = members; l; l = l->next)
        if (!json_node_equal (json_object_get_member (x, l->data), json_object_get_member (y, l->data)))
          g_error ("%s: %s differs after a JSONL round trip", json_object_get_string_member (x, "path"),
                   (char *) l->data);
    }
  g_assert_true (json_node_equal (json_object_get_member (json_node_get_object (json_parser_get_root (p1)), "partnerships"),
                                  json_object_get_member (json_node_get_object (json_parser_get_root (p2)), "partnerships")));
  bil_test_remove_tree (dir);
}

/* --format=entries lists what the corpus reads, and --entries=FIRST:LIMIT
 * extracts a part of it: the listing's warnings, then each part's lines and
 * warnings in turn, are the whole extraction's. */
static void
test_jsonl_parts (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-parts-XXXXXX", &error);
  g_autofree char *manifest = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_auto(GStrv) listed = NULL;
  g_auto(Run) whole = { 0 };
  g_auto(Run) list = { 0 };
  guint n;

  g_assert_no_error (error);
  g_free (bil_test_write_file (dir, "a.txt", "Japan will invest US$5 billion in Malaysia.\n", -1));
  g_free (bil_test_write_file (dir, "empty.txt", "", 0));
  g_free (bil_test_write_file (dir, "c.txt", "China and Malaysia traded RM30 billion in 2023.\n", -1));
  g_free (bil_test_write_file (dir, "binary.txt", "\0\1\2", 3));
  manifest = bil_test_write_file (dir, "news.json",
                                  "[{\"file\": \"a.txt\", \"title\": \"A\"}, {\"file\": \"../outside.txt\"},"
                                  " {\"file\": \"empty.txt\"}, {\"text\": \"Korea lends Vietnam $1 billion.\"},"
                                  " {\"file\": \"missing.txt\"}, {\"file\": \"c.txt\", \"date\": \"2024\"},"
                                  " {\"file\": \"binary.txt\"}]", -1);

  run_bilateral (&whole, (const char *[]) { "--extract", "--format=jsonl", manifest, NULL });
  g_assert_cmpint (whole.status, ==, 0);
  run_bilateral (&list, (const char *[]) { "--extract", "--format=entries", manifest, NULL });
  g_assert_cmpint (list.status, ==, 0);
  listed = g_strsplit (list.out, "\n", -1);
  n = g_strv_length (listed) - 1;
  g_assert_cmpuint (n, ==, 5);   /* a, empty, the inline text, c, binary */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *entry = parse (parser, listed[2]);
    g_autofree char *path = g_strdup_printf ("%s#4", manifest);

    g_assert_cmpint (json_object_get_int_member (entry, "entry"), ==, 2);
    g_assert_cmpstr (json_object_get_string_member (entry, "path"), ==, path);
    g_assert_cmpint (json_object_get_int_member (entry, "bytes"), ==, strlen ("Korea lends Vietnam $1 billion."));
    g_assert_false (json_object_get_boolean_member (entry, "standalone"));
  }
  {
    /* A folder's files can be given on their own. */
    g_auto(Run) folder = { 0 };
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autofree char *first = NULL;
    JsonObject *entry;

    run_bilateral (&folder, (const char *[]) { "--extract", "--format=entries", dir, NULL });
    first = g_strndup (folder.out, strcspn (folder.out, "\n"));
    entry = parse (parser, first);
    g_assert_true (g_str_has_suffix (json_object_get_string_member (entry, "path"), "/a.txt"));
    g_assert_true (json_object_get_boolean_member (entry, "standalone"));
  }
  /* The collection's warnings are the listing's. */
  g_assert_nonnull (strstr (list.err, "entry 2: \"../outside.txt\" lies outside"));
  g_assert_nonnull (strstr (list.err, "entry 5: \"missing.txt\""));
  g_string_append (warnings, list.err);

  /* In parts of 2, 0 and 3 entries. */
  {
    const char *ranges[] = { "--entries=0:2", "--entries=2:2", "--entries=2:5", "--entries=5:9" };

    for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
      {
        g_auto(Run) part = { 0 };

        run_bilateral (&part, (const char *[]) { "--extract", "--format=jsonl", ranges[i], manifest, NULL });
        g_assert_cmpint (part.status, ==, 0);
        g_assert_null (strstr (part.err, "outside"));
        g_string_append (lines, part.out);
        g_string_append (warnings, part.err);
      }
  }
  g_assert_cmpstr (lines->str, ==, whole.out);
  g_assert_cmpstr (warnings->str, ==, whole.err);
  g_assert_nonnull (strstr (whole.err, "empty.txt: empty file, skipped"));

  {
    const char *usage[][3] = {
      { "--entries=2:1", "--format=jsonl", NULL }, { "--entries=1", "--format=jsonl", NULL },
      { "--entries=0:1", NULL, NULL }, { "--entries=0:1", "--format=json", NULL }, { "--format=xml", NULL, NULL },
    };
    for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
      {
        g_auto(Run) run = { 0 };
        run_bilateral (&run, (const char *[]) { "--extract", usage[i][0], usage[i][1] ? usage[i][1] : manifest,
                                                usage[i][1] ? manifest : NULL, NULL });
        g_assert_cmpint (run.status, ==, 2);
      }
  }
  bil_test_remove_tree (dir);
}

/* The report from the command line, with no display at all. */
static void
test_export_report (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-cli-report-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "seeds.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "jp.pdf", NULL);
  g_autofree char *arg_png = g_strdup_printf ("--export-report=%s", png);
  g_autofree char *arg_pdf = g_strdup_printf ("--export-report=%s", pdf);
  g_autofree char *missing = g_strdup_printf ("--export-report=%s/no/such/dir/x.png", dir);
  g_autofree char *contents = NULL;
  gsize len;

  {
    g_auto(Run) run = { 0 };
    g_autofree char *expected = g_strdup_printf ("%s\n", png);

    run_bilateral (&run, (const char *[]) { arg_png, "--scale=1", "--title=Seeds", NULL });
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, expected);
    g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
    g_assert_true (g_str_has_prefix (contents, "\x89PNG"));
  }
  {
    g_auto(Run) run = { 0 };
    run_bilateral (&run, (const char *[]) { arg_pdf, "--country=JP", "--metric=fdi", "--year=2020:2025", NULL });
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }
  {
    const char *usage[][3] = {
      { "--scale=0", NULL, NULL }, { "--year=2025:2020", NULL, NULL }, { "--year=soon", NULL, NULL },
      { "--metric=gdp", NULL, NULL }, { "--country=Atlantis", NULL, NULL },
    };
    for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
      {
        g_auto(Run) run = { 0 };
        run_bilateral (&run, (const char *[]) { arg_png, usage[i][0], NULL });
        g_assert_cmpint (run.status, ==, 2);
      }
  }
  {
    g_auto(Run) run = { 0 };
    run_bilateral (&run, (const char *[]) { "--scale=2", NULL });
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };
    run_bilateral (&run, (const char *[]) { missing, NULL });
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "no/such/dir/x.png"));
  }
  g_remove (png);
  g_remove (pdf);
  g_rmdir (dir);
}

/* --export-data's usage errors (2), and a file it cannot write (1, named). */
static void
test_export_data_usage (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-cli-data-XXXXXX", &error);
  g_autofree char *csv = g_build_filename (dir, "figures.csv", NULL);
  g_autofree char *arg = g_strdup_printf ("--export-data=%s", csv);
  g_autofree char *missing = g_strdup_printf ("--export-data=%s/no/such/dir/figures.csv", dir);
  const char *usage[][3] = {
    { "--table=partnerships", NULL, NULL },        /* without --export-data */
    { arg, "--table=articles", NULL },
    { arg, "--extract", NULL },
    { arg, "--scale=2", NULL },                    /* the report's alone */
    { arg, "--country=Atlantis", NULL },
    { arg, "--year=soon", NULL },
    { "--export-data=", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(Run) run = { 0 };

      run_bilateral (&run, (const char *[]) { usage[i][0], usage[i][1], NULL });
      if (run.status != 2)
        g_error ("%s %s: exit %d, not a usage error", usage[i][0], usage[i][1] ? usage[i][1] : "", run.status);
      g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
    }
  {
    g_auto(Run) run = { 0 };

    run_bilateral (&run, (const char *[]) { missing, NULL });
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "no/such/dir/figures.csv"));
  }
  g_rmdir (dir);
}

/* A report killed mid-write leaves the old file whole: at every moment the
 * destination is the old file or a complete new one. */
static void
test_export_killed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-kill-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "report.png", NULL);
  g_autofree char *arg = g_strdup_printf ("--export-report=%s", png);
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "articles", "manifest.json", NULL);
  const guint delays_ms[] = { 50, 150, 300, 600, 1000, 1500 };
  guint replaced = 0, kept = 0;

  for (guint i = 0; i < G_N_ELEMENTS (delays_ms); i++)
    {
      const char *argv[] = { BILATERAL_BINARY, arg, "--scale=4", corpus, NULL };
      g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
      g_autofree char *contents = NULL;
      GPid pid;
      int status;
      gsize len;

      g_file_set_contents (png, "the old report", -1, &error);
      g_assert_no_error (error);
      g_spawn_async (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error);
      g_assert_no_error (error);
      g_usleep (delays_ms[i] * 1000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);

      g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
      if (strcmp (contents, "the old report") == 0)
        kept++;
      else
        {
          cairo_surface_t *image;

          /* Not the old file: then a complete PNG. */
          g_assert_true (g_str_has_prefix (contents, "\x89PNG"));
          image = cairo_image_surface_create_from_png (png);
          g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
          cairo_surface_destroy (image);
          replaced++;
        }
    }
  g_test_message ("killed %u times: the old file kept %u times, replaced whole %u times", kept + replaced, kept, replaced);
  g_assert_cmpuint (kept, >, 0);
  {
    g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", dir);
    g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL);
  }
}

/* ---- the streaming JSON writer ------------------------------------------ */

typedef struct
{
  JsonBuilder   *builder;
  BilJsonWriter *writer;
  GRand         *rand;
} Twin;

static const double doubles[] = {
  0, -0.0, 0.1, 1.5, 123.0, 1e20, 1e21, 1e-7, 2.5e-5, 5e-324, 1.7976931348623157e308, -42.125, 1e15, 987654321.0,
  /* around the whole numbers printed without printf (below 10^17) */
  1e16, -1e16, 99999999999999984.0, 1e17, -1e17, 100000000000000016.0, 5e9, -5e9, 9007199254740993.0, 1.0, -1.0,
  NAN, INFINITY,
};

static void
twin_string (Twin       *t,
             const char *value)
{
  json_builder_add_string_value (t->builder, value);
  bil_json_writer_string (t->writer, value);
}

/* A random value, the same one into json-glib's builder and our writer. */
static void
twin_value (Twin *t,
            guint depth)
{
  guint kind = g_rand_int_range (t->rand, 0, depth > 4 ? 6 : 8);

  switch (kind)
    {
    case 0:
      json_builder_add_null_value (t->builder);
      bil_json_writer_null (t->writer);
      break;
    case 1:
      {
        gint64 v = (gint64) g_rand_int (t->rand) * (g_rand_boolean (t->rand) ? -1 : 1) * 1000003;
        json_builder_add_int_value (t->builder, v);
        bil_json_writer_int (t->writer, v);
      }
      break;
    case 2:
      {
        guint how = g_rand_int_range (t->rand, 0, 3);
        double v = how == 0 ? doubles[g_rand_int_range (t->rand, 0, G_N_ELEMENTS (doubles))]
                   : how == 1 ? g_rand_double_range (t->rand, -1e12, 1e12)
                   : round (g_rand_double_range (t->rand, -2e17, 2e17) / pow (10, g_rand_int_range (t->rand, 0, 17)));
        json_builder_add_double_value (t->builder, v);
        bil_json_writer_double (t->writer, v);
      }
      break;
    case 3:
      {
        gboolean v = g_rand_boolean (t->rand);
        json_builder_add_boolean_value (t->builder, v);
        bil_json_writer_boolean (t->writer, v);
      }
      break;
    case 4:
    case 5:
      {
        /* Every byte json-glib treats apart, and UTF-8. */
        static const char *pieces[] = { "a", "\"", "\\", "\b", "\f", "\n", "\r", "\t", "\x01", "\x1e", "\x1f",
                                        "\x7f", " ", "é", "日本", "€", "/", "\xc3\xa9" };
        g_autoptr(GString) str = g_string_new (NULL);
        guint n = g_rand_int_range (t->rand, 0, 12);

        for (guint i = 0; i < n; i++)
          g_string_append (str, pieces[g_rand_int_range (t->rand, 0, G_N_ELEMENTS (pieces))]);
        twin_string (t, str->str);
      }
      break;
    case 6:
      {
        guint n = g_rand_int_range (t->rand, 0, 4);

        json_builder_begin_array (t->builder);
        bil_json_writer_begin_array (t->writer);
        for (guint i = 0; i < n; i++)
          twin_value (t, depth + 1);
        json_builder_end_array (t->builder);
        bil_json_writer_end_array (t->writer);
      }
      break;
    default:
      {
        guint n = g_rand_int_range (t->rand, 0, 4);

        json_builder_begin_object (t->builder);
        bil_json_writer_begin_object (t->writer);
        for (guint i = 0; i < n; i++)
          {
            g_autofree char *name = g_strdup_printf ("m%u\"%u", depth, i);

            json_builder_set_member_name (t->builder, name);
            bil_json_writer_member (t->writer, name);
            twin_value (t, depth + 1);
          }
        json_builder_end_object (t->builder);
        bil_json_writer_end_object (t->writer);
      }
      break;
    }
}

/* What @writer wrote to @out, finished, is byte for byte what json-glib
 * generates from @builder's tree, pretty or not. */
static void
assert_same_as_json_glib (BilJsonWriter *writer,
                          GOutputStream *out,
                          JsonBuilder   *builder,
                          gboolean       pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  gsize len;

  g_assert_true (bil_json_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  expected = json_generator_to_data (generator, &len);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, len);
  g_assert_true (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)), expected, len) == 0);
}

/* The writer prints what json-glib prints for the same tree, pretty or
 * not, value for value: escapes, doubles, empty objects and arrays. */
static void
test_json_writer_matches (void)
{
  for (guint seed = 1; seed <= 300; seed++)
    for (int pretty = 0; pretty < 2; pretty++)
      {
        g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
        g_autoptr(JsonBuilder) builder = json_builder_new ();
        Twin t = { builder, bil_json_writer_new (out, pretty), g_rand_new_with_seed (seed) };

        /* The root is an object, as --extract's is. */
        json_builder_begin_object (builder);
        bil_json_writer_begin_object (t.writer);
        for (guint i = 0; i < 4; i++)
          {
            g_autofree char *name = g_strdup_printf ("k%u", i);
            json_builder_set_member_name (builder, name);
            bil_json_writer_member (t.writer, name);
            twin_value (&t, 0);
          }
        json_builder_end_object (builder);
        bil_json_writer_end_object (t.writer);
        assert_same_as_json_glib (t.writer, out, builder, pretty);
        bil_json_writer_free (t.writer);
        g_rand_free (t.rand);
      }
}

/* Values written apart, as fragments of the depth they will have (on
 * other threads, as --extract writes its articles), then put in place,
 * make the same document as json-glib's. */
static void
test_json_writer_fragments (void)
{
  for (guint seed = 1; seed <= 200; seed++)
    for (int pretty = 0; pretty < 2; pretty++)
      {
        g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
        g_autoptr(JsonBuilder) builder = json_builder_new ();
        BilJsonWriter *writer = bil_json_writer_new (out, pretty);
        GRand *rand = g_rand_new_with_seed (seed);
        guint n = g_rand_int_range (rand, 0, 6);

        json_builder_begin_object (builder);
        bil_json_writer_begin_object (writer);
        json_builder_set_member_name (builder, "articles");
        bil_json_writer_member (writer, "articles");
        json_builder_begin_array (builder);
        bil_json_writer_begin_array (writer);
        for (guint i = 0; i < n; i++)
          {
            Twin t = { builder, bil_json_writer_new_fragment (pretty, 2), rand };
            g_autofree char *text = NULL;
            gsize text_len;

            twin_value (&t, 1);
            text = bil_json_writer_free_to_fragment (t.writer, &text_len);
            bil_json_writer_raw_value (writer, text, text_len);
          }
        json_builder_end_array (builder);
        bil_json_writer_end_array (writer);
        json_builder_end_object (builder);
        bil_json_writer_end_object (writer);
        assert_same_as_json_glib (writer, out, builder, pretty);
        bil_json_writer_free (writer);
        g_rand_free (rand);
      }
}

/* A string longer than the writer's buffer goes out in pieces, whole. */
static void
test_json_writer_long_string (void)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(BilJsonWriter) writer = bil_json_writer_new (out, FALSE);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new ("[\"");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 300000; i++)
    g_string_append_c (text, "ab\"\n\\"[i % 5]);
  for (guint i = 0; i < text->len; i++)
    g_string_append (expected, text->str[i] == '"' ? "\\\"" : text->str[i] == '\n' ? "\\n"
                               : text->str[i] == '\\' ? "\\\\" : (char[]) { text->str[i], 0 });
  g_string_append (expected, "\"]");
  bil_json_writer_begin_array (writer);
  bil_json_writer_string_len (writer, text->str, text->len);
  bil_json_writer_end_array (writer);
  g_assert_true (bil_json_writer_finish (writer, &error));
  g_output_stream_close (out, NULL, NULL);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, expected->len);
  g_assert_true (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)), expected->str, expected->len) == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/cli/extract-seeds", test_extract_seeds);
  g_test_add_func ("/core/cli/warnings-and-strict", test_warnings_and_strict);
  g_test_add_func ("/core/cli/usage", test_usage);
  g_test_add_func ("/core/cli/jsonl-round-trip", test_jsonl_round_trip);
  g_test_add_func ("/core/cli/jsonl-round-trip-formats", test_jsonl_round_trip_formats);
  g_test_add_func ("/core/cli/jsonl-parts", test_jsonl_parts);
  g_test_add_func ("/core/cli/export-report", test_export_report);
  g_test_add_func ("/core/cli/export-data-usage", test_export_data_usage);
  g_test_add_func ("/core/cli/export-killed", test_export_killed);
  g_test_add_func ("/core/json-writer/matches-json-glib", test_json_writer_matches);
  g_test_add_func ("/core/json-writer/long-string", test_json_writer_long_string);
  g_test_add_func ("/core/json-writer/fragments", test_json_writer_fragments);

  return g_test_run ();
}
