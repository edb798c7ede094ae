/* test-data-export.c: the figures and partnerships as CSV and JSON
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "bil-data-export.h"
#include "bil-figure-ref.h"
#include "bil-test-corpus.h"
#include "bil-test-files.h"

/* Our own words: a title with a comma, quotes, CR LF and Japanese; a source
 * and an address with commas; a sentence with quotes and a comma. */
static const char manifest[] =
  "{\"name\": \"Quoting\", \"articles\": [\n"
  " {\"text\": \"Japan will lend Vietnam US$1.2 billion for a metro line, \\\"the largest loan\\\" yet, officials said in 2024.\\n"
  "Malaysia and Japan signed a deal worth RM5.5 billion in 2023.\",\n"
  "  \"title\": \"Japan, \\\"Vietnam\\\"\\r\\nand a loan — 日本とベトナム\", \"source\": \"Wire, Inc.\",\n"
  "  \"date\": \"2024-05-01\", \"url\": \"https://example.org/a?b=1,2\"}\n"
  "]}\n";

static char *
span (BilArticle *article,
      gsize       start,
      gsize       end)
{
  return g_strndup (bil_article_get_text (article, NULL) + start, end - start);
}

static GBytes *
write_to_memory (gboolean (*write) (GOutputStream *, GArray *, GCancellable *, GError **),
                 GArray   *refs)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (write (out, refs, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static BilCorpus *
quoting_corpus (char **dir_out)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bilateral-data-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = bil_test_write_file (dir, "manifest.json", manifest, -1);
  *dir_out = dir;
  return bil_test_load ((const char *[]) { path, NULL });
}

static void
test_csv_field (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"yes\"", "\"say \"\"yes\"\"\"" },
    { "\"", "\"\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { "crlf\r\n", "\"crlf\r\n\"" },
    { "日本とマレーシア", "日本とマレーシア" },
    { "Kuala Lumpur; Johor", "Kuala Lumpur; Johor" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      bil_data_export_append_csv_field (line, cases[i].in);
      g_assert_cmpstr (line->str, ==, cases[i].out);
    }
}

static void
test_numbers (void)
{
  const struct { double value; const char *text; } cases[] = {
    { 18000000000.0, "18000000000" },
    { 1.2e9, "1200000000" },
    { 4.22, "4.22" },
    { 0.1, "0.1" },
    { 4.561, "4.561" },
    { 300e12, "300000000000000" },
    { -2.5, "-2.5" },
    { -0.0, "0" },
    { 1e21, "1e+21" },
    { NAN, "" },
    { INFINITY, "" },
  };
  const double round_trip[] = { 1.0 / 3, 1205875904.4069283, 6398104265.402843, 2.0 / 3 * 1e-5, 123456789.123456789 };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (bil_data_export_format_number (buf, cases[i].value), ==, cases[i].text);
  for (guint i = 0; i < G_N_ELEMENTS (round_trip); i++)
    {
      const char *text = bil_data_export_format_number (buf, round_trip[i]);

      g_assert_null (strpbrk (text, ", "));
      g_assert_true (g_ascii_strtod (text, NULL) == round_trip[i]);
      g_assert_cmpuint (strlen (text), <=, 24);
    }
}

