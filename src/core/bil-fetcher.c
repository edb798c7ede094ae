/* bil-fetcher.c: a page from its address, saved as an article file
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Add from address": libsoup 3 fetches an http(s) address in a worker
 * thread (a session of its own, used synchronously there), following at
 * most BIL_FETCH_MAX_REDIRECTS redirects, each to http(s) only, sending no
 * credentials and keeping no cookies, reading at most BIL_FETCH_MAX_BYTES
 * and giving up after a timeout without progress. What it gets must be a
 * web page, a PDF, a feed or plain text; it is saved, whole or not at all,
 * into the folder given under a name made from the address, never over a
 * file already there. A web page gets the "saved from url=" comment that
 * browsers write, so that the reader knows the address it came from.
 */

#define G_LOG_DOMAIN "bil-fetch"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <libsoup/soup.h>

#include "bil-atomic-file.h"
#include "bil-error.h"
#include "bil-feed-reader.h"
#include "bil-fetcher.h"
#include "bil-html-reader.h"

/**
 * bil_fetch_check_address:
 *
 * Whether @address is one Bilateral fetches: http or https, with a host,
 * without a user name or password in it.
 */
gboolean
bil_fetch_check_address (const char  *address,
                         GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GError) local = NULL;
  const char *scheme;

  uri = g_uri_parse (address, G_URI_FLAGS_PARSE_RELAXED, &local);
  if (uri == NULL)
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_USAGE, _("“%s” is not a web address"), address);
      return FALSE;
    }
  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_USAGE, _("only http and https addresses are fetched, not %s:"), scheme);
      return FALSE;
    }
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_USAGE, _("“%s” names no host"), address);
      return FALSE;
    }
  if (g_uri_get_userinfo (uri) != NULL)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_USAGE,
                           _("addresses with a user name or password are not fetched (no credentials are sent)"));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char             *address;
  GFile            *folder;
  guint             timeout;
  GMainContext     *context;   /* the caller's, for progress */
  BilFetchProgress  progress;
  gpointer          progress_data;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->address);
  g_object_unref (fetch->folder);
  g_main_context_unref (fetch->context);
  g_free (fetch);
}

typedef struct
{
  BilFetchProgress progress;
  gpointer         data;
  guint64          received;
  guint64          total;
} Progress;

static gboolean
progress_cb (gpointer data)
{
  Progress *p = data;

  p->progress (p->received, p->total, p->data);
  return G_SOURCE_REMOVE;
}

static void
report (Fetch   *fetch,
        guint64  received,
        guint64  total)
{
  Progress *p;

  if (fetch->progress == NULL)
    return;
  p = g_new (Progress, 1);
  *p = (Progress) { fetch->progress, fetch->progress_data, received, total };
  g_main_context_invoke_full (fetch->context, G_PRIORITY_DEFAULT, progress_cb, p, g_free);
}

/* What a body is, from its type and its first bytes: the suffix it is
 * saved under, or NULL when Bilateral does not read it. */
