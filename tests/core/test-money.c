/* test-money.c: every currency and number form the scanner reads
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bil-money.h"

typedef struct
{
  const char *text;       /* a sentence */
  const char *figure;     /* the amount's exact text, NULL for none */
  double      value;      /* NAN for vague */
  const char *currency;
  BilCurrencyRule rule;
  double      low;        /* 0 when not a range */
  double      high;
} Case;

static const Case cases[] = {
  /* Symbols and codes before the number */
  { "Trade reached US$236.4 billion last year.", "US$236.4 billion", 236.4e9, "USD", BIL_CURRENCY_BY_SYMBOL },
  { "It exceeded $750 billion.", "$750 billion", 750e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Singapore pledged S$1.5 billion.", "S$1.5 billion", 1.5e9, "SGD", BIL_CURRENCY_BY_SYMBOL },
  { "Canberra set aside A$300 million.", "A$300 million", 300e6, "AUD", BIL_CURRENCY_BY_SYMBOL },
  { "Sales of HK$2.1bn.", "HK$2.1bn", 2.1e9, "HKD", BIL_CURRENCY_BY_SYMBOL },
  { "TSMC spent NT$900 billion.", "NT$900 billion", 900e9, "TWD", BIL_CURRENCY_BY_SYMBOL },
  { "Ottawa gave C$13 billion.", "C$13 billion", 13e9, "CAD", BIL_CURRENCY_BY_SYMBOL },
  { "Investment of RM30 billion.", "RM30 billion", 30e9, "MYR", BIL_CURRENCY_BY_SYMBOL },
  { "Investment of RM 1.2 trillion.", "RM 1.2 trillion", 1.2e12, "MYR", BIL_CURRENCY_BY_SYMBOL },
  { "A loan of MYR500 million.", "MYR500 million", 500e6, "MYR", BIL_CURRENCY_BY_CODE },
  { "Orders worth USD77 million.", "USD77 million", 77e6, "USD", BIL_CURRENCY_BY_CODE },
  { "Orders worth USD $ 77 million.", "USD $ 77 million", 77e6, "USD", BIL_CURRENCY_BY_CODE },
  { "A ¥500 billion subsidy.", "¥500 billion", 500e9, "JPY", BIL_CURRENCY_BY_SYMBOL },
  { "JPY 1.5 trillion in aid.", "JPY 1.5 trillion", 1.5e12, "JPY", BIL_CURRENCY_BY_CODE },
  { "A €43 billion chips act.", "€43 billion", 43e9, "EUR", BIL_CURRENCY_BY_SYMBOL },
  { "A plant costing EUR 10bn.", "EUR 10bn", 10e9, "EUR", BIL_CURRENCY_BY_CODE },
  { "The £22bn package.", "£22bn", 22e9, "GBP", BIL_CURRENCY_BY_SYMBOL },
  { "Samsung invests ₩300 trillion.", "₩300 trillion", 300e12, "KRW", BIL_CURRENCY_BY_SYMBOL },
  { "Korea spent W1,297 per dollar worth.", "W1,297", 1297, "KRW", BIL_CURRENCY_BY_SYMBOL },
  { "India offered ₹76,000 crore.", "₹76,000 crore", 76000e7, "INR", BIL_CURRENCY_BY_SYMBOL },
  { "Outlay of Rs 3.2 lakh crore.", "Rs 3.2 lakh crore", 3.2e12, "INR", BIL_CURRENCY_BY_SYMBOL },
  { "A Rs. 500 crore grant.", "Rs. 500 crore", 500e7, "INR", BIL_CURRENCY_BY_SYMBOL },
  { "Projects worth Rp 50 trillion.", "Rp 50 trillion", 50e12, "IDR", BIL_CURRENCY_BY_SYMBOL },
  { "Thailand approved ฿100 billion.", "฿100 billion", 100e9, "THB", BIL_CURRENCY_BY_SYMBOL },
  { "A ₱2 billion fund.", "₱2 billion", 2e9, "PHP", BIL_CURRENCY_BY_SYMBOL },
  { "Vietnam raised ₫5,000 billion.", "₫5,000 billion", 5000e9, "VND", BIL_CURRENCY_BY_SYMBOL },
  /* Codes and words after the number */
  { "Exports hit 88 billion USD.", "88 billion USD", 88e9, "USD", BIL_CURRENCY_BY_CODE },
  { "A deal of $1.2 billion AUD.", "$1.2 billion AUD", 1.2e9, "AUD", BIL_CURRENCY_BY_CODE },
  { "They invested 20 billion ringgit.", "20 billion ringgit", 20e9, "MYR", BIL_CURRENCY_BY_WORD },
  { "Japan lent 500 billion yen.", "500 billion yen", 500e9, "JPY", BIL_CURRENCY_BY_WORD },
  { "The EU gave 3 billion euros.", "3 billion euros", 3e9, "EUR", BIL_CURRENCY_BY_WORD },
  { "Seoul committed 5 trillion won.", "5 trillion won", 5e12, "KRW", BIL_CURRENCY_BY_WORD },
  { "A 900 million rupee contract.", "900 million rupee", 900e6, "INR", BIL_CURRENCY_BY_WORD },
  { "Jakarta set 12 trillion rupiah aside.", "12 trillion rupiah", 12e12, "IDR", BIL_CURRENCY_BY_WORD },
  { "Bangkok spent 40 billion baht.", "40 billion baht", 40e9, "THB", BIL_CURRENCY_BY_WORD },
  { "China pledged 10 billion yuan.", "10 billion yuan", 10e9, "CNY", BIL_CURRENCY_BY_WORD },
  { "China pledged 10 billion renminbi.", "10 billion renminbi", 10e9, "CNY", BIL_CURRENCY_BY_WORD },
  { "A fund of 8 billion RMB.", "8 billion RMB", 8e9, "CNY", BIL_CURRENCY_BY_CODE },
  { "Manila borrowed 60 billion pesos.", "60 billion pesos", 60e9, "PHP", BIL_CURRENCY_BY_WORD },
  { "Hanoi spent 30,000 billion dong.", "30,000 billion dong", 30000e9, "VND", BIL_CURRENCY_BY_WORD },
  { "Worth 5 billion dollars in all.", "5 billion dollars", 5e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Worth 5 billion US dollars in all.", "5 billion US dollars", 5e9, "USD", BIL_CURRENCY_BY_WORD },
  { "Worth 2 billion Singapore dollars.", "2 billion Singapore dollars", 2e9, "SGD", BIL_CURRENCY_BY_WORD },
  /* Numbers and scales */
  { "A budget of $843,000,000 was set.", "$843,000,000", 843e6, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "A $100-million plant.", "$100-million", 100e6, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Costs of $5m and more.", "$5m", 5e6, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Valued at $3 bn today.", "$3 bn", 3e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Valued at $2b today.", "$2b", 2e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Valued at $4 mn today.", "$4 mn", 4e6, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Debt of $1.1 tn.", "$1.1 tn", 1.1e12, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "A grant of $50 thousand.", "$50 thousand", 50e3, "USD", BIL_CURRENCY_BY_DEFAULT },
  /* Ranges */
  { "It will cost $2–3 billion.", "$2–3 billion", 2.5e9, "USD", BIL_CURRENCY_BY_DEFAULT, 2e9, 3e9 },
  { "It will cost $2-3 billion.", "$2-3 billion", 2.5e9, "USD", BIL_CURRENCY_BY_DEFAULT, 2e9, 3e9 },
  { "It will cost between $2 and $3 billion.", "$2 and $3 billion", 2.5e9, "USD", BIL_CURRENCY_BY_DEFAULT, 2e9, 3e9 },
  { "It will cost $2 billion to $3 billion.", "$2 billion to $3 billion", 2.5e9, "USD", BIL_CURRENCY_BY_DEFAULT, 2e9, 3e9 },
  /* Malay and Japanese */
  { "Pelaburan bernilai RM30 bilion.", "RM30 bilion", 30e9, "MYR", BIL_CURRENCY_BY_SYMBOL },
  { "Dana sebanyak RM1.5 juta.", "RM1.5 juta", 1.5e6, "MYR", BIL_CURRENCY_BY_SYMBOL },
  { "Nilai dagangan USD2 trilion.", "USD2 trilion", 2e12, "USD", BIL_CURRENCY_BY_CODE },
  { "総額5000億円の投資。", "5000億円", 5000e8, "JPY", BIL_CURRENCY_BY_WORD },
  { "総額1兆2000億円の補助金。", "1兆2000億円", 1.2e12, "JPY", BIL_CURRENCY_BY_WORD },
  { "約3億ドルを投資する。", "3億ドル", 3e8, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "１００万ドルの契約。", "１００万ドル", 1e6, "USD", BIL_CURRENCY_BY_DEFAULT },
  /* As news writes them: words, read-aloud decimals, local symbols, codes after */
  { "Seoul posted 44-point-four billion dollars of surplus.", "44-point-four billion dollars", 44.4e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "It rose to 13-point-26 billion dollars.", "13-point-26 billion dollars", 13.26e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "They paid three million yen.", "three million yen", 3e6, "JPY", BIL_CURRENCY_BY_WORD },
  { "A fund of two billion dollars.", "two billion dollars", 2e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Some forty-four million euros went in.", "forty-four million euros", 44e6, "EUR", BIL_CURRENCY_BY_WORD },
  { "A gift of half a million dollars.", "half a million dollars", 0.5e6, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Worth a quarter of a billion dollars.", "a quarter of a billion dollars", 0.25e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "A price of 250 € a head.", "250 €", 250, "EUR", BIL_CURRENCY_BY_SYMBOL },
  { "It cost 40 Swiss francs.", "40 Swiss francs", 40, "CHF", BIL_CURRENCY_BY_WORD },
  { "A loan of 5 billion Turkish lira.", "5 billion Turkish lira", 5e9, "TRY", BIL_CURRENCY_BY_WORD },
  { "Swapped 15 billion Chinese yuan.", "15 billion Chinese yuan", 15e9, "CNY", BIL_CURRENCY_BY_WORD },
  { "Renewed at 720 billion naira.", "720 billion naira", 720e9, "NGN", BIL_CURRENCY_BY_WORD },
  { "Dhaka will get Tk 2,974 crore.", "Tk 2,974 crore", 2974e7, "BDT", BIL_CURRENCY_BY_SYMBOL },
  { "Kenya will pay Sh87.36 billion.", "Sh87.36 billion", 87.36e9, "KES", BIL_CURRENCY_BY_SYMBOL },
  { "Lagos drew ₦300 billion.", "₦300 billion", 300e9, "NGN", BIL_CURRENCY_BY_SYMBOL },
  { "Japan to lend Rs 14k cr to India.", "Rs 14k cr", 14e3 * 1e7, "INR", BIL_CURRENCY_BY_SYMBOL },
  { "Kenya paid around US$536. 9 million in January.", "US$536. 9 million", 536.9e6, "USD", BIL_CURRENCY_BY_SYMBOL },
  { "Toronto raised C $5 billion.", "C $5 billion", 5e9, "CAD", BIL_CURRENCY_BY_SYMBOL },
  { "Approved PHP 115 billion to PHP 153 billion.", "PHP 115 billion to PHP 153 billion", 134e9, "PHP", BIL_CURRENCY_BY_CODE, 115e9, 153e9 },
  { "Deals worth 40 billion USD.", "40 billion USD", 40e9, "USD", BIL_CURRENCY_BY_CODE },
  { "A fund of 40 USD million.", "40 USD million", 40e6, "USD", BIL_CURRENCY_BY_CODE },
  { "Orders of 12 MEUR came in.", "12 MEUR", 12e6, "EUR", BIL_CURRENCY_BY_CODE },
  { "Sales reached 3.5 MUSD.", "3.5 MUSD", 3.5e6, "USD", BIL_CURRENCY_BY_CODE },
  { "Kigali borrowed 90 billion RWF.", "90 billion RWF", 90e9, "RWF", BIL_CURRENCY_BY_CODE },
  { "Jakarta needs Rp 1,5 triliun.", "Rp 1,5 triliun", 1.5e12, "IDR", BIL_CURRENCY_BY_SYMBOL },
  { "Investasi senilai 10 miliar dolar.", "10 miliar dolar", 10e9, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "補助金は三千億円に上る。", "三千億円", 3000e8, "JPY", BIL_CURRENCY_BY_WORD },
  { "五千万人民元を出資した。", "五千万人民元", 5000e4, "CNY", BIL_CURRENCY_BY_WORD },
  { "三万円の商品。", "三万円", 3e4, "JPY", BIL_CURRENCY_BY_WORD },
  { "総額2万億円の計画。", "2万億円", 2e12, "JPY", BIL_CURRENCY_BY_WORD },
  { "三百億香港ドルを投資。", "三百億香港ドル", 300e8, "HKD", BIL_CURRENCY_BY_WORD },
  /* Vague: kept, never a number */
  { "Subsidies worth billions of dollars.", "billions of dollars", NAN, "USD", BIL_CURRENCY_BY_DEFAULT },
  { "Hundreds of millions of ringgit flowed in.", "Hundreds of millions of ringgit", NAN, "MYR", BIL_CURRENCY_BY_WORD },
  { "A multibillion-dollar deal.", "multibillion-dollar", NAN, "USD", BIL_CURRENCY_BY_DEFAULT },
};

static const char *not_money[] = {
  "Takaichi, 64, secured 237 votes in the 465-seat Lower House.",
  "Growth was 5.2 per cent in 2024 and 4.8% in FY2025.",
  "The A380 and G7 met in 2020-21.",
  "Industry 4.0 and Oct 25.",
  "$.",
  "RM,",
  "USD",
  "$ billion",
  "It won 3 votes.",
  "Formula 1 drivers won 2 races.",
  "Adjusted amount (in 2021 USD) was restated.",
  "The TOP 10 firms and ALL 5 banks.",
  "一部の企業は十分な数千億円規模の投資を検討。",
  "One of the two million-strong unions.",
};

static void
test_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));
      g_autoptr(GArray) rates = g_array_new (FALSE, FALSE, sizeof (BilRateStatement));
      BilMoney *m;
      g_autofree char *text = NULL;

      bil_money_scan (c->text, 0, strlen (c->text), amounts, rates);
      if (amounts->len != 1)
        g_error ("“%s”: expected one amount, found %u", c->text, amounts->len);
      m = &g_array_index (amounts, BilMoney, 0);
      text = g_strndup (c->text + m->start, m->end - m->start);
      if (g_strcmp0 (text, c->figure) != 0 || g_strcmp0 (m->currency, c->currency) != 0 || m->rule != c->rule)
        g_error ("“%s”: got “%s” %s rule %d, expected “%s” %s rule %d",
                 c->text, text, m->currency, m->rule, c->figure, c->currency, c->rule);
      if (isnan (c->value))
        {
          g_assert_true (m->vague);
          g_assert_true (isnan (m->value));
        }
      else
        {
          g_assert_false (m->vague);
          if (fabs (m->value - c->value) > c->value * 1e-9)
            g_error ("“%s”: value %g, expected %g", c->text, m->value, c->value);
        }
      if (c->low > 0)
        {
          g_assert_cmpfloat_with_epsilon (m->low, c->low, 1);
          g_assert_cmpfloat_with_epsilon (m->high, c->high, 1);
        }
      else if (!m->vague)
        g_assert_true (isnan (m->low));
    }
}

static void
test_not_money (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (not_money); i++)
    {
      g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));

      bil_money_scan (not_money[i], 0, strlen (not_money[i]), amounts, NULL);
      if (amounts->len != 0)
        g_error ("“%s”: expected no amount, found %u", not_money[i], amounts->len);
    }
}

