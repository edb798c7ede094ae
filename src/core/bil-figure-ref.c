/* bil-figure-ref.c: the figures a view shows, with their labels
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-figure-ref"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bil-core.h"
#include "bil-country-names.h"
#include "bil-figure-ref.h"
#include "bil-format.h"

G_DEFINE_ENUM_TYPE (BilGrouping, bil_grouping,
                    G_DEFINE_ENUM_VALUE (BIL_GROUP_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (BIL_GROUP_PAIR, "pair"),
                    G_DEFINE_ENUM_VALUE (BIL_GROUP_METRIC, "metric"),
                    G_DEFINE_ENUM_VALUE (BIL_GROUP_YEAR, "year"))

/* Whether the figure has a bar: an amount in US$ above zero, not vague,
 * not overruled by a value the user preferred. The chart draws these and
 * the summaries count these, so the two always agree. */
gboolean
bil_figure_ref_is_drawable (const BilFigureRef *ref)
{
  const BilFigure *f = ref->figure;

  return isfinite (f->usd) && f->usd > 0 && !f->money.vague && !ref->overruled;
}

/* Blocs go by their short name ("ASEAN"), countries by their name. */
const char *
bil_entity_display_name (int entity)
{
  BilLexicon *lex = bil_lexicon_get_default ();

  if (entity < 0)
    return "?";
  if (bil_lexicon_entity_is_bloc (lex, entity))
    return bil_lexicon_entity_code (lex, entity);
  return bil_country_display_name (bil_lexicon_entity_code (lex, entity), bil_lexicon_entity_name (lex, entity));
}

const char *
bil_metric_label (BilMetric metric)
{
  switch (metric)
    {
    case BIL_METRIC_TRADE: return C_("metric", "Trade");
    case BIL_METRIC_FDI: return C_("metric", "FDI");
    case BIL_METRIC_INVESTMENT: return C_("metric", "Investment");
    case BIL_METRIC_AID: return C_("metric", "Aid");
    case BIL_METRIC_LOAN: return C_("metric", "Loan");
    case BIL_METRIC_SUBSIDY: return C_("metric", "Subsidy");
    case BIL_METRIC_DEAL: return C_("metric", "Deal");
    case BIL_METRIC_MARKET: return C_("metric", "Market");
    case BIL_METRIC_OTHER:
    default: return C_("metric", "Other");
    }
}

static const struct { const char *code; const char *symbol; } symbols[] = {
  { "USD", "US$" }, { "MYR", "RM" }, { "JPY", "¥" }, { "EUR", "€" }, { "GBP", "£" }, { "KRW", "₩" },
  { "INR", "₹" }, { "IDR", "Rp" }, { "THB", "฿" }, { "CNY", "CN¥" }, { "PHP", "₱" }, { "VND", "₫" },
  { "SGD", "S$" }, { "AUD", "A$" }, { "HKD", "HK$" }, { "TWD", "NT$" }, { "CAD", "C$" }, { "NZD", "NZ$" },
  { "BRL", "R$" }, { "BND", "B$" },
};

static char *
format_number (double v)
{
  char buf[BIL_FORMAT_BUF_SIZE];
  char *s;

  bil_format_f (buf, v, v < 10 ? 2 : v < 1000 ? 1 : 0);
  s = g_strdup (buf);

  /* "18.00" → "18", "6.40" → "6.4" */
  if (strchr (s, '.'))
    {
      gsize len = strlen (s);
      while (len > 0 && s[len - 1] == '0')
        s[--len] = '\0';
      if (len > 0 && s[len - 1] == '.')
        s[--len] = '\0';
    }
  return s;
}

