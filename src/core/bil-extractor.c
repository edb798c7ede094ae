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
#define _GNU_SOURCE   /* memmem () */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-doubt.h"
#include "bil-extractor.h"
#include "bil-bytes.h"
#include "bil-core.h"
#include "bil-metadata.h"
#include "bil-rates.h"
#include "bil-text.h"

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
  gboolean       short_form;   /* 米 of 日米 */
  gboolean       toward;       /* a short form after 対, 訪, 来, 在, 駐, 離: 対米投資 is investment in the US */
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
  int         aside_open;  /* the boundaries that open and close a dash aside, or -1 */
  int         aside_close;
  GArray     *institutions;/* BilSpan: ADB, the World Bank… named in the sentence */
  guint64     sectors;
  guint       pairs_before;

  /* The last pair found, for "both countries" in the next sentences. */
  int         last_a;
  int         last_b;
  guint       last_pair_sentence;
  guint       sentence_index;
  guint       paragraph;   /* lines that hold the sentence, counted by the line breaks before it */
  int         paragraph_year; /* "(Reuters, July 2, 2013)" at the paragraph's end, else 0 */
  int         scene_year;  /* set by a sentence of the paragraph that opens "In December 2016, …", else 0 */
  gsize       money_end;   /* the figure being read and the restatements after it: "X (Y)" */

  /* The parties of the sentence before, for one that names none: its
   * subject and the party "in", "into" or "to" introduces, or -1. */
  int         before_subject;
  int         before_host;
  guint       before_paragraph;

  /* The companies whose home the text has stated so far (company + 1);
   * NULL until one is. */
  GHashTable *stated_companies;

  GArray     *years;       /* YearMention, of the sentence */
} Ctx;

/* The arrays a sentence is read into, kept by each thread from one article
 * to the next: reading allocates nothing per sentence, and per article only
 * what it keeps. Bounded: a sentence is at most MAX_SENTENCE bytes, and the
 * notes of an article with many figures are let go after it. */
typedef struct
{
  GArray *matches;
  GArray *amounts;
  GArray *ents;
  GArray *clauses;
  GArray *notes;
  GArray *institutions;
  GArray *years;
  GByteArray *seen;   /* a mark per entity + 1, all 0 between articles */
  /* What the article keeps, grown here, then copied once at its size (a
   * facts array grown a value at a time was moved by realloc () seven
   * times for thirty mentions): mentions and pairs. Not the figures: fewer
   * and larger, copying them raised the peak at 100,000 articles by 2.8 MB
   * for no measurable time. */
  GArray *kept[2];
} Scratch;

#define SCRATCH_KEEP_NOTES 1024
/* Elements of a kept array's scratch held from one article to the next. */
#define SCRATCH_KEEP_ELEMENTS 4096

static void
scratch_free (gpointer data)
{
  Scratch *s = data;

  g_array_unref (s->matches);
  g_array_unref (s->amounts);
  g_array_unref (s->ents);
  g_array_unref (s->clauses);
  g_array_unref (s->notes);
  g_array_unref (s->institutions);
  g_array_unref (s->years);
  for (guint k = 0; k < G_N_ELEMENTS (s->kept); k++)
    g_clear_pointer (&s->kept[k], g_array_unref);
  g_clear_pointer (&s->seen, g_byte_array_unref);
  g_free (s);
}

/* The facts' arrays that extraction fills. */
static GArray **
kept_field (BilFacts *facts,
            guint     k)
{
  GArray **fields[] = { &facts->mentions, &facts->pairs };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (((Scratch *) NULL)->kept));
  return fields[k];
}

/* @facts' empty arrays swapped with the thread's scratch ones; returned,
 * to be filled at the end by scratch_give_back (). */
static void
scratch_lend (Scratch  *scratch,
              BilFacts *facts,
              GArray  **own)
{
  for (guint k = 0; k < G_N_ELEMENTS (scratch->kept); k++)
    {
      GArray **field = kept_field (facts, k);

      own[k] = *field;
      /* Made with the facts' own, the first time. */
      if (scratch->kept[k] == NULL)
        scratch->kept[k] = g_array_new (FALSE, FALSE, g_array_get_element_size (own[k]));
      *field = g_steal_pointer (&scratch->kept[k]);
    }
}

/* What the scratch arrays hold copied into @facts' own, once each. */
static void
scratch_give_back (Scratch  *scratch,
                   BilFacts *facts,
                   GArray  **own)
{
  for (guint k = 0; k < G_N_ELEMENTS (scratch->kept); k++)
    {
      GArray **field = kept_field (facts, k);
      GArray *grown = *field;

      if (grown->len > 0)
        g_array_append_vals (own[k], grown->data, grown->len);
      *field = own[k];
      scratch->kept[k] = grown;
      bil_array_recycle (&scratch->kept[k], SCRATCH_KEEP_ELEMENTS);
    }
}

static GPrivate scratch_key = G_PRIVATE_INIT (scratch_free);

/* A scratch array emptied for the next sentence: most are empty already,
 * and then no call is made (seven a sentence). */
static inline void
empty (GArray *array)
{
  if (array->len > 0)
    g_array_set_size (array, 0);
}

/* ---- clauses ----------------------------------------------------------- */

/* skip_to_clause_byte () looks for their first three letters. */
static const char *clause_words[] = { " while ", " whereas ", " but ", " although ", " though " };

/* Whether the bracket at @at holds one short name and nothing else:
 * "(FDI)", "(JICA)", "(IE Singapore)" is two words, so no. */
static gboolean
is_name_bracket (const char *t,
                 gsize       at,
                 gsize       end)
{
  gsize i = at + 1;

  if (i >= end || !g_ascii_isupper (t[i]))
    return FALSE;
  while (i < end && (g_ascii_isalpha (t[i]) || t[i] == '-' || t[i] == '&'))
    i++;
  return i < end && t[i] == ')' && i - at - 1 >= 2 && i - at - 1 <= 12;
}

/* How many clause boundaries lie before @at: the index of the clause it is
 * in, asides aside. */
static guint
boundaries_before (Ctx  *ctx,
                   gsize at)
{
  guint n = 0;

  while (n < ctx->clauses->len && g_array_index (ctx->clauses, gsize, n) < at)
    n++;
  return n;
}

/* Adds a clause boundary at @at, in order; returns its index. */
static guint
insert_boundary (Ctx  *ctx,
                 gsize at)
{
  guint k = boundaries_before (ctx, at);

  if (k == ctx->clauses->len || g_array_index (ctx->clauses, gsize, k) != at)
    g_array_insert_val (ctx->clauses, k, at);
  return k;
}

/* A sentence that sets an aside between two dashes ("FDI in the country -
 * once shunned because of its corruption, political unrest and poor
 * infrastructure - rocketed from …") reads on across it: the clause after
 * the aside is the one before it, and the aside is a clause (or a few) of
 * its own. @dashes: where the sentence's dashes are (an em dash, a spaced
 * en dash or hyphen). */
static void
set_dash_aside (Ctx         *ctx,
                const gsize *dashes,
                guint        n_dashes)
{
  ctx->aside_open = ctx->aside_close = -1;
  if (n_dashes != 2)
    return;
  ctx->aside_open = insert_boundary (ctx, dashes[0]);
  ctx->aside_close = insert_boundary (ctx, dashes[1]);
}

/* The first byte at or after @i that find_clauses () looks at: , ; : ( )
 * - and the lead byte of a dash, or a blank where one of clause_words may
 * start (their first three letters: a word added there must be added
 * here). Letters, digits and other blanks end no clause. */
static inline gsize
skip_to_clause_byte (const char *t,
                     gsize       i,
                     gsize       end)
{
  while (i + 19 <= end)
    {
      BilBytes16 v = bil_bytes16_load (t + i);
      BilBytes16 n1 = bil_bytes16_load (t + i + 1);
      BilBytes16 n2 = bil_bytes16_load (t + i + 2);
      BilBytes16 n3 = bil_bytes16_load (t + i + 3);
      /* The blank before " whi", " whe", " but", " alt" or " tho": not
       * before "the", "to", "with", "and". */
      BilMask16 word = (bil_bytes16_eq (n1, 'w') & bil_bytes16_eq (n2, 'h') & (bil_bytes16_eq (n3, 'i') | bil_bytes16_eq (n3, 'e'))) |
                       (bil_bytes16_eq (n1, 'b') & bil_bytes16_eq (n2, 'u') & bil_bytes16_eq (n3, 't')) |
                       (bil_bytes16_eq (n1, 'a') & bil_bytes16_eq (n2, 'l') & bil_bytes16_eq (n3, 't')) |
                       (bil_bytes16_eq (n1, 't') & bil_bytes16_eq (n2, 'h') & bil_bytes16_eq (n3, 'o'));
      BilMask16 m = bil_bytes16_eq (v, ',') | bil_bytes16_eq (v, ';') | bil_bytes16_eq (v, ':') |
                    bil_bytes16_eq (v, '(') | bil_bytes16_eq (v, ')') | bil_bytes16_eq (v, '-') |
                    bil_bytes16_eq (v, 0xE2) | (bil_bytes16_eq (v, ' ') & word);
      guint k = bil_mask16_first (m);

      if (k < 16)
        return i + k;
      i += 16;
    }
  while (i < end && bil_is_word_byte ((guchar) t[i]))
    i++;
  return i;
}

static void
find_clauses (Ctx *ctx)
{
  const char *t = ctx->text;
  gsize dashes[2] = { 0, 0 };
  guint n_dashes = 0;

  empty (ctx->clauses);
  for (gsize i = ctx->s_start; i < ctx->s_end; i++)
    {
      gboolean boundary = FALSE, dash = FALSE;

      i = skip_to_clause_byte (t, i, ctx->s_end);
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
              if (clause_words[k][1] == t[i + 1] && bil_has_prefix_at (t, i, ctx->s_end, clause_words[k]))
                boundary = TRUE;
          break;
        case '-':
          /* A spaced hyphen ends no clause, but may open an aside. */
          dash = i > ctx->s_start && t[i - 1] == ' ' && i + 1 < ctx->s_end && t[i + 1] == ' ';
          break;
        default:
          /* — and a spaced – */
          if ((guchar) t[i] == 0xE2 && bil_has_prefix_at (t, i, ctx->s_end, "\xE2\x80\x94"))
            boundary = dash = TRUE;
          else if ((guchar) t[i] == 0xE2 && i > 0 && t[i - 1] == ' ' && bil_has_prefix_at (t, i, ctx->s_end, "\xE2\x80\x93 "))
            boundary = dash = TRUE;
          break;
        }
      if (dash)
        {
          if (n_dashes < 2)
            dashes[n_dashes] = i;
          n_dashes++;
        }
      if (boundary && t[i] == '(' && is_name_bracket (t, i, ctx->s_end))
        {
          /* "Foreign direct investment (FDI) in …": a name's short form
           * in brackets is part of its clause. */
          i = strchr (t + i, ')') - t;
          continue;
        }
      if (boundary)
        g_array_append_val (ctx->clauses, i);
    }
  set_dash_aside (ctx, dashes, n_dashes);
}

static guint
clause_of (Ctx   *ctx,
           gsize  offset)
{
  guint n = boundaries_before (ctx, offset);

  /* After a dash aside: the clause before it goes on. */
  if (ctx->aside_close >= 0 && n == (guint) ctx->aside_close + 1)
    return (guint) ctx->aside_open;
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

/* The Unicode character at @i of UTF-8 @t, or 0 outside [@start, @end). */
static gunichar
char_at (const char *t,
         gsize       i,
         gsize       start,
         gsize       end)
{
  if (i < start || i >= end)
    return 0;
  return g_utf8_get_char_validated (t + i, end - i);
}

static gunichar
char_before (const char *t,
             gsize       i,
             gsize       start)
{
  if (i <= start)
    return 0;
  return g_utf8_get_char (g_utf8_find_prev_char (t + start, t + i));
}

static gboolean
is_kanji (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3005 /* 々 */;
}

static gboolean
is_katakana (gunichar c)
{
  return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC /* ー */;
}

static gboolean
is_short_form (const BilMatch *m)
{
  return bil_match_find (m, BIL_TERM_SHORT_FORM) != NULL && bil_match_find (m, BIL_TERM_COUNTRY) == NULL;
}

/* Whether the short form (米, 日, 中…) that match @i of the sentence holds
 * names a country here, and whether a prefix makes it a destination. Japanese news writes them inside a compound of
 * short forms (日米, 米中, 日米韓), after 対, 訪, 来, 在, 駐 or 離 (対米投資,
 * 訪日), or right before a name in katakana (米アップル, 英アーム); elsewhere
 * the character is an ordinary one (本日, 検討中, 英語, 28日). */
static gboolean
short_form_names_country (Ctx      *ctx,
                          guint     i,
                          gboolean *toward)
{
  static const gunichar prefixes[] = { 0x5BFE /* 対 */, 0x8A2A /* 訪 */, 0x6765 /* 来 */, 0x5728 /* 在 */,
                                       0x99D0 /* 駐 */, 0x96E2 /* 離 */ };
  const char *t = ctx->text;
  guint first = i, last = i;
  gunichar before, after;

  /* The run of short forms this one belongs to. */
  while (first > 0 && is_short_form (&g_array_index (ctx->matches, BilMatch, first - 1)) &&
         g_array_index (ctx->matches, BilMatch, first - 1).end == g_array_index (ctx->matches, BilMatch, first).start)
    first--;
  while (last + 1 < ctx->matches->len && is_short_form (&g_array_index (ctx->matches, BilMatch, last + 1)) &&
         g_array_index (ctx->matches, BilMatch, last + 1).start == g_array_index (ctx->matches, BilMatch, last).end)
    last++;

  before = char_before (t, g_array_index (ctx->matches, BilMatch, first).start, ctx->s_start);
  after = char_at (t, g_array_index (ctx->matches, BilMatch, last).end, ctx->s_start, ctx->s_end);
  if (first == last)
    for (guint k = 0; k < G_N_ELEMENTS (prefixes); k++)
      if (before == prefixes[k])
        {
          *toward = TRUE;
          return TRUE;
        }
  /* A character of a longer word: 本日, 前日比, 検討中. */
  if (is_kanji (before) || g_unichar_isdigit (before))
    return FALSE;
  if (last > first)
    return TRUE;
  if (!is_katakana (after))
    return FALSE;
  /* 米ジョージア州, 豪パース市: a place in that country, where money goes. */
  {
    gsize k = g_array_index (ctx->matches, BilMatch, last).end;
    gunichar c;

    while ((c = char_at (t, k, ctx->s_start, ctx->s_end)) != 0 && is_katakana (c))
      k += g_unichar_to_utf8 (c, NULL);
    if (c == 0x5DDE /* 州 */ || c == 0x5E02 /* 市 */ || c == 0x770C /* 県 */ || c == 0x7701 /* 省 */)
      *toward = TRUE;
  }
  return TRUE;
}

/* Does the match at @i name a country, demonym, place or short form of
 * entity @home? */
static gboolean
names_entity (Ctx  *ctx,
              guint i,
              int   home)
{
  static const BilTermKind kinds[] = { BIL_TERM_COUNTRY, BIL_TERM_DEMONYM, BIL_TERM_PLACE, BIL_TERM_SHORT_FORM };
  const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      const BilTerm *term = bil_match_find (m, kinds[k]);

      if (term != NULL && term->value == home)
        return TRUE;
    }
  return FALSE;
}

