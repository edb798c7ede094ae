/* eval-extract.c: scores the extractor against hand labels
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   eval-extract [--verbose] [--min-… X] GOLD.json [CORPUS]
 *
 * GOLD is ../shared/gold/seeds.json's schema; CORPUS defaults to the
 * embedded seed corpus. A figure matches when its text overlaps the gold
 * text, its value is within 0.5 % and its currency is the same; vague
 * figures ("billions of dollars") are never plotted and are scored apart.
 * With --min-… options the program fails when a score falls below them,
 * which is how meson runs it as a test.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bil-corpus-loader.h"
#include "bil-rates.h"

typedef struct
{
  guint tp, fp, fn;
} Counts;

typedef struct
{
  guint right, total;
} Accuracy;

static gboolean verbose;
static double min_figures_f1 = -1, min_attributes = -1, min_countries_f1 = -1, min_pairs_f1 = -1;

static double
precision (const Counts *c)
{
  return c->tp + c->fp ? (double) c->tp / (c->tp + c->fp) : 1.0;
}

static double
recall (const Counts *c)
{
  return c->tp + c->fn ? (double) c->tp / (c->tp + c->fn) : 1.0;
}

static double
f1 (const Counts *c)
{
  double p = precision (c), r = recall (c);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static double
accuracy (const Accuracy *a)
{
  return a->total ? (double) a->right / a->total : 1.0;
}

static const char *
code (int entity)
{
  return entity >= 0 ? bil_lexicon_entity_code (bil_lexicon_get_default (), entity) : NULL;
}

static const char *
member_string (JsonObject *o,
               const char *member)
{
  JsonNode *node = json_object_get_member (o, member);
  return node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static gboolean
member_is_null (JsonObject *o,
                const char *member)
{
  JsonNode *node = json_object_get_member (o, member);
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static BilArticle *
find_article (BilCorpus  *corpus,
              const char *file)
{
  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    if (g_strcmp0 (bil_article_get_file (bil_corpus_get_article (corpus, i)), file) == 0)
      return bil_corpus_get_article (corpus, i);
  return NULL;
}

/* "A\tB" keys for unordered pairs. */
static GHashTable *
gold_pairs (JsonObject *article,
            const char *member)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *pairs = json_object_has_member (article, member) ? json_object_get_array_member (article, member) : NULL;

  for (guint i = 0; pairs && i < json_array_get_length (pairs); i++)
    {
      JsonArray *p = json_array_get_array_element (pairs, i);
      const char *a = json_array_get_string_element (p, 0), *b = json_array_get_string_element (p, 1);
      g_hash_table_add (set, strcmp (a, b) < 0 ? g_strdup_printf ("%s\t%s", a, b) : g_strdup_printf ("%s\t%s", b, a));
    }
  return set;
}

static GHashTable *
predicted_pairs (const BilFacts *facts,
                 BilStance       stance)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; facts && i < facts->pairs->len; i++)
    {
      const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, i);
      if (p->stance == stance)
        g_hash_table_add (set, g_strdup_printf ("%s\t%s", code (p->a), code (p->b)));
    }
  return set;
}

static void
score_pairs (const char *file,
             const char *what,
             GHashTable *gold,
             GHashTable *optional,
             GHashTable *predicted,
             Counts     *counts)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, predicted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (g_hash_table_contains (gold, key))
        counts->tp++;
      else if (optional == NULL || !g_hash_table_contains (optional, key))
        {
          counts->fp++;
          if (verbose)
            printf ("  %s: extra %s %s\n", file, what, (char *) key);
        }
    }
  g_hash_table_iter_init (&iter, gold);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (predicted, key))
      {
        counts->fn++;
        if (verbose)
          printf ("  %s: missed %s %s\n", file, what, (char *) key);
      }
}

typedef struct
{
  Counts   figures, vague, countries, pairs, rivals, rates;
  Accuracy usd, metric, direction, year, approx;
} Scores;

