/* bil-figure-trail.c: how a figure was read, step by step
 *
 * The extractor keeps, for each decision, the words that made it (spans)
 * and the rule that read them; this turns them back into sentences an
 * analyst can check against the article: the tooltip shows a line of it,
 * the detail pane all of it, --extract writes it.
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-trail"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bil-doubt.h"
#include "bil-figure-ref.h"
#include "bil-figure-trail.h"
#include "bil-format.h"
#include "bil-rates.h"
#include "bil-review.h"

static void
step_clear (gpointer data)
{
  BilTrailStep *step = data;

  g_free (step->value);
  g_free (step->why);
}

static void
add (GArray       *trail,
     BilTrailKind  kind,
     const char   *label,
     char         *value,
     char         *why)
{
  BilTrailStep step = { kind, label, value, why };

  g_array_append_val (trail, step);
}

static char *
currency_why (const BilFigure *f)
{
  const char *token = f->money.currency_text;

  switch (f->money.rule)
    {
    case BIL_CURRENCY_BY_SYMBOL:
      return bil_strdup_printf (_("the symbol “%s”"), token ? token : "");
    case BIL_CURRENCY_BY_CODE:
      return f->money.glued_code ? bil_strdup_printf (_("the code “%s”, glued to the digits"), token ? token : "")
                                 : bil_strdup_printf (_("the code “%s”"), token ? token : "");
    case BIL_CURRENCY_BY_WORD:
      return bil_strdup_printf (_("the word “%s”"), token ? token : "");
    case BIL_CURRENCY_BY_CONTEXT:
      /* TRANSLATORS: %s is how the article writes its other dollar, "A$" */
      return bil_strdup_printf (_("a bare “$”, read as the article’s “%s” (it never writes US$)"),
                              f->context_currency ? f->context_currency : "");
    case BIL_CURRENCY_BY_COUNTRY:
      /* TRANSLATORS: %s is the symbol, "Rs"; the article names Pakistan more than India */
      return bil_strdup_printf (_("the symbol “%s”, read as the currency of the country the article is about"),
                              token ? token : "");
    case BIL_CURRENCY_BY_DEFAULT:
    default:
      return g_strdup (_("a bare “$” or “dollars”, read as US$ by default"));
    }
}

typedef struct
{
  const char *id;
  const char *why;
} RuleWhy;

/* The words that say what rule @id is, translated; the id itself when
 * unknown (a rule read back from a newer file). */
static const char *
lookup_why (const RuleWhy *rules,
            guint          n_rules,
            const char    *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < n_rules; i++)
    if (rules[i].id[0] == id[0] && strcmp (rules[i].id, id) == 0)
      return _(rules[i].why);
  return id;
}

static const char *
rule_why (const char *rule)
{
  static const RuleWhy rules[] = {
    { "possessive", N_("a possessive before the amount’s words (“…’s investment”)") },
    { "demonym", N_("a nationality before the amount’s words (“… investment”)") },
    { "subject", N_("the subject of the clause") },
    { "company", N_("a company’s home country") },
    { "from", N_("“from …”") },
    { "destination", N_("the destination: “in …”, “into …”") },
    { "importer", N_("the importer") },
    { "with", N_("“with …”") },
    { "object", N_("the object of the verb") },
    { "two-way", N_("two-way trade: both directions") },
    { "article-pair", N_("the article’s main partner (not in the sentence)") },
    { "preposition", N_("the preposition the frame gives that role (“invest in …”, “imports from …”)") },
    { "agent", N_("the agent of a passive (“invested by …”)") },
    { "particle", N_("the particle after the name (“…への”, “…から”)") },
    { "government", N_("the government that acts (“the Japanese government plans…”)") },
    { "respectively", N_("the party in the same place of its list (“A and B … X and Y, respectively”)") },
    { "currency", N_("a swap: the state whose currency the amount is in lends it to the other") },
    { "own", N_("the government that spends its own money on its own country") },
    { "sentence-before", N_("the sentence before, which names the parties this one leaves out") },
    { "bracket", N_("the party before the brackets that hold the amount (“China ($9.1 billion)”)") },
  };

  return lookup_why (rules, G_N_ELEMENTS (rules), rule);
}

static const char *
year_rule_why (const char *rule)
{
  static const RuleWhy rules[] = {
    { "relative", N_("said relative to the publication date (“last year”)") },
    { "continues", N_("the year of the sentence before, which it continues") },
    { "scene", N_("the year an earlier sentence of the paragraph opens with") },
    { "same-money", N_("the year the same amount is dated by elsewhere in the article") },
    { "citation", N_("the date of the source cited at the paragraph’s end") },
    { "sentence-after", N_("the period the next sentence states (the article has no date)") },
  };

  return lookup_why (rules, G_N_ELEMENTS (rules), rule);
}

