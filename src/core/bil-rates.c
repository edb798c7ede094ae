/* bil-rates.c: from any currency to US$
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A rate stated in the article wins ("(US$1 = RM4.50)"), then a rate stated
 * in the corpus's article of the nearest date, then the annual average of
 * the figure's year from data/rates.json, else its latest year.
 */

#define G_LOG_DOMAIN "bil-rates"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bil-core.h"
#include "bil-format.h"
#include "bil-rates.h"

struct _BilRateTable
{
  GHashTable *currencies;  /* code → GHashTable (year → double*) */
  GHashTable *latest;      /* code → year */
  char       *source;
};

static void
free_years (gpointer data)
{
  g_hash_table_unref (data);
}

BilRateTable *
bil_rate_table_new_from_data (GBytes  *json,
                              GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  BilRateTable *self;
  JsonObject *root, *rates;
  gsize len;
  const char *data = g_bytes_get_data (json, &len);

  if (!json_parser_load_from_data (parser, data, (gssize) len, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "rates.json: expected an object");
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  rates = json_object_get_object_member (root, "rates");
  if (rates == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "rates.json: no \"rates\"");
      return NULL;
    }

  self = g_new0 (BilRateTable, 1);
  self->currencies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_years);
  self->latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->source = g_strdup (json_object_has_member (root, "source") ? json_object_get_string_member (root, "source") : NULL);

  {
    g_autoptr(GList) codes = json_object_get_members (rates);

    for (GList *l = codes; l; l = l->next)
      {
        JsonObject *years = json_object_get_object_member (rates, l->data);
        g_autoptr(GList) keys = years ? json_object_get_members (years) : NULL;
        GHashTable *table = g_hash_table_new_full (NULL, NULL, NULL, g_free);
        int latest = 0;

        for (GList *k = keys; k; k = k->next)
          {
            int year = atoi (k->data);
            double *rate = g_new (double, 1);

            *rate = json_object_get_double_member (years, k->data);
            if (year <= 0 || !(*rate > 0))
              {
                g_free (rate);
                continue;
              }
            g_hash_table_insert (table, GINT_TO_POINTER (year), rate);
            latest = MAX (latest, year);
          }
        g_hash_table_insert (self->currencies, g_strdup (l->data), table);
        g_hash_table_insert (self->latest, g_strdup (l->data), GINT_TO_POINTER (latest));
      }
  }
  return self;
}

void
bil_rate_table_free (BilRateTable *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->currencies);
  g_hash_table_unref (self->latest);
  g_free (self->source);
  g_free (self);
}

BilRateTable *
bil_rate_table_get_default (void)
{
  static gsize table = 0;

  if (g_once_init_enter (&table))
    {
      g_autoptr(GBytes) bytes = bil_core_lookup_data ("rates.json", NULL);
      g_autoptr(GError) error = NULL;
      BilRateTable *t = bytes ? bil_rate_table_new_from_data (bytes, &error) : NULL;

      if (t == NULL)
        g_error ("cannot read the compiled-in rates.json: %s", error ? error->message : "missing");
      g_once_init_leave (&table, (gsize) t);
    }
  return (BilRateTable *) table;
}

const char *
bil_rate_table_get_source (BilRateTable *self)
{
  return self->source;
}

/* Units of @currency per US$ in @year (or the latest year), or NAN. */
double
bil_rate_table_lookup (BilRateTable *self,
                       const char   *currency,
                       int           year,
                       int          *used_year)
{
  GHashTable *years = g_hash_table_lookup (self->currencies, currency);
  double *rate;
  int latest;

  if (used_year)
    *used_year = 0;
  if (years == NULL)
    return NAN;
  if (year > 0 && (rate = g_hash_table_lookup (years, GINT_TO_POINTER (year))))
    {
      if (used_year)
        *used_year = year;
      return *rate;
    }
  latest = GPOINTER_TO_INT (g_hash_table_lookup (self->latest, currency));
  rate = g_hash_table_lookup (years, GINT_TO_POINTER (latest));
  if (rate == NULL)
    return NAN;
  if (used_year)
    *used_year = latest;
  return *rate;
}

/* A stated rate as units of @currency per US$, or NAN. */
static double
stated_rate (const BilFacts *facts,
             const char     *currency)
{
  for (guint i = 0; facts && i < facts->rates->len; i++)
    {
      const BilRateStatement *r = &g_array_index (facts->rates, BilRateStatement, i);

      if (strcmp (r->base, "USD") == 0 && strcmp (r->quote, currency) == 0)
        return r->rate;
      if (strcmp (r->quote, "USD") == 0 && strcmp (r->base, currency) == 0 && r->rate > 0)
        return 1.0 / r->rate;
    }
  return NAN;
}

