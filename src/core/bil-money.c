/* bil-money.c: monetary amounts and exchange-rate statements in text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A hand-written scanner: it anchors on digits (ASCII or full-width) and on
 * the few vague phrases ("billions of dollars"), then reads a currency
 * before, the number, a scale word, a range, and a currency after. Nothing
 * here allocates per character, so it runs at the speed of the text.
 */

#define G_LOG_DOMAIN "bil-money"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-money.h"
#include "bil-text.h"

enum {
  PREFIX    = 1 << 0,  /* before the number */
  SUFFIX    = 1 << 1,  /* after the number (or its scale) */
  CODE      = 1 << 2,  /* an ISO code: wins over a bare dollar */
  WORD      = 1 << 3,  /* a word: matched without regard to case */
  BARE      = 1 << 4,  /* "$", "dollars": US$ unless the context says otherwise */
  GLUED     = 1 << 5,  /* only directly before a digit ("W1,297") */
  CJK       = 1 << 6,  /* no word boundary needed */
};

typedef struct
{
  const char *token;
  guint       len;       /* strlen (token): asked for every digit of every sentence */
  const char *iso;
  guint       flags;
} CurrencyToken;

#define TOKEN(literal) literal, sizeof (literal) - 1

/* Longer tokens first where one ends another ("US$" before "$"). */
static const CurrencyToken currency_tokens[] = {
  { TOKEN ("U.S.$"), "USD", PREFIX },
  { TOKEN ("US$"), "USD", PREFIX },
  { TOKEN ("USD $"), "USD", PREFIX | CODE },
  { TOKEN ("USD$"), "USD", PREFIX | CODE },
  { TOKEN ("AS$"), "USD", PREFIX },       /* Malay: dolar Amerika Syarikat */
  { TOKEN ("SG$"), "SGD", PREFIX },
  { TOKEN ("S$"), "SGD", PREFIX },
  { TOKEN ("AU$"), "AUD", PREFIX },
  { TOKEN ("A$"), "AUD", PREFIX },
  { TOKEN ("HK$"), "HKD", PREFIX },
  { TOKEN ("NT$"), "TWD", PREFIX },
  { TOKEN ("CA$"), "CAD", PREFIX },
  { TOKEN ("C$"), "CAD", PREFIX },
  { TOKEN ("NZ$"), "NZD", PREFIX },
  { TOKEN ("R$"), "BRL", PREFIX },
  { TOKEN ("B$"), "BND", PREFIX },
  { TOKEN ("$"), "USD", PREFIX | BARE },
  { TOKEN ("RM"), "MYR", PREFIX },
  { TOKEN ("JP\xC2\xA5"), "JPY", PREFIX },
  { TOKEN ("CN\xC2\xA5"), "CNY", PREFIX },
  { TOKEN ("\xC2\xA5"), "JPY", PREFIX },            /* ¥ */
  { TOKEN ("\xEF\xBF\xA5"), "JPY", PREFIX },        /* ￥ */
  { TOKEN ("\xE2\x82\xAC"), "EUR", PREFIX },        /* € */
  { TOKEN ("\xC2\xA3"), "GBP", PREFIX },            /* £ */
  { TOKEN ("\xE2\x82\xA9"), "KRW", PREFIX },        /* ₩ */
  { TOKEN ("W"), "KRW", PREFIX | GLUED },
  { TOKEN ("\xE2\x82\xB9"), "INR", PREFIX },        /* ₹ */
  { TOKEN ("Rs."), "INR", PREFIX },
  { TOKEN ("Rs"), "INR", PREFIX },
  { TOKEN ("Rp."), "IDR", PREFIX },
  { TOKEN ("Rp"), "IDR", PREFIX },
  { TOKEN ("\xE0\xB8\xBF"), "THB", PREFIX },        /* ฿ */
  { TOKEN ("\xE2\x82\xB1"), "PHP", PREFIX },        /* ₱ */
  { TOKEN ("\xE2\x82\xAB"), "VND", PREFIX },        /* ₫ */
  { TOKEN ("US dollars"), "USD", SUFFIX | WORD },
  { TOKEN ("U.S. dollars"), "USD", SUFFIX | WORD },
  { TOKEN ("American dollars"), "USD", SUFFIX | WORD },
  { TOKEN ("Singapore dollars"), "SGD", SUFFIX | WORD },
  { TOKEN ("Australian dollars"), "AUD", SUFFIX | WORD },
  { TOKEN ("Hong Kong dollars"), "HKD", SUFFIX | WORD },
  { TOKEN ("New Taiwan dollars"), "TWD", SUFFIX | WORD },
  { TOKEN ("Taiwan dollars"), "TWD", SUFFIX | WORD },
  { TOKEN ("Canadian dollars"), "CAD", SUFFIX | WORD },
  { TOKEN ("New Zealand dollars"), "NZD", SUFFIX | WORD },
  { TOKEN ("Brunei dollars"), "BND", SUFFIX | WORD },
  { TOKEN ("dollars"), "USD", SUFFIX | WORD | BARE },
  { TOKEN ("dollar"), "USD", SUFFIX | WORD | BARE },
  { TOKEN ("dolar AS"), "USD", SUFFIX | WORD },
  { TOKEN ("ringgit"), "MYR", SUFFIX | WORD },
  { TOKEN ("yen"), "JPY", SUFFIX | WORD },
  { TOKEN ("euros"), "EUR", SUFFIX | WORD },
  { TOKEN ("euro"), "EUR", SUFFIX | WORD },
  { TOKEN ("pounds sterling"), "GBP", SUFFIX | WORD },
  { TOKEN ("pounds"), "GBP", SUFFIX | WORD },
  { TOKEN ("sterling"), "GBP", SUFFIX | WORD },
  { TOKEN ("won"), "KRW", SUFFIX | WORD },
  { TOKEN ("rupees"), "INR", SUFFIX | WORD },
  { TOKEN ("rupee"), "INR", SUFFIX | WORD },
  { TOKEN ("rupiah"), "IDR", SUFFIX | WORD },
  { TOKEN ("baht"), "THB", SUFFIX | WORD },
  { TOKEN ("yuan"), "CNY", SUFFIX | WORD },
  { TOKEN ("renminbi"), "CNY", SUFFIX | WORD },
  { TOKEN ("Mexican pesos"), "MXN", SUFFIX | WORD },
  { TOKEN ("pesos"), "PHP", SUFFIX | WORD },
  { TOKEN ("peso"), "PHP", SUFFIX | WORD },
  { TOKEN ("dong"), "VND", SUFFIX | WORD },
  { TOKEN ("kyat"), "MMK", SUFFIX | WORD },
  { TOKEN ("riel"), "KHR", SUFFIX | WORD },
  { TOKEN ("kip"), "LAK", SUFFIX | WORD },
  { TOKEN ("\xE7\xB1\xB3\xE3\x83\x89\xE3\x83\xAB"), "USD", SUFFIX | CJK },   /* 米ドル */
  { TOKEN ("\xE8\xB1\xAA\xE3\x83\x89\xE3\x83\xAB"), "AUD", SUFFIX | CJK },   /* 豪ドル */
  { TOKEN ("\xE3\x83\x89\xE3\x83\xAB"), "USD", SUFFIX | CJK | BARE },        /* ドル */
  { TOKEN ("\xE5\x86\x86"), "JPY", SUFFIX | CJK },                           /* 円 */
  { TOKEN ("\xE3\x83\xA6\xE3\x83\xBC\xE3\x83\xAD"), "EUR", SUFFIX | CJK },   /* ユーロ */
  { TOKEN ("\xE4\xBA\xBA\xE6\xB0\x91\xE5\x85\x83"), "CNY", SUFFIX | CJK },   /* 人民元 */
  { TOKEN ("\xE5\x85\x83"), "CNY", SUFFIX | CJK },                           /* 元 */
  { TOKEN ("\xE3\x82\xA6\xE3\x82\xA9\xE3\x83\xB3"), "KRW", SUFFIX | CJK },   /* ウォン */
  { TOKEN ("\xE3\x83\xAA\xE3\x83\xB3\xE3\x82\xAE\xE3\x83\x83\xE3\x83\x88"), "MYR", SUFFIX | CJK }, /* リンギット */
};

