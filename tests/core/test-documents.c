/* test-documents.c: the readers of web pages, PDFs and feeds, alone and in
 * a corpus, on good and bad input
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every PDF here is drawn by cairo in the test; every page and feed is
 * written here. Nothing is downloaded.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "bil-corpus-loader.h"
#include "bil-error.h"
#include "bil-feed-reader.h"
#include "bil-html-reader.h"
#include "bil-pdf-reader.h"
#include "bil-test-corpus.h"
#include "bil-test-files.h"

/* ---- Web pages ---- */

static const char page[] =
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
  "<title>Japan and Malaysia sign chip pact | Trade Wire</title>"
  "<meta property=\"og:title\" content=\"Japan and Malaysia sign chip pact\">"
  "<meta property=\"og:site_name\" content=\"Trade Wire\">"
  "<meta property=\"article:published_time\" content=\"2024-05-14T08:00:00+08:00\">"
  "<meta name=\"author\" content=\"Aiko Tan\">"
  "<link rel=\"canonical\" href=\"https://example.org/2024/05/14/chip-pact\">"
  "<style>p { color: red }</style><script>var menu = 'Home News Sport';</script>"
  "</head><body>"
  "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies?</div>"
  "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>"
  "<article><h1>Japan and Malaysia sign chip pact</h1>"
  "<p class=\"standfirst\">Tokyo will put money into Penang's semiconductor plants, officials said.</p>"
  "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
  "<p>Japan will invest US$2 billion in Malaysia's semiconductor sector over five years, the two governments "
  "said on Tuesday, in a pact signed in Kuala Lumpur by both trade ministers.</p>"
  "<p>Bilateral trade reached RM150 billion in 2023, up from RM132 billion a year earlier, according to "
  "figures from the Malaysian trade ministry, which expects further growth.</p>"
  "<p>Officials said the agreement also covers training, research, and the supply of chip-making equipment, "
  "with a joint committee to meet twice a year.</p>"
  "</article>"
  "<aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/a\">Korea eyes Vietnam batteries</a></li>"
  "<li><a href=\"/b\">China port deal in Peru</a></li></ul></aside>"
  "<section id=\"comments\" class=\"comments\"><p>Reader1: great news, finally something for Penang, well done "
  "to everyone involved, truly.</p></section>"
  "<footer><p>Copyright 2024 Trade Wire. All rights reserved. Contact us, privacy policy, terms.</p></footer>"
  "</body></html>";

static void
read_page (const char  *html,
           gssize       len,
           BilDocument *doc)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bil_html_read (html, len < 0 ? strlen (html) : (gsize) len, doc, NULL, &error));
  g_assert_no_error (error);
}

/* @text holds @line as a line of its own. */
static gboolean
has_line (const char *text,
          const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strcmp (lines[i], line) == 0)
      return TRUE;
  return FALSE;
}

static void
test_html_article (void)
{
  BilDocument doc = { 0 };

  read_page (page, -1, &doc);
  /* The headline first, each paragraph a line. */
  g_assert_true (g_str_has_prefix (doc.text, "Japan and Malaysia sign chip pact\n"));
  g_assert_true (has_line (doc.text, "Tokyo will put money into Penang's semiconductor plants, officials said."));
  g_assert_nonnull (strstr (doc.text, "\nJapan will invest US$2 billion in Malaysia's semiconductor sector"));
  g_assert_nonnull (strstr (doc.text, "\nBilateral trade reached RM150 billion in 2023"));
  g_assert_nonnull (strstr (doc.text, "meet twice a year.\n"));
  /* Not the page around it. */
  for (guint i = 0; i < 8; i++)
    {
      static const char *const never[] = { "cookies", "Sport", "Share on Facebook", "Related stories",
                                           "Korea eyes", "Reader1", "Copyright", "var menu" };
      if (strstr (doc.text, never[i]) != NULL)
        g_error ("page text kept “%s”:\n%s", never[i], doc.text);
    }
  g_assert_cmpstr (doc.title, ==, "Japan and Malaysia sign chip pact");
  g_assert_cmpint (doc.title_origin, ==, BIL_ORIGIN_PAGE_META);
  g_assert_cmpstr (doc.date, ==, "2024-05-14");
  g_assert_cmpint (doc.date_origin, ==, BIL_ORIGIN_PAGE_META);
  g_assert_cmpstr (doc.source, ==, "Trade Wire");
  g_assert_cmpstr (doc.byline, ==, "Aiko Tan");
  g_assert_cmpstr (doc.url, ==, "https://example.org/2024/05/14/chip-pact");
  g_assert_cmpint (doc.url_origin, ==, BIL_ORIGIN_CANONICAL);
  bil_document_clear (&doc);
}