/* "× 10⁹": a scale reads at a glance as a power of ten. */
static char *
format_scale (double scale)
{
  static const char *digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  int exponent = (int) lround (log10 (scale));
  GString *out;

  if (scale <= 0 || exponent < 1 || fabs (pow (10, exponent) - scale) > 1e-6 * scale)
    return bil_strdup_printf ("× %g", scale);
  out = g_string_new ("× 10");
  if (exponent >= 10)
    g_string_append (out, digits[exponent / 10]);
  g_string_append (out, digits[exponent % 10]);
  return g_string_free (out, FALSE);
}

static void
add_party (GArray       *trail,
           BilTrailKind  kind,
           const char   *label,
           int           entity,
           const char   *rule)
{
  const char *why = rule_why (rule);

  if (entity < 0)
    add (trail, kind, label, g_strdup (_("unknown")), g_strdup (_("no country found for this role")));
  else
    add (trail, kind, label, g_strdup (bil_entity_display_name (entity)), why ? g_strdup (why) : NULL);
}

/**
 * bil_figure_trail:
 *
 * Returns: (transfer full): a GArray of BilTrailStep, in reading order.
 */
GArray *
bil_figure_trail (BilArticle      *article,
                  const BilFigure *f)
{
  /* Room for every step at once (about ten), not grown one at a time. */
  GArray *trail = g_array_sized_new (FALSE, FALSE, sizeof (BilTrailStep), 16);
  g_autofree char *sentence = NULL;

  g_array_set_clear_func (trail, step_clear);

  add (trail, BIL_TRAIL_TEXT, _("Text"), bil_article_dup_span (article, f->money.start, f->money.end),
       f->review == BIL_REVIEW_ADDED ? g_strdup (_("selected by you")) : NULL);

  if (isfinite (f->money.number))
    add (trail, BIL_TRAIL_NUMBER, _("Number"), bil_strdup_printf ("%g", f->money.number), g_strdup (_("as written")));
  if (f->money.scale_word != NULL)
    add (trail, BIL_TRAIL_SCALE, _("Scale"), format_scale (f->money.scale),
         bil_strdup_printf (_("the word “%s”"), f->money.scale_word));

  add (trail, BIL_TRAIL_CURRENCY, _("Currency"), g_strdup (f->money.currency), currency_why (f));

  if (f->approx != BIL_APPROX_NONE)
    add (trail, BIL_TRAIL_QUALIFIER, _("Qualifier"), g_strdup (bil_approx_to_string (f->approx)),
         bil_article_dup_span (article, f->approx_start, f->approx_end));

  if (isfinite (f->money.low) && isfinite (f->money.high))
    {
      g_autofree char *low = bil_format_amount (f->money.low, f->money.currency, TRUE);
      g_autofree char *high = bil_format_amount (f->money.high, f->money.currency, TRUE);

      add (trail, BIL_TRAIL_RANGE, _("Range"), bil_strdup_printf ("%s – %s", low, high),
           g_strdup (_("the midpoint is plotted")));
    }

  if (f->money.vague)
    add (trail, BIL_TRAIL_USD, _("US$ value"), g_strdup (_("none")),
         g_strdup (_("no amount is stated (“billions of …”): listed, never plotted")));
  else
    {
      add (trail, BIL_TRAIL_RATE, _("Exchange rate"),
           f->rate_source == BIL_RATE_UNKNOWN || f->rate_source == BIL_RATE_NONE ? g_strdup ("—")
                                                                              : bil_strdup_printf ("%.4g", f->rate),
           bil_figure_describe_rate (f));
      add (trail, BIL_TRAIL_USD, _("US$ value"),
           isfinite (f->usd) ? bil_format_amount (f->usd, "USD", TRUE) : g_strdup (_("unknown")), NULL);
    }

  if (f->year > 0 && f->year_stated)
    {
      g_autofree char *words = bil_article_dup_span (article, f->year_start, f->year_end);

      add (trail, BIL_TRAIL_YEAR, _("Year"), bil_strdup_printf ("%d", f->year),
           words ? bil_strdup_printf (_("stated: “%s”"), words) : g_strdup (_("stated")));
    }
  else if (f->year > 0 && f->year_rule && strcmp (f->year_rule, "publication") != 0)
    add (trail, BIL_TRAIL_YEAR, _("Year"), bil_strdup_printf ("%d", f->year), g_strdup (year_rule_why (f->year_rule)));
  else if (f->year > 0)
    {
      const char *date = bil_article_get_date (article);

      add (trail, BIL_TRAIL_YEAR, _("Year"), bil_strdup_printf ("%d", f->year),
           date ? bil_strdup_printf (_("inferred from the publication date, %s"), date)
                : g_strdup (_("inferred from the publication date")));
    }
  else if (f->year_rule && strcmp (f->year_rule, "relative-undated") == 0)
    {
      g_autofree char *words = bil_article_dup_span (article, f->year_start, f->year_end);

      add (trail, BIL_TRAIL_YEAR, _("Year"), g_strdup (_("unknown")),
           words ? bil_strdup_printf (_("“%s”, but the article gives no date to count from"), words)
                 : g_strdup (_("said relative to a date the article does not give")));
    }
  else
    add (trail, BIL_TRAIL_YEAR, _("Year"), g_strdup (_("unknown")),
         g_strdup (_("neither stated nor given by a date")));

  {
    g_autofree char *words = bil_article_dup_span (article, f->metric_start, f->metric_end);

    add (trail, BIL_TRAIL_METRIC, _("Metric"), g_strdup (bil_metric_label (f->metric)),
         words ? bil_strdup_printf (_("the words “%s”"), words)
               : g_strdup (_("no metric words near the amount")));
  }

  add_party (trail, BIL_TRAIL_FROM, _("From"), f->from, f->from_rule);
  add_party (trail, BIL_TRAIL_TO, _("To"), f->to, f->to_rule);

  /* What the user set needs no other reason. */
  for (guint i = 0; i < trail->len; i++)
    {
      BilTrailStep *step = &g_array_index (trail, BilTrailStep, i);
      static const struct { BilTrailKind kind; guint field; } set_by[] = {
        { BIL_TRAIL_USD, BIL_FIELD_VALUE }, { BIL_TRAIL_CURRENCY, BIL_FIELD_CURRENCY },
        { BIL_TRAIL_METRIC, BIL_FIELD_METRIC }, { BIL_TRAIL_FROM, BIL_FIELD_FROM }, { BIL_TRAIL_TO, BIL_FIELD_TO },
        { BIL_TRAIL_YEAR, BIL_FIELD_YEAR },
      };

      for (guint k = 0; k < G_N_ELEMENTS (set_by); k++)
        if (step->kind == set_by[k].kind && (f->corrected & set_by[k].field))
          {
            g_free (step->why);
            step->why = g_strdup (_("set by you"));
          }
    }

  if (f->review != BIL_REVIEW_NONE || f->preferred)
    add (trail, BIL_TRAIL_REVIEW, _("Review"),
         g_strdup (f->review == BIL_REVIEW_CORRECTED ? _("corrected by you")
                   : f->review == BIL_REVIEW_ADDED ? _("added by you")
                   : f->review == BIL_REVIEW_REJECTED ? _("rejected by you")
                   : _("chosen by you where sources disagree")),
         NULL);
  return trail;
}

