/* bil-money.h: monetary amounts and exchange-rate statements in text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the currency of an amount was decided. */
typedef enum
{
  BIL_CURRENCY_BY_SYMBOL,   /* "RM", "US$", "¥", "€" */
  BIL_CURRENCY_BY_CODE,     /* "USD", "MYR": a code wins over a bare "$" */
  BIL_CURRENCY_BY_WORD,     /* "ringgit", "yen", "US dollars" */
  BIL_CURRENCY_BY_DEFAULT,  /* a bare "$" or "dollars": US$ unless the context says otherwise */
  BIL_CURRENCY_BY_CONTEXT,  /* a bare "$" read as the article's other dollar (A$, S$…) */
  BIL_CURRENCY_BY_COUNTRY,  /* a symbol several countries use ("Rs", "Sh"), read as that of the country the article is about */
} BilCurrencyRule;

typedef struct
{
  gsize           start;        /* the amount's text: currency, number, scale */
  gsize           end;
  double          value;        /* in units of @currency; NAN when vague; a range's midpoint */
  double          low;          /* NAN unless a range */
  double          high;
  double          number;       /* the number as written, before the scale */
  double          scale;        /* 1, 1e3, 1e6, 1e9, 1e12, 1e5 (lakh), 1e7 (crore), 1e4 (万), 1e8 (億) */
  const char     *scale_word;   /* static, e.g. "billion", "億"; NULL when none */
  char            currency[4];  /* ISO 4217 */
  BilCurrencyRule rule;
  const char     *currency_text;/* static, the token that decided: "US$", "ringgit"… */
  gboolean        bare_dollar;  /* decided by a bare "$" or "dollars" */
  gboolean        vague;        /* "billions of dollars": kept, never plotted */
  gboolean        glued_code;   /* a currency code glued to the digits: "USD77" */
} BilMoney;

/* "(US$1 = RM4.50)": @rate units of @quote per unit of @base. */
typedef struct
{
  gsize  start;
  gsize  end;
  char   base[4];
  char   quote[4];
  double rate;
} BilRateStatement;

void      bil_money_scan            (const char *text,
                                     gsize       start,
                                     gsize       end,
                                     GArray     *amounts,
                                     GArray     *rates);
gboolean  bil_money_is_known_currency (const char *code);

G_END_DECLS
