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
#include "bil-format.h"
#include "bil-json-guard.h"
#include "bil-ordered-run.h"
#include "bil-partnership.h"
#include "bil-rates.h"

static void
add_number_or_null (BilJsonWriter *builder,
                    const char  *member,
                    double       value)
{
  bil_json_writer_member (builder, member);
  if (isfinite (value))
    bil_json_writer_double (builder, value);
  else
    bil_json_writer_null (builder);
}

static void
add_entity (BilJsonWriter *builder,
            BilLexicon  *lex,
            const char  *member,
            int          entity)
{
  bil_json_writer_member_string (builder, member, entity >= 0 ? bil_lexicon_entity_code (lex, entity) : NULL);
}

static void
add_span_text (BilJsonWriter *builder,
               const char    *member,
               const char    *text,
               gsize          start,
               gsize          end)
{
  bil_json_writer_member (builder, member);
  if (end > start)
    bil_json_writer_string_len (builder, text + start, end - start);
  else
    bil_json_writer_null (builder);
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
build_review (BilJsonWriter   *builder,
              BilArticle      *article,
              const BilFigure *f)
{
  g_autoptr(GArray) trail = bil_figure_trail (article, f);

  bil_json_writer_member (builder, "confidence");
  bil_json_writer_double (builder, round (bil_figure_confidence (f) * 1000) / 1000);
  bil_json_writer_member (builder, "needs_review");
  bil_json_writer_boolean (builder, bil_figure_needs_review (f));
  bil_json_writer_member (builder, "doubts");
  bil_json_writer_begin_array (builder);
  for (guint d = 0; d < BIL_N_DOUBTS; d++)
    if (f->doubts & (1u << d))
      bil_json_writer_string (builder, bil_doubt_to_string (1u << d));
  bil_json_writer_end_array (builder);
  bil_json_writer_member_string (builder, "review", bil_review_mark_to_string (f->review));
  if (f->preferred)
    {
      bil_json_writer_member (builder, "preferred");
      bil_json_writer_boolean (builder, TRUE);
    }
  bil_json_writer_member (builder, "trail");
  bil_json_writer_begin_array (builder);
  for (guint i = 0; i < trail->len; i++)
    {
      const BilTrailStep *step = &g_array_index (trail, BilTrailStep, i);

      bil_json_writer_begin_object (builder);
      bil_json_writer_member_string (builder, "step", bil_trail_kind_to_string (step->kind));
      bil_json_writer_member_string (builder, "value", step->value);
      bil_json_writer_member_string (builder, "why", step->why);
      bil_json_writer_end_object (builder);
    }
  bil_json_writer_end_array (builder);
}

static void
build_figure (BilJsonWriter   *builder,
              BilLexicon      *lex,
              BilArticle      *article,
              const char      *text,
              const BilFigure *f)
{
  g_autofree char *rate = bil_figure_describe_rate (f);

  bil_json_writer_begin_object (builder);
  add_span_text (builder, "text", text, f->money.start, f->money.end);
  bil_json_writer_member (builder, "start");
  bil_json_writer_int (builder, f->money.start);
  bil_json_writer_member (builder, "end");
  bil_json_writer_int (builder, f->money.end);
  add_span_text (builder, "sentence", text, f->sentence_start, f->sentence_end);
  bil_json_writer_member (builder, "sentence_start");
  bil_json_writer_int (builder, f->sentence_start);
  bil_json_writer_member (builder, "sentence_end");
  bil_json_writer_int (builder, f->sentence_end);
  add_number_or_null (builder, "value", f->money.vague ? NAN : f->money.value);
  add_number_or_null (builder, "low", f->money.low);
  add_number_or_null (builder, "high", f->money.high);
  bil_json_writer_member_string (builder, "currency", f->money.currency);
  add_number_or_null (builder, "usd", f->usd);
  bil_json_writer_member_string (builder, "rate_source", rate);
  bil_json_writer_member_string (builder, "rate_origin", bil_rate_source_to_string (f->rate_source));
  add_number_or_null (builder, "rate", f->rate_source == BIL_RATE_UNKNOWN ? NAN : f->rate);
  bil_json_writer_member (builder, "rate_year");
  bil_json_writer_int (builder, f->rate_year);
  bil_json_writer_member_string (builder, "rate_file", f->rate_file);
  bil_json_writer_member_string (builder, "currency_rule", currency_rule_to_string (f->money.rule));
  bil_json_writer_member_string (builder, "currency_text", f->context_currency ? f->context_currency : f->money.currency_text);
  bil_json_writer_member_string (builder, "approx", bil_approx_to_string (f->approx));
  bil_json_writer_member (builder, "vague");
  bil_json_writer_boolean (builder, f->money.vague);
  bil_json_writer_member_string (builder, "metric", bil_metric_to_string (f->metric));
  add_span_text (builder, "metric_text", text, f->metric_start, f->metric_end);
  add_entity (builder, lex, "from", f->from);
  add_entity (builder, lex, "to", f->to);
  bil_json_writer_member_string (builder, "from_rule", f->from_rule);
  bil_json_writer_member_string (builder, "to_rule", f->to_rule);
  bil_json_writer_member (builder, "year");
  if (f->year > 0)
    bil_json_writer_int (builder, f->year);
  else
    bil_json_writer_null (builder);
  bil_json_writer_member (builder, "year_stated");
  bil_json_writer_boolean (builder, f->year_stated);
  bil_json_writer_member_string (builder, "year_rule", f->year > 0 ? f->year_rule : NULL);
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
        bil_json_writer_member (builder, spans[i].name);
        bil_json_writer_int (builder, spans[i].value);
      }
  }
  add_number_or_null (builder, "number", f->money.number);
  add_number_or_null (builder, "scale", f->money.scale);
  bil_json_writer_member_string (builder, "scale_word", f->money.scale_word);
  bil_json_writer_member (builder, "glued_code");
  bil_json_writer_boolean (builder, f->money.glued_code);
  build_review (builder, article, f);
  bil_json_writer_end_object (builder);
}

