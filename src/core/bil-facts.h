/* bil-facts.h: what the extractor read in one article
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-lexicon.h"
#include "bil-money.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_MENTION_NAME,
  BIL_MENTION_DEMONYM,
  BIL_MENTION_PLACE,
  BIL_MENTION_BLOC,
  BIL_MENTION_COMPANY,   /* stands for its home country, not counted as a mention of it */
  BIL_MENTION_FORUM,     /* G7, RCEP: kept for the reader, never a party */
} BilMentionKind;

/* An article holds at most BIL_ARTICLE_MAX_BYTES (4 GiB), so a mention's
 * offsets fit 32 bits: 16 bytes a mention, not 24 (a million mentions at
 * 100,000 articles). */
typedef struct
{
  guint32        start;
  guint32        end;
  int            entity;
  BilMentionKind kind;
} BilMention;

typedef enum
{
  BIL_STANCE_COOPERATION,
  BIL_STANCE_RIVALRY,
} BilStance;

/* Where a US$ value came from. */
typedef enum
{
  BIL_RATE_NONE,          /* already US$ */
  BIL_RATE_ARTICLE,       /* a rate stated in the same article */
  BIL_RATE_CORPUS,        /* a rate stated in the article of the nearest date */
  BIL_RATE_TABLE,         /* the annual average of the figure's year */
  BIL_RATE_TABLE_LATEST,  /* the latest annual average: the year is unknown or beyond the table */
  BIL_RATE_UNKNOWN,       /* no rate for this currency */
} BilRateSource;

/* What the user made of a figure (see BilReview). */
typedef enum
{
  BIL_REVIEW_NONE,
  BIL_REVIEW_CORRECTED,   /* one or more fields edited */
  BIL_REVIEW_ADDED,       /* a figure the extractor missed */
  BIL_REVIEW_REJECTED,    /* not a figure: kept for undo, shown nowhere */
} BilReviewMark;

typedef struct
{
  BilMoney       money;
  BilApprox      approx;
  /* In the holes the alignment leaves: 100,000s of figures stay 256 bytes each. */
  guint16        doubts;                       /* BilDoubt flags: why the reading may be wrong */
  guint8         review;                       /* BilReviewMark */
  guint8         corrected;                    /* BilField flags: what the user set */
  gsize          approx_start, approx_end;     /* 0, 0 when none */
  BilMetric      metric;
  gboolean       preferred;                    /* the value the user chose where sources disagree */
  gsize          metric_start, metric_end;     /* the words that decided; 0, 0 when none */
  int            from;                         /* entity, or -1 */
  int            to;
  const char    *from_rule;                    /* static: "possessive", "demonym", "subject"… */
  const char    *to_rule;
  int            year;                         /* 0 when unknown */
  gboolean       year_stated;
  const char    *year_rule;                    /* static: "stated", "relative", "continues", "scene", "same-money",
                                                * "citation", "publication"; NULL when unknown */
  gsize          year_start, year_end;         /* 0, 0 when inferred from the date */
  gsize          sentence_start, sentence_end;
  double         usd;                          /* NAN when unknown or vague */
  double         rate;                         /* units of currency per US$ used */
  BilRateSource  rate_source;
  int            rate_year;                    /* the table year, for BIL_RATE_TABLE* */
  const char    *rate_file;                    /* the article that stated the rate */
  const char    *context_currency;             /* static: the token that re-read a bare "$" */
  guint64        sectors;                      /* of its sentence, else the article's main ones */
} BilFigure;

typedef struct
{
  int       a;           /* entities, a's code sorting before b's */
  int       b;
  BilStance stance;
  guint64   sectors;     /* bit i: sector i */
  guint32   start;       /* the evidence sentence (an article holds at most BIL_ARTICLE_MAX_BYTES) */
  guint32   end;
  const char *rule;      /* static: which reading found it */
} BilPairEvidence;

typedef struct
{
  GArray  *mentions;     /* BilMention, in text order */
  GArray  *figures;      /* BilFigure, in text order */
  GArray  *rates;        /* BilRateStatement */
  GArray  *pairs;        /* BilPairEvidence */
  GArray  *countries;    /* int entities, sorted by code, companies not counted */
  guint   *sector_counts;/* mentions per sector */
  guint    n_sectors;
  GStringChunk *strings; /* NULL, or the rule and token names read from a JSONL file */
} BilFacts;

BilFacts *bil_facts_new  (guint     n_sectors);
void      bil_facts_free (BilFacts *facts);
int       bil_facts_find_figure (const BilFacts *facts,
                                 gsize           start,
                                 gsize           end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilFacts, bil_facts_free)

G_END_DECLS
