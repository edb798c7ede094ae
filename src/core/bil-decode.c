/* bil-decode.c: from a file's bytes to UTF-8 text
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-decode"

#include "config.h"

#include <string.h>

#include "bil-decode.h"
#include "bil-error.h"

G_DEFINE_QUARK (bil-error-quark, bil_error)

/* g_utf8_validate_len () over news text, which is mostly ASCII: ASCII runs
 * are skipped eight bytes at a time, and only the runs of bytes ≥ 0x80
 * between them are validated. A valid character is such a run, or part of
 * one, so the text is valid exactly when every run is. */
static gboolean
valid_utf8 (const guchar *u,
            gsize         len)
{
  gsize i = 0;

  while (i < len)
    {
      gsize j;

      for (; i + 8 <= len; i += 8)
        {
          guint64 word;

          memcpy (&word, u + i, 8);
          if (word & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
        }
      while (i < len && u[i] < 0x80)
        i++;
      for (j = i; j < len && u[j] >= 0x80; j++)
        ;
      if (j > i && !g_utf8_validate_len ((const char *) u + i, j - i, NULL))
        return FALSE;
      i = j;
    }
  return TRUE;
}

/* Windows-1252 0x80–0x9F; 0 where the code page leaves a hole, which we
 * map to U+FFFD rather than refuse the whole article. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

char *
bil_decode_windows_1252 (const char *data,
                         gsize       len,
                         gsize      *out_len)
{
  GString *out = g_string_sized_new (len + len / 8 + 1);

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD);
      else
        g_string_append_unichar (out, c);
    }

  if (out_len)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}

static char *
decode_utf16 (const char *data,
              gsize       len,
              const char *charset,
              gsize      *out_len,
              GError    **error)
{
  gsize read = 0;

  return g_convert (data, len, "UTF-8", charset, &read, out_len, error);
}

/*
 * Returns the text as newly allocated UTF-8, or NULL with @error unset when
 * @data already is UTF-8 (the caller then uses @data from @text_start for
 * @text_len bytes, so offsets stay offsets into the file).
 */
char *
bil_decode_text (const char  *data,
                 gsize        len,
                 BilEncoding *encoding,
                 gsize       *text_start,
                 gsize       *text_len,
                 GError     **error)
{
  const guchar *u = (const guchar *) data;

  *text_start = 0;
  *text_len = len;
  *encoding = BIL_ENCODING_UTF8;

  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
    {
      gboolean le = u[0] == 0xFF;
      char *text;

      *encoding = le ? BIL_ENCODING_UTF16LE : BIL_ENCODING_UTF16BE;
      text = decode_utf16 (data + 2, len - 2, le ? "UTF-16LE" : "UTF-16BE", text_len, error);
      if (text == NULL)
        return NULL;
      /* U+0000 decodes to a NUL byte: as in 8-bit text, not an article. */
      if (memchr (text, '\0', *text_len) != NULL)
        {
          g_free (text);
          g_set_error_literal (error, BIL_ERROR, BIL_ERROR_BINARY,
                               "binary file (contains NUL characters), skipped");
          return NULL;
        }
      if (*text_len == 0 || strspn (text, " \t\r\n") == *text_len)
        {
          g_free (text);
          g_set_error_literal (error, BIL_ERROR, BIL_ERROR_EMPTY, "empty file, skipped");
          return NULL;
        }
      return text;
    }

  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    {
      *encoding = BIL_ENCODING_UTF8_BOM;
      *text_start = 3;
      *text_len = len - 3;
    }

  {
    gsize i = *text_start;
    while (i < len && (u[i] == ' ' || u[i] == '\t' || u[i] == '\r' || u[i] == '\n'))
      i++;
    if (i == len)
      {
        g_set_error_literal (error, BIL_ERROR, BIL_ERROR_EMPTY, "empty file, skipped");
        return NULL;
      }
  }

  if (memchr (data, '\0', len) != NULL)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_BINARY,
                           "binary file (contains NUL bytes), skipped");
      return NULL;
    }

  if (valid_utf8 (u + *text_start, *text_len))
    return NULL;

  *encoding = BIL_ENCODING_WINDOWS_1252;
  *text_start = 0;
  return bil_decode_windows_1252 (data, len, text_len);
}