static gboolean
close_enough (double a,
              double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return fabs (a - b) <= 0.005 * fabs (b) + 1e-9;
}

static double
json_number (JsonObject *o,
             const char *member)
{
  JsonNode *node = json_object_get_member (o, member);
  return node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_double (node) : NAN;
}

static void
check (Accuracy   *a,
       gboolean    ok,
       const char *file,
       const char *text,
       const char *what,
       const char *got,
       const char *want)
{
  a->total++;
  if (ok)
    a->right++;
  else if (verbose)
    printf ("  %s: “%s” %s: got %s, expected %s\n", file, text, what, got ? got : "null", want ? want : "null");
}

static void
score_figures (BilArticle *article,
               JsonObject *gold_article,
               Scores     *s)
{
  const BilFacts *facts = bil_article_get_facts (article);
  JsonArray *gold = json_object_get_array_member (gold_article, "figures");
  const char *file = bil_article_get_file (article);
  gsize len;
  const char *text = bil_article_get_text (article, &len);
  guint n_pred = facts ? facts->figures->len : 0;
  g_autofree gboolean *used = g_new0 (gboolean, n_pred + 1);

  for (guint g = 0; gold && g < json_array_get_length (gold); g++)
    {
      JsonObject *gf = json_array_get_object_element (gold, g);
      const char *gtext = member_string (gf, "text");
      gboolean gvague = json_object_has_member (gf, "vague") && json_object_get_boolean_member (gf, "vague");
      double gvalue = json_number (gf, "value");
      const char *gcurrency = member_string (gf, "currency");
      int match = -1;

      /* Every place the gold text occurs: a figure overlapping one of them. */
      for (const char *at = gtext ? g_strstr_len (text, (gssize) len, gtext) : NULL; at && match < 0;
           at = g_strstr_len (at + 1, (gssize) (len - (at + 1 - text)), gtext))
        {
          gsize start = at - text, end = start + strlen (gtext);

          for (guint p = 0; p < n_pred && match < 0; p++)
            {
              const BilFigure *f = &g_array_index (facts->figures, BilFigure, p);

              if (used[p] || f->money.start >= end || f->money.end <= start)
                continue;
              if (g_strcmp0 (f->money.currency, gcurrency) != 0)
                continue;
              if (gvague ? !f->money.vague : (f->money.vague || !close_enough (f->money.value, gvalue)))
                continue;
              match = (int) p;
            }
        }

      if (match < 0)
        {
          (gvague ? &s->vague : &s->figures)->fn++;
          if (verbose)
            printf ("  %s: missed figure “%s” (%g %s)\n", file, gtext, gvalue, gcurrency);
          continue;
        }
      used[match] = TRUE;
      if (gvague)
        {
          s->vague.tp++;
          continue;
        }
      s->figures.tp++;

      {
        const BilFigure *f = &g_array_index (facts->figures, BilFigure, match);
        const char *gapprox = member_string (gf, "approx");
        const char *gmetric = member_string (gf, "metric");
        const char *gfrom = member_string (gf, "from"), *gto = member_string (gf, "to");
        int gyear = member_is_null (gf, "year") ? 0 : (int) json_object_get_int_member (gf, "year");
        g_autofree char *got_dir = g_strdup_printf ("%s→%s", code (f->from) ? code (f->from) : "null",
                                                    code (f->to) ? code (f->to) : "null");
        g_autofree char *want_dir = g_strdup_printf ("%s→%s", gfrom ? gfrom : "null", gto ? gto : "null");
        g_autofree char *got_year = g_strdup_printf ("%d", f->year);
        g_autofree char *want_year = g_strdup_printf ("%d", gyear);

        if (json_object_has_member (gf, "usd") && !member_is_null (gf, "usd"))
          {
            g_autofree char *got_usd = g_strdup_printf ("%g", f->usd);
            g_autofree char *want_usd = g_strdup_printf ("%g", json_number (gf, "usd"));
            check (&s->usd, close_enough (f->usd, json_number (gf, "usd")), file, gtext, "usd", got_usd, want_usd);
          }
        check (&s->metric, g_strcmp0 (bil_metric_to_string (f->metric), gmetric) == 0, file, gtext, "metric",
               bil_metric_to_string (f->metric), gmetric);
        check (&s->direction, g_strcmp0 (code (f->from), gfrom) == 0 && g_strcmp0 (code (f->to), gto) == 0,
               file, gtext, "direction", got_dir, want_dir);
        check (&s->year, f->year == gyear, file, gtext, "year", got_year, want_year);
        check (&s->approx, g_strcmp0 (bil_approx_to_string (f->approx), gapprox) == 0, file, gtext, "approx",
               bil_approx_to_string (f->approx), gapprox);
      }
    }

  for (guint p = 0; p < n_pred; p++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, p);

      if (used[p])
        continue;
      (f->money.vague ? &s->vague : &s->figures)->fp++;
      if (verbose)
        printf ("  %s: extra %sfigure “%.*s”\n", file, f->money.vague ? "vague " : "",
                (int) (f->money.end - f->money.start), text + f->money.start);
    }
}