/* "US$18 bn", "RM30 billion", "₩300 tn". */
char *
bil_format_amount (double      value,
                   const char *currency,
                   gboolean    long_scale)
{
  const char *symbol = NULL;
  const char *scale = "";
  double v = fabs (value);
  g_autofree char *number = NULL;
  g_autofree char *prefix = NULL;

  if (!isfinite (value))
    return g_strdup ("—");
  for (guint i = 0; currency != NULL && i < G_N_ELEMENTS (symbols); i++)
    if (symbols[i].code[0] == currency[0] && strcmp (symbols[i].code, currency) == 0)
      symbol = symbols[i].symbol;
  prefix = symbol ? g_strdup (symbol) : g_strconcat (currency ? currency : "(null)", " ", NULL);

  /* TRANSLATORS: translate as "east-asian" where large amounts are
   * written in 万, 億 and 兆 (Japanese: 180億, 1.2兆); leave "western"
   * for thousands, millions and billions. */
  if (g_strcmp0 (C_("number grouping", "western"), "east-asian") == 0)
    {
      if (v >= 1e12)
        {
          v /= 1e12;
          scale = "兆";
        }
      else if (v >= 1e8)
        {
          v /= 1e8;
          scale = "億";
        }
      else if (v >= 1e4)
        {
          v /= 1e4;
          scale = "万";
        }
    }
  else if (v >= 1e12)
    {
      v /= 1e12;
      scale = long_scale ? _(" trillion") : _(" tn");
    }
  else if (v >= 1e9)
    {
      v /= 1e9;
      scale = long_scale ? _(" billion") : _(" bn");
    }
  else if (v >= 1e6)
    {
      v /= 1e6;
      scale = long_scale ? _(" million") : _(" m");
    }
  else if (v >= 1e3 && long_scale)
    {
      v /= 1e3;
      scale = _(" thousand");
    }
  number = format_number (v);
  return g_strconcat (prefix, number, scale, NULL);
}

/* "nearly US$18 bn": a format, so that languages that put the word after
 * the amount (Japanese: US$180億超) can. */
static char *
with_approx (BilApprox   approx,
             const char *amount)
{
  switch (approx)
    {
    /* TRANSLATORS: %s is an amount such as "US$18 bn" */
    case BIL_APPROX_NEARLY: return bil_strdup_printf (_("nearly %s"), amount);
    /* TRANSLATORS: %s is an amount such as "US$750 bn" */
    case BIL_APPROX_OVER: return bil_strdup_printf (_("over %s"), amount);
    /* TRANSLATORS: %s is an amount such as "US$2.9 bn" */
    case BIL_APPROX_ABOUT: return bil_strdup_printf (_("about %s"), amount);
    case BIL_APPROX_NONE:
    default: return g_strdup (amount);
    }
}

static char *
format_range_or_value (const BilFigure *f,
                       gboolean         long_scale)
{
  if (f->money.vague)
    return bil_strdup_printf (_("an unstated amount in %s"), f->money.currency);
  if (isfinite (f->money.low) && isfinite (f->money.high))
    {
      g_autofree char *low = bil_format_amount (f->money.low, f->money.currency, long_scale);
      g_autofree char *high = bil_format_amount (f->money.high, f->money.currency, long_scale);
      return bil_strdup_printf ("%s–%s", low, high);
    }
  return bil_format_amount (f->money.value, f->money.currency, long_scale);
}

/* "nearly US$18 bn", "RM30 bn ≈ US$6.4 bn". */
char *
bil_figure_value_label (const BilFigure *f)
{
  g_autofree char *own = format_range_or_value (f, FALSE);
  g_autofree char *qualified = with_approx (f->approx, own);

  if (strcmp (f->money.currency, "USD") != 0 && isfinite (f->usd))
    {
      g_autofree char *usd = bil_format_amount (f->usd, "USD", FALSE);
      return bil_strdup_printf ("%s ≈ %s", qualified, usd);
    }
  return g_steal_pointer (&qualified);
}

/* "Japan → ASEAN", "ASEAN ↔ Japan" for two-way trade, "Japan" alone. */
char *
bil_figure_pair_label (const BilFigure *f)
{
  gboolean two_way = f->from_rule && strcmp (f->from_rule, "two-way") == 0;

  if (f->from >= 0 && f->to >= 0)
    return bil_strdup_printf (two_way ? "%s ↔ %s" : "%s → %s", bil_entity_display_name (f->from),
                            bil_entity_display_name (f->to));
  if (f->from >= 0)
    return g_strdup (bil_entity_display_name (f->from));
  if (f->to >= 0)
    return bil_strdup_printf ("→ %s", bil_entity_display_name (f->to));
  return g_strdup (_("Unknown parties"));
}

/* "Japan → ASEAN · FDI · 2024" */
char *
bil_figure_label (const BilFigure *f)
{
  g_autofree char *pair = bil_figure_pair_label (f);

  if (f->year > 0)
    return bil_strdup_printf ("%s · %s · %d", pair, bil_metric_label (f->metric), f->year);
  return bil_strdup_printf ("%s · %s", pair, bil_metric_label (f->metric));
}

