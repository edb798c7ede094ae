/* bil-json-writer.c: JSON written as it is made, byte for byte as json-glib
 * 1.6's generator would print the same tree
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --extract built the whole corpus as a json-glib tree, then printed it: a
 * 200 MB article took 6.5 GB and 46 s. This writer prints each value as the
 * extraction's code reaches it, into a buffer handed to the output stream
 * every 64 KB, so memory is bounded by the article, not by its JSON. It
 * prints exactly what json-glib 1.6 prints (its spacing in pretty mode,
 * its escapes, ".0" after a double with no point, "{" and the closing
 * indent for an empty object), so the output did not change;
 * /core/json-writer/… checks that against json-glib itself.
 */

#define G_LOG_DOMAIN "bil-json-writer"

#include "config.h"

#include <string.h>

#include "bil-json-writer.h"
#include "bil-bytes.h"
#include "bil-format.h"

#define FLUSH_AT (64 * 1024)

struct _BilJsonWriter
{
  GOutputStream *out;
  GString       *buffer;
  guint         *counts;      /* elements written in each open object or array */
  guint          depth;       /* how many are open */
  guint          room;
  GError        *error;       /* the first write that failed; later ones are not tried */
  gboolean       pretty;
  gboolean       after_name;  /* a member's name was written: its value follows */
};

BilJsonWriter *
bil_json_writer_new (GOutputStream *out,
                     gboolean       pretty)
{
  BilJsonWriter *self = g_new0 (BilJsonWriter, 1);

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), NULL);
  self->out = g_object_ref (out);
  self->buffer = g_string_sized_new (FLUSH_AT + 4096);
  self->pretty = pretty;
  return self;
}

/* A container opened: its count of elements, on a stack grown by
 * doubling (an array grown a call at a time cost two calls a value). */
static inline void
push (BilJsonWriter *self)
{
  if (self->depth == self->room)
    {
      self->room = MAX (16, self->room * 2);
      self->counts = g_renew (guint, self->counts, self->room);
    }
  self->counts[self->depth++] = 0;
}

/**
 * bil_json_writer_new_fragment:
 * @depth: how deep in the document the fragment's value will be (2 for
 *   an element of the root object's array)
 *
 * A writer of one value into memory, indented as it will be at @depth, for
 * bil_json_writer_raw_value () to put in place: values written on other
 * threads, then in order.
 */
BilJsonWriter *
bil_json_writer_new_fragment (gboolean pretty,
                              guint    depth)
{
  BilJsonWriter *self = g_new0 (BilJsonWriter, 1);
  self->buffer = g_string_sized_new (4096);
  for (guint i = 0; i < depth; i++)
    push (self);
  self->pretty = pretty;
  /* Its place (comma, new line, indent) is the document's to write. */
  self->after_name = TRUE;
  return self;
}

/* What a fragment writer wrote (transfer full), with its length. */
char *
bil_json_writer_free_to_fragment (BilJsonWriter *self,
                                  gsize         *len)
{
  char *text;

  g_return_val_if_fail (self != NULL && self->out == NULL, NULL);
  *len = self->buffer->len;
  text = g_string_free (g_steal_pointer (&self->buffer), FALSE);
  g_free (self->counts);
  g_free (self);
  return text;
}

static void
flush (BilJsonWriter *self)
{
  /* A fragment keeps everything until it is taken. */
  if (self->buffer->len == 0 || self->out == NULL)
    return;
  if (self->error == NULL)
    g_output_stream_write_all (self->out, self->buffer->str, self->buffer->len, NULL, NULL, &self->error);
  g_string_truncate (self->buffer, 0);
}

static inline void
maybe_flush (BilJsonWriter *self)
{
  if (self->buffer->len >= FLUSH_AT)
    flush (self);
}

/* Writes what is left; FALSE with the first error any write met. */
gboolean
bil_json_writer_finish (BilJsonWriter  *self,
                        GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  flush (self);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  return TRUE;
}