/* Only blanks between @start and @end? */
static gboolean
only_blanks (const char *t,
             gsize       start,
             gsize       end)
{
  for (gsize k = start; k < end; k++)
    if (!g_ascii_isspace (t[k]))
      return FALSE;
  return TRUE;
}

/* A name right after a company's, with only a space between, is part of
 * the company's name: "Vodafone Japan", "Honda Malaysia", "Samsung
 * Vietnam" (the guide: a country word inside a company name is no
 * mention). */
static gboolean
follows_company (Ctx  *ctx,
                 guint i)
{
  const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);

  for (guint j = i; j-- > 0;)
    {
      const BilMatch *p = &g_array_index (ctx->matches, BilMatch, j);

      if (p->end > m->start)
        continue;
      return bil_match_find (p, BIL_TERM_COMPANY) != NULL && p->end < m->start &&
             only_blanks (ctx->text, p->end, m->start) && !bil_match_find (p, BIL_TERM_COUNTRY);
    }
  return FALSE;
}

/* A company counts as its home country only where the text states it
 * (the guide): a government body always (JICA, the Bank of Japan); a
 * company whose name says it ("Saudi Aramco", "Japan Airlines"), or whose
 * home is named just before it ("Japan's SoftBank", "Japanese carmaker
 * Toyota", "米アップル", "日本のトヨタ") or just after it ("SoftBank of
 * Japan", "Toyota, the Japanese carmaker"), in its sentence or an earlier
 * one. */
static gboolean
company_home_stated (Ctx           *ctx,
                     guint          i,
                     const BilTerm *term)
{
  const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
  int company = term->value & ~BIL_COMPANY_NAMES_HOME;
  int home = bil_lexicon_company_home (ctx->lex, company);
  gboolean stated = (term->value & BIL_COMPANY_NAMES_HOME) != 0;

  if (bil_lexicon_company_is_state (ctx->lex, company))
    return TRUE;
  for (guint j = 0; j < ctx->matches->len && !stated; j++)
    {
      const BilMatch *o = &g_array_index (ctx->matches, BilMatch, j);

      if (j == i || !names_entity (ctx, j, home) || follows_company (ctx, j))
        continue;
      if (o->end <= m->start)
        stated = m->start - o->end <= 40;
      else if (o->start >= m->end)
        stated = o->start - m->end <= 40 && !only_blanks (ctx->text, m->end, o->start);
    }
  if (stated)
    {
      if (ctx->stated_companies == NULL)
        ctx->stated_companies = g_hash_table_new (NULL, NULL);
      g_hash_table_add (ctx->stated_companies, GINT_TO_POINTER (company + 1));
      return TRUE;
    }
  return ctx->stated_companies != NULL && g_hash_table_contains (ctx->stated_companies, GINT_TO_POINTER (company + 1));
}

