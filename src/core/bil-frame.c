/* bil-frame.c: a construction that says who pays whom
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-frame"

#include "config.h"

#include <string.h>

#include "bil-frame.h"
#include "bil-lexicon.h"

static gboolean
role_from_string (const char *name,
                  BilRole    *role)
{
  if (g_strcmp0 (name, "from") == 0)
    *role = BIL_ROLE_FROM;
  else if (g_strcmp0 (name, "to") == 0)
    *role = BIL_ROLE_TO;
  else
    return FALSE;
  return TRUE;
}

static gboolean
read_role (JsonObject *object,
           const char *member,
           const char *id,
           BilRole    *role,
           GError    **error)
{
  *role = BIL_ROLE_NONE;
  if (!json_object_has_member (object, member))
    return TRUE;
  if (!role_from_string (json_object_get_string_member_with_default (object, member, NULL), role))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "frames.json: frame \"%s\": \"%s\" must be \"from\" or \"to\"", id, member);
      return FALSE;
    }
  return TRUE;
}

gboolean
bil_frame_init_from_json (BilFrame    *frame,
                          JsonObject  *object,
                          GError     **error)
{
  const char *id = json_object_get_string_member_with_default (object, "id", NULL);
  JsonObject *preps;

  memset (frame, 0, sizeof *frame);
  frame->metric_hint = -1;
  if (id == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "frames.json: a frame without an \"id\"");
      return FALSE;
    }
  frame->id = g_strdup (id);
  if (!read_role (object, "subject", id, &frame->subject, error) ||
      !read_role (object, "object", id, &frame->object, error) ||
      !read_role (object, "by", id, &frame->by, error) ||
      !read_role (object, "possessor", id, &frame->possessor, error))
    return FALSE;
  frame->two_way = json_object_get_boolean_member_with_default (object, "two_way", FALSE);
  if (json_object_has_member (object, "giver"))
    {
      const char *giver = json_object_get_string_member_with_default (object, "giver", NULL);

      if (g_strcmp0 (giver, "market") == 0)
        frame->market = TRUE;
      else if (g_strcmp0 (giver, "currency") == 0)
        frame->by_currency = TRUE;
      else
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "frames.json: frame \"%s\": \"giver\" must be \"market\" or \"currency\"", id);
          return FALSE;
        }
    }
  if (json_object_has_member (object, "metric_hint"))
    {
      const char *name = json_object_get_string_member_with_default (object, "metric_hint", "");
      BilMetric metric = bil_metric_from_string (name);

      if (g_strcmp0 (bil_metric_to_string (metric), name) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "frames.json: frame \"%s\": no metric \"%s\"", id, name);
          return FALSE;
        }
      frame->metric_hint = (int) metric;
    }
  preps = json_object_has_member (object, "preps") ? json_object_get_object_member (object, "preps") : NULL;
  if (preps != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (preps);
      guint n = 0;

      frame->preps = g_new0 (BilFramePrep, g_list_length (members));
      for (GList *l = members; l; l = l->next)
        {
          BilFramePrep *p = &frame->preps[n];

          if (!role_from_string (json_object_get_string_member_with_default (preps, l->data, NULL), &p->role))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "frames.json: frame \"%s\": preposition \"%s\" must be \"from\" or \"to\"", id,
                           (const char *) l->data);
              frame->n_preps = n;
              return FALSE;
            }
          p->word = g_strdup (l->data);
          p->len = strlen (p->word);
          n++;
        }
      frame->n_preps = n;
    }
  return TRUE;
}

void
bil_frame_clear (BilFrame *frame)
{
  for (guint i = 0; i < frame->n_preps; i++)
    g_free (frame->preps[i].word);
  g_free (frame->preps);
  g_free (frame->id);
  memset (frame, 0, sizeof *frame);
}

/* The role of the party that the preposition ending at @end introduces
 * ("… in Japan": the text before Japan, "the" and "its" skipped by the
 * caller), or BIL_ROLE_NONE. @start bounds the look back. */
BilRole
bil_frame_prep_role (const BilFrame *frame,
                     const char     *text,
                     gsize           start,
                     gsize           end,
                     gsize          *prep_len)
{
  for (guint i = 0; i < frame->n_preps; i++)
    {
      const BilFramePrep *p = &frame->preps[i];
      gsize n = p->len + 1;   /* the word and its blank */

      if (end < start + n || text[end - 1] != ' ' || memcmp (text + end - n, p->word, p->len) != 0)
        continue;
      /* The whole word: "in", not "within". */
      if (end - n > start && g_ascii_isalnum (text[end - n - 1]))
        continue;
      if (prep_len)
        *prep_len = n;
      return p->role;
    }
  return BIL_ROLE_NONE;
}
