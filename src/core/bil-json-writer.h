/* bil-json-writer.h: JSON written as it is made, byte for byte as json-glib
 * 1.6's generator would print the same tree
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _BilJsonWriter BilJsonWriter;

BilJsonWriter *bil_json_writer_new          (GOutputStream  *out,
                                             gboolean        pretty);
gboolean       bil_json_writer_finish       (BilJsonWriter  *self,
                                             GError        **error);
void           bil_json_writer_free         (BilJsonWriter  *self);

void           bil_json_writer_begin_object (BilJsonWriter  *self);
void           bil_json_writer_end_object   (BilJsonWriter  *self);
void           bil_json_writer_begin_array  (BilJsonWriter  *self);
void           bil_json_writer_end_array    (BilJsonWriter  *self);
void           bil_json_writer_member       (BilJsonWriter  *self,
                                             const char     *name);
void           bil_json_writer_string       (BilJsonWriter  *self,
                                             const char     *value);
void           bil_json_writer_string_len   (BilJsonWriter  *self,
                                             const char     *value,
                                             gsize           len);
void           bil_json_writer_null         (BilJsonWriter  *self);
void           bil_json_writer_int          (BilJsonWriter  *self,
                                             gint64          value);
void           bil_json_writer_double       (BilJsonWriter  *self,
                                             double          value);
void           bil_json_writer_boolean      (BilJsonWriter  *self,
                                             gboolean        value);
BilJsonWriter *bil_json_writer_new_fragment (gboolean        pretty,
                                             guint           depth);
char          *bil_json_writer_free_to_fragment (BilJsonWriter *self,
                                                 gsize         *len);
void           bil_json_writer_raw_value    (BilJsonWriter  *self,
                                             const char     *text,
                                             gsize           len);
void           bil_json_writer_raw          (BilJsonWriter  *self,
                                             const char     *text);


/* A member and its string, null for NULL. */
void           bil_json_writer_member_string (BilJsonWriter *self,
                                              const char    *name,
                                              const char    *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilJsonWriter, bil_json_writer_free)

G_END_DECLS