static void
score_countries (BilArticle *article,
                 JsonObject *gold_article,
                 Scores     *s)
{
  const BilFacts *facts = bil_article_get_facts (article);
  JsonArray *gold = json_object_get_array_member (gold_article, "countries");
  g_autoptr(GHashTable) gold_set = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) predicted = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; gold && i < json_array_get_length (gold); i++)
    g_hash_table_add (gold_set, (gpointer) json_array_get_string_element (gold, i));
  for (guint i = 0; facts && i < facts->countries->len; i++)
    g_hash_table_add (predicted, (gpointer) code (g_array_index (facts->countries, int, i)));

  g_hash_table_iter_init (&iter, predicted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (gold_set, key))
      s->countries.tp++;
    else
      {
        s->countries.fp++;
        if (verbose)
          printf ("  %s: extra country %s\n", bil_article_get_file (article), (char *) key);
      }
  g_hash_table_iter_init (&iter, gold_set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (predicted, key))
      {
        s->countries.fn++;
        if (verbose)
          printf ("  %s: missed country %s\n", bil_article_get_file (article), (char *) key);
      }
}

static void
score_rates (BilArticle *article,
             JsonObject *gold_article,
             Scores     *s)
{
  const BilFacts *facts = bil_article_get_facts (article);
  JsonArray *gold = json_object_has_member (gold_article, "rates") ? json_object_get_array_member (gold_article, "rates") : NULL;
  guint n_gold = gold ? json_array_get_length (gold) : 0, matched = 0;

  for (guint g = 0; g < n_gold; g++)
    {
      JsonObject *gr = json_array_get_object_element (gold, g);

      for (guint p = 0; facts && p < facts->rates->len; p++)
        {
          const BilRateStatement *r = &g_array_index (facts->rates, BilRateStatement, p);
          if (g_strcmp0 (r->base, member_string (gr, "base")) == 0 && g_strcmp0 (r->quote, member_string (gr, "quote")) == 0 &&
              close_enough (r->rate, json_number (gr, "rate")))
            {
              matched++;
              break;
            }
        }
    }
  s->rates.tp += matched;
  s->rates.fn += n_gold - matched;
  s->rates.fp += (facts ? facts->rates->len : 0) > matched ? facts->rates->len - matched : 0;
}

static void
print_counts (const char   *name,
              const Counts *c)
{
  printf ("%-16s P %.3f  R %.3f  F1 %.3f   (tp %u, fp %u, fn %u)\n", name, precision (c), recall (c), f1 (c),
          c->tp, c->fp, c->fn);
}

static void
print_accuracy (const char     *name,
                const Accuracy *a)
{
  printf ("%-16s %.3f   (%u of %u)\n", name, accuracy (a), a->right, a->total);
}