typedef struct
{
  const char *code_a, *code_b;
} CodePair;

/* As "A\tB" strings would sort: codes hold nothing below a tab. */
static int
compare_code_pairs (gconstpointer x,
                    gconstpointer y)
{
  const CodePair *p = x, *q = y;
  int c = strcmp (p->code_a, q->code_a);

  return c != 0 ? c : strcmp (p->code_b, q->code_b);
}

/* Unique pairs of one stance, sorted by their codes, as [a, b] arrays. */
static void
build_pairs (BilJsonWriter  *builder,
             BilLexicon     *lex,
             const BilFacts *facts,
             BilStance       stance)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (CodePair));

  for (guint i = 0; facts && i < facts->pairs->len; i++)
    {
      const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, i);
      const char *code_a, *code_b;
      gboolean dup = FALSE;

      if (p->stance != stance)
        continue;
      code_a = bil_lexicon_entity_code (lex, p->a);
      code_b = bil_lexicon_entity_code (lex, p->b);
      {
        CodePair pair = { code_a ? code_a : "(null)", code_b ? code_b : "(null)" };

        for (guint k = 0; k < seen->len && !dup; k++)
          dup = compare_code_pairs (&g_array_index (seen, CodePair, k), &pair) == 0;
        if (!dup)
          g_array_append_val (seen, pair);
      }
    }
  g_array_sort (seen, compare_code_pairs);
  for (guint i = 0; i < seen->len; i++)
    {
      const CodePair *pair = &g_array_index (seen, CodePair, i);

      bil_json_writer_begin_array (builder);
      bil_json_writer_string (builder, pair->code_a);
      bil_json_writer_string (builder, pair->code_b);
      bil_json_writer_end_array (builder);
    }
}

