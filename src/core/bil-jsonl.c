/* bil-jsonl.c: one pre-extracted article per line
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `bilateral --extract --format=jsonl` writes each article as one JSON
 * object with its text; a corpus too large for one machine can be extracted
 * in parts (GNU parallel, Hadoop or Spark streaming) and the parts' lines
 * concatenated. Reading such a line gives back the article and what was
 * extracted from it, without extracting again.
 */

#define G_LOG_DOMAIN "bil-jsonl"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "bil-doubt.h"
#include "bil-error.h"
#include "bil-figure-trail.h"
#include "bil-json-guard.h"
#include "bil-jsonl.h"
#include "bil-manifest.h"
#include "bil-metadata.h"

/* An offset that must lie within the text. */
static gboolean
get_offset (JsonObject *o,
            const char *member,
            gsize       limit,
            gsize      *out)
{
  double v = bil_json_get_number (o, member);

  if (!isfinite (v) || v < 0 || v > (double) limit)
    return FALSE;
  *out = (gsize) v;
  return TRUE;
}

/* The same, kept in 32 bits: the text is at most BIL_ARTICLE_MAX_BYTES. */
static gboolean
get_offset32 (JsonObject *o,
              const char *member,
              gsize       limit,
              guint32    *out)
{
  gsize v;

  if (!get_offset (o, member, MIN (limit, BIL_ARTICLE_MAX_BYTES), &v))
    return FALSE;
  *out = (guint32) v;
  return TRUE;
}

