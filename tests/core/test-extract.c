/* test-extract.c: the extractor's readings, one rule at a time, on our own
 * sentences (not the seeds), and on hostile text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "bil-core.h"
#include "bil-extractor.h"
#include "bil-lexicon.h"
#include "bil-rates.h"

static BilArticle *
article_new (const char *text,
             const char *date)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  BilArticleMeta meta = { NULL, NULL, (char *) date, NULL };
  g_autoptr(GError) error = NULL;
  BilArticle *article = bil_article_new_from_bytes ("test.txt", bytes, &meta, NULL, &error);

  g_assert_no_error (error);
  bil_article_set_facts (article, bil_extract_article (article, bil_lexicon_get_default ()));
  bil_convert_article (article, bil_rate_table_get_default ());
  return article;
}

static const char *
code (int entity)
{
  return entity >= 0 ? bil_lexicon_entity_code (bil_lexicon_get_default (), entity) : NULL;
}

static const BilFigure *
figure (BilArticle *article,
        guint       i)
{
  const BilFacts *facts = bil_article_get_facts (article);

  g_assert_cmpuint (facts->figures->len, >, i);
  return &g_array_index (facts->figures, BilFigure, i);
}

typedef struct
{
  const char *text;
  const char *date;
  const char *metric;
  const char *from;
  const char *to;
  int         year;
  gboolean    stated;
  const char *approx;
} DirectionCase;

static const DirectionCase direction_cases[] = {
  { "South Korea's Samsung will invest $10 billion in Vietnam over five years.", "2024-05-01", "investment", "KR", "VN", 2024, FALSE, NULL },
  { "Japan's foreign direct investment in Vietnam rose to nearly $5 billion in 2023.", "2024-05-01", "fdi", "JP", "VN", 2023, TRUE, "nearly" },
  { "Korean investment in Indonesia reached more than $2bn last year.", "2024-05-01", "investment", "KR", "ID", 2023, FALSE, "over" },
  { "Investment from Singapore into Malaysia of S$3 billion was approved in FY2024.", "2025-01-10", "investment", "SG", "MY", 2024, TRUE, NULL },
  { "Malaysia's exports to China were worth about RM50 billion this year.", "2025-03-01", "trade", "MY", "CN", 2025, FALSE, "about" },
  { "Japan's imports from Australia totalled A$60 billion in 2022.", "2023-02-01", "trade", "AU", "JP", 2022, TRUE, NULL },
  { "China's trade surplus with the United States hit $300 billion.", "2023-02-01", "trade", "CN", "US", 2023, FALSE, NULL },
  { "Two-way trade between India and Japan grew to $22 billion in 2020-21.", "2022-02-01", "trade", "IN", "JP", 2020, TRUE, NULL },
  { "The Asian Development Bank said Japan will lend Indonesia ¥100 billion for railways next year.", "2024-07-01", "loan", "JP", "ID", 2025, FALSE, NULL },
  { "Australia pledged A$50 million in grants to Papua New Guinea.", "2024-07-01", "aid", "AU", "PG", 2024, FALSE, NULL },
  /* A government's own subsidy: from no one, to that country. */
  { "The Indian government approved subsidies of Rs 76,000 crore for chip plants.", "2022-01-01", "subsidy", NULL, "IN", 2022, FALSE, NULL },
  /* Frames: who pays whom from the construction that governs the amount. */
  { "Thailand attracted $2 billion of investment from Japan in 2023.", "2024-01-05", "investment", "JP", "TH", 2023, TRUE, NULL },
  { "Vietnam received $300 million in loans from South Korea.", "2024-01-05", "loan", "KR", "VN", 2024, FALSE, NULL },
  { "Chile's imports from China reached $25 billion in 2022.", "2023-06-01", "trade", "CN", "CL", 2022, TRUE, NULL },
  { "Brazil shipped $4 billion of soybeans to Egypt last year.", "2023-06-01", "trade", "BR", "EG", 2022, FALSE, NULL },
  { "Germany's trade deficit with China widened to €58 billion.", "2023-06-01", "trade", "CN", "DE", 2023, FALSE, NULL },
  { "Kazakhstan will repay Russia $1.2 billion by 2027.", "2024-02-01", "loan", "RU", "KZ", 2027, TRUE, NULL },
  { "Sri Lanka borrowed $800 million from India in 2022.", "2023-01-01", "loan", "IN", "LK", 2022, TRUE, NULL },
  { "France will extend a €300 million credit line to Morocco.", "2024-03-01", "loan", "FR", "MA", 2024, FALSE, NULL },
  { "Norway donated $20 million to Ethiopia for drought relief.", "2024-03-01", "aid", "NO", "ET", 2024, FALSE, NULL },
  { "Canada gave Jordan a grant of C$15 million.", "2024-03-01", "aid", "CA", "JO", 2024, FALSE, NULL },
  { "A $40 million factory was invested by Taiwanese firms in Poland.", "2024-03-01", "investment", "TW", "PL", 2024, FALSE, NULL },
  { "The Asian Development Bank approved a $50 million loan for Cambodia.", "2018-01-09", "loan", NULL, "KH", 2018, FALSE, NULL },
  { "Chile's $3 billion copper trade to Korea grew in 2023.", "2024-01-01", "trade", "CL", "KR", 2023, TRUE, NULL },
  { "Between 2007 and 2014, China lent Angola $20 billion.", "2024-01-01", "loan", "CN", "AO", 2007, TRUE, NULL },
  { "Goods exports between Chile and China reached $40 billion in 2021.", "2022-01-01", "trade", "CL", "CN", 2021, TRUE, NULL },
  { "Wine exports to China, once the biggest market, fell by $300 million in 2023.", "2024-01-01", "trade", NULL, "CN", 2023, TRUE, NULL },
  { "India's trade deficit with Russia reached $35 billion in FY23.", "2023-04-18", "trade", "RU", "IN", 2022, TRUE, NULL },
  /* At home: a country's company invests in one of its own places. */
  { "Malaysian chipmaker Inari will invest RM1 billion in a new plant in Penang.", "2024-01-01", "investment", "MY", "MY", 2024, FALSE, NULL },
  /* An example follows its cue closely; a party far after "include" is none. */
  { "Korean firms will spend $1 billion on a venture that will include the first large battery plant in Canada.",
    "2024-01-01", "investment", "KR", "CA", 2024, FALSE, NULL },
  { "Exports to Japan fell by $844 million in the year to March 2022.", "2022-05-01", "trade", NULL, "JP", 2021, TRUE, NULL },
  { "Kenya's biggest project, the railway, ran up $5 billion in loans from China.", "2024-01-01", "loan", "CN", "KE", 2024, FALSE, NULL },
  { "Bilateral trade totalled $20 billion in 2018, with Peru exporting $9 billion to China.", "2019-05-29", "trade", "CN", "PE", 2018, TRUE, NULL },
  /* A passive's agent gives only where the participle moves the money:
   * "held by" says who keeps the deposits, not who lent them. */
  { "Kuwait has long backed Egypt's economy. The Kuwaiti deposits held by Egypt's central bank total $4 billion.", "2023-02-01", "loan", "KW", "EG", 2023, FALSE, NULL },
  { "Egypt received a $2 billion loan extended by Kuwait in 2022.", "2023-02-01", "loan", "KW", "EG", 2022, TRUE, NULL },
  /* A text with no date of its own: no year but a stated one, and a 2030
   * target never dates the article. */
  { "India invested $1.9 billion in Vietnam, which aims to double it by 2030.", NULL, "investment", "IN", "VN", 0, FALSE, NULL },
  { "Indonesia wants $5 billion of Korean investment by 2030.", NULL, "investment", "KR", "ID", 2030, TRUE, NULL },
  { "date 2019-05-29 Trade\n\nThe Philippines exported $9.5 billion of goods to Japan last year.", NULL, "trade", "PH", "JP", 2018, FALSE, NULL },
  /* "last year" in a text with no date: unknown, not another sentence's
   * year; a date its paragraph cites counts it. */
  { "Ties peaked last year when Oman pledged $2 billion for Egypt. Trade is expected to double by 2030.", NULL, "investment", "OM", "EG", 0, FALSE, NULL },
  { "Qatar will invest $300 million in Rwanda this year, the ministry said. (Reuters, May 3, 2019)", NULL, "investment", "QA", "RW", 2019, FALSE, NULL },
  /* Money saved is a cost, not the trade it is saved on. */
  { "Dropping the duties would save wine makers $25 million a year at current export volumes.", "2024-05-01", "other", NULL, NULL, 2024, FALSE, NULL },
  /* An address above the text is no date, even with a year in it. */
  { "Source: https://example.org/2024/08/02/vietnam\n\nIndia has invested $1.9 billion in Vietnam.", NULL, "investment", "IN", "VN", 0, FALSE, NULL },
};

