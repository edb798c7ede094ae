/* bil-json-guard.h: refuse JSON that would overflow a recursive parser, or
 * that holds more than one value (json-glib 1.6 leaks the first one); read
 * its members by type
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BIL_JSON_MAX_DEPTH 256

typedef enum {
  BIL_JSON_GUARD_OK,
  BIL_JSON_GUARD_TOO_DEEP,     /* nested more than max_depth levels */
  BIL_JSON_GUARD_TRAILING,     /* something follows the first value */
} BilJsonGuard;

BilJsonGuard bil_json_guard_check   (const char *data,
                                     gsize       len,
                                     guint       max_depth,
                                     guint      *line,
                                     guint      *column);
char        *bil_json_guard_message (BilJsonGuard guard,
                                     guint        max_depth);
gboolean     bil_json_load_checked  (JsonParser  *parser,
                                     const char  *contents,
                                     gsize        length,
                                     const char  *path,
                                     int          code,
                                     GError     **error);
const char  *bil_json_get_string    (JsonObject  *o,
                                     const char  *member);
double       bil_json_get_number    (JsonObject  *o,
                                     const char  *member);
gboolean     bil_json_get_bool      (JsonObject  *o,
                                     const char  *member);
gboolean     bil_json_get_object    (JsonNode    *node,
                                     JsonObject **value,
                                     GError     **error);
gboolean     bil_json_get_string_member (JsonObject  *o,
                                         const char  *member,
                                         const char **value,
                                         GError     **error);
gboolean     bil_json_get_array_member  (JsonObject  *o,
                                         const char  *member,
                                         JsonArray  **value,
                                         GError     **error);
void         bil_json_add_string_or_null (JsonBuilder *builder,
                                          const char  *member,
                                          const char  *value);

G_END_DECLS
