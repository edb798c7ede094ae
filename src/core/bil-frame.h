/* bil-frame.h: a construction that says who pays whom
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "invest … in", "exports to", "imports from", "a trade deficit with",
 * "lend X …", "borrow from", "repay X": which party of the clause gives the
 * money and which receives it. The frames are data (data/frames.json); the
 * lexicon finds their words and the extractor fills their roles.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  BIL_ROLE_NONE,
  BIL_ROLE_FROM,   /* investor, lender, donor, exporter, surplus country, buyer */
  BIL_ROLE_TO,     /* host, borrower, recipient, importer, deficit country, seller */
} BilRole;

typedef struct
{
  char    *word;   /* "in", "to", "from"… */
  guint    len;
  BilRole  role;
} BilFramePrep;

typedef struct
{
  char         *id;          /* "invest", "lend"… */
  BilRole       subject;     /* the clause's party, or a possessive before the word */
  BilRole       object;      /* a party directly after the word: "lend Indonesia" */
  BilRole       by;          /* the agent of a passive: "invested by Japan" */
  BilRole       possessor;   /* a possessive before the word, where it differs from the subject:
                              * "Vietnam's largest investor" is Vietnam's host */
  gboolean      two_way;     /* "trade between X and Y": both parties, sorted */
  int           metric_hint; /* BilMetric when no word names one, or -1 */
  gboolean      market;      /* lent by the market: a bond has a borrower and no country that lends */
  gboolean      by_currency; /* a swap: the state whose currency the amount is in lends */
  BilFramePrep *preps;
  guint         n_preps;
} BilFrame;

gboolean    bil_frame_init_from_json (BilFrame    *frame,
                                      JsonObject  *object,
                                      GError     **error);
void        bil_frame_clear          (BilFrame    *frame);
BilRole     bil_frame_prep_role      (const BilFrame *frame,
                                      const char     *text,
                                      gsize           start,
                                      gsize           end,
                                      gsize          *prep_len);

G_END_DECLS
