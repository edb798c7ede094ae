/* main.c
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ui/bil-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BilApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* Run from the build folder, the translations are there. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BILATERAL_LOCALEDIR") ? g_getenv ("BILATERAL_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = bil_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