/* ISO codes read on either side: "USD77", "88 billion USD". */
static const char *currency_codes[] = {
  "USD", "MYR", "JPY", "EUR", "GBP", "KRW", "INR", "IDR", "THB", "CNY", "RMB",
  "PHP", "VND", "SGD", "AUD", "HKD", "TWD", "CAD", "NZD", "CHF", "SAR", "AED",
  "BRL", "MXN", "ZAR", "RUB", "TRY", "BDT", "PKR", "SEK", "NOK", "DKK", "BND",
  "KHR", "LAK", "MMK",
};

typedef struct
{
  const char *word;
  guint       len;
  double      scale;
  guint       flags;
} Scale;

enum { SCALE_GLUED = 1, SCALE_CJK = 2 };

/* Longer words first. */
static const Scale scales[] = {
  { TOKEN ("lakh crore"), 1e12, 0 },
  { TOKEN ("thousand"), 1e3, 0 },
  { TOKEN ("million"), 1e6, 0 },
  { TOKEN ("billion"), 1e9, 0 },
  { TOKEN ("trillion"), 1e12, 0 },
  { TOKEN ("bilion"), 1e9, 0 },
  { TOKEN ("trilion"), 1e12, 0 },
  { TOKEN ("juta"), 1e6, 0 },
  { TOKEN ("ribu"), 1e3, 0 },
  { TOKEN ("lakhs"), 1e5, 0 },
  { TOKEN ("lakh"), 1e5, 0 },
  { TOKEN ("crores"), 1e7, 0 },
  { TOKEN ("crore"), 1e7, 0 },
  { TOKEN ("mln"), 1e6, 0 },
  { TOKEN ("bln"), 1e9, 0 },
  { TOKEN ("mn"), 1e6, 0 },
  { TOKEN ("bn"), 1e9, 0 },
  { TOKEN ("tn"), 1e12, 0 },
  { TOKEN ("trn"), 1e12, 0 },
  { TOKEN ("m"), 1e6, SCALE_GLUED },
  { TOKEN ("b"), 1e9, SCALE_GLUED },
  { TOKEN ("k"), 1e3, SCALE_GLUED },
  { TOKEN ("\xE5\x85\x86"), 1e12, SCALE_CJK }, /* 兆 */
  { TOKEN ("\xE5\x84\x84"), 1e8, SCALE_CJK },  /* 億 */
  { TOKEN ("\xE4\xB8\x87"), 1e4, SCALE_CJK },  /* 万 */
};