static void
collect_entities (Ctx *ctx)
{
  const char *t = ctx->text;
  gboolean enumerated = FALSE;
  gsize enumeration_end = 0;    /* where the cue or the list's last example ends */
  guint opposed_clause = G_MAXUINT;

  empty (ctx->ents);
  empty (ctx->institutions);
  for (guint i = 0; i < ctx->matches->len; i++)
    {
      BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
      const BilTerm *term;
      Ent e = { -1, m->start, m->end, BIL_MENTION_NAME, 0, FALSE, FALSE, FALSE, FALSE, FALSE };

      if (bil_match_find (m, BIL_TERM_ENUMERATION))
        {
          enumerated = TRUE;
          enumeration_end = m->end;
        }
      /* Examples follow their cue closely, one after another ("such as
       * Japan, Korea and China"); a party far after "include the first
       * plant in Canada" is none. */
      else if (enumerated && m->start > enumeration_end + 32)
        enumerated = FALSE;
      if (bil_match_find (m, BIL_TERM_OPPOSITION))
        opposed_clause = clause_of (ctx, m->start);

      if ((term = bil_match_find (m, BIL_TERM_COUNTRY)))
        {
          if (follows_company (ctx, i))
            continue;
          e.kind = BIL_MENTION_NAME;
        }
      else if ((term = bil_match_find (m, BIL_TERM_BLOC)))
        e.kind = BIL_MENTION_BLOC;
      else if ((term = bil_match_find (m, BIL_TERM_DEMONYM)))
        e.kind = BIL_MENTION_DEMONYM;
      else if ((term = bil_match_find (m, BIL_TERM_PLACE)))
        e.kind = BIL_MENTION_PLACE;
      else if ((term = bil_match_find (m, BIL_TERM_COMPANY)))
        {
          if (!company_home_stated (ctx, i, term))
            continue;
          e.kind = BIL_MENTION_COMPANY;
        }
      else if ((term = bil_match_find (m, BIL_TERM_SHORT_FORM)))
        {
          if (!short_form_names_country (ctx, i, &e.toward))
            continue;
          /* 米ジョージア州: the place says it, and plays the role. */
          if (i + 1 < ctx->matches->len && g_array_index (ctx->matches, BilMatch, i + 1).start == m->end)
            {
              const BilTerm *place = bil_match_find (&g_array_index (ctx->matches, BilMatch, i + 1), BIL_TERM_PLACE);

              if (place != NULL && place->value == term->value)
                continue;
            }
          e.kind = bil_lexicon_entity_is_bloc (ctx->lex, term->value) ? BIL_MENTION_BLOC : BIL_MENTION_NAME;
          e.short_form = TRUE;
        }
      else if ((term = bil_match_find (m, BIL_TERM_FORUM)) || (term = bil_match_find (m, BIL_TERM_INSTITUTION)))
        {
          BilMention forum = { m->start, m->end, term->value, BIL_MENTION_FORUM };
          g_array_append_val (ctx->facts->mentions, forum);
          if (term->kind == BIL_TERM_INSTITUTION)
            {
              BilSpan span = { m->start, m->end };
              g_array_append_val (ctx->institutions, span);
            }
          continue;
        }
      else
        continue;
      if (overlaps_amount (ctx, m->start, m->end))
        continue;

      e.entity = e.kind == BIL_MENTION_COMPANY ? bil_lexicon_company_home (ctx->lex, term->value) : term->value;
      e.clause = clause_of (ctx, m->start);
      e.enumerated = enumerated;
      if (enumerated)
        enumeration_end = m->end;
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
  /* 日米: short forms side by side. */
  if (a->short_form && b->short_form && a->end == b->start)
    return TRUE;
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

/* A word with its length, for the lists looked for before a party. */
typedef struct
{
  const char *text;
  gsize       len;
} Word;

#define WORD(s) { "" s "", sizeof (s) - 1 }

/* Whether @w (a word and its blank) ends at @i of @t, where a word starts:
 * after a byte of no word, or at @floor. The letter before the blank
 * decides first. */
static inline gboolean
word_ends_at (const char *t,
              gsize       floor,
              gsize       i,
              const Word *w)
{
  gsize n = w->len;

  return i >= floor + n && t[i - 2] == w->text[n - 2] && memcmp (t + i - n, w->text, n) == 0 &&
         (i - n == floor || !bil_is_word_byte ((guchar) t[i - n - 1]));
}

static gboolean preceded_by (Ctx *ctx, const Ent *e, const Word *words, guint n_words);
static const Word object_words[] = { WORD ("with "), WORD ("to "), WORD ("in "), WORD ("into "), WORD ("from "),
                                      WORD ("for "), WORD ("on "), WORD ("towards "), WORD ("across "),
                                      WORD ("like "), WORD ("With ") };

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
      if (preceded_by (ctx, a, object_words, G_N_ELEMENTS (object_words)))
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

/* The end of the first of @words (each a blank, a word and a blank) that
 * starts in [@from, @limit) and in @clause, or 0. Sixteen places at a time:
 * only a blank before the second letter of one of them is a candidate. */
static gsize
word_after (Ctx               *ctx,
            gsize              from,
            gsize              limit,
            const char *const *words,
            guint              clause)
{
  const char *t = ctx->text;
  gsize k = from;

  while (k < limit)
    {
      gsize c = k;

      if (k + 17 <= ctx->s_end)
        {
          BilBytes16 next = bil_bytes16_load (t + k + 1);
          BilMask16 second = bil_bytes16_eq (next, (guchar) words[0][1]);
          guint f;

          for (guint w = 1; words[w]; w++)
            second |= bil_bytes16_eq (next, (guchar) words[w][1]);
          f = bil_mask16_first (bil_bytes16_eq (bil_bytes16_load (t + k), ' ') & second);
          if (f == 16)
            {
              k += 16;
              continue;
            }
          c = k + f;
          if (c >= limit)
            break;
        }
      else if (t[c] != ' ' || c + 1 >= ctx->s_end)
        {
          k++;
          continue;
        }
      for (guint w = 0; words[w]; w++)
        if (t[c + 1] == words[w][1] && bil_has_prefix_at (t, c, ctx->s_end, words[w]) && clause_of (ctx, c + 1) == clause)
          return c + strlen (words[w]);
      k = c + 1;
    }
  return 0;
}

/* "… cooperation with Malaysia and ASEAN", "tensions with China". */
static void
pairs_by_with (Ctx *ctx)
{
  /* A pair needs a party before the cue and one after "with". */
  if (ctx->ents->len < 2)
    return;

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
      {
        static const char *coop_words[] = { " with ", " With ", NULL };
        static const char *rival_words[] = { " with ", " on ", " against ", " With ", NULL };

        with = word_after (ctx, m->end, MIN (ctx->s_end, m->end + 40), rival ? rival_words : coop_words, clause);
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

  if (ctx->ents->len < 2)
    return;

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

  if (ctx->ents->len < 2 || !cue_in_sentence (ctx, BIL_TERM_COOPERATION))
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

/* What the sentence reader leaves for the article's second pass, one per
 * figure (facts->figures' order). */
typedef struct
{
  guint    sentence;        /* index among the article's sentences */
  guint    paragraph;
  int      paragraph_year;  /* dated by a citation at its end, else 0 */
  int      scene_year;      /* the year an earlier sentence of its paragraph opened with, else 0 */
  int      converts;        /* the figure this one restates in another currency, or -1 */
  gboolean own_approx;      /* a conversion with its own qualifier: "(about VND10,670 billion)" */
  gboolean metric_decided;  /* a word of its clause or sentence named the metric */
  gboolean metric_weak;     /* … only a weak one: "agreement", "projects" */
  gboolean metric_refers;   /* … after "the" or "this": "the agreement", what the article has named */
  gboolean frame_parties;   /* a frame of its clause gave a party */
  gboolean two_way;         /* two-way trade: both parties, sorted */
  gboolean foreign_party;   /* its sentence names a party outside the article's main pair */
  gboolean joined_next;     /* "$1.6 billion (…) and $2 billion … were signed in May 2014": one list */
  int      before_subject;  /* its sentence names no party: the sentence before's subject, or -1 */
  int      before_host;     /* … and the party it sends money to, or -1 */
  gboolean from_nobody;     /* the giver is named and is no country: ADB, the World Bank */
  BilRole  subject_role;    /* the role its frame gives the clause's party */
  gboolean by_currency;     /* a swap: the state whose currency the amount is in lends */
  gboolean to_nobody;
  gboolean aggregate;       /* its clause sums money from everywhere: "attracted globally" */
  int      after_year;      /* the year the next sentence of its paragraph states, when that sentence
                             * has no amount of its own ("The project spans from July 2016…"), else 0 */
} Note;

/* Does the word at @offset of @sentence follow "the", "this" or "that": an
 * instrument the article has named before ("the agreement")? */
static gboolean
refers_back (const char *sentence,
             gsize       offset)
{
  static const char *determiners[] = { "the ", "The ", "this ", "This ", "that ", "That " };

  for (guint k = 0; k < G_N_ELEMENTS (determiners); k++)
    {
      gsize len = strlen (determiners[k]);

      if (offset >= len && memcmp (sentence + offset - len, determiners[k], len) == 0 &&
          (offset == len || !g_ascii_isalnum (sentence[offset - len - 1])))
        return TRUE;
    }
  return FALSE;
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
      /* Directly before: "nearly US$20 billion", "約3億ドル"; "as much as"
       * and "up to" as the label set reads them. */
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

/* How far a word is from the amount it may govern: a word after the amount
 * governs it only from close by ("$5 billion in loans", "$1bn oil
 * facility"); before it, from the clause ("a loan to Vietnam worth …"). */
static gsize
governing_distance (Ctx             *ctx,
                    const BilMatch  *m,
                    const BilFigure *f,
                    guint            clause,
                    gsize            after_limit,
                    gsize            before_limit)
{
  gsize d = distance (m->start, m->end, f->money.start, f->money.end);

  /* After the amount and what restates it: "JPY730 billion (around US$5
   * billion) of direct subsidy". */
  if (m->start >= ctx->money_end && ctx->money_end > f->money.end)
    {
      if (clause_of (ctx, m->start) != clause_of (ctx, ctx->money_end))
        return G_MAXSIZE;
      d = m->start - ctx->money_end;
      return d <= after_limit ? d : G_MAXSIZE;
    }
  if (clause_of (ctx, m->start) != clause)
    return G_MAXSIZE;
  if (m->start >= f->money.end)
    return d <= after_limit ? d : G_MAXSIZE;
  return d <= before_limit ? d : G_MAXSIZE;
}

/* The noun (or verb) that names what the amount measures: a strong word
 * of its clause, the nearest; else a weak one ("agreement", "projects");
 * else a strong word elsewhere in the sentence close by. */
static const BilMatch *
find_metric (Ctx       *ctx,
             BilFigure *f,
             guint      clause)
{
  const BilMatch *best = NULL;

  for (int pass = 0; pass < 3 && best == NULL; pass++)
    {
      gsize best_distance = G_MAXSIZE;

      for (guint i = 0; i < ctx->matches->len; i++)
        {
          const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
          const BilTerm *term = bil_match_find (m, BIL_TERM_METRIC);
          gboolean weak;
          gsize d;

          if (term == NULL)
            continue;
          weak = (term->value & BIL_METRIC_WEAK) != 0;
          if (pass == 0 && !weak)
            d = governing_distance (ctx, m, f, clause, 24, 200);
          else if (pass == 1 && weak)
            d = governing_distance (ctx, m, f, clause, 24, 200);
          else if (pass == 2 && !weak)
            {
              d = distance (m->start, m->end, f->money.start, f->money.end);
              if (d > 80 || (m->start >= f->money.end && d > 24))
                d = G_MAXSIZE;
            }
          else
            continue;
          /* Ties go to the word before: "loans of $5 billion in aid". */
          if (d < best_distance || (d == best_distance && best && m->start < best->start))
            {
              best = m;
              best_distance = d;
            }
        }
    }

  /* "FDI inflows", "FDI commitments": the investment that the noun
   * counts is foreign direct investment when the text says so before it. */
  if (best != NULL && (bil_match_find (best, BIL_TERM_METRIC)->value & ~BIL_METRIC_WEAK) == BIL_METRIC_INVESTMENT)
    for (guint i = 0; i < ctx->matches->len; i++)
      {
        const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
        const BilTerm *term = bil_match_find (m, BIL_TERM_METRIC);

        if (term != NULL && term->value == BIL_METRIC_FDI && m->end + 1 == best->start && ctx->text[m->end] == ' ')
          return m;
      }
  return best;
}

/* The frame that governs the amount: the word that named its metric when
 * that is a frame word, else the nearest frame word of its clause (after it
 * only from close by: "$5 billion in deposits"), else the nearest of an
 * earlier clause. */
static const BilMatch *
find_frame (Ctx       *ctx,
            BilFigure *f,
            guint      clause)
{
  const BilMatch *best = NULL;

  /* The word that named the metric is the noun the amount measures. */
  for (guint i = 0; i < ctx->matches->len && f->metric_end > 0; i++)
    {
      const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);

      if (m->start == f->metric_start && m->end == f->metric_end && bil_match_find (m, BIL_TERM_FRAME) &&
          clause_of (ctx, m->start) == clause)
        {
          /* …unless it follows the amount as its complement and a verb
           * right before the amount takes it as its object: "Vietnam
           * attracted $36.6 billion in investment", "Laos received $2
           * billion in loans". */
          if (m->start >= f->money.end)
            for (guint k = 0; k < ctx->matches->len; k++)
              {
                const BilMatch *v = &g_array_index (ctx->matches, BilMatch, k);

                if (v->end <= f->money.start && f->money.start - v->end <= 12 && bil_match_find (v, BIL_TERM_FRAME) &&
                    clause_of (ctx, v->start) == clause)
                  return v;
              }
          return m;
        }
    }

  for (int pass = 0; pass < 2 && best == NULL; pass++)
    {
      gsize best_distance = G_MAXSIZE;

      for (guint i = 0; i < ctx->matches->len; i++)
        {
          const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
          gsize d;

          if (bil_match_find (m, BIL_TERM_FRAME) == NULL)
            continue;
          if (pass == 0)
            d = governing_distance (ctx, m, f, clause, 30, 200);
          else if (m->end <= f->money.start && clause_of (ctx, m->start) < clause)
            d = f->money.start - m->end;   /* an earlier clause: "Wine exports to China, previously…, declined by $844 million" */
          else
            continue;
          if (d < best_distance)
            {
              best = m;
              best_distance = d;
            }
        }
    }
  return best;
}

/* The party a preposition introduces: "in Japan", "to ASEAN". */
static gboolean
preceded_by (Ctx        *ctx,
             const Ent  *e,
             const Word *words,
             guint       n_words)
{
  const char *t = ctx->text;
  gsize i = e->start;

  /* Allow "in the", "to its". */
  if (i >= 4 && bil_has_prefix_at (t, i - 4, e->start, "the "))
    i -= 4;
  if (i == 0)
    return FALSE;
  for (guint k = 0; k < n_words; k++)
    if (word_ends_at (t, 0, i, &words[k]))
      return TRUE;
  return FALSE;
}

/* "the Government of Laos": the party named as its government. */
static gboolean
government_of (Ctx       *ctx,
               const Ent *e)
{
  static const Word words[] = { WORD ("Government of "), WORD ("government of ") };

  return preceded_by (ctx, e, words, G_N_ELEMENTS (words));
}

/* Where the words before a mention start once "the", "its" and the like
 * are skipped: "to the United States", "in its neighbour Laos". */
static gsize
skip_determiners_back (const char *t,
                       gsize       s_start,
                       gsize       at)
{
  static const Word determiners[] = {
    WORD ("the "), WORD ("The "), WORD ("its "), WORD ("their "), WORD ("both "),
    WORD ("neighbouring "), WORD ("neighboring "),
  };

  /* Every one ends with a blank. */
  for (gboolean again = TRUE; again && at >= s_start + 2 && t[at - 1] == ' ';)
    {
      again = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (determiners); k++)
        if (word_ends_at (t, s_start, at, &determiners[k]))
          {
            at -= determiners[k].len;
            again = TRUE;
          }
    }
  return at;
}

/* Any preposition directly before the mention: such a party is no subject. */
static gboolean
after_preposition (Ctx       *ctx,
                   const Ent *e)
{
  static const char *prepositions[] = { "in", "into", "to", "from", "with", "for", "by", "of", "on", "at",
                                        "towards", "against", "than", "across", "over", "between", "under",
                                        "di", "ke", "dari", "kepada", "dengan" };
  const char *t = ctx->text;
  gsize at = skip_determiners_back (t, ctx->s_start, e->start), word;

  /* The word before, found once and compared by its length. */
  if (at < ctx->s_start + 3 || t[at - 1] != ' ')
    return FALSE;
  for (word = at - 1; word > ctx->s_start && g_ascii_islower (t[word - 1]); word--)
    ;
  if (word == at - 1 || at - 1 - word > 7 || (word > ctx->s_start && bil_is_word_byte ((guchar) t[word - 1])))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (prepositions); k++)
    if (prepositions[k][0] == t[word] && strlen (prepositions[k]) == at - 1 - word &&
        memcmp (t + word, prepositions[k], at - 1 - word) == 0)
      return TRUE;
  return FALSE;
}

/* Japanese marks the role after the name: マレーシアへの投資, 米国に, 中国から. */
/* Where the Japanese noun phrase that a name at @at heads ends: past の
 * and up to twelve kanji or katakana ("政府", "の製造装置メーカー"). With
 * @need_no, only a phrase joined by の counts; else @at itself. */
static gsize
noun_phrase_end (Ctx     *ctx,
                 gsize    at,
                 gsize    limit,
                 gboolean need_no)
{
  gboolean no = char_at (ctx->text, at, ctx->s_start, limit) == 0x306E /* の */;
  gsize k = no ? at + 3 : at;
  guint n = 0;
  gunichar c;

  if (need_no && !no)
    return at;
  while ((c = char_at (ctx->text, k, ctx->s_start, limit)) != 0 && (is_kanji (c) || is_katakana (c)) && n < 12)
    {
      k += g_unichar_to_utf8 (c, NULL);
      n++;
    }
  return need_no && n == 0 ? at : k;
}

/* へ, に, 向け, では ("ペナン州では": where the money goes, for a frame
 * whose subject gives). */
static const char *destination_particles[] = { "\xE3\x81\xB8", "\xE3\x81\xAB", "\xE5\x90\x91\xE3\x81\x91",
                                               "\xE3\x81\xA7\xE3\x81\xAF", NULL };
static const char *source_particles[] = { "\xE3\x81\x8B\xE3\x82\x89", NULL };

static gboolean
followed_by_particle (Ctx              *ctx,
                      const Ent        *e,
                      const char *const *particles)
{
  gsize at = e->end;

  /* 対米: the prefix says where to, as "米国への" does. */
  if (e->toward && particles == destination_particles)
    return TRUE;
  /* "インドネシアの港湾整備に向けて": the particle ends the noun phrase the
   * name heads. */
  at = noun_phrase_end (ctx, at, ctx->s_end, TRUE);
  for (guint k = 0; particles[k]; k++)
    if (bil_has_prefix_at (ctx->text, at, ctx->s_end, particles[k]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  const Ent  *from;
  const Ent  *to;
  const char *from_rule;
  const char *to_rule;
  gboolean    from_institution;  /* the giver is a lender of no country: "a loan from ADB" */
  gboolean    to_institution;
} Roles;

/* An institution (ADB, the World Bank) in [@start, @end)? */
static const BilSpan *
institution_in (Ctx  *ctx,
                gsize start,
                gsize end)
{
  for (guint i = 0; i < ctx->institutions->len; i++)
    {
      const BilSpan *span = &g_array_index (ctx->institutions, BilSpan, i);

      if (span->start >= start && span->end <= end)
        return span;
    }
  return NULL;
}

static void
assign_institution (Roles  *r,
                    BilRole role)
{
  if (role == BIL_ROLE_FROM && r->from == NULL)
    r->from_institution = TRUE;
  else if (role == BIL_ROLE_TO && r->to == NULL)
    r->to_institution = TRUE;
}

static void
assign (Roles      *r,
        BilRole     role,
        const Ent  *e,
        const char *rule)
{
  if (e == NULL || role == BIL_ROLE_NONE || (role == BIL_ROLE_FROM && r->from_institution) ||
      (role == BIL_ROLE_TO && r->to_institution))
    return;
  /* One mention plays one role; two mentions of a country may play both:
   * "Mexican operator Ferrovalle will invest in a plant in Coahuila". */
  if (role == BIL_ROLE_FROM && r->from == NULL && r->to != e &&
      (r->to == NULL || r->to->entity != e->entity || e->kind == BIL_MENTION_PLACE || r->to->kind == BIL_MENTION_PLACE))
    {
      r->from = e;
      r->from_rule = rule;
    }
  else if (role == BIL_ROLE_TO && r->to == NULL && r->from != e &&
           (r->from == NULL || r->from->entity != e->entity || e->kind == BIL_MENTION_PLACE || r->from->kind == BIL_MENTION_PLACE))
    {
      r->to = e;
      r->to_rule = rule;
    }
}

/* Is @e one of two or more parties joined by "and", "-" or a comma? */
static gboolean
coordinated_party (Ctx       *ctx,
                   const Ent *e)
{
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *o = &g_array_index (ctx->ents, Ent, i);

      if (o == e || o->entity == e->entity)
        continue;
      if ((o->end <= e->start && (coordinated (ctx, o, e) || joined_by_comma (ctx, o, e))) ||
          (e->end <= o->start && (coordinated (ctx, e, o) || joined_by_comma (ctx, e, o))))
        return TRUE;
    }
  return FALSE;
}

/* The party the clause is about, for a frame word at [@start, @end): a
 * possessive or demonym directly before the word or the noun it names
 * ("Japan's exports", "Korean investment", "the Saudi facility"), else the
 * first party of its clause before it that no preposition introduces, else
 * that of the sentence. */
/* Whether @e heads a Japanese noun phrase that は or が marks as the
 * subject: the name, maybe の, a few kanji or katakana ("政府", "製造装置
 * メーカー"), then the particle, all before @limit. */
static gboolean
marked_subject (Ctx       *ctx,
                const Ent *e,
                gsize      limit)
{
  gunichar c = char_at (ctx->text, noun_phrase_end (ctx, e->end, limit, FALSE), ctx->s_start, limit);

  return c == 0x306F /* は */ || c == 0x304C /* が */;
}

static const Ent *
frame_subject (Ctx      *ctx,
               gsize     start,
               guint     clause,
               gsize     anchor,
               const char **rule)
{
  const Ent *first_in_clause = NULL, *first_in_sentence = NULL;

  /* Japanese marks its subject: the party whose noun phrase は or が ends
   * ("日本政府は", "日本の製造装置メーカーが"), wherever it stands before the
   * word; "ペナン州では" is a place, not a subject. */
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);

      if (e->end > start)
        break;
      if (!e->enumerated && marked_subject (ctx, e, start))
        {
          *rule = "subject";
          return e;
        }
    }

  /* Directly before the word, or before the amount it governs. */
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);

      if (e->end > start)
        break;
      if (e->enumerated || e->clause != clause)
        continue;
      if ((e->possessive || e->kind == BIL_MENTION_DEMONYM) &&
          (start - e->end <= 30 || (e->end <= anchor && anchor - e->end <= 12)))
        {
          *rule = e->possessive ? "possessive" : "demonym";
          return e;
        }
    }
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);
      gsize k = e->end;

      if (e->start >= start)
        break;
      if (e->enumerated || e->opposed)
        continue;
      /* "the Japanese government plans to provide…": the government acts. */
      while (k < start && ctx->text[k] == ' ')
        k++;
      if (e->clause == clause && (bil_has_prefix_at (ctx->text, k, start, "government") ||
                                  bil_has_prefix_at (ctx->text, k, start, "Government")))
        {
          *rule = "government";
          return e;
        }
      /* "The Government of Cambodia will contribute…": the government acts. */
      if (e->clause == clause && !e->possessive && first_in_clause == NULL && government_of (ctx, e))
        {
          if (coordinated_party (ctx, e))
            return NULL;
          *rule = "government";
          return e;
        }
      /* "with the Philippines exporting $9.5 billion": the party right
       * before a verb in -ing is its subject, whatever introduces it. */
      if (k == start && e->clause == clause && start < ctx->s_end && !e->possessive)
        {
          *rule = "subject";
          return coordinated_party (ctx, e) ? NULL : e;
        }
      /* "Kenya's largest project …": a country's possessive names what it
       * owns, and the subject is that noun; a company's ("BYD's factory")
       * names the owner. */
      if (after_preposition (ctx, e) || (e->possessive && e->kind != BIL_MENTION_COMPANY) ||
          followed_by_particle (ctx, e, destination_particles) || followed_by_particle (ctx, e, source_particles))
        continue;
      if (first_in_sentence == NULL)
        first_in_sentence = e;
      if (e->clause == clause && first_in_clause == NULL)
        first_in_clause = e;
    }
  if (first_in_clause || first_in_sentence)
    {
      const Ent *e = first_in_clause ? first_in_clause : first_in_sentence;

      /* "Japan and Vietnam signed…", "Japan, Vietnam sign…": two subjects
       * say nothing of who gives; the article's direction will. */
      if (coordinated_party (ctx, e))
        return NULL;
      *rule = e->kind == BIL_MENTION_COMPANY ? "company" : "subject";
      return e;
    }
  return NULL;
}

/* Clause boundaries in [@start, @end) other than brackets. */
static guint
open_clauses_between (Ctx  *ctx,
                      gsize start,
                      gsize end)
{
  guint n = 0;

  for (guint i = 0; i < ctx->clauses->len; i++)
    {
      gsize at = g_array_index (ctx->clauses, gsize, i);

      if (at >= start && at < end && ctx->text[at] != '(' && ctx->text[at] != ')')
        n++;
    }
  return n;
}

static gboolean restates (Ctx *ctx, const BilMoney *a, const BilMoney *b, gboolean *own_approx);

/* Verbs whose passive names who gives the money they make, though no frame
 * lists them: "a $5 billion investment announced by Japan". */
static const char *const light_verbs[] = {
  "made", "announced", "signed", "agreed", "planned", "proposed", "arranged", "promised", "unveiled", NULL,
};

/* Whether the "by" at @by names the agent of the money: it follows the
 * amount or a word that moves money ("extended by", "a loan by Japan",
 * "announced by"), not another verb's ("deposits held by Pakistan", "a
 * plant built by Toyota"). */
static gboolean
agent_of_money (Ctx             *ctx,
                const BilFigure *f,
                gsize            by)
{
  const char *t = ctx->text;
  gsize end = by, start;

  while (end > ctx->s_start && t[end - 1] == ' ')
    end--;
  if (end == f->money.end || end == ctx->money_end)
    return TRUE;
  for (guint i = 0; i < ctx->matches->len; i++)
    {
      const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);

      if (m->end == end && (bil_match_find (m, BIL_TERM_FRAME) || bil_match_find (m, BIL_TERM_METRIC)))
        return TRUE;
    }
  start = end;
  while (start > ctx->s_start && g_ascii_isalpha (t[start - 1]))
    start--;
  for (guint k = 0; light_verbs[k]; k++)
    if (end - start == strlen (light_verbs[k]) && memcmp (t + start, light_verbs[k], end - start) == 0)
      return TRUE;
  return FALSE;
}

/* Another amount between @f's and @offset, after @f's: "a €40 million loan
 * from AFD, and a €4.67 million grant from the European Union" puts the
 * Union with the second. The same money restated ("€40 million ($43.5
 * million)") is not another. */