static void
test_rates (void)
{
  const char *text = "Trade grew. (US$1 = RM4.22) and (US$1=W1,297), also USD1 = MYR4.7.";
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));
  g_autoptr(GArray) rates = g_array_new (FALSE, FALSE, sizeof (BilRateStatement));
  BilRateStatement *r;

  bil_money_scan (text, 0, strlen (text), amounts, rates);
  g_assert_cmpuint (amounts->len, ==, 0);
  g_assert_cmpuint (rates->len, ==, 3);
  r = &g_array_index (rates, BilRateStatement, 0);
  g_assert_cmpstr (r->base, ==, "USD");
  g_assert_cmpstr (r->quote, ==, "MYR");
  g_assert_cmpfloat_with_epsilon (r->rate, 4.22, 1e-9);
  g_assert_cmpuint (r->end - r->start, ==, strlen ("US$1 = RM4.22"));
  r = &g_array_index (rates, BilRateStatement, 1);
  g_assert_cmpstr (r->quote, ==, "KRW");
  g_assert_cmpfloat_with_epsilon (r->rate, 1297, 1e-9);
  r = &g_array_index (rates, BilRateStatement, 2);
  g_assert_cmpstr (r->quote, ==, "MYR");
  g_assert_cmpfloat_with_epsilon (r->rate, 4.7, 1e-9);
}