static void
test_html_metadata_fallbacks (void)
{
  BilDocument doc = { 0 };
  static const char json_ld[] =
    "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
    "\"headline\":\"Korea to lend Vietnam $1 billion\",\"datePublished\":\"2023-02-01T10:00:00Z\","
    "\"author\":{\"@type\":\"Person\",\"name\":\"Min Park\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"Asia Daily\"}}"
    "</script></head><body><div><p>South Korea will lend Vietnam $1 billion for roads and ports, the finance ministry in "
    "Seoul said on Wednesday, the largest such loan it has made.</p></div></body></html>";
  static const char plain[] =
    "<html><head><title>Thai exports rise - Bangkok Courier</title></head><body><h1>Thai exports rise</h1>"
    "<time datetime=\"2022-07-03\">3 July</time><div><p>Thailand's exports to China rose to $30 billion last year, "
    "the commerce ministry said, as demand for rubber and fruit recovered.</p></div></body></html>";

  read_page (json_ld, -1, &doc);
  g_assert_cmpstr (doc.title, ==, "Korea to lend Vietnam $1 billion");
  g_assert_cmpint (doc.title_origin, ==, BIL_ORIGIN_JSON_LD);
  g_assert_cmpstr (doc.date, ==, "2023-02-01");
  g_assert_cmpint (doc.date_origin, ==, BIL_ORIGIN_JSON_LD);
  g_assert_cmpstr (doc.byline, ==, "Min Park");
  g_assert_cmpstr (doc.source, ==, "Asia Daily");
  bil_document_clear (&doc);

  read_page (plain, -1, &doc);
  g_assert_cmpstr (doc.title, ==, "Thai exports rise");
  g_assert_cmpstr (doc.date, ==, "2022-07-03");
  g_assert_cmpint (doc.date_origin, ==, BIL_ORIGIN_TIME_ELEMENT);
  g_assert_nonnull (strstr (doc.text, "Thailand's exports to China rose to $30 billion"));
  bil_document_clear (&doc);
}

static void
test_html_charsets (void)
{
  static const char latin[] =
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>"
    "Le caf\xe9 vietnamien export\xe9 vers le Japon a rapport\xe9 200 millions de dollars en 2021, selon les douanes.</p>"
    "</body></html>";
  /* Says UTF-8, is Windows-1252: read as what it is, with a warning. */
  static const char lying[] =
    "<html><head><meta charset=\"utf-8\"></head><body><p>Le caf\xe9 vietnamien export\xe9 vers le Japon a rapport\xe9 "
    "200 millions de dollars en 2021, selon les douanes.</p></body></html>";
  BilDocument doc = { 0 };
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = NULL;
  gsize utf16_len = 0;

  read_page (latin, -1, &doc);
  g_assert_nonnull (strstr (doc.text, "Le café vietnamien exporté"));
  bil_document_clear (&doc);

  g_assert_true (bil_html_read (lying, strlen (lying), &doc, warnings, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (doc.text, "Le café vietnamien exporté"));
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "declares UTF-8"));
  bil_document_clear (&doc);

  /* UTF-16 with its byte-order mark. */
  {
    g_autofree char *body = g_convert (page, -1, "UTF-16LE", "UTF-8", NULL, &utf16_len, NULL);
    utf16 = g_malloc (utf16_len + 2);
    utf16[0] = (char) 0xFF;
    utf16[1] = (char) 0xFE;
    memcpy (utf16 + 2, body, utf16_len);
    read_page (utf16, (gssize) utf16_len + 2, &doc);
    g_assert_true (g_str_has_prefix (doc.text, "Japan and Malaysia sign chip pact\n"));
    bil_document_clear (&doc);
  }
}