static gboolean
amount_after_before (Ctx             *ctx,
                     const BilFigure *f,
                     gsize            offset)
{
  for (guint i = 0; i < ctx->amounts->len; i++)
    {
      const BilMoney *a = &g_array_index (ctx->amounts, BilMoney, i);
      gboolean own_approx;

      if (a->start < f->money.end || a->end > offset || a->start == f->money.start)
        continue;
      if (!restates (ctx, &f->money, a, &own_approx))
        return TRUE;
    }
  return FALSE;
}

/* Fills the roles of @frame, whose word is @m, for the figure @f. */
static void
fill_frame (Ctx             *ctx,
            const BilFrame  *frame,
            const BilMatch  *m,
            const BilFigure *f,
            Roles           *r)
{
  const char *t = ctx->text;
  guint clause = clause_of (ctx, m->start);
  gsize anchor = MIN (m->start, f->money.start);
  const char *rule = NULL;
  const Ent *subject;

  /* Parties introduced by the frame's prepositions, after its word (or
   * after the amount it governs): "invest $5 billion in Vietnam". Found
   * first, then weighed against the institutions before them. */
  Roles found = { NULL, NULL, NULL, NULL, FALSE, FALSE };
  gsize first_from, first_to;

  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);
      gsize before = skip_determiners_back (t, ctx->s_start, e->start);
      BilRole role;

      if (e->start < m->end || e->enumerated)
        continue;
      /* Not across a clause that starts something else, but into the
       * one after the amount: "a loan of $5 billion, to Laos"; brackets
       * ("C$5B (US$4.1B) in a plant in Canada") end none. */
      if (open_clauses_between (ctx, MAX (m->end, f->money.end), e->start) > 1)
        break;
      if (e->start > f->money.end && amount_after_before (ctx, f, e->start))
        break;
      /* "for China-Laos Railway": a compound's names, not a party. */
      if (ctx->text[before - 1] == ' ' && (role = bil_frame_prep_role (frame, t, ctx->s_start, before, NULL)) != BIL_ROLE_NONE)
        {
          if (!coordinated_party (ctx, e))
            assign (&found, role, e, "preposition");
        }
      else if (followed_by_particle (ctx, e, source_particles))
        assign (&found, BIL_ROLE_FROM, e, "preposition");
      else if (followed_by_particle (ctx, e, destination_particles))
        assign (&found, frame->subject == BIL_ROLE_TO ? BIL_ROLE_FROM : BIL_ROLE_TO, e, "preposition");
      else if (bil_has_prefix_at (t, before >= 3 ? before - 3 : before, e->start, "by ") && frame->by != BIL_ROLE_NONE &&
               agent_of_money (ctx, f, before - 3))
        assign (&found, frame->by, e, "agent");
    }
  first_from = found.from ? found.from->start : G_MAXSIZE;
  first_to = found.to ? found.to->start : G_MAXSIZE;

  /* An institution a preposition introduces: "a $50 million loan from ADB". */
  for (guint i = 0; i < ctx->institutions->len; i++)
    {
      const BilSpan *span = &g_array_index (ctx->institutions, BilSpan, i);
      gsize before = skip_determiners_back (t, ctx->s_start, span->start);
      BilRole role;

      if (span->start >= m->end && before > ctx->s_start && t[before - 1] == ' ' &&
          open_clauses_between (ctx, MAX (m->end, f->money.end), span->start) <= 1 &&
          (role = bil_frame_prep_role (frame, t, ctx->s_start, before, NULL)) != BIL_ROLE_NONE)
        {
          /* Only when it comes before the country that would take the
           * role: "from ADB … from the Japan Fund". */
          if (role == BIL_ROLE_FROM && first_from > span->start)
            r->from_institution = TRUE;
          else if (role == BIL_ROLE_TO && first_to > span->start)
            r->to_institution = TRUE;
        }
    }

  if (found.from && !r->from_institution)
    assign (r, BIL_ROLE_FROM, found.from, found.from_rule);
  if (found.to && !r->to_institution)
    assign (r, BIL_ROLE_TO, found.to, found.to_rule);

  /* The object: "lend Indonesia ¥100 billion", "pay China Sh87 billion",
   * "provide Bangladesh with a loan". */
  if (frame->object != BIL_ROLE_NONE)
    for (guint i = 0; i < ctx->ents->len; i++)
      {
        const Ent *e = &g_array_index (ctx->ents, Ent, i);
        gsize k = m->end;

        if (e->start < m->end)
          continue;
        while (k < e->start && t[k] == ' ')
          k++;
        k = bil_has_prefix_at (t, k, e->start, "the ") ? k + 4 : k;
        if (k == e->start && !e->possessive && !e->enumerated)
          assign (r, frame->object, e, "object");
        break;
      }

  /* Japanese puts the parties before the word: 日本の対米投資, 米国への投資. */
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);

      if (e->end > m->start || e->clause != clause || (guchar) t[e->end] < 0x80)
        continue;
      if (followed_by_particle (ctx, e, source_particles))
        assign (r, BIL_ROLE_FROM, e, "particle");
      else if (followed_by_particle (ctx, e, destination_particles))
        assign (r, frame->subject == BIL_ROLE_TO ? BIL_ROLE_FROM : BIL_ROLE_TO, e, "particle");
    }

  /* "Vietnam's largest investor": the possessive plays its own role. */
  if (frame->possessor != BIL_ROLE_NONE)
    for (guint i = 0; i < ctx->ents->len; i++)
      {
        const Ent *e = &g_array_index (ctx->ents, Ent, i);

        if (e->possessive && e->end <= m->start && m->start - e->end <= 30 && e->clause == clause && !e->enumerated)
          assign (r, frame->possessor, e, "possessive");
      }
  if (frame->subject != BIL_ROLE_NONE)
    {
      subject = frame_subject (ctx, m->start, clause, anchor, &rule);
      /* …and the clause's subject is who the word names ("Japan was"). */
      if (frame->possessor != BIL_ROLE_NONE && subject && subject->possessive)
        subject = NULL;
      /* "ADB today signed three loans": an institution before the word,
       * nearer than any country, is the subject. */
      if (institution_in (ctx, subject ? subject->end : ctx->s_start, m->start) &&
          (subject == NULL || strcmp (rule, "possessive") != 0))
        assign_institution (r, frame->subject);
      else if (subject)
        assign (r, frame->subject, subject, rule);
    }

  /* "Vietnam drew $3 billion of Japanese investment": where the subject
   * receives, a nationality on the noun the amount measures gives. */
  if (frame->subject == BIL_ROLE_TO && f->metric_end > 0 && f->metric_start >= f->money.end)
    for (guint i = 0; i < ctx->ents->len; i++)
      {
        const Ent *e = &g_array_index (ctx->ents, Ent, i);
        gsize k = e->end;

        if (e->start < f->money.end || e->start >= f->metric_start || e->clause != clause)
          continue;
        while (k < f->metric_start && t[k] == ' ')
          k++;
        if (k == f->metric_start && (e->kind == BIL_MENTION_DEMONYM || e->possessive))
          assign (r, BIL_ROLE_FROM, e, "demonym");
      }
}

/* Both parties of two-way trade: "between X and Y", the two of its clause,
 * else of the sentence. */
static void
two_way_parties (Ctx       *ctx,
                 BilFigure *f,
                 guint      clause)
{
  int a, b;
  guint n;

  /* "the UK's trade with Japan was £29.1bn, compared with £659.5bn with
   * the EU": the party right after the amount is its partner, in place of
   * the one the clause named; the other is the clause's own subject. */
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *own = &g_array_index (ctx->ents, Ent, i);
      gsize k = MAX (f->money.end, ctx->money_end);

      if (own->start <= k || own->enumerated)
        continue;
      if (!(bil_has_prefix_at (ctx->text, k, own->start, " with ") &&
            skip_determiners_back (ctx->text, ctx->s_start, own->start) == k + 6))
        break;
      for (guint j = 0; j < ctx->ents->len; j++)
        {
          static const Word with_and[] = { WORD ("with "), WORD ("and ") };
          const Ent *subject = &g_array_index (ctx->ents, Ent, j);

          if (subject->start >= f->money.start)
            break;
          if (subject->entity == own->entity || subject->enumerated ||
              preceded_by (ctx, subject, with_and, G_N_ELEMENTS (with_and)))
            continue;
          a = subject->entity;
          b = own->entity;
          {
            gboolean swap = compare_codes (ctx->lex, a, b) > 0;

            f->from = swap ? b : a;
            f->to = swap ? a : b;
            f->from_rule = f->to_rule = "two-way";
          }
          return;
        }
      break;
    }

  n = distinct_parties (ctx, clause, clause, FALSE, &a, &b);

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
}

/* "… between X and Y" right after the frame word at @m, X and Y joined. */
static gboolean
between_after (Ctx            *ctx,
               const BilMatch *m)
{
  const char *t = ctx->text;
  gsize k = m->end;

  while (k < ctx->s_end && t[k] == ' ')
    k++;
  if (!bil_has_prefix_at (t, k, ctx->s_end, "between "))
    return FALSE;
  k += strlen ("between ");
  for (guint i = 0; i + 1 < ctx->ents->len; i++)
    {
      const Ent *a = &g_array_index (ctx->ents, Ent, i);

      if (a->start >= k && skip_determiners_back (t, ctx->s_start, a->start) == k)
        return coordinated (ctx, a, &g_array_index (ctx->ents, Ent, i + 1));
    }
  return FALSE;
}

/* Does another amount than @f's lie between it and @offset? */
static gboolean
amount_between (Ctx             *ctx,
                const BilFigure *f,
                gsize            offset)
{
  for (guint i = 0; i < ctx->amounts->len; i++)
    {
      const BilMoney *a = &g_array_index (ctx->amounts, BilMoney, i);

      if (a->start != f->money.start && a->start >= MIN (f->money.end, offset) && a->end <= MAX (f->money.start, offset))
        return TRUE;
    }
  return FALSE;
}

/* The party right before the bracket that holds @f's amount: "China ($9.1
 * billion)", or NULL. */
static const Ent *
bracket_owner (Ctx             *ctx,
               const BilFigure *f)
{
  const char *t = ctx->text;
  gsize k = f->money.start;

  while (k > ctx->s_start && t[k - 1] == ' ')
    k--;
  if (k == ctx->s_start || t[k - 1] != '(')
    return NULL;
  k--;
  while (k > ctx->s_start && t[k - 1] == ' ')
    k--;
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);

      if (e->end == k)
        return e->kind == BIL_MENTION_DEMONYM ? NULL : e;
    }
  return NULL;
}

