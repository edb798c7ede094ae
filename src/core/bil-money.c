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
#include "bil-bytes.h"

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
  { TOKEN ("C $"), "CAD", PREFIX },       /* a stray blank: "C $ 5 billion", "HK $ 2" */
  { TOKEN ("HK $"), "HKD", PREFIX },
  { TOKEN ("US $"), "USD", PREFIX },
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
  { TOKEN ("\xE2\x82\xA6"), "NGN", PREFIX },        /* ₦ */
  { TOKEN ("\xE2\x82\xBA"), "TRY", PREFIX },        /* ₺ */
  { TOKEN ("\xE2\x82\xBD"), "RUB", PREFIX },        /* ₽ */
  { TOKEN ("\xE0\xA7\xB3"), "BDT", PREFIX },        /* ৳ */
  { TOKEN ("\xE2\x82\xA8"), "INR", PREFIX },        /* ₨: INR or PKR, as Rs (the extractor decides) */
  { TOKEN ("\xE2\x82\xAA"), "ILS", PREFIX },        /* ₪ */
  { TOKEN ("\xE2\x82\xB4"), "UAH", PREFIX },        /* ₴ */
  { TOKEN ("Tk."), "BDT", PREFIX },
  { TOKEN ("Tk"), "BDT", PREFIX },
  { TOKEN ("KSh"), "KES", PREFIX },
  { TOKEN ("Ksh"), "KES", PREFIX },
  { TOKEN ("Sh"), "KES", PREFIX },        /* KES, TZS or UGX (the extractor decides) */
  { TOKEN ("sh"), "KES", PREFIX | GLUED },
  { TOKEN ("E\xC2\xA3"), "EGP", PREFIX },          /* E£ */
  { TOKEN ("Dh"), "AED", PREFIX },
  { TOKEN ("QR"), "QAR", PREFIX },
  { TOKEN ("SR"), "SAR", PREFIX },
  { TOKEN ("CHF"), "CHF", PREFIX | CODE },
  { TOKEN ("Fr."), "CHF", PREFIX },
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
  { TOKEN ("US dollar"), "USD", SUFFIX | WORD },
  { TOKEN ("Australian dollar"), "AUD", SUFFIX | WORD },
  { TOKEN ("Canadian dollar"), "CAD", SUFFIX | WORD },
  { TOKEN ("Singapore dollar"), "SGD", SUFFIX | WORD },
  { TOKEN ("Swiss francs"), "CHF", SUFFIX | WORD },
  { TOKEN ("Swiss franc"), "CHF", SUFFIX | WORD },
  { TOKEN ("francs"), "CHF", SUFFIX | WORD },
  { TOKEN ("Turkish lira"), "TRY", SUFFIX | WORD },
  { TOKEN ("Turkish liras"), "TRY", SUFFIX | WORD },
  { TOKEN ("lira"), "TRY", SUFFIX | WORD },
  { TOKEN ("liras"), "TRY", SUFFIX | WORD },
  { TOKEN ("Chinese yuan"), "CNY", SUFFIX | WORD },
  { TOKEN ("Saudi riyals"), "SAR", SUFFIX | WORD },
  { TOKEN ("riyals"), "SAR", SUFFIX | WORD },
  { TOKEN ("riyal"), "SAR", SUFFIX | WORD },
  { TOKEN ("Qatari riyals"), "QAR", SUFFIX | WORD },
  { TOKEN ("dirhams"), "AED", SUFFIX | WORD },
  { TOKEN ("dirham"), "AED", SUFFIX | WORD },
  { TOKEN ("naira"), "NGN", SUFFIX | WORD },
  { TOKEN ("Kenyan shillings"), "KES", SUFFIX | WORD },
  { TOKEN ("Tanzanian shillings"), "TZS", SUFFIX | WORD },
  { TOKEN ("Ugandan shillings"), "UGX", SUFFIX | WORD },
  { TOKEN ("shillings"), "KES", SUFFIX | WORD },
  { TOKEN ("taka"), "BDT", SUFFIX | WORD },
  { TOKEN ("Pakistani rupees"), "PKR", SUFFIX | WORD },
  { TOKEN ("Sri Lankan rupees"), "LKR", SUFFIX | WORD },
  { TOKEN ("Indian rupees"), "INR", SUFFIX | WORD },
  { TOKEN ("Nepalese rupees"), "NPR", SUFFIX | WORD },
  { TOKEN ("roubles"), "RUB", SUFFIX | WORD },
  { TOKEN ("rubles"), "RUB", SUFFIX | WORD },
  { TOKEN ("rand"), "ZAR", SUFFIX | WORD },
  { TOKEN ("Egyptian pounds"), "EGP", SUFFIX | WORD },
  { TOKEN ("kronor"), "SEK", SUFFIX | WORD },
  { TOKEN ("zloty"), "PLN", SUFFIX | WORD },
  { TOKEN ("rmb"), "CNY", SUFFIX | WORD },
  { TOKEN ("ringgit Malaysia"), "MYR", SUFFIX | WORD },
  { TOKEN ("dolar Singapura"), "SGD", SUFFIX | WORD },
  { TOKEN ("dolar"), "USD", SUFFIX | WORD | BARE },
  { TOKEN ("\xE2\x82\xAC"), "EUR", SUFFIX },        /* "250 €" */
  { TOKEN ("$"), "USD", SUFFIX | BARE },          /* "40 $" */
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
  { TOKEN ("\xE9\xA6\x99\xE6\xB8\xAF\xE3\x83\x89\xE3\x83\xAB"), "HKD", SUFFIX | CJK },   /* 香港ドル */
  { TOKEN ("\xE5\x8F\xB0\xE6\xB9\xBE\xE3\x83\x89\xE3\x83\xAB"), "TWD", SUFFIX | CJK },   /* 台湾ドル */
  { TOKEN ("\xE3\x82\xB7\xE3\x83\xB3\xE3\x82\xAC\xE3\x83\x9D\xE3\x83\xBC\xE3\x83\xAB\xE3\x83\x89\xE3\x83\xAB"), "SGD", SUFFIX | CJK }, /* シンガポールドル */
  { TOKEN ("\xE3\x82\xB9\xE3\x82\xA4\xE3\x82\xB9\xE3\x83\x95\xE3\x83\xA9\xE3\x83\xB3"), "CHF", SUFFIX | CJK }, /* スイスフラン */
  { TOKEN ("\xE3\x83\x9D\xE3\x83\xB3\xE3\x83\x89"), "GBP", SUFFIX | CJK },                 /* ポンド */
  { TOKEN ("\xE3\x83\xAB\xE3\x83\x94\xE3\x83\xBC"), "INR", SUFFIX | CJK },                 /* ルピー */
  { TOKEN ("\xE3\x83\x90\xE3\x83\xBC\xE3\x83\x84"), "THB", SUFFIX | CJK },                 /* バーツ */
  { TOKEN ("\xE3\x83\xAB\xE3\x83\x94\xE3\x82\xA2"), "IDR", SUFFIX | CJK },                 /* ルピア */
  { TOKEN ("\xE3\x83\x89\xE3\x83\xB3"), "VND", SUFFIX | CJK },                                /* ドン */
};

