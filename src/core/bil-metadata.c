/* bil-metadata.c: title, dateline, byline and date inferred from a text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-metadata"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bil-metadata.h"
#include "bil-bytes.h"

void
bil_dateline_clear (BilDateline *dateline)
{
  g_clear_pointer (&dateline->place, g_free);
  g_clear_pointer (&dateline->source, g_free);
  dateline->year = dateline->month = dateline->day = 0;
}

static const char *month_names[12][2] = {
  { "January", "Jan" }, { "February", "Feb" }, { "March", "Mar" },
  { "April", "Apr" }, { "May", "May" }, { "June", "Jun" },
  { "July", "Jul" }, { "August", "Aug" }, { "September", "Sept" },
  { "October", "Oct" }, { "November", "Nov" }, { "December", "Dec" },
};

int
bil_metadata_month_from_name (const char *name,
                              gsize       len)
{
  if (len > 0 && name[len - 1] == '.')
    len--;
  if (len == 0)
    return 0;
  for (int m = 0; m < 12; m++)
    {
      /* The first byte first: every test below needs it to match. */
      if (name[0] != month_names[m][0][0] && name[0] != month_names[m][1][0])
        continue;
      if (strlen (month_names[m][0]) == len && strncmp (name, month_names[m][0], len) == 0)
        return m + 1;
      if (strlen (month_names[m][1]) == len && strncmp (name, month_names[m][1], len) == 0)
        return m + 1;
      /* "Sep" beside "Sept" */
      if (len == 3 && strncmp (name, month_names[m][0], 3) == 0)
        return m + 1;
    }
  return 0;
}

typedef struct
{
  const char *s;
  gsize       i;
  gsize       len;
} Cursor;

static gboolean
accept (Cursor     *c,
        const char *literal)
{
  gsize n;

  /* The first byte first: most places match no literal asked. */
  if (literal[0] != '\0' && (c->i >= c->len || c->s[c->i] != literal[0]))
    return FALSE;
  n = strlen (literal);
  if (c->i + n <= c->len && strncmp (c->s + c->i, literal, n) == 0)
    {
      c->i += n;
      return TRUE;
    }
  return FALSE;
}

static gsize
accept_word (Cursor *c)
{
  gsize start = c->i;

  while (c->i < c->len && (g_ascii_isalpha (c->s[c->i]) || c->s[c->i] == '.'))
    c->i++;
  return c->i - start;
}

static int
accept_number (Cursor *c,
               guint   max_digits)
{
  int value = 0;
  guint digits = 0;

  while (c->i < c->len && g_ascii_isdigit (c->s[c->i]) && digits < max_digits + 1)
    {
      value = value * 10 + (c->s[c->i] - '0');
      c->i++;
      digits++;
    }
  return digits > 0 && digits <= max_digits ? value : -1;
}

/* "Oct 25", "October 25, 2025", "25 October 2025" */
static gboolean
parse_date (Cursor *c,
            int    *year,
            int    *month,
            int    *day)
{
  Cursor save = *c;
  gsize word_start = c->i;
  gsize n = accept_word (c);

  *year = *month = *day = 0;
  if (n > 0 && (*month = bil_metadata_month_from_name (c->s + word_start, n)) > 0)
    {
      if (accept (c, " ") && (*day = accept_number (c, 2)) > 0 && *day <= 31)
        {
          Cursor before_year = *c;
          if (accept (c, ", ") && (*year = accept_number (c, 4)) < 1900)
            {
              *year = 0;
              *c = before_year;
            }
          return TRUE;
        }
    }
  *c = save;
  if ((*day = accept_number (c, 2)) > 0 && *day <= 31 && accept (c, " "))
    {
      word_start = c->i;
      n = accept_word (c);
      if ((*month = bil_metadata_month_from_name (c->s + word_start, n)) > 0)
        {
          Cursor before_year = *c;
          /* "29 May 2019", "27 Oct, 2025" */
          if (!(accept (c, ", ") || accept (c, " ")) || (*year = accept_number (c, 4)) < 1900)
            {
              *year = 0;
              *c = before_year;
            }
          return TRUE;
        }
    }
  *c = save;
  *year = *month = *day = 0;
  return FALSE;
}