/* One line for a tooltip: "“RM5.3 billion”: MYR by the symbol “RM”;
 * US$1 = MYR 4.5, annual average 2023; year stated; metric by “investment”". */
char *
bil_figure_trail_summary (BilArticle      *article,
                          const BilFigure *f)
{
  g_autoptr(GArray) trail = bil_figure_trail (article, f);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < trail->len; i++)
    {
      const BilTrailStep *s = &g_array_index (trail, BilTrailStep, i);

      switch (s->kind)
        {
        case BIL_TRAIL_CURRENCY:
        case BIL_TRAIL_RATE:
        case BIL_TRAIL_YEAR:
        case BIL_TRAIL_METRIC:
          if (s->why == NULL)
            break;
          if (out->len > 0)
            g_string_append (out, "; ");
          /* TRANSLATORS: "Currency MYR: the symbol “RM”" */
          g_string_append_printf (out, _("%s %s: %s"), s->label, s->value, s->why);
          break;
        case BIL_TRAIL_REVIEW:
          if (out->len > 0)
            g_string_append (out, "; ");
          g_string_append (out, s->value);
          break;
        default:
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/* For a tooltip: the doubts the user has not answered, then the trail's
 * line. */
char *
bil_figure_check_note (BilArticle      *article,
                       const BilFigure *f)
{
  g_autofree char *trail = bil_figure_trail_summary (article, f);
  g_autofree char *doubts = bil_doubts_describe (f->doubts, "\n⚠ ");

  if (bil_figure_needs_review (f) && *doubts)
    return bil_strdup_printf ("⚠ %s\n\n%s", doubts, trail);
  return g_steal_pointer (&trail);
}

const char *
bil_trail_kind_to_string (BilTrailKind kind)
{
  static const char *ids[] = { "text", "number", "scale", "currency", "qualifier", "range", "rate", "usd",
                               "year", "metric", "from", "to", "review" };

  return kind < G_N_ELEMENTS (ids) ? ids[kind] : NULL;
}

const char *
bil_review_mark_to_string (BilReviewMark mark)
{
  switch (mark)
    {
    case BIL_REVIEW_CORRECTED: return "corrected";
    case BIL_REVIEW_ADDED: return "added";
    case BIL_REVIEW_REJECTED: return "rejected";
    case BIL_REVIEW_NONE:
    default: return NULL;
    }
}

BilReviewMark
bil_review_mark_from_string (const char *mark)
{
  if (g_strcmp0 (mark, "corrected") == 0)
    return BIL_REVIEW_CORRECTED;
  if (g_strcmp0 (mark, "added") == 0)
    return BIL_REVIEW_ADDED;
  if (g_strcmp0 (mark, "rejected") == 0)
    return BIL_REVIEW_REJECTED;
  return BIL_REVIEW_NONE;
}