gboolean
bil_money_is_known_currency (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (currency_codes); i++)
    if (g_strcmp0 (code, currency_codes[i]) == 0)
      return TRUE;
  return FALSE;
}

static inline gboolean
is_alpha (char c)
{
  return g_ascii_isalpha (c);
}

/* An ASCII or full-width digit at @i: returns its value, or -1. */
static inline int
digit_at (const char *t,
          gsize       i,
          gsize       end,
          gsize      *len)
{
  if (i < end && g_ascii_isdigit (t[i]))
    {
      *len = 1;
      return t[i] - '0';
    }
  if (i + 2 < end && (guchar) t[i] == 0xEF && (guchar) t[i + 1] == 0xBC &&
      (guchar) t[i + 2] >= 0x90 && (guchar) t[i + 2] <= 0x99)
    {
      *len = 3;
      return (guchar) t[i + 2] - 0x90;
    }
  return -1;
}

static gsize
skip_spaces (const char *t,
             gsize       i,
             gsize       end)
{
  while (i < end)
    {
      if (t[i] == ' ' || t[i] == '\t')
        i++;
      else if (i + 1 < end && (guchar) t[i] == 0xC2 && (guchar) t[i + 1] == 0xA0)
        i += 2;
      else if (i + 2 < end && (guchar) t[i] == 0xE2 && (guchar) t[i + 1] == 0x80 && (guchar) t[i + 2] == 0xAF)
        i += 3;
      else
        break;
    }
  return i;
}

static gsize
skip_spaces_back (const char *t,
                  gsize       start,
                  gsize       i)
{
  while (i > start)
    {
      if (t[i - 1] == ' ' || t[i - 1] == '\t')
        i--;
      else if (i >= start + 2 && (guchar) t[i - 2] == 0xC2 && (guchar) t[i - 1] == 0xA0)
        i -= 2;
      else
        break;
    }
  return i;
}