static const char *
suffix_for (const char *type,
            const char *data,
            gsize       len)
{
  if (type != NULL)
    {
      if (g_ascii_strcasecmp (type, "text/html") == 0 || g_ascii_strcasecmp (type, "application/xhtml+xml") == 0)
        return ".html";
      if (g_ascii_strcasecmp (type, "application/pdf") == 0)
        return len >= 5 && memcmp (data, "%PDF-", 5) == 0 ? ".pdf" : NULL;
      if (g_ascii_strcasecmp (type, "application/rss+xml") == 0)
        return ".rss";
      if (g_ascii_strcasecmp (type, "application/atom+xml") == 0)
        return ".atom";
      if (g_ascii_strcasecmp (type, "text/plain") == 0 || g_ascii_strcasecmp (type, "text/markdown") == 0)
        return memchr (data, '\0', len) == NULL ? ".txt" : NULL;
      if (g_ascii_strcasecmp (type, "application/xml") != 0 && g_ascii_strcasecmp (type, "text/xml") != 0 &&
          g_ascii_strcasecmp (type, "application/octet-stream") != 0)
        return NULL;
    }
  /* Said to be XML, or nothing said: what it is decides. */
  if (bil_feed_sniff (data, len))
    return ".xml";
  if (len >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return ".pdf";
  if (bil_html_sniff (data, len))
    return ".html";
  return NULL;
}

/* A file name from the address's last path segment ("…/2024/05/chip-pact"
 * → "chip-pact.html"), else its host; letters, digits, '-', '_' and '.'
 * only, at most 80 bytes; "-2", "-3"… when taken. */
static GFile *
free_name (GFile      *folder,
           GUri       *uri,
           const char *suffix)
{
  const char *path = g_uri_get_path (uri);
  g_autofree char *segment = NULL;
  g_autoptr(GString) base = g_string_new (NULL);

  if (path != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (path, "/", -1);

      for (int i = (int) g_strv_length (parts) - 1; i >= 0 && segment == NULL; i--)
        if (parts[i][0] != '\0')
          segment = g_uri_unescape_string (parts[i], NULL);
    }
  if (segment == NULL)
    segment = g_strdup (g_uri_get_host (uri));
  /* Its own suffix goes: the type decides. */
  if (segment != NULL)
    {
      char *dot = strrchr (segment, '.');

      if (dot != NULL && dot != segment && strlen (dot) <= 6)
        *dot = '\0';
    }
  for (const char *s = segment ? segment : ""; *s && base->len < 80; s++)
    {
      char c = *s;

      if (g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.')
        g_string_append_c (base, c);
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && (base->str[0] == '.' || base->str[0] == '-'))
    g_string_erase (base, 0, 1);
  if (base->len == 0)
    g_string_assign (base, "page");

  for (guint n = 1; n < 10000; n++)
    {
      g_autofree char *name = n == 1 ? g_strconcat (base->str, suffix, NULL)
                                     : g_strdup_printf ("%s-%u%s", base->str, n, suffix);
      GFile *file = g_file_get_child (folder, name);

      if (!g_file_query_exists (file, NULL))
        return file;
      g_object_unref (file);
    }
  return NULL;
}

static gboolean
save (GFile       *file,
      const char  *preamble,
      GByteArray  *body,
      GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(BilAtomicFile) out = NULL;
  GOutputStream *stream;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("the folder is not a local folder"));
      return FALSE;
    }
  out = bil_atomic_file_new (path, error);
  if (out == NULL)
    return FALSE;
  stream = bil_atomic_file_get_stream (out);
  if ((preamble != NULL && !g_output_stream_write_all (stream, preamble, strlen (preamble), NULL, NULL, error)) ||
      !g_output_stream_write_all (stream, body->data, body->len, NULL, NULL, error))
    return FALSE;
  return bil_atomic_file_commit (out, error);
}

