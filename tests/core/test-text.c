/* test-text.c: decoding, lines, boilerplate, sentences and metadata
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bil-article.h"
#include "bil-decode.h"
#include "bil-error.h"
#include "bil-metadata.h"
#include "bil-text.h"
#include "bil-bytes.h"
#include "bil-lexicon.h"
#include "bil-money.h"

static GPtrArray *
split (const char *text)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BilSpan));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  bil_text_split_sentences (text, 0, strlen (text), spans);
  for (guint i = 0; i < spans->len; i++)
    {
      BilSpan *span = &g_array_index (spans, BilSpan, i);
      g_ptr_array_add (out, g_strndup (text + span->start, span->end - span->start));
    }
  return out;
}

static void
assert_sentences (const char *text,
                  const char * const *expected)
{
  g_autoptr(GPtrArray) got = split (text);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, got->len); i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, expected[i]);
  g_assert_cmpuint (got->len, ==, n);
}

static void
test_sentences_abbreviations (void)
{
  assert_sentences ("The U.S. and Japan agreed. Dr. Tan of ROHM-Wako Electronics (M) Sdn. Bhd. said so.",
                    (const char *[]) { "The U.S. and Japan agreed.",
                                       "Dr. Tan of ROHM-Wako Electronics (M) Sdn. Bhd. said so.", NULL });
  /* A page flattened without its blanks; a stray blank in a decimal. */
  assert_sentences ("Trade rose last year.According to the ministry, it grew. See www.example.Com for more.",
                    (const char *[]) { "Trade rose last year.", "According to the ministry, it grew.",
                                       "See www.example.Com for more.", NULL });
  assert_sentences ("Kenya paid US$536. 9 million. It was due.",
                    (const char *[]) { "Kenya paid US$536. 9 million.", "It was due.", NULL });
  assert_sentences ("Industry 4.0 grew 3.5 per cent. Rates rose to RM4.22 per dollar!",
                    (const char *[]) { "Industry 4.0 grew 3.5 per cent.", "Rates rose to RM4.22 per dollar!", NULL });
  assert_sentences ("He said: “We will invest.” Then he left.",
                    (const char *[]) { "He said: “We will invest.”", "Then he left.", NULL });
  assert_sentences ("Talks began on Oct. 26 in Kuala Lumpur. Mr. Anwar spoke.",
                    (const char *[]) { "Talks began on Oct. 26 in Kuala Lumpur.", "Mr. Anwar spoke.", NULL });
  assert_sentences ("It costs approx. five billion. It is e.g. a plant.",
                    (const char *[]) { "It costs approx. five billion.", "It is e.g. a plant.", NULL });
  assert_sentences ("日本とマレーシアは協力する。半導体も含む。",
                    (const char *[]) { "日本とマレーシアは協力する。", "半導体も含む。", NULL });
  assert_sentences ("No full stop at the end",
                    (const char *[]) { "No full stop at the end", NULL });
}

static void
test_sentences_offsets (void)
{
  const char *text = "  First one. Second one.";
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BilSpan));

  bil_text_split_sentences (text, 0, strlen (text), spans);
  g_assert_cmpuint (spans->len, ==, 2);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 0).start, ==, 2);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 0).end, ==, 12);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 1).start, ==, 13);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 1).end, ==, strlen (text));
}

/* A sentence with no end is cut at its first blank past 2,000 bytes, and
 * the next one starts after the blanks. */
static void
test_sentences_too_long (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BilSpan));

  for (guint i = 0; i < 500; i++)
    g_string_append (text, i == 300 ? "abcdefgh\t\t" : "abcdefghi ");
  g_string_append (text, "Done. Next one.");
  bil_text_split_sentences (text->str, 0, text->len, spans);
  g_assert_cmpuint (spans->len, ==, 4);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 0).end, ==, 2009);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 1).start, ==, 2010);
  /* The tabs at 3008 and 3009 are before 2010 + 2000. */
  g_assert_cmpuint (g_array_index (spans, BilSpan, 1).end, ==, 4019);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 2).start, ==, 4020);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 2).end, ==, 5005);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 3).start, ==, 5006);
  g_assert_cmpuint (g_array_index (spans, BilSpan, 3).end, ==, text->len);
}

static guint
boilerplate_mask (const char *text)
{
  g_autoptr(GArray) lines = bil_text_split_lines (text, 0, strlen (text));
  guint mask = 0;

  bil_text_mark_boilerplate (text, lines);
  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, BilLine, i).flags & BIL_LINE_BOILERPLATE)
      mask |= 1u << i;
  return mask;
}