static void
test_directions (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (direction_cases); i++)
    {
      const DirectionCase *c = &direction_cases[i];
      g_autoptr(BilArticle) article = article_new (c->text, c->date);
      const BilFigure *f = figure (article, 0);

      if (g_strcmp0 (bil_metric_to_string (f->metric), c->metric) != 0 ||
          g_strcmp0 (code (f->from), c->from) != 0 || g_strcmp0 (code (f->to), c->to) != 0 ||
          f->year != c->year || f->year_stated != c->stated ||
          g_strcmp0 (bil_approx_to_string (f->approx), c->approx) != 0)
        g_error ("“%s”: got %s %s→%s %d%s %s; expected %s %s→%s %d%s %s", c->text,
                 bil_metric_to_string (f->metric), code (f->from), code (f->to), f->year, f->year_stated ? " stated" : "",
                 bil_approx_to_string (f->approx), c->metric, c->from, c->to, c->year, c->stated ? " stated" : "", c->approx);
    }
}

typedef struct
{
  const char *text;     /* the figure, as written */
  const char *metric;
  const char *from;
  const char *to;
  int         year;
} Reading;

static void
check_readings (BilArticle    *article,
                const Reading *readings,
                guint          n)
{
  const BilFacts *facts = bil_article_get_facts (article);
  const char *text = bil_article_get_text (article, NULL);

  for (guint r = 0; r < n; r++)
    {
      const Reading *want = &readings[r];
      const BilFigure *f = NULL;

      for (guint i = 0; i < facts->figures->len && f == NULL; i++)
        {
          const BilFigure *g = &g_array_index (facts->figures, BilFigure, i);
          if (g->money.end - g->money.start == strlen (want->text) &&
              strncmp (text + g->money.start, want->text, strlen (want->text)) == 0)
            f = g;
        }
      if (f == NULL)
        g_error ("“%s” not found", want->text);
      if (g_strcmp0 (bil_metric_to_string (f->metric), want->metric) != 0 || g_strcmp0 (code (f->from), want->from) != 0 ||
          g_strcmp0 (code (f->to), want->to) != 0 || f->year != want->year)
        g_error ("“%s”: got %s %s→%s %d; expected %s %s→%s %d", want->text, bil_metric_to_string (f->metric),
                 code (f->from), code (f->to), f->year, want->metric, want->from, want->to, want->year);
    }
}

