/* bil-extractor.c: figures, countries and partnerships of one article
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each content sentence is read once by the lexicon (names, cues) and once
 * by the money scanner. Everything else works on those two lists: which
 * clause a word is in, which country owns an investment, which year a
 * figure refers to, which pairs of countries the sentence ties together.
 */

#define G_LOG_DOMAIN "bil-extractor"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-doubt.h"
#include "bil-extractor.h"
#include "bil-text.h"

BilFacts *
bil_facts_new (guint n_sectors)
{
  BilFacts *facts = g_new0 (BilFacts, 1);

  facts->mentions = g_array_new (FALSE, FALSE, sizeof (BilMention));
  facts->figures = g_array_new (FALSE, FALSE, sizeof (BilFigure));
  facts->rates = g_array_new (FALSE, FALSE, sizeof (BilRateStatement));
  facts->pairs = g_array_new (FALSE, FALSE, sizeof (BilPairEvidence));
  facts->countries = g_array_new (FALSE, FALSE, sizeof (int));
  facts->n_sectors = n_sectors;
  facts->sector_counts = g_new0 (guint, MAX (1, n_sectors));
  return facts;
}

void
bil_facts_free (BilFacts *facts)
{
  if (facts == NULL)
    return;
  g_array_unref (facts->mentions);
  g_array_unref (facts->figures);
  g_array_unref (facts->rates);
  g_array_unref (facts->pairs);
  g_array_unref (facts->countries);
  g_free (facts->sector_counts);
  if (facts->strings)
    g_string_chunk_free (facts->strings);
  g_free (facts);
}

/* The figure whose amount is the text [@start, @end), or -1: how a
 * correction and the detail pane name a figure. */
int
bil_facts_find_figure (const BilFacts *facts,
                       gsize           start,
                       gsize           end)
{
  for (guint i = 0; facts && i < facts->figures->len; i++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

      if (f->money.start == start && f->money.end == end)
        return (int) i;
    }
  return -1;
}

/* An entity mention within the sentence being read. */
typedef struct
{
  int            entity;
  gsize          start;
  gsize          end;
  BilMentionKind kind;
  guint          clause;
  gboolean       enumerated;   /* after "such as", "including": an example, not a party */
  gboolean       opposed;      /* after "against" */
  gboolean       possessive;   /* "Japan's" */
} Ent;

typedef struct
{
  BilLexicon *lex;
  const char *text;
  int         article_year;
  BilFacts   *facts;

  /* The sentence being read. */
  gsize       s_start;
  gsize       s_end;
  GArray     *matches;     /* BilMatch */
  GArray     *amounts;     /* BilMoney */
  GArray     *ents;        /* Ent */
  GArray     *clauses;     /* gsize: boundary offsets */
  guint64     sectors;
  guint       pairs_before;

  /* The last pair found, for "both countries" in the next sentences. */
  int         last_a;
  int         last_b;
  guint       last_pair_sentence;
  guint       sentence_index;
} Ctx;

/* ---- clauses ----------------------------------------------------------- */

static const char *clause_words[] = { " while ", " whereas ", " but ", " although ", " though " };

static void
find_clauses (Ctx *ctx)
{
  const char *t = ctx->text;

  g_array_set_size (ctx->clauses, 0);
  for (gsize i = ctx->s_start; i < ctx->s_end; i++)
    {
      gboolean boundary = FALSE;

      /* Letters and digits end no clause. */
      while (i < ctx->s_end && bil_is_word_byte ((guchar) t[i]))
        i++;
      if (i >= ctx->s_end)
        break;
      switch (t[i])
        {
        case ',':
          /* Not inside "843,000,000". */
          boundary = i + 1 >= ctx->s_end || !g_ascii_isdigit (t[i + 1]);
          break;
        case ';':
        case ':':
        case '(':
        case ')':
          boundary = TRUE;
          break;
        case ' ':
          /* Only words starting with w, b, a or t can be clause words. */
          if (i + 1 < ctx->s_end && (t[i + 1] == 'w' || t[i + 1] == 'b' || t[i + 1] == 'a' || t[i + 1] == 't'))
            for (guint k = 0; k < G_N_ELEMENTS (clause_words); k++)
              if (bil_has_prefix_at (t, i, ctx->s_end, clause_words[k]))
                boundary = TRUE;
          break;
        default:
          /* — and a spaced – */
          if ((guchar) t[i] == 0xE2 && bil_has_prefix_at (t, i, ctx->s_end, "\xE2\x80\x94"))
            boundary = TRUE;
          else if ((guchar) t[i] == 0xE2 && i > 0 && t[i - 1] == ' ' && bil_has_prefix_at (t, i, ctx->s_end, "\xE2\x80\x93 "))
            boundary = TRUE;
          break;
        }
      if (boundary)
        g_array_append_val (ctx->clauses, i);
    }
}

static guint
clause_of (Ctx   *ctx,
           gsize  offset)
{
  guint n = 0;

  while (n < ctx->clauses->len && g_array_index (ctx->clauses, gsize, n) < offset)
    n++;
  return n;
}

/* ---- entities ---------------------------------------------------------- */

static gboolean
overlaps_amount (Ctx  *ctx,
                 gsize start,
                 gsize end)
{
  for (guint i = 0; i < ctx->amounts->len; i++)
    {
      BilMoney *m = &g_array_index (ctx->amounts, BilMoney, i);
      if (start < m->end && end > m->start)
        return TRUE;
    }
  return FALSE;
}