void
bil_json_writer_free (BilJsonWriter *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->out);
  g_string_free (self->buffer, TRUE);
  g_free (self->counts);
  g_clear_error (&self->error);
  g_free (self);
}

static inline void append_len (GString *out, const char *s, gsize n);

static void
indent (BilJsonWriter *self,
        guint          level)
{
  static const char spaces[] = "                                                                ";

  for (gsize n = level * 2; n > 0;)
    {
      gsize k = MIN (n, sizeof spaces - 1);

      append_len (self->buffer, spaces, k);
      n -= k;
    }
}

/* What comes before an element of the open container: its separator and,
 * pretty, its line and indent. */
static inline void
separate (BilJsonWriter *self)
{
  guint *count;

  if (self->depth == 0)
    return;
  count = &self->counts[self->depth - 1];
  if (*count > 0)
    g_string_append_c (self->buffer, ',');
  if (self->pretty)
    {
      g_string_append_c (self->buffer, '\n');
      indent (self, self->depth);
    }
  (*count)++;
}

static inline void
before_value (BilJsonWriter *self)
{
  if (self->after_name)
    self->after_name = FALSE;
  else
    separate (self);
}

/* append_len () is a call that goes through g_string_insert_len ()
 * for every piece, and the writer appends millions of small pieces: copied
 * here while the buffer has room (GString's fields are public). */