/* The file read back as CSV: every field as it was, numbers unformatted. */
static void
test_figures_csv (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BilCorpus) corpus = quoting_corpus (&dir);
  g_autoptr(GArray) refs = bil_figure_refs_collect (corpus, NULL);
  g_autoptr(GBytes) bytes = write_to_memory (bil_data_export_figures_csv, refs);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(GPtrArray) rows = NULL;
  BilArticle *article = bil_corpus_get_article (corpus, 0);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_assert_cmpuint (refs->len, ==, 2);
  g_assert_true (g_utf8_validate (data, (gssize) len, NULL));
  g_assert_false (g_str_has_prefix (data, "\xef\xbb\xbf"));   /* no BOM */
  rows = bil_test_parse_csv (data, len);
  g_assert_cmpuint (rows->len, ==, 1 + refs->len);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), 0), ==, "text");
  for (guint r = 0; r < rows->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, r))->len, ==,
                      ((GPtrArray *) g_ptr_array_index (rows, 0))->len);

  for (guint i = 0; i < refs->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (refs, BilFigureRef, i);
      const BilFigure *f = ref->figure;
      g_autofree char *text = span (article, f->money.start, f->money.end);
      g_autofree char *sentence = span (article, f->sentence_start, f->sentence_end);
      g_autofree char *year = g_strdup_printf ("%d", f->year);

      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "text"), ==, text);
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "sentence"), ==, sentence);
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "title"), ==, bil_article_get_title (article));
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "source"), ==, "Wire, Inc.");
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "url"), ==, "https://example.org/a?b=1,2");
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "date"), ==, "2024-05-01");
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "currency"), ==, f->money.currency);
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "metric"), ==, bil_metric_to_string (f->metric));
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "year"), ==, year);
      g_assert_true (g_ascii_strtod (bil_test_csv_cell (rows, i + 1, "value"), NULL) == f->money.value);
      g_assert_true (g_ascii_strtod (bil_test_csv_cell (rows, i + 1, "usd"), NULL) == f->usd);
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "usd"), ==, bil_data_export_format_number (buf, f->usd));
    }
  /* Every field survived: the comma, the quotes, CR LF and the Japanese. */
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "title"), ==, "Japan, \"Vietnam\"\r\nand a loan — 日本とベトナム");
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "sentence"), ==,
                   "Japan will lend Vietnam US$1.2 billion for a metro line, \"the largest loan\" yet, officials said in 2024.");
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "value"), ==, "1200000000");
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "from"), ==, "JP");
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "to"), ==, "VN");
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "metric"), ==, "loan");
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "year_stated"), ==, "false");
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "year_rule"), ==, "publication");
  g_assert_cmpstr (bil_test_csv_cell (rows, 1, "doubts"), ==, "year-inferred");
  g_assert_cmpstr (bil_test_csv_cell (rows, 2, "year_stated"), ==, "true");
  g_assert_cmpstr (bil_test_csv_cell (rows, 2, "rate_origin"), ==, "table");
  g_assert_cmpstr (bil_test_csv_cell (rows, 2, "value"), ==, "5500000000");
  g_assert_cmpstr (bil_test_csv_cell (rows, 2, "currency"), ==, "MYR");
  /* Converted at a rate: a fraction, with a dot and no grouping. */
  g_assert_nonnull (strchr (bil_test_csv_cell (rows, 2, "usd"), '.'));
  g_assert_null (strchr (bil_test_csv_cell (rows, 2, "usd"), ','));
  g_assert_nonnull (strchr (bil_test_csv_cell (rows, 2, "rate"), '.'));
  bil_test_remove_tree (dir);
}

/* JSON: the same fields, an object per figure. */
static void
test_figures_json (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BilCorpus) corpus = quoting_corpus (&dir);
  g_autoptr(GArray) refs = bil_figure_refs_collect (corpus, NULL);
  g_autoptr(GBytes) csv_bytes = write_to_memory (bil_data_export_figures_csv, refs);
  g_autoptr(GBytes) bytes = write_to_memory (bil_data_export_figures_json, refs);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *header;
  JsonArray *array;
  gsize len;
  const char *data = g_bytes_get_data (csv_bytes, &len);

  rows = bil_test_parse_csv (data, len);
  header = g_ptr_array_index (rows, 0);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, refs->len);
  for (guint i = 0; i < refs->len; i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      g_assert_cmpuint (json_object_get_size (o), ==, header->len);
      for (guint c = 0; c < header->len; c++)
        g_assert_true (json_object_has_member (o, g_ptr_array_index (header, c)));
      g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, bil_test_csv_cell (rows, 1, "title"));
      g_assert_cmpstr (json_object_get_string_member (o, "sentence"), ==, bil_test_csv_cell (rows, i + 1, "sentence"));
      g_assert_true (json_object_get_double_member (o, "usd") == g_array_index (refs, BilFigureRef, i).figure->usd);
      g_assert_cmpint (json_object_get_int_member (o, "year"), ==, g_array_index (refs, BilFigureRef, i).figure->year);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (o, "doubts")));
      g_assert_true (JSON_NODE_HOLDS_VALUE (json_object_get_member (o, "year_stated")));
    }
  {
    /* Nothing passes: a header alone, an empty array. */
    g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (BilFigureRef));
    g_autoptr(GBytes) empty_csv = write_to_memory (bil_data_export_figures_csv, none);
    g_autoptr(GBytes) empty_json = write_to_memory (bil_data_export_figures_json, none);
    g_autoptr(GPtrArray) header_only = bil_test_parse_csv (g_bytes_get_data (empty_csv, NULL), g_bytes_get_size (empty_csv));

    g_assert_true (g_str_has_prefix (g_bytes_get_data (empty_csv, NULL), "text,value,"));
    g_assert_cmpuint (header_only->len, ==, 1);
    g_assert_cmpmem (g_bytes_get_data (empty_json, NULL), g_bytes_get_size (empty_json), "[]\n", 3);
  }
  bil_test_remove_tree (dir);
}