static void
collect_entities (Ctx *ctx)
{
  const char *t = ctx->text;
  gboolean enumerated = FALSE;
  guint opposed_clause = G_MAXUINT;

  g_array_set_size (ctx->ents, 0);
  for (guint i = 0; i < ctx->matches->len; i++)
    {
      BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
      const BilTerm *term;
      Ent e = { -1, m->start, m->end, BIL_MENTION_NAME, 0, FALSE, FALSE, FALSE };

      if (bil_match_find (m, BIL_TERM_ENUMERATION))
        enumerated = TRUE;
      if (bil_match_find (m, BIL_TERM_OPPOSITION))
        opposed_clause = clause_of (ctx, m->start);

      if ((term = bil_match_find (m, BIL_TERM_COUNTRY)))
        e.kind = BIL_MENTION_NAME;
      else if ((term = bil_match_find (m, BIL_TERM_BLOC)))
        e.kind = BIL_MENTION_BLOC;
      else if ((term = bil_match_find (m, BIL_TERM_DEMONYM)))
        e.kind = BIL_MENTION_DEMONYM;
      else if ((term = bil_match_find (m, BIL_TERM_PLACE)))
        e.kind = BIL_MENTION_PLACE;
      else if ((term = bil_match_find (m, BIL_TERM_COMPANY)))
        e.kind = BIL_MENTION_COMPANY;
      else if ((term = bil_match_find (m, BIL_TERM_FORUM)))
        {
          BilMention forum = { m->start, m->end, term->value, BIL_MENTION_FORUM };
          g_array_append_val (ctx->facts->mentions, forum);
          continue;
        }
      else
        continue;
      if (overlaps_amount (ctx, m->start, m->end))
        continue;

      e.entity = term->value;
      e.clause = clause_of (ctx, m->start);
      e.enumerated = enumerated;
      e.opposed = opposed_clause == e.clause;
      e.possessive = bil_has_prefix_at (t, m->end, ctx->s_end, "'s") ||
                     bil_has_prefix_at (t, m->end, ctx->s_end, "\xE2\x80\x99s") ||
                     (m->end > m->start && t[m->end - 1] == 's' && bil_has_prefix_at (t, m->end, ctx->s_end, "'")) ||
                     /* Japanese: 日本の投資, 日本企業の */
                     bil_has_prefix_at (t, m->end, ctx->s_end, "\xE3\x81\xAE") ||
                     bil_has_prefix_at (t, m->end, ctx->s_end, "\xE4\xBC\x81\xE6\xA5\xAD");
      g_array_append_val (ctx->ents, e);

      {
        BilMention mention = { m->start, m->end, e.entity, e.kind };
        g_array_append_val (ctx->facts->mentions, mention);
      }
    }
}

/* ---- pairs ------------------------------------------------------------- */

static int
compare_codes (BilLexicon *lex,
               int         a,
               int         b)
{
  return strcmp (bil_lexicon_entity_code (lex, a), bil_lexicon_entity_code (lex, b));
}

static void
add_pair (Ctx        *ctx,
          int         a,
          int         b,
          BilStance   stance,
          const char *rule)
{
  BilPairEvidence pair;

  if (a < 0 || b < 0 || a == b ||
      bil_lexicon_bloc_has_member (ctx->lex, a, b) || bil_lexicon_bloc_has_member (ctx->lex, b, a))
    return;
  if (compare_codes (ctx->lex, a, b) > 0)
    {
      int swap = a;
      a = b;
      b = swap;
    }
  /* Once per sentence, pair and stance. */
  for (guint i = ctx->pairs_before; i < ctx->facts->pairs->len; i++)
    {
      BilPairEvidence *p = &g_array_index (ctx->facts->pairs, BilPairEvidence, i);
      if (p->a == a && p->b == b && p->stance == stance)
        return;
    }
  pair.a = a;
  pair.b = b;
  pair.stance = stance;
  pair.sectors = ctx->sectors;
  pair.start = ctx->s_start;
  pair.end = ctx->s_end;
  pair.rule = rule;
  g_array_append_val (ctx->facts->pairs, pair);
  if (stance == BIL_STANCE_COOPERATION)
    {
      ctx->last_a = a;
      ctx->last_b = b;
      ctx->last_pair_sentence = ctx->sentence_index;
    }
}

static gboolean
has_pair (Ctx      *ctx,
          int       a,
          int       b,
          BilStance stance)
{
  for (guint i = ctx->pairs_before; i < ctx->facts->pairs->len; i++)
    {
      BilPairEvidence *p = &g_array_index (ctx->facts->pairs, BilPairEvidence, i);
      if (((p->a == a && p->b == b) || (p->a == b && p->b == a)) && p->stance == stance)
        return TRUE;
    }
  return FALSE;
}

/* Is there a cue of @kind in clauses [first, last]? */
static gboolean
cue_in_clauses (Ctx        *ctx,
                BilTermKind kind,
                guint       first,
                guint       last)
{
  for (guint i = 0; i < ctx->matches->len; i++)
    {
      BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
      guint c;

      if (!bil_match_find (m, kind))
        continue;
      c = clause_of (ctx, m->start);
      if (c >= first && c <= last)
        return TRUE;
    }
  return FALSE;
}

static gboolean
cue_in_sentence (Ctx        *ctx,
                 BilTermKind kind)
{
  return cue_in_clauses (ctx, kind, 0, G_MAXUINT);
}