static void
test_hostile (void)
{
  GString *huge = g_string_new ("$");
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));
  const char nul_text[] = "RM5\0 billion $3 billion";

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (huge, (char) ('0' + i % 10));
  g_string_append (huge, " billion and 1e308 and $99999999999999999999.9 trillion, $1");
  bil_money_scan (huge->str, 0, huge->len, amounts, NULL);
  /* The 10,000-digit number is no amount; "$1" at the end is. */
  for (guint i = 0; i < amounts->len; i++)
    g_assert_true (isfinite (g_array_index (amounts, BilMoney, i).value));
  g_assert_cmpuint (amounts->len, ==, 2);
  g_string_free (huge, TRUE);

  g_array_set_size (amounts, 0);
  bil_money_scan (nul_text, 0, sizeof nul_text - 1, amounts, NULL);
  g_assert_cmpuint (amounts->len, ==, 2);

  /* Truncated in the middle of a multi-byte currency sign or digit. */
  g_array_set_size (amounts, 0);
  bil_money_scan ("5 \xE2\x82", 0, 4, amounts, NULL);
  bil_money_scan ("\xEF\xBC", 0, 2, amounts, NULL);
  bil_money_scan ("RM", 0, 2, amounts, NULL);
  g_assert_cmpuint (amounts->len, ==, 0);
}