static void
test_boilerplate (void)
{
  /* line:                0                      1          2             3                   4 */
  g_assert_cmphex (boilerplate_mask ("Japan invests in Malaysia.\nPrevious Post\nOther story\nJapan and Malaysia.\nAlso Read: Japan wins"),
                   ==, (1u << 1) | (1u << 2) | (1u << 4));
  g_assert_cmphex (boilerplate_mask ("Body text here.\nRelated Posts\nA\nB\nTotal\n0\nShare"),
                   ==, 0x7Eu);
  g_assert_cmphex (boilerplate_mask ("Weather\xC2\xA0 \xC2\xA0 Live Markets\nJapan grows."), ==, 1u);
  g_assert_cmphex (boilerplate_mask ("Share your thoughts with us via Facebook.\nSubscribe to our Telegram channel for news."),
                   ==, 3u);
  g_assert_cmphex (boilerplate_mask ("Exit mobile version\n-- BERNAMA\nShare."), ==, 7u);
  /* Double spaces in prose are not a navigation bar. */
  g_assert_cmphex (boilerplate_mask ("Japan  and  Malaysia"), ==, 0u);
}

static void
test_headline (void)
{
  const char *yes[] = {
    "Malaysia And Japan Deepen Tech Ties In Bid To Future-Proof Their Economies",
    "Tokyo To Boost Chip, AI Collaborations With Malaysia And ASEAN",
    "Will Japan invest more?",
  };
  const char *no[] = {
    "This is a sentence that ends with a full stop.",
    "lower case start of a line",
    "Japan agreed. Malaysia too",
    "Solo",
  };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    g_assert_true (bil_text_is_headline (yes[i], strlen (yes[i])));
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    g_assert_false (bil_text_is_headline (no[i], strlen (no[i])));
}

static void
check_dateline (const char *line,
                const char *place,
                const char *source,
                int         year,
                int         month,
                int         day)
{
  BilDateline d = { 0 };

  g_assert_true (bil_metadata_parse_dateline (line, strlen (line), &d));
  g_assert_cmpstr (d.place, ==, place);
  g_assert_cmpstr (d.source, ==, source);
  g_assert_cmpint (d.year, ==, year);
  g_assert_cmpint (d.month, ==, month);
  g_assert_cmpint (d.day, ==, day);
  bil_dateline_clear (&d);
}

static void
test_dateline (void)
{
  BilDateline d = { 0 };
  const char *not_datelines[] = {
    "Japan, once seen as a rival, now cooperates.",
    "Tokyo, Oct 25 was a busy day.",
    "The US (and Japan) -- agreed.",
    "ASEAN",
  };

  check_dateline ("KUALA LUMPUR, Oct 25 (Bernama) -- Japan is set to deepen cooperation.",
                  "KUALA LUMPUR", "Bernama", 0, 10, 25);
  check_dateline ("TOKYO (Reuters) - Japan's exports rose.", "TOKYO", "Reuters", 0, 0, 0);
  check_dateline ("WASHINGTON, March 5, 2024 (AP) — Officials met.", "WASHINGTON", "AP", 2024, 3, 5);
  check_dateline ("SINGAPORE, 3 June 2023 -- Trade grew.", "SINGAPORE", NULL, 2023, 6, 3);
  /* The date in the brackets, where agencies put their name. */
  check_dateline ("PHNOM PENH, CAMBODIA (9 January 2018) — The bank signed.", "PHNOM PENH", NULL, 2018, 1, 9);
  for (guint i = 0; i < G_N_ELEMENTS (not_datelines); i++)
    g_assert_false (bil_metadata_parse_dateline (not_datelines[i], strlen (not_datelines[i]), &d));
}