/* The text between two mentions joins them: "Malaysia and Japan",
 * "US-Japan", "ASEAN–Japan", "the US and the Japanese". */
static gboolean
coordinated (Ctx       *ctx,
             const Ent *a,
             const Ent *b)
{
  const char *t = ctx->text;
  gsize i = a->end, end = b->start;
  gboolean joined = FALSE;

  if (a->possessive)
    return FALSE;
  while (i < end && t[i] == ' ')
    i++;
  if (bil_has_prefix_at (t, i, end, "and ") || bil_has_prefix_at (t, i, end, "And ") || bil_has_prefix_at (t, i, end, "& "))
    {
      i += t[i] == '&' ? 2 : 4;
      joined = TRUE;
    }
  else if (i < end && (t[i] == '-' || t[i] == '/'))
    {
      i++;
      joined = TRUE;
    }
  else if (bil_has_prefix_at (t, i, end, "\xE2\x80\x93") || bil_has_prefix_at (t, i, end, "\xE2\x80\x94"))
    {
      i += 3;
      joined = TRUE;
    }
  if (!joined)
    return FALSE;
  while (i < end && t[i] == ' ')
    i++;
  if (bil_has_prefix_at (t, i, end, "the ") || bil_has_prefix_at (t, i, end, "The "))
    i += 4;
  return i == end;
}

static gboolean
joined_by_comma (Ctx       *ctx,
                 const Ent *a,
                 const Ent *b)
{
  const char *t = ctx->text;
  gsize i = a->end;

  if (i < b->start && t[i] == ',')
    i++;
  while (i < b->start && t[i] == ' ')
    i++;
  return i == b->start && a->end < b->start && t[a->end] == ',';
}

static gboolean preceded_by (Ctx *ctx, const Ent *e, const char *const *words);
static const char *object_words[] = { "with ", "to ", "in ", "into ", "from ", "for ", "on ", "towards ",
                                      "across ", "like ", "With ", NULL };

/* "Malaysia and Japan …", "the Japan-Malaysia summit", "between X and Y". */
static void
pairs_by_coordination (Ctx *ctx)
{
  Ent *ents = (Ent *) (gpointer) ctx->ents->data;
  guint n = ctx->ents->len;

  for (guint i = 0; i + 1 < n; i++)
    {
      Ent *a = &ents[i], *b = &ents[i + 1];
      gboolean rival;

      if (!coordinated (ctx, a, b) || a->entity == b->entity)
        continue;
      /* "cooperation with Japan and Australia": two objects, not a pair;
       * "between Japan and Australia" is one. */
      if (preceded_by (ctx, a, object_words))
        continue;
      /* A list of three or more is an enumeration, not a pair. */
      if ((i + 2 < n && (coordinated (ctx, b, &ents[i + 2]) || joined_by_comma (ctx, b, &ents[i + 2]))) ||
          (i > 0 && (joined_by_comma (ctx, &ents[i - 1], a) || coordinated (ctx, &ents[i - 1], a))))
        continue;
      rival = cue_in_clauses (ctx, BIL_TERM_RIVALRY, a->clause, b->clause);
      if (rival && !a->enumerated && !b->enumerated)
        add_pair (ctx, a->entity, b->entity, BIL_STANCE_RIVALRY, "coordination");
      else if (!rival && !a->enumerated && !b->enumerated &&
               cue_in_clauses (ctx, BIL_TERM_COOPERATION, a->clause, b->clause))
        add_pair (ctx, a->entity, b->entity, BIL_STANCE_COOPERATION, "coordination");
    }
}

/* A party before @offset, in the same clause if there is one: the nearest
 * (the subject of a cue: "Japan … cooperation with"), or the first (the
 * subject of a clause: "Japan will lend Indonesia ¥100 billion"). */
static const Ent *
subject_before (Ctx      *ctx,
                gsize     offset,
                guint     clause,
                gboolean  first)
{
  const Ent *best = NULL;

  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);

      if (e->start >= offset)
        break;
      if (e->enumerated)
        continue;
      if (best == NULL || (e->clause == clause && (best->clause != clause || !first)) ||
          (best->clause != clause && e->clause != clause))
        best = e;
    }
  return best;
}