/* Who pays whom, from the frame @m that governs the amount (or none). */
static void
find_direction (Ctx            *ctx,
                BilFigure      *f,
                const BilMatch *m,
                Note           *note)
{
  guint clause = clause_of (ctx, f->money.start);
  const BilFrame *frame = m ? bil_lexicon_get_frame (ctx->lex, bil_match_find (m, BIL_TERM_FRAME)->value) : NULL;
  Roles r = { NULL, NULL, NULL, NULL };

  f->from = f->to = -1;
  /* "exports between China and New Zealand": both ways. */
  if (frame && !frame->two_way && between_after (ctx, m))
    {
      note->two_way = TRUE;
      two_way_parties (ctx, f, clause);
      return;
    }
  /* A trade figure read through a word that is not directional
   * ("trade", "bilateral trade"): both parties, unless a preposition sends
   * it one way ("NZ's $4 billion wood trade to China"). */
  if (frame && frame->two_way)
    {
      guint frame_clause = clause_of (ctx, m->start);

      fill_frame (ctx, frame, m, f, &r);
      /* Only a preposition of the frame word's own clause, before any other
       * amount: "…, with Peru exporting $9 billion to China" is another's. */
      if (!((r.from && strcmp (r.from_rule, "preposition") == 0 && r.from->clause == frame_clause &&
             !amount_between (ctx, f, r.from->start)) ||
            (r.to && strcmp (r.to_rule, "preposition") == 0 && r.to->clause == frame_clause &&
             !amount_between (ctx, f, r.to->start))))
        {
          note->two_way = TRUE;
          two_way_parties (ctx, f, clause);
          return;
        }
    }
  if (frame == NULL && f->metric == BIL_METRIC_TRADE)
    {
      note->two_way = TRUE;
      two_way_parties (ctx, f, clause);
      return;
    }
  /* "following China ($9.1 billion) and the EU ($5.8 billion)": each
   * amount in brackets after a party is that party's, in the clause's
   * frame. */
  {
    const Ent *owner = bracket_owner (ctx, f);

    if (owner != NULL)
      {
        const BilFrame *of = frame && !frame->two_way ? frame : bil_lexicon_get_default_frame (ctx->lex);
        BilRole role = of && of->subject != BIL_ROLE_NONE ? of->subject : BIL_ROLE_FROM;

        assign (&r, role, owner, "bracket");
        if (frame && frame->two_way)
          frame = NULL;
      }
  }
  /* A two-way frame that a preposition sends one way was read above. */
  if (frame != NULL && !frame->two_way)
    fill_frame (ctx, frame, m, f, &r);
  else if (frame == NULL && (frame = bil_lexicon_get_default_frame (ctx->lex)) != NULL)
    {
      /* No word governs it: read from the amount itself. */
      BilMatch at = { f->money.start, f->money.end, NULL, 0, 0 };
      fill_frame (ctx, frame, &at, f, &r);
    }
  if (r.from)
    {
      f->from = r.from->entity;
      f->from_rule = r.from_rule;
    }
  if (r.to)
    {
      f->to = r.to->entity;
      f->to_rule = r.to_rule;
    }
  note->frame_parties = r.from || r.to;
  note->from_nobody = r.from_institution;
  note->to_nobody = r.to_institution;
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
/* The first @i' >= @i whose fourth byte @t[@i' + 3] is a digit, or one
 * past the last place a year can start when none is. */
static inline gsize
skip_to_fourth_digit (const char *t,
                      gsize       i,
                      gsize       end)
{
  gsize k = i + 3;

  while (k + 16 <= end)
    {
      guint d = bil_mask16_first (bil_bytes16_in (bil_bytes16_load (t + k), '0', 10));

      if (d < 16)
        return k + d - 3;
      k += 16;
    }
  while (k < end && !g_ascii_isdigit (t[k]))
    k++;
  return k - 3;
}

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
          /* Counted from the article's date, else from the date its
           * paragraph cites ("…, the company reported. (El Financiero, July
           * 22, 2013)"). */
          int from = ctx->article_year ? ctx->article_year : ctx->paragraph_year;
          YearMention y = { m->start, m->end, from ? from + r->value : 0, FALSE };
          g_array_append_val (years, y);
        }
    }

  for (gsize i = ctx->s_start; i + 4 <= ctx->s_end; i++)
    {
      int year;
      gsize end;

      /* Every year has a digit in its fourth byte: go to the next place
       * where one does. */
      i = skip_to_fourth_digit (t, i, ctx->s_end);
      if (i + 4 > ctx->s_end)
        break;
      end = i + 4;

      /* No fourth digit here: no year starts here nor at the next three
       * bytes ("FY23" starts with letters: the next look is at its "F"). */
      if (!g_ascii_isdigit (t[i + 3]))
        {
          i += t[i + 3] == 'F' ? 2 : t[i + 3] == 'Y' ? 1 : 3;
          continue;
        }
      /* "FY23": the fiscal year that ends in 2023, begun in 2022 (India's,
       * Pakistan's, the US government's); "FY2023" is read below as written. */
      if (t[i] == 'F' && t[i + 1] == 'Y' && g_ascii_isdigit (t[i + 2]) &&
          (end == ctx->s_end || !g_ascii_isalnum (t[end])) && (i == ctx->s_start || !g_ascii_isalnum (t[i - 1])))
        {
          YearMention y = { i, end, 2000 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0') - 1, TRUE };
          g_array_append_val (years, y);
          i = end - 1;
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
      /* A fiscal span "2020-21", "2018/19" keeps its first year. */
      if (end + 2 < ctx->s_end && (t[end] == '-' || t[end] == '/') && g_ascii_isdigit (t[end + 1]) &&
          g_ascii_isdigit (t[end + 2]))
        end += 3;
      /* "the year to March 2022": the year that ends then started the one
       * before; only with a month between ("to March 2022"), in the 24
       * bytes before the year. */
      {
        static const char *const ends[] = { "year to ", "year ending ", "year ended ", "12 months to ", NULL };
        gsize from = i - MIN (i - ctx->s_start, 24);

        for (guint w = 0; ends[w]; w++)
          {
            const char *at = memmem (t + from, i - from, ends[w], strlen (ends[w]));
            gsize k = at ? (gsize) (at - t) + strlen (ends[w]) : i;

            while (k < i && (g_ascii_isalpha (t[k]) || t[k] == ' '))
              k++;
            if (at && k == i && (gsize) (at - t) + strlen (ends[w]) < i)
              {
                year--;
                break;
              }
          }
      }
      /* "between 2007 and 2014", "from 2007 to 2014", "2007–2014": the
       * span's second year stands for its first. */
      if (years->len > 0 && g_array_index (years, YearMention, years->len - 1).end + 9 >= i &&
          g_array_index (years, YearMention, years->len - 1).end < i)
        {
          const YearMention *prev = &g_array_index (years, YearMention, years->len - 1);
          static const char *const joins[] = { " and ", " to ", "-", "\xE2\x80\x93", " through ", NULL };

          for (guint w = 0; joins[w] && prev->stated; w++)
            if (prev->end + strlen (joins[w]) == i && memcmp (t + prev->end, joins[w], strlen (joins[w])) == 0 &&
                (joins[w][0] != ' ' ||
                 (prev->start >= ctx->s_start + 8 && (bil_has_prefix_at (t, prev->start - 8, prev->start, "between ") ||
                                                      bil_has_prefix_at (t, prev->start - 8, prev->start, "Between "))) ||
                 (prev->start >= ctx->s_start + 5 && (bil_has_prefix_at (t, prev->start - 5, prev->start, "from ") ||
                                                      bil_has_prefix_at (t, prev->start - 5, prev->start, "From ")))))
              {
                year = prev->year;
                break;
              }
        }
      {
        YearMention y = { i, end, year, TRUE };
        g_array_append_val (years, y);
      }
      i = end - 1;
    }
}

/* A year said relative to a date the article does not give. */
static gboolean
year_unknowable (const BilFigure *f)
{
  return f->year == 0 && f->year_rule != NULL && strcmp (f->year_rule, "relative-undated") == 0;
}

/* The period the amount belongs to: a year of its own clause (the nearest),
 * else one that an earlier clause of the sentence set ("In 2016, trade
 * rose to…"); a later clause speaks of something else ("…, which aims to
 * double it by 2030"). Nothing: decided by the article's second pass. */
static void
find_year (Ctx       *ctx,
           BilFigure *f,
           GArray    *years)
{
  guint clause = clause_of (ctx, f->money.start);
  const YearMention *best = NULL, *undated = NULL;
  gsize best_distance = G_MAXSIZE;

  for (int pass = 0; pass < 2 && best == NULL; pass++)
    for (guint i = 0; i < years->len; i++)
      {
        const YearMention *y = &g_array_index (years, YearMention, i);
        guint c = clause_of (ctx, y->start);
        gsize d = distance (y->start, y->end, f->money.start, f->money.end);

        /* "The ties culminated last year when Qatar pledged $15 billion"
         * in an article without a date: a time the sentence gives but
         * nothing can date; no other sentence's year is this one's. */
        if (y->year == 0 && !y->stated && undated == NULL &&
            (c == clause || (c < clause && y->start < f->money.start)))
          undated = y;

        /* Its clause, and the one after the brackets that restate it:
         * "$500 million (about 700 billion won) for railways in 2025". */
        if (pass == 0 && c != clause && !(ctx->money_end > f->money.end && y->start >= ctx->money_end &&
                                          c == clause_of (ctx, ctx->money_end)))
          continue;
        if (pass == 1 && (c > clause || y->start > f->money.start))
          continue;
        /* "last year" in an article without a date is unknown, but
         * still claims the amount it directly follows: "from X in 2006 to
         * Y last year". */
        if (y->year == 0 && (pass == 1 || y->stated || y->start < f->money.end ||
                             y->start - MAX (f->money.end, ctx->money_end) > 1))
          continue;
        /* Equally near: the year after the amount ("from X in 2020 to Y in
         * 2021": Y's is 2021). */
        if (d < best_distance || (d == best_distance && best && y->start >= f->money.end && best->end <= f->money.start))
          {
            best = y;
            best_distance = d;
          }
      }

  if (best == NULL)
    best = undated;
  if (best != NULL)
    {
      f->year = best->year;
      f->year_stated = best->stated;
      f->year_start = best->start;
      f->year_end = best->end;
      f->year_rule = best->stated ? "stated" : best->year ? "relative" : "relative-undated";
    }
  else
    {
      f->year = 0;
      f->year_stated = FALSE;
    }
}

/* "US$5 billion (RM23.5 billion)", "JPY50 billion, equivalent to VND8,750
 * billion", "$1 billion … equivalent to around Rs290 billion": the same
 * money in another currency. Returns whether @b restates @a. */
static gboolean
restates (Ctx            *ctx,
          const BilMoney *a,
          const BilMoney *b,
          gboolean       *own_approx)
{
  static const char *gaps[] = { "(", "( ", " (", ", or ", " or ", ", equivalent to ", " equivalent to ", " / ", "/",
                                ", i.e. ", " (or ", " – ", " - ", NULL };
  static const char *leads[] = { "or ", "equivalent to ", "which is ", NULL };
  const char *t = ctx->text;
  gsize gap = b->start - a->end, k;

  *own_approx = FALSE;
  if (b->start < a->end || gap > 40 || strcmp (a->currency, b->currency) == 0 || a->vague || b->vague)
    return FALSE;
  for (guint w = 0; gaps[w]; w++)
    if (strlen (gaps[w]) == gap && memcmp (t + a->end, gaps[w], gap) == 0)
      return TRUE;
  /* With a qualifier of its own, one the lexicon knows: "(about
   * VND10,670 billion)", ", equivalent to around Rs290 billion",
   * "(approximately Tk 2,974 crore at …)". */
  if (t[a->end] != ' ' && t[a->end] != '(' && t[a->end] != ',')
    return FALSE;
  for (k = a->end; k < b->start && (t[k] == ' ' || t[k] == '(' || t[k] == ','); k++)
    ;
  for (guint w = 0; leads[w]; w++)
    if (bil_has_prefix_at (t, k, b->start, leads[w]))
      {
        k += strlen (leads[w]);
        break;
      }
  for (guint i = 0; i < ctx->matches->len; i++)
    {
      const BilMatch *m = &g_array_index (ctx->matches, BilMatch, i);
      gsize e = m->end;

      if (m->start != k || !bil_match_find (m, BIL_TERM_QUALIFIER))
        continue;
      while (e < b->start && t[e] == ' ')
        e++;
      if (e == b->start)
        {
          *own_approx = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

/* Words that make an amount the sum of money from everywhere, which has
 * no one giver: "the US$3.7 billion Indonesia attracted globally", "FDI
 * from all sources". */
static const char *const aggregate_words[] = {
  " globally", " worldwide", " world-wide", " from around the world", " from all over the world",
  " from all sources", " from all countries", " from all investors",
};

/* Under the first letter after their blank. */
static gboolean
aggregate_fits (guint    k,
                guchar   b,
                gpointer data)
{
  return (guchar) aggregate_words[k][1] == b;
}

static gboolean
clause_is_aggregate (Ctx   *ctx,
                     gsize  offset)
{
  static BilByteIndex index;
  static gsize built;
  const BilByteIndex *x = bil_byte_index_once (&index, &built, G_N_ELEMENTS (aggregate_words), aggregate_fits, NULL);
  const guchar *t = (const guchar *) ctx->text;
  guint clause = clause_of (ctx, offset);
  gsize start = clause == 0 ? ctx->s_start : g_array_index (ctx->clauses, gsize, clause - 1);
  gsize end = clause < ctx->clauses->len ? g_array_index (ctx->clauses, gsize, clause) : ctx->s_end;

  /* Only the words that go on with the letter after a blank are asked: a
   * clause of fifteen words has fifteen blanks and rarely one of these. */
  for (gsize i = start; i + 1 < end; i++)
    if (t[i] == ' ')
      for (guint e = x->first[t[i + 1]]; e < x->first[t[i + 1] + 1]; e++)
        {
          const char *word = aggregate_words[x->index[e]];
          gsize n = strlen (word);

          if (bil_has_prefix_at (ctx->text, i, end, word) && (i + n == end || !g_ascii_isalpha (t[i + n])))
            return TRUE;
        }
  return FALSE;
}

/* Whether the text between two parties joins them in a list, government
 * words aside: "Laos and the Chinese Government", "the Government of Laos
 * and the Government of China", "Japan, Korea and China". */
static gboolean
listed_together (Ctx       *ctx,
                 const Ent *a,
                 const Ent *b)
{
  static const char *const fillers[] = { " government", " Government", "government of ", "Government of ", "the ", "The ",
                                         "and ", ", ", ",", " ", NULL };
  const char *t = ctx->text;
  gsize i = a->end;
  gboolean joined = FALSE;

  if (a->possessive || a->end >= b->start)
    return FALSE;
  while (i < b->start)
    {
      guint k;

      for (k = 0; fillers[k]; k++)
        if (bil_has_prefix_at (t, i, b->start, fillers[k]))
          break;
      if (fillers[k] == NULL)
        return FALSE;
      joined |= fillers[k][0] == 'a' || fillers[k][0] == ',';
      i += strlen (fillers[k]);
    }
  return joined && i == b->start;
}

/* Whether the party acts as its government: "the Government of Laos",
 * "the Chinese Government". */
static gboolean
is_government (Ctx       *ctx,
               const Ent *e)
{
  const char *t = ctx->text;

  return government_of (ctx, e) ||
         bil_has_prefix_at (t, e->end, ctx->s_end, " government") || bil_has_prefix_at (t, e->end, ctx->s_end, " Government");
}

/* "Laos and China contributed $730 million and $1.63 billion,
 * respectively": the n-th amount of a list is the n-th party's, in the
 * role the frame gave the list's parties. */
static void
pair_respectively (Ctx    *ctx,
                   guint   first,
                   GArray *notes)
{
  const char *t = ctx->text;
  const Ent *parties[8];
  guint listed[8];
  guint n_amounts = 0, n_parties = 0;
  gsize list_start;

  if (ctx->facts->figures->len < first + 2)
    return;
  /* The first list of amounts joined by "and" or commas. */
  for (guint i = first; i < ctx->facts->figures->len && n_amounts < G_N_ELEMENTS (listed); i++)
    {
      const Note *note = &g_array_index (notes, Note, i);

      if (note->converts >= 0)
        continue;
      listed[n_amounts++] = i;
      if (!note->joined_next)
        {
          if (n_amounts >= 2)
            break;
          n_amounts = 0;
        }
    }
  if (n_amounts < 2)
    return;
  /* …that "respectively" follows. */
  {
    gsize list_end = g_array_index (ctx->facts->figures, BilFigure, listed[n_amounts - 1]).money.end;

    if (memmem (t + list_end, ctx->s_end - list_end, "respectively", 12) == NULL)
      return;
  }
  list_start = g_array_index (ctx->facts->figures, BilFigure, listed[0]).money.start;

  /* The list of parties before it. */
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);

      if (e->start >= list_start)
        break;
      if (e->enumerated || e->opposed || e->kind == BIL_MENTION_COMPANY)
        continue;
      if (n_parties > 0 && listed_together (ctx, parties[n_parties - 1], e) && n_parties < G_N_ELEMENTS (parties))
        parties[n_parties++] = e;
      else
        {
          parties[0] = e;
          n_parties = 1;
        }
    }
  if (n_parties != n_amounts)
    return;

  for (guint k = 0; k < n_amounts; k++)
    {
      BilFigure *f = &g_array_index (ctx->facts->figures, BilFigure, listed[k]);
      const char *rule = is_government (ctx, parties[k]) ? "government" : "respectively";
      gboolean gives = FALSE, takes = FALSE;

      /* The role the frame gave one of the listed parties, or gives the
       * clause's party: "Vietnam and Thailand drew $3 billion and …". */
      for (guint p = 0; p < n_parties; p++)
        {
          gives |= f->from == parties[p]->entity;
          takes |= f->to == parties[p]->entity;
        }
      if (!gives && !takes)
        {
          BilRole role = g_array_index (notes, Note, listed[0]).subject_role;

          gives = role == BIL_ROLE_FROM && f->from < 0;
          takes = role == BIL_ROLE_TO && f->to < 0;
        }
      if (gives && !takes)
        {
          f->from = parties[k]->entity;
          f->from_rule = rule;
          if (f->to == f->from)
            f->to = -1;
        }
      else if (takes && !gives)
        {
          f->to = parties[k]->entity;
          f->to_rule = rule;
          if (f->from == f->to)
            f->from = -1;
        }
    }

  /* The list shares the rest of its clause: "…$3 billion and $2 billion of
   * Japanese investment": Japan gives both. */
  for (guint k = 0; k < n_amounts; k++)
    {
      const BilFigure *o = &g_array_index (ctx->facts->figures, BilFigure, listed[k]);

      for (guint j = 0; j < n_amounts; j++)
        {
          BilFigure *f = &g_array_index (ctx->facts->figures, BilFigure, listed[j]);

          if (f->from < 0 && o->from >= 0 && g_strcmp0 (f->to_rule, "respectively") == 0 &&
              g_strcmp0 (o->to_rule, "respectively") == 0 && o->from != f->to)
            {
              f->from = o->from;
              f->from_rule = o->from_rule;
            }
          else if (f->to < 0 && o->to >= 0 && g_strcmp0 (f->from_rule, "respectively") == 0 &&
                   g_strcmp0 (o->from_rule, "respectively") == 0 && o->to != f->from)
            {
              f->to = o->to;
              f->to_rule = o->to_rule;
            }
        }
    }
}

static void
read_figures (Ctx    *ctx,
              GArray *notes)
{
  GArray *years = ctx->years;
  guint first = ctx->facts->figures->len;

  empty (years);

  collect_years (ctx, years);
  /* "In December 2016, LCRC signed …": a sentence that opens with its time
   * sets the scene for the paragraph's next ones. */
  for (guint i = 0; i < years->len; i++)
    {
      const YearMention *y = &g_array_index (years, YearMention, i);

      if (y->stated && clause_of (ctx, y->start) == 0 && y->start - ctx->s_start <= 16 &&
          (ctx->amounts->len == 0 || g_array_index (ctx->amounts, BilMoney, 0).start > y->end) &&
          ctx->clauses->len > 0 && ctx->text[g_array_index (ctx->clauses, gsize, 0)] == ',')
        ctx->scene_year = y->year;
    }
  /* A sentence without an amount that states a period dates the amounts
   * of the sentence before it, in its paragraph, that state none: "The
   * bridge is estimated to cost Tk 16,780 crore. The project spans from
   * July 2016 to December 2025." Used only where the article has no date. */
  if (ctx->amounts->len == 0)
    for (guint i = 0; i < years->len; i++)
      {
        const YearMention *y = &g_array_index (years, YearMention, i);

        if (!y->stated)
          continue;
        for (guint k = notes->len; k-- > 0;)
          {
            Note *on = &g_array_index (notes, Note, k);

            if (on->paragraph != ctx->paragraph || on->sentence + 1 != ctx->sentence_index)
              break;
            if (on->after_year == 0)
              on->after_year = y->year;
          }
        break;
      }
  for (guint i = 0; i < ctx->amounts->len; i++)
    {
      BilFigure f;
      Note note = { ctx->sentence_index, ctx->paragraph, ctx->paragraph_year, ctx->scene_year, -1 };
      const BilMatch *metric, *frame_match;
      guint clause;

      note.before_subject = note.before_host = -1;
      note.aggregate = clause_is_aggregate (ctx, g_array_index (ctx->amounts, BilMoney, i).start);
      if (ctx->ents->len == 0 && ctx->institutions->len == 0 && ctx->before_paragraph == ctx->paragraph)
        {
          note.before_subject = ctx->before_subject;
          note.before_host = ctx->before_host;
        }

      memset (&f, 0, sizeof f);
      f.money = g_array_index (ctx->amounts, BilMoney, i);
      f.sentence_start = ctx->s_start;
      f.sentence_end = ctx->s_end;
      f.sectors = ctx->sectors;
      f.usd = NAN;
      f.from = f.to = -1;
      clause = clause_of (ctx, f.money.start);

      find_qualifier (ctx, &f);
      /* A restatement in another currency reads as what it restates. */
      if (i > 0)
        {
          const BilFigure *main = &g_array_index (ctx->facts->figures, BilFigure, first + i - 1);
          const Note *main_note = &g_array_index (notes, Note, first + i - 1);

          if (restates (ctx, &main->money, &f.money, &note.own_approx))
            note.converts = main_note->converts >= 0 ? main_note->converts : (int) (first + i - 1);
        }

      /* Where the amount ends with what restates it. */
      ctx->money_end = f.money.end;
      for (guint k = i + 1; k < ctx->amounts->len; k++)
        {
          const BilMoney *prev = &g_array_index (ctx->amounts, BilMoney, k - 1);
          const BilMoney *next = &g_array_index (ctx->amounts, BilMoney, k);
          gboolean own;

          if (!restates (ctx, prev, next, &own))
            break;
          ctx->money_end = next->end;
          if (ctx->money_end < ctx->s_end && ctx->text[ctx->money_end] == ')')
            ctx->money_end++;
        }

      /* Listed with the next amount ("A and B", "A, B"). */
      {
        guint k = i + 1;
        const char *t = ctx->text;

        while (k < ctx->amounts->len && g_array_index (ctx->amounts, BilMoney, k).end <= ctx->money_end)
          k++;
        if (k < ctx->amounts->len)
          {
            gsize next = g_array_index (ctx->amounts, BilMoney, k).start, at = ctx->money_end;

            note.joined_next = (next == at + 5 && memcmp (t + at, " and ", 5) == 0) ||
                               (next == at + 2 && memcmp (t + at, ", ", 2) == 0) ||
                               (next == at + 6 && memcmp (t + at, ", and ", 6) == 0);
          }
      }

      metric = find_metric (ctx, &f, clause);
      if (metric != NULL)
        {
          int value = bil_match_find (metric, BIL_TERM_METRIC)->value;

          f.metric = (BilMetric) (value & ~BIL_METRIC_WEAK);
          f.metric_start = metric->start;
          f.metric_end = metric->end;
          note.metric_decided = TRUE;
          note.metric_weak = (value & BIL_METRIC_WEAK) != 0;
          note.metric_refers = note.metric_weak && refers_back (ctx->text + ctx->s_start, metric->start - ctx->s_start);
        }
      else
        f.metric = BIL_METRIC_OTHER;

      frame_match = find_frame (ctx, &f, clause);
      find_direction (ctx, &f, frame_match, &note);
      note.subject_role = frame_match ? bil_lexicon_get_frame (ctx->lex, bil_match_find (frame_match, BIL_TERM_FRAME)->value)->subject
                                      : BIL_ROLE_NONE;
      note.by_currency = (frame_match && bil_lexicon_get_frame (ctx->lex, bil_match_find (frame_match, BIL_TERM_FRAME)->value)->by_currency) ||
                         (metric && bil_match_find (metric, BIL_TERM_FRAME) &&
                          bil_lexicon_get_frame (ctx->lex, bil_match_find (metric, BIL_TERM_FRAME)->value)->by_currency);
      /* A bond is lent by the market: "retire a $2 billion Eurobond" has a
       * borrower and no country that lends. */
      if (f.from < 0 && metric != NULL && bil_match_find (metric, BIL_TERM_FRAME) &&
          bil_lexicon_get_frame (ctx->lex, bil_match_find (metric, BIL_TERM_FRAME)->value)->market)
        note.from_nobody = TRUE;
      if (!note.metric_decided && frame_match)
        {
          /* A frame that implies its metric: "repay", "a deficit with". */
          const BilFrame *frame = bil_lexicon_get_frame (ctx->lex, bil_match_find (frame_match, BIL_TERM_FRAME)->value);

          if (frame->metric_hint >= 0)
            {
              f.metric = (BilMetric) frame->metric_hint;
              f.metric_start = frame_match->start;
              f.metric_end = frame_match->end;
              note.metric_decided = TRUE;
            }
        }
      find_year (ctx, &f, years);
      g_array_append_val (ctx->facts->figures, f);
      g_array_append_val (notes, note);

    }
  pair_respectively (ctx, first, notes);

  /* Money moving between two parties ties them together. */
  for (guint i = first; i < ctx->facts->figures->len; i++)
    {
      const BilFigure *f = &g_array_index (ctx->facts->figures, BilFigure, i);

      if (f->from >= 0 && f->to >= 0 && f->from != f->to && !f->money.vague)
        add_pair (ctx, f->from, f->to, BIL_STANCE_COOPERATION, "figure");
    }
}

/* ---- the article's second pass ----------------------------------------- */

/* A pair as one key, held in the pointer itself: entities are below
 * 2^15 (a term's value is 16 bits), so both fit in 32. */
G_STATIC_ASSERT (sizeof (((BilTerm *) NULL)->value) == 2);

static inline gpointer
pair_key (const BilPairEvidence *p)
{
  return GUINT_TO_POINTER (((guint) (p->a & 0xFFFF) << 16) | (guint) (p->b & 0xFFFF));
}

/* Counts one more piece of cooperation evidence for its pair in @tally
 * (pair_key () → count); returns the pair's count, 0 for rivalry. */
static guint
tally_pair (GHashTable            *tally,
            const BilPairEvidence *p)
{
  gpointer key = pair_key (p);
  guint n;

  if (p->stance != BIL_STANCE_COOPERATION)
    return 0;
  n = GPOINTER_TO_UINT (g_hash_table_lookup (tally, key)) + 1;
  g_hash_table_insert (tally, key, GUINT_TO_POINTER (n));
  return n;
}

/* The pair the article is about: the one most often tied together (first
 * met wins ties), or -1, -1. */
static void
principal_pair (BilFacts   *facts,
                BilLexicon *lex,
                int        *pa,
                int        *pb)
{
  g_autoptr(GHashTable) tally = g_hash_table_new (NULL, NULL);
  guint best = 0;

  *pa = *pb = -1;
  for (guint k = 0; k < facts->pairs->len; k++)
    {
      const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, k);
      guint n = tally_pair (tally, p);

      if (n > best)
        {
          best = n;
          *pa = p->a;
          *pb = p->b;
        }
    }

  /* No sentence ties two parties together: the two the article names most
   * ("JICA … the Philippines"), the first named breaking ties, when the
   * first is named at least twice. */
  if (*pa < 0)
    {
      g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
      int first = -1, second = -1;
      guint n_first = 0, n_second = 0;

      for (guint i = 0; i < facts->mentions->len; i++)
        {
          const BilMention *m = &g_array_index (facts->mentions, BilMention, i);
          guint n;

          if (m->kind == BIL_MENTION_FORUM || m->entity < 0)
            continue;
          n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (m->entity + 1))) + 1;
          g_hash_table_insert (counts, GINT_TO_POINTER (m->entity + 1), GUINT_TO_POINTER (n));
          if (m->entity == first)
            n_first = n;
          else if (n > n_first)
            {
              if (first >= 0)
                second = first, n_second = n_first;
              first = m->entity, n_first = n;
            }
          else if (m->entity == second)
            n_second = n;
          else if (n > n_second)
            second = m->entity, n_second = n;
        }
      if (n_first >= 2 && second >= 0 && !bil_lexicon_bloc_has_member (lex, first, second) &&
          !bil_lexicon_bloc_has_member (lex, second, first))
        {
          gboolean swap = compare_codes (lex, first, second) > 0;
          *pa = swap ? second : first;
          *pb = swap ? first : second;
        }
    }
}

