/* bil-application.c
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line is handled in handle-local-options, before GTK starts,
 * so that --extract works with no display at all.
 */

#define G_LOG_DOMAIN "bil-application"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <gio/gunixoutputstream.h>

#include "bil-application.h"
#include "bil-cli.h"
#include "bil-window.h"

struct _BilApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (BilApplication, bil_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "extract", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the corpus as JSON on standard output and exit"), NULL },
  { "strict", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --extract: fail on any warning"), NULL },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --extract: json (one document, default) or jsonl (one article per line, in constant memory)"), N_("FORMAT") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[PATH…]") },
  { NULL }
};

static BilWindow *
get_window (BilApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (bil_window_new (self));
  return BIL_WINDOW (window);
}

static void
usage_error (const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
  g_printerr (_("Run “%s --help” to see the options.\n"), PACKAGE_NAME);
}

/* GApplication exits with 1 on an unknown option; a usage error is 2. So
 * the options are checked once here, with the same entries, before it
 * parses them. */
static gboolean
bil_application_local_command_line (GApplication   *app,
                                    char         ***arguments,
                                    int            *exit_status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) copy = g_strdupv (*arguments);
  GOptionEntry entries[G_N_ELEMENTS (option_entries)];
  gboolean flag = FALSE;
  char **remaining = NULL;
  g_autofree char *string = NULL;
  int argc = (int) g_strv_length (copy);
  char **argv = copy;

  memcpy (entries, option_entries, sizeof entries);
  for (guint i = 0; entries[i].long_name != NULL; i++)
    entries[i].arg_data = entries[i].arg == G_OPTION_ARG_NONE ? (gpointer) &flag
                        : entries[i].arg == G_OPTION_ARG_STRING ? (gpointer) &string : (gpointer) &remaining;
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_ignore_unknown_options (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);

  /* --help and GApplication's own options are its to answer. */
  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--help") || g_str_has_prefix (argv[i], "--gapplication-") || g_strcmp0 (argv[i], "-h") == 0 || g_strcmp0 (argv[i], "-?") == 0)
      return G_APPLICATION_CLASS (bil_application_parent_class)->local_command_line (app, arguments, exit_status);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_strfreev (remaining);
      usage_error (error->message);
      *exit_status = BIL_EXIT_USAGE;
      return TRUE;
    }
  g_strfreev (remaining);
  return G_APPLICATION_CLASS (bil_application_parent_class)->local_command_line (app, arguments, exit_status);
}

static int
bil_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree const char **paths = NULL;
  gboolean extract = g_variant_dict_contains (options, "extract");
  gboolean strict = g_variant_dict_contains (options, "strict");
  const char *format = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return BIL_EXIT_OK;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);

  g_variant_dict_lookup (options, "format", "&s", &format);
  if ((strict || format) && !extract)
    {
      usage_error (_("--strict and --format only apply to --extract"));
      return BIL_EXIT_USAGE;
    }

  if (extract)
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (1, FALSE);
      g_autoptr(GOutputStream) err = g_unix_output_stream_new (2, FALSE);

      return bil_cli_extract (paths, strict, format, out, err);
    }

  if (paths != NULL && paths[0] != NULL)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
          return BIL_EXIT_FAILURE;
        }
      for (guint i = 0; paths[i] != NULL; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
      /* Opens in the running instance when there is one. */
      g_application_open (app, (GFile **) files->pdata, files->len, "");
      if (g_application_get_is_remote (app))
        return BIL_EXIT_OK;
    }

  return -1;
}

static void
bil_application_activate (GApplication *app)
{
  BilWindow *window = get_window (BIL_APPLICATION (app));

  bil_window_ensure_corpus (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
bil_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  BilWindow *window = get_window (BIL_APPLICATION (app));

  bil_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Bilateral authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", "Bilateral",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Trade and investment figures and partnerships between countries, from news articles"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
bil_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (bil_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
}

static void
bil_application_class_init (BilApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = bil_application_local_command_line;
  app_class->handle_local_options = bil_application_handle_local_options;
  app_class->activate = bil_application_activate;
  app_class->open = bil_application_open;
  app_class->startup = bil_application_startup;
}

static void
bil_application_init (BilApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("PATH is a folder of articles (.txt, .md), an article file, or a JSON manifest.\n"
      "With no PATH, the embedded seed corpus is used."));
}

BilApplication *
bil_application_new (void)
{
  return g_object_new (BIL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/example/Bilateral",
                       NULL);
}