/* "… cooperation with Malaysia and ASEAN", "tensions with China". */
static void
pairs_by_with (Ctx *ctx)
{
  const char *t = ctx->text;

  for (guint i = 0; i < ctx->matches->len; i++)
    {
      BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
      gboolean coop = bil_match_find (m, BIL_TERM_COOPERATION) != NULL;
      gboolean rival = bil_match_find (m, BIL_TERM_RIVALRY) != NULL;
      gsize with = 0;
      guint clause;
      const Ent *subject;

      if (!coop && !rival)
        continue;
      clause = clause_of (ctx, m->start);
      /* "with" within a few words after the cue, in the same clause;
       * rivalry also "sanctions on Moscow", "tariffs against China". */
      for (gsize k = m->end; k < ctx->s_end && k < m->end + 40 && with == 0; k++)
        {
          static const char *coop_words[] = { " with ", " With ", NULL };
          static const char *rival_words[] = { " with ", " on ", " against ", " With ", NULL };
          const char *const *words = rival ? rival_words : coop_words;

          if (t[k] != ' ')
            continue;
          for (guint w = 0; words[w] && with == 0; w++)
            if (bil_has_prefix_at (t, k, ctx->s_end, words[w]) && clause_of (ctx, k + 1) == clause)
              with = k + strlen (words[w]);
        }
      if (with == 0)
        continue;

      subject = subject_before (ctx, m->start, clause, FALSE);
      /* "trade tensions with China that hit Australian barley": a rivalry
       * names its other side where it can. */
      if (subject == NULL && rival)
        for (guint k = 0; k < ctx->ents->len && subject == NULL; k++)
          {
            const Ent *e = &g_array_index (ctx->ents, Ent, k);
            if (!e->enumerated && e->start > with + 12)
              subject = e;
          }
      if (subject == NULL)
        continue;
      for (guint k = 0; k < ctx->ents->len; k++)
        {
          const Ent *e = &g_array_index (ctx->ents, Ent, k);
          gsize gap;

          if (e->start < with)
            continue;
          gap = e->start - with;
          /* "with Malaysia", "with the US", "with American counterparts". */
          if (gap > 12 || e->enumerated)
            break;
          add_pair (ctx, subject->entity, e->entity, rival ? BIL_STANCE_RIVALRY : BIL_STANCE_COOPERATION, "with");
          /* "with Malaysia and ASEAN" */
          while (k + 1 < ctx->ents->len &&
                 (coordinated (ctx, e, &g_array_index (ctx->ents, Ent, k + 1)) ||
                  joined_by_comma (ctx, e, &g_array_index (ctx->ents, Ent, k + 1))))
            {
              e = &g_array_index (ctx->ents, Ent, ++k);
              add_pair (ctx, subject->entity, e->entity, rival ? BIL_STANCE_RIVALRY : BIL_STANCE_COOPERATION, "with");
            }
          break;
        }
    }
}

/* Distinct parties (not examples, not companies) among @ents in clauses
 * [first, last]; returns how many, the first two in @a and @b. */
static guint
distinct_parties (Ctx     *ctx,
                  guint    first,
                  guint    last,
                  gboolean with_opposed,
                  int     *a,
                  int     *b)
{
  guint n = 0;

  *a = *b = -1;
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);

      if (e->clause < first || e->clause > last || e->enumerated || e->kind == BIL_MENTION_COMPANY)
        continue;
      if (e->opposed && !with_opposed)
        continue;
      if (e->entity == *a || e->entity == *b)
        continue;
      if (n == 0)
        *a = e->entity;
      else if (n == 1)
        *b = e->entity;
      n++;
    }
  return n;
}

static void
pairs_by_clause_rivalry (Ctx *ctx)
{
  guint n_clauses = ctx->clauses->len + 1;

  for (guint c = 0; c < n_clauses; c++)
    {
      int a, b;

      /* "fostering peace in conflict zones" is not a conflict between them. */
      if (cue_in_clauses (ctx, BIL_TERM_RIVALRY, c, c) && !cue_in_clauses (ctx, BIL_TERM_COOPERATION, c, c) &&
          distinct_parties (ctx, c, c, TRUE, &a, &b) == 2)
        add_pair (ctx, a, b, BIL_STANCE_RIVALRY, "clause");
    }
}

/* Exactly two countries in a sentence about cooperation. */
static void
pairs_by_sentence (Ctx *ctx)
{
  int a, b;

  if (!cue_in_sentence (ctx, BIL_TERM_COOPERATION))
    return;
  if (distinct_parties (ctx, 0, G_MAXUINT, FALSE, &a, &b) == 2 && !has_pair (ctx, a, b, BIL_STANCE_RIVALRY))
    add_pair (ctx, a, b, BIL_STANCE_COOPERATION, "sentence");
}

/* "Both countries agreed …" continues the pair of the sentence before. */
static void
pairs_by_both_parties (Ctx *ctx)
{
  int a, b;

  if (ctx->last_a < 0 || ctx->sentence_index > ctx->last_pair_sentence + 2)
    return;
  if (!cue_in_sentence (ctx, BIL_TERM_BOTH_PARTIES) || !cue_in_sentence (ctx, BIL_TERM_COOPERATION))
    return;
  if (distinct_parties (ctx, 0, G_MAXUINT, FALSE, &a, &b) >= 2)
    return;
  add_pair (ctx, ctx->last_a, ctx->last_b, BIL_STANCE_COOPERATION, "both-parties");
}

/* ---- figures ----------------------------------------------------------- */

typedef enum
{
  TRADE_TWO_WAY,
  TRADE_EXPORT,
  TRADE_IMPORT,
  TRADE_SURPLUS,
  TRADE_DEFICIT,
} TradeKind;

static TradeKind
trade_kind (const char *t,
            gsize       start,
            gsize       end)
{
  g_autofree char *word = g_ascii_strdown (t + start, (gssize) (end - start));

  if (strstr (word, "two-way") || strstr (word, "bilateral") || strstr (word, "total"))
    return TRADE_TWO_WAY;
  if (strstr (word, "export") || strstr (word, "eksport") || strstr (word, "\xE8\xBC\xB8\xE5\x87\xBA") ||
      strstr (word, "shipment"))
    return TRADE_EXPORT;
  if (strstr (word, "import") || strstr (word, "\xE8\xBC\xB8\xE5\x85\xA5"))
    return TRADE_IMPORT;
  if (strstr (word, "surplus") || strstr (word, "lebihan") || strstr (word, "\xE9\xBB\x92\xE5\xAD\x97"))
    return TRADE_SURPLUS;
  if (strstr (word, "deficit") || strstr (word, "defisit") || strstr (word, "\xE8\xB5\xA4\xE5\xAD\x97"))
    return TRADE_DEFICIT;
  return TRADE_TWO_WAY;
}