/* What a sentence leaves unsaid, the article says. */
static void
test_discourse (void)
{
  /* A list in one clause's frame; a bracket restating the amount before it;
   * the article's pair and direction for a sentence that names neither; a
   * year carried into the sentence that continues the same measure, not
   * into the next paragraph. */
  g_autoptr(BilArticle) loans = article_new (
    "Uzbekistan and South Korea signed three agreements in Seoul.\n\n"
    "South Korea will lend Uzbekistan $500 million (about 700 billion won) for railways in 2025.\n\n"
    "Of the loans, $200 million will fund signalling, while $300 million goes to new trains.\n\n"
    "A further tranche of $150 million is planned.", "2024-11-04");
  static const Reading loan_readings[] = {
    { "$500 million", "loan", "KR", "UZ", 2025 },
    { "700 billion won", "loan", "KR", "UZ", 2025 },
    { "$200 million", "loan", "KR", "UZ", 2024 },
    { "$300 million", "loan", "KR", "UZ", 2024 },
    { "$150 million", "loan", "KR", "UZ", 2024 },
  };
  /* An institution gives as no country; an article about one country: the
   * money named from another goes to it. */
  g_autoptr(BilArticle) bank = article_new (
    "DHAKA, March 3, 2021 (Reuters) - The World Bank approved a $250 million loan for Bangladesh's ports.\n\n"
    "Bangladesh will also get a $30 million grant from Denmark, officials in Bangladesh said.", NULL);
  static const Reading bank_readings[] = {
    { "$250 million", "loan", NULL, "BD", 2021 },
    { "$30 million", "aid", "DK", "BD", 2021 },
  };
  /* Trade two ways, then each way. */
  g_autoptr(BilArticle) trade = article_new (
    "Trade between Peru and China reached $36 billion in 2022. Peruvian exports to China were worth $22 billion, "
    "while imports from China came to $14 billion.", "2023-05-02");
  static const Reading trade_readings[] = {
    { "$36 billion", "trade", "CN", "PE", 2022 },
    { "$22 billion", "trade", "PE", "CN", 2022 },
    { "$14 billion", "trade", "CN", "PE", 2022 },
  };
  /* A digest dates each item by its cited source. */
  g_autoptr(BilArticle) digest = article_new (
    "Recent investment in Mexico\n\n"
    "Danish toymaker Lego will invest US$125 million in its plant in Mexico. (El Norte, July 1, 2013)\n\n"
    "Korean carmaker Kia plans US$300 million more for Mexico. (Reforma, June 2, 2014)", NULL);
  static const Reading digest_readings[] = {
    { "US$125 million", "investment", "DK", "MX", 2013 },
    { "US$300 million", "investment", "KR", "MX", 2014 },
  };

  /* A sentence that opens with its time sets the paragraph's scene; the
   * same money told again keeps the year it was dated by. */
  g_autoptr(BilArticle) scene = article_new (
    "In December 2016, Laos and China agreed to build a railway. It will cost $6 billion. "
    "China will lend $3.5 billion of it.\n\nThe $3.5 billion loan was signed in June 2019.", "2020-01-01");
  static const Reading scene_readings[] = {
    { "$6 billion", "other", NULL, "LA", 2016 },
    { "$3.5 billion", "loan", "CN", "LA", 2019 },
  };

  /* A list of amounts, each with its own giver after it: the giver of a
   * later amount is not an earlier one's, even when the earlier one's is no
   * country; a bracket restating an amount keeps its giver. */
  g_autoptr(BilArticle) cofinance = article_new (
    "Nepal will build three bridges over the Karnali, Nepal's roads ministry said.\n\n"
    "A $60 million loan from the Asian Development Bank will be joined by "
    "a €30 million ($32.6 million) loan from a French lender, and a $5 million grant from Norway.", "2023-09-12");
  static const Reading cofinance_readings[] = {
    { "$60 million", "loan", NULL, "NP", 2023 },
    { "€30 million", "loan", NULL, "NP", 2023 },
    { "$32.6 million", "loan", NULL, "NP", 2023 },
    { "$5 million", "aid", "NO", "NP", 2023 },
  };

  /* An undated article: a sentence that states a period and names no
   * amount dates the amounts of the sentence before it; the next paragraph
   * is not dated by it, nor is an article with a date of its own. */
  static const char port_text[] =
    "Myanmar and China agreed to build a deep-sea port in Myanmar.\n\n"
    "The port is estimated to cost $1.3 billion, with Chinese lenders providing a loan of $900 million. "
    "Construction runs from March 2024 to June 2027.\n\n"
    "China also lent Myanmar $50 million for a road to the port.";
  g_autoptr(BilArticle) port = article_new (port_text, NULL);
  g_autoptr(BilArticle) dated_port = article_new (port_text, "2023-05-10");
  static const Reading port_readings[] = {
    { "$1.3 billion", "other", NULL, "MM", 2024 },
    { "$900 million", "loan", "CN", "MM", 2024 },
    { "$50 million", "loan", "CN", "MM", 0 },
  };
  static const Reading dated_port_readings[] = {
    { "$1.3 billion", "other", NULL, "MM", 2023 },
    { "$900 million", "loan", "CN", "MM", 2023 },
  };

  /* A cost in a country has no giver, even in an article about money
   * from another. */
  g_autoptr(BilArticle) cost = article_new (
    "Japan will invest $3 billion in Indonesia's power plants, officials said.\n\n"
    "The whole programme has a total cost of $9 billion in Indonesia.", "2022-08-01");
  static const Reading cost_readings[] = {
    { "$3 billion", "investment", "JP", "ID", 2022 },
    { "$9 billion", "other", NULL, "ID", 2022 },
  };

  /* Money a country draws from everywhere has no one giver; a verb right
   * before the amount governs it, not the noun after ("in investment"). */
  g_autoptr(BilArticle) drawn = article_new (
    "Japanese firms invested heavily in Vietnam last year, officials in Hanoi said.\n\n"
    "Vietnam attracted $36.6 billion in investment worldwide in 2023, its highest ever.\n\n"
    "Laos received $2 billion in loans from China in 2022.", "2024-01-15");
  static const Reading drawn_readings[] = {
    { "$36.6 billion", "investment", NULL, "VN", 2023 },
    { "$2 billion", "loan", "CN", "LA", 2022 },
  };

  /* A subsidy no sentence places: to the country the article is about. */
  g_autoptr(BilArticle) subsidy = article_new (
    "Japan is backing chipmakers at home. Tokyo wants more fabs in Japan.\n\n"
    "The second fab will get a JPY476 billion subsidy.", "2024-02-24");
  static const Reading subsidy_readings[] = {
    { "JPY476 billion", "subsidy", NULL, "JP", 2024 },
  };

  /* Each amount of a series takes the year after it; a list shares the
   * year stated after its last amount. */
  g_autoptr(BilArticle) series = article_new (
    "Peru's surplus with China rose from $2 billion in 2020 to $3 billion in 2021.\n\n"
    "The two loans from China of $1.6 billion (Sh261.6 billion) and $2 billion (Sh327.6 billion) were signed in May 2014.",
    "2024-03-22");
  static const Reading series_readings[] = {
    { "$2 billion", "trade", "PE", "CN", 2020 },
    { "$3 billion", "trade", "PE", "CN", 2021 },
    { "$1.6 billion", "loan", "CN", "PE", 2014 },
    { "Sh261.6 billion", "loan", "CN", "PE", 2014 },
  };

  /* A sentence that names no party continues the one before it. */
  g_autoptr(BilArticle) before = article_new (
    "Japanese parts maker Higuchi will build a plant in Mexico. The US$3.5 million factory will make air bags.",
    "2013-07-03");
  static const Reading before_readings[] = {
    { "US$3.5 million", "investment", "JP", "MX", 2013 },
  };

  /* Amounts in brackets after their parties, in the clause's frame. */
  g_autoptr(BilArticle) ranked = article_new (
    "Japan was Vietnam's third-largest investor in 2023, following South Korea ($9.1 billion) and Singapore ($5.8 billion).",
    "2024-02-01");
  static const Reading ranked_readings[] = {
    { "$9.1 billion", "investment", "KR", "VN", 2023 },
    { "$5.8 billion", "investment", "SG", "VN", 2023 },
  };

  /* An aside between dashes and a short form in brackets end no clause;
   * "last year" in an undated text leaves its amount's year unknown rather
   * than lending it the year of the amount before. */
  g_autoptr(BilArticle) aside = article_new (
    "Foreign direct investment (FDI) in Peru - long held back by red tape, weak courts and poor roads - grew from "
    "$1.2 billion in 2009 to $3.4 billion last year, officials said.", NULL);
  static const Reading aside_readings[] = {
    { "$1.2 billion", "fdi", NULL, "PE", 2009 },
    { "$3.4 billion", "fdi", NULL, "PE", 0 },
  };
  /* "FDI inflows" count foreign direct investment; money carried from the
   * article's other figures is investment, FDI only where the text says it. */
  g_autoptr(BilArticle) inflows = article_new (
    "In 2021, FDI inflows from Korea reached $4.1 billion in Vietnam. FDI from Japan came to $3.9 billion, "
    "and FDI from Singapore $2.2 billion.\n\n"
    "The sum was part of the $31 billion Vietnam drew globally.", "2022-01-10");
  static const Reading inflows_readings[] = {
    { "$4.1 billion", "fdi", "KR", "VN", 2021 },
    { "$31 billion", "investment", NULL, "VN", 2022 },
  };

  /* A bond is lent by the market, not by the country the article pairs
   * with the borrower. */
  g_autoptr(BilArticle) bond = article_new (
    "Zambia owes China $6 billion in loans for roads and power plants.\n\n"
    "Zambia, which must also redeem a $750 million Eurobond issued in 2012, is talking to creditors. "
    "The treasury paid coupons of $35 million on the sovereign bonds this year.", "2020-10-01");
  static const Reading bond_readings[] = {
    { "$6 billion", "loan", "CN", "ZM", 2020 },
    { "$750 million", "loan", NULL, "ZM", 2012 },
    { "$35 million", "loan", NULL, "ZM", 2020 },
  };

  /* The government of the country that receives, paying its share: its
   * own money, which nobody lends it. */
  g_autoptr(BilArticle) share = article_new (
    "The Asian Development Bank approved a $120 million loan for hydropower in Nepal, and Norway added a "
    "$9 million grant for Nepal.\n\n"
    "The Government of Nepal will contribute $18 million.", "2021-06-01");
  static const Reading share_readings[] = {
    { "$120 million", "loan", NULL, "NP", 2021 },
    { "$9 million", "aid", "NO", "NP", 2021 },
    { "$18 million", "other", NULL, "NP", 2021 },
  };

  /* An article about one country: money with no party in its sentence
   * goes to that country, from no one named. */
  g_autoptr(BilArticle) alone = article_new (
    "The Asian Development Bank approved loans of $30 million and $15 million for Nepal on Monday, "
    "Nepal's finance ministry said.\n\n"
    "The $45 million irrigation project will serve farms across the Terai plains.", "2021-03-01");
  static const Reading alone_readings[] = {
    { "$45 million", "loan", NULL, "NP", 2021 },
  };

  /* "respectively": the n-th amount is the n-th party's, in the role the
   * frame gives the list; the receiving country's own share is its own. */
  g_autoptr(BilArticle) respectively = article_new (
    "China will lend Tanzania $1.2 billion for the railway. The Government of Tanzania and the Chinese Government "
    "will invest $200 million and $900 million of equity, respectively.\n\n"
    "In 2022, Vietnam and Thailand drew $3 billion and $2 billion of Japanese investment, respectively.", "2023-04-12");
  static const Reading respectively_readings[] = {
    { "$1.2 billion", "loan", "CN", "TZ", 2023 },
    { "$200 million", "investment", NULL, "TZ", 2023 },
    { "$900 million", "investment", "CN", "TZ", 2023 },
    { "$3 billion", "investment", "JP", "VN", 2022 },
    { "$2 billion", "investment", "JP", "TH", 2022 },
  };

  /* A swap between two states that the sentence does not orient: the
   * state whose currency the amount is in lends; later amounts of the same
   * swap follow it. */
  g_autoptr(BilArticle) swap = article_new (
    "Argentina and China renewed their 130 billion yuan ($18 billion) currency swap on Tuesday.\n\n"
    "The central bank in Buenos Aires said the line would help pay for imports.\n\n"
    "Under the arrangement, up to 35 billion yuan may be drawn each year.\n\n"
    "Trade between the two countries reached $24 billion in 2023.", "2024-06-04");
  static const Reading swap_readings[] = {
    { "130 billion yuan", "loan", "CN", "AR", 2024 },
    { "$18 billion", "loan", "CN", "AR", 2024 },
    { "35 billion yuan", "loan", "CN", "AR", 2024 },
  };

  /* Japanese marks its subject with は or が; "…では" is a place. */
  g_autoptr(BilArticle) ga = article_new (
    "大阪では、韓国の電池メーカーが約500億円を投じて新工場を建設する。\n\n"
    "韓国政府は5日、インドネシアの港湾整備に向けて約2億ドルの借款を供与すると発表した。", "2024-09-05");
  static const Reading ga_readings[] = {
    { "500億円", "investment", "KR", "JP", 2024 },
    { "2億ドル", "loan", "KR", "ID", 2024 },
  };

  check_readings (ga, ga_readings, G_N_ELEMENTS (ga_readings));

  /* A comparison names the second amount's partner after it. */
  g_autoptr(BilArticle) compared = article_new (
    "In 2022, Chile's trade with Peru reached $4 billion, against $60 billion with the United States.", "2023-01-01");
  static const Reading compared_readings[] = {
    { "$4 billion", "trade", "CL", "PE", 2022 },
    { "$60 billion", "trade", "CL", "US", 2022 },
  };

  /* "the agreement" is the instrument the article has named. */
  g_autoptr(BilArticle) named = article_new (
    "Indonesia and Singapore renewed a $7 billion currency swap line on Monday.\n\n"
    "Officials said the agreement could later be widened to $10 billion.", "2024-02-05");
  static const Reading named_readings[] = {
    { "$10 billion", "loan", NULL, NULL, 2024 },
  };

  check_readings (named, named_readings, G_N_ELEMENTS (named_readings));
  check_readings (compared, compared_readings, G_N_ELEMENTS (compared_readings));
  check_readings (swap, swap_readings, G_N_ELEMENTS (swap_readings));
  check_readings (respectively, respectively_readings, G_N_ELEMENTS (respectively_readings));
  check_readings (alone, alone_readings, G_N_ELEMENTS (alone_readings));
  check_readings (share, share_readings, G_N_ELEMENTS (share_readings));
  check_readings (bond, bond_readings, G_N_ELEMENTS (bond_readings));
  check_readings (aside, aside_readings, G_N_ELEMENTS (aside_readings));
  check_readings (inflows, inflows_readings, G_N_ELEMENTS (inflows_readings));
  check_readings (ranked, ranked_readings, G_N_ELEMENTS (ranked_readings));
  check_readings (before, before_readings, G_N_ELEMENTS (before_readings));
  check_readings (series, series_readings, G_N_ELEMENTS (series_readings));
  check_readings (subsidy, subsidy_readings, G_N_ELEMENTS (subsidy_readings));
  check_readings (scene, scene_readings, G_N_ELEMENTS (scene_readings));
  check_readings (cofinance, cofinance_readings, G_N_ELEMENTS (cofinance_readings));
  check_readings (port, port_readings, G_N_ELEMENTS (port_readings));
  check_readings (cost, cost_readings, G_N_ELEMENTS (cost_readings));
  check_readings (drawn, drawn_readings, G_N_ELEMENTS (drawn_readings));
  check_readings (dated_port, dated_port_readings, G_N_ELEMENTS (dated_port_readings));
  check_readings (loans, loan_readings, G_N_ELEMENTS (loan_readings));
  check_readings (bank, bank_readings, G_N_ELEMENTS (bank_readings));
  check_readings (trade, trade_readings, G_N_ELEMENTS (trade_readings));
  check_readings (digest, digest_readings, G_N_ELEMENTS (digest_readings));
}