/*
 * "843,000,000", "52.7", "１２", "4.50". Returns FALSE when there is no
 * number at @i. A number with more than 20 integer digits is not an amount
 * anybody reports: it is consumed and flagged, never turned into a value.
 */
static gboolean
parse_number (const char *t,
              gsize       i,
              gsize       end,
              double     *value,
              gsize      *out_end,
              gboolean   *absurd)
{
  char buf[48];
  guint n = 0, int_digits = 0;
  gsize len;
  int d;
  gboolean decimal = FALSE;

  *absurd = FALSE;
  if (digit_at (t, i, end, &len) < 0)
    return FALSE;

  while (i < end)
    {
      if ((d = digit_at (t, i, end, &len)) >= 0)
        {
          if (!decimal)
            int_digits++;
          if (n < sizeof buf - 1)
            buf[n++] = (char) ('0' + d);
          i += len;
        }
      else if (t[i] == ',' && !decimal && i + 3 < end &&
               g_ascii_isdigit (t[i + 1]) && g_ascii_isdigit (t[i + 2]) && g_ascii_isdigit (t[i + 3]) &&
               (i + 4 >= end || !g_ascii_isdigit (t[i + 4])))
        i++;                                  /* thousands separator: exactly three digits follow */
      else if (t[i] == '.' && !decimal && i + 1 < end && g_ascii_isdigit (t[i + 1]))
        {
          decimal = TRUE;
          if (n < sizeof buf - 1)
            buf[n++] = '.';
          i++;
        }
      else
        break;
    }

  buf[n] = '\0';
  *out_end = i;
  if (int_digits > 20)
    {
      *absurd = TRUE;
      *value = NAN;
      return TRUE;
    }
  *value = g_ascii_strtod (buf, NULL);
  if (!isfinite (*value))
    *absurd = TRUE;
  return TRUE;
}

/* @word (@n bytes) at @i, in any case, as a whole word. */
static gboolean
match_word_ci (const char *t,
               gsize       i,
               gsize       end,
               const char *word,
               gsize       n,
               gsize      *out_end)
{
  if (i + n > end)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (bil_ascii_lower ((guchar) t[i + k]) != bil_ascii_lower ((guchar) word[k]))
      return FALSE;
  if (i + n < end && bil_is_word_byte ((guchar) t[i + n]))
    return FALSE;
  *out_end = i + n;
  return TRUE;
}

/* A scale word at @i (after the number, maybe after a space or hyphen). */
static const Scale *
parse_scale (const char *t,
             gsize       number_end,
             gsize       end,
             gsize      *out_end)
{
  gsize i = number_end;
  gboolean glued = TRUE;

  if (i < end && (t[i] == ' ' || t[i] == '-' || (guchar) t[i] == 0xC2))
    {
      gsize j = t[i] == '-' ? i + 1 : skip_spaces (t, i, end);
      glued = FALSE;
      i = j;
    }

  for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
    {
      const Scale *s = &scales[k];
      gsize n = s->len;

      if (s->flags & SCALE_CJK)
        {
          if (i + n <= end && memcmp (t + i, s->word, n) == 0)
            {
              *out_end = i + n;
              return s;
            }
          continue;
        }
      if ((s->flags & SCALE_GLUED) && !glued)
        continue;
      /* "m" of "RM5m" but not of "5 metres" or "5mm". */
      if (match_word_ci (t, i, end, s->word, n, out_end))
        return s;
    }
  return NULL;
}

/* A prefix currency token ending exactly at @i. */
static const CurrencyToken *
prefix_before (const char *t,
               gsize       start,
               gsize       i,
               gsize      *token_start,
               gboolean   *spaced)
{
  gsize j = skip_spaces_back (t, start, i);

  *spaced = j != i;
  for (guint k = 0; k < G_N_ELEMENTS (currency_tokens); k++)
    {
      const CurrencyToken *c = &currency_tokens[k];
      gsize n = c->len;

      if (!(c->flags & PREFIX) || n > j - start)
        continue;
      if ((c->flags & GLUED) && *spaced)
        continue;
      if (memcmp (t + j - n, c->token, n) != 0)
        continue;
      /* Letters must start a word: not the "m" of "FORM" nor "RM" of "FIRM". */
      if (is_alpha (c->token[0]) && j - n > start && bil_is_word_byte ((guchar) t[j - n - 1]))
        continue;
      /* "$" right after a letter belongs to a longer token, or to nothing. */
      if (!is_alpha (c->token[0]) && c->token[0] == '$' && j - n > start && is_alpha (t[j - n - 1]))
        continue;
      *token_start = j - n;
      return c;
    }
  return NULL;
}