/* For screen readers: "Japan → ASEAN, FDI, nearly US$20 billion, 2024". */
char *
bil_figure_describe (const BilFigure *f)
{
  g_autofree char *pair = bil_figure_pair_label (f);
  g_autofree char *plain = format_range_or_value (f, TRUE);
  g_autofree char *value = with_approx (f->approx, plain);

  if (f->year > 0)
    return bil_strdup_printf ("%s, %s, %s, %d", pair, bil_metric_label (f->metric), value, f->year);
  return bil_strdup_printf ("%s, %s, %s", pair, bil_metric_label (f->metric), value);
}

/* ---- collecting and ordering ------------------------------------------- */

GArray *
bil_figure_refs_collect (BilCorpus *corpus,
                         BilFilter *filter)
{
  GArray *refs = g_array_new (FALSE, FALSE, sizeof (BilFigureRef));

  if (filter && bil_filter_is_empty (filter))
    filter = NULL;

  for (guint a = 0; corpus && a < bil_corpus_get_n_articles (corpus); a++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, a);
      const BilFacts *facts = bil_article_get_facts (article);

      for (guint i = 0; facts && i < facts->figures->len; i++)
        {
          const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
          BilFigureRef ref = { article, f, a, i, FALSE, 0, FALSE };

          if (f->review == BIL_REVIEW_REJECTED)
            continue;
          if (filter == NULL || bil_filter_match_figure (filter, article, f))
            g_array_append_val (refs, ref);
        }
    }
  return refs;
}

/* One pair, one metric, one year, packed in 64 bits: no allocation per
 * figure when 100,000 of them are compared. */
static guint64
conflict_key (const BilFigure *f)
{
  return ((guint64) (guint32) (f->from + 1) << 40) ^ ((guint64) (guint32) (f->to + 1) << 20) ^
         ((guint64) f->metric << 14) ^ (guint64) (f->year & 0x3fff);
}

typedef struct
{
  guint64 key;   /* conflict_key (), 0 for a free slot */
  guint32 ref;
} FirstOfKey;

/* Two articles, one pair, one metric, one year, two values: a conflict.
 * Returns one past the last cluster number given. */
static guint
mark_conflicts (GArray *refs)
{
  /* The first figure of each key, by open addressing in a table at least
   * twice the figures (a GHashTable took a fifth of the sort at 100,000
   * articles); a key is never 0, as from + 1 fills its top bits. */
  guint size = 2;
  g_autofree FirstOfKey *first = NULL;
  guint next_cluster = 1;

  while (size < 2 * refs->len)
    size *= 2;
  first = g_new0 (FirstOfKey, size);
  for (guint i = 0; i < refs->len; i++)
    {
      BilFigureRef *r = &g_array_index (refs, BilFigureRef, i);
      r->conflict = FALSE;
      r->overruled = FALSE;
      r->cluster = 0;
    }
  for (guint i = 0; i < refs->len; i++)
    {
      BilFigureRef *r = &g_array_index (refs, BilFigureRef, i);
      const BilFigure *f = r->figure;
      guint64 key;
      guint slot;

      if (!isfinite (f->usd) || f->from < 0 || f->year <= 0)
        continue;
      key = conflict_key (f);
      slot = (guint) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & (size - 1);
      while (first[slot].key != 0 && first[slot].key != key)
        slot = (slot + 1) & (size - 1);
      if (first[slot].key == 0)
        {
          first[slot].key = key;
          first[slot].ref = i;
          continue;
        }
      {
        BilFigureRef *other = &g_array_index (refs, BilFigureRef, first[slot].ref);
        const BilFigure *o = other->figure;

        /* The packing is exact for real entities and years; check anyway. */
        if (o->from != f->from || o->to != f->to || o->metric != f->metric || o->year != f->year)
          continue;
        if (other->article != r->article && fabs (o->usd - f->usd) > 0.01 * MAX (o->usd, f->usd))
          {
            if (other->cluster == 0)
              other->cluster = next_cluster++;
            other->conflict = TRUE;
            r->conflict = TRUE;
            r->cluster = other->cluster;
          }
      }
    }
  /* Every other figure sits alone. */
  for (guint i = 0; i < refs->len; i++)
    {
      BilFigureRef *r = &g_array_index (refs, BilFigureRef, i);
      if (r->cluster == 0)
        r->cluster = next_cluster++;
    }
  /* Where the user chose a value, the others are overruled. */
  {
    g_autofree gboolean *chosen = g_new0 (gboolean, next_cluster);

    for (guint i = 0; i < refs->len; i++)
      {
        BilFigureRef *r = &g_array_index (refs, BilFigureRef, i);
        if (r->conflict && r->figure->preferred)
          chosen[r->cluster] = TRUE;
      }
    for (guint i = 0; i < refs->len; i++)
      {
        BilFigureRef *r = &g_array_index (refs, BilFigureRef, i);
        r->overruled = r->conflict && chosen[r->cluster] && !r->figure->preferred;
      }
  }
  return next_cluster;
}