/* "FY23" is found wherever it falls against the year scanner's stride. */
static void
test_fiscal_year_alignment (void)
{
  for (guint pad = 0; pad < 8; pad++)
    {
      g_autofree char *text = g_strdup_printf ("%.*sIndia's exports to Nepal were $5 billion in FY23.", (int) pad, "Then, so ");
      g_autoptr(BilArticle) article = article_new (text, "2024-01-01");

      g_assert_cmpint (figure (article, 0)->year, ==, 2022);
      g_assert_true (figure (article, 0)->year_stated);
    }
}

static void
test_bare_dollar_context (void)
{
  g_autoptr(BilArticle) au = article_new ("SYDNEY, March 4 (Reuters) - Canberra set aside A$2 billion for critical minerals. "
                                          "Miners expect another $500 million from private investors.", "2024-03-04");
  g_autoptr(BilArticle) us = article_new ("Intel will spend $20 billion on two plants in Ohio.", "2024-03-04");
  /* In brackets after A$, a ratio that is an exchange rate makes US$ (one
   * that is not leaves the context's dollar); with no dateline from a
   * country of its own dollar, a bare "$" is the US dollar even beside A$. */
  g_autoptr(BilArticle) bracket = article_new ("SYDNEY, March 4 (Reuters) - Barley sales were worth A$2 billion ($1.3 billion) "
                                               "and wine A$900 million ($900 million).", "2024-03-04");
  g_autoptr(BilArticle) elsewhere = article_new ("Australia sold A$1.5 billion of barley to China; wine sales fell by $844 million.",
                                                 "2024-03-04");

  g_assert_cmpstr (figure (au, 1)->money.currency, ==, "AUD");
  g_assert_cmpint (figure (au, 1)->money.rule, ==, BIL_CURRENCY_BY_CONTEXT);
  g_assert_cmpstr (figure (au, 1)->context_currency, ==, "A$");
  g_assert_cmpstr (figure (us, 0)->money.currency, ==, "USD");
  g_assert_cmpint (figure (us, 0)->money.rule, ==, BIL_CURRENCY_BY_DEFAULT);
  g_assert_cmpstr (figure (bracket, 1)->money.currency, ==, "USD");
  g_assert_cmpstr (figure (bracket, 3)->money.currency, ==, "AUD");
  g_assert_cmpstr (figure (elsewhere, 1)->money.currency, ==, "USD");
}