/* An ISO code directly before @i: "USD77", "MYR 4.7". */
static const char *
code_before (const char *t,
             gsize       start,
             gsize       i,
             gsize      *token_start,
             gboolean   *glued)
{
  gsize j = skip_spaces_back (t, start, i);

  *glued = j == i;
  if (j < start + 3)
    return NULL;
  for (guint k = 0; k < G_N_ELEMENTS (currency_codes); k++)
    if (memcmp (t + j - 3, currency_codes[k], 3) == 0 && (j - 3 == start || !bil_is_word_byte ((guchar) t[j - 4])))
      {
        *token_start = j - 3;
        return currency_codes[k];
      }
  return NULL;
}

static const CurrencyToken *
suffix_at (const char *t,
           gsize       i,
           gsize       end,
           gsize      *out_end)
{
  for (guint k = 0; k < G_N_ELEMENTS (currency_tokens); k++)
    {
      const CurrencyToken *c = &currency_tokens[k];
      gsize n = c->len;

      if (!(c->flags & SUFFIX))
        continue;
      if (c->flags & CJK)
        {
          if (i + n <= end && memcmp (t + i, c->token, n) == 0)
            {
              *out_end = i + n;
              return c;
            }
        }
      else if (match_word_ci (t, i, end, c->token, n, out_end))
        {
          /* "Won" at a sentence start is a verb; currency words are lower case. */
          if (g_ascii_isupper (t[i]) && g_ascii_islower (c->token[0]) && strcmp (c->token, "won") == 0)
            continue;
          return c;
        }
    }
  return NULL;
}

static const char *
code_at (const char *t,
         gsize       i,
         gsize       end,
         gsize      *out_end)
{
  if (i + 3 > end)
    return NULL;
  for (guint k = 0; k < G_N_ELEMENTS (currency_codes); k++)
    if (memcmp (t + i, currency_codes[k], 3) == 0 && (i + 3 == end || !bil_is_word_byte ((guchar) t[i + 3])))
      {
        *out_end = i + 3;
        return currency_codes[k];
      }
  return NULL;
}

static void
set_currency (BilMoney   *money,
              const char *iso,
              const char *token,
              BilCurrencyRule rule,
              gboolean    bare)
{
  /* RMB is a name of the yuan, not a code of its own in our tables. */
  if (strcmp (iso, "RMB") == 0)
    iso = "CNY";
  memcpy (money->currency, iso, 3);
  money->currency[3] = '\0';
  money->currency_text = token;
  money->rule = rule;
  money->bare_dollar = bare;
}

typedef struct
{
  gsize        start;       /* of the currency prefix, or the number */
  gsize        number_end;
  double       number;
  const Scale *scale;
  gsize        end;
  gboolean     absurd;
  const CurrencyToken *prefix;
  const char  *prefix_code;
  gboolean     code_glued;
} Amount;

/* Japanese amounts chain scales: "1兆2000億円". */
static double
parse_cjk_chain (const char  *t,
                 gsize        i,
                 gsize        end,
                 double       value,
                 const Scale *scale,
                 gsize       *out_end)
{
  double total = value * scale->scale;
  double last = scale->scale;

  for (;;)
    {
      double next;
      gsize number_end, scale_end;
      gboolean absurd;
      const Scale *s;

      if (!parse_number (t, i, end, &next, &number_end, &absurd) || absurd)
        break;
      s = parse_scale (t, number_end, end, &scale_end);
      if (s == NULL || !(s->flags & SCALE_CJK) || s->scale >= last || number_end != scale_end - s->len)
        break;
      total += next * s->scale;
      last = s->scale;
      i = scale_end;
    }
  *out_end = i;
  return total;
}