static inline void
append_len (GString    *out,
            const char *s,
            gsize       n)
{
  if (out->len + n < out->allocated_len)
    {
      memcpy (out->str + out->len, s, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, s, n);
}

static inline void
append (GString    *out,
        const char *s)
{
  append_len (out, s, strlen (s));
}

/* json-glib 1.6's escapes: \" and \\, the usual control characters by
 * name, other bytes 0x01–0x1e and 0x7f as \u00XX (0x1f as it is, as
 * json-glib prints it); every other byte, UTF-8 included, as it is. A
 * table says which bytes stop the run copied whole; NUL stops the string,
 * as strlen () stops json-glib. */
static const guint8 special[256] = {
  [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1, [9] = 1, [10] = 1,
  [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1, [19] = 1, [20] = 1,
  [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1, [27] = 1, [28] = 1, [29] = 1, [30] = 1,
  ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

static void
escape (GString    *out,
        const char *s,
        gsize       len)
{
  const guchar *p = (const guchar *) s, *end = p + len;

  while (p < end)
    {
      const guchar *run = p;

      /* Sixteen bytes at a time: most strings are prose with nothing
       * to escape. */
      while (end - p >= 16)
        {
          BilBytes16 v = bil_bytes16_load ((const char *) p);
          guint k = bil_mask16_first (bil_bytes16_in (v, 0, 32) | bil_bytes16_eq (v, '"') | bil_bytes16_eq (v, '\\') |
                                      bil_bytes16_eq (v, 0x7f));

          p += k;
          if (k < 16)
            break;
        }
      while (p < end && !special[*p])
        p++;
      append_len (out, (const char *) run, p - run);
      if (p == end || *p == 0)
        return;
      switch (*p)
        {
        case '"': append_len (out, "\\\"", 2); break;
        case '\\': append_len (out, "\\\\", 2); break;
        case '\b': append_len (out, "\\b", 2); break;
        case '\f': append_len (out, "\\f", 2); break;
        case '\n': append_len (out, "\\n", 2); break;
        case '\r': append_len (out, "\\r", 2); break;
        case '\t': append_len (out, "\\t", 2); break;
        default:
          {
            static const char hex[] = "0123456789abcdef";
            char u[6] = { '\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15] };

            append_len (out, u, 6);
          }
          break;
        }
      p++;
    }
}

void
bil_json_writer_begin_object (BilJsonWriter *self)
{
  before_value (self);
  g_string_append_c (self->buffer, '{');
  push (self);
}

void
bil_json_writer_end_object (BilJsonWriter *self)
{
  guint count;

  g_return_if_fail (self->depth > 0);
  count = self->counts[--self->depth];
  /* json-glib indents the closing brace even of an empty object. */
  if (self->pretty)
    {
      if (count > 0)
        g_string_append_c (self->buffer, '\n');
      indent (self, self->depth);
    }
  g_string_append_c (self->buffer, '}');
  maybe_flush (self);
}

void
bil_json_writer_begin_array (BilJsonWriter *self)
{
  before_value (self);
  g_string_append_c (self->buffer, '[');
  push (self);
}

void
bil_json_writer_end_array (BilJsonWriter *self)
{
  guint count;

  g_return_if_fail (self->depth > 0);
  count = self->counts[--self->depth];
  /* ... but not of an empty array. */
  if (self->pretty && count > 0)
    {
      g_string_append_c (self->buffer, '\n');
      indent (self, self->depth);
    }
  g_string_append_c (self->buffer, ']');
  maybe_flush (self);
}

void
bil_json_writer_member (BilJsonWriter *self,
                        const char    *name)
{
  const char *p = name;

  separate (self);
  g_string_append_c (self->buffer, '"');
  /* Names are short and need no escape: copied in one go where none
   * stops before their end (600,000 names in 1,000 articles' JSONL). */
  while (!special[(guchar) *p])
    p++;
  if (*p == '\0')
    append_len (self->buffer, name, p - name);
  else
    escape (self->buffer, name, strlen (name));
  if (self->pretty)
    append_len (self->buffer, "\" : ", 4);
  else
    append_len (self->buffer, "\":", 2);
  self->after_name = TRUE;
}

void
bil_json_writer_string_len (BilJsonWriter *self,
                            const char    *value,
                            gsize          len)
{
  before_value (self);
  g_string_append_c (self->buffer, '"');
  /* A long text is escaped and written a piece at a time. */
  while (len > FLUSH_AT)
    {
      escape (self->buffer, value, FLUSH_AT);
      value += FLUSH_AT;
      len -= FLUSH_AT;
      maybe_flush (self);
    }
  escape (self->buffer, value, len);
  g_string_append_c (self->buffer, '"');
  maybe_flush (self);
}

void
bil_json_writer_string (BilJsonWriter *self,
                        const char    *value)
{
  if (value == NULL)
    bil_json_writer_null (self);
  else
    bil_json_writer_string_len (self, value, strlen (value));
}

void
bil_json_writer_null (BilJsonWriter *self)
{
  before_value (self);
  append (self->buffer, "null");
}

void
bil_json_writer_int (BilJsonWriter *self,
                     gint64         value)
{
  char digits[BIL_FORMAT_BUF_SIZE];

  before_value (self);
  append_len (self->buffer, digits, bil_format_int (digits, value));
}

/* As json-glib 1.6 prints it: g_ascii_dtostr () ("%.17g"; bil_format_g ()
 * without printf, whole numbers at once), ".0" added where it has no
 * point (even after an exponent: "1e+20.0"). */
void
bil_json_writer_double (BilJsonWriter *self,
                        double         value)
{
  char buf[BIL_FORMAT_BUF_SIZE];
  gsize n = bil_format_g (buf, value, 17);

  before_value (self);
  append_len (self->buffer, buf, n);
  if (memchr (buf, '.', n) == NULL)
    append (self->buffer, ".0");
}

/* A fragment's text (bil_json_writer_new_fragment ()) as the next value. */
void
bil_json_writer_raw_value (BilJsonWriter *self,
                           const char    *text,
                           gsize          len)
{
  before_value (self);
  append_len (self->buffer, text, len);
  maybe_flush (self);
}

void
bil_json_writer_boolean (BilJsonWriter *self,
                         gboolean       value)
{
  before_value (self);
  append (self->buffer, value ? "true" : "false");
}

/* Text that is already JSON, as the next value. */
void
bil_json_writer_raw (BilJsonWriter *self,
                     const char    *text)
{
  before_value (self);
  append (self->buffer, text);
  maybe_flush (self);
}

void
bil_json_writer_member_string (BilJsonWriter *self,
                               const char    *name,
                               const char    *value)
{
  bil_json_writer_member (self, name);
  bil_json_writer_string (self, value);
}