static void
build_facts (BilJsonWriter *builder,
             BilArticle  *article)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  const BilFacts *facts = bil_article_get_facts (article);
  const char *text = bil_article_get_text (article, NULL);

  bil_json_writer_member (builder, "countries");
  bil_json_writer_begin_array (builder);
  for (guint i = 0; facts && i < facts->countries->len; i++)
    bil_json_writer_string (builder, bil_lexicon_entity_code (lex, g_array_index (facts->countries, int, i)));
  bil_json_writer_end_array (builder);

  bil_json_writer_member (builder, "partner_pairs");
  bil_json_writer_begin_array (builder);
  build_pairs (builder, lex, facts, BIL_STANCE_COOPERATION);
  bil_json_writer_end_array (builder);

  bil_json_writer_member (builder, "rival_pairs");
  bil_json_writer_begin_array (builder);
  build_pairs (builder, lex, facts, BIL_STANCE_RIVALRY);
  bil_json_writer_end_array (builder);

  /* A rejected figure is not a figure, but stays traceable. */
  for (int rejected = 0; rejected < 2; rejected++)
    {
      guint n = 0;

      for (guint i = 0; rejected && facts && i < facts->figures->len; i++)
        n += g_array_index (facts->figures, BilFigure, i).review == BIL_REVIEW_REJECTED;
      if (rejected && n == 0)
        break;
      bil_json_writer_member (builder, rejected ? "rejected_figures" : "figures");
      bil_json_writer_begin_array (builder);
      for (guint i = 0; facts && i < facts->figures->len; i++)
        {
          const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

          if ((f->review == BIL_REVIEW_REJECTED) == rejected)
            build_figure (builder, lex, article, text, f);
        }
      bil_json_writer_end_array (builder);
    }

  bil_json_writer_member (builder, "rates");
  bil_json_writer_begin_array (builder);
  for (guint i = 0; facts && i < facts->rates->len; i++)
    {
      const BilRateStatement *r = &g_array_index (facts->rates, BilRateStatement, i);

      bil_json_writer_begin_object (builder);
      add_span_text (builder, "text", text, r->start, r->end);
      bil_json_writer_member (builder, "start");
      bil_json_writer_int (builder, r->start);
      bil_json_writer_member (builder, "end");
      bil_json_writer_int (builder, r->end);
      bil_json_writer_member_string (builder, "base", r->base);
      bil_json_writer_member_string (builder, "quote", r->quote);
      add_number_or_null (builder, "rate", r->rate);
      bil_json_writer_end_object (builder);
    }
  bil_json_writer_end_array (builder);

  bil_json_writer_member (builder, "sectors");
  bil_json_writer_begin_array (builder);
  for (guint s = 0; facts && s < facts->n_sectors; s++)
    if (facts->sector_counts[s] > 0)
      bil_json_writer_string (builder, bil_lexicon_sector_id (lex, (int) s));
  bil_json_writer_end_array (builder);

  bil_json_writer_member (builder, "pair_evidence");
  bil_json_writer_begin_array (builder);
  for (guint i = 0; facts && i < facts->pairs->len; i++)
    {
      const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, i);

      bil_json_writer_begin_object (builder);
      add_entity (builder, lex, "a", p->a);
      add_entity (builder, lex, "b", p->b);
      bil_json_writer_member_string (builder, "stance", bil_stance_to_string (p->stance));
      bil_json_writer_member (builder, "start");
      bil_json_writer_int (builder, p->start);
      bil_json_writer_member (builder, "end");
      bil_json_writer_int (builder, p->end);
      bil_json_writer_member (builder, "sectors");
      bil_json_writer_begin_array (builder);
      for (guint s = 0; s < facts->n_sectors && s < 64; s++)
        if (p->sectors & (G_GUINT64_CONSTANT (1) << s))
          bil_json_writer_string (builder, bil_lexicon_sector_id (lex, (int) s));
      bil_json_writer_end_array (builder);
      bil_json_writer_member_string (builder, "rule", p->rule);
      bil_json_writer_end_object (builder);
    }
  bil_json_writer_end_array (builder);

  bil_json_writer_member (builder, "sector_counts");
  bil_json_writer_begin_object (builder);
  for (guint s = 0; facts && s < facts->n_sectors; s++)
    if (facts->sector_counts[s] > 0)
      {
        bil_json_writer_member (builder, bil_lexicon_sector_id (lex, (int) s));
        bil_json_writer_int (builder, facts->sector_counts[s]);
      }
  bil_json_writer_end_object (builder);

  bil_json_writer_member (builder, "mentions");
  bil_json_writer_begin_array (builder);
  for (guint i = 0; facts && i < facts->mentions->len; i++)
    {
      static const char *kinds[] = { "name", "demonym", "place", "bloc", "company", "forum" };
      const BilMention *m = &g_array_index (facts->mentions, BilMention, i);

      bil_json_writer_begin_object (builder);
      add_entity (builder, lex, "code", m->entity);
      bil_json_writer_member (builder, "start");
      bil_json_writer_int (builder, m->start);
      bil_json_writer_member (builder, "end");
      bil_json_writer_int (builder, m->end);
      bil_json_writer_member_string (builder, "kind", kinds[m->kind]);
      bil_json_writer_end_object (builder);
    }
  bil_json_writer_end_array (builder);
}