static gboolean
read_amount (const char *t,
             gsize       start,
             gsize       i,
             gsize       end,
             Amount     *a)
{
  gsize token_start = i;
  gboolean spaced = FALSE;

  memset (a, 0, sizeof *a);
  a->start = i;
  if (!parse_number (t, i, end, &a->number, &a->number_end, &a->absurd))
    return FALSE;
  /* Part of a word or a longer number ("A380", "1.2.3"). */
  if (i > start && (bil_is_word_byte ((guchar) t[i - 1]) || t[i - 1] == '.'))
    {
      gsize ts;
      gboolean glued;
      if (!prefix_before (t, start, i, &ts, &spaced) && !code_before (t, start, i, &ts, &glued))
        return FALSE;
    }

  a->prefix = prefix_before (t, start, i, &token_start, &spaced);
  if (a->prefix != NULL)
    a->start = token_start;
  {
    /* "USD $ 77 million", "USD77": a code before wins over a bare "$". */
    gsize code_start;
    gboolean glued;
    const char *code = code_before (t, start, a->prefix ? token_start : i, &code_start, &glued);

    if (code != NULL && (a->prefix == NULL || (a->prefix->flags & BARE)))
      {
        a->prefix_code = code;
        a->code_glued = glued && a->prefix == NULL;
        a->start = code_start;
      }
  }

  a->end = a->number_end;
  a->scale = parse_scale (t, a->number_end, end, &a->end);
  if (a->scale == NULL)
    a->end = a->number_end;
  else if (a->scale->flags & SCALE_CJK)
    {
      a->number = parse_cjk_chain (t, a->end, end, a->number, a->scale, &a->end) / a->scale->scale;
    }
  return TRUE;
}

/* A range's second half: "–3 billion", " to $3 billion", " and $3 billion". */
static gboolean
read_range_end (const char *t,
                gsize       start,
                gsize       i,
                gsize       end,
                gboolean    between,
                Amount     *second)
{
  gsize j = skip_spaces (t, i, end);

  if (j < end && t[j] == '-')
    j++;
  else if (j + 3 <= end && (memcmp (t + j, "\xE2\x80\x93", 3) == 0 || memcmp (t + j, "\xE2\x80\x94", 3) == 0))
    j += 3;
  else if (bil_has_prefix_at (t, j, end, "to "))
    j += 3;
  else if (between && bil_has_prefix_at (t, j, end, "and "))
    j += 4;
  else
    return FALSE;
  j = skip_spaces (t, j, end);

  /* The second half may repeat the currency: "$2 to $3 billion". */
  for (guint k = 0; k < G_N_ELEMENTS (currency_tokens); k++)
    {
      const CurrencyToken *c = &currency_tokens[k];
      gsize n = c->len;

      if ((c->flags & PREFIX) && !(c->flags & GLUED) && j + n <= end && memcmp (t + j, c->token, n) == 0)
        {
          j = skip_spaces (t, j + n, end);
          break;
        }
    }
  if (!read_amount (t, start, j, end, second) || second->absurd)
    return FALSE;
  /* "RM30 billion to 40 per cent" is not a range. */
  j = skip_spaces (t, second->end, end);
  if (j < end && (t[j] == '%' || bil_has_prefix_at (t, j, end, "per cent") || bil_has_prefix_at (t, j, end, "percent")))
    return FALSE;
  return TRUE;
}

static gboolean
preceded_by_between (const char *t,
                     gsize       start,
                     gsize       i)
{
  gsize j = skip_spaces_back (t, start, i);

  return j >= start + 7 && bil_has_prefix_at (t, j - 7, j, "between");
}

static const char *vague_phrases[] = {
  "hundreds of billions of", "hundreds of millions of", "tens of billions of", "tens of millions of",
  "hundreds of thousands of", "billions of", "millions of", "trillions of",
};

static const char *vague_compounds[] = {
  "multibillion-dollar", "multi-billion-dollar", "multi-billion dollar", "multimillion-dollar",
  "multi-million-dollar", "billion-dollar", "million-dollar", "trillion-dollar",
};

