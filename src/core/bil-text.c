/* bil-text.c: lines, boilerplate and sentences of an article's text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-text"

#include "config.h"

#include <string.h>

#include "bil-text.h"
#include "bil-bytes.h"

GArray *
bil_text_split_lines (const char *text,
                      gsize       start,
                      gsize       len)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (BilLine));

  bil_text_split_lines_into (text, start, len, lines);
  return lines;
}

/* The lines of [@start, @start + @len) appended to @lines (BilLine). */
void
bil_text_split_lines_into (const char *text,
                           gsize       start,
                           gsize       len,
                           GArray     *lines)
{
  gsize end = start + len;
  gsize pos = start;

  while (pos < end)
    {
      const char *nl = memchr (text + pos, '\n', end - pos);
      gsize stop = nl ? (gsize) (nl - text) : end;
      BilLine line = { pos, stop, 0 };

      if (line.end > line.start && text[line.end - 1] == '\r')
        line.end--;
      g_array_append_val (lines, line);
      pos = stop + 1;
    }
}


const guint8 bil_text_word_bytes[256] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['_'] = 1,
};

/* Skips spaces, tabs and no-break spaces (U+00A0, U+202F, U+3000). */
static gsize
skip_blank (const char *s,
            gsize       i,
            gsize       end)
{
  while (i < end)
    {
      guchar c = (guchar) s[i];

      if (c == ' ' || c == '\t')
        i++;
      else if (c == 0xC2 && i + 1 < end && (guchar) s[i + 1] == 0xA0)
        i += 2;
      else if (c == 0xE2 && i + 2 < end && (guchar) s[i + 1] == 0x80 && (guchar) s[i + 2] == 0xAF)
        i += 3;
      else if (c == 0xE3 && i + 2 < end && (guchar) s[i + 1] == 0x80 && (guchar) s[i + 2] == 0x80)
        i += 3;
      else
        break;
    }
  return i;
}

static gsize
trim_end (const char *s,
          gsize       start,
          gsize       end)
{
  while (end > start)
    {
      guchar c = (guchar) s[end - 1];

      if (c == ' ' || c == '\t')
        end--;
      else if (end - start >= 2 && c == 0xA0 && (guchar) s[end - 2] == 0xC2)
        end -= 2;
      else
        break;
    }
  return end;
}

/* Both compare the first byte before anything else: they are asked of
 * every line of every article against each boilerplate line and prefix,
 * and few lines start like one. */
static inline gboolean
equal_ci (const char *s,
          gsize       len,
          const char *word)
{
  return bil_ascii_lower ((guchar) s[0]) == bil_ascii_lower ((guchar) word[0]) && strlen (word) == len &&
         g_ascii_strncasecmp (s, word, len) == 0;
}

static inline gboolean
prefix_ci (const char *s,
           gsize       len,
           const char *prefix)
{
  gsize n;

  if (bil_ascii_lower ((guchar) s[0]) != bil_ascii_lower ((guchar) prefix[0]))
    return FALSE;
  n = strlen (prefix);
  return len >= n && g_ascii_strncasecmp (s, prefix, n) == 0;
}

/* Whole lines that belong to the page around an article, not to it. */
static const char *boilerplate_lines[] = {
  "Previous Post", "Next Post", "Previous Article", "Next Article",
  "Share", "Share.", "Shares", "Share this", "Share this article",
  "Share on Facebook", "Share on Twitter", "Tweet", "Total", "Print", "Email",
  "Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Copy link",
  "Exit mobile version", "Advertisement", "Sponsored", "Skip to content",
  "Read more", "Read More", "Comments", "Leave a comment", "Loading...",
  "-- BERNAMA", "— BERNAMA", "– BERNAMA", "--BERNAMA",
};

static const char *boilerplate_prefixes[] = {
  "Share your thoughts", "Subscribe to our", "Subscribe to ", "Also Read:",
  "Also read:", "READ ALSO:", "Read also:", "Read more:", "READ MORE:",
  "Follow us on", "Join our", "Sign up for", "Click here", "Download our",
  "Copyright ", "\xC2\xA9", "All rights reserved", "Tags:", "Related:",
};

/* Lines after which the rest of the page is links to other stories. */
static const char *boilerplate_tails[] = {
  "Related Posts", "Related Articles", "Related Stories", "Related News",
  "You may also like", "More stories", "More Stories", "Recommended",
  "Most Read", "Trending",
};

