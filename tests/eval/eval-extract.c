/* eval-extract.c: scores the extractor against hand labels
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   eval-extract [--verbose] [--min-… X] GOLD.json [CORPUS]
 *
 * GOLD is ../shared/gold/seeds.json's schema (or real/labels.json's, whose
 * figures give their `start` in code points of the whole file and whose
 * `ignore` lists money-like spans deliberately left unlabelled); CORPUS
 * defaults to the embedded seed corpus. A figure matches when it overlaps
 * the gold text (at its `start` where given), its value is within 0.5 % and
 * its currency is the same; vague figures ("billions of dollars") are never
 * plotted and are scored apart. Beside each attribute it prints the share
 * of labelled figures found with every attribute right. A missing GOLD or
 * CORPUS exits 77 (skipped).
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
static double min_figures_f1 = -1, min_attributes = -1, min_countries_f1 = -1, min_pairs_f1 = -1, min_every = -1;

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
  Accuracy every;   /* labelled figures found with every attribute right */
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

static gboolean
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
  return ok;
}

/* The byte offset of code point @cp in @text, or -1 past its end. */
static gssize
byte_offset (const char *text,
             gsize       len,
             gint64      cp)
{
  const char *p = text, *end = text + len;

  for (gint64 i = 0; i < cp; i++)
    {
      if (p >= end)
        return -1;
      p = g_utf8_next_char (p);
    }
  return p <= end ? p - text : -1;
}

/* Is [start, end) inside an occurrence of one of the article's "ignore"
 * strings (money-like spans deliberately not labelled)? */
static gboolean
ignored (JsonObject *gold_article,
         const char *text,
         gsize       len,
         gsize       start,
         gsize       end)
{
  JsonArray *ignore = json_object_has_member (gold_article, "ignore")
    ? json_object_get_array_member (gold_article, "ignore") : NULL;

  for (guint i = 0; ignore && i < json_array_get_length (ignore); i++)
    {
      const char *needle = json_array_get_string_element (ignore, i);
      gsize n = needle ? strlen (needle) : 0;

      for (const char *at = n ? g_strstr_len (text, (gssize) len, needle) : NULL; at;
           at = g_strstr_len (at + 1, (gssize) (len - (at + 1 - text)), needle))
        if ((gsize) (at - text) < end && (gsize) (at - text) + n > start)
          return TRUE;
    }
  return FALSE;
}

/* The unused figure overlapping [start, end) whose currency and value
 * match, or -1. */
static int
match_at (const BilFacts *facts,
          const gboolean *used,
          gsize           start,
          gsize           end,
          const char     *gcurrency,
          double          gvalue,
          gboolean        gvague)
{
  for (guint p = 0; facts && p < facts->figures->len; p++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, p);

      if (used[p] || f->money.start >= end || f->money.end <= start)
        continue;
      if (g_strcmp0 (f->money.currency, gcurrency) != 0)
        continue;
      if (gvague ? !f->money.vague : (f->money.vague || !close_enough (f->money.value, gvalue)))
        continue;
      return (int) p;
    }
  return -1;
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

      /* At the labelled offset (code points of the whole file) where the
       * gold gives one and the text is there; else every place it occurs. */
      if (gtext && json_object_has_member (gf, "start"))
        {
          gssize at = byte_offset (text, len, json_object_get_int_member (gf, "start"));

          if (at >= 0 && (gsize) at + strlen (gtext) <= len && memcmp (text + at, gtext, strlen (gtext)) == 0)
            match = match_at (facts, used, at, at + strlen (gtext), gcurrency, gvalue, gvague);
          else if (verbose)
            printf ("  %s: “%s” is not at code point %" G_GINT64_FORMAT "\n", file, gtext,
                    json_object_get_int_member (gf, "start"));
        }
      for (const char *at = gtext && match < 0 ? g_strstr_len (text, (gssize) len, gtext) : NULL; at && match < 0;
           at = g_strstr_len (at + 1, (gssize) (len - (at + 1 - text)), gtext))
        match = match_at (facts, used, at - text, at - text + strlen (gtext), gcurrency, gvalue, gvague);

      if (!gvague)
        s->every.total++;
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
        gboolean all = TRUE;

        if (json_object_has_member (gf, "usd") && !member_is_null (gf, "usd"))
          {
            g_autofree char *got_usd = g_strdup_printf ("%g", f->usd);
            g_autofree char *want_usd = g_strdup_printf ("%g", json_number (gf, "usd"));
            all &= check (&s->usd, close_enough (f->usd, json_number (gf, "usd")), file, gtext, "usd", got_usd, want_usd);
          }
        all &= check (&s->metric, g_strcmp0 (bil_metric_to_string (f->metric), gmetric) == 0, file, gtext, "metric",
                      bil_metric_to_string (f->metric), gmetric);
        all &= check (&s->direction, g_strcmp0 (code (f->from), gfrom) == 0 && g_strcmp0 (code (f->to), gto) == 0,
                      file, gtext, "direction", got_dir, want_dir);
        all &= check (&s->year, f->year == gyear, file, gtext, "year", got_year, want_year);
        all &= check (&s->approx, g_strcmp0 (bil_approx_to_string (f->approx), gapprox) == 0, file, gtext, "approx",
                      bil_approx_to_string (f->approx), gapprox);
        if (all)
          s->every.right++;
      }
    }

  for (guint p = 0; p < n_pred; p++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, p);

      if (used[p] || ignored (gold_article, text, len, f->money.start, f->money.end))
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
  { "min-every", 0, 0, G_OPTION_ARG_DOUBLE, &min_every, "Fail below this share of figures with every attribute right", "X" },
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
  guint n_missing = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("%s\n", error ? error->message : "usage: eval-extract [OPTION…] GOLD.json [CORPUS]");
      return 2;
    }
  /* The real development set is rebuilt by hand (../shared/gold/real/):
   * without it there is nothing to score, which is not a failure. */
  if (!g_file_test (argv[1], G_FILE_TEST_EXISTS) || (argc > 2 && !g_file_test (argv[2], G_FILE_TEST_EXISTS)))
    {
      printf ("%s is missing: nothing scored (../shared/gold/real/README.md says how to rebuild it)\n",
              g_file_test (argv[1], G_FILE_TEST_EXISTS) ? argv[2] : argv[1]);
      return 77;
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
          /* Reported, and a failure where minimums make this a test; the
           * others are still scored, so that a partly rebuilt set (the
           * benchmark over tests/real/) can be read. */
          g_printerr ("%s: not in the corpus\n", file);
          n_missing++;
          continue;
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

  printf ("%u articles scored against %s", json_array_get_length (articles) - n_missing, argv[1]);
  if (n_missing)
    printf (" (%u missing from the corpus)", n_missing);
  printf ("\n");
  print_counts ("figures", &s.figures);
  print_counts ("vague figures", &s.vague);
  print_accuracy ("usd", &s.usd);
  print_accuracy ("metric", &s.metric);
  print_accuracy ("direction", &s.direction);
  print_accuracy ("year", &s.year);
  print_accuracy ("approx", &s.approx);
  print_accuracy ("every attribute", &s.every);
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
  if (min_every >= 0 && accuracy (&s.every) < min_every)
    ok = FALSE;
  if (n_missing && (min_figures_f1 >= 0 || min_attributes >= 0 || min_countries_f1 >= 0 || min_pairs_f1 >= 0 ||
                    min_every >= 0))
    {
      ok = FALSE;
      printf ("FAIL: %u labelled articles are not in the corpus\n", n_missing);
    }
  else if (!ok)
    printf ("FAIL: a score is below its minimum\n");
  return ok ? 0 : 1;
}