static gboolean
accept_separator (Cursor *c)
{
  accept (c, " ");
  return accept (c, "--") || accept (c, "\xE2\x80\x94") /* — */ ||
         accept (c, "\xE2\x80\x93") /* – */ || accept (c, "-") || accept (c, ":");
}

/*
 * A news agency dateline at the start of a paragraph:
 * "KUALA LUMPUR, Oct 25 (Bernama) --", "TOKYO (Reuters) -",
 * "WASHINGTON, March 5, 2024 (AP) —". The place must be in capitals so that
 * an ordinary sentence ("Tokyo, Oct 25 was…") is not taken for one.
 */
gboolean
bil_metadata_parse_dateline (const char  *line,
                             gsize        len,
                             BilDateline *dateline)
{
  Cursor c = { line, 0, len };
  gsize place_end;
  guint upper = 0;
  int year = 0, month = 0, day = 0;
  gboolean has_date = FALSE, has_source = FALSE;
  g_autofree char *source = NULL;

  while (c.i < len && (g_ascii_isupper (line[c.i]) || line[c.i] == ' ' || line[c.i] == '.' ||
                       line[c.i] == '-' || line[c.i] == '\''))
    {
      if (g_ascii_isupper (line[c.i]))
        upper++;
      c.i++;
    }
  place_end = c.i;
  while (place_end > 0 && line[place_end - 1] == ' ')
    place_end--;
  /* Give back a capital that starts the next word ("TOKYO Japan"…). */
  if (upper < 3 || place_end == 0 || c.i >= len || (line[c.i] != ',' && line[c.i] != '('))
    return FALSE;
  if (g_ascii_isupper (line[c.i - 1]) && c.i < len && g_ascii_islower (line[c.i]))
    return FALSE;

  if (accept (&c, ", "))
    {
      has_date = parse_date (&c, &year, &month, &day);
      /* "PHNOM PENH, CAMBODIA (…": the country after the city, in capitals. */
      if (!has_date)
        {
          gsize caps = c.i;

          while (c.i < len && (g_ascii_isupper (line[c.i]) || line[c.i] == ' ' || line[c.i] == '.'))
            c.i++;
          if (c.i - caps < 2 || c.i >= len || line[c.i] != '(')
            c.i = caps;
          else if (line[c.i - 1] == ' ')
            c.i--;
        }
    }
  if (accept (&c, " (") || accept (&c, "("))
    {
      gsize start = c.i;
      const char *close = memchr (line + start, ')', len - start);

      if (close == NULL || close - (line + start) > 40 || close == line + start)
        return FALSE;
      {
        /* "PHNOM PENH, CAMBODIA (9 January 2018) —": a date, not a source. */
        Cursor inner = { line, start, (gsize) (close - line) };
        int y, m, d;

        if (!has_date && parse_date (&inner, &y, &m, &d) && inner.i == inner.len)
          {
            year = y, month = m, day = d;
            has_date = TRUE;
          }
        else
          {
            source = g_strndup (line + start, close - (line + start));
            has_source = TRUE;
          }
      }
      c.i = close - line + 1;
    }
  if (!(has_date || has_source) || !accept_separator (&c))
    return FALSE;

  dateline->place = g_strndup (line, place_end);
  dateline->source = g_steal_pointer (&source);
  dateline->year = year;
  dateline->month = month;
  dateline->day = day;
  return TRUE;
}