static JsonArray *
get_array (JsonObject *o,
           const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static int
entity (BilLexicon *lex,
        JsonObject *o,
        const char *member)
{
  return bil_lexicon_lookup_entity (lex, bil_json_get_string (o, member));
}

/* Names read from a file live as long as the facts that use them: interning
 * them would keep every string of every file ever opened until exit. */
static const char *
keep (BilFacts   *facts,
      const char *s)
{
  if (s == NULL)
    return NULL;
  if (facts->strings == NULL)
    facts->strings = g_string_chunk_new (256);
  return g_string_chunk_insert_const (facts->strings, s);
}

static int
sector_index (BilLexicon *lex,
              const char *id)
{
  for (guint s = 0; s < bil_lexicon_n_sectors (lex); s++)
    if (g_strcmp0 (bil_lexicon_sector_id (lex, (int) s), id) == 0)
      return (int) s;
  return -1;
}

static BilCurrencyRule
currency_rule (const char *name)
{
  if (g_strcmp0 (name, "symbol") == 0)
    return BIL_CURRENCY_BY_SYMBOL;
  if (g_strcmp0 (name, "code") == 0)
    return BIL_CURRENCY_BY_CODE;
  if (g_strcmp0 (name, "word") == 0)
    return BIL_CURRENCY_BY_WORD;
  if (g_strcmp0 (name, "context") == 0)
    return BIL_CURRENCY_BY_CONTEXT;
  if (g_strcmp0 (name, "country") == 0)
    return BIL_CURRENCY_BY_COUNTRY;
  return BIL_CURRENCY_BY_DEFAULT;
}

static BilApprox
approx (const char *name)
{
  if (g_strcmp0 (name, "nearly") == 0)
    return BIL_APPROX_NEARLY;
  if (g_strcmp0 (name, "over") == 0)
    return BIL_APPROX_OVER;
  if (g_strcmp0 (name, "about") == 0)
    return BIL_APPROX_ABOUT;
  return BIL_APPROX_NONE;
}

static BilRateSource
rate_source (const char *name)
{
  static const char *names[] = { "none", "article", "corpus", "table", "table-latest", "unknown" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return (BilRateSource) i;
  return BIL_RATE_UNKNOWN;
}

static gboolean
read_figure (JsonObject *o,
             BilLexicon *lex,
             gsize       len,
             BilFacts   *facts,
             BilFigure  *f)
{
  const char *currency = bil_json_get_string (o, "currency");

  memset (f, 0, sizeof *f);
  if (!get_offset (o, "start", len, &f->money.start) || !get_offset (o, "end", len, &f->money.end) ||
      f->money.end < f->money.start || currency == NULL || strlen (currency) != 3)
    return FALSE;
  get_offset (o, "sentence_start", len, &f->sentence_start);
  get_offset (o, "sentence_end", len, &f->sentence_end);
  get_offset (o, "approx_start", len, &f->approx_start);
  get_offset (o, "approx_end", len, &f->approx_end);
  get_offset (o, "metric_start", len, &f->metric_start);
  get_offset (o, "metric_end", len, &f->metric_end);
  get_offset (o, "year_start", len, &f->year_start);
  get_offset (o, "year_end", len, &f->year_end);

  memcpy (f->money.currency, currency, 4);
  f->money.vague = bil_json_get_bool (o, "vague");
  f->money.value = f->money.vague ? NAN : bil_json_get_number (o, "value");
  if (!f->money.vague && !isfinite (f->money.value))
    return FALSE;
  f->money.low = bil_json_get_number (o, "low");
  f->money.high = bil_json_get_number (o, "high");
  f->money.number = bil_json_get_number (o, "number");
  f->money.scale = bil_json_get_number (o, "scale");
  f->money.scale_word = keep (facts, bil_json_get_string (o, "scale_word"));
  f->money.rule = currency_rule (bil_json_get_string (o, "currency_rule"));
  f->money.currency_text = keep (facts, bil_json_get_string (o, "currency_text"));
  f->money.bare_dollar = f->money.rule == BIL_CURRENCY_BY_DEFAULT || f->money.rule == BIL_CURRENCY_BY_CONTEXT;
  if (f->money.rule == BIL_CURRENCY_BY_CONTEXT)
    f->context_currency = f->money.currency_text;
  f->money.glued_code = bil_json_get_bool (o, "glued_code");

  f->approx = approx (bil_json_get_string (o, "approx"));
  f->metric = bil_metric_from_string (bil_json_get_string (o, "metric"));
  f->from = entity (lex, o, "from");
  f->to = entity (lex, o, "to");
  f->from_rule = keep (facts, bil_json_get_string (o, "from_rule"));
  f->to_rule = keep (facts, bil_json_get_string (o, "to_rule"));
  f->year = isfinite (bil_json_get_number (o, "year")) ? (int) bil_json_get_number (o, "year") : 0;
  f->year_stated = bil_json_get_bool (o, "year_stated");
  f->year_rule = keep (facts, bil_json_get_string (o, "year_rule"));
  f->usd = bil_json_get_number (o, "usd");
  f->rate = bil_json_get_number (o, "rate");
  f->rate_source = rate_source (bil_json_get_string (o, "rate_origin"));
  f->rate_year = isfinite (bil_json_get_number (o, "rate_year")) ? (int) bil_json_get_number (o, "rate_year") : 0;
  f->rate_file = keep (facts, bil_json_get_string (o, "rate_file"));
  /* Written only with a year: an unknown year said relative to a date
   * the article does not give ("last year") keeps its words. */
  if (f->year == 0 && f->year_rule == NULL && f->year_end > f->year_start)
    f->year_rule = "relative-undated";
  f->review = bil_review_mark_from_string (bil_json_get_string (o, "review"));
  f->preferred = bil_json_get_bool (o, "preferred");
  {
    JsonArray *doubts = get_array (o, "doubts");
    static const BilDoubt of_reading[] = { BIL_DOUBT_METRIC_CONTEXT, BIL_DOUBT_PARTY_CONTEXT };

    for (guint i = 0; doubts && i < json_array_get_length (doubts); i++)
      {
        JsonNode *node = json_array_get_element (doubts, i);
        const char *name = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
                           ? json_node_get_string (node) : NULL;

        for (guint k = 0; name && k < G_N_ELEMENTS (of_reading); k++)
          if (strcmp (name, bil_doubt_to_string (of_reading[k])) == 0)
            f->doubts |= of_reading[k];
      }
  }
  return TRUE;
}

static BilFacts *
read_facts (JsonObject *o,
            BilLexicon *lex,
            gsize       len,
            const char *where,
            GPtrArray  *warnings)
{
  BilFacts *facts = bil_facts_new (bil_lexicon_n_sectors (lex));
  JsonArray *array;
  guint dropped = 0;

  if ((array = get_array (o, "mentions")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *m = json_array_get_object_element (array, i);
        static const char *kinds[] = { "name", "demonym", "place", "bloc", "company", "forum" };
        BilMention mention = { 0 };
        const char *kind = m ? bil_json_get_string (m, "kind") : NULL;

        if (m == NULL || (mention.entity = entity (lex, m, "code")) < 0 ||
            !get_offset32 (m, "start", len, &mention.start) || !get_offset32 (m, "end", len, &mention.end))
          {
            dropped++;
            continue;
          }
        for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
          if (g_strcmp0 (kind, kinds[k]) == 0)
            mention.kind = (BilMentionKind) k;
        g_array_append_val (facts->mentions, mention);
      }

  if ((array = get_array (o, "countries")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        int e = bil_lexicon_lookup_entity (lex, json_array_get_string_element (array, i));
        if (e >= 0)
          g_array_append_val (facts->countries, e);
        else
          dropped++;
      }

  if ((array = get_array (o, "figures")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *fo = json_array_get_object_element (array, i);
        BilFigure f;

        if (fo != NULL && read_figure (fo, lex, len, facts, &f))
          g_array_append_val (facts->figures, f);
        else
          dropped++;
      }

  if ((array = get_array (o, "rates")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *r = json_array_get_object_element (array, i);
        BilRateStatement rate = { 0 };
        const char *base = r ? bil_json_get_string (r, "base") : NULL, *quote = r ? bil_json_get_string (r, "quote") : NULL;

        if (r == NULL || !base || !quote || strlen (base) != 3 || strlen (quote) != 3 ||
            !(bil_json_get_number (r, "rate") > 0) ||
            !get_offset (r, "start", len, &rate.start) || !get_offset (r, "end", len, &rate.end))
          {
            dropped++;
            continue;
          }
        memcpy (rate.base, base, 4);
        memcpy (rate.quote, quote, 4);
        rate.rate = bil_json_get_number (r, "rate");
        g_array_append_val (facts->rates, rate);
      }

  if ((array = get_array (o, "pair_evidence")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *p = json_array_get_object_element (array, i);
        BilPairEvidence pair = { 0 };
        JsonArray *sectors;

        if (p == NULL || (pair.a = entity (lex, p, "a")) < 0 || (pair.b = entity (lex, p, "b")) < 0 ||
            !get_offset32 (p, "start", len, &pair.start) || !get_offset32 (p, "end", len, &pair.end))
          {
            dropped++;
            continue;
          }
        pair.stance = g_strcmp0 (bil_json_get_string (p, "stance"), "rivalry") == 0 ? BIL_STANCE_RIVALRY : BIL_STANCE_COOPERATION;
        pair.rule = keep (facts, bil_json_get_string (p, "rule"));
        if ((sectors = get_array (p, "sectors")))
          for (guint k = 0; k < json_array_get_length (sectors); k++)
            {
              int s = sector_index (lex, json_array_get_string_element (sectors, k));
              if (s >= 0 && s < 64)
                pair.sectors |= G_GUINT64_CONSTANT (1) << s;
            }
        g_array_append_val (facts->pairs, pair);
      }

  {
    JsonNode *counts = json_object_get_member (o, "sector_counts");

    if (counts && JSON_NODE_HOLDS_OBJECT (counts))
      {
        JsonObject *c = json_node_get_object (counts);
        g_autoptr(GList) members = json_object_get_members (c);

        for (GList *l = members; l; l = l->next)
          {
            int s = sector_index (lex, l->data);
            double n = bil_json_get_number (c, l->data);
            if (s >= 0 && isfinite (n) && n > 0)
              facts->sector_counts[s] = (guint) MIN (n, G_MAXUINT);
          }
      }
  }

  if (dropped > 0 && warnings != NULL)
    g_ptr_array_add (warnings, g_strdup_printf ("%s: %u extracted item(s) with unknown codes or bad offsets, dropped",
                                                where, dropped));
  return facts;
}

/**
 * bil_article_new_from_json_line:
 * @where: "FILE:LINE", for messages
 *
 * Returns: (transfer full): the article with its facts, or %NULL with
 *   @error set when the line is not such an object.
 */
BilArticle *
bil_article_new_from_json_line (const char  *line,
                                gsize        len,
                                const char  *where,
                                GPtrArray   *warnings,
                                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BilArticleRecord record = { 0 };
  BilArticle *article;
  JsonObject *o;
  const char *text, *path, *date, *url;

  {
    guint l, column;
    BilJsonGuard guard = bil_json_guard_check (line, len, BIL_JSON_MAX_DEPTH, &l, &column);

    if (guard != BIL_JSON_GUARD_OK)
      {
        g_autofree char *message = bil_json_guard_message (guard, BIL_JSON_MAX_DEPTH);

        g_set_error (error, BIL_ERROR, BIL_ERROR_MANIFEST, "column %u: %s", column, message);
        return NULL;
      }
  }
  if (!json_parser_load_from_data (parser, line, (gssize) len, &local_error))
    {
      const char *message = local_error->message;
      /* json-glib says "<data>:1:17: …": the column is what matters. */
      if (g_str_has_prefix (message, "<data>:1:"))
        message += strlen ("<data>:1:");
      g_set_error (error, BIL_ERROR, BIL_ERROR_MANIFEST, "column %s", message);
      return NULL;
    }
  /* A blank line parses to no root at all. */
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_MANIFEST, "expected an article object");
      return NULL;
    }
  o = json_node_get_object (json_parser_get_root (parser));
  if ((text = bil_json_get_string (o, "text")) == NULL)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_MANIFEST,
                           "no \"text\": write it with bilateral --extract --format=jsonl");
      return NULL;
    }

  path = bil_json_get_string (o, "path");
  if (path == NULL)
    path = bil_json_get_string (o, "file");
  if (path == NULL)
    path = where;
  date = bil_json_get_string (o, "date");
  url = bil_json_get_string (o, "url");
  record.format = bil_format_from_string (bil_json_get_string (o, "format"));
  record.encoding = bil_json_get_string (o, "encoding");
  record.title = bil_json_get_string (o, "title");
  record.title_origin = bil_origin_from_string (bil_json_get_string (o, "title_origin"));
  record.source = bil_json_get_string (o, "source");
  record.source_origin = bil_origin_from_string (bil_json_get_string (o, "source_origin"));
  record.date = date && bil_metadata_valid_date (date) ? date : NULL;
  record.date_origin = bil_origin_from_string (bil_json_get_string (o, "date_origin"));
  record.url = url && bil_manifest_url_allowed (url) ? url : NULL;
  record.url_origin = bil_origin_from_string (bil_json_get_string (o, "url_origin"));
  record.byline = bil_json_get_string (o, "byline");
  record.byline_origin = bil_origin_from_string (bil_json_get_string (o, "byline_origin"));
  record.place = bil_json_get_string (o, "place");

  bytes = g_bytes_new (text, strlen (text));
  {
    double size = bil_json_get_number (o, "bytes");

    record.size = isfinite (size) && size >= 0 && size <= (double) G_MAXSIZE ? (gsize) size : g_bytes_get_size (bytes);
  }
  article = bil_article_new_from_record (path, bytes, &record, warnings, error);
  if (article != NULL)
    {
      BilFacts *facts = read_facts (o, bil_lexicon_get_default (), strlen (text), where, warnings);

      /* Doubts are recomputed, not trusted from the file; but for those of
       * the reading itself, which only the extractor could tell. */
      bil_doubts_assess (facts, bil_lexicon_get_default (), bil_article_get_year (article));
      bil_article_set_facts (article, facts);
    }
  return article;
}