static void
test_usd_conversion (void)
{
  g_autoptr(BilArticle) stated = article_new ("Japan pledged RM30 billion to Malaysia. (US$1 = RM4.50)", "2024-01-01");
  g_autoptr(BilArticle) table = article_new ("Japan pledged RM30 billion to Malaysia in 2023.", "2024-01-01");
  g_autoptr(BilArticle) future = article_new ("Japan pledged RM30 billion to Malaysia in 2031.", "2030-01-01");
  const BilFigure *f;

  f = figure (stated, 0);
  g_assert_cmpint (f->rate_source, ==, BIL_RATE_ARTICLE);
  g_assert_cmpfloat_with_epsilon (f->usd, 30e9 / 4.5, 1);
  f = figure (table, 0);
  g_assert_cmpint (f->rate_source, ==, BIL_RATE_TABLE);
  g_assert_cmpint (f->rate_year, ==, 2023);
  g_assert_cmpfloat_with_epsilon (f->usd, 30e9 / bil_rate_table_lookup (bil_rate_table_get_default (), "MYR", 2023, NULL), 1);
  f = figure (future, 0);
  g_assert_cmpint (f->rate_source, ==, BIL_RATE_TABLE_LATEST);
  g_assert_true (isfinite (f->usd));
}

static gboolean
has_pair (BilArticle *article,
          const char *a,
          const char *b,
          BilStance   stance)
{
  const BilFacts *facts = bil_article_get_facts (article);

  for (guint i = 0; i < facts->pairs->len; i++)
    {
      const BilPairEvidence *p = &g_array_index (facts->pairs, BilPairEvidence, i);
      if (p->stance == stance && ((!g_strcmp0 (code (p->a), a) && !g_strcmp0 (code (p->b), b)) ||
                                  (!g_strcmp0 (code (p->a), b) && !g_strcmp0 (code (p->b), a))))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_country (BilArticle *article,
             const char *c)
{
  const BilFacts *facts = bil_article_get_facts (article);

  for (guint i = 0; i < facts->countries->len; i++)
    if (!g_strcmp0 (code (g_array_index (facts->countries, int, i)), c))
      return TRUE;
  return FALSE;
}

static void
test_pairs (void)
{
  g_autoptr(BilArticle) a = article_new ("Vietnam and Thailand signed a partnership on semiconductors. "
                                         "Their exporters compete with rivals such as China and South Korea. "
                                         "Manila accused Beijing of aggression in disputed waters.", "2024-01-01");
  g_autoptr(BilArticle) b = article_new ("Indonesia wants to deepen cooperation with Japan and Australia. "
                                         "Jakarta, Tokyo and Canberra are expected to attend the G20 summit.", "2024-01-01");

  g_assert_true (has_pair (a, "TH", "VN", BIL_STANCE_COOPERATION));
  g_assert_false (has_pair (a, "CN", "KR", BIL_STANCE_COOPERATION));
  g_assert_true (has_pair (a, "CN", "PH", BIL_STANCE_RIVALRY));
  g_assert_true (has_pair (b, "ID", "JP", BIL_STANCE_COOPERATION));
  g_assert_true (has_pair (b, "AU", "ID", BIL_STANCE_COOPERATION));
  /* A list of three attending a summit is not three partnerships. */
  g_assert_false (has_pair (b, "AU", "JP", BIL_STANCE_COOPERATION));
  /* The G20 is a forum, not a country. */
  g_assert_false (has_country (b, "G20"));
}

static void
test_mentions (void)
{
  g_autoptr(BilArticle) a = article_new ("Ships sailed through the South China Sea to reach Bank of China branches. "
                                         "Mitsubishi Motors and Petronas signed a deal. "
                                         "US$5 billion flowed to the U.S. and the Japanese market.", "2024-01-01");

  g_assert_false (has_country (a, "CN"));
  /* Companies stand for their country only as parties, not as mentions. */
  g_assert_false (has_country (a, "MY"));
  g_assert_true (has_country (a, "US"));
  g_assert_true (has_country (a, "JP"));

  /* A currency is no mention of its country; Brussels in trade news is the
   * EU; a country word after a company's name is part of the name. */
  {
    g_autoptr(BilArticle) b = article_new ("Trade with Brussels will be settled in euros rather than US dollars. "
                                           "ARM US depositary shares were delisted. 支払いは米ドルで行う。", "2024-01-01");

    g_assert_true (has_country (b, "EU"));
    g_assert_false (has_country (b, "BE"));
    g_assert_false (has_country (b, "US"));
  }
}

/* A word of spending names an investment even in an article about trade:
 * the article's main metric replaces only a generic word. */
static void
test_spending_in_trade_article (void)
{
  g_autoptr(BilArticle) a = article_new ("Chile's exports to Korea reached $5 billion in 2023. "
                                         "Two-way trade between the two countries was $9 billion. "
                                         "A Korean shipping line will spend a further $400 million on the terminal in Valparaiso.",
                                         "2024-02-01");
  const BilFacts *facts = bil_article_get_facts (a);
  const BilFigure *spend = &g_array_index (facts->figures, BilFigure, facts->figures->len - 1);

  g_assert_cmpuint (facts->figures->len, ==, 3);
  g_assert_cmpstr (bil_metric_to_string (g_array_index (facts->figures, BilFigure, 0).metric), ==, "trade");
  g_assert_cmpstr (bil_metric_to_string (spend->metric), ==, "investment");
}

/* A company stands for its home country only where the text says so: a
 * government body always; a company whose name says it; one whose home is
 * named beside it, then for the rest of the article. Elsewhere the company
 * gives no country, and a country word after its name is part of the name. */
static void
test_company_homes (void)
{
  static const struct { const char *text; const char *from; const char *to; } cases[] = {
    { "Japanese carmaker Toyota will invest $500 million in a plant in Thailand.", "JP", "TH" },
    { "Toyota will invest $500 million in a plant in Thailand.", NULL, "TH" },
    { "Toyota, the Japanese carmaker, will invest $500 million in a plant in Thailand.", "JP", "TH" },
    { "Korea's Samsung opened a plant in Hanoi last month. Samsung will invest $800 million more in Vietnam.", "KR", "VN" },
    { "JICA signed a $300 million loan agreement with Indonesia for the railway.", "JP", "ID" },
    { "Saudi Aramco will invest $2 billion in a refinery in Malaysia.", "SA", "MY" },
    { "SoftBank agreed to buy Vodafone Japan for $20 billion.", NULL, NULL },
    /* Japanese news names a Japanese company without saying it is one. */
    { "三菱電機は米国の工場に5億ドルを投資する。", "JP", "US" },
    { "アップルは日本の研究拠点に10億ドルを投資する。", NULL, "JP" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BilArticle) a = article_new (cases[i].text, "2024-03-01");
      const BilFigure *f = figure (a, 0);

      if (g_strcmp0 (code (f->from), cases[i].from) != 0 || g_strcmp0 (code (f->to), cases[i].to) != 0)
        g_error ("“%s”: got %s→%s; expected %s→%s", cases[i].text, code (f->from), code (f->to),
                 cases[i].from, cases[i].to);
    }

  {
    g_autoptr(BilArticle) a = article_new ("Honda Malaysia will spend RM100 million on a new paint shop.", "2024-03-01");

    g_assert_false (has_country (a, "MY"));
    g_assert_false (has_country (a, "JP"));
  }
}

/* Japanese short forms name a country only where news writes them so:
 * in compounds (日米, 米中), after 対 or 訪 (対米投資, 訪日), before a
 * katakana name (米アップル); not inside other words. */
static void
test_short_forms (void)
{
  static const struct { const char *text; const char *present; const char *absent; } cases[] = {
    { "日米両政府は協力の拡大で合意した。", "JP US", "" },
    { "米中対立が半導体の供給網に影を落とす。", "CN US", "JP" },
    { "首相は来月訪米し、日韓首脳とも会う予定だ。", "US JP KR", "" },
    { "英アームの株価が上がった。", "GB", "" },
    { "本日、同社は新工場の検討中の計画を公表した。", "", "JP CN" },
    { "28日トランプ氏が演説した。売上高は前日比で増えた。", "", "JP PH US" },
    { "英語の授業と豪雨の被害、伊藤氏の独自案、台風で100台が被害。", "", "GB AU IT DE TW" },
    { "日比谷公園で式典があった。中米の国々も参加した。", "", "JP PH CN US" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BilArticle) a = article_new (cases[i].text, "2025-01-01");
      g_auto(GStrv) present = g_strsplit (cases[i].present, " ", -1);
      g_auto(GStrv) absent = g_strsplit (cases[i].absent, " ", -1);

      for (guint k = 0; present[k]; k++)
        if (*present[k] && !has_country (a, present[k]))
          g_error ("“%s”: %s not found", cases[i].text, present[k]);
      for (guint k = 0; absent[k]; k++)
        if (*absent[k] && has_country (a, absent[k]))
          g_error ("“%s”: %s found", cases[i].text, absent[k]);
    }

  {
    /* A compound ties its countries; 対 says where the money goes. */
    g_autoptr(BilArticle) deal = article_new ("日米両国は関税の引き下げで合意した。日本の対米投資は昨年、7500億ドルに達した。",
                                              "2025-03-01");
    g_autoptr(BilArticle) rivals = article_new ("米中対立が激しくなった。", "2025-03-01");
    const BilFigure *f = figure (deal, 0);

    g_assert_true (has_pair (deal, "JP", "US", BIL_STANCE_COOPERATION));
    g_assert_false (has_pair (deal, "JP", "US", BIL_STANCE_RIVALRY));
    g_assert_true (has_pair (rivals, "CN", "US", BIL_STANCE_RIVALRY));
    g_assert_cmpstr (code (f->from), ==, "JP");
    g_assert_cmpstr (code (f->to), ==, "US");
    g_assert_cmpint (f->year, ==, 2024);
  }
}

static void
test_hostile (void)
{
  GString *huge = g_string_new ("Japan and Malaysia: $");
  g_autoptr(BilArticle) big = NULL;
  const char *texts[] = {
    "$. RM, USD € ¥ billion of nothing",
    "Numbers with no currency: 12, 3.5, 1,000,000 and 2024.",
    "Overflow: $1e400 and $99999999999999999999999 billion and RM1.7976931348623157e309.",
    "混合 scripts: マレーシア と Malaysia, العربية, русский, 日本 $5億.",
    "A\xC3 truncated multi-byte sequence then $5 billion.",
    "",
  };

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (huge, '9');
  g_string_append (huge, " billion, then a long line");
  for (guint i = 0; i < 100000; i++)
    g_string_append (huge, " and Japan");
  big = article_new (huge->str, "2024-01-01");
  for (guint i = 0; i < bil_article_get_facts (big)->figures->len; i++)
    g_assert_true (isfinite (figure (big, i)->money.value));
  g_string_free (huge, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (texts[i], strlen (texts[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(BilArticle) article = bil_article_new_from_bytes ("hostile.txt", bytes, NULL, NULL, &error);

      if (article == NULL)
        continue;  /* empty: refused with an error, which is right */
      bil_article_set_facts (article, bil_extract_article (article, bil_lexicon_get_default ()));
      bil_convert_article (article, bil_rate_table_get_default ());
      for (guint k = 0; k < bil_article_get_facts (article)->figures->len; k++)
        {
          const BilFigure *f = figure (article, k);
          g_assert_true (f->money.vague || isfinite (f->money.value));
          g_assert_cmpuint (f->money.end, <=, strlen (texts[i]));
        }
    }
}

/* Every string of an array in the data files, with the array's name. */
static void
collect_forms (JsonNode   *node,
               const char *member,
               GPtrArray  *forms,
               GPtrArray  *members)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l; l = l->next)
        collect_forms (json_object_get_member (object, l->data), l->data, forms, members);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            {
              g_ptr_array_add (forms, g_strdup (json_node_get_string (element)));
              g_ptr_array_add (members, (gpointer) g_intern_string (member));
            }
          else
            collect_forms (element, member, forms, members);
        }
    }
}

static gboolean
scan_finds (BilLexicon *lex,
            const char *text,
            gsize       start,
            gsize       end)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (BilMatch));

  bil_lexicon_scan (lex, text, 0, strlen (text), matches);
  for (guint i = 0; i < matches->len; i++)
    if (g_array_index (matches, BilMatch, i).start == start && g_array_index (matches, BilMatch, i).end == end)
      return TRUE;
  return FALSE;
}