static void
find_qualifier (Ctx       *ctx,
                BilFigure *f)
{
  const char *t = ctx->text;

  for (guint i = 0; i < ctx->matches->len; i++)
    {
      BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
      const BilTerm *q = bil_match_find (m, BIL_TERM_QUALIFIER);
      gsize k;

      if (q == NULL)
        continue;
      /* Directly before: "nearly US$20 billion", "約3億ドル". */
      if (m->end <= f->money.start)
        {
          for (k = m->end; k < f->money.start && t[k] == ' '; k++)
            ;
          if (k == f->money.start)
            {
              f->approx = (BilApprox) q->value;
              f->approx_start = m->start;
              f->approx_end = m->end;
            }
        }
      /* Directly after, as Japanese writes it: "5000億円超". */
      else if (m->start == f->money.end && (guchar) t[m->start] >= 0x80)
        {
          f->approx = (BilApprox) q->value;
          f->approx_start = m->start;
          f->approx_end = m->end;
        }
    }
  if (f->approx == BIL_APPROX_NONE && bil_has_prefix_at (t, f->money.end, ctx->s_end, " or more"))
    {
      f->approx = BIL_APPROX_OVER;
      f->approx_start = f->money.end + 1;
      f->approx_end = f->money.end + strlen (" or more");
    }
}

static gsize
distance (gsize a_start,
          gsize a_end,
          gsize b_start,
          gsize b_end)
{
  if (a_end <= b_start)
    return b_start - a_end;
  if (b_end <= a_start)
    return a_start - b_end;
  return 0;
}

static const BilMatch *
nearest_metric (Ctx       *ctx,
                BilFigure *f,
                guint      clause,
                gboolean   same_clause)
{
  const BilMatch *best = NULL;
  gsize best_distance = G_MAXSIZE;

  for (guint i = 0; i < ctx->matches->len; i++)
    {
      const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
      gsize d;

      if (!bil_match_find (m, BIL_TERM_METRIC))
        continue;
      if (same_clause && clause_of (ctx, m->start) != clause)
        continue;
      d = distance (m->start, m->end, f->money.start, f->money.end);
      if (d < best_distance)
        {
          best = m;
          best_distance = d;
        }
    }
  return best;
}

/* The party a preposition introduces: "in Japan", "to ASEAN". */
static gboolean
preceded_by (Ctx        *ctx,
             const Ent  *e,
             const char *const *words)
{
  const char *t = ctx->text;

  for (guint k = 0; words[k]; k++)
    {
      gsize n = strlen (words[k]);
      gsize i = e->start;

      /* Allow "in the", "to its". */
      if (i >= 4 && bil_has_prefix_at (t, i - 4, e->start, "the "))
        i -= 4;
      if (i >= n && memcmp (t + i - n, words[k], n) == 0 && (i == n || !bil_is_word_byte ((guchar) t[i - n - 1])))
        return TRUE;
    }
  return FALSE;
}

static const char *destination_words[] = { "in ", "into ", "to ", "towards ", "for ", "In ", "kepada ", "ke ", "di ", NULL };
/* Japanese marks the destination after the name: マレーシアへの投資, 米国に. */
static const char *destination_particles[] = { "\xE3\x81\xB8", "\xE3\x81\xAB", "\xE5\x90\x91\xE3\x81\x91", NULL };
static const char *source_words[] = { "from ", "From ", "dari ", NULL };
static const char *partner_words[] = { "with ", NULL };

static const Ent *
find_after (Ctx               *ctx,
            gsize              after,
            guint              clause,
            gboolean           same_clause,
            const char *const *words,
            int                not_entity)
{
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);

      if (e->start < after || e->enumerated || e->entity == not_entity)
        continue;
      if (same_clause && e->clause != clause)
        continue;
      if (preceded_by (ctx, e, words))
        return e;
      if (words == destination_words)
        for (guint k = 0; destination_particles[k]; k++)
          if (bil_has_prefix_at (ctx->text, e->end, ctx->s_end, destination_particles[k]))
            return e;
    }
  return NULL;
}

static const Ent *
find_destination (Ctx       *ctx,
                  gsize      after,
                  guint      clause,
                  const char *const *words,
                  int        not_entity)
{
  const Ent *e = find_after (ctx, after, clause, TRUE, words, not_entity);

  return e ? e : find_after (ctx, after, clause, FALSE, words, not_entity);
}

/* Who owns the money: "Japan's investment", "Japanese investment",
 * "investment from Japan", or the clause's subject ("Microsoft announced"). */
static const Ent *
find_owner (Ctx        *ctx,
            BilFigure  *f,
            guint       clause,
            const char **rule)
{
  gsize anchor = f->metric_end > 0 ? MIN (f->metric_start, f->money.start) : f->money.start;
  const Ent *e;

  for (guint i = 0; i < ctx->ents->len; i++)
    {
      e = &g_array_index (ctx->ents, Ent, i);
      if (e->enumerated || e->clause != clause || e->end > anchor || anchor - e->end > 40)
        continue;
      if (e->possessive)
        {
          *rule = "possessive";
          return e;
        }
      if (e->kind == BIL_MENTION_DEMONYM && anchor - e->end <= 30)
        {
          *rule = "demonym";
          return e;
        }
    }
  if ((e = find_destination (ctx, ctx->s_start, clause, source_words, -1)))
    {
      *rule = "from";
      return e;
    }
  if ((e = subject_before (ctx, f->money.start, clause, TRUE)))
    {
      *rule = e->kind == BIL_MENTION_COMPANY ? "company" : "subject";
      return e;
    }
  return NULL;
}