static void
test_html_bad (void)
{
  BilDocument doc = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new ("<html><body>");
  g_autoptr(GString) script = g_string_new ("<html><head></head><body>");
  gsize big_len = 50u * 1024 * 1024;
  g_autofree char *big = g_malloc (big_len);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

  /* Too large: refused before parsing. */
  memset (big, 'a', big_len);
  memcpy (big, "<html><body><p>", 15);
  g_assert_false (bil_html_read (big, big_len, &doc, NULL, &error));
  g_assert_error (error, BIL_ERROR, BIL_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Nested 100,000 deep: libxml2 stops nesting, the reader's walks use no
   * stack; what is read comes back. */
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "<p>Malaysia exported palm oil worth $3 billion to India in 2020, the board said today.</p>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "</div>");
  g_string_append (deep, "</body></html>");
  if (bil_html_read (deep->str, deep->len, &doc, NULL, &error))
    g_assert_nonnull (doc.text);
  else
    g_assert_nonnull (error);
  g_clear_error (&error);
  bil_document_clear (&doc);

  /* All script: no article. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (script, "<script>document.write('Japan invests $5 billion in Malaysia, a very long line');</script>");
  g_string_append (script, "</body></html>");
  g_assert_false (bil_html_read (script->str, script->len, &doc, NULL, &error));
  g_assert_error (error, BIL_ERROR, BIL_ERROR_EMPTY);
  g_clear_error (&error);

  /* A .html that is really a PNG. */
  g_assert_false (bil_format_check (BIL_FORMAT_HTML, png, sizeof png - 1, &error));
  g_assert_error (error, BIL_ERROR, BIL_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "PNG"));
  g_clear_error (&error);
}

/* ---- PDFs, drawn by cairo ---- */

typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  GByteArray      *bytes;
} Pdf;

static cairo_status_t
pdf_write (void                *closure,
           const unsigned char *data,
           unsigned int         len)
{
  g_byte_array_append (closure, data, len);
  return CAIRO_STATUS_SUCCESS;
}

static void
pdf_begin (Pdf *pdf)
{
  pdf->bytes = g_byte_array_new ();
  pdf->surface = cairo_pdf_surface_create_for_stream (pdf_write, pdf->bytes, 595, 842);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_TITLE, "Malaysia-Japan Economic Report");
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_AUTHOR, "Ministry of Trade");
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_CREATE_DATE, "2024-03-05T09:00:00");
  pdf->cr = cairo_create (pdf->surface);
  cairo_select_font_face (pdf->cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (pdf->cr, 11);
}

static void
pdf_text (Pdf        *pdf,
          double      x,
          double      y,
          const char *text)
{
  cairo_move_to (pdf->cr, x, y);
  cairo_show_text (pdf->cr, text);
}

static GByteArray *
pdf_end (Pdf *pdf)
{
  cairo_destroy (pdf->cr);
  cairo_surface_finish (pdf->surface);
  g_assert_cmpint (cairo_surface_status (pdf->surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (pdf->surface);
  return pdf->bytes;
}

static void
read_pdf (GByteArray  *bytes,
          BilDocument *doc)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bil_pdf_read ((const char *) bytes->data, bytes->len, doc, NULL, &error));
  g_assert_no_error (error);
}