/* "billions of dollars": a currency, no number. */
static gboolean
read_vague (const char *t,
            gsize       i,
            gsize       end,
            BilMoney   *money)
{
  static const char *starts[] = { "hun", "ten", "bil", "mil", "tri", "mul" };
  gboolean candidate = FALSE;
  gsize j;

  /* Most words starting with b, m, t or h ("the", "to") are not the start
   * of one: three bytes decide, without a call. */
  if (i + 3 > end)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (starts) && !candidate; k++)
    candidate = bil_ascii_lower ((guchar) t[i]) == starts[k][0] && bil_ascii_lower ((guchar) t[i + 1]) == starts[k][1] &&
                bil_ascii_lower ((guchar) t[i + 2]) == starts[k][2];
  if (!candidate)
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (vague_compounds); k++)
    if (match_word_ci (t, i, end, vague_compounds[k], strlen (vague_compounds[k]), &j))
      {
        memset (money, 0, sizeof *money);
        money->start = i;
        money->end = j;
        money->value = money->low = money->high = money->number = NAN;
        money->vague = TRUE;
        set_currency (money, "USD", "dollar", BIL_CURRENCY_BY_DEFAULT, TRUE);
        return TRUE;
      }

  for (guint k = 0; k < G_N_ELEMENTS (vague_phrases); k++)
    {
      gsize n = strlen (vague_phrases[k]);
      const CurrencyToken *c;

      if (i + n > end || g_ascii_strncasecmp (t + i, vague_phrases[k], n) != 0)
        continue;
      j = skip_spaces (t, i + n, end);
      if ((c = suffix_at (t, j, end, &j)) == NULL || (c->flags & CJK))
        {
          gsize code_end;
          const char *code = code_at (t, j, end, &code_end);

          if (code == NULL)
            return FALSE;
          memset (money, 0, sizeof *money);
          set_currency (money, code, code, BIL_CURRENCY_BY_CODE, FALSE);
          j = code_end;
        }
      else
        {
          memset (money, 0, sizeof *money);
          set_currency (money, c->iso, c->token, (c->flags & BARE) ? BIL_CURRENCY_BY_DEFAULT : BIL_CURRENCY_BY_WORD,
                        (c->flags & BARE) != 0);
        }
      money->start = i;
      money->end = j;
      money->value = money->low = money->high = money->number = NAN;
      money->vague = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* Turns what was read into a BilMoney, or FALSE when it has no currency. */
static gboolean
finish_money (const char *t,
              gsize       end,
              Amount     *first,
              Amount     *second,
              BilMoney   *money)
{
  const Scale *scale = first->scale ? first->scale : (second ? second->scale : NULL);
  double factor = scale ? scale->scale : 1.0;
  gsize j, suffix_end;
  const CurrencyToken *suffix;
  const char *code;
  Amount *last = second ? second : first;

  memset (money, 0, sizeof *money);
  money->start = first->start;
  money->end = last->end;
  money->number = first->number;
  money->scale = factor;
  money->scale_word = scale ? scale->word : NULL;

  /* A currency after: "88 billion USD", "5 trillion won", "5000億円". */
  j = skip_spaces (t, last->end, end);
  if (scale && (scale->flags & SCALE_CJK))
    j = last->end;
  if ((code = code_at (t, j, end, &suffix_end)) != NULL &&
      (first->prefix == NULL || (first->prefix->flags & BARE)) && first->prefix_code == NULL)
    {
      set_currency (money, code, code, BIL_CURRENCY_BY_CODE, FALSE);
      money->end = suffix_end;
    }
  else if (first->prefix_code != NULL)
    {
      set_currency (money, first->prefix_code, first->prefix_code, BIL_CURRENCY_BY_CODE, FALSE);
      money->glued_code = first->code_glued;
    }
  else if (first->prefix != NULL)
    {
      set_currency (money, first->prefix->iso, first->prefix->token,
                    (first->prefix->flags & BARE) ? BIL_CURRENCY_BY_DEFAULT
                    : (first->prefix->flags & CODE) ? BIL_CURRENCY_BY_CODE : BIL_CURRENCY_BY_SYMBOL,
                    (first->prefix->flags & BARE) != 0);
    }
  else if ((suffix = suffix_at (t, j, end, &suffix_end)) != NULL &&
           ((suffix->flags & CJK) ? j == last->end : TRUE))
    {
      set_currency (money, suffix->iso, suffix->token,
                    (suffix->flags & BARE) ? BIL_CURRENCY_BY_DEFAULT : BIL_CURRENCY_BY_WORD,
                    (suffix->flags & BARE) != 0);
      money->end = suffix_end;
    }
  else
    return FALSE;

  if (second != NULL)
    {
      money->low = first->number * factor;
      money->high = second->number * (second->scale ? second->scale->scale : factor);
      if (money->low > money->high)
        {
          double swap = money->low;
          money->low = money->high;
          money->high = swap;
        }
      money->value = (money->low + money->high) / 2;
    }
  else
    {
      money->low = money->high = NAN;
      money->value = first->number * factor;
    }
  return isfinite (money->value) && money->value >= 0;
}

static gboolean
try_rate (const char       *t,
          gsize             start,
          gsize             end,
          const BilMoney   *base,
          BilRateStatement *rate,
          gsize            *out_end)
{
  gsize j = skip_spaces (t, base->end, end);
  Amount quote_amount;
  BilMoney quote;
  gsize k, digit_len;

  if (j >= end || t[j] != '=')
    return FALSE;
  j = skip_spaces (t, j + 1, end);
  /* The quote's number starts after its currency: find the first digit. */
  k = j;
  while (k < end && k < j + 12 && digit_at (t, k, end, &digit_len) < 0)
    k++;
  if (!read_amount (t, start, k, end, &quote_amount) || quote_amount.absurd || quote_amount.start != j)
    return FALSE;
  if (!finish_money (t, end, &quote_amount, NULL, &quote) || quote.value <= 0 || base->value <= 0)
    return FALSE;

  rate->start = base->start;
  rate->end = quote.end;
  memcpy (rate->base, base->currency, 4);
  memcpy (rate->quote, quote.currency, 4);
  rate->rate = quote.value / base->value;
  *out_end = quote.end;
  return TRUE;
}

/* The bytes bil_money_scan () looks at: see there. */
static const guint8 money_bytes[256] = {
  ['0' ... '9'] = 1, [0xEF] = 1,
  ['b'] = 1, ['m'] = 1, ['t'] = 1, ['h'] = 1, ['B'] = 1, ['M'] = 1, ['T'] = 1, ['H'] = 1,
};

void
bil_money_scan (const char *text,
                gsize       start,
                gsize       end,
                GArray     *amounts,
                GArray     *rates)
{
  gsize i = start;

  while (i < end)
    {
      guchar c;
      gsize len;
      BilMoney money;

      /* Only a digit (or the lead byte of a full-width one) starts an
       * amount, and b, m, t or h a vague one: skip the rest at once. */
      while (i < end && !money_bytes[(guchar) text[i]])
        i++;
      if (i >= end)
        break;
      c = (guchar) text[i];
      if ((g_ascii_isdigit (c) || c == 0xEF) && digit_at (text, i, end, &len) >= 0)
        {
          Amount first, second;
          gboolean have_second;

          if (!read_amount (text, start, i, end, &first))
            {
              gsize token = i;

              /* Skip the whole token, digits and letters alike; at least
               * the digit itself, which may be a full-width one that is no
               * word character (found by fuzzing: "６Ｚ" looped forever). */
              while (i < end && (bil_is_word_byte ((guchar) text[i]) || text[i] == '.' || text[i] == ','))
                i++;
              if (i == token)
                i += len;
              continue;
            }
          if (first.absurd)
            {
              i = first.number_end;
              continue;
            }
          have_second = read_range_end (text, start, first.end, end,
                                        preceded_by_between (text, start, first.start), &second);
          if (have_second && finish_money (text, end, &first, &second, &money))
            {
              g_array_append_val (amounts, money);
              i = money.end;
              continue;
            }
          if (finish_money (text, end, &first, NULL, &money))
            {
              BilRateStatement rate;
              gsize rate_end;

              if (try_rate (text, start, end, &money, &rate, &rate_end))
                {
                  if (rates != NULL)
                    g_array_append_val (rates, rate);
                  i = rate_end;
                  continue;
                }
              g_array_append_val (amounts, money);
              i = money.end;
              continue;
            }
          i = MAX (first.end, first.number_end);
          continue;
        }

      if ((c == 'b' || c == 'm' || c == 't' || c == 'h' || c == 'B' || c == 'M' || c == 'T' || c == 'H') &&
          (i == start || !bil_is_word_byte ((guchar) text[i - 1])) && read_vague (text, i, end, &money))
        {
          g_array_append_val (amounts, money);
          i = money.end;
          continue;
        }

      i++;
    }
}