static void
find_direction (Ctx       *ctx,
                BilFigure *f)
{
  guint clause = clause_of (ctx, f->money.start);
  gsize after = f->metric_end > 0 ? MIN (f->metric_end, f->money.end) : f->money.end;
  const char *rule = NULL;
  const Ent *owner, *other;

  f->from = f->to = -1;

  if (f->metric == BIL_METRIC_TRADE)
    {
      TradeKind kind = f->metric_end > 0 ? trade_kind (ctx->text, f->metric_start, f->metric_end) : TRADE_TWO_WAY;

      if (kind == TRADE_TWO_WAY)
        {
          int a, b;
          guint n = distinct_parties (ctx, clause, clause, FALSE, &a, &b);

          if (n < 2)
            n = distinct_parties (ctx, 0, G_MAXUINT, FALSE, &a, &b);
          if (n >= 2)
            {
              gboolean swap = compare_codes (ctx->lex, a, b) > 0;
              f->from = swap ? b : a;
              f->to = swap ? a : b;
              f->from_rule = f->to_rule = "two-way";
            }
          else if (n == 1)
            {
              f->from = a;
              f->from_rule = "two-way";
            }
          return;
        }

      owner = find_owner (ctx, f, clause, &rule);
      switch (kind)
        {
        case TRADE_EXPORT:
          other = find_destination (ctx, after, clause, destination_words, owner ? owner->entity : -1);
          f->from = owner ? owner->entity : -1;
          f->to = other ? other->entity : -1;
          f->from_rule = rule;
          f->to_rule = other ? "destination" : NULL;
          break;
        case TRADE_IMPORT:
          /* The importer owns the imports; the source exports them. */
          if (rule && strcmp (rule, "from") == 0)
            owner = subject_before (ctx, f->money.start, clause, TRUE);
          other = find_destination (ctx, ctx->s_start, clause, source_words, owner ? owner->entity : -1);
          f->to = owner ? owner->entity : -1;
          f->from = other ? other->entity : -1;
          f->to_rule = owner ? "importer" : NULL;
          f->from_rule = other ? "from" : NULL;
          break;
        case TRADE_SURPLUS:
        case TRADE_DEFICIT:
          other = find_destination (ctx, ctx->s_start, clause, partner_words, owner ? owner->entity : -1);
          if (kind == TRADE_SURPLUS)
            {
              f->from = owner ? owner->entity : -1;
              f->to = other ? other->entity : -1;
            }
          else
            {
              f->to = owner ? owner->entity : -1;
              f->from = other ? other->entity : -1;
            }
          f->from_rule = kind == TRADE_SURPLUS ? rule : "with";
          f->to_rule = kind == TRADE_SURPLUS ? "with" : rule;
          break;
        case TRADE_TWO_WAY:
        default:
          break;
        }
      return;
    }

  owner = find_owner (ctx, f, clause, &rule);
  other = find_destination (ctx, after, clause, destination_words, owner ? owner->entity : -1);
  if (other == NULL && f->metric == BIL_METRIC_DEAL)
    other = find_destination (ctx, after, clause, partner_words, owner ? owner->entity : -1);
  f->from = owner ? owner->entity : -1;
  f->from_rule = owner ? rule : NULL;
  if (other && (!owner || other->entity != owner->entity))
    {
      f->to = other->entity;
      f->to_rule = "destination";
    }
  else if (owner != NULL)
    {
      /* "Japan will lend Indonesia ¥100 billion": the party between the
       * owner and the money receives it. */
      for (guint i = 0; i < ctx->ents->len; i++)
        {
          const Ent *e = &g_array_index (ctx->ents, Ent, i);

          if (e->start > owner->end && e->end <= f->money.start && e->clause == clause &&
              e->entity != owner->entity && !e->enumerated && !e->possessive)
            {
              f->to = e->entity;
              f->to_rule = "object";
              break;
            }
        }
    }
}

typedef struct
{
  gsize start;
  gsize end;
  int   year;
  gboolean stated;
} YearMention;

/* Stated years ("in 2023", "FY2024", "2020-21") and relative ones ("last
 * year"), in order. */