static void
test_pdf_one_column (void)
{
  Pdf pdf;
  g_autoptr(GByteArray) bytes = NULL;
  BilDocument doc = { 0 };

  static const char *const bodies[][4] = {
    { "Japan raised its direct invest-", "ment in Malaysia to US$2.1 billion in 2023, the ministry said.",
      "Most of it went to chips and electronics in Penang and Kedah.", "Trade reached RM180 billion in the same year." },
    { "Malaysian exports to Japan grew by", "eight per cent, led by liquefied natural gas and palm oil.",
      "Imports of machinery from Japan rose as new plants opened.", "Both sides plan a review of the agreement in 2025." },
    { "A green energy fund of US$500 million", "will back hydrogen and solar projects in Sarawak.",
      "Japanese banks will lend a further US$300 million.", "The next meeting of the committee is in Tokyo." },
  };

  pdf_begin (&pdf);
  for (guint p = 0; p < 3; p++)
    {
      g_autofree char *number = g_strdup_printf ("%u", p + 1);

      pdf_text (&pdf, 50, 40, "Malaysia-Japan Economic Report 2024");   /* running header */
      for (guint k = 0; k < 4; k++)
        pdf_text (&pdf, 50, 120 + 14 * k + (k >= 2 ? 20 : 0), bodies[p][k]);
      pdf_text (&pdf, 50, 790, "Ministry of Trade, Kuala Lumpur");       /* running footer */
      pdf_text (&pdf, 290, 810, number);                                 /* page number */
      cairo_show_page (pdf.cr);
    }
  bytes = pdf_end (&pdf);

  read_pdf (bytes, &doc);
  /* A hyphenated line end joined, the paragraphs kept, the pages in order. */
  g_assert_nonnull (strstr (doc.text, "Japan raised its direct investment in Malaysia to US$2.1 billion in 2023, the ministry said."));
  g_assert_true (has_line (doc.text, "Most of it went to chips and electronics in Penang and Kedah. Trade reached RM180 billion in the same year."));
  g_assert_nonnull (strstr (doc.text, "The next meeting of the committee is in Tokyo.\n"));
  g_assert_true (strstr (doc.text, "Japan raised") < strstr (doc.text, "A green energy fund"));
  /* Not the running header, footer and page numbers. */
  g_assert_null (strstr (doc.text, "Economic Report 2024"));
  g_assert_null (strstr (doc.text, "Kuala Lumpur"));
  g_assert_false (has_line (doc.text, "2"));
  g_assert_cmpstr (doc.title, ==, "Malaysia-Japan Economic Report");
  g_assert_cmpint (doc.title_origin, ==, BIL_ORIGIN_DOCUMENT_INFO);
  g_assert_cmpstr (doc.byline, ==, "Ministry of Trade");
  g_assert_cmpstr (doc.date, ==, "2024-03-05");
  bil_document_clear (&doc);
}

static void
test_pdf_two_columns (void)
{
  Pdf pdf;
  g_autoptr(GByteArray) bytes = NULL;
  BilDocument doc = { 0 };
  static const char *const left[] = { "Left column opens here and", "runs on for a few lines of", "text about Japan's trade." };
  static const char *const right[] = { "Right column starts with", "other words about Korea's", "loans to Vietnam in 2022." };
  const char *l, *r;

  pdf_begin (&pdf);
  for (guint i = 0; i < G_N_ELEMENTS (left); i++)
    {
      pdf_text (&pdf, 40, 100 + 14 * i, left[i]);
      pdf_text (&pdf, 320, 100 + 14 * i, right[i]);
    }
  cairo_show_page (pdf.cr);
  bytes = pdf_end (&pdf);

  read_pdf (bytes, &doc);
  /* A column's lines stay together: no line mixes the two. */
  l = strstr (doc.text, "Left column opens here and runs on for a few lines of text about Japan's trade.");
  r = strstr (doc.text, "Right column starts with other words about Korea's loans to Vietnam in 2022.");
  if (l == NULL || r == NULL)
    g_error ("columns mixed:\n%s", doc.text);
  g_assert_true (l < r);
  bil_document_clear (&doc);
}

static void
test_pdf_table (void)
{
  Pdf pdf;
  g_autoptr(GByteArray) bytes = NULL;
  BilDocument doc = { 0 };
  static const char *const rows[][3] = {
    { "Partner", "Exports", "Imports" },
    { "Japan", "US$12.4 billion", "US$9.8 billion" },
    { "China", "US$31.0 billion", "US$44.6 billion" },
  };

  pdf_begin (&pdf);
  pdf_text (&pdf, 50, 80, "Table 1. Malaysia's trade with its partners in 2023.");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    for (guint j = 0; j < 3; j++)
      pdf_text (&pdf, 50 + 150 * j, 110 + 16 * i, rows[i][j]);
  cairo_show_page (pdf.cr);
  bytes = pdf_end (&pdf);

  read_pdf (bytes, &doc);
  /* Each row's cells, in order, on a line. */
  g_assert_true (has_line (doc.text, "Partner Exports Imports"));
  g_assert_true (has_line (doc.text, "Japan US$12.4 billion US$9.8 billion"));
  g_assert_true (has_line (doc.text, "China US$31.0 billion US$44.6 billion"));
  bil_document_clear (&doc);
}

static void
assert_pdf_error (const char *data,
                  gsize       len,
                  int         code)
{
  BilDocument doc = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_false (bil_pdf_read (data, len, &doc, NULL, &error));
  g_assert_error (error, BIL_ERROR, code);
  g_assert_nonnull (strstr (error->message, "PDF"));
  bil_document_clear (&doc);
}

