/* bil-doubt.c: why a figure's reading may be wrong, and how sure it is
 *
 * Each doubt is something a careful reader would check against the
 * sentence; the confidence multiplies one factor per doubt, so two small
 * doubts weigh like one large one.
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-doubt"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bil-doubt.h"

static const struct
{
  BilDoubt    doubt;
  const char *id;
  double      factor;
} doubts[BIL_N_DOUBTS] = {
  { BIL_DOUBT_BARE_DOLLAR, "bare-dollar", 0.5 },
  { BIL_DOUBT_GLUED_CODE, "glued-code", 0.7 },
  { BIL_DOUBT_RANGE, "range", 0.8 },
  { BIL_DOUBT_NO_COUNTRY, "no-country", 0.5 },
  { BIL_DOUBT_YEAR_INFERRED, "year-inferred", 0.8 },
  { BIL_DOUBT_SAME_PAIR, "same-pair", 0.6 },
  { BIL_DOUBT_METRIC_YEAR, "metric-year", 0.6 },
  { BIL_DOUBT_METRIC_CONTEXT, "metric-context", 0.7 },
  { BIL_DOUBT_PARTY_CONTEXT, "party-context", 0.7 },
  { BIL_DOUBT_SHARED_SYMBOL, "shared-symbol", 0.8 },
};

/* Countries with a dollar of their own: a bare "$" beside them may be theirs. */
static gboolean
has_other_dollar (const BilFacts *facts,
                  BilLexicon     *lex)
{
  static const char *codes[] = { "AU", "SG", "HK", "TW", "CA", "NZ", "BN" };

  for (guint i = 0; i < facts->countries->len; i++)
    {
      const char *code = bil_lexicon_entity_code (lex, g_array_index (facts->countries, int, i));

      for (guint k = 0; code && k < G_N_ELEMENTS (codes); k++)
        if (strcmp (code, codes[k]) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Mentions and figures both lie in text order: one forward walk. */
static gboolean
sentence_names_country (const BilFacts  *facts,
                        const BilFigure *f,
                        guint           *cursor)
{
  while (*cursor < facts->mentions->len &&
         g_array_index (facts->mentions, BilMention, *cursor).end <= f->sentence_start)
    (*cursor)++;
  for (guint k = *cursor; k < facts->mentions->len; k++)
    {
      const BilMention *m = &g_array_index (facts->mentions, BilMention, k);

      if (m->start >= f->sentence_end)
        break;
      if (m->kind != BIL_MENTION_FORUM)
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_pair_other_value (const BilFigure *f,
                       const BilFigure *o)
{
  return f->from >= 0 && f->to >= 0 && o->from == f->from && o->to == f->to &&
         o->metric == f->metric && o->year == f->year && !o->money.vague &&
         strcmp (o->money.currency, f->money.currency) == 0 &&
         fabs (o->money.value - f->money.value) > 0.01 * MAX (fabs (o->money.value), fabs (f->money.value));
}

/**
 * bil_doubts_assess:
 * @article_year: the publication year, 0 when unknown
 *
 * Sets each figure's doubts from the facts of its article. Rates need not
 * be applied yet: nothing here reads a US$ value.
 */
void
bil_doubts_assess (BilFacts   *facts,
                   BilLexicon *lexicon,
                   int         article_year)
{
  gboolean other_dollar = has_other_dollar (facts, lexicon);
  g_autoptr(GHashTable) by_pair = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), facts->figures->len);
  guint cursor = 0;

  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      guint16 d = 0;

      if (f->money.bare_dollar && (f->money.rule == BIL_CURRENCY_BY_CONTEXT || other_dollar))
        d |= BIL_DOUBT_BARE_DOLLAR;
      if (f->money.glued_code)
        d |= BIL_DOUBT_GLUED_CODE;
      if (f->money.rule == BIL_CURRENCY_BY_COUNTRY)
        d |= BIL_DOUBT_SHARED_SYMBOL;
      if (isfinite (f->money.low) && isfinite (f->money.high))
        d |= BIL_DOUBT_RANGE;
      if (!sentence_names_country (facts, f, &cursor))
        d |= BIL_DOUBT_NO_COUNTRY;
      if (!f->year_stated)
        d |= BIL_DOUBT_YEAR_INFERRED;
      if ((f->metric == BIL_METRIC_TRADE || f->metric == BIL_METRIC_FDI) &&
          f->year_stated && article_year > 0 && f->year > article_year)
        d |= BIL_DOUBT_METRIC_YEAR;
      f->doubts = (f->doubts & BIL_DOUBTS_OF_READING) | d;
    }

  /* Same pair, metric and year, another value: both are in doubt. The key
   * only narrows; same_pair_other_value () decides. */
  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      gint64 key;
      gpointer found;

      if (f->money.vague || f->from < 0 || f->to < 0)
        continue;
      key = ((gint64) f->from << 40) ^ ((gint64) f->to << 20) ^ ((gint64) f->metric << 14) ^ (f->year & 0x3fff);
      g_array_append_val (keys, key);
      if (!(found = g_hash_table_lookup (by_pair, &g_array_index (keys, gint64, keys->len - 1))))
        {
          g_hash_table_insert (by_pair, &g_array_index (keys, gint64, keys->len - 1), GUINT_TO_POINTER (i + 1));
          continue;
        }
      /* Against the first of its key only: linear however many repeat. */
      {
        BilFigure *o = &g_array_index (facts->figures, BilFigure, GPOINTER_TO_UINT (found) - 1);

        if (same_pair_other_value (f, o))
          {
            f->doubts |= BIL_DOUBT_SAME_PAIR;
            o->doubts |= BIL_DOUBT_SAME_PAIR;
          }
      }
    }
}

const char *
bil_doubt_to_string (BilDoubt doubt)
{
  for (guint i = 0; i < G_N_ELEMENTS (doubts); i++)
    if (doubts[i].doubt == doubt)
      return doubts[i].id;
  return NULL;
}

const char *
bil_doubt_describe (BilDoubt doubt)
{
  switch (doubt)
    {
    case BIL_DOUBT_BARE_DOLLAR:
      return _("A bare “$” in an article about a country with its own dollar");
    case BIL_DOUBT_GLUED_CODE:
      return _("A currency code glued to the digits");
    case BIL_DOUBT_RANGE:
      return _("A range: the midpoint is plotted");
    case BIL_DOUBT_NO_COUNTRY:
      return _("No country named in its sentence");
    case BIL_DOUBT_YEAR_INFERRED:
      return _("Year not stated: taken from the publication date");
    case BIL_DOUBT_SAME_PAIR:
      return _("The article gives another value for the same pair, metric and year");
    case BIL_DOUBT_METRIC_YEAR:
      return _("A recorded flow dated after the article: a target rather than a record?");
    case BIL_DOUBT_METRIC_CONTEXT:
      return _("No word beside the amount says what it is: read from the figures around it");
    case BIL_DOUBT_PARTY_CONTEXT:
      return _("A party not named beside the amount: taken from the countries the article is about");
    case BIL_DOUBT_SHARED_SYMBOL:
      return _("A symbol several countries use (“Rs”, “Sh”): read as that of the country the article names most");
    default:
      return NULL;
    }
}

/* Returns: the doubts' descriptions joined by @separator, "" when none. */
char *
bil_doubts_describe (guint       flags,
                     const char *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (doubts); i++)
    if (flags & doubts[i].doubt)
      {
        if (out->len > 0)
          g_string_append (out, separator);
        g_string_append (out, bil_doubt_describe (doubts[i].doubt));
      }
  return g_string_free (out, FALSE);
}

/**
 * bil_figure_confidence:
 *
 * Returns: 1 for a figure with no doubt or one the user corrected or
 *   added, less for each doubt, never below 0.
 */
double
bil_figure_confidence (const BilFigure *f)
{
  double c = 1.0;

  if (f->review == BIL_REVIEW_CORRECTED || f->review == BIL_REVIEW_ADDED)
    return 1.0;
  for (guint i = 0; i < G_N_ELEMENTS (doubts); i++)
    if (f->doubts & doubts[i].doubt)
      c *= doubts[i].factor;
  return c;
}

/* A doubt the user has not yet answered. */
gboolean
bil_figure_needs_review (const BilFigure *f)
{
  return f->doubts != 0 && f->review == BIL_REVIEW_NONE && !f->preferred;
}