/* The length of the longest of @words. */
static gsize
longest_of (const char *const *words,
            guint              n)
{
  gsize longest = 0;

  for (guint k = 0; k < n; k++)
    longest = MAX (longest, strlen (words[k]));
  return longest;
}

/* A share counter such as "0", "12" or "1.2K". */
static gboolean
is_counter (const char *s,
            gsize       len)
{
  gsize digits = 0;

  if (len == 0 || len > 6)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isdigit (s[i]))
        digits++;
      else if (!(s[i] == '.' || s[i] == ',' || ((s[i] == 'K' || s[i] == 'k' || s[i] == 'M') && i == len - 1)))
        return FALSE;
    }
  return digits > 0;
}

/* A navigation bar: a few short capitalised items separated by wide gaps,
 * such as "Weather     Live Markets". */
static gboolean
is_navigation (const char *s,
               gsize       len)
{
  guint items = 1, words = 0, max_words = 0;
  gsize i = 0;

  if (len > 80)
    return FALSE;
  while (i < len)
    {
      gsize j = skip_blank (s, i, len);

      if (j > i)
        {
          if (g_utf8_strlen (s + i, j - i) >= 2)
            {
              items++;
              words = 0;
            }
          i = j;
          continue;
        }
      if (words == 0 && !g_ascii_isupper (s[i]))
        return FALSE;
      words++;
      max_words = MAX (max_words, words);
      while (i < len && skip_blank (s, i, len) == i)
        {
          if (s[i] == '.' || s[i] == ',')
            return FALSE;
          i++;
        }
    }
  return items >= 2 && max_words <= 3;
}

/* Each list's items by their first byte, either case: a line is compared
 * with the few that start as it does, not all sixty. */
static gboolean
first_byte_fits (guint    k,
                 guchar   b,
                 gpointer words)
{
  return bil_ascii_lower ((guchar) ((const char *const *) words)[k][0]) == bil_ascii_lower (b);
}

#define BY_FIRST_BYTE(words) \
  G_STMT_START { \
    static BilByteIndex index_; \
    static gsize built_; \
    by_first_##words = bil_byte_index_once (&index_, &built_, G_N_ELEMENTS (words), first_byte_fits, (gpointer) words); \
  } G_STMT_END

void
bil_text_mark_boilerplate (const char *text,
                           GArray     *lines)
{
  gboolean tail = FALSE;
  gboolean link_follows = FALSE;
  static gsize longest_line = 0;
  const BilByteIndex *by_first_boilerplate_lines, *by_first_boilerplate_prefixes, *by_first_boilerplate_tails;

  /* Measured once, not with every article. */
  if (g_once_init_enter (&longest_line))
    g_once_init_leave (&longest_line, MAX (longest_of (boilerplate_lines, G_N_ELEMENTS (boilerplate_lines)),
                                           longest_of (boilerplate_tails, G_N_ELEMENTS (boilerplate_tails))));
  BY_FIRST_BYTE (boilerplate_lines);
  BY_FIRST_BYTE (boilerplate_prefixes);
  BY_FIRST_BYTE (boilerplate_tails);

  for (guint i = 0; i < lines->len; i++)
    {
      BilLine *line = &g_array_index (lines, BilLine, i);
      gsize start = skip_blank (text, line->start, line->end);
      gsize end = trim_end (text, start, line->end);
      const char *s = text + start;
      gsize len = end - start;
      gboolean boilerplate = tail;

      if (len == 0)
        {
          line->flags |= BIL_LINE_BLANK;
          continue;
        }

      if (link_follows)
        {
          /* The title of the story a "Next Post" link points to. */
          boilerplate = TRUE;
          link_follows = FALSE;
        }

      /* A paragraph is longer than any boilerplate line. */
      {
        guchar c = (guchar) s[0];

        for (guint e = by_first_boilerplate_lines->first[c];
             !boilerplate && len <= longest_line && e < by_first_boilerplate_lines->first[c + 1]; e++)
          if (equal_ci (s, len, boilerplate_lines[by_first_boilerplate_lines->index[e]]))
            {
              boilerplate = TRUE;
              link_follows = prefix_ci (s, len, "Previous") || prefix_ci (s, len, "Next");
            }
        for (guint e = by_first_boilerplate_prefixes->first[c];
             !boilerplate && e < by_first_boilerplate_prefixes->first[c + 1]; e++)
          boilerplate = prefix_ci (s, len, boilerplate_prefixes[by_first_boilerplate_prefixes->index[e]]);
        for (guint e = by_first_boilerplate_tails->first[c];
             !tail && len <= longest_line && e < by_first_boilerplate_tails->first[c + 1]; e++)
          if (equal_ci (s, len, boilerplate_tails[by_first_boilerplate_tails->index[e]]))
            boilerplate = tail = TRUE;
      }
      if (!boilerplate)
        boilerplate = is_counter (s, len) || is_navigation (s, len);

      if (boilerplate)
        line->flags |= BIL_LINE_BOILERPLATE;
    }
}