/* The country the article names most (first named wins ties), named at
 * least twice, or -1. */
static int
most_named (BilFacts   *facts,
            BilLexicon *lex,
            int         pa,
            int         pb,
            gboolean   *dominant)
{
  g_autofree guint *counts = g_new0 (guint, bil_lexicon_n_entities (lex) + 1);
  int best = -1;
  guint n_best = 0;

  for (guint i = 0; i < facts->mentions->len; i++)
    {
      const BilMention *m = &g_array_index (facts->mentions, BilMention, i);
      guint n;

      if (m->kind == BIL_MENTION_FORUM || m->kind == BIL_MENTION_COMPANY || m->entity < 0 ||
          (guint) m->entity >= bil_lexicon_n_entities (lex))
        continue;
      n = ++counts[m->entity];
      if (n > n_best)
        {
          n_best = n;
          best = m->entity;
        }
    }
  /* Named twice as often as either of the pair the sentences tie: the
   * article is about it ("ADB … Cambodia", where Japan and the EU co-fund). */
  *dominant = best >= 0 && best != pa && best != pb &&
              n_best >= 2 * MAX (pa >= 0 ? counts[pa] : 0, pb >= 0 ? counts[pb] : 0);
  return n_best >= 2 ? best : -1;
}

/* Each entity's most frequent partner, first met wins ties. */
static GHashTable *
best_partners (BilFacts *facts)
{
  GHashTable *best = g_hash_table_new (NULL, NULL);                  /* entity + 1 → partner + 1 */
  g_autoptr(GHashTable) best_count = g_hash_table_new (NULL, NULL);  /* entity + 1 → count */
  g_autoptr(GHashTable) tally = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < facts->pairs->len; k++)
    {
      const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, k);
      guint n = tally_pair (tally, p);

      for (int side = 0; side < 2 && n > 0; side++)
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
  return best;
}

static void
sort_two_way (BilFigure  *f,
              BilLexicon *lex)
{
  if (f->from >= 0 && f->to >= 0 && compare_codes (lex, f->from, f->to) > 0)
    {
      int swap = f->from;
      f->from = f->to;
      f->to = swap;
    }
}

/*
 * What a sentence leaves unsaid, the article says: a figure without a
 * metric word continues the figure before it in its sentence or paragraph,
 * else takes the article's most frequent metric; a party left open is the
 * other side of the article's main pair (or of the known party's most
 * frequent partner), and a sentence that names no party outside that pair
 * is about it, in the direction its figures' frames read it most often; a
 * year left open continues the stated year of the sentence before in the
 * paragraph when that sentence measured the same thing, else is the
 * article's own (none when the article has no date). Conversions in
 * brackets are read as what they restate. Each guess leaves a doubt.
 */