static void
apply_rate (BilFigure     *f,
            double         rate,
            BilRateSource  source,
            int            year,
            const char    *file)
{
  f->rate = rate;
  f->rate_source = source;
  f->rate_year = year;
  f->rate_file = file;
  f->usd = f->money.vague || !(rate > 0) ? NAN : f->money.value / rate;
}

/* A rate stated somewhere in the corpus, with the date of its article. */
typedef struct
{
  BilArticle *article;
  double      rate;
  GDate       date;
} Stated;

static void
date_from_iso (GDate      *date,
               const char *iso)
{
  g_date_clear (date, 1);
  if (iso != NULL)
    g_date_set_dmy (date, strlen (iso) >= 10 ? atoi (iso + 8) : 1,
                    strlen (iso) >= 7 ? atoi (iso + 5) : 1, atoi (iso));
}

/* The rates a currency is given in the corpus: in corpus order, and one
 * per dated day (the first of that day in corpus order) sorted by day, so
 * that the nearest date is a binary search, not a walk over every article
 * that states one (which made converting quadratic in the corpus). */
typedef struct
{
  GArray *stated;   /* Stated */
  GArray *by_day;   /* DayIndex */
} StatedList;

typedef struct
{
  guint32 julian;
  guint   index;    /* into stated */
} DayIndex;

static void
stated_list_free (StatedList *list)
{
  g_array_unref (list->stated);
  g_clear_pointer (&list->by_day, g_array_unref);
  g_free (list);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  const DayIndex *x = a, *y = b;

  if (x->julian != y->julian)
    return x->julian < y->julian ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static void
index_days (StatedList *list)
{
  guint kept = 0;

  list->by_day = g_array_new (FALSE, FALSE, sizeof (DayIndex));
  for (guint i = 0; i < list->stated->len; i++)
    {
      const Stated *s = &g_array_index (list->stated, Stated, i);
      DayIndex d = { 0, i };

      if (!g_date_valid (&s->date))
        continue;
      d.julian = g_date_get_julian (&s->date);
      g_array_append_val (list->by_day, d);
    }
  g_array_sort (list->by_day, compare_days);
  for (guint i = 0; i < list->by_day->len; i++)
    if (kept == 0 || g_array_index (list->by_day, DayIndex, i).julian != g_array_index (list->by_day, DayIndex, kept - 1).julian)
      g_array_index (list->by_day, DayIndex, kept++) = g_array_index (list->by_day, DayIndex, i);
  g_array_set_size (list->by_day, kept);
}

/* The rate stated nearest @here; between two as near, the first in corpus
 * order. With no date on either side, the first stated. */
static const Stated *
nearest_stated (const StatedList *list,
                const GDate      *here)
{
  const DayIndex *before = NULL, *after = NULL, *pick;
  guint lo = 0, hi = list->by_day->len;
  guint32 day;

  if (!g_date_valid (here) || list->by_day->len == 0)
    return &g_array_index (list->stated, Stated, 0);
  day = g_date_get_julian (here);
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (list->by_day, DayIndex, mid).julian < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < list->by_day->len)
    after = &g_array_index (list->by_day, DayIndex, lo);
  if (lo > 0)
    before = &g_array_index (list->by_day, DayIndex, lo - 1);
  if (before == NULL || after == NULL)
    pick = before ? before : after;
  else if (day - before->julian != after->julian - day)
    pick = day - before->julian < after->julian - day ? before : after;
  else
    pick = before->index < after->index ? before : after;
  return &g_array_index (list->stated, Stated, pick->index);
}

/* currency → StatedList, built once per corpus. */
static GHashTable *
collect_stated (BilCorpus *corpus)
{
  GHashTable *stated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) stated_list_free);
  GHashTableIter iter;
  gpointer list;

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);
      const BilFacts *facts = bil_article_get_facts (article);

      for (guint k = 0; facts && k < facts->rates->len; k++)
        {
          const BilRateStatement *r = &g_array_index (facts->rates, BilRateStatement, k);
          const char *currency = strcmp (r->base, "USD") == 0 ? r->quote : strcmp (r->quote, "USD") == 0 ? r->base : NULL;
          StatedList *found;
          Stated s;

          if (currency == NULL || strcmp (currency, "USD") == 0)
            continue;
          if (!(found = g_hash_table_lookup (stated, currency)))
            {
              found = g_new0 (StatedList, 1);
              found->stated = g_array_new (FALSE, FALSE, sizeof (Stated));
              g_hash_table_insert (stated, g_strdup (currency), found);
            }
          s.article = article;
          s.rate = stated_rate (facts, currency);
          date_from_iso (&s.date, bil_article_get_date (article));
          g_array_append_val (found->stated, s);
        }
    }
  g_hash_table_iter_init (&iter, stated);
  while (g_hash_table_iter_next (&iter, NULL, &list))
    index_days (list);
  return stated;
}