/* Words that end with a full stop but do not end a sentence. */
static const char *abbreviations[] = {
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Messrs",
  "Sdn", "Bhd", "Pte", "Ltd", "Inc", "Co", "Corp", "Bros", "Tbk", "Plc", "Ave",
  "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Sen", "Rep", "Gov", "Pres", "Hon",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "No", "Nos", "vs", "approx", "est", "Dept", "Govt", "Fig", "Vol", "pp", "cf",
};

/* The abbreviations by their first byte, and the length of the longest:
 * asked at every full stop. Built once. */
typedef struct
{
  BilByteIndex by_first;
  gsize        longest;
} AbbreviationIndex;

static gboolean
abbreviation_fits (guint    k,
                   guchar   b,
                   gpointer data)
{
  return (guchar) abbreviations[k][0] == b;
}

static const AbbreviationIndex *
abbreviation_index (void)
{
  static AbbreviationIndex x;
  static gsize built = 0;

  if (g_once_init_enter (&built))
    {
      bil_byte_index_build (&x.by_first, G_N_ELEMENTS (abbreviations), abbreviation_fits, NULL);
      x.longest = longest_of (abbreviations, G_N_ELEMENTS (abbreviations));
      g_once_init_leave (&built, 1);
    }
  return &x;
}

static gboolean
is_abbreviation (const char *word,
                 gsize       len)
{
  const AbbreviationIndex *x = abbreviation_index ();

  if (len == 0)
    return FALSE;
  /* An initial ("J. Smith") or a dotted acronym ("U.S.", "e.g."). */
  if (len == 1 && g_ascii_isalpha (word[0]))
    return TRUE;
  if (memchr (word, '.', len) != NULL)
    return TRUE;
  if (len > x->longest)
    return FALSE;
  for (guint e = x->by_first.first[(guchar) word[0]]; e < x->by_first.first[(guchar) word[0] + 1]; e++)
    {
      const char *a = abbreviations[x->by_first.index[e]];

      if (strlen (a) == len && memcmp (a, word, len) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_closing (const char *s,
            gsize       i,
            gsize       end,
            gsize      *next)
{
  guchar c = (guchar) s[i];

  if (c == '"' || c == '\'' || c == ')' || c == ']')
    {
      *next = i + 1;
      return TRUE;
    }
  /* ’ ” */
  if (c == 0xE2 && i + 2 < end && (guchar) s[i + 1] == 0x80 &&
      ((guchar) s[i + 2] == 0x99 || (guchar) s[i + 2] == 0x9D))
    {
      *next = i + 3;
      return TRUE;
    }
  return FALSE;
}

/* Does the text after a full stop start a new sentence? */
static gboolean
starts_sentence (const char *s,
                 gsize       i,
                 gsize       end)
{
  gunichar c;

  if (i >= end)
    return TRUE;
  c = g_utf8_get_char_validated (s + i, end - i);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return TRUE;
  return !g_unichar_islower (c);
}

/* "…last year.According to…": a page flattened without its blanks. A full
 * stop ends a sentence with none after it when a lower-case word of three
 * letters or more comes before it and a capitalised word of lower-case
 * letters after ("U.S.", "e.g.", "example.Com", "3.5" are not). */
static gboolean
glued_sentence (const char *text,
                gsize       start,
                gsize       stop,
                gsize       after,
                gsize       end)
{
  gsize k = stop, n = 0;

  if (after + 2 >= end || text[stop] != '.' || !g_ascii_isupper (text[after]) || !g_ascii_islower (text[after + 1]) ||
      !g_ascii_islower (text[after + 2]))
    return FALSE;
  while (k > start && g_ascii_islower (text[k - 1]))
    k--, n++;
  /* The word before is all lower case and stands alone: not "www.x". */
  return n >= 3 && (k == start || text[k - 1] == ' ' || text[k - 1] == '\n');
}

/* No sentence is this long: text that never stops (a 1 MB line with no
 * full stop) is cut at a space, so that reading a "sentence" stays cheap. */
#define MAX_SENTENCE 2000

/* The bytes bil_text_split_sentences () stops at: blanks, sentence ends,
 * and the lead bytes of 。！？ */
/* The bytes that can end a sentence; blanks matter only to cut one that
 * runs too long, and to find the word a full stop ends. */
static const guint8 sentence_bytes[256] = {
  ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE3] = 1, [0xEF] = 1,
};

/* The first byte of sentence_bytes at or after @i, or @end: sixteen bytes
 * at a time, the rest one at a time. */
static inline gsize
skip_to_sentence_byte (const char *text,
                       gsize       i,
                       gsize       end)
{
  while (i + 16 <= end)
    {
      BilBytes16 v = bil_bytes16_load (text + i);
      BilMask16 m = bil_bytes16_eq (v, '.') | bil_bytes16_eq (v, '!') | bil_bytes16_eq (v, '?') |
                    bil_bytes16_eq (v, 0xE3) | bil_bytes16_eq (v, 0xEF);
      guint k = bil_mask16_first (m);

      if (k < 16)
        return i + k;
      i += 16;
    }
  while (i < end && !sentence_bytes[(guchar) text[i]])
    i++;
  return i;
}

/* The first space or tab in [from, to), or 0. */
static gsize
first_blank (const char *text,
             gsize       from,
             gsize       to)
{
  for (gsize k = from; k < to; k++)
    if (text[k] == ' ' || text[k] == '\t')
      return k;
  return 0;
}

/* ". 9 million" after a digit: a full stop, one blank, at most three
 * digits and a scale word ("US$536. 9 million": a decimal point with a
 * stray blank, not a sentence's end). */
gboolean
bil_text_stray_blank_decimal (const char *t,
                     gsize       i,
                     gsize       end)
{
  static const char *scales_after[] = { " million", " billion", " trillion" };
  gsize k = i + 2;

  if (i + 2 >= end || t[i + 1] != ' ' || !g_ascii_isdigit (t[k]))
    return FALSE;
  while (k < end && g_ascii_isdigit (t[k]))
    k++;
  if (k - (i + 2) > 3)
    return FALSE;
  for (guint w = 0; w < G_N_ELEMENTS (scales_after); w++)
    if (bil_has_prefix_at (t, k, end, scales_after[w]))
      return TRUE;
  return FALSE;
}

void
bil_text_split_sentences (const char *text,
                          gsize       start,
                          gsize       end,
                          GArray     *sentences)
{
  gsize i = skip_blank (text, start, end);
  gsize sentence_start = i;

  while (i < end)
    {
      guchar c;
      gsize stop = 0, from = i, cut;

      /* Letters, digits, blanks and most punctuation decide nothing:
       * skipped in a tight loop (this was a tenth of the extraction). */
      i = skip_to_sentence_byte (text, i, end);

      /* A sentence past the limit ends at its first blank past it. */
      if (i - sentence_start >= MAX_SENTENCE &&
          (cut = first_blank (text, MAX (from, sentence_start + MAX_SENTENCE), i)) > 0)
        {
          BilSpan span = { sentence_start, cut };

          g_array_append_val (sentences, span);
          i = skip_blank (text, cut, end);
          sentence_start = i;
          continue;
        }
      if (i >= end)
        break;
      c = (guchar) text[i];

      if (c == '.' || c == '!' || c == '?')
        {
          gsize after = i + 1;
          gsize word_start = i;

          /* Decimals and versions: "4.50", "Industry 4.0"; and one with a
           * stray blank, "US$536. 9 million" (digits on both sides and a
           * scale word after). */
          if (c == '.' && after < end && g_ascii_isdigit (text[after]))
            {
              i++;
              continue;
            }
          if (c == '.' && i > start && g_ascii_isdigit (text[i - 1]) && bil_text_stray_blank_decimal (text, i, end))
            {
              i += 2;
              continue;
            }
          while (after < end && (text[after] == '.' || text[after] == '!' || text[after] == '?'))
            after++;
          while (after < end && is_closing (text, after, end, &after))
            ;
          if (after < end && !(text[after] == ' ' || text[after] == '\t' || (guchar) text[after] == 0xC2) &&
              !glued_sentence (text, sentence_start, i, after, end))
            {
              i = after;
              continue;
            }
          while (word_start > sentence_start && text[word_start - 1] != ' ' && text[word_start - 1] != '\t')
            word_start--;
          if (c == '.' && is_abbreviation (text + word_start, i - word_start) &&
              !(after >= end))
            {
              /* "U.S. The" is rare next to "U.S. President": keep going. */
              i = after;
              continue;
            }
          if (!starts_sentence (text, skip_blank (text, after, end), end))
            {
              i = after;
              continue;
            }
          stop = after;
        }
      else if (c == 0xE3 && i + 2 < end && (guchar) text[i + 1] == 0x80 && (guchar) text[i + 2] == 0x82)
        stop = i + 3; /* 。 */
      else if (c == 0xEF && i + 2 < end && (guchar) text[i + 1] == 0xBC &&
               ((guchar) text[i + 2] == 0x81 || (guchar) text[i + 2] == 0x9F))
        stop = i + 3; /* ！ ？ */

      if (stop)
        {
          BilSpan span = { sentence_start, stop };

          if (stop > sentence_start)
            g_array_append_val (sentences, span);
          i = skip_blank (text, stop, end);
          sentence_start = i;
          continue;
        }

      i++;
    }

  {
    gsize last = trim_end (text, sentence_start, end);
    if (last > sentence_start)
      {
        BilSpan span = { sentence_start, last };
        g_array_append_val (sentences, span);
      }
  }
}

/* A line reads as a headline when it is short, has no sentence break
 * inside, and does not end with a full stop. */
gboolean
bil_text_is_headline (const char *line,
                      gsize       len)
{
  guint words = 0;
  gboolean in_word = FALSE;
  gunichar first;

  len = trim_end (line, 0, len);
  if (len == 0 || len > 220)
    return FALSE;
  if (line[len - 1] == '.' || line[len - 1] == ',' || line[len - 1] == ';' || line[len - 1] == ':')
    return FALSE;
  first = g_utf8_get_char_validated (line, len);
  if (first == (gunichar) -1 || first == (gunichar) -2 || g_unichar_islower (first))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gboolean space = line[i] == ' ' || line[i] == '\t';

      if (!space && !in_word)
        words++;
      in_word = !space;
      if (line[i] == '.' && i + 1 < len && line[i + 1] == ' ' && i > 0 && g_ascii_islower (line[i - 1]))
        return FALSE;
    }
  return words >= 2 && words <= 25;
}

/* How common a byte is in English news, higher for rarer: the letter a
 * search looks for first. A blank is the commonest; digits and signs rare. */
static int
rarity (char c)
{
  static const char by_frequency[] = "etaoinshrdlcumwfgypbvkjxqz";
  const char *at = g_ascii_isalpha (c) ? strchr (by_frequency, g_ascii_tolower (c)) : NULL;

  if (c == ' ')
    return -1;
  return at ? (int) (at - by_frequency) : (int) sizeof by_frequency;
}

/* Whether @text holds @needle (ASCII, lower case) in any case, without
 * copying or folding the text. memchr () finds the candidates for the
 * needle's rarest letter, in either case ("y" of "toyota": a "t" is every
 * fifteen bytes). Filtering 100,000 articles by a word asks this of every
 * one of them. */
gboolean
bil_text_contains_ascii_caseless (const char *text,
                                  gsize       len,
                                  const char *needle,
                                  gsize       needle_len)
{
  const char *first, *last, *lower, *upper;
  char anchor_lower, anchor_upper;
  gsize k = 0;

  if (needle_len == 0)
    return TRUE;
  if (text == NULL || len < needle_len)
    return FALSE;
  for (gsize i = 1; i < needle_len; i++)
    if (rarity (needle[i]) > rarity (needle[k]))
      k = i;
  /* The anchor's possible places: a match starts in [text, text + len - needle_len]. */
  first = text + k;
  last = text + len - needle_len + k + 1;
  anchor_lower = g_ascii_tolower (needle[k]);
  anchor_upper = g_ascii_toupper (needle[k]);
  lower = memchr (first, anchor_lower, (gsize) (last - first));
  upper = anchor_upper != anchor_lower ? memchr (first, anchor_upper, (gsize) (last - first)) : NULL;
  while (lower || upper)
    {
      const char *q = lower && (!upper || lower < upper) ? lower : upper;

      if (g_ascii_strncasecmp (q - k, needle, needle_len) == 0)
        return TRUE;
      if (q == lower)
        lower = memchr (q + 1, anchor_lower, (gsize) (last - q - 1));
      else
        upper = memchr (q + 1, anchor_upper, (gsize) (last - q - 1));
    }
  return FALSE;
}