static void
fetch_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GByteArray) body = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *final = NULL;
  g_autofree char *preamble = NULL;
  SoupMessageHeaders *headers;
  const char *type, *suffix;
  goffset length;
  guint status;
  guint64 reported = 0;

  session = soup_session_new_with_options ("timeout", fetch->timeout, "idle-timeout", fetch->timeout,
                                           "user-agent", "Bilateral/" PACKAGE_VERSION " ", NULL);
  final = g_strdup (fetch->address);
  for (guint hops = 0;; hops++)
    {
      const char *location;
      g_autoptr(GUri) base = NULL;
      g_autoptr(GUri) next = NULL;

      g_clear_object (&msg);
      g_clear_object (&in);
      msg = soup_message_new ("GET", final);
      if (msg == NULL)
        {
          g_task_return_new_error (task, BIL_ERROR, BIL_ERROR_USAGE, _("“%s” is not a web address"), final);
          return;
        }
      soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
      in = soup_session_send (session, msg, cancellable, &error);
      if (in == NULL)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_task_return_error (task, g_steal_pointer (&error));
          else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
            g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                                     _("no answer within %u seconds"), fetch->timeout);
          else
            g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not fetch it: %s"), error->message);
          return;
        }
      status = soup_message_get_status (msg);
      if (!SOUP_STATUS_IS_REDIRECTION (status) || status == 304)
        break;
      location = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Location");
      if (location == NULL)
        break;
      if (hops + 1 > BIL_FETCH_MAX_REDIRECTS)
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                                   _("too many redirects (more than %u)"), BIL_FETCH_MAX_REDIRECTS);
          return;
        }
      base = g_uri_parse (final, G_URI_FLAGS_PARSE_RELAXED, NULL);
      next = base ? g_uri_parse_relative (base, location, G_URI_FLAGS_PARSE_RELAXED, NULL) : NULL;
      g_free (final);
      final = next ? g_uri_to_string (next) : g_strdup (location);
      if (!bil_fetch_check_address (final, &error))
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("redirected to an address not fetched: %s"),
                                   error->message);
          return;
        }
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("the server answered %u %s"), status,
                               soup_message_get_reason_phrase (msg) ? soup_message_get_reason_phrase (msg) : "");
      return;
    }
  headers = soup_message_get_response_headers (msg);
  type = soup_message_headers_get_content_type (headers, NULL);
  length = soup_message_headers_get_content_length (headers);
  if (length > (goffset) BIL_FETCH_MAX_BYTES)
    {
      g_autofree char *size = g_format_size ((guint64) length);

      g_task_return_new_error (task, BIL_ERROR, BIL_ERROR_TOO_LARGE, _("too large (%s, at most %u MB)"),
                               size, BIL_FETCH_MAX_BYTES / (1024 * 1024));
      return;
    }
  /* Not what Bilateral reads: said before the body is read. */
  if (type != NULL && g_ascii_strncasecmp (type, "image/", 6) == 0)
    {
      g_task_return_new_error (task, BIL_ERROR, BIL_ERROR_FORMAT,
                               _("not a web page, PDF or feed (the server says %s)"), type);
      return;
    }

  for (;;)
    {
      guint8 buf[16384];
      gssize n = g_input_stream_read (in, buf, sizeof buf, cancellable, &error);

      if (n < 0)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_task_return_error (task, g_steal_pointer (&error));
          else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
            g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                                     _("the server stopped sending for %u seconds"), fetch->timeout);
          else
            g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("the page broke off: %s"), error->message);
          return;
        }
      if (n == 0)
        break;
      if (body->len + (gsize) n > BIL_FETCH_MAX_BYTES)
        {
          g_task_return_new_error (task, BIL_ERROR, BIL_ERROR_TOO_LARGE, _("too large (more than %u MB)"),
                                   BIL_FETCH_MAX_BYTES / (1024 * 1024));
          return;
        }
      g_byte_array_append (body, buf, (guint) n);
      if (body->len - reported >= 65536)
        {
          reported = body->len;
          report (fetch, reported, length > 0 ? (guint64) length : 0);
        }
    }
  g_input_stream_close (in, NULL, NULL);
  report (fetch, body->len, length > 0 ? (guint64) length : 0);

  suffix = suffix_for (type, (const char *) body->data, body->len);
  if (suffix == NULL)
    {
      if (type != NULL)
        g_task_return_new_error (task, BIL_ERROR, BIL_ERROR_FORMAT, _("not a web page, PDF or feed (the server says %s)"), type);
      else
        g_task_return_new_error (task, BIL_ERROR, BIL_ERROR_FORMAT, _("not a web page, PDF or feed"));
      return;
    }
  uri = g_uri_parse (final, G_URI_FLAGS_PARSE_RELAXED, NULL);
  file = uri ? free_name (fetch->folder, uri, suffix) : NULL;
  if (file == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_EXISTS, _("no free file name for it in the folder"));
      return;
    }
  if (strcmp (suffix, ".html") == 0)
    preamble = g_strdup_printf ("<!-- saved from url=(%04u)%s -->\n", (guint) strlen (final), final);
  if (!save (file, preamble, body, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
}

/**
 * bil_fetch_async:
 * @address: an http or https address
 * @folder: where the page is saved
 * @timeout: seconds without progress before giving up (0: BIL_FETCH_TIMEOUT)
 * @progress: (nullable): told of the bytes received, in the caller's context
 *
 * Fetches @address off the calling thread and saves what it gets into
 * @folder; bil_fetch_finish () gives the saved file.
 */
void
bil_fetch_async (const char          *address,
                 GFile               *folder,
                 guint                timeout,
                 GCancellable        *cancellable,
                 BilFetchProgress     progress,
                 gpointer             progress_data,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;
  Fetch *fetch;

  g_task_set_source_tag (task, bil_fetch_async);
  if (!bil_fetch_check_address (address, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  fetch = g_new0 (Fetch, 1);
  fetch->address = g_strstrip (g_strdup (address));
  fetch->folder = g_object_ref (folder);
  fetch->timeout = timeout > 0 ? timeout : BIL_FETCH_TIMEOUT;
  fetch->context = g_main_context_ref_thread_default ();
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  g_task_run_in_thread (task, fetch_thread);
}

/**
 * bil_fetch_finish:
 *
 * Returns: (transfer full): the file the page was saved as, or %NULL with
 *   @error saying why
 */
GFile *
bil_fetch_finish (GAsyncResult  *result,
                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
