/* bil-corpus-json.c: the JSON that --extract prints
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-corpus-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-corpus-json.h"
#include "bil-doubt.h"
#include "bil-figure-trail.h"
#include "bil-json-guard.h"
#include "bil-partnership.h"
#include "bil-rates.h"

static void
add_number_or_null (JsonBuilder *builder,
                    const char  *member,
                    double       value)
{
  json_builder_set_member_name (builder, member);
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_entity (JsonBuilder *builder,
            BilLexicon  *lex,
            const char  *member,
            int          entity)
{
  bil_json_add_string_or_null (builder, member, entity >= 0 ? bil_lexicon_entity_code (lex, entity) : NULL);
}

static void
add_span_text (JsonBuilder *builder,
               const char  *member,
               const char  *text,
               gsize        start,
               gsize        end)
{
  g_autofree char *s = end > start ? g_strndup (text + start, end - start) : NULL;
  bil_json_add_string_or_null (builder, member, s);
}

static const char *
currency_rule_to_string (BilCurrencyRule rule)
{
  switch (rule)
    {
    case BIL_CURRENCY_BY_SYMBOL: return "symbol";
    case BIL_CURRENCY_BY_CODE: return "code";
    case BIL_CURRENCY_BY_WORD: return "word";
    case BIL_CURRENCY_BY_CONTEXT: return "context";
    case BIL_CURRENCY_BY_COUNTRY: return "country";
    case BIL_CURRENCY_BY_DEFAULT:
    default: return "default-usd";
    }
}

/* Confidence, doubts, the reading's trail and what the user made of it. */
static void
build_review (JsonBuilder     *builder,
              BilArticle      *article,
              const BilFigure *f)
{
  g_autoptr(GArray) trail = bil_figure_trail (article, f);

  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, round (bil_figure_confidence (f) * 1000) / 1000);
  json_builder_set_member_name (builder, "needs_review");
  json_builder_add_boolean_value (builder, bil_figure_needs_review (f));
  json_builder_set_member_name (builder, "doubts");
  json_builder_begin_array (builder);
  for (guint d = 0; d < BIL_N_DOUBTS; d++)
    if (f->doubts & (1u << d))
      json_builder_add_string_value (builder, bil_doubt_to_string (1u << d));
  json_builder_end_array (builder);
  bil_json_add_string_or_null (builder, "review", bil_review_mark_to_string (f->review));
  if (f->preferred)
    {
      json_builder_set_member_name (builder, "preferred");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_set_member_name (builder, "trail");
  json_builder_begin_array (builder);
  for (guint i = 0; i < trail->len; i++)
    {
      const BilTrailStep *step = &g_array_index (trail, BilTrailStep, i);

      json_builder_begin_object (builder);
      bil_json_add_string_or_null (builder, "step", bil_trail_kind_to_string (step->kind));
      bil_json_add_string_or_null (builder, "value", step->value);
      bil_json_add_string_or_null (builder, "why", step->why);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_figure (JsonBuilder     *builder,
              BilLexicon      *lex,
              BilArticle      *article,
              const char      *text,
              const BilFigure *f)
{
  g_autofree char *rate = bil_figure_describe_rate (f);

  json_builder_begin_object (builder);
  add_span_text (builder, "text", text, f->money.start, f->money.end);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, f->money.start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, f->money.end);
  add_span_text (builder, "sentence", text, f->sentence_start, f->sentence_end);
  json_builder_set_member_name (builder, "sentence_start");
  json_builder_add_int_value (builder, f->sentence_start);
  json_builder_set_member_name (builder, "sentence_end");
  json_builder_add_int_value (builder, f->sentence_end);
  add_number_or_null (builder, "value", f->money.vague ? NAN : f->money.value);
  add_number_or_null (builder, "low", f->money.low);
  add_number_or_null (builder, "high", f->money.high);
  bil_json_add_string_or_null (builder, "currency", f->money.currency);
  add_number_or_null (builder, "usd", f->usd);
  bil_json_add_string_or_null (builder, "rate_source", rate);
  bil_json_add_string_or_null (builder, "rate_origin", bil_rate_source_to_string (f->rate_source));
  add_number_or_null (builder, "rate", f->rate_source == BIL_RATE_UNKNOWN ? NAN : f->rate);
  json_builder_set_member_name (builder, "rate_year");
  json_builder_add_int_value (builder, f->rate_year);
  bil_json_add_string_or_null (builder, "rate_file", f->rate_file);
  bil_json_add_string_or_null (builder, "currency_rule", currency_rule_to_string (f->money.rule));
  bil_json_add_string_or_null (builder, "currency_text", f->context_currency ? f->context_currency : f->money.currency_text);
  bil_json_add_string_or_null (builder, "approx", bil_approx_to_string (f->approx));
  json_builder_set_member_name (builder, "vague");
  json_builder_add_boolean_value (builder, f->money.vague);
  bil_json_add_string_or_null (builder, "metric", bil_metric_to_string (f->metric));
  add_span_text (builder, "metric_text", text, f->metric_start, f->metric_end);
  add_entity (builder, lex, "from", f->from);
  add_entity (builder, lex, "to", f->to);
  bil_json_add_string_or_null (builder, "from_rule", f->from_rule);
  bil_json_add_string_or_null (builder, "to_rule", f->to_rule);
  json_builder_set_member_name (builder, "year");
  if (f->year > 0)
    json_builder_add_int_value (builder, f->year);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "year_stated");
  json_builder_add_boolean_value (builder, f->year_stated);
  bil_json_add_string_or_null (builder, "year_rule", f->year > 0 ? f->year_rule : NULL);
  add_span_text (builder, "year_text", text, f->year_start, f->year_end);
  {
    /* Where each decision came from, so a pre-extracted corpus can be
     * reopened and traced like a fresh one. */
    const struct { const char *name; gsize value; } spans[] = {
      { "approx_start", f->approx_start }, { "approx_end", f->approx_end },
      { "metric_start", f->metric_start }, { "metric_end", f->metric_end },
      { "year_start", f->year_start }, { "year_end", f->year_end },
    };
    for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
      {
        json_builder_set_member_name (builder, spans[i].name);
        json_builder_add_int_value (builder, spans[i].value);
      }
  }
  add_number_or_null (builder, "number", f->money.number);
  add_number_or_null (builder, "scale", f->money.scale);
  bil_json_add_string_or_null (builder, "scale_word", f->money.scale_word);
  json_builder_set_member_name (builder, "glued_code");
  json_builder_add_boolean_value (builder, f->money.glued_code);
  build_review (builder, article, f);
  json_builder_end_object (builder);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Unique pairs of one stance, sorted, as [a, b] arrays. */
static void
build_pairs (JsonBuilder    *builder,
             BilLexicon     *lex,
             const BilFacts *facts,
             BilStance       stance)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; facts && i < facts->pairs->len; i++)
    {
      const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, i);
      g_autofree char *key = NULL;
      gboolean dup = FALSE;

      if (p->stance != stance)
        continue;
      key = g_strdup_printf ("%s\t%s", bil_lexicon_entity_code (lex, p->a), bil_lexicon_entity_code (lex, p->b));
      for (guint k = 0; k < seen->len && !dup; k++)
        dup = strcmp (g_ptr_array_index (seen, k), key) == 0;
      if (!dup)
        g_ptr_array_add (seen, g_steal_pointer (&key));
    }
  g_ptr_array_sort (seen, compare_strings);
  for (guint i = 0; i < seen->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (seen, i), "\t", 2);

      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, parts[0]);
      json_builder_add_string_value (builder, parts[1]);
      json_builder_end_array (builder);
    }
}