static void
test_date_stamp (void)
{
  struct { const char *line; int year, month, day; } stamps[] = {
    { "date 2019-05-29 Philippines - Trade", 2019, 5, 29 },
    { "Published: May 29, 2019", 2019, 5, 29 },
    { "Posted on 29 May 2019 10:30", 2019, 5, 29 },
    { "Thursday, 4 July 2024", 2024, 7, 4 },
    { "2023/07/08 The agency signed a loan.", 2023, 7, 8 },
    { "Updated Jan. 3, 2022", 2022, 1, 3 },
  };
  const char *not_stamps[] = {
    "In 2019, trade grew to $20 billion.",         /* a year, not a date */
    "Trade grew on May 29, 2019, the ministry said.", /* inside a sentence */
    "Published on Thursday",                       /* no year */
    "May 29",
    "2019-13-01 is no date",
    "2019-02-30",
    "Source: https://example.org/2024/08/02/story.html",
  };
  int y, m, d;

  for (guint i = 0; i < G_N_ELEMENTS (stamps); i++)
    {
      g_assert_true (bil_metadata_parse_date_stamp (stamps[i].line, strlen (stamps[i].line), &y, &m, &d));
      g_assert_cmpint (y, ==, stamps[i].year);
      g_assert_cmpint (m, ==, stamps[i].month);
      g_assert_cmpint (d, ==, stamps[i].day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_stamps); i++)
    g_assert_false (bil_metadata_parse_date_stamp (not_stamps[i], strlen (not_stamps[i]), &y, &m, &d));
}

static void
test_source_line (void)
{
  g_autofree char *a = bil_metadata_parse_source_line ("Source: https://example.org/2024/08/02/story.html", 50);
  g_autofree char *b = bil_metadata_parse_source_line ("Source: Reuters", 15);
  g_autofree char *c = bil_metadata_parse_source_line ("Source: https://example.org/a said the ministry", 47);

  g_assert_cmpstr (a, ==, "https://example.org/2024/08/02/story.html");
  g_assert_null (b);
  g_assert_null (c);
}

static void
test_byline (void)
{
  g_autofree char *a = bil_metadata_parse_byline ("By Nurunnasihah Ahmad Rashid", 28);
  g_autofree char *b = bil_metadata_parse_byline ("By the end of the year, trade grew. It did.", 43);
  g_autofree char *c = bil_metadata_parse_byline ("Bystanders watched.", 19);

  g_assert_cmpstr (a, ==, "Nurunnasihah Ahmad Rashid");
  g_assert_null (b);
  g_assert_null (c);
}

static void
test_years_and_dates (void)
{
  g_assert_true (bil_metadata_valid_date ("2025"));
  g_assert_true (bil_metadata_valid_date ("2025-10"));
  g_assert_true (bil_metadata_valid_date ("2024-02-29"));
  g_assert_false (bil_metadata_valid_date ("2023-02-29"));
  g_assert_false (bil_metadata_valid_date ("25 Oct 2025"));
  g_assert_false (bil_metadata_valid_date ("2025-13"));
}