/* A hand-made PDF: @objects numbered from 1, a cross-reference table
 * pointing at them (wrong offsets when @break_xref), @trailer_extra in the
 * trailer. */
static GByteArray *
hand_pdf (const char * const *objects,
          const char         *trailer_extra,
          gboolean            break_xref)
{
  GString *s = g_string_new ("%PDF-1.4\n");
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  guint n = g_strv_length ((GStrv) objects);
  gsize xref;

  for (guint i = 0; i < n; i++)
    {
      gsize at = s->len;

      g_array_append_val (offsets, at);
      g_string_append_printf (s, "%u 0 obj\n%s\nendobj\n", i + 1, objects[i]);
    }
  xref = s->len;
  g_string_append_printf (s, "xref\n0 %u\n0000000000 65535 f \n", n + 1);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%010" G_GSIZE_FORMAT " 00000 n \n", break_xref ? g_array_index (offsets, gsize, i) + 7 : g_array_index (offsets, gsize, i));
  g_string_append_printf (s, "trailer\n<< /Size %u /Root 1 0 R %s >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          n + 1, trailer_extra ? trailer_extra : "", xref);
  return g_bytes_unref_to_array (g_string_free_to_bytes (s));
}

static void
test_pdf_bad (void)
{
  static const char *const zero_pages[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [] /Count 0 >>",
    NULL,
  };
  static const char *const one_page[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    "<< /Length 66 >>\nstream\nBT /F1 12 Tf 50 700 Td (Japan invested US$3 billion in Malaysia.) Tj ET\nendstream",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    NULL,
  };
  static const char *const encrypted[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [] /Count 0 >>",
    "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 "
    "/O <0000000000000000000000000000000000000000000000000000000000000000> "
    "/U <1111111111111111111111111111111111111111111111111111111111111111> >>",
    NULL,
  };
  g_autoptr(GByteArray) zero = hand_pdf (zero_pages, NULL, FALSE);
  g_autoptr(GByteArray) locked = hand_pdf (encrypted, "/Encrypt 3 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]", FALSE);
  g_autoptr(GByteArray) good = hand_pdf (one_page, NULL, FALSE);
  g_autoptr(GByteArray) broken = hand_pdf (one_page, NULL, TRUE);
  Pdf pdf;
  g_autoptr(GByteArray) scan = NULL;
  BilDocument doc = { 0 };
  g_autoptr(GError) error = NULL;
  static const char junk[] = "%PDF-1.7\nthis is not a PDF at all, only its header\n";

  assert_pdf_error ((const char *) zero->data, zero->len, BIL_ERROR_EMPTY);
  assert_pdf_error ((const char *) locked->data, locked->len, BIL_ERROR_ENCRYPTED);
  assert_pdf_error (junk, sizeof junk - 1, BIL_ERROR_FORMAT);

  /* A scan: a page drawn, no text on it. */
  pdf_begin (&pdf);
  cairo_rectangle (pdf.cr, 50, 50, 400, 600);
  cairo_fill (pdf.cr);
  cairo_show_page (pdf.cr);
  scan = pdf_end (&pdf);
  assert_pdf_error ((const char *) scan->data, scan->len, BIL_ERROR_NO_TEXT);

  /* The hand-made page reads; with its cross-reference table off by a few
   * bytes, poppler rebuilds it and the text is still there. */
  read_pdf (good, &doc);
  g_assert_nonnull (strstr (doc.text, "Japan invested US$3 billion in Malaysia."));
  bil_document_clear (&doc);
  if (bil_pdf_read ((const char *) broken->data, broken->len, &doc, NULL, &error))
    g_assert_nonnull (strstr (doc.text, "Japan invested US$3 billion in Malaysia."));
  else
    g_assert_error (error, BIL_ERROR, BIL_ERROR_FORMAT);
  bil_document_clear (&doc);
}

/* ---- Feeds ---- */

static GPtrArray *
read_feed (const char *xml,
           GPtrArray  *warnings)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_document_free);
  g_autoptr(GError) error = NULL;

  g_assert_true (bil_feed_read (xml, strlen (xml), items, warnings, &error));
  g_assert_no_error (error);
  return items;
}