static void
collect_years (Ctx    *ctx,
               GArray *years)
{
  const char *t = ctx->text;

  for (guint i = 0; i < ctx->matches->len; i++)
    {
      BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
      const BilTerm *r = bil_match_find (m, BIL_TERM_RELATIVE_YEAR);

      if (r != NULL)
        {
          YearMention y = { m->start, m->end, ctx->article_year ? ctx->article_year + r->value : 0, FALSE };
          g_array_append_val (years, y);
        }
    }

  for (gsize i = ctx->s_start; i + 4 <= ctx->s_end; i++)
    {
      int year;
      gsize end = i + 4;

      /* No fourth digit here: no year starts here nor at the next three bytes. */
      if (!g_ascii_isdigit (t[i + 3]))
        {
          i += 3;
          continue;
        }
      if (!(t[i] == '1' || t[i] == '2') || !g_ascii_isdigit (t[i + 1]) || !g_ascii_isdigit (t[i + 2]))
        continue;
      /* Standalone, or after "FY": not part of a longer number or an amount. */
      if (i > ctx->s_start && (g_ascii_isdigit (t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ',' || t[i - 1] == '$' ||
                               (g_ascii_isalpha (t[i - 1]) && !(i >= 2 && t[i - 1] == 'Y' && t[i - 2] == 'F'))))
        continue;
      if (end < ctx->s_end && (g_ascii_isdigit (t[end]) || g_ascii_isalpha (t[end]) ||
                               ((t[end] == '.' || t[end] == ',') && end + 1 < ctx->s_end && g_ascii_isdigit (t[end + 1]))))
        continue;
      if (overlaps_amount (ctx, i, end))
        continue;
      year = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
      if (year < 1950 || year > 2100)
        continue;
      /* A fiscal span "2020-21" keeps its first year. */
      if (end + 2 < ctx->s_end && (t[end] == '-' || t[end] == '/') && g_ascii_isdigit (t[end + 1]) &&
          g_ascii_isdigit (t[end + 2]))
        end += 3;
      {
        YearMention y = { i, end, year, TRUE };
        g_array_append_val (years, y);
      }
      i = end - 1;
    }
}

static void
find_year (Ctx       *ctx,
           BilFigure *f,
           GArray    *years)
{
  guint clause = clause_of (ctx, f->money.start);
  const YearMention *best = NULL;
  gsize best_distance = G_MAXSIZE;

  for (int pass = 0; pass < 2 && best == NULL; pass++)
    for (guint i = 0; i < years->len; i++)
      {
        const YearMention *y = &g_array_index (years, YearMention, i);
        gsize d = distance (y->start, y->end, f->money.start, f->money.end);

        if (pass == 0 && clause_of (ctx, y->start) != clause)
          continue;
        if (y->year == 0)
          continue;
        if (d < best_distance)
          {
            best = y;
            best_distance = d;
          }
      }

  if (best != NULL)
    {
      f->year = best->year;
      f->year_stated = best->stated;
      f->year_start = best->start;
      f->year_end = best->end;
    }
  else
    {
      /* Nothing in the sentence: the article's own year, inferred. */
      f->year = ctx->article_year;
      f->year_stated = FALSE;
    }
}

static void
read_figures (Ctx *ctx)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (YearMention));

  collect_years (ctx, years);
  for (guint i = 0; i < ctx->amounts->len; i++)
    {
      BilFigure f;
      const BilMatch *metric;
      guint clause;

      memset (&f, 0, sizeof f);
      f.money = g_array_index (ctx->amounts, BilMoney, i);
      f.sentence_start = ctx->s_start;
      f.sentence_end = ctx->s_end;
      f.sectors = ctx->sectors;
      f.usd = NAN;
      f.from = f.to = -1;
      clause = clause_of (ctx, f.money.start);

      find_qualifier (ctx, &f);
      metric = nearest_metric (ctx, &f, clause, TRUE);
      if (metric == NULL)
        {
          metric = nearest_metric (ctx, &f, clause, FALSE);
          if (metric && distance (metric->start, metric->end, f.money.start, f.money.end) > 80)
            metric = NULL;
        }
      if (metric != NULL)
        {
          f.metric = (BilMetric) bil_match_find (metric, BIL_TERM_METRIC)->value;
          f.metric_start = metric->start;
          f.metric_end = metric->end;
        }
      else
        f.metric = BIL_METRIC_OTHER;

      find_direction (ctx, &f);
      find_year (ctx, &f, years);
      g_array_append_val (ctx->facts->figures, f);

      /* Money moving between two parties ties them together. */
      if (f.from >= 0 && f.to >= 0 && f.from != f.to && !f.money.vague)
        add_pair (ctx, f.from, f.to, BIL_STANCE_COOPERATION, "figure");
    }
}

/* ---- the article ------------------------------------------------------- */

static void
read_sentence (Ctx  *ctx,
               gsize start,
               gsize end)
{
  ctx->s_start = start;
  ctx->s_end = end;
  ctx->pairs_before = ctx->facts->pairs->len;
  g_array_set_size (ctx->matches, 0);
  g_array_set_size (ctx->amounts, 0);

  bil_lexicon_scan (ctx->lex, ctx->text, start, end, ctx->matches);
  bil_money_scan (ctx->text, start, end, ctx->amounts, ctx->facts->rates);
  find_clauses (ctx);
  collect_entities (ctx);

  ctx->sectors = 0;
  for (guint i = 0; i < ctx->matches->len; i++)
    {
      const BilTerm *s = bil_match_find (&g_array_index (ctx->matches, BilMatch, i), BIL_TERM_SECTOR);
      if (s != NULL && (guint) s->value < ctx->facts->n_sectors)
        {
          ctx->sectors |= G_GUINT64_CONSTANT (1) << s->value;
          ctx->facts->sector_counts[s->value]++;
        }
    }

  read_figures (ctx);
  pairs_by_coordination (ctx);
  pairs_by_with (ctx);
  pairs_by_clause_rivalry (ctx);
  pairs_by_sentence (ctx);
  pairs_by_both_parties (ctx);
}

/* A bare "$" in an article that otherwise writes A$ (and never US$) is A$. */
static void
resolve_bare_dollars (BilFacts *facts)
{
  static const char *dollars[] = { "SGD", "AUD", "HKD", "TWD", "CAD", "NZD", "BND" };
  const char *other = NULL;
  const char *other_text = NULL;
  gboolean explicit_usd = FALSE, ambiguous = FALSE;

  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

      if (f->money.bare_dollar)
        continue;
      if (strcmp (f->money.currency, "USD") == 0)
        explicit_usd = TRUE;
      for (guint k = 0; k < G_N_ELEMENTS (dollars); k++)
        if (strcmp (f->money.currency, dollars[k]) == 0)
          {
            if (other && other != dollars[k])
              ambiguous = TRUE;
            other = dollars[k];
            other_text = f->money.currency_text;
          }
    }
  if (other == NULL || explicit_usd || ambiguous)
    return;
  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

      if (!f->money.bare_dollar)
        continue;
      memcpy (f->money.currency, other, 4);
      f->money.rule = BIL_CURRENCY_BY_CONTEXT;
      f->context_currency = other_text;
    }
}