static void
convert_figure (BilFigure    *f,
                BilArticle   *article,
                GHashTable   *stated,
                BilRateTable *table)
{
  const StatedList *list;
  double rate;
  int used;

  if (strcmp (f->money.currency, "USD") == 0)
    {
      apply_rate (f, 1.0, BIL_RATE_NONE, 0, NULL);
      return;
    }
  rate = stated_rate (bil_article_get_facts (article), f->money.currency);
  if (isfinite (rate))
    {
      apply_rate (f, rate, BIL_RATE_ARTICLE, 0, g_intern_string (bil_article_get_file (article)));
      return;
    }
  if (stated != NULL && (list = g_hash_table_lookup (stated, f->money.currency)))
    {
      GDate here;
      const Stated *best;

      date_from_iso (&here, bil_article_get_date (article));
      best = nearest_stated (list, &here);
      apply_rate (f, best->rate, BIL_RATE_CORPUS, 0, g_intern_string (bil_article_get_file (best->article)));
      return;
    }
  rate = bil_rate_table_lookup (table, f->money.currency, f->year, &used);
  if (isfinite (rate))
    apply_rate (f, rate, used == f->year ? BIL_RATE_TABLE : BIL_RATE_TABLE_LATEST, used, NULL);
  else
    apply_rate (f, NAN, BIL_RATE_UNKNOWN, 0, NULL);
}

static void
convert (BilArticle   *article,
         GHashTable   *stated,
         BilRateTable *table)
{
  const BilFacts *facts = bil_article_get_facts (article);

  for (guint i = 0; facts && i < facts->figures->len; i++)
    convert_figure (&g_array_index (facts->figures, BilFigure, i), article, stated, table);
}

/* Only the article's own rates and the table: for streaming, where the
 * rest of the corpus is not at hand. */
void
bil_convert_article (BilArticle   *article,
                     BilRateTable *table)
{
  convert (article, NULL, table);
}

/* One figure, after a correction: the article's own rate or the table. */
void
bil_convert_figure (BilFigure    *figure,
                    BilArticle   *article,
                    BilRateTable *table)
{
  convert_figure (figure, article, NULL, table);
}

void
bil_convert_corpus (BilCorpus    *corpus,
                    BilRateTable *table)
{
  g_autoptr(GHashTable) stated = collect_stated (corpus);

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    convert (bil_corpus_get_article (corpus, i), stated, table);
}

const char *
bil_rate_source_to_string (BilRateSource source)
{
  switch (source)
    {
    case BIL_RATE_NONE: return "none";
    case BIL_RATE_ARTICLE: return "article";
    case BIL_RATE_CORPUS: return "corpus";
    case BIL_RATE_TABLE: return "table";
    case BIL_RATE_TABLE_LATEST: return "table-latest";
    case BIL_RATE_UNKNOWN:
    default: return "unknown";
    }
}

/* "US$1 = RM4.50, stated in the article" and the like. */
char *
bil_figure_describe_rate (const BilFigure *f)
{
  switch (f->rate_source)
    {
    case BIL_RATE_NONE:
      return g_strdup (_("already in US$"));
    case BIL_RATE_ARTICLE:
      /* TRANSLATORS: "US$1 = MYR 4.50, stated in the article" */
      return bil_strdup_printf (_("US$1 = %s %.4g, stated in the article"), f->money.currency, f->rate);
    case BIL_RATE_CORPUS:
      /* TRANSLATORS: the last %s is an article's file name */
      return bil_strdup_printf (_("US$1 = %s %.4g, stated in %s (the nearest date)"), f->money.currency, f->rate,
                              f->rate_file ? f->rate_file : _("another article"));
    case BIL_RATE_TABLE:
      return bil_strdup_printf (_("US$1 = %s %.4g, annual average %d"), f->money.currency, f->rate, f->rate_year);
    case BIL_RATE_TABLE_LATEST:
      return bil_strdup_printf (_("US$1 = %s %.4g, annual average %d (latest year in the table)"),
                              f->money.currency, f->rate, f->rate_year);
    case BIL_RATE_UNKNOWN:
    default:
      return bil_strdup_printf (_("no exchange rate known for %s"), f->money.currency);
    }
}
