/* bil-world.h: the world outline (Natural Earth, data/world-110m.json)
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint   n_points;
  double *points;       /* lon, lat pairs in degrees */
} BilRing;

typedef struct
{
  char    code[8];      /* ISO 3166-1 alpha-2 */
  char   *name;         /* Natural Earth's short name */
  double  label_lon;    /* a good point for a label or a node */
  double  label_lat;
  GArray *rings;        /* BilRing: outer rings and holes, drawn even-odd */
  double  min_lon, min_lat, max_lon, max_lat;
} BilWorldCountry;

typedef struct _BilWorld BilWorld;

BilWorld              *bil_world_get_default  (void);
BilWorld              *bil_world_new_from_data (GBytes     *json,
                                                GError    **error);
void                   bil_world_free         (BilWorld   *self);
guint                  bil_world_n_countries  (BilWorld   *self);
const BilWorldCountry *bil_world_get_country  (BilWorld   *self,
                                               guint       index);
const BilWorldCountry *bil_world_lookup       (BilWorld   *self,
                                               const char *code);

G_END_DECLS
