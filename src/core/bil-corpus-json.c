/* bil-corpus-json.c: the JSON that --extract prints
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-corpus-json"

#include "config.h"

#include "bil-corpus-json.h"

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_empty_array (JsonBuilder *builder,
                 const char  *member)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
}

static void
build_article (JsonBuilder *builder,
               BilArticle  *article)
{
  guint n_sentences = 0;

  bil_article_get_sentences (article, &n_sentences);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "file", bil_article_get_file (article));
  add_string_or_null (builder, "path", bil_article_get_path (article));
  add_string_or_null (builder, "title", bil_article_get_title (article));
  add_string_or_null (builder, "title_origin", bil_origin_to_string (bil_article_get_title_origin (article)));
  add_string_or_null (builder, "source", bil_article_get_source (article));
  add_string_or_null (builder, "date", bil_article_get_date (article));
  add_string_or_null (builder, "date_origin", bil_origin_to_string (bil_article_get_date_origin (article)));
  add_string_or_null (builder, "url", bil_article_get_url (article));
  add_string_or_null (builder, "place", bil_article_get_place (article));
  add_string_or_null (builder, "byline", bil_article_get_byline (article));
  add_string_or_null (builder, "encoding", bil_encoding_to_string (bil_article_get_encoding (article)));
  json_builder_set_member_name (builder, "bytes");
  json_builder_add_int_value (builder, g_bytes_get_size (bil_article_get_bytes (article)));
  json_builder_set_member_name (builder, "sentences");
  json_builder_add_int_value (builder, n_sentences);
  json_builder_set_member_name (builder, "boilerplate_lines");
  json_builder_add_int_value (builder, bil_article_count_boilerplate (article));
  add_empty_array (builder, "countries");
  add_empty_array (builder, "partner_pairs");
  add_empty_array (builder, "rival_pairs");
  add_empty_array (builder, "figures");
  add_empty_array (builder, "rates");
  json_builder_end_object (builder);
}

JsonNode *
bil_article_to_json (BilArticle *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (BIL_IS_ARTICLE (article), NULL);
  build_article (builder, article);
  return json_builder_get_root (builder);
}

JsonNode *
bil_corpus_to_json (BilCorpus *corpus)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  GPtrArray *warnings;
  guint n;

  g_return_val_if_fail (BIL_IS_CORPUS (corpus), NULL);
  n = bil_corpus_get_n_articles (corpus);
  warnings = bil_corpus_get_warnings (corpus);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "corpus");
  json_builder_begin_object (builder);
  add_string_or_null (builder, "name", bil_corpus_get_name (corpus));
  json_builder_set_member_name (builder, "articles");
  json_builder_add_int_value (builder, n);
  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < warnings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (warnings, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    build_article (builder, bil_corpus_get_article (corpus, i));
  json_builder_end_array (builder);

  add_empty_array (builder, "partnerships");
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