static void
test_feed_rss (void)
{
  static const char rss[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Trade Wire</title>"
    "<item><title>Japan to invest in Malaysia</title><link>https://example.org/a</link>"
    "<pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate><dc:creator>Aiko Tan</dc:creator>"
    "<description>A short summary.</description>"
    "<content:encoded><![CDATA[<p>Japan will invest US$2 billion in Malaysia.</p><p>Trade reached RM150 billion.</p>"
    "<script>track()</script>]]></content:encoded></item>"
    "<item><title>Second &amp; last</title><guid>https://example.org/b</guid>"
    "<author>ed@example.org (Ed Lee)</author>"
    "<description>&lt;p&gt;Malaysia exported palm oil to India.&lt;/p&gt;</description></item>"
    "<item><link>javascript:alert(1)</link></item>"
    "</channel></rss>";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) items = read_feed (rss, warnings);
  BilDocument *a, *b;

  g_assert_cmpuint (items->len, ==, 3);
  a = g_ptr_array_index (items, 0);
  b = g_ptr_array_index (items, 1);
  g_assert_null (g_ptr_array_index (items, 2));   /* nothing to read: numbered, not kept */
  g_assert_cmpstr (a->text, ==, "Japan to invest in Malaysia\n\nJapan will invest US$2 billion in Malaysia.\n\nTrade reached RM150 billion.\n");
  g_assert_cmpstr (a->title, ==, "Japan to invest in Malaysia");
  g_assert_cmpstr (a->url, ==, "https://example.org/a");
  g_assert_cmpstr (a->date, ==, "2024-05-14");
  g_assert_cmpstr (a->byline, ==, "Aiko Tan");
  g_assert_cmpstr (a->source, ==, "Trade Wire");
  g_assert_cmpint (a->title_origin, ==, BIL_ORIGIN_FEED);
  g_assert_cmpstr (b->title, ==, "Second & last");
  g_assert_cmpstr (b->text, ==, "Second & last\n\nMalaysia exported palm oil to India.\n");
  g_assert_cmpstr (b->url, ==, "https://example.org/b");
  g_assert_cmpstr (b->byline, ==, "Ed Lee");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==, "1 item without a title or text, skipped");
}