static void
read_discourse (BilFacts   *facts,
                GArray     *notes,
                BilLexicon *lex,
                int         article_year)
{
  g_autoptr(GHashTable) partners = NULL;   /* built when first needed */
  guint metric_counts[BIL_N_METRICS] = { 0 };
  int pa, pb, focus, dominant_metric = -1;
  gboolean focus_dominant = FALSE;
  guint forward = 0, backward = 0, mention = 0;

  principal_pair (facts, lex, &pa, &pb);
  focus = most_named (facts, lex, pa, pb, &focus_dominant);
  if (focus_dominant)
    {
      /* The pair the sentences tie is a side show: no main pair. */
      pa = pb = -1;
    }
  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      Note *note = &g_array_index (notes, Note, i);

      if (note->metric_decided && !note->metric_weak && note->converts < 0)
        metric_counts[f->metric]++;
      /* Which side of the main pair gives, as the frames read it: each
       * side a frame named votes ("China provided…", "…received by Laos"). */
      if (note->frame_parties && !note->two_way && note->converts < 0 && f->metric != BIL_METRIC_SUBSIDY && pa >= 0 && pb >= 0)
        {
          if ((f->from == pa && f->to != pa) || (f->to == pb && f->from != pb))
            forward++;
          if ((f->from == pb && f->to != pb) || (f->to == pa && f->from != pa))
            backward++;
        }
      /* Does its sentence name a party outside the main pair? */
      while (mention < facts->mentions->len &&
             g_array_index (facts->mentions, BilMention, mention).end <= f->sentence_start)
        mention++;
      for (guint k = mention; k < facts->mentions->len; k++)
        {
          const BilMention *m = &g_array_index (facts->mentions, BilMention, k);

          if (m->start >= f->sentence_end)
            break;
          if (m->kind == BIL_MENTION_FORUM || m->kind == BIL_MENTION_COMPANY)
            continue;
          if (pa < 0 ? m->entity != focus
                     : m->entity != pa && m->entity != pb && !bil_lexicon_bloc_has_member (lex, m->entity, pa) &&
                       !bil_lexicon_bloc_has_member (lex, m->entity, pb))
            note->foreign_party = TRUE;
        }
    }
  /* The most frequent metric; between equals, the one the article names first. */
  for (guint i = 0; i < facts->figures->len; i++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      const Note *note = &g_array_index (notes, Note, i);

      if (note->metric_decided && !note->metric_weak && note->converts < 0 &&
          (dominant_metric < 0 || metric_counts[f->metric] > metric_counts[dominant_metric]))
        dominant_metric = (int) f->metric;
    }

  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      Note *note = &g_array_index (notes, Note, i);
      const BilFigure *before = i > 0 ? &g_array_index (facts->figures, BilFigure, i - 1) : NULL;
      const Note *before_note = i > 0 ? &g_array_index (notes, Note, i - 1) : NULL;

      if (f->money.vague || note->converts >= 0)
        continue;

      /* The metric. A generic word ("the agreement", "the projects") in an
       * article about loans is about a loan. */
      if (note->metric_weak && dominant_metric >= 0 && metric_counts[dominant_metric] >= 2 &&
          (int) f->metric != dominant_metric &&
          /* Money committed, pledged or spent on plants is not trade,
           * however much of the article is ("TSMC has committed $165
           * billion to its plants" in an article on exports). */
          !(dominant_metric == BIL_METRIC_TRADE && f->metric == BIL_METRIC_INVESTMENT))
        {
          f->metric = (BilMetric) dominant_metric;
          f->doubts |= BIL_DOUBT_METRIC_CONTEXT;
        }
      /* "the agreement", "this deal": the one the article has named, what
       * the last amount a strong word named was ("Swap Deal … to $5
       * billion. … the agreement will raise the limit to $5 billion"). */
      else if (note->metric_refers)
        for (guint k = i; k-- > 0;)
          {
            const Note *earlier = &g_array_index (notes, Note, k);

            if (earlier->metric_decided && !earlier->metric_weak && earlier->converts < 0)
              {
                BilMetric named = g_array_index (facts->figures, BilFigure, k).metric;

                if (named != f->metric && named != BIL_METRIC_OTHER)
                  {
                    f->metric = named == BIL_METRIC_FDI ? BIL_METRIC_INVESTMENT : named;
                    f->doubts |= BIL_DOUBT_METRIC_CONTEXT;
                  }
                break;
              }
          }
      if (before && before_note->converts >= 0)
        {
          before = &g_array_index (facts->figures, BilFigure, before_note->converts);
          before_note = &g_array_index (notes, Note, before_note->converts);
        }
      if (!note->metric_decided)
        {
          if (before && before_note->sentence == note->sentence)
            {
              /* A list in one clause's frame: "from $4.86 billion … to $34.79
               * billion", "$2 billion will mature in December, while $3
               * billion…": what the amount before it is, and between whom. */
              f->metric = before->metric;
              f->doubts |= BIL_DOUBT_METRIC_CONTEXT;
              note->metric_decided = TRUE;
              if (f->from < 0 && f->to < 0)
                {
                  f->from = before->from;
                  f->to = before->to;
                  f->from_rule = before->from_rule;
                  f->to_rule = before->to_rule;
                  note->two_way = before_note->two_way;
                }
            }
          else if (before && before_note->paragraph == note->paragraph)
            {
              f->metric = before->metric;
              f->doubts |= BIL_DOUBT_METRIC_CONTEXT;
              note->metric_decided = TRUE;
            }
          else if (dominant_metric >= 0)
            {
              /* Investment, but FDI only where the text says so. */
              f->metric = dominant_metric == BIL_METRIC_FDI ? BIL_METRIC_INVESTMENT : (BilMetric) dominant_metric;
              f->doubts |= BIL_DOUBT_METRIC_CONTEXT;
            }
          if (f->metric == BIL_METRIC_TRADE && f->from < 0 && f->to < 0)
            note->two_way = TRUE;
        }

      /* "…renewed their 15 billion yuan currency swap. […] Under the deal,
       * up to 15 billion yuan can be exchanged…": an amount no word of its
       * own names continues the swap the amount before it was. */
      if (before && before->metric == f->metric && f->metric_end == 0)
        note->by_currency |= before_note->by_currency;

      /* A swap between the article's two states whose sentence says not
       * who lends: the state whose currency the amount is in ("their 15
       * billion yuan currency swap": China lends to Nigeria). */
      if (note->by_currency && f->from < 0 && f->to < 0 && pa >= 0 && pb >= 0 && f->money.currency[0] != '\0')
        {
          char code[3] = { f->money.currency[0], f->money.currency[1], '\0' };
          int lender = bil_lexicon_lookup_entity (lex, code);

          if (lender == pa || lender == pb)
            {
              f->from = lender;
              f->to = lender == pa ? pb : pa;
              f->from_rule = f->to_rule = "currency";
            }
        }

      /* Who pays whom. A sentence that names no party continues the one
       * before it; what that one leaves open, the article says. */
      if (f->from < 0 && f->to < 0 && !note->two_way && f->metric != BIL_METRIC_OTHER && !note->from_nobody &&
          (note->before_subject >= 0 || note->before_host >= 0))
        {
          if (note->before_subject >= 0)
            {
              f->from = note->before_subject;
              f->from_rule = "sentence-before";
            }
          if (note->before_host >= 0 && note->before_host != f->from)
            {
              f->to = note->before_host;
              f->to_rule = "sentence-before";
            }
          f->doubts |= BIL_DOUBT_PARTY_CONTEXT;
        }
      if (note->two_way)
        {
          if ((f->from < 0 || f->to < 0) && pa >= 0 && pb >= 0 &&
              (f->from < 0 || f->from == pa || f->from == pb) && !note->foreign_party)
            {
              /* Still two-way ("↔" in the window); the doubt says whence. */
              f->from = pa;
              f->to = pb;
              f->from_rule = f->to_rule = "two-way";
              f->doubts |= BIL_DOUBT_PARTY_CONTEXT;
            }
          sort_two_way (f, lex);
        }
      else if (f->to < 0 && f->from >= 0 && g_strcmp0 (f->from_rule, "government") == 0 &&
               f->from == (pa >= 0 && forward + backward > 0 ? (forward >= backward ? pb : pa) : focus))
        {
          /* The government of the country the article's money goes to,
           * paying with no one to pay: its own spending ("The Government
           * of Cambodia will contribute $10.54 million"), which no one gives
           * and nobody lends or donates to itself. */
          f->to = f->from;
          f->to_rule = "own";
          f->from = -1;
          f->from_rule = NULL;
          f->doubts |= BIL_DOUBT_PARTY_CONTEXT;   /* whose money the article is about decided it */
          if (note->metric_weak && (f->metric == BIL_METRIC_LOAN || f->metric == BIL_METRIC_AID))
            f->metric = BIL_METRIC_OTHER;
        }
      else if (f->metric == BIL_METRIC_SUBSIDY)
        {
          /* A government's own subsidy: given by no one, to its country
           * (the one the article is about when the sentence names none). */
          if (f->to < 0 && f->from >= 0)
            {
              f->to = f->from;
              f->to_rule = f->from_rule;
            }
          else if (f->to < 0 && focus >= 0 && !note->foreign_party)
            {
              f->to = focus;
              f->to_rule = "article-pair";
              f->doubts |= BIL_DOUBT_PARTY_CONTEXT;
            }
          f->from = -1;
          f->from_rule = NULL;
        }
      else if (f->from < 0 && note->from_nobody)
        {
          /* "a $50 million loan from ADB": no country gives; the article's
           * recipient receives, where none is named. */
          int recipient = forward + backward > 0 ? (forward >= backward ? pb : pa) : focus;

          if (f->to < 0 && recipient >= 0)
            {
              f->to = recipient;
              f->to_rule = "article-pair";
              f->doubts |= BIL_DOUBT_PARTY_CONTEXT;
            }
        }
      else if ((f->from >= 0) != (f->to >= 0) && !(f->to < 0 && note->to_nobody) &&
               !(f->from < 0 && (f->metric == BIL_METRIC_OTHER || note->aggregate)))
        {
          /* (A cost, a budget, reserves in a country have no giver to
           * complete: "a total cost of $27 billion in Malaysia".) */
          int known = f->from >= 0 ? f->from : f->to;
          int partner;

          if (known != pa && known != pb && partners == NULL)
            partners = best_partners (facts);
          partner = known == pa ? pb : known == pb ? pa
                    : GPOINTER_TO_INT (g_hash_table_lookup (partners, GINT_TO_POINTER (known + 1))) - 1;
          /* In an article about one country, money from another goes to it. */
          if (focus_dominant && f->from >= 0 && focus != known)
            partner = focus;

          /* A party outside the main pair with no partner of its own gives
           * to (or takes from) the side the article's money goes to. */
          if (partner < 0 && pa >= 0 && forward + backward > 0)
            {
              int recipient = forward >= backward ? pb : pa, giver = forward >= backward ? pa : pb;
              partner = f->from >= 0 ? recipient : giver;
            }
          /* Money from a country to the one the article is about. */
          if (partner < 0 && f->from >= 0 && focus >= 0)
            partner = focus;

          if (partner >= 0 && partner != known)
            {
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
              f->doubts |= BIL_DOUBT_PARTY_CONTEXT;
            }
        }
      else if (f->from < 0 && f->to < 0 && f->metric == BIL_METRIC_OTHER && pa >= 0 && !note->foreign_party &&
               forward + backward > 0)
        {
          /* A cost, a budget, reserves that no one is said to give: in (or
           * of) the country the article's money goes to. */
          f->to = forward >= backward ? pb : pa;
          f->to_rule = "article-pair";
          f->doubts |= BIL_DOUBT_PARTY_CONTEXT;
        }
      else if (f->from < 0 && f->to < 0 && pa >= 0 && !note->foreign_party && forward + backward > 0)
        {
          gboolean fwd = forward >= backward;

          f->from = fwd ? pa : pb;
          f->to = fwd ? pb : pa;
          f->from_rule = f->to_rule = "article-pair";
          f->doubts |= BIL_DOUBT_PARTY_CONTEXT;
        }
      else if (f->from < 0 && f->to < 0 && pa < 0 && focus >= 0 && !note->foreign_party && !note->two_way &&
               f->metric != BIL_METRIC_DEAL && f->metric != BIL_METRIC_MARKET && f->metric != BIL_METRIC_TRADE)
        {
          /* An article about one country: money that the sentence gives
           * no party goes to it ("The $70 million road project will…" in
           * an article on loans to Cambodia); who gives, it does not say. */
          f->to = focus;
          f->to_rule = "article-pair";
          f->doubts |= BIL_DOUBT_PARTY_CONTEXT;
        }

      /* The year, unless "last year" said it of a date the article
       * does not give. */
      if (f->year == 0 && !year_unknowable (f))
        {
          const BilFigure *carried = NULL;

          for (guint k = i; k-- > 0;)
            {
              const BilFigure *o = &g_array_index (facts->figures, BilFigure, k);
              const Note *on = &g_array_index (notes, Note, k);

              if (on->paragraph != note->paragraph || on->sentence + 1 < note->sentence)
                break;
              if (on->sentence + 1 == note->sentence && o->year_stated && o->metric == f->metric)
                {
                  carried = o;
                  break;
                }
            }
          /* "A and B … were signed in May 2014": the list's year, before
           * the sentence before's. */
          for (guint k = i + 1; k < facts->figures->len && note->joined_next; k++)
            {
              const BilFigure *o = &g_array_index (facts->figures, BilFigure, k);
              const Note *on = &g_array_index (notes, Note, k);

              if (on->sentence != note->sentence)
                break;
              if (on->converts >= 0)
                continue;
              if (o->year_stated)
                {
                  carried = o;
                  break;
                }
              if (!on->joined_next)
                break;
            }
          if (carried)
            {
              f->year = carried->year;
              f->year_stated = FALSE;
              f->year_rule = "continues";
            }
          else if (note->scene_year)
            {
              f->year = note->scene_year;
              f->year_rule = "scene";
            }
          else if (note->paragraph_year)
            {
              f->year = note->paragraph_year;
              f->year_rule = "citation";
            }
          else if (note->after_year && !article_year)
            {
              f->year = note->after_year;
              f->year_rule = "sentence-after";
            }
          else
            {
              f->year = article_year;
              f->year_rule = article_year ? "publication" : NULL;
            }
        }
    }

  /* The same money named again ("the $3.54 billion debt financing
   * package") is of the year it was dated by where it was first told.
   * One table of the dated amounts: linear however many figures. */
  if (facts->figures->len <= 64)
    {
      /* Few figures (nearly every article): compared pairwise, no table. */
      for (guint i = 0; i < facts->figures->len; i++)
        {
          BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

          if (f->year_stated || f->money.vague || year_unknowable (f) || g_array_index (notes, Note, i).converts >= 0)
            continue;
          for (guint k = 0; k < facts->figures->len; k++)
            {
              const BilFigure *o = &g_array_index (facts->figures, BilFigure, k);

              if (o->year_stated && !o->money.vague && o->metric == f->metric && o->money.value == f->money.value &&
                  strcmp (o->money.currency, f->money.currency) == 0)
                {
                  f->year = o->year;
                  f->year_rule = "same-money";
                  break;
                }
            }
        }
    }
  else
  {
    g_autoptr(GHashTable) dated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < facts->figures->len; i++)
      {
        const BilFigure *o = &g_array_index (facts->figures, BilFigure, i);

        if (o->year_stated && !o->money.vague)
          {
            char *key = g_strdup_printf ("%.17g %s %d", o->money.value, o->money.currency, o->metric);

            if (g_hash_table_contains (dated, key))
              g_free (key);
            else
              g_hash_table_insert (dated, key, GINT_TO_POINTER (o->year));
          }
      }
    for (guint i = 0; i < facts->figures->len && g_hash_table_size (dated) > 0; i++)
      {
        BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
        g_autofree char *key = NULL;
        gpointer year;

        if (f->year_stated || f->money.vague || year_unknowable (f) || g_array_index (notes, Note, i).converts >= 0)
          continue;
        key = g_strdup_printf ("%.17g %s %d", f->money.value, f->money.currency, f->metric);
        if (g_hash_table_lookup_extended (dated, key, NULL, &year))
          {
            f->year = GPOINTER_TO_INT (year);
            f->year_rule = "same-money";
          }
      }
  }

  /* Money that a frame of its sentence sends from (or to) one party, the
   * other taken from the article, ties them too: "a $10 million grant from
   * the Japan Fund" in an article about Cambodia. Figures and evidence are
   * both in text order: one walk finds what a sentence already has, one
   * merge keeps the evidence in order. */
  {
    g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (BilPairEvidence));
    guint cursor = 0;

    for (guint i = 0; i < facts->figures->len; i++)
      {
        const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
        const Note *note = &g_array_index (notes, Note, i);
        BilPairEvidence pair;
        gboolean seen = FALSE;

        if (!note->frame_parties || note->two_way || note->converts >= 0 || f->from < 0 || f->to < 0 ||
            f->from == f->to || f->money.vague || !(f->doubts & BIL_DOUBT_PARTY_CONTEXT) ||
            bil_lexicon_bloc_has_member (lex, f->from, f->to) || bil_lexicon_bloc_has_member (lex, f->to, f->from))
          continue;
        pair.a = compare_codes (lex, f->from, f->to) < 0 ? f->from : f->to;
        pair.b = pair.a == f->from ? f->to : f->from;
        while (cursor < facts->pairs->len && g_array_index (facts->pairs, BilPairEvidence, cursor).start < f->sentence_start)
          cursor++;
        for (guint k = cursor; k < facts->pairs->len && !seen; k++)
          {
            const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, k);

            if (p->start != f->sentence_start)
              break;
            seen = p->a == pair.a && p->b == pair.b && p->stance == BIL_STANCE_COOPERATION;
          }
        /* …and what this pass added for the same sentence. */
        for (guint k = added->len; k-- > 0 && !seen;)
          {
            const BilPairEvidence *p = &g_array_index (added, BilPairEvidence, k);

            if (p->start != f->sentence_start)
              break;
            seen = p->a == pair.a && p->b == pair.b;
          }
        if (seen)
          continue;
        pair.stance = BIL_STANCE_COOPERATION;
        pair.sectors = f->sectors;
        pair.start = f->sentence_start;
        pair.end = f->sentence_end;
        pair.rule = "figure-context";
        g_array_append_val (added, pair);
      }
    if (added->len > 0)
      {
        /* Each added one after the evidence that starts where it does. */
        GArray *merged = g_array_sized_new (FALSE, FALSE, sizeof (BilPairEvidence), facts->pairs->len + added->len);
        guint a = 0, b = 0;

        while (a < facts->pairs->len || b < added->len)
          {
            if (b == added->len || (a < facts->pairs->len &&
                                    g_array_index (facts->pairs, BilPairEvidence, a).start <=
                                    g_array_index (added, BilPairEvidence, b).start))
              g_array_append_val (merged, g_array_index (facts->pairs, BilPairEvidence, a++));
            else
              g_array_append_val (merged, g_array_index (added, BilPairEvidence, b++));
          }
        g_array_unref (facts->pairs);
        facts->pairs = merged;
      }
  }

  /* Restatements in another currency. */
  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      const Note *note = &g_array_index (notes, Note, i);
      const BilFigure *main;

      if (note->converts < 0)
        continue;
      main = &g_array_index (facts->figures, BilFigure, note->converts);
      f->metric = main->metric;
      f->metric_start = main->metric_start;
      f->metric_end = main->metric_end;
      f->from = main->from;
      f->to = main->to;
      f->from_rule = main->from_rule;
      f->to_rule = main->to_rule;
      f->year = main->year;
      f->year_stated = main->year_stated;
      f->year_rule = main->year_rule;
      f->year_start = main->year_start;
      f->year_end = main->year_end;
      f->doubts |= main->doubts & (BIL_DOUBT_METRIC_CONTEXT | BIL_DOUBT_PARTY_CONTEXT);
      if (!note->own_approx)
        {
          f->approx = main->approx;
          f->approx_start = main->approx_start;
          f->approx_end = main->approx_end;
        }
    }
}