/* ISO codes read on either side: "USD77", "88 billion USD" — every active
 * ISO 4217 currency (iso-codes), the most written first. */
static const char *currency_codes[] = {
  "USD", "MYR", "JPY", "EUR", "GBP", "KRW", "INR", "IDR", "THB", "CNY", "RMB", "PHP", "VND", "SGD", "AUD",
  "HKD", "TWD", "CAD", "NZD", "CHF", "SAR", "AED", "BRL", "MXN", "ZAR", "RUB", "TRY", "BDT", "PKR", "SEK",
  "NOK", "DKK", "BND", "KHR", "LAK", "MMK", "LKR", "NPR", "NGN", "KES", "TZS", "UGX", "GHS", "ETB", "EGP",
  "QAR", "KWD", "OMR", "BHD", "JOD", "ILS", "IRR", "IQD", "PLN", "CZK", "HUF", "RON", "UAH", "KZT",
  "UZS", "ARS", "CLP", "COP", "MNT", "NAD", "XOF", "XAF", "DZD", "TND", "ISK", "AFN", "AMD",
  "ANG", "AOA", "AWG", "AZN", "BBD", "BGN", "BIF", "BMD", "BOB", "BSD", "BTN", "BWP", "BYN", "BZD",
  "CDF", "CRC", "CUC", "DJF", "DOP", "ERN", "FJD", "FKP", "GIP", "GMD", "GNF", "GTQ",
  "GYD", "HNL", "HRK", "HTG", "JMD", "KGS", "KMF", "KPW", "KYD", "LBP", "LRD", "LYD", "MDL", "MGA",
  "MKD", "MRU", "MUR", "MVR", "MWK", "MZN", "NIO", "PAB", "PGK", "PYG", "RSD", "RWF", "SBD", "SCR",
  "SDG", "SLL", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "TJS", "TTD",
  "UYU", "VES", "VUV", "WST", "XCD", "XPF", "YER", "ZMW", "ZWL",
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
  { TOKEN ("miliar"), 1e9, 0 },           /* Indonesian */
  { TOKEN ("milyar"), 1e9, 0 },
  { TOKEN ("triliun"), 1e12, 0 },
  { TOKEN ("ribu"), 1e3, 0 },
  { TOKEN ("lakhs"), 1e5, 0 },
  { TOKEN ("lakh"), 1e5, 0 },
  { TOKEN ("crores"), 1e7, 0 },
  { TOKEN ("crore"), 1e7, 0 },
  { TOKEN ("cr"), 1e7, 0 },
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

typedef struct
{
  const char *word;
  double      value;
} NumberWord;

static const NumberWord number_words[] = {
  { "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 }, { "six", 6 },
  { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 },
  { "thirteen", 13 }, { "fourteen", 14 }, { "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 },
  { "eighteen", 18 }, { "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 }, { "fifty", 50 },
  { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 }, { "ninety", 90 },
};

static double
number_word (const char *w,
             gsize       n)
{
  for (guint k = 0; k < G_N_ELEMENTS (number_words); k++)
    if (strlen (number_words[k].word) == n && g_ascii_strncasecmp (w, number_words[k].word, n) == 0)
      return number_words[k].value;
  return -1;
}

/* "four" at @i, as a whole word: its value, or -1. */
static int
digit_word_at (const char *t,
               gsize       i,
               gsize       end,
               gsize      *out_end)
{
  gsize w = i;
  double v;

  while (w < end && g_ascii_isalpha (t[w]))
    w++;
  if (w == i || (w < end && bil_is_word_byte ((guchar) t[w])) || (v = number_word (t + i, w - i)) < 0 || v > 9)
    return -1;
  *out_end = w;
  return (int) v;
}

/* "-point-four", "-point-26" at @i: how many decimals follow, or 0. */
static guint
point_digits (const char *t,
              gsize       i,
              gsize       end)
{
  gsize k = i + strlen ("-point-"), word_end;
  guint n = 0;

  if (!bil_has_prefix_at (t, i, end, "-point-"))
    return 0;
  if (digit_word_at (t, k, end, &word_end) >= 0)
    return 1;
  while (k + n < end && g_ascii_isdigit (t[k + n]))
    n++;
  return n;
}

/* ",5 triliun": a comma, one or two digits and a Malay or Indonesian scale. */
static gboolean
decimal_comma (const char *t,
               gsize       i,
               gsize       end)
{
  static const char *scales_after[] = { " juta", " miliar", " milyar", " triliun", " bilion", " trilion", " ribu" };
  gsize k = i + 1;

  while (k < end && g_ascii_isdigit (t[k]) && k - i <= 3)
    k++;
  if (k == i + 1 || k - i > 3)
    return FALSE;
  for (guint w = 0; w < G_N_ELEMENTS (scales_after); w++)
    if (bil_has_prefix_at (t, k, end, scales_after[w]))
      return TRUE;
  return FALSE;
}

/* The value of @buf (@n digits and at most one '.'), as g_ascii_strtod ()
 * reads it. Most amounts have at most fifteen digits: then the digits are
 * an integer a double holds exactly and the power of ten too, and one
 * division, correctly rounded, gives the correctly rounded value strtod
 * gives (Clinger's fast path), without strtod's copy and locale. */
static double
decimal_value (const char *buf,
               guint       n)
{
  static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
  guint64 digits = 0;
  guint n_digits = 0, fraction = 0;
  gboolean point = FALSE;

  for (guint k = 0; k < n; k++)
    {
      if (buf[k] == '.')
        {
          point = TRUE;
          continue;
        }
      digits = digits * 10 + (guint64) (buf[k] - '0');
      n_digits++;
      fraction += point;
    }
  if (n_digits == 0 || n_digits > 15)
    return g_ascii_strtod (buf, NULL);
  return (double) digits / powers[fraction];
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
      else if (t[i] == ',' && !decimal && decimal_comma (t, i, end))
        {
          /* "Rp 1,5 triliun", "RM2,3 bilion": a decimal comma. */
          decimal = TRUE;
          if (n < sizeof buf - 1)
            buf[n++] = '.';
          i++;
        }
      else if (t[i] == '.' && !decimal && i + 1 < end && g_ascii_isdigit (t[i + 1]))
        {
          decimal = TRUE;
          if (n < sizeof buf - 1)
            buf[n++] = '.';
          i++;
        }
      else if (t[i] == '.' && !decimal && bil_text_stray_blank_decimal (t, i, end))
        {
          /* "US$536. 9 million": a blank slipped into the number. */
          decimal = TRUE;
          if (n < sizeof buf - 1)
            buf[n++] = '.';
          i += 2;
        }
      else if (t[i] == '-' && !decimal && point_digits (t, i, end) > 0)
        {
          /* "44-point-four", "13-point-26": the number as read aloud. */
          gsize k = i + strlen ("-point-");
          int word;
          gsize word_end;

          decimal = TRUE;
          if (n < sizeof buf - 1)
            buf[n++] = '.';
          if ((word = digit_word_at (t, k, end, &word_end)) >= 0)
            {
              if (n < sizeof buf - 1)
                buf[n++] = (char) ('0' + word);
              i = word_end;
              break;
            }
          i = k;
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
  *value = decimal_value (buf, n);
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

/* A CJK scale's first byte as written, another's without regard to case. */
static gboolean
scale_fits (guint    k,
            guchar   b,
            gpointer data)
{
  const Scale *s = &scales[k];

  return (s->flags & SCALE_CJK) ? b == (guchar) s->word[0] : bil_ascii_lower (b) == bil_ascii_lower ((guchar) s->word[0]);
}

/* The scales by their first byte. Built once; read-only after. */
static const BilByteIndex *
scale_index (void)
{
  static BilByteIndex index;
  static gsize built = 0;

  return bil_byte_index_once (&index, &built, G_N_ELEMENTS (scales), scale_fits, NULL);
}

/* A scale word at @i (after the number, maybe after a space or hyphen). */
static const Scale *
parse_scale (const char *t,
             gsize       number_end,
             gsize       end,
             gsize      *out_end)
{
  const BilByteIndex *x = scale_index ();
  gsize i = number_end;
  gboolean glued = TRUE;

  if (i < end && (t[i] == ' ' || t[i] == '-' || (guchar) t[i] == 0xC2))
    {
      gsize j = t[i] == '-' ? i + 1 : skip_spaces (t, i, end);
      glued = FALSE;
      i = j;
    }

  if (i >= end)
    return NULL;
  /* Only the scales the first byte may start, in the table's order. */
  for (guint e = x->first[(guchar) t[i]]; e < x->first[(guchar) t[i] + 1]; e++)
    {
      const Scale *s = &scales[x->index[e]];
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

/* The currency tokens a byte may end (prefixes) or start (suffixes), in
 * the table's order: prefix_before () and suffix_at () are asked at every
 * amount, and most of the table's tokens can be told apart by that one
 * byte. Built once; read-only after, so every loader thread shares it. */
typedef BilByteIndex TokenIndex;

/* What the scanner compares: a prefix's last byte as written, a suffix's
 * first byte without regard to case when it is a word. */
static gboolean
token_fits (guint    k,
            guchar   b,
            gpointer flag)
{
  const CurrencyToken *c = &currency_tokens[k];
  guint f = GPOINTER_TO_UINT (flag);
  guchar key = f == PREFIX ? (guchar) c->token[c->len - 1] : (guchar) c->token[0];

  if (!(c->flags & f))
    return FALSE;
  return (c->flags & WORD) && f == SUFFIX ? bil_ascii_lower (b) == bil_ascii_lower (key) : b == key;
}

static const TokenIndex *
token_index (guint flag)
{
  static TokenIndex indexes[2];
  static gsize built[2] = { 0, 0 };
  guint k = flag == SUFFIX;

  return bil_byte_index_once (&indexes[k], &built[k], G_N_ELEMENTS (currency_tokens), token_fits, GUINT_TO_POINTER (flag));
}

/* The prefix tokens written apart from the digits, by their first byte:
 * what the second half of a range may repeat ("$2 to $3 billion"). */
static gboolean
spaced_prefix_fits (guint    k,
                    guchar   b,
                    gpointer data)
{
  const CurrencyToken *c = &currency_tokens[k];

  return (c->flags & PREFIX) && !(c->flags & GLUED) && (guchar) c->token[0] == b;
}

static const TokenIndex *
spaced_prefix_index (void)
{
  static TokenIndex index;
  static gsize built;

  return bil_byte_index_once (&index, &built, G_N_ELEMENTS (currency_tokens), spaced_prefix_fits, NULL);
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
  const TokenIndex *x;

  *spaced = j != i;
  if (j == start)
    return NULL;
  x = token_index (PREFIX);
  /* The last byte decides before the whole token is compared. */
  for (guint e = x->first[(guchar) t[j - 1]]; e < x->first[(guchar) t[j - 1] + 1]; e++)
    {
      const CurrencyToken *c = &currency_tokens[x->index[e]];
      gsize n = c->len;

      if (n > j - start)
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
static gboolean
code_fits (guint    k,
           guchar   b,
           gpointer data)
{
  return b == (guchar) currency_codes[k][0];
}

/* The currency codes by their first letter. Built once; read-only after. */
static const BilByteIndex *
code_index (void)
{
  static BilByteIndex index;
  static gsize built = 0;

  return bil_byte_index_once (&index, &built, G_N_ELEMENTS (currency_codes), code_fits, NULL);
}

static const char *
code_before (const char *t,
             gsize       start,
             gsize       i,
             gsize      *token_start,
             gboolean   *glued)
{
  const BilByteIndex *x = code_index ();
  gsize j = skip_spaces_back (t, start, i);

  *glued = j == i;
  if (j < start + 3)
    return NULL;
  if (!g_ascii_isupper (t[j - 3]))
    return NULL;
  for (guint e = x->first[(guchar) t[j - 3]]; e < x->first[(guchar) t[j - 3] + 1]; e++)
    {
      const char *code = currency_codes[x->index[e]];

      if (memcmp (t + j - 3, code, 3) == 0 && (j - 3 == start || !bil_is_word_byte ((guchar) t[j - 4])))
        {
          *token_start = j - 3;
          return code;
        }
    }
  return NULL;
}

static const CurrencyToken *
suffix_at (const char *t,
           gsize       i,
           gsize       end,
           gsize      *out_end)
{
  const TokenIndex *x;

  if (i >= end)
    return NULL;
  x = token_index (SUFFIX);
  /* The first byte decides before the whole token is compared. */
  for (guint e = x->first[(guchar) t[i]]; e < x->first[(guchar) t[i] + 1]; e++)
    {
      const CurrencyToken *c = &currency_tokens[x->index[e]];
      gsize n = c->len;
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
  const BilByteIndex *x = code_index ();

  if (i + 3 > end || !g_ascii_isupper (t[i]))
    return NULL;
  for (guint e = x->first[(guchar) t[i]]; e < x->first[(guchar) t[i] + 1]; e++)
    {
      const char *code = currency_codes[x->index[e]];

      if (memcmp (t + i, code, 3) == 0 && (i + 3 == end || !bil_is_word_byte ((guchar) t[i + 3])))
        {
          *out_end = i + 3;
          return code;
        }
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

      /* "2万億円": a larger scale right after multiplies. */
      if ((s = parse_scale (t, i, end, &scale_end)) != NULL && (s->flags & SCALE_CJK) && scale_end == i + s->len &&
          s->scale > last)
        {
          total *= s->scale;
          last = s->scale;
          i = scale_end;
          continue;
        }
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
  else if (a->scale->scale == 1e3 || a->scale->scale == 1e5)
    {
      /* "Rs 14k cr", "2 lakh crore": thousands or lakhs of crores. */
      gsize crore_end;
      const Scale *next = parse_scale (t, a->end, end, &crore_end);

      if (next != NULL && next->scale == 1e7)
        {
          a->number *= a->scale->scale;
          a->scale = next;
          a->end = crore_end;
        }
    }
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

  /* The second half may repeat the currency: "$2 to $3 billion", "PHP 115
   * billion to PHP 153 billion". */
  {
    gsize code_end;

    if (code_at (t, j, end, &code_end) != NULL)
      j = skip_spaces (t, code_end, end);
  }
  if (j < end)
    {
      const TokenIndex *x = spaced_prefix_index ();
      guchar b = (guchar) t[j];

      /* In the table's order, as its first match wins. */
      for (guint e = x->first[b]; e < x->first[b + 1]; e++)
        {
          const CurrencyToken *c = &currency_tokens[x->index[e]];
          gsize n = c->len;

          if (j + n <= end && memcmp (t + j, c->token, n) == 0)
            {
              j = skip_spaces (t, j + n, end);
              break;
            }
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

/* Four digits 1900–2100 with no currency before and no scale after. */
static gboolean
looks_like_year (const Amount *a)
{
  return a->prefix == NULL && a->prefix_code == NULL && a->scale == NULL && a->number_end == a->start + 4 &&
         a->number >= 1900 && a->number <= 2100 && a->number == (double) (int) a->number;
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
  /* skip_to_money_byte () stops only at their first and second letters:
   * a start added here must be added there. */
  static const char *starts[] = { "hun", "ten", "bil", "mil", "tri", "mul" };
  gboolean candidate = FALSE;
  gsize j;

  /* Most words starting with b, m, t or h ("the", "to") are not the start
   * of one: three bytes decide, without a call. */
  if (i + 3 > end)
    return FALSE;
  {
    guchar a = bil_ascii_lower ((guchar) t[i]), b = bil_ascii_lower ((guchar) t[i + 1]);
    guchar c = bil_ascii_lower ((guchar) t[i + 2]);

    for (guint k = 0; k < G_N_ELEMENTS (starts) && !candidate; k++)
      candidate = a == (guchar) starts[k][0] && b == (guchar) starts[k][1] && c == (guchar) starts[k][2];
  }
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

/* ---- numbers written in words ----------------------------------------- */

/*
 * The words [@i, @stop) as a number: "two", "forty-four", "one hundred and
 * twenty", "three and a half", "half a", "a quarter of a", "a". Returns -1
 * when they are not one.
 */
static double
parse_number_words (const char *t,
                    gsize       i,
                    gsize       stop)
{
  double group = 0;
  gboolean any = FALSE, fraction_only = FALSE;

  while (i < stop)
    {
      gsize w = i, n;
      double v;

      while (w < stop && g_ascii_isalpha (t[w]))
        w++;
      n = w - i;
      if (n == 0)
        return -1;
      if ((v = number_word (t + i, n)) >= 0)
        {
          if (fraction_only)
            return -1;
          group += v;
          any = TRUE;
        }
      else if (n == 7 && g_ascii_strncasecmp (t + i, "hundred", 7) == 0 && any)
        group *= 100;
      else if (n == 3 && g_ascii_strncasecmp (t + i, "and", 3) == 0 && any)
        ;
      else if ((n == 1 && (t[i] == 'a' || t[i] == 'A')) || (n == 2 && g_ascii_strncasecmp (t + i, "an", 2) == 0))
        {
          /* "a billion", "a half", "half a", "a quarter of a". */
          gsize rest = w;

          while (rest < stop && (t[rest] == ' ' || t[rest] == '-'))
            rest++;
          if (bil_has_prefix_at (t, rest, stop, "half"))
            {
              group += 0.5;
              i = rest + 4;
              any = TRUE;
              fraction_only = TRUE;
              goto next;
            }
          if (bil_has_prefix_at (t, rest, stop, "quarter of a"))
            {
              group += 0.25;
              i = rest + strlen ("quarter of a");
              any = TRUE;
              fraction_only = TRUE;
              goto next;
            }
          if (!any && rest >= stop)
            {
              group = 1;
              any = TRUE;
            }
          else if (!(any && rest >= stop))
            return -1;
        }
      else if (n == 4 && g_ascii_strncasecmp (t + i, "half", 4) == 0 && !any)
        {
          /* "half a million" */
          gsize rest = w;
          while (rest < stop && t[rest] == ' ')
            rest++;
          if (!bil_has_prefix_at (t, rest, stop, "a"))
            return -1;
          group = 0.5;
          any = TRUE;
          fraction_only = TRUE;
          i = rest + 1;
          goto next;
        }
      else
        return -1;
      i = w;
    next:
      while (i < stop && (t[i] == ' ' || t[i] == '-'))
        i++;
    }
  return any ? group : -1;
}

static const Scale *
spelled_scale_at (const char *t,
                  gsize       i,
                  gsize       end,
                  gsize      *out_end)
{
  for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
    if (scales[k].scale >= 1e6 && scales[k].flags == 0 && g_ascii_isalpha (scales[k].word[0]) &&
        match_word_ci (t, i, end, scales[k].word, scales[k].len, out_end))
      return &scales[k];
  return NULL;
}

/* "two billion dollars", "three million yen", "half a million euros", "a
 * quarter of a billion dollars": words before the scale word at @i. */
static gboolean
read_spelled (const char *t,
              gsize       start,
              gsize       i,
              gsize       end,
              Amount     *a)
{
  const Scale *scale;
  gsize scale_end, best_start = 0;
  double best = -1;
  gsize w = i;

  if ((scale = spelled_scale_at (t, i, end, &scale_end)) == NULL)
    return FALSE;
  /* Up to six words back, the longest run that reads as a number. */
  for (guint words = 0; words < 6; words++)
    {
      double v;

      while (w > start && (t[w - 1] == ' ' || t[w - 1] == '-'))
        w--;
      if (w == start || !g_ascii_isalpha (t[w - 1]))
        break;
      while (w > start && g_ascii_isalpha (t[w - 1]))
        w--;
      if ((v = parse_number_words (t, w, i)) >= 0)
        {
          best = v;
          best_start = w;
        }
    }
  if (best <= 0)
    return FALSE;
  memset (a, 0, sizeof *a);
  a->start = best_start;
  a->number = best;
  a->number_end = i;
  a->scale = scale;
  a->end = scale_end;
  return TRUE;
}

/* Kanji numerals: 三, 三千, 五千 (before 万, 億, 兆), 〇. */
static int
kanji_digit (const char *t,
             gsize       i,
             gsize       end)
{
  static const char *digits[] = { "\xE3\x80\x87", "\xE4\xB8\x80", "\xE4\xBA\x8C", "\xE4\xB8\x89", "\xE5\x9B\x9B",
                                  "\xE4\xBA\x94", "\xE5\x85\xAD", "\xE4\xB8\x83", "\xE5\x85\xAB", "\xE4\xB9\x9D" };

  if (i + 3 > end)
    return -1;
  for (guint k = 0; k < G_N_ELEMENTS (digits); k++)
    if (memcmp (t + i, digits[k], 3) == 0)
      return (int) k;
  return -1;
}

static int
kanji_unit (const char *t,
            gsize       i,
            gsize       end)
{
  if (i + 3 > end)
    return 0;
  if (memcmp (t + i, "\xE5\x8D\x81", 3) == 0)   /* 十 */
    return 10;
  if (memcmp (t + i, "\xE7\x99\xBE", 3) == 0)   /* 百 */
    return 100;
  if (memcmp (t + i, "\xE5\x8D\x83", 3) == 0)   /* 千 */
    return 1000;
  return 0;
}

/* "三千億ドル", "五千万人民元", "三万円": a kanji number below 万. */
static gboolean
read_kanji (const char *t,
            gsize       i,
            gsize       end,
            Amount     *a)
{
  double group = 0, digit = -1;
  gsize j = i;
  gboolean any = FALSE;

  for (;;)
    {
      int d = kanji_digit (t, j, end), u;

      if (d >= 0)
        {
          digit = digit < 0 ? d : digit * 10 + d;
          j += 3;
          any = TRUE;
        }
      else if ((u = kanji_unit (t, j, end)) > 0)
        {
          group += (digit < 0 ? 1 : digit) * u;
          digit = -1;
          j += 3;
          any = TRUE;
        }
      else
        break;
    }
  if (!any)
    return FALSE;
  if (digit >= 0)
    group += digit;
  memset (a, 0, sizeof *a);
  a->start = i;
  a->number = group;
  a->number_end = j;
  a->end = j;
  a->scale = parse_scale (t, j, end, &a->end);
  if (a->scale && !(a->scale->flags & SCALE_CJK))
    a->scale = NULL, a->end = j;
  if (a->scale)
    a->number = parse_cjk_chain (t, a->end, end, a->number, a->scale, &a->end) / a->scale->scale;
  return group > 0;
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
  /* "40 MUSD", "12 MEUR": millions of the code's currency. */
  if (scale == NULL && j + 4 <= end && t[j] == 'M' && first->prefix == NULL && first->prefix_code == NULL &&
      (code = code_at (t, j + 1, end, &suffix_end)) != NULL)
    {
      static const Scale million = { "M", 1, 1e6, SCALE_GLUED };

      scale = &million;
      factor = 1e6;
      money->scale = factor;
      money->scale_word = "M";
      set_currency (money, code, code, BIL_CURRENCY_BY_CODE, FALSE);
      money->end = suffix_end;
    }
  else if ((code = code_at (t, j, end, &suffix_end)) != NULL &&
      (first->prefix == NULL || (first->prefix->flags & BARE)) && first->prefix_code == NULL)
    {
      gsize scale_end;
      const Scale *after;

      set_currency (money, code, code, BIL_CURRENCY_BY_CODE, FALSE);
      money->end = suffix_end;
      /* "40 USD million": the scale after the code. */
      if (scale == NULL && (after = parse_scale (t, suffix_end, end, &scale_end)) != NULL && !(after->flags & SCALE_GLUED) &&
          !(after->flags & SCALE_CJK))
        {
          scale = after;
          factor = after->scale;
          money->scale = factor;
          money->scale_word = after->word;
          money->end = scale_end;
        }
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
                    (suffix->flags & BARE) ? BIL_CURRENCY_BY_DEFAULT
                    : (suffix->flags & (WORD | CJK)) ? BIL_CURRENCY_BY_WORD : BIL_CURRENCY_BY_SYMBOL,
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
  ['0' ... '9'] = 1, [0xEF] = 1, [0xE3 ... 0xE7] = 1,
  ['b'] = 1, ['m'] = 1, ['t'] = 1, ['h'] = 1, ['B'] = 1, ['M'] = 1, ['T'] = 1, ['H'] = 1,
};

static inline gboolean
starts_vague_word (const char *text,
                   gsize       start,
                   gsize       i)
{
  guchar c = (guchar) text[i] | 0x20;

  return (c == 'b' || c == 'm' || c == 't' || c == 'h') && (i == start || !bil_is_word_byte ((guchar) text[i - 1]));
}

/* A byte of money_bytes, and a letter only where it starts a word. */
static inline gboolean
may_start_amount (const char *text,
                  gsize       start,
                  gsize       i)
{
  guchar c = (guchar) text[i];

  return money_bytes[c] && (!g_ascii_isalpha (c) || starts_vague_word (text, start, i));
}

/* The first byte at or after @i that may start an amount: a digit, the
 * lead byte of a full-width digit or of a kanji numeral, or b, m, t or h
 * starting a word. Sixteen bytes at a time, then one at a time. */
static inline gsize
skip_to_money_byte (const char *text,
                    gsize       start,
                    gsize       i,
                    gsize       end)
{
  /* The first byte has no byte before it to load. */
  if (i == start && i < end)
    {
      if (may_start_amount (text, start, i))
        return i;
      i++;
    }
  while (i + 17 <= end)
    {
      BilBytes16 v = bil_bytes16_load (text + i);
      BilBytes16 lower = v | bil_bytes16_splat (0x20);
      BilBytes16 second = bil_bytes16_load (text + i + 1) | bil_bytes16_splat (0x20);
      /* …and only where the second letter is one of "hun", "ten", "bil",
       * "mil", "tri", "mul" (read_vague ()) or of a scale word after a
       * spelled number ("billion", "million"): not "the", "to", "more". */
      BilMask16 vague = (bil_bytes16_eq (lower, 'b') | bil_bytes16_eq (lower, 'm') |
                         bil_bytes16_eq (lower, 't') | bil_bytes16_eq (lower, 'h')) &
                        (bil_bytes16_eq (second, 'u') | bil_bytes16_eq (second, 'e') |
                         bil_bytes16_eq (second, 'i') | bil_bytes16_eq (second, 'r'));
      BilMask16 m = bil_bytes16_in (v, '0', 10) | bil_bytes16_in (v, 0xE3, 5) | bil_bytes16_eq (v, 0xEF) |
                    (vague & ~bil_bytes16_word (bil_bytes16_load (text + i - 1)));
      guint k = bil_mask16_first (m);

      if (k < 16)
        return i + k;
      i += 16;
    }
  while (i < end && !may_start_amount (text, start, i))
    i++;
  return i;
}

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
      i = skip_to_money_byte (text, start, i, end);
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
          /* "in 2020 to 22 billion dollars", "(in 2021 USD)": a year, not
           * the start of a range nor an amount of its own. */
          if (looks_like_year (&first))
            {
              gsize k = first.start;

              if (k >= start + 3 && (bil_has_prefix_at (text, k - 3, k, "in ") || bil_has_prefix_at (text, k - 3, k, "In ") ||
                                     bil_has_prefix_at (text, k - 3, k, "of ")))
                {
                  i = first.number_end;
                  continue;
                }
              have_second = FALSE;
            }
          else
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

      if (starts_vague_word (text, start, i))
        {
          Amount spelled;

          if (read_vague (text, i, end, &money))
            {
              g_array_append_val (amounts, money);
              i = money.end;
              continue;
            }
          /* "two billion dollars": the scale word comes after the number.
           * Three bytes decide first ("mil", "bil", "tri"): most words
           * starting with b, m or t are none. */
          if (i > start && (text[i - 1] == ' ' || text[i - 1] == '-') && i + 3 <= end &&
              bil_ascii_lower ((guchar) text[i + 1]) == 'i' &&
              (bil_ascii_lower ((guchar) text[i + 2]) == 'l' || bil_ascii_lower ((guchar) text[i + 2]) == 'i') &&
              read_spelled (text, start, i, end, &spelled) &&
              (amounts->len == 0 || g_array_index (amounts, BilMoney, amounts->len - 1).end <= spelled.start) &&
              finish_money (text, end, &spelled, NULL, &money))
            {
              g_array_append_val (amounts, money);
              i = money.end;
              continue;
            }
        }

      /* Kanji numerals: 三千億ドル. */
      if (c >= 0xE3 && c <= 0xE7 && (kanji_digit (text, i, end) >= 0 || kanji_unit (text, i, end) > 0))
        {
          Amount kanji;

          /* 数千億円: "several thousand hundred-millions", no number. */
          if (!(i >= start + 3 && memcmp (text + i - 3, "\xE6\x95\xB0", 3) == 0) &&
              read_kanji (text, i, end, &kanji) && kanji.scale != NULL && finish_money (text, end, &kanji, NULL, &money))
            {
              g_array_append_val (amounts, money);
              i = money.end;
              continue;
            }
          i += 3;
          continue;
        }

      i++;
    }
}