/* "2019-05-29", "2019/05/29" */
static gboolean
parse_iso_date (Cursor *c,
                int    *year,
                int    *month,
                int    *day)
{
  Cursor save = *c;
  char sep;

  if ((*year = accept_number (c, 4)) < 1900 || c->i >= c->len || (c->s[c->i] != '-' && c->s[c->i] != '/'))
    goto fail;
  sep = c->s[c->i++];
  if ((*month = accept_number (c, 2)) < 1 || *month > 12 || c->i >= c->len || c->s[c->i] != sep)
    goto fail;
  c->i++;
  if ((*day = accept_number (c, 2)) < 1 || *day > 31)
    goto fail;
  return TRUE;

fail:
  *c = save;
  *year = *month = *day = 0;
  return FALSE;
}

static const char *stamp_labels[] = {
  "Published on", "Published:", "Published", "Posted on", "Posted:", "Posted", "Last updated", "Updated on",
  "Updated:", "Updated", "Dated", "Date:", "Date", "date", "On",
};

static const char *weekdays[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
};

/* A full date (with its year) at @c: ISO, "May 29, 2019", "29 May 2019",
 * after an optional weekday ("Thursday, May 29, 2019"). */
static gboolean
parse_full_date (Cursor *c,
                 int    *year,
                 int    *month,
                 int    *day)
{
  Cursor save = *c;

  for (guint k = 0; k < G_N_ELEMENTS (weekdays); k++)
    if (accept (c, weekdays[k]))
      {
        accept (c, ".");
        if (!accept (c, ", ") && !accept (c, " "))
          *c = save;
        break;
      }
  if (parse_iso_date (c, year, month, day))
    return TRUE;
  if (parse_date (c, year, month, day) && *year > 0)
    return TRUE;
  *c = save;
  *year = *month = *day = 0;
  return FALSE;
}

/*
 * A date stamp of the kind a saved page or a copied article carries near
 * its top: "date 2019-05-29 Philippines - Trade", "Published: May 29, 2019",
 * "Thursday, 29 May 2019 10:30". The date (with its year) must open the
 * line, after an optional label; a date in the middle of a sentence is
 * what the article reports, not when it was written.
 */
gboolean
bil_metadata_parse_date_stamp (const char *line,
                               gsize       len,
                               int        *year,
                               int        *month,
                               int        *day)
{
  Cursor c = { line, 0, len };
  gboolean digit = FALSE;

  *year = *month = *day = 0;
  /* A date has digits near the line's start: most lines have none.
   * Sixteen bytes at a time where the line has them. */
  {
    gsize n = MIN (len, 48), i = 0;

    for (; i + 16 <= n && !digit; i += 16)
      digit = bil_mask16_first (bil_bytes16_in (bil_bytes16_load (line + i), '0', 10)) < 16;
    for (; i < n && !digit; i++)
      digit = g_ascii_isdigit (line[i]);
  }
  if (!digit)
    return FALSE;
  /* "(2025/10/28更新)" */
  accept (&c, "(");
  for (guint k = 0; k < G_N_ELEMENTS (stamp_labels); k++)
    if (accept (&c, stamp_labels[k]))
      {
        while (c.i < len && (line[c.i] == ' ' || line[c.i] == ':'))
          c.i++;
        break;
      }
  if (!parse_full_date (&c, year, month, day))
    return FALSE;
  /* The date ends a word: not "2019-05-29x", "May 29, 20190". */
  if (c.i < len && g_ascii_isalnum (line[c.i]))
    {
      *year = *month = *day = 0;
      return FALSE;
    }
  return *year >= 1900 && *year <= 2099 && g_date_valid_dmy (*day, *month, *year);
}

/*
 * A source cited with its date at the end of a paragraph, as digests and
 * press reviews date each item: "… among others. (Mexican Business Web,
 * July 19, 2013)". Returns whether the line ends so, with the date.
 */