/* ---- the article ------------------------------------------------------- */

static void
read_sentence (Ctx    *ctx,
               gsize   start,
               gsize   end,
               GArray *notes)
{
  ctx->s_start = start;
  ctx->s_end = end;
  ctx->pairs_before = ctx->facts->pairs->len;
  empty (ctx->matches);
  empty (ctx->amounts);

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

  read_figures (ctx, notes);
  pairs_by_coordination (ctx);
  pairs_by_with (ctx);
  pairs_by_clause_rivalry (ctx);
  pairs_by_sentence (ctx);
  pairs_by_both_parties (ctx);

  /* "Japanese parts maker Higuchi will build a plant in Coahuila. The
   * US$3.5 million facility…": what the next sentence may continue. */
  ctx->before_subject = ctx->before_host = -1;
  ctx->before_paragraph = ctx->paragraph;
  for (guint i = 0; i < ctx->ents->len; i++)
    {
      const Ent *e = &g_array_index (ctx->ents, Ent, i);
      static const Word hosts[] = { WORD ("in "), WORD ("into "), WORD ("to ") };

      if (e->enumerated)
        continue;
      if (ctx->before_host < 0 && preceded_by (ctx, e, hosts, G_N_ELEMENTS (hosts)))
        ctx->before_host = e->entity;
      else if (ctx->before_subject < 0 && !after_preposition (ctx, e) && !coordinated_party (ctx, e))
        ctx->before_subject = e->entity;
    }
}

/* The dollar of the country @place ("SYDNEY", "Singapore Business Daily")
 * names, or NULL; @token is how the dollar is written ("A$"). */
static const char *
place_dollar (const char  *place,
              BilLexicon  *lex,
              const char **token)
{
  static const struct { const char *country, *iso, *token; } dollars[] = {
    { "AU", "AUD", "A$" }, { "CA", "CAD", "C$" }, { "NZ", "NZD", "NZ$" }, { "SG", "SGD", "S$" },
    { "HK", "HKD", "HK$" }, { "TW", "TWD", "NT$" }, { "BN", "BND", "B$" },
  };
  g_autoptr(GArray) matches = NULL;
  g_autofree char *title = NULL;

  if (place == NULL || *place == '\0')
    return NULL;
  /* "KUALA LUMPUR" → "Kuala Lumpur", as the gazetteer writes names. */
  title = g_ascii_strdown (place, -1);
  for (char *p = title; *p; p++)
    if (p == title || p[-1] == ' ' || p[-1] == '-')
      *p = g_ascii_toupper (*p);
  matches = g_array_new (FALSE, FALSE, sizeof (BilMatch));
  bil_lexicon_scan (lex, title, 0, strlen (title), matches);
  for (guint i = 0; i < matches->len; i++)
    {
      const BilMatch *m = &g_array_index (matches, BilMatch, i);
      const BilTerm *t = bil_match_find (m, BIL_TERM_PLACE);

      if (t == NULL)
        t = bil_match_find (m, BIL_TERM_COUNTRY);
      if (t == NULL)
        t = bil_match_find (m, BIL_TERM_DEMONYM);
      if (t == NULL)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (dollars); k++)
        if (g_strcmp0 (bil_lexicon_entity_code (lex, t->value), dollars[k].country) == 0)
          {
            *token = dollars[k].token;
            return dollars[k].iso;
          }
      return NULL;
    }
  return NULL;
}

/* The dollar of the country an article is written from, by its dateline
 * ("SYDNEY, March 4 (Reuters)") or its source ("Singapore Business
 * Daily"), or NULL. */
static const char *
context_dollar (BilArticle *article,
                BilLexicon *lex,
                const char **token)
{
  const char *iso = place_dollar (bil_article_get_place (article), lex, token);

  return iso ? iso : place_dollar (bil_article_get_source (article), lex, token);
}

/* Is @usd a plausible US$ value of @value units of @currency? */
static gboolean
plausible_usd (double      value,
               const char *currency,
               double      usd,
               int         year)
{
  double rate = bil_rate_table_lookup (bil_rate_table_get_default (), currency, year, NULL);

  return isfinite (rate) && rate > 0 && value > 0 && fabs (usd / (value / rate) - 1) < 0.25;
}

/*
 * A bare "$" is the US dollar unless the article is written from a country
 * with a dollar of its own (its dateline or source) and never writes "US$": then it is
 * that dollar. Either way a bare "$" in brackets after another dollar whose
 * ratio is a plausible exchange rate is the US dollar: "A$2 billion ($1.3
 * billion)". An article that marks its own dollar ("A$1.5 billion") writes a
 * bare "$" for another: the US dollar, as written.
 */
static void
resolve_bare_dollars (BilFacts   *facts,
                      GArray     *notes,
                      BilArticle *article,
                      BilLexicon *lex,
                      int         article_year)
{
  const char *token = NULL;
  const char *local = context_dollar (article, lex, &token);
  gboolean explicit_usd = FALSE;

  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

      if (!f->money.bare_dollar && strcmp (f->money.currency, "USD") == 0)
        explicit_usd = TRUE;
    }
  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      const Note *note = &g_array_index (notes, Note, i);

      if (!f->money.bare_dollar || f->money.vague)
        continue;
      if (note->converts >= 0)
        {
          const BilFigure *main = &g_array_index (facts->figures, BilFigure, note->converts);

          if (strcmp (main->money.currency, "USD") != 0 &&
              plausible_usd (main->money.value, main->money.currency, f->money.value, article_year))
            continue;
        }
      if (local == NULL || explicit_usd)
        continue;
      memcpy (f->money.currency, local, 4);
      f->money.rule = BIL_CURRENCY_BY_CONTEXT;
      f->context_currency = token;
    }
}

/*
 * Symbols that several countries write: "Rs" is the Indian rupee in Indian
 * text and the Pakistani (Sri Lankan, Nepalese) one in theirs, "Sh" the
 * Kenyan shilling or the Tanzanian or Ugandan one. The country the article
 * names most among those decides; India and Kenya where none is named.
 */
static void
resolve_shared_symbols (BilFacts   *facts,
                        BilLexicon *lex)
{
  static const struct { const char *token, *country, *iso; } shared[] = {
    { "Rs", "IN", "INR" }, { "Rs", "PK", "PKR" }, { "Rs", "LK", "LKR" }, { "Rs", "NP", "NPR" },
    { "Rs.", "IN", "INR" }, { "Rs.", "PK", "PKR" }, { "Rs.", "LK", "LKR" }, { "Rs.", "NP", "NPR" },
    { "\xE2\x82\xA8", "IN", "INR" }, { "\xE2\x82\xA8", "PK", "PKR" }, { "\xE2\x82\xA8", "LK", "LKR" },
    { "Sh", "KE", "KES" }, { "Sh", "TZ", "TZS" }, { "Sh", "UG", "UGX" },
    { "sh", "KE", "KES" }, { "sh", "TZ", "TZS" }, { "sh", "UG", "UGX" },
  };
  guint counts[G_N_ELEMENTS (shared)] = { 0 };
  gboolean any = FALSE;

  for (guint i = 0; i < facts->figures->len && !any; i++)
    {
      const BilFigure *f = &g_array_index (facts->figures, BilFigure, i);

      for (guint k = 0; k < G_N_ELEMENTS (shared) && !any && f->money.rule == BIL_CURRENCY_BY_SYMBOL; k++)
        any = f->money.currency_text && f->money.currency_text[0] == shared[k].token[0] &&
              strcmp (f->money.currency_text, shared[k].token) == 0;
    }
  if (!any)
    return;
  for (guint i = 0; i < facts->mentions->len; i++)
    {
      const BilMention *m = &g_array_index (facts->mentions, BilMention, i);
      const char *code = m->entity >= 0 ? bil_lexicon_entity_code (lex, m->entity) : NULL;

      for (guint k = 0; code && k < G_N_ELEMENTS (shared); k++)
        if (shared[k].country[0] == code[0] && strcmp (shared[k].country, code) == 0)
          counts[k]++;
    }
  for (guint i = 0; i < facts->figures->len; i++)
    {
      BilFigure *f = &g_array_index (facts->figures, BilFigure, i);
      int best = -1;

      if (f->money.rule != BIL_CURRENCY_BY_SYMBOL || f->money.currency_text == NULL)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (shared); k++)
        if (strcmp (shared[k].token, f->money.currency_text) == 0 && (best < 0 || counts[k] > counts[best]))
          best = (int) k;
      if (best < 0 || strcmp (shared[best].iso, f->money.currency) == 0)
        continue;
      memcpy (f->money.currency, shared[best].iso, 4);
      f->money.rule = BIL_CURRENCY_BY_COUNTRY;
    }
}

/* Whether @entities (int) holds @entity. */
static gboolean
has_entity (GArray *entities,
            int     entity)
{
  for (guint i = 0; i < entities->len; i++)
    if (g_array_index (entities, int, i) == entity)
      return TRUE;
  return FALSE;
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
  Scratch *scratch = g_private_get (&scratch_key);
  BilFacts *facts;
  GArray *own[G_N_ELEMENTS (((Scratch *) NULL)->kept)];
  const BilSpan *sentences;
  GArray *notes;
  guint n;
  gsize len;
  Ctx ctx = { 0 };

  g_return_val_if_fail (BIL_IS_ARTICLE (article), NULL);

  if (scratch == NULL)
    {
      scratch = g_new0 (Scratch, 1);
      scratch->matches = g_array_new (FALSE, FALSE, sizeof (BilMatch));
      scratch->amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));
      scratch->ents = g_array_new (FALSE, FALSE, sizeof (Ent));
      scratch->clauses = g_array_new (FALSE, FALSE, sizeof (gsize));
      scratch->institutions = g_array_new (FALSE, FALSE, sizeof (BilSpan));
      scratch->years = g_array_new (FALSE, FALSE, sizeof (YearMention));
      scratch->notes = g_array_new (FALSE, FALSE, sizeof (Note));
      g_private_set (&scratch_key, scratch);
    }
  notes = scratch->notes;

  facts = bil_facts_new (bil_lexicon_n_sectors (lexicon));
  scratch_lend (scratch, facts, own);
  ctx.lex = lexicon;
  ctx.text = bil_article_get_text (article, &len);
  ctx.article_year = bil_article_get_year (article);
  ctx.facts = facts;
  ctx.matches = scratch->matches;
  ctx.amounts = scratch->amounts;
  ctx.ents = scratch->ents;
  ctx.clauses = scratch->clauses;
  ctx.years = scratch->years;
  ctx.aside_open = ctx.aside_close = -1;
  ctx.institutions = scratch->institutions;
  ctx.last_a = ctx.last_b = -1;
  ctx.before_subject = ctx.before_host = -1;

  sentences = bil_article_get_sentences (article, &n);
  for (guint i = 0; i < n; i++)
    {
      ctx.sentence_index = i;
      if (i == 0 || memchr (ctx.text + sentences[i - 1].end, '\n', sentences[i].start - sentences[i - 1].end))
        {
          const char *line_end = memchr (ctx.text + sentences[i].start, '\n', len - sentences[i].start);
          gsize line_len = (line_end ? (gsize) (line_end - ctx.text) : len) - sentences[i].start;
          int m, d;

          ctx.paragraph += i > 0;
          ctx.scene_year = 0;
          if (!bil_metadata_parse_citation_date (ctx.text + sentences[i].start, line_len, &ctx.paragraph_year, &m, &d))
            ctx.paragraph_year = 0;
        }
      read_sentence (&ctx, sentences[i].start, sentences[i].end, notes);
    }

  resolve_bare_dollars (facts, notes, article, lexicon, ctx.article_year);
  resolve_shared_symbols (facts, lexicon);
  read_discourse (facts, notes, lexicon, ctx.article_year);
  g_clear_pointer (&ctx.stated_companies, g_hash_table_unref);

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

  /* Each entity once, in the order first named: a mark per entity (the
   * thread's, cleared after) rather than a hash table per article. */
  {
    guint n_marks = bil_lexicon_n_entities (lexicon) + 1;

    if (scratch->seen == NULL || scratch->seen->len < n_marks)
      {
        g_clear_pointer (&scratch->seen, g_byte_array_unref);
        scratch->seen = g_byte_array_sized_new (n_marks);
        g_byte_array_set_size (scratch->seen, n_marks);
        memset (scratch->seen->data, 0, n_marks);
      }
    for (guint i = 0; i < facts->mentions->len; i++)
      {
        BilMention *m = &g_array_index (facts->mentions, BilMention, i);
        guint mark = (guint) (m->entity + 1);

        if (m->kind == BIL_MENTION_COMPANY || m->kind == BIL_MENTION_FORUM)
          continue;
        if (mark < n_marks ? scratch->seen->data[mark] == 0 : !has_entity (facts->countries, m->entity))
          {
            if (mark < n_marks)
              scratch->seen->data[mark] = 1;
            g_array_append_val (facts->countries, m->entity);
          }
      }
    for (guint i = 0; i < facts->countries->len; i++)
      {
        guint mark = (guint) (g_array_index (facts->countries, int, i) + 1);

        if (mark < n_marks)
          scratch->seen->data[mark] = 0;
      }
  }
  g_array_sort_with_data (facts->countries, compare_entity_codes, lexicon);
  bil_doubts_assess (facts, lexicon, ctx.article_year);
  scratch_give_back (scratch, facts, own);

  bil_array_recycle (&scratch->notes, SCRATCH_KEEP_NOTES);
  return facts;
}