static void
test_decode (void)
{
  BilEncoding encoding;
  gsize start, len;
  g_autoptr(GError) error = NULL;
  g_autofree char *cp1252 = NULL;
  g_autofree char *utf16 = NULL;
  const char latin[] = "Caf\xe9 \x93quoted\x94 \x80" "5";
  const char le[] = "\xFF\xFE" "J\0a\0p\0a\0n\0";

  g_assert_null (bil_decode_text ("Japan", 5, &encoding, &start, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, BIL_ENCODING_UTF8);

  g_assert_null (bil_decode_text ("\xEF\xBB\xBFJapan", 8, &encoding, &start, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, BIL_ENCODING_UTF8_BOM);
  g_assert_cmpuint (start, ==, 3);
  g_assert_cmpuint (len, ==, 5);

  cp1252 = bil_decode_text (latin, sizeof latin - 1, &encoding, &start, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, BIL_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (cp1252, ==, "Café “quoted” €5");

  utf16 = bil_decode_text (le, sizeof le - 1, &encoding, &start, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, BIL_ENCODING_UTF16LE);
  g_assert_cmpstr (utf16, ==, "Japan");

  g_assert_null (bil_decode_text (" \n\t", 3, &encoding, &start, &len, &error));
  g_assert_error (error, BIL_ERROR, BIL_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_null (bil_decode_text ("ab\0cd", 5, &encoding, &start, &len, &error));
  g_assert_error (error, BIL_ERROR, BIL_ERROR_BINARY);
}

/* Which texts are read as UTF-8: as g_utf8_validate_len () says, wherever
 * the bad or good bytes fall against the eight-byte ASCII steps. */
static void
test_decode_utf8_or_not (void)
{
  const char *pieces[] = {
    "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xE5\x86\x86",   /* valid */
    "\xC3", "\xE2\x80", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80", /* cut, surrogate, overlong, too high */
    "\x80", "\xFF", "\xC3\xA9\xA9",
  };
  guint n_utf8 = 0, n_not = 0;

  for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
    for (guint before = 0; before < 19; before++)
      for (guint after = 0; after < 3; after++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          g_autoptr(GError) error = NULL;
          g_autofree char *decoded = NULL;
          BilEncoding encoding;
          gsize start, len;
          gboolean utf8;

          for (guint k = 0; k < before; k++)
            g_string_append_c (text, 'a' + k % 26);
          g_string_append (text, pieces[p]);
          /* A valid piece again after ASCII: the bad one must still be found. */
          for (guint k = 0; k < after; k++)
            g_string_append (text, k % 2 ? "x" : "\xC3\xA9 y");
          utf8 = g_utf8_validate_len (text->str, text->len, NULL);
          decoded = bil_decode_text (text->str, text->len, &encoding, &start, &len, &error);
          g_assert_no_error (error);
          g_assert_cmpint (encoding, ==, utf8 ? BIL_ENCODING_UTF8 : BIL_ENCODING_WINDOWS_1252);
          n_utf8 += utf8;
          n_not += !utf8;
        }
  g_assert_cmpuint (n_utf8, >, 100);
  g_assert_cmpuint (n_not, >, 100);
}

/* The filter's search: any case, either first letter, no match past the end. */
static void
test_contains_caseless (void)
{
  const char *text = "Japan's TOYOTA and toyota-ish Tsukuba";

  g_assert_true (bil_text_contains_ascii_caseless (text, strlen (text), "toyota", 6));
  g_assert_true (bil_text_contains_ascii_caseless (text, strlen (text), "tsukuba", 7));
  g_assert_true (bil_text_contains_ascii_caseless (text, strlen (text), "japan's", 7));
  g_assert_true (bil_text_contains_ascii_caseless (text, strlen (text), "", 0));
  g_assert_false (bil_text_contains_ascii_caseless (text, strlen (text), "tsukubas", 8));
  g_assert_false (bil_text_contains_ascii_caseless (text, strlen (text), "honda", 5));
  /* Only the first len bytes count. */
  g_assert_false (bil_text_contains_ascii_caseless (text, 12, "toyota", 6));
  g_assert_true (bil_text_contains_ascii_caseless (text, 14, "toyota", 6));
  g_assert_false (bil_text_contains_ascii_caseless (NULL, 0, "a", 1));

  /* Against a plain search, for needles whose rarest letter is first, in
   * the middle or last, at every place of a text and cut at every length. */
  {
    const char *hay = "The yen, YEN-priced Toyota deal; Kyoto's \"zyx\" and the tax: 5% of 2,000.";
    const char *needles[] = { "toyota", "yen", "the", "zyx", "tax", "of 2", "kyoto's", "e", "5%", "deal;", "xylophone" };

    for (guint n = 0; n < G_N_ELEMENTS (needles); n++)
      for (gsize cut = 0; cut <= strlen (hay); cut++)
        {
          g_autofree char *part = g_ascii_strdown (hay, (gssize) cut);
          gboolean expected = strstr (part, needles[n]) != NULL;

          g_assert_cmpint (bil_text_contains_ascii_caseless (hay, cut, needles[n], strlen (needles[n])), ==, expected);
        }
  }
}


/* The vector helpers agree with the byte tables on every byte in every
 * lane. */
static void
test_bytes16 (void)
{
  for (guint b = 0; b < 256; b++)
    for (guint lane = 0; lane < 16; lane++)
      {
        char buf[16];
        BilBytes16 v;
        BilMask16 word, eq;
        gint8 lanes[16];

        memset (buf, '.', sizeof buf);
        buf[lane] = (char) b;
        v = bil_bytes16_load (buf);
        word = bil_bytes16_word (v);
        memcpy (lanes, &word, sizeof lanes);
        for (guint k = 0; k < 16; k++)
          g_assert_cmpint (lanes[k] != 0, ==, bil_is_word_byte ((guchar) buf[k]));
        eq = bil_bytes16_eq (v, (guint8) b);
        g_assert_cmpuint (bil_mask16_first (eq), ==, b == '.' ? 0 : lane);
        g_assert_cmpuint (bil_mask16_first (bil_bytes16_in (v, (guint8) b, 1)), ==, b == '.' ? 0 : lane);
      }
  g_assert_cmpuint (bil_mask16_first (bil_bytes16_eq (bil_bytes16_load ("................"), 'x')), ==, 16);
}

/* The scanners skip sixteen bytes at a time where the text has them and a
 * byte at a time near its end: whatever the alignment, they find the same
 * sentences, terms and amounts. */
static void
test_scanners_every_offset (void)
{
  const char *sentence = "Tokyo pledged US$5 billion and RM300 million to Malaysia, while Toyota said billions of dollars "
                         "more would follow. Japan's exports rose 3.5% to \xE6\x97\xA5\xE6\x9C\xAC "
                         "\xEF\xBC\x95\xE5\x84\x84\xE5\x86\x86! Next?";
  BilLexicon *lex = bil_lexicon_get_default ();
  g_autoptr(GArray) ref_sentences = NULL;
  g_autoptr(GArray) ref_matches = NULL;
  g_autoptr(GArray) ref_amounts = NULL;

  for (gsize pad = 0; pad <= 48; pad++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) sentences = g_array_new (FALSE, FALSE, sizeof (BilSpan));
      g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (BilMatch));
      g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));

      for (gsize k = 0; k < pad; k++)
        g_string_append_c (text, k % 2 ? ' ' : 'x');
      g_string_append (text, sentence);
      bil_text_split_sentences (text->str, pad, text->len, sentences);
      bil_lexicon_scan (lex, text->str, pad, text->len, matches);
      bil_money_scan (text->str, pad, text->len, amounts, NULL);
      if (pad == 0)
        {
          g_assert_cmpuint (sentences->len, ==, 3);
          g_assert_cmpuint (matches->len, >=, 4);
          g_assert_cmpuint (amounts->len, ==, 4);
          ref_sentences = g_array_ref (sentences);
          ref_matches = g_array_ref (matches);
          ref_amounts = g_array_ref (amounts);
          continue;
        }
      g_assert_cmpuint (sentences->len, ==, ref_sentences->len);
      for (guint k = 0; k < sentences->len; k++)
        {
          g_assert_cmpuint (g_array_index (sentences, BilSpan, k).start, ==, g_array_index (ref_sentences, BilSpan, k).start + pad);
          g_assert_cmpuint (g_array_index (sentences, BilSpan, k).end, ==, g_array_index (ref_sentences, BilSpan, k).end + pad);
        }
      g_assert_cmpuint (matches->len, ==, ref_matches->len);
      for (guint k = 0; k < matches->len; k++)
        {
          const BilMatch *m = &g_array_index (matches, BilMatch, k), *r = &g_array_index (ref_matches, BilMatch, k);

          g_assert_cmpuint (m->start, ==, r->start + pad);
          g_assert_cmpuint (m->end, ==, r->end + pad);
          g_assert_true (m->terms == r->terms);
          g_assert_cmpuint (m->kinds, ==, r->kinds);
        }
      g_assert_cmpuint (amounts->len, ==, ref_amounts->len);
      for (guint k = 0; k < amounts->len; k++)
        {
          const BilMoney *m = &g_array_index (amounts, BilMoney, k), *r = &g_array_index (ref_amounts, BilMoney, k);

          g_assert_cmpuint (m->start, ==, r->start + pad);
          g_assert_cmpuint (m->end, ==, r->end + pad);
          g_assert_cmpstr (m->currency, ==, r->currency);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/text/sentences/abbreviations", test_sentences_abbreviations);
  g_test_add_func ("/core/text/sentences/offsets", test_sentences_offsets);
  g_test_add_func ("/core/text/sentences/too-long", test_sentences_too_long);
  g_test_add_func ("/core/text/boilerplate", test_boilerplate);
  g_test_add_func ("/core/text/headline", test_headline);
  g_test_add_func ("/core/text/bytes16", test_bytes16);
  g_test_add_func ("/core/text/scanners-every-offset", test_scanners_every_offset);
  g_test_add_func ("/core/metadata/dateline", test_dateline);
  g_test_add_func ("/core/metadata/date-stamp", test_date_stamp);
  g_test_add_func ("/core/metadata/source-line", test_source_line);
  g_test_add_func ("/core/metadata/byline", test_byline);
  g_test_add_func ("/core/metadata/years-and-dates", test_years_and_dates);
  g_test_add_func ("/core/text/decode", test_decode);
  g_test_add_func ("/core/text/decode/utf8-or-not", test_decode_utf8_or_not);
  g_test_add_func ("/core/text/contains-caseless", test_contains_caseless);

  return g_test_run ();
}