static char *
group_key (const BilFigureRef *ref,
           BilGrouping         grouping)
{
  switch (grouping)
    {
    case BIL_GROUP_PAIR:
      return bil_figure_pair_label (ref->figure);
    case BIL_GROUP_METRIC:
      return g_strdup (bil_metric_label (ref->figure->metric));
    case BIL_GROUP_YEAR:
      return ref->figure->year > 0 ? bil_strdup_printf ("%d", ref->figure->year) : g_strdup (_("Year unknown"));
    case BIL_GROUP_NONE:
    default:
      return g_strdup ("");
    }
}

char *
bil_figure_ref_group_label (const BilFigureRef *ref,
                            BilGrouping         grouping)
{
  return group_key (ref, grouping);
}

/**
 * bil_figure_refs_index:
 * @sorted: refs, in the order they will be filtered
 *
 * Returns: (transfer full): BIL_INDEX_COUNTRY_KEY () of an entity → a GArray
 *   of the guint positions in @sorted of the figures from or to it,
 *   ascending; BIL_INDEX_SECTOR_KEY () of a sector → those of its figures
 */
GHashTable *
bil_figure_refs_index (GArray *sorted)
{
  /* Lists by entity and by sector, no hashing per figure: 2 to 4
   * positions for each of 500,000 figures. */
  BilIndexBuilder builder;

  bil_index_builder_init (&builder, bil_lexicon_n_entities (bil_lexicon_get_default ()));
  for (guint i = 0; i < sorted->len; i++)
    {
      const BilFigure *f = g_array_index (sorted, BilFigureRef, i).figure;

      bil_index_builder_add_entity (&builder, f->from, i);
      if (f->to != f->from)
        bil_index_builder_add_entity (&builder, f->to, i);
      for (guint64 bits = f->sectors; bits; bits &= bits - 1)
        bil_index_builder_add_sector (&builder, __builtin_ctzll (bits), i);
    }
  return bil_index_builder_end (&builder);
}

/* The refs of @sorted (all of @corpus's figures) that @filter lets through,
 * in the same order: a filter over the figures sorted once costs one pass
 * and no sort. A text filter reads each figure's sentence: that is done in
 * article order, as the text lies in memory, into one bit per figure, which
 * the sorted walk then reads (in sorted order the sentences are scattered:
 * three times slower at 100,000 articles). Conflicts stay those of the whole
 * corpus: a figure another source contradicts is still marked when the
 * filter hides the other. @index (nullable), from bil_figure_refs_index ()
 * on @sorted, spares a country filter the figures of other countries. */
GArray *
bil_figure_refs_filter (GArray     *sorted,
                        GHashTable *index,
                        BilCorpus  *corpus,
                        BilFilter  *filter)
{
  GArray *refs = g_array_sized_new (FALSE, FALSE, sizeof (BilFigureRef), filter ? 0 : sorted->len);
  g_autofree guint *first_figure = NULL;   /* per article: its first figure's number */
  g_autofree guint8 *passes = NULL;        /* one bit per figure, by that number */

  if (filter == NULL || bil_filter_is_empty (filter))
    {
      g_array_append_vals (refs, sorted->data, sorted->len);
      return refs;
    }
  if (bil_filter_get_text (filter) != NULL && corpus != NULL)
    {
      guint n_articles = bil_corpus_get_n_articles (corpus), n = 0;

      first_figure = g_new (guint, n_articles + 1);
      for (guint a = 0; a < n_articles; a++)
        {
          const BilFacts *facts = bil_article_get_facts (bil_corpus_get_article (corpus, a));

          first_figure[a] = n;
          n += facts ? facts->figures->len : 0;
        }
      first_figure[n_articles] = n;
      passes = g_new0 (guint8, n / 8 + 1);
      {
        /* Collecting walks the corpus in article order. */
        g_autoptr(GArray) matching = bil_figure_refs_collect (corpus, filter);

        for (guint i = 0; i < matching->len; i++)
          {
            const BilFigureRef *m = &g_array_index (matching, BilFigureRef, i);
            guint k = first_figure[m->article_index] + m->figure_index;

            bil_bit_set (passes, k);
          }
      }
    }
  /* A country or a sector: only its figures are asked (a tenth of them for
   * Malaysia in a generated 100,000-article corpus), or taken at once when
   * nothing else is asked. */
  if (index)
    {
      gboolean at_once, applies;
      GArray *list = bil_filter_index_candidates (filter, index, &at_once, &applies);

      for (guint k = 0; list && k < list->len; k++)
        {
          const BilFigureRef *ref = &g_array_index (sorted, BilFigureRef, g_array_index (list, guint, k));
          gboolean pass;

          if (passes)
            pass = bil_bit_get (passes, first_figure[ref->article_index] + ref->figure_index);
          else
            pass = at_once || bil_filter_match_figure (filter, ref->article, ref->figure);
          if (pass)
            g_array_append_vals (refs, ref, 1);
        }
      if (applies)
        return refs;
    }
  for (guint i = 0; i < sorted->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (sorted, BilFigureRef, i);
      gboolean pass;

      if (passes)
        pass = bil_bit_get (passes, first_figure[ref->article_index] + ref->figure_index);
      else
        pass = bil_filter_match_figure (filter, ref->article, ref->figure);
      if (pass)
        g_array_append_vals (refs, ref, 1);
    }
  return refs;
}

