/* fuzz-init.c: makes a GLib critical (a failed precondition inside GLib or
 * json-glib, reached with input we did not check) abort like a crash, so the
 * fuzzer keeps it as a finding instead of printing it and going on
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdlib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);

/* abort(), not GLib's breakpoint trap: libFuzzer and ASan catch SIGABRT and
 * save the input. */
static GLogWriterOutput
abort_on_critical (GLogLevelFlags   level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  const char *domain = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
      domain = fields[i].value;
  g_log_writer_default (level & ~G_LOG_FLAG_FATAL, fields, n_fields, user_data);
  /* poppler warns about what a broken PDF holds ("unexpected tz val"):
   * that is the input's fault, not a finding; its criticals still are. */
  if ((level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Poppler") == 0)
    return G_LOG_WRITER_HANDLED;
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  (void) argc;
  (void) argv;
  g_log_set_writer_func (abort_on_critical, NULL, NULL);
  return 0;
}
