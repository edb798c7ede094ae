/* bil-json-guard.c: refuse JSON that would overflow a recursive parser
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib parses nested arrays and objects by recursion: a file of a
 * few hundred thousand "[" exhausts the stack. One linear pass counts the
 * nesting (outside strings) first, so such a file gets a message instead.
 */

#define G_LOG_DOMAIN "bil-json-guard"

#include "config.h"

#include "bil-json-guard.h"

/* FALSE when nesting exceeds @max_depth; @line and @column (1-based) then
 * point at the bracket that went too deep. */
gboolean
bil_json_check_depth (const char *data,
                      gsize       len,
                      guint       max_depth,
                      guint      *line,
                      guint      *column)
{
  guint depth = 0, l = 1, c = 0;
  gboolean in_string = FALSE, escaped = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char ch = data[i];

      c++;
      if (ch == '\n')
        {
          l++;
          c = 0;
          continue;
        }
      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (ch == '\\')
            escaped = TRUE;
          else if (ch == '"')
            in_string = FALSE;
          continue;
        }
      switch (ch)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > max_depth)
            {
              if (line)
                *line = l;
              if (column)
                *column = c;
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return TRUE;
}