/* A number's value is what strtod reads from its digits, to the last bit,
 * whether it takes the fast path (at most fifteen digits) or not: random
 * numbers of 1 to 20 digits, with and without decimals and separators. */
static void
test_numbers_as_strtod (void)
{
  GRand *rand = g_rand_new_with_seed (20261207);

  for (guint round = 0; round < 5000; round++)
    {
      g_autoptr(GString) digits = g_string_new (NULL);
      g_autoptr(GString) written = g_string_new ("RM");
      g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));
      guint int_digits = (guint) g_rand_int_range (rand, 1, 16);
      guint fraction = g_rand_boolean (rand) ? (guint) g_rand_int_range (rand, 1, 7) : 0;
      gboolean separators = int_digits > 3 && g_rand_boolean (rand);
      g_autofree char *sentence = NULL;
      const BilMoney *m;

      for (guint k = 0; k < int_digits; k++)
        {
          char d = (char) ('0' + g_rand_int_range (rand, k == 0 ? 1 : 0, 10));

          g_string_append_c (digits, d);
          g_string_append_c (written, d);
          if (separators && k + 1 < int_digits && (int_digits - k - 1) % 3 == 0)
            g_string_append_c (written, ',');
        }
      if (fraction > 0)
        {
          g_string_append_c (digits, '.');
          g_string_append_c (written, '.');
          for (guint k = 0; k < fraction; k++)
            {
              char d = (char) ('0' + g_rand_int_range (rand, 0, 10));

              g_string_append_c (digits, d);
              g_string_append_c (written, d);
            }
        }
      sentence = g_strdup_printf ("It lent %s million.", written->str);
      bil_money_scan (sentence, 0, strlen (sentence), amounts, NULL);
      g_assert_cmpuint (amounts->len, ==, 1);
      m = &g_array_index (amounts, BilMoney, 0);
      if (m->number != g_ascii_strtod (digits->str, NULL))
        g_error ("%s: %.17g, strtod %.17g", written->str, m->number, g_ascii_strtod (digits->str, NULL));
    }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/money/cases", test_cases);
  g_test_add_func ("/core/money/not-money", test_not_money);
  g_test_add_func ("/core/money/numbers-as-strtod", test_numbers_as_strtod);
  g_test_add_func ("/core/money/rates", test_rates);
  g_test_add_func ("/core/money/hostile", test_hostile);

  return g_test_run ();
}