gboolean
bil_metadata_parse_citation_date (const char *line,
                                  gsize       len,
                                  int        *year,
                                  int        *month,
                                  int        *day)
{
  gsize end = len, open;

  *year = *month = *day = 0;
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '.' || line[end - 1] == '\r'))
    end--;
  if (end == 0 || line[end - 1] != ')')
    return FALSE;
  for (open = end - 1; open > 0 && end - open < 96 && line[open] != '('; open--)
    ;
  if (line[open] != '(')
    return FALSE;
  /* The date after the source's name, or alone in the brackets. */
  for (gsize k = end - 1; k > open; k--)
    if (k == open + 1 || (line[k - 1] == ' ' && line[k - 2] == ','))
      {
        Cursor c = { line, k, end - 1 };

        if (parse_full_date (&c, year, month, day) && c.i == c.len && *year >= 1900 && *year <= 2099 &&
            g_date_valid_dmy (*day, *month, *year))
          return TRUE;
      }
  *year = *month = *day = 0;
  return FALSE;
}

/* "Source: https://example.org/story", "URL: …": the address alone on
 * its line, or NULL. */
char *
bil_metadata_parse_source_line (const char *line,
                                gsize       len)
{
  static const char *labels[] = { "Source: ", "Source:", "URL: ", "Url: ", "Link: " };

  while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
    len--;
  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      gsize n;

      if (len <= 8 || line[0] != labels[k][0])
        continue;
      n = strlen (labels[k]);
      if (len > n + 8 && strncmp (line, labels[k], n) == 0 &&
          (strncmp (line + n, "http://", 7) == 0 || strncmp (line + n, "https://", 8) == 0) &&
          memchr (line + n, ' ', len - n) == NULL)
        return g_strndup (line + n, len - n);
    }
  return NULL;
}

/* "By Nurunnasihah Ahmad Rashid" */
char *
bil_metadata_parse_byline (const char *line,
                           gsize       len)
{
  guint words = 0;

  while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
    len--;
  if (len < 5 || len > 80 || strncmp (line, "By ", 3) != 0 || !g_ascii_isupper (line[3]))
    return NULL;
  for (gsize i = 3; i < len; i++)
    {
      if (line[i] == '.' && i + 1 < len && line[i + 1] == ' ' && i >= 2 && g_ascii_islower (line[i - 1]) &&
          g_ascii_islower (line[i - 2]))
        return NULL; /* a sentence, not a name */
      if (line[i] == ' ')
        words++;
    }
  if (words > 8)
    return NULL;
  return g_strndup (line + 3, len - 3);
}

/* ISO 8601 dates: YYYY, YYYY-MM or YYYY-MM-DD. */
gboolean
bil_metadata_valid_date (const char *date)
{
  gsize len = strlen (date);
  int y, m = 1, d = 1;

  if (!(len == 4 || len == 7 || len == 10))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if ((i == 4 || i == 7) ? date[i] != '-' : !g_ascii_isdigit (date[i]))
      return FALSE;
  y = atoi (date);
  if (len >= 7)
    m = atoi (date + 5);
  if (len == 10)
    d = atoi (date + 8);
  return y >= 1 && g_date_valid_dmy (d, m, y);
}

/* The opening words of a sentence, cut at a word boundary (or, for
 * scripts without spaces, at a character boundary), as a title. */
char *
bil_metadata_title_from_sentence (const char *sentence,
                                  gsize       len)
{
  const glong max = 90;
  const char *end, *cut;

  while (len > 0 && (sentence[len - 1] == '.' || sentence[len - 1] == ' '))
    len--;
  if (g_utf8_strlen (sentence, (gssize) len) <= max)
    return g_strndup (sentence, len);
  end = g_utf8_offset_to_pointer (sentence, max);
  for (cut = end; cut > sentence + len / 4 && *cut != ' '; cut = g_utf8_prev_char (cut))
    ;
  if (*cut != ' ')
    cut = end;
  while (cut > sentence && (cut[-1] == ',' || cut[-1] == ' ' || cut[-1] == ';'))
    cut--;
  return g_strdup_printf ("%.*s\xE2\x80\xA6", (int) (cut - sentence), sentence);
}
