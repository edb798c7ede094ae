/* bil-test-files.h: scratch files for tests
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *bil_test_write_file  (const char *dir,
                            const char *name,
                            const char *contents,
                            gssize      len);
void  bil_test_remove_tree (const char *path);
guint bil_test_count_files (const char *dir);
GPtrArray  *bil_test_parse_csv (const char *data,
                                gsize       len);
const char *bil_test_csv_cell  (GPtrArray  *rows,
                                guint       row,
                                const char *name);

G_END_DECLS