static void
test_feed_atom_rdf (void)
{
  static const char atom[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">Asia Desk</title>"
    "<entry><title type=\"html\">Korea &lt;b&gt;lends&lt;/b&gt; Vietnam</title>"
    "<link rel=\"self\" href=\"https://example.org/self\"/><link rel=\"alternate\" href=\"https://example.org/k\"/>"
    "<published>2023-02-01T10:00:00Z</published><updated>2023-02-02T10:00:00Z</updated>"
    "<author><name>Min Park</name></author><summary>Short.</summary>"
    "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Korea will lend Vietnam $1 billion.</p>"
    "<p>The loan runs ten years.</p></div></content></entry>"
    "<entry><title>Plain</title><updated>2022-01-05T00:00:00Z</updated><content type=\"text\">Line one.\nLine two.</content></entry>"
    "</feed>";
  static const char rdf[] =
    "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Old Feed</title></channel>"
    "<item><title>Thai exports rise</title><link>https://example.org/t</link><dc:date>2021-06-30</dc:date>"
    "<description>Thailand's exports rose.</description></item></rdf:RDF>";
  g_autoptr(GPtrArray) items = read_feed (atom, NULL);
  g_autoptr(GPtrArray) old = read_feed (rdf, NULL);
  BilDocument *a, *b, *c;

  g_assert_cmpuint (items->len, ==, 2);
  a = g_ptr_array_index (items, 0);
  b = g_ptr_array_index (items, 1);
  g_assert_cmpstr (a->title, ==, "Korea lends Vietnam");
  g_assert_cmpstr (a->url, ==, "https://example.org/k");
  g_assert_cmpstr (a->date, ==, "2023-02-01");   /* published, not updated */
  g_assert_cmpstr (a->byline, ==, "Min Park");
  g_assert_cmpstr (a->source, ==, "Asia Desk");
  g_assert_cmpstr (a->text, ==, "Korea lends Vietnam\n\nKorea will lend Vietnam $1 billion.\n\nThe loan runs ten years.\n");
  g_assert_cmpstr (b->date, ==, "2022-01-05");
  g_assert_cmpstr (b->text, ==, "Plain\n\nLine one.\nLine two.\n");

  g_assert_cmpuint (old->len, ==, 1);
  c = g_ptr_array_index (old, 0);
  g_assert_cmpstr (c->text, ==, "Thai exports rise\n\nThailand's exports rose.\n");
  g_assert_cmpstr (c->date, ==, "2021-06-30");
  g_assert_cmpstr (c->source, ==, "Old Feed");
}

static void
test_feed_bad (void)
{
  g_autoptr(GString) many = g_string_new ("<rss><channel><title>Big</title>");
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_document_free);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  static const char laughs[] =
    "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"haha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
    "<rss><channel><item><title>&d;&d;&d;&d;</title></item></channel></rss>";
  static const char broken[] =
    "<rss><channel><title>Broken</title>\n<item><title>First</title><description>Japan lends.</description></item>\n"
    "<item><title>Second <b>unclosed</title></item>\n";
  static const char html[] = "<html><body><p>Not a feed.</p></body></html>";

  /* 10,005 items: the first 10,000 read, the rest named. */
  for (guint i = 0; i < BIL_FEED_MAX_ITEMS + 5; i++)
    g_string_append_printf (many, "<item><title>Item %u</title><description>Japan invested $%u million.</description></item>", i, i);
  g_string_append (many, "</channel></rss>");
  g_assert_true (bil_feed_read (many->str, many->len, items, warnings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, BIL_FEED_MAX_ITEMS);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==, "5 items past the first 10000 not read");
  g_ptr_array_set_size (items, 0);
  g_ptr_array_set_size (warnings, 0);

  /* Entities of its own: refused, never expanded. */
  g_assert_false (bil_feed_read (laughs, strlen (laughs), items, warnings, &error));
  g_assert_error (error, BIL_ERROR, BIL_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "entities"));
  g_clear_error (&error);

  /* Not well formed: what can be recovered is read, and the line named. */
  g_assert_true (bil_feed_read (broken, strlen (broken), items, warnings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, >=, 1);
  g_assert_cmpstr (((BilDocument *) g_ptr_array_index (items, 0))->title, ==, "First");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0), "line "));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "not well-formed"));
  g_ptr_array_set_size (items, 0);

  g_assert_false (bil_feed_read (html, strlen (html), items, NULL, &error));
  g_assert_error (error, BIL_ERROR, BIL_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (bil_feed_sniff (html, strlen (html)));
  g_assert_true (bil_feed_sniff ("\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- hi -->\n<atom:feed>", 51));
}

/* ---- In a corpus ---- */

