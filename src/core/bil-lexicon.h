/* bil-lexicon.h: every word list the extractor matches, in one trie
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "bil-frame.h"

G_BEGIN_DECLS

typedef enum
{
  BIL_TERM_COUNTRY,       /* "Japan", "U.S.": value = entity */
  BIL_TERM_DEMONYM,       /* "Japanese": value = entity */
  BIL_TERM_PLACE,         /* "Tokyo", "Penang": value = entity */
  BIL_TERM_BLOC,          /* "ASEAN", "EU": value = entity */
  BIL_TERM_FORUM,         /* "G7", "RCEP", "AZEC": a grouping, not a party; value = entity */
  BIL_TERM_INSTITUTION,   /* "ADB", "World Bank", "IMF": a lender of no country, never a party; value = entity */
  BIL_TERM_COMPANY,       /* "Microsoft": value = company (bil_lexicon_company_home), with
                           * BIL_COMPANY_NAMES_HOME where the surface names it ("Saudi Aramco") */
  BIL_TERM_EXCLUSION,     /* "South China Sea": not a mention */
  BIL_TERM_SECTOR,        /* value = sector */
  BIL_TERM_COOPERATION,
  BIL_TERM_RIVALRY,
  BIL_TERM_ENUMERATION,   /* "such as", "including" */
  BIL_TERM_OPPOSITION,    /* "against", "versus" */
  BIL_TERM_BOTH_PARTIES,  /* "both countries" */
  BIL_TERM_METRIC,        /* value = BilMetric */
  BIL_TERM_QUALIFIER,     /* value = BilApprox */
  BIL_TERM_RELATIVE_YEAR, /* value = offset from the article's year */
  BIL_TERM_FRAME,         /* "invest", "exports", "lend": value = frame (bil_lexicon_get_frame) */
  BIL_TERM_SHORT_FORM,    /* "米", "日": a country only in a compound (日米, 対米); value = entity */
} BilTermKind;

typedef enum
{
  BIL_METRIC_TRADE,
  BIL_METRIC_FDI,
  BIL_METRIC_INVESTMENT,
  BIL_METRIC_AID,
  BIL_METRIC_LOAN,
  BIL_METRIC_SUBSIDY,
  BIL_METRIC_DEAL,
  BIL_METRIC_MARKET,
  BIL_METRIC_OTHER,
  BIL_N_METRICS
} BilMetric;

/* Registered: properties and settings hold a BilMetric by its nick, which
 * is the name data/cues.json, --metric and the JSON output use. */
#define BIL_TYPE_METRIC (bil_metric_get_type ())
GType bil_metric_get_type (void);

typedef enum
{
  BIL_APPROX_NONE,
  BIL_APPROX_NEARLY,
  BIL_APPROX_OVER,
  BIL_APPROX_ABOUT,
} BilApprox;

typedef struct
{
  guint8  kind;    /* BilTermKind */
  gint16  value;
} BilTerm;

typedef struct
{
  gsize          start;
  gsize          end;
  const BilTerm *terms;
  guint          n_terms;
  guint32        kinds;   /* 1 << kind of each term, so a kind it lacks is answered at once */
} BilMatch;

typedef struct _BilLexicon BilLexicon;

/* The match's term of @kind, or NULL. Asked about ten times of every match
 * by the extractor's rules, most often of a kind it lacks. */
static inline const BilTerm *
bil_match_find (const BilMatch *match,
                BilTermKind     kind)
{
  if (!(match->kinds & (1u << kind)))
    return NULL;
  for (guint k = 0; k < match->n_terms; k++)
    if (match->terms[k].kind == kind)
      return &match->terms[k];
  return NULL;
}

/* A metric term's value: the metric, and whether the word names it only
 * weakly ("agreement", "projects": a strong word in the clause wins). */
#define BIL_METRIC_WEAK 0x100

BilLexicon  *bil_lexicon_get_default     (void);
BilLexicon  *bil_lexicon_new_from_data   (GBytes      *gazetteer,
                                          GBytes      *sectors,
                                          GBytes      *cues,
                                          GBytes      *frames,
                                          GError     **error);
void         bil_lexicon_free            (BilLexicon  *self);
void         bil_lexicon_scan            (BilLexicon  *self,
                                          const char  *text,
                                          gsize        start,
                                          gsize        end,
                                          GArray      *matches);

/* Entities: countries and blocs, by index. */
guint        bil_lexicon_n_entities      (BilLexicon  *self);
const char  *bil_lexicon_entity_code     (BilLexicon  *self,
                                          int          entity);
const char  *bil_lexicon_entity_name     (BilLexicon  *self,
                                          int          entity);
int          bil_lexicon_lookup_entity   (BilLexicon  *self,
                                          const char  *code);
gboolean     bil_lexicon_entity_is_bloc  (BilLexicon  *self,
                                          int          entity);
gboolean     bil_lexicon_bloc_has_member (BilLexicon  *self,
                                          int          bloc,
                                          int          member);
const int   *bil_lexicon_bloc_members    (BilLexicon  *self,
                                          int          bloc,
                                          guint       *n_members);

/* Companies and government bodies of the gazetteer, by a term's value. */
#define BIL_COMPANY_NAMES_HOME 0x4000
int          bil_lexicon_company_home    (BilLexicon  *self,
                                          int          company);
gboolean     bil_lexicon_company_is_state (BilLexicon *self,
                                          int          company);

/* Frames (data/frames.json), by index. */
const BilFrame *bil_lexicon_get_frame    (BilLexicon  *self,
                                          int          frame);
const BilFrame *bil_lexicon_get_default_frame (BilLexicon *self);

/* Sectors, by index (fewer than 64). */
guint        bil_lexicon_n_sectors       (BilLexicon  *self);
const char  *bil_lexicon_sector_id       (BilLexicon  *self,
                                          int          sector);
const char  *bil_lexicon_sector_label    (BilLexicon  *self,
                                          int          sector);

const char  *bil_metric_to_string        (BilMetric    metric);
BilMetric    bil_metric_from_string      (const char  *name);
gboolean     bil_metric_lookup           (const char  *name,
                                          BilMetric   *metric);
const char  *bil_approx_to_string        (BilApprox    approx);

G_END_DECLS