/* What a figure is sorted by: figures with no US$ value last. */
static double
sort_value (const BilFigure *f)
{
  return isfinite (f->usd) ? f->usd : -1;
}

/* Figures of one cluster: the largest first, then in corpus order. */
static int
compare_in_cluster (const BilFigureRef *x,
                    const BilFigureRef *y)
{
  double vx = sort_value (x->figure), vy = sort_value (y->figure);

  if (vx != vy)
    return vx > vy ? -1 : 1;
  if (x->article_index != y->article_index)
    return x->article_index < y->article_index ? -1 : 1;
  return (int) x->figure_index - (int) y->figure_index;
}

typedef struct
{
  double      max;
  guint       rank;    /* by max, descending, then by label */
  const char *label;   /* owned by the groups table */
} Group;

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = *(const Group * const *) a, *y = *(const Group * const *) b;

  if (x->max != y->max)
    return x->max > y->max ? -1 : 1;
  return strcmp (x->label, y->label);
}

/* What decides a figure's group label, as a number: its label is made once
 * per number, not once per figure. */
typedef struct
{
  guint64 id;
  Group  *group;
} GroupId;

static guint64
group_id (const BilFigure *f,
          BilGrouping      grouping)
{
  switch (grouping)
    {
    case BIL_GROUP_PAIR:
      return (guint64) (guint32) (f->from + 1) << 33 | (guint64) (guint32) (f->to + 1) << 1 |
             (f->from_rule && strcmp (f->from_rule, "two-way") == 0);
    case BIL_GROUP_METRIC:
      return f->metric;
    case BIL_GROUP_YEAR:
      return f->year > 0 ? (guint64) f->year : 0;
    case BIL_GROUP_NONE:
    default:
      return 0;
    }
}

/* The figure's group, made at its first figure; groups are by label, as
 * two numbers can read the same. */
static Group *
find_group (GHashTable         *by_id,
            GHashTable         *by_label,
            const BilFigureRef *ref,
            BilGrouping         grouping)
{
  guint64 id = group_id (ref->figure, grouping);
  GroupId *entry = g_hash_table_lookup (by_id, &id);

  if (entry == NULL)
    {
      g_autofree char *label = group_key (ref, grouping);

      entry = g_new0 (GroupId, 1);
      entry->id = id;
      entry->group = g_hash_table_lookup (by_label, label);
      if (entry->group == NULL)
        {
          entry->group = g_new0 (Group, 1);
          entry->group->max = -1;
          entry->group->label = label;
          g_hash_table_insert (by_label, g_steal_pointer (&label), entry->group);
        }
      g_hash_table_insert (by_id, &entry->id, entry);
    }
  return entry->group;
}

/* The order, in integers: the group's rank, the cluster's largest value
 * (descending), the cluster, the top bits of the figure's value
 * (descending). Sorting these (24 bytes, read in order, compared inline)
 * instead of calling a comparison on the refs spares most cache misses and
 * calls; only figures equal on all of them are compared in full. */
typedef struct
{
  guint64 cluster_max;
  guint64 cluster_value;
  guint32 group_rank;
  guint32 ref;     /* its index in the refs as given */
} SortKey;