static void
test_corpus_mixed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-documents-XXXXXX", &error);
  static const char feed[] =
    "<rss><channel><title>Wire</title>"
    "<item><title>Japan lends</title><link>https://example.org/1</link><description>Japan will lend Malaysia $1 billion.</description></item>"
    "<item><title>Korea buys</title><description>Korea will buy $2 billion of Malaysian chips.</description></item>"
    "</channel></rss>";
  static const char sitemap[] = "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>";
  static const char atom[] = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Atom item</title>"
                             "<summary>Vietnam exported $3 billion of rice.</summary></entry></feed>";
  g_autofree char *html = NULL, *xml_feed = NULL, *xml_other = NULL, *rss = NULL, *png = NULL, *pdf_path = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  g_autoptr(BilCorpus) alone = NULL;
  Pdf pdf;
  g_autoptr(GByteArray) bytes = NULL;
  g_autofree char *feed_item = NULL;
  const char *formats[] = { "a.html", "html", "b.pdf", "pdf", "c.rss#1", "feed-item", "c.rss#2", "feed-item",
                            "e.xml#1", "feed-item", "g.txt", "text" };

  g_assert_no_error (error);
  pdf_begin (&pdf);
  pdf_text (&pdf, 50, 100, "Malaysia's exports to Japan reached US$20 billion in 2023.");
  cairo_show_page (pdf.cr);
  bytes = pdf_end (&pdf);

  html = bil_test_write_file (dir, "a.html", page, -1);
  pdf_path = bil_test_write_file (dir, "b.pdf", (const char *) bytes->data, bytes->len);
  rss = bil_test_write_file (dir, "c.rss", feed, -1);
  xml_other = bil_test_write_file (dir, "d.xml", sitemap, -1);
  xml_feed = bil_test_write_file (dir, "e.xml", atom, -1);
  png = bil_test_write_file (dir, "f.html", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  /* "Web Page, complete": a.html's folder of parts, with a framed ad page,
   * is not read; a folder that only ends in _files is. */
  {
    g_autofree char *parts = g_build_filename (dir, "a_files", NULL);
    g_autofree char *other = g_build_filename (dir, "notes_files", NULL);

    g_free (bil_test_write_file (parts, "ad.html", page, -1));
    g_free (bil_test_write_file (parts, "style.css", "p { color: red }", -1));
    g_free (bil_test_write_file (other, "g.txt", "Thailand exported rice worth $2 billion to China.\n", -1));
  }

  corpus = bil_test_load ((const char *[]) { dir, NULL });
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i += 2)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i / 2);

      g_assert_cmpstr (bil_article_get_file (article), ==, formats[i]);
      g_assert_cmpstr (bil_format_to_string (bil_article_get_format (article)), ==, formats[i + 1]);
      g_assert_nonnull (bil_article_get_facts (article));
    }
  /* A feed item: its own title and link, the feed as source, its text. */
  {
    BilArticle *item = bil_corpus_get_article (corpus, 2);
    gsize len;

    g_assert_cmpstr (bil_article_get_title (item), ==, "Japan lends");
    g_assert_cmpint (bil_article_get_title_origin (item), ==, BIL_ORIGIN_FEED);
    g_assert_cmpstr (bil_article_get_url (item), ==, "https://example.org/1");
    g_assert_cmpstr (bil_article_get_source (item), ==, "Wire");
    g_assert_cmpstr (bil_article_get_text (item, &len), ==, "Japan lends\n\nJapan will lend Malaysia $1 billion.\n");
    g_assert_cmpuint (bil_article_get_facts (item)->figures->len, ==, 1);
  }
  /* The PNG named .html is named; the sitemap is passed over quietly. */
  g_assert_cmpuint (bil_test_count_warnings (corpus, png, "PNG"), ==, 1);
  g_assert_cmpuint (bil_test_count_warnings (corpus, xml_other, ""), ==, 0);
  g_assert_cmpuint (bil_corpus_get_warnings (corpus)->len, ==, 1);

  /* A manifest that names the feed: its items. */
  {
    g_autofree char *manifest = bil_test_write_file (dir, "m.json", "[{\"file\": \"c.rss\"}, {\"file\": \"a.html\"}]", -1);
    g_autoptr(BilCorpus) listed = bil_test_load ((const char *[]) { manifest, NULL });

    g_assert_cmpuint (bil_corpus_get_n_articles (listed), ==, 3);
    g_assert_cmpstr (bil_article_get_file (bil_corpus_get_article (listed, 0)), ==, "c.rss#1");
    g_assert_cmpint (bil_article_get_format (bil_corpus_get_article (listed, 1)), ==, BIL_FORMAT_FEED_ITEM);
  }

  /* Asked for by name, the sitemap is said to be no feed. */
  alone = bil_test_load ((const char *[]) { xml_other, rss, NULL });
  g_assert_cmpuint (bil_test_count_warnings (alone, xml_other, "not an RSS or Atom feed"), ==, 1);
  g_assert_cmpuint (bil_corpus_get_n_articles (alone), ==, 2);

  bil_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/documents/html/article", test_html_article);
  g_test_add_func ("/core/documents/html/metadata-fallbacks", test_html_metadata_fallbacks);
  g_test_add_func ("/core/documents/html/charsets", test_html_charsets);
  g_test_add_func ("/core/documents/html/bad", test_html_bad);
  g_test_add_func ("/core/documents/pdf/one-column", test_pdf_one_column);
  g_test_add_func ("/core/documents/pdf/two-columns", test_pdf_two_columns);
  g_test_add_func ("/core/documents/pdf/table", test_pdf_table);
  g_test_add_func ("/core/documents/pdf/bad", test_pdf_bad);
  g_test_add_func ("/core/documents/feed/rss", test_feed_rss);
  g_test_add_func ("/core/documents/feed/atom-rdf", test_feed_atom_rdf);
  g_test_add_func ("/core/documents/feed/bad", test_feed_bad);
  g_test_add_func ("/core/documents/corpus", test_corpus_mixed);

  return g_test_run ();
}