/* A figure whose sentence names one party takes the other from the pair the
 * article is about: "Japanese investment reached RM850 million" in an
 * article on Japan and Malaysia. Pairs are counted once, so this stays
 * linear however long the article. */
static void
complete_directions (BilFacts   *facts,
                     BilLexicon *lex)
{
  g_autoptr(GHashTable) best = g_hash_table_new (NULL, NULL);        /* entity + 1 → partner + 1 */
  g_autoptr(GHashTable) best_count = g_hash_table_new (NULL, NULL);  /* entity + 1 → count */

  {
    g_autoptr(GHashTable) tally = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

    for (guint k = 0; k < facts->pairs->len; k++)
      {
        const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, k);
        gint64 key = ((gint64) p->a << 32) | (guint32) p->b;
        guint n;

        if (p->stance != BIL_STANCE_COOPERATION)
          continue;
        n = GPOINTER_TO_UINT (g_hash_table_lookup (tally, &key)) + 1;
        g_hash_table_replace (tally, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (n));
        /* Each side's most frequent partner, first met wins ties. */
        for (int side = 0; side < 2; side++)
          {
            int self = side ? p->b : p->a, other = side ? p->a : p->b;
            guint current = GPOINTER_TO_UINT (g_hash_table_lookup (best_count, GINT_TO_POINTER (self + 1)));

            if (n > current)
              {
                g_hash_table_insert (best_count, GINT_TO_POINTER (self + 1), GUINT_TO_POINTER (n));
                g_hash_table_insert (best, GINT_TO_POINTER (self + 1), GINT_TO_POINTER (other + 1));
              }
          }
      }
  }

  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      int known = f->from >= 0 ? f->from : f->to;
      int partner;

      if ((f->from >= 0) == (f->to >= 0) || f->money.vague)
        continue;
      partner = GPOINTER_TO_INT (g_hash_table_lookup (best, GINT_TO_POINTER (known + 1))) - 1;
      if (partner < 0)
        continue;
      if (f->from < 0)
        {
          f->from = partner;
          f->from_rule = "article-pair";
        }
      else
        {
          f->to = partner;
          f->to_rule = "article-pair";
        }
      /* Two-way trade stays sorted. */
      if (f->from_rule && strcmp (f->from_rule, "two-way") == 0 && compare_codes (lex, f->from, f->to) > 0)
        {
          int swap = f->from;
          f->from = f->to;
          f->to = swap;
        }
    }
}

static int
compare_entity_codes (gconstpointer a,
                      gconstpointer b,
                      gpointer      lex)
{
  return compare_codes (lex, *(const int *) a, *(const int *) b);
}

BilFacts *
bil_extract_article (BilArticle *article,
                     BilLexicon *lexicon)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (BilMatch));
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));
  g_autoptr(GArray) ents = g_array_new (FALSE, FALSE, sizeof (Ent));
  g_autoptr(GArray) clauses = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  BilFacts *facts = bil_facts_new (bil_lexicon_n_sectors (lexicon));
  const BilSpan *sentences;
  guint n;
  Ctx ctx = { 0 };

  g_return_val_if_fail (BIL_IS_ARTICLE (article), NULL);

  ctx.lex = lexicon;
  ctx.text = bil_article_get_text (article, NULL);
  ctx.article_year = bil_article_get_year (article);
  ctx.facts = facts;
  ctx.matches = matches;
  ctx.amounts = amounts;
  ctx.ents = ents;
  ctx.clauses = clauses;
  ctx.last_a = ctx.last_b = -1;

  sentences = bil_article_get_sentences (article, &n);
  for (guint i = 0; i < n; i++)
    {
      ctx.sentence_index = i;
      read_sentence (&ctx, sentences[i].start, sentences[i].end);
    }

  resolve_bare_dollars (facts);
  complete_directions (facts, lexicon);

  /* A figure's sentence often names no sector ("two-way trade reached…"):
   * it then belongs to what the article is about. */
  {
    guint64 main_sectors = 0;

    for (guint s = 0; s < facts->n_sectors && s < 64; s++)
      if (facts->sector_counts[s] >= 2)
        main_sectors |= G_GUINT64_CONSTANT (1) << s;
    for (guint i = 0; i < facts->figures->len; i++)
      {
        BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
        if (f->sectors == 0)
          f->sectors = main_sectors;
      }
  }

  for (guint i = 0; i < facts->mentions->len; i++)
    {
      BilMention *m = &g_array_index (facts->mentions, BilMention, i);

      if (m->kind != BIL_MENTION_COMPANY && m->kind != BIL_MENTION_FORUM && g_hash_table_add (seen, GINT_TO_POINTER (m->entity + 1)))
        g_array_append_val (facts->countries, m->entity);
    }
  g_array_sort_with_data (facts->countries, compare_entity_codes, lexicon);
  bil_doubts_assess (facts, lexicon, ctx.article_year);

  return facts;
}