/* A double's bits, in an order that compares as the numbers do (no NaN:
 * a figure without a US$ value counts as -1). */
static guint64
ordered_bits (double x)
{
  guint64 bits;

  memcpy (&bits, &x, sizeof bits);
  return (bits >> 63) ? ~bits : bits | (G_GUINT64_CONSTANT (1) << 63);
}

static inline gboolean
key_before (const SortKey      *x,
            const SortKey      *y,
            const BilFigureRef *refs)
{
  if (x->group_rank != y->group_rank)
    return x->group_rank < y->group_rank;
  if (x->cluster_max != y->cluster_max)
    return x->cluster_max < y->cluster_max;
  if (x->cluster_value != y->cluster_value)
    return x->cluster_value < y->cluster_value;
  return compare_in_cluster (refs + x->ref, refs + y->ref) < 0;
}

/* A merge sort with the comparison inlined: runs of 16 by insertion, then
 * merged in passes of doubling width. */
static void
sort_keys (SortKey            *keys,
           gsize               n,
           const BilFigureRef *refs)
{
  g_autofree SortKey *buffer = g_new (SortKey, MAX (n, 1));
  SortKey *from = keys, *to = buffer;

  for (gsize run = 0; run < n; run += 16)
    for (gsize i = run + 1; i < MIN (run + 16, n); i++)
      {
        SortKey key = keys[i];
        gsize j = i;

        for (; j > run && key_before (&key, &keys[j - 1], refs); j--)
          keys[j] = keys[j - 1];
        keys[j] = key;
      }
  for (gsize width = 16; width < n; width *= 2)
    {
      SortKey *swap;

      for (gsize lo = 0; lo < n; lo += 2 * width)
        {
          gsize mid = MIN (lo + width, n), hi = MIN (lo + 2 * width, n);
          gsize i = lo, j = mid, k = lo;

          while (i < mid && j < hi)
            to[k++] = key_before (&from[j], &from[i], refs) ? from[j++] : from[i++];
          while (i < mid)
            to[k++] = from[i++];
          while (j < hi)
            to[k++] = from[j++];
        }
      swap = from;
      from = to;
      to = swap;
    }
  if (from != keys)
    memcpy (keys, from, n * sizeof (SortKey));
}

/* Largest first; groups by their largest figure; a conflict's figures side
 * by side; figures with no US$ value last. */
void
bil_figure_refs_sort (GArray      *refs,
                      BilGrouping  grouping)
{
  g_autofree SortKey *keys = g_new (SortKey, MAX (1, refs->len));
  g_autoptr(GHashTable) by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  guint n_clusters = mark_conflicts (refs);
  g_autofree BilFigureRef *given = g_memdup2 (refs->data, (gsize) refs->len * sizeof (BilFigureRef));
  g_autofree double *cluster_max = g_new (double, n_clusters);
  g_autofree Group **group_of = g_new0 (Group *, MAX (1, refs->len));
  GHashTableIter iter;
  gpointer group;

  for (guint c = 0; c < n_clusters; c++)
    cluster_max[c] = -1;
  for (guint i = 0; i < refs->len; i++)
    {
      double value = sort_value (given[i].figure);

      if (grouping != BIL_GROUP_NONE)
        {
          group_of[i] = find_group (by_id, by_label, &given[i], grouping);
          group_of[i]->max = MAX (group_of[i]->max, value);
        }
      cluster_max[given[i].cluster] = MAX (cluster_max[given[i].cluster], value);
    }
  g_hash_table_iter_init (&iter, by_label);
  while (g_hash_table_iter_next (&iter, NULL, &group))
    g_ptr_array_add (ranked, group);
  g_ptr_array_sort (ranked, compare_groups);
  for (guint g = 0; g < ranked->len; g++)
    ((Group *) g_ptr_array_index (ranked, g))->rank = g;
  for (guint i = 0; i < refs->len; i++)
    {
      keys[i].group_rank = group_of[i] ? group_of[i]->rank : 0;
      keys[i].cluster_max = ~ordered_bits (cluster_max[given[i].cluster]);
      keys[i].cluster_value = (guint64) given[i].cluster << 32 | ~ordered_bits (sort_value (given[i].figure)) >> 32;
      keys[i].ref = i;
    }
  sort_keys (keys, refs->len, given);
  for (guint i = 0; i < refs->len; i++)
    g_array_index (refs, BilFigureRef, i) = given[keys[i].ref];
}