static void
build_facts (JsonBuilder *builder,
             BilArticle  *article)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  const BilFacts *facts = bil_article_get_facts (article);
  const char *text = bil_article_get_text (article, NULL);

  json_builder_set_member_name (builder, "countries");
  json_builder_begin_array (builder);
  for (guint i = 0; facts && i < facts->countries->len; i++)
    json_builder_add_string_value (builder, bil_lexicon_entity_code (lex, g_array_index (facts->countries, int, i)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "partner_pairs");
  json_builder_begin_array (builder);
  build_pairs (builder, lex, facts, BIL_STANCE_COOPERATION);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "rival_pairs");
  json_builder_begin_array (builder);
  build_pairs (builder, lex, facts, BIL_STANCE_RIVALRY);
  json_builder_end_array (builder);

  /* A rejected figure is not a figure, but stays traceable. */
  for (int rejected = 0; rejected < 2; rejected++)
    {
      guint n = 0;

      for (guint i = 0; rejected && facts && i < facts->figures->len; i++)
        n += g_array_index (facts->figures, BilFigure, i).review == BIL_REVIEW_REJECTED;
      if (rejected && n == 0)
        break;
      json_builder_set_member_name (builder, rejected ? "rejected_figures" : "figures");
      json_builder_begin_array (builder);
      for (guint i = 0; facts && i < facts->figures->len; i++)
        {
          const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

          if ((f->review == BIL_REVIEW_REJECTED) == rejected)
            build_figure (builder, lex, article, text, f);
        }
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "rates");
  json_builder_begin_array (builder);
  for (guint i = 0; facts && i < facts->rates->len; i++)
    {
      const BilRateStatement *r = &g_array_index (facts->rates, BilRateStatement, i);

      json_builder_begin_object (builder);
      add_span_text (builder, "text", text, r->start, r->end);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, r->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, r->end);
      bil_json_add_string_or_null (builder, "base", r->base);
      bil_json_add_string_or_null (builder, "quote", r->quote);
      add_number_or_null (builder, "rate", r->rate);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "sectors");
  json_builder_begin_array (builder);
  for (guint s = 0; facts && s < facts->n_sectors; s++)
    if (facts->sector_counts[s] > 0)
      json_builder_add_string_value (builder, bil_lexicon_sector_id (lex, (int) s));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "pair_evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; facts && i < facts->pairs->len; i++)
    {
      const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, i);

      json_builder_begin_object (builder);
      add_entity (builder, lex, "a", p->a);
      add_entity (builder, lex, "b", p->b);
      bil_json_add_string_or_null (builder, "stance", bil_stance_to_string (p->stance));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, p->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, p->end);
      json_builder_set_member_name (builder, "sectors");
      json_builder_begin_array (builder);
      for (guint s = 0; s < facts->n_sectors && s < 64; s++)
        if (p->sectors & (G_GUINT64_CONSTANT (1) << s))
          json_builder_add_string_value (builder, bil_lexicon_sector_id (lex, (int) s));
      json_builder_end_array (builder);
      bil_json_add_string_or_null (builder, "rule", p->rule);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "sector_counts");
  json_builder_begin_object (builder);
  for (guint s = 0; facts && s < facts->n_sectors; s++)
    if (facts->sector_counts[s] > 0)
      {
        json_builder_set_member_name (builder, bil_lexicon_sector_id (lex, (int) s));
        json_builder_add_int_value (builder, facts->sector_counts[s]);
      }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; facts && i < facts->mentions->len; i++)
    {
      static const char *kinds[] = { "name", "demonym", "place", "bloc", "company", "forum" };
      const BilMention *m = &g_array_index (facts->mentions, BilMention, i);

      json_builder_begin_object (builder);
      add_entity (builder, lex, "code", m->entity);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, m->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, m->end);
      bil_json_add_string_or_null (builder, "kind", kinds[m->kind]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_partnerships (JsonBuilder *builder,
                    BilCorpus   *corpus)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  GPtrArray *partnerships = bil_corpus_get_partnerships (corpus);

  json_builder_set_member_name (builder, "partnerships");
  json_builder_begin_array (builder);
  for (guint i = 0; partnerships && i < partnerships->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (partnerships, i);
      g_autoptr(GArray) sectors = bil_partnership_sectors (p, bil_lexicon_n_sectors (lex));

      json_builder_begin_object (builder);
      add_entity (builder, lex, "a", p->a);
      add_entity (builder, lex, "b", p->b);
      bil_json_add_string_or_null (builder, "stance", bil_stance_to_string (p->stance));
      json_builder_set_member_name (builder, "sectors");
      json_builder_begin_array (builder);
      for (guint k = 0; k < sectors->len; k++)
        json_builder_add_string_value (builder, bil_lexicon_sector_id (lex, g_array_index (sectors, int, k)));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "articles");
      json_builder_add_int_value (builder, p->n_articles);
      json_builder_set_member_name (builder, "mentions");
      json_builder_add_int_value (builder, p->n_mentions);
      json_builder_set_member_name (builder, "evidence");
      json_builder_begin_array (builder);
      for (guint k = 0; k < p->evidence->len; k++)
        {
          const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

          json_builder_begin_object (builder);
          bil_json_add_string_or_null (builder, "file", bil_article_get_file (e->article));
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, e->start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, e->end);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_article (JsonBuilder *builder,
               BilArticle  *article,
               gboolean     with_text)
{
  guint n_sentences = 0;

  bil_article_get_sentences (article, &n_sentences);

  json_builder_begin_object (builder);
  bil_json_add_string_or_null (builder, "file", bil_article_get_file (article));
  bil_json_add_string_or_null (builder, "path", bil_article_get_path (article));
  bil_json_add_string_or_null (builder, "title", bil_article_get_title (article));
  bil_json_add_string_or_null (builder, "title_origin", bil_origin_to_string (bil_article_get_title_origin (article)));
  bil_json_add_string_or_null (builder, "source", bil_article_get_source (article));
  bil_json_add_string_or_null (builder, "source_origin", bil_origin_to_string (bil_article_get_source_origin (article)));
  bil_json_add_string_or_null (builder, "date", bil_article_get_date (article));
  bil_json_add_string_or_null (builder, "date_origin", bil_origin_to_string (bil_article_get_date_origin (article)));
  bil_json_add_string_or_null (builder, "url", bil_article_get_url (article));
  bil_json_add_string_or_null (builder, "url_origin", bil_origin_to_string (bil_article_get_url_origin (article)));
  bil_json_add_string_or_null (builder, "place", bil_article_get_place (article));
  bil_json_add_string_or_null (builder, "byline", bil_article_get_byline (article));
  bil_json_add_string_or_null (builder, "byline_origin", bil_origin_to_string (bil_article_get_byline_origin (article)));
  bil_json_add_string_or_null (builder, "format", bil_format_to_string (bil_article_get_format (article)));
  bil_json_add_string_or_null (builder, "encoding", bil_article_get_encoding_name (article));
  json_builder_set_member_name (builder, "bytes");
  json_builder_add_int_value (builder, g_bytes_get_size (bil_article_get_bytes (article)));
  json_builder_set_member_name (builder, "sentences");
  json_builder_add_int_value (builder, n_sentences);
  json_builder_set_member_name (builder, "boilerplate_lines");
  json_builder_add_int_value (builder, bil_article_count_boilerplate (article));
  build_facts (builder, article);
  if (with_text)
    {
      gsize len;
      const char *text = bil_article_get_text (article, &len);
      g_autofree char *copy = g_strndup (text, len);

      /* Offsets are into this text: a JSONL line stands on its own. */
      bil_json_add_string_or_null (builder, "text", copy);
    }
  json_builder_end_object (builder);
}

JsonNode *
bil_article_to_json (BilArticle *article,
                     gboolean    with_text)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (BIL_IS_ARTICLE (article), NULL);
  build_article (builder, article, with_text);
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
  bil_json_add_string_or_null (builder, "name", bil_corpus_get_name (corpus));
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
    build_article (builder, bil_corpus_get_article (corpus, i), FALSE);
  json_builder_end_array (builder);

  build_partnerships (builder, corpus);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