static const GOptionEntry entries[] = {
  { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "List every mismatch", NULL },
  { "min-figures-f1", 0, 0, G_OPTION_ARG_DOUBLE, &min_figures_f1, "Fail below this figures F1", "X" },
  { "min-attributes", 0, 0, G_OPTION_ARG_DOUBLE, &min_attributes, "Fail below this accuracy of any attribute", "X" },
  { "min-countries-f1", 0, 0, G_OPTION_ARG_DOUBLE, &min_countries_f1, "Fail below this countries F1", "X" },
  { "min-pairs-f1", 0, 0, G_OPTION_ARG_DOUBLE, &min_pairs_f1, "Fail below this partner-pairs F1", "X" },
  { NULL }
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("GOLD.json [CORPUS]");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(BilCorpusLoader) loader = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  JsonArray *articles;
  Scores s = { 0 };
  gboolean ok = TRUE;
  const char *paths[] = { NULL, NULL };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("%s\n", error ? error->message : "usage: eval-extract [OPTION…] GOLD.json [CORPUS]");
      return 2;
    }
  if (!json_parser_load_from_file (parser, argv[1], &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  paths[0] = argc > 2 ? argv[2] : NULL;
  loader = bil_corpus_loader_new (paths[0] ? paths : NULL);
  corpus = bil_corpus_loader_load (loader, NULL, &error);
  if (corpus == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  articles = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "articles");
  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *gold = json_array_get_object_element (articles, i);
      const char *file = json_object_get_string_member (gold, "file");
      BilArticle *article = find_article (corpus, file);
      g_autoptr(GHashTable) gp = NULL, go = NULL, pp = NULL, gr = NULL, pr = NULL;

      if (article == NULL)
        {
          g_printerr ("%s: not in the corpus\n", file);
          return 1;
        }
      score_figures (article, gold, &s);
      score_countries (article, gold, &s);
      score_rates (article, gold, &s);
      gp = gold_pairs (gold, "partner_pairs");
      go = gold_pairs (gold, "optional_pairs");
      pp = predicted_pairs (bil_article_get_facts (article), BIL_STANCE_COOPERATION);
      score_pairs (file, "partner pair", gp, go, pp, &s.pairs);
      gr = gold_pairs (gold, "rival_pairs");
      pr = predicted_pairs (bil_article_get_facts (article), BIL_STANCE_RIVALRY);
      score_pairs (file, "rival pair", gr, NULL, pr, &s.rivals);
    }

  printf ("%u articles scored against %s\n", json_array_get_length (articles), argv[1]);
  print_counts ("figures", &s.figures);
  print_counts ("vague figures", &s.vague);
  print_accuracy ("usd", &s.usd);
  print_accuracy ("metric", &s.metric);
  print_accuracy ("direction", &s.direction);
  print_accuracy ("year", &s.year);
  print_accuracy ("approx", &s.approx);
  print_counts ("rates", &s.rates);
  print_counts ("countries", &s.countries);
  print_counts ("partner pairs", &s.pairs);
  print_counts ("rival pairs", &s.rivals);

  if (min_figures_f1 >= 0 && f1 (&s.figures) < min_figures_f1)
    ok = FALSE;
  if (min_attributes >= 0 && (accuracy (&s.usd) < min_attributes || accuracy (&s.metric) < min_attributes ||
                              accuracy (&s.direction) < min_attributes || accuracy (&s.year) < min_attributes ||
                              accuracy (&s.approx) < min_attributes))
    ok = FALSE;
  if (min_countries_f1 >= 0 && f1 (&s.countries) < min_countries_f1)
    ok = FALSE;
  if (min_pairs_f1 >= 0 && f1 (&s.pairs) < min_pairs_f1)
    ok = FALSE;
  if (!ok)
    printf ("FAIL: a score is below its minimum\n");
  return ok ? 0 : 1;
}
