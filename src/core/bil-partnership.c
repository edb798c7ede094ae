/* bil-partnership.c: a pair of countries across the corpus, with evidence
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-partnership"

#include "config.h"

#include <string.h>

#include "bil-partnership.h"

void
bil_partnership_free (BilPartnership *partnership)
{
  if (partnership == NULL)
    return;
  g_free (partnership->sector_counts);
  g_free (partnership->sector_pairs);
  g_array_unref (partnership->evidence);
  g_free (partnership);
}

static guint64
pair_key (int       a,
          int       b,
          BilStance stance)
{
  return ((guint64) (guint) a << 33) | ((guint64) (guint) b << 1) | (guint64) stance;
}

/* The evidence sentence's sectors, else the article's main ones. */
static guint64
evidence_sectors (const BilPairEvidence *pair,
                  const BilFacts        *facts)
{
  guint64 bits = pair->sectors;

  if (bits == 0)
    for (guint s = 0; s < facts->n_sectors && s < 64; s++)
      if (facts->sector_counts[s] >= 2)
        bits |= G_GUINT64_CONSTANT (1) << s;
  return bits;
}

static int
compare_partnerships (gconstpointer a,
                      gconstpointer b)
{
  const BilPartnership *x = *(BilPartnership **) a;
  const BilPartnership *y = *(BilPartnership **) b;

  if (x->n_articles != y->n_articles)
    return x->n_articles > y->n_articles ? -1 : 1;
  if (x->n_mentions != y->n_mentions)
    return x->n_mentions > y->n_mentions ? -1 : 1;
  if (x->a != y->a)
    return x->a - y->a;
  if (x->b != y->b)
    return x->b - y->b;
  return (int) x->stance - (int) y->stance;
}

/* Returns: (transfer full): BilPartnership, the most attested first */
GPtrArray *
bil_partnerships_compute (BilCorpus  *corpus,
                          BilLexicon *lexicon)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_partnership_free);
  guint n_sectors = bil_lexicon_n_sectors (lexicon);
  guint n_pairs = MAX (1, MIN (n_sectors, 64));
  guint64 known = n_sectors >= 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << n_sectors) - 1;

  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);
      const BilFacts *facts = bil_article_get_facts (article);

      for (guint k = 0; facts && k < facts->pairs->len; k++)
        {
          const BilPairEvidence *pair = &g_array_index (facts->pairs, BilPairEvidence, k);
          guint64 key = pair_key (pair->a, pair->b, pair->stance);
          BilPartnership *p = g_hash_table_lookup (by_key, &key);
          guint64 sectors = evidence_sectors (pair, facts);
          BilEvidence evidence = { article, pair->start, pair->end, sectors };

          if (p == NULL)
            {
              gint64 *stored = g_new (gint64, 1);

              *stored = (gint64) key;
              g_ptr_array_add (keys, stored);
              p = g_new0 (BilPartnership, 1);
              p->a = pair->a;
              p->b = pair->b;
              p->stance = pair->stance;
              p->sector_counts = g_new0 (guint, MAX (1, n_sectors));
              p->sector_pairs = g_new0 (guint, n_pairs * n_pairs);
              p->evidence = g_array_new (FALSE, FALSE, sizeof (BilEvidence));
              g_hash_table_insert (by_key, stored, p);
              g_ptr_array_add (result, p);
            }
          /* Articles are read in order: a new article is a different last one. */
          if (p->evidence->len == 0 ||
              g_array_index (p->evidence, BilEvidence, p->evidence->len - 1).article != article)
            p->n_articles++;
          p->n_mentions++;
          g_array_append_val (p->evidence, evidence);
          /* Only the sectors set, found by their bits. */
          sectors &= known;
          for (guint64 rest = sectors; rest != 0; rest &= rest - 1)
            {
              guint s = (guint) __builtin_ctzll (rest);

              p->sector_counts[s]++;
              /* What the grid shows under a sector filter, counted once. */
              for (guint64 other = sectors; other != 0; other &= other - 1)
                p->sector_pairs[s * n_pairs + (guint) __builtin_ctzll (other)]++;
            }
        }
    }

  g_ptr_array_sort (result, compare_partnerships);
  return result;
}

typedef struct
{
  int   sector;
  guint count;
} SectorCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const SectorCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->sector - y->sector;
}

/* Returns: (transfer full): int sectors, the most mentioned first */
GArray *
bil_partnership_sectors (const BilPartnership *partnership,
                         guint                 n_sectors)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (SectorCount));
  GArray *sectors = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint s = 0; s < n_sectors; s++)
    if (partnership->sector_counts[s] > 0)
      {
        SectorCount c = { (int) s, partnership->sector_counts[s] };
        g_array_append_val (counts, c);
      }
  g_array_sort (counts, compare_counts);
  for (guint i = 0; i < counts->len; i++)
    g_array_append_val (sectors, g_array_index (counts, SectorCount, i).sector);
  return sectors;
}

/* Bit s set when any of the evidence names sector s (the first 64). */
guint64
bil_partnership_sector_mask (const BilPartnership *partnership,
                             guint                 n_sectors)
{
  guint64 mask = 0;

  for (guint s = 0; s < n_sectors && s < 64; s++)
    if (partnership->sector_counts[s] > 0)
      mask |= G_GUINT64_CONSTANT (1) << s;
  return mask;
}

const char *
bil_stance_to_string (BilStance stance)
{
  return stance == BIL_STANCE_RIVALRY ? "rivalry" : "cooperation";
}
