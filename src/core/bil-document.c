/* bil-document.c: what a format's reader gives an article
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-document"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bil-document.h"
#include "bil-manifest.h"
#include "bil-metadata.h"

void
bil_document_clear (BilDocument *doc)
{
  g_clear_pointer (&doc->text, g_free);
  g_clear_pointer (&doc->charset, g_free);
  g_clear_pointer (&doc->title, g_free);
  g_clear_pointer (&doc->date, g_free);
  g_clear_pointer (&doc->source, g_free);
  g_clear_pointer (&doc->byline, g_free);
  g_clear_pointer (&doc->url, g_free);
  doc->len = 0;
}

void
bil_document_free (BilDocument *doc)
{
  if (doc == NULL)
    return;
  bil_document_clear (doc);
  g_free (doc);
}

/* @value with its blanks collapsed and trimmed, valid UTF-8, or NULL when
 * nothing is left. */
static char *
clean_value (const char *value)
{
  g_autofree char *valid = NULL;
  GString *out;
  gboolean blank = FALSE;

  if (value == NULL)
    return NULL;
  valid = g_utf8_make_valid (value, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          blank = out->len > 0;
          continue;
        }
      if (c < 0x20 || c == 0x200B || c == 0xFEFF)
        continue;
      if (blank)
        g_string_append_c (out, ' ');
      blank = FALSE;
      g_string_append_unichar (out, c);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static gboolean
set_field (char       **field,
           BilOrigin   *field_origin,
           const char  *value,
           BilOrigin    origin)
{
  char *clean;

  if (*field != NULL || (clean = clean_value (value)) == NULL)
    return FALSE;
  *field = clean;
  if (field_origin)
    *field_origin = origin;
  return TRUE;
}

/* Each setter keeps the first value given: readers offer the best source
 * first. */
void
bil_document_set_title (BilDocument *doc, const char *value, BilOrigin origin)
{
  set_field (&doc->title, &doc->title_origin, value, origin);
}

void
bil_document_set_source (BilDocument *doc, const char *value, BilOrigin origin)
{
  set_field (&doc->source, &doc->source_origin, value, origin);
}

void
bil_document_set_byline (BilDocument *doc, const char *value, BilOrigin origin)
{
  /* An address is not a name ("https://www.facebook.com/…" as author). */
  if (value != NULL && (strstr (value, "://") != NULL || strlen (value) > 200))
    return;
  set_field (&doc->byline, &doc->byline_origin, value, origin);
}

void
bil_document_set_date (BilDocument *doc, const char *value, BilOrigin origin)
{
  g_autofree char *date = NULL;

  if (doc->date != NULL || value == NULL || (date = bil_document_normalize_date (value)) == NULL)
    return;
  doc->date = g_steal_pointer (&date);
  doc->date_origin = origin;
}

void
bil_document_set_url (BilDocument *doc, const char *value, BilOrigin origin)
{
  g_autofree char *clean = clean_value (value);

  if (doc->url != NULL || clean == NULL || !bil_manifest_url_allowed (clean))
    return;
  doc->url = g_steal_pointer (&clean);
  doc->url_origin = origin;
}

static gboolean
digits (const char *p,
        int         n)
{
  for (int i = 0; i < n; i++)
    if (!g_ascii_isdigit (p[i]))
      return FALSE;
  return TRUE;
}

/**
 * bil_document_normalize_date:
 *
 * Reads the dates pages and documents state: ISO 8601 ("2019-11-18",
 * "2019-11-18T10:00:00+00:00", "20191118"), "2019/11/18", PDF's
 * "D:20191118…", and the written forms the text reader knows ("November
 * 18, 2019", "18 Nov 2019").
 *
 * Returns: (transfer full) (nullable): YYYY-MM-DD (or YYYY-MM), or NULL
 */
char *
bil_document_normalize_date (const char *value)
{
  g_autofree char *clean = clean_value (value);
  const char *p;
  char *date = NULL;
  int y = 0, m = 0, d = 0;

  if (clean == NULL)
    return NULL;
  p = clean;
  if (g_str_has_prefix (p, "D:"))
    p += 2;
  /* RFC 822, as feeds date their items: "Tue, 19 Nov 2019 10:00:00 GMT". */
  if (g_ascii_isalpha (p[0]) && g_ascii_isalpha (p[1]) && g_ascii_isalpha (p[2]) && p[3] == ',')
    p += p[4] == ' ' ? 5 : 4;

  if (digits (p, 4) && (p[4] == '-' || p[4] == '/') && digits (p + 5, 2))
    {
      y = atoi (p);
      m = atoi (p + 5);
      if (p[7] == p[4] && digits (p + 8, 2) && !g_ascii_isdigit (p[10]))
        d = atoi (p + 8);
      else if (g_ascii_isdigit (p[7]))
        m = 0;
    }
  else if (digits (p, 8) && !g_ascii_isdigit (p[8]))
    {
      y = atoi (p) / 10000;
      m = atoi (p) / 100 % 100;
      d = atoi (p) % 100;
    }
  else if (digits (p, 14) || (digits (p, 8) && p[8] != '\0'))
    {
      char buf[9];

      memcpy (buf, p, 8);
      buf[8] = '\0';
      y = atoi (buf) / 10000;
      m = atoi (buf) / 100 % 100;
      d = atoi (buf) % 100;
    }
  else
    {
      gsize len = strlen (p);

      if (!bil_metadata_parse_date_stamp (p, len, &y, &m, &d) &&
          !bil_metadata_parse_citation_date (p, len, &y, &m, &d))
        y = 0;
    }

  if (y < 1900 || y > 2200 || m < 1 || m > 12)
    return NULL;
  date = d > 0 ? g_strdup_printf ("%04d-%02d-%02d", y, m, d) : g_strdup_printf ("%04d-%02d", y, m);
  if (!bil_metadata_valid_date (date))
    g_clear_pointer (&date, g_free);
  return date;
}