/* The scanner skips words no term starts with before walking its trie: no
 * name, keyword or cue of the data files is lost to it, inside a sentence
 * or at the end of the range. */
static void
test_every_term_found (void)
{
  const char *files[] = { "gazetteer.json", "sectors.json", "cues.json" };
  BilLexicon *lex = bil_lexicon_get_default ();
  guint checked = 0;

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GBytes) bytes = bil_core_lookup_data (files[f], NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) members = g_ptr_array_new ();

      g_assert_nonnull (bytes);
      g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
      collect_forms (json_parser_get_root (parser), NULL, forms, members);
      for (guint i = 0; i < forms->len; i++)
        {
          const char *form = g_ptr_array_index (forms, i);
          g_autofree char *inside = g_strconcat ("Before ", form, " after.", NULL);
          g_autofree char *last = g_strconcat ("Before ", form, NULL);
          gsize end = strlen ("Before ") + strlen (form);

          /* Excluded names are found only to be dropped; a bloc's members
           * are country codes. */
          if (g_str_equal (g_ptr_array_index (members, i), "exclusions") ||
              g_str_equal (g_ptr_array_index (members, i), "members"))
            continue;
          if (!scan_finds (lex, inside, strlen ("Before "), end) || !scan_finds (lex, last, strlen ("Before "), end))
            g_error ("%s: “%s” (%s) not found", files[f], form, (char *) g_ptr_array_index (members, i));
          checked++;
        }
    }
  g_test_message ("%u forms found", checked);
  g_assert_cmpuint (checked, >, 3000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/extract/directions", test_directions);
  g_test_add_func ("/core/extract/discourse", test_discourse);
  g_test_add_func ("/core/extract/fiscal-year-alignment", test_fiscal_year_alignment);
  g_test_add_func ("/core/extract/bare-dollar-context", test_bare_dollar_context);
  g_test_add_func ("/core/extract/usd-conversion", test_usd_conversion);
  g_test_add_func ("/core/extract/pairs", test_pairs);
  g_test_add_func ("/core/extract/mentions", test_mentions);
  g_test_add_func ("/core/extract/short-forms", test_short_forms);
  g_test_add_func ("/core/extract/company-homes", test_company_homes);
  g_test_add_func ("/core/extract/spending-in-trade-article", test_spending_in_trade_article);
  g_test_add_func ("/core/extract/hostile", test_hostile);
  g_test_add_func ("/core/lexicon/every-term-found", test_every_term_found);

  return g_test_run ();
}