/* To a path: replaced whole; a folder that is not there is an error
 * naming the file; a stream that fails is an error, not a short file. */
static void
test_to_path (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BilCorpus) corpus = quoting_corpus (&dir);
  g_autoptr(GArray) refs = bil_figure_refs_collect (corpus, NULL);
  g_autofree char *csv = g_build_filename (dir, "figures.csv", NULL);
  g_autofree char *json = g_build_filename (dir, "figures.JSON", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "figures.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (csv, "the old file", -1, NULL);
  g_assert_true (bil_data_export_figures_to_path (csv, refs, &error));
  g_assert_no_error (error);
  g_file_get_contents (csv, &contents, NULL, NULL);
  g_assert_true (g_str_has_prefix (contents, "text,value,currency,usd,"));
  g_assert_true (bil_data_export_figures_to_path (json, refs, &error));
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (json, &contents, NULL, NULL);
  g_assert_true (g_str_has_prefix (contents, "[\n{\"text\":"));
  g_assert_cmpuint (bil_test_count_files (dir), ==, 3);   /* no temporary file left */

  g_assert_false (bil_data_export_figures_to_path (missing, refs, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  {
    char small[64];
    g_autoptr(GOutputStream) out = g_memory_output_stream_new (small, sizeof small, NULL, NULL);

    g_assert_false (bil_data_export_figures_csv (out, refs, NULL, &error));
    g_assert_nonnull (error);
  }
  bil_test_remove_tree (dir);
}

/* Partnerships: the pairs the map shows, as --extract counts them, and
 * under a filter only what passes it. */
static void
test_partnerships (void)
{
  BilCorpus *corpus = bil_test_seeds ();
  GPtrArray *all = bil_corpus_get_partnerships (corpus);
  g_autoptr(BilFilter) filter = bil_filter_new ();
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) us_out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) us_rows = NULL;
  BilLexicon *lex = bil_lexicon_get_default ();

  g_assert_true (bil_data_export_partnerships_csv (out, corpus, NULL, NULL, &error));
  g_output_stream_close (out, NULL, NULL);
  rows = bil_test_parse_csv (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_cmpuint (rows->len, ==, 1 + all->len);
  g_assert_cmpuint (all->len, >, 2);
  for (guint i = 0; i < all->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (all, i);
      g_autofree char *articles = g_strdup_printf ("%u", p->n_articles);
      g_autofree char *mentions = g_strdup_printf ("%u", p->n_mentions);
      g_autoptr(GArray) sectors = bil_partnership_sectors (p, bil_lexicon_n_sectors (lex));

      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "a"), ==, bil_lexicon_entity_code (lex, p->a));
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "b"), ==, bil_lexicon_entity_code (lex, p->b));
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "stance"), ==, bil_stance_to_string (p->stance));
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "articles"), ==, articles);
      g_assert_cmpstr (bil_test_csv_cell (rows, i + 1, "mentions"), ==, mentions);
      if (sectors->len > 0)
        g_assert_true (g_str_has_prefix (bil_test_csv_cell (rows, i + 1, "sectors"),
                                         bil_lexicon_sector_id (lex, g_array_index (sectors, int, 0))));
    }

  bil_filter_set_country (filter, "US");
  g_assert_true (bil_data_export_partnerships_csv (us_out, corpus, filter, NULL, &error));
  g_output_stream_close (us_out, NULL, NULL);
  us_rows = bil_test_parse_csv (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (us_out)),
                       g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (us_out)));
  g_assert_cmpuint (us_rows->len, >, 1);
  g_assert_cmpuint (us_rows->len, <, rows->len);
  for (guint i = 1; i < us_rows->len; i++)
    g_assert_true (g_str_equal (bil_test_csv_cell (us_rows, i, "a"), "US") || g_str_equal (bil_test_csv_cell (us_rows, i, "b"), "US"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/data-export/csv-field", test_csv_field);
  g_test_add_func ("/core/data-export/numbers", test_numbers);
  g_test_add_func ("/core/data-export/figures-csv", test_figures_csv);
  g_test_add_func ("/core/data-export/figures-json", test_figures_json);
  g_test_add_func ("/core/data-export/to-path", test_to_path);
  g_test_add_func ("/core/data-export/partnerships", test_partnerships);

  return g_test_run ();
}