static void
build_partnerships (BilJsonWriter *builder,
                    BilCorpus   *corpus)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  GPtrArray *partnerships = bil_corpus_get_partnerships (corpus);

  bil_json_writer_member (builder, "partnerships");
  bil_json_writer_begin_array (builder);
  for (guint i = 0; partnerships && i < partnerships->len; i++)
    {
      const BilPartnership *p = g_ptr_array_index (partnerships, i);
      g_autoptr(GArray) sectors = bil_partnership_sectors (p, bil_lexicon_n_sectors (lex));

      bil_json_writer_begin_object (builder);
      add_entity (builder, lex, "a", p->a);
      add_entity (builder, lex, "b", p->b);
      bil_json_writer_member_string (builder, "stance", bil_stance_to_string (p->stance));
      bil_json_writer_member (builder, "sectors");
      bil_json_writer_begin_array (builder);
      for (guint k = 0; k < sectors->len; k++)
        bil_json_writer_string (builder, bil_lexicon_sector_id (lex, g_array_index (sectors, int, k)));
      bil_json_writer_end_array (builder);
      bil_json_writer_member (builder, "articles");
      bil_json_writer_int (builder, p->n_articles);
      bil_json_writer_member (builder, "mentions");
      bil_json_writer_int (builder, p->n_mentions);
      bil_json_writer_member (builder, "evidence");
      bil_json_writer_begin_array (builder);
      for (guint k = 0; k < p->evidence->len; k++)
        {
          const BilEvidence *e = &g_array_index (p->evidence, BilEvidence, k);

          bil_json_writer_begin_object (builder);
          bil_json_writer_member_string (builder, "file", bil_article_get_file (e->article));
          bil_json_writer_member (builder, "start");
          bil_json_writer_int (builder, e->start);
          bil_json_writer_member (builder, "end");
          bil_json_writer_int (builder, e->end);
          bil_json_writer_end_object (builder);
        }
      bil_json_writer_end_array (builder);
      bil_json_writer_end_object (builder);
    }
  bil_json_writer_end_array (builder);
}

static void
build_article (BilJsonWriter *builder,
               BilArticle  *article,
               gboolean     with_text)
{
  guint n_sentences = 0;

  bil_article_get_sentences (article, &n_sentences);

  bil_json_writer_begin_object (builder);
  bil_json_writer_member_string (builder, "file", bil_article_get_file (article));
  bil_json_writer_member_string (builder, "path", bil_article_get_path (article));
  bil_json_writer_member_string (builder, "title", bil_article_get_title (article));
  bil_json_writer_member_string (builder, "title_origin", bil_origin_to_string (bil_article_get_title_origin (article)));
  bil_json_writer_member_string (builder, "source", bil_article_get_source (article));
  bil_json_writer_member_string (builder, "source_origin", bil_origin_to_string (bil_article_get_source_origin (article)));
  bil_json_writer_member_string (builder, "date", bil_article_get_date (article));
  bil_json_writer_member_string (builder, "date_origin", bil_origin_to_string (bil_article_get_date_origin (article)));
  bil_json_writer_member_string (builder, "url", bil_article_get_url (article));
  bil_json_writer_member_string (builder, "url_origin", bil_origin_to_string (bil_article_get_url_origin (article)));
  bil_json_writer_member_string (builder, "place", bil_article_get_place (article));
  bil_json_writer_member_string (builder, "byline", bil_article_get_byline (article));
  bil_json_writer_member_string (builder, "byline_origin", bil_origin_to_string (bil_article_get_byline_origin (article)));
  bil_json_writer_member_string (builder, "format", bil_format_to_string (bil_article_get_format (article)));
  bil_json_writer_member_string (builder, "encoding", bil_article_get_encoding_name (article));
  bil_json_writer_member (builder, "bytes");
  bil_json_writer_int (builder, bil_article_get_size (article));
  bil_json_writer_member (builder, "sentences");
  bil_json_writer_int (builder, n_sentences);
  bil_json_writer_member (builder, "boilerplate_lines");
  bil_json_writer_int (builder, bil_article_count_boilerplate (article));
  build_facts (builder, article);
  if (with_text)
    {
      gsize len;
      const char *text = bil_article_get_text (article, &len);

      /* Offsets are into this text: a JSONL line stands on its own. */
      bil_json_writer_member (builder, "text");
      bil_json_writer_string_len (builder, text, len);
    }
  bil_json_writer_end_object (builder);
}

/**
 * bil_article_write_json:
 * @writer: where the article goes, as the next value
 * @with_text: add the article's text (a JSONL line stands on its own)
 *
 * Writes @article as --extract describes it.
 */
void
bil_article_write_json (BilArticle    *article,
                        gboolean       with_text,
                        BilJsonWriter *writer)
{
  g_return_if_fail (BIL_IS_ARTICLE (article));
  build_article (writer, article, with_text);
}

/* The articles' JSON, each written on one of the cores into a fragment of
 * its own (at most 64 a core ahead), then put in place in order
 * (bil_ordered_run ()): writing 10,000 articles' JSON took as long as
 * reading them on two cores. */
typedef struct
{
  BilJsonWriter *builder;
  BilCorpus     *corpus;
  char         **texts;     /* by article: its JSON, once written */
  gsize         *lens;
} Fragments;

/* On a worker. */
static void
write_fragment (guint    i,
                gpointer data)
{
  Fragments *f = data;
  /* An element of the root object's "articles" array: depth 2. */
  BilJsonWriter *writer = bil_json_writer_new_fragment (TRUE, 2);

  build_article (writer, bil_corpus_get_article (f->corpus, i), FALSE);
  f->texts[i] = bil_json_writer_free_to_fragment (writer, &f->lens[i]);
}

/* On this thread, in order. */
static gboolean
place_fragment (guint    i,
                gpointer data)
{
  Fragments *f = data;

  bil_json_writer_raw_value (f->builder, f->texts[i], f->lens[i]);
  g_clear_pointer (&f->texts[i], g_free);
  return TRUE;
}

static void
write_articles_in_parallel (BilJsonWriter *builder,
                            BilCorpus     *corpus)
{
  guint n = bil_corpus_get_n_articles (corpus);
  guint n_threads = MIN (g_get_num_processors (), n);
  Fragments f = { builder, corpus, g_new0 (char *, n), g_new0 (gsize, n) };

  bil_ordered_run (0, n, n_threads, 64 * n_threads, "bil-json", write_fragment, place_fragment, &f);
  g_free (f.texts);
  g_free (f.lens);
}

/**
 * bil_corpus_write_json:
 *
 * Writes the whole corpus as --extract prints it (pretty, with a final
 * newline) to @out as it goes: memory stays bounded by an article.
 *
 * Returns: %FALSE with @error when a write failed
 */
gboolean
bil_corpus_write_json (BilCorpus      *corpus,
                       GOutputStream  *out,
                       GError        **error)
{
  g_autoptr(BilJsonWriter) builder = NULL;
  GPtrArray *warnings;
  guint n;

  g_return_val_if_fail (BIL_IS_CORPUS (corpus), FALSE);
  builder = bil_json_writer_new (out, TRUE);
  n = bil_corpus_get_n_articles (corpus);
  warnings = bil_corpus_get_warnings (corpus);

  bil_json_writer_begin_object (builder);
  bil_json_writer_member (builder, "corpus");
  bil_json_writer_begin_object (builder);
  bil_json_writer_member_string (builder, "name", bil_corpus_get_name (corpus));
  bil_json_writer_member (builder, "articles");
  bil_json_writer_int (builder, n);
  bil_json_writer_member (builder, "warnings");
  bil_json_writer_begin_array (builder);
  for (guint i = 0; i < warnings->len; i++)
    bil_json_writer_string (builder, g_ptr_array_index (warnings, i));
  bil_json_writer_end_array (builder);
  bil_json_writer_end_object (builder);

  bil_json_writer_member (builder, "articles");
  bil_json_writer_begin_array (builder);
  if (g_get_num_processors () > 1 && n > 1)
    write_articles_in_parallel (builder, corpus);
  else
    for (guint i = 0; i < n; i++)
      build_article (builder, bil_corpus_get_article (corpus, i), FALSE);
  bil_json_writer_end_array (builder);

  build_partnerships (builder, corpus);
  bil_json_writer_end_object (builder);
  bil_json_writer_raw (builder, "\n");

  return bil_json_writer_finish (builder, error);
}
