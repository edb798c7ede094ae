/* test-fetch.c: "Add from address" against a server of the test's own on
 * 127.0.0.1: pages, a redirect, a redirect loop, a slow response, a 50 MB
 * body, a 404, an image, a feed, a PDF
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "bil-corpus-loader.h"
#include "bil-error.h"
#include "bil-fetcher.h"
#include "bil-test-files.h"

static const char page[] =
  "<html><head><title>Japan lends Vietnam | Wire</title></head><body><article><h1>Japan lends Vietnam</h1>"
  "<p>Japan will lend Vietnam US$1.2 billion for a metro line in Ho Chi Minh City, the two governments said on "
  "Tuesday, in the largest loan of its kind this year.</p></article></body></html>";
static const char feed[] =
  "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Korea invests</title>"
  "<link>https://example.org/k</link><description>Korea will invest $3 billion in Indonesia.</description></item>"
  "</channel></rss>";

typedef struct
{
  SoupServer *server;
  char       *base;     /* http://127.0.0.1:PORT */
  char       *dir;
  GPtrArray  *paused;   /* messages the slow handler never answers */
  guint64     last_received;
  guint       progress_calls;
} Fixture;

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           data)
{
  Fixture *f = data;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (strcmp (path, "/news/2024/japan-lends-vietnam.php") == 0 || strcmp (path, "/") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else if (strcmp (path, "/moved") == 0)
    {
      g_autofree char *to = g_strconcat (f->base, "/news/2024/japan-lends-vietnam.php", NULL);

      soup_server_message_set_status (msg, 301, NULL);
      soup_message_headers_replace (headers, "Location", to);
    }
  else if (strcmp (path, "/loop") == 0)
    {
      soup_server_message_set_status (msg, 302, NULL);
      soup_message_headers_replace (headers, "Location", "/loop");
    }
  else if (strcmp (path, "/to-file") == 0)
    {
      soup_server_message_set_status (msg, 302, NULL);
      soup_message_headers_replace (headers, "Location", "file:///etc/passwd");
    }
  else if (strcmp (path, "/slow") == 0)
    {
      /* Never answered while the test waits. */
      g_ptr_array_add (f->paused, g_object_ref (msg));
      soup_server_message_pause (msg);
    }
  else if (strcmp (path, "/big") == 0 || strcmp (path, "/big-chunked") == 0)
    {
      SoupMessageBody *body = soup_server_message_get_response_body (msg);
      g_autofree char *chunk = g_malloc (1024 * 1024);

      memset (chunk, ' ', 1024 * 1024);
      memcpy (chunk, "<html><body><p>", 15);
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_content_type (headers, "text/html", NULL);
      if (strcmp (path, "/big-chunked") == 0)
        soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      for (guint i = 0; i < 50; i++)
        soup_message_body_append (body, SOUP_MEMORY_COPY, chunk, 1024 * 1024);
      soup_message_body_complete (body);
    }
  else if (strcmp (path, "/image.png") == 0)
    {
      static const char png[] = "\x89PNG\r\n\x1a\n";

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, png, 8);
    }
  else if (strcmp (path, "/data.bin") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/zip", SOUP_MEMORY_STATIC, "PK\x03\x04", 4);
    }
  else if (strcmp (path, "/feed") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/rss+xml", SOUP_MEMORY_STATIC, feed, strlen (feed));
    }
  else if (strcmp (path, "/secret") == 0)
    {
      /* Asks for credentials: none are sent, the 401 stands. */
      soup_server_message_set_status (msg, 401, NULL);
      soup_message_headers_replace (headers, "WWW-Authenticate", "Basic realm=\"test\"");
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  f->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (f->server, NULL, handler, f, NULL);
  g_assert_true (soup_server_listen_local (f->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (f->server);
  g_assert_nonnull (uris);
  f->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  f->dir = g_dir_make_tmp ("bilateral-fetch-XXXXXX", &error);
  g_assert_no_error (error);
  f->paused = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  for (guint i = 0; i < f->paused->len; i++)
    {
      SoupServerMessage *msg = g_ptr_array_index (f->paused, i);

      soup_server_message_set_status (msg, 503, NULL);
      soup_server_message_unpause (msg);
    }
  g_ptr_array_unref (f->paused);
  soup_server_disconnect (f->server);
  g_object_unref (f->server);
  bil_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->base);
}

typedef struct
{
  GFile  *file;
  GError *error;
  gboolean done;
} Result;

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Result *r = data;

  r->file = bil_fetch_finish (result, &r->error);
  r->done = TRUE;
}

static void
progress_cb (guint64  received,
             guint64  total,
             gpointer data)
{
  Fixture *f = data;

  g_assert_cmpuint (received, >=, f->last_received);
  f->last_received = received;
  f->progress_calls++;
}

/* Fetches @path of the test's server (or @address as it is) into the
 * scratch folder, the main loop running so that the server answers. */
static Result
fetch (Fixture      *f,
       const char   *path,
       guint         timeout,
       GCancellable *cancellable)
{
  g_autofree char *address = path[0] == '/' ? g_strconcat (f->base, path, NULL) : g_strdup (path);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  Result r = { 0 };

  f->last_received = 0;
  f->progress_calls = 0;
  bil_fetch_async (address, folder, timeout, cancellable, progress_cb, f, done_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  return r;
}

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  Result r = fetch (f, "/moved", 10, NULL);
  Result again;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected_url = g_strconcat (f->base, "/news/2024/japan-lends-vietnam.php", NULL);
  g_autoptr(BilCorpusLoader) loader = NULL;
  g_autoptr(BilCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  BilArticle *article;

  g_assert_no_error (r.error);
  g_assert_nonnull (r.file);
  name = g_file_get_basename (r.file);
  /* Named by the address it ended at, its type deciding the suffix. */
  g_assert_cmpstr (name, ==, "japan-lends-vietnam.html");
  g_assert_cmpuint (f->progress_calls, >=, 1);
  g_assert_cmpuint (f->last_received, ==, strlen (page));

  /* Read as an article whose address is the one it came from. */
  path = g_file_get_path (r.file);
  loader = bil_corpus_loader_new ((const char *[]) { path, NULL });
  corpus = bil_corpus_loader_load (loader, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bil_corpus_get_n_articles (corpus), ==, 1);
  article = bil_corpus_get_article (corpus, 0);
  g_assert_cmpstr (bil_article_get_url (article), ==, expected_url);
  g_assert_cmpint (bil_article_get_url_origin (article), ==, BIL_ORIGIN_FETCHED);
  g_assert_cmpstr (bil_article_get_title (article), ==, "Japan lends Vietnam");
  g_assert_cmpuint (bil_article_get_facts (article)->figures->len, ==, 1);

  /* Fetched again: a second file, the first untouched. */
  again = fetch (f, "/news/2024/japan-lends-vietnam.php", 10, NULL);
  g_assert_no_error (again.error);
  g_clear_pointer (&name, g_free);
  name = g_file_get_basename (again.file);
  g_assert_cmpstr (name, ==, "japan-lends-vietnam-2.html");
  g_assert_cmpuint (bil_test_count_files (f->dir), ==, 2);
  g_object_unref (again.file);
  g_object_unref (r.file);
}

static void
test_feed (Fixture       *f,
           gconstpointer  data)
{
  Result r = fetch (f, "/feed", 10, NULL);
  g_autofree char *name = NULL;

  g_assert_no_error (r.error);
  name = g_file_get_basename (r.file);
  g_assert_cmpstr (name, ==, "feed.rss");
  g_object_unref (r.file);
}

/* Each failure: an error that says what went wrong, and nothing left in
 * the folder. */
static void
assert_fails (Fixture    *f,
              const char *path,
              guint       timeout,
              const char *message)
{
  Result r = fetch (f, path, timeout, NULL);

  g_assert_null (r.file);
  g_assert_nonnull (r.error);
  if (strstr (r.error->message, message) == NULL)
    g_error ("%s: expected “%s” in “%s”", path, message, r.error->message);
  g_clear_error (&r.error);
  g_assert_cmpuint (bil_test_count_files (f->dir), ==, 0);
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  GTimer *timer = g_timer_new ();

  assert_fails (f, "/nothing-here", 10, "404");
  assert_fails (f, "/loop", 10, "too many redirects");
  assert_fails (f, "/to-file", 10, "redirected to an address not fetched");
  assert_fails (f, "/big", 10, "too large");
  assert_fails (f, "/big-chunked", 10, "too large");
  assert_fails (f, "/image.png", 10, "image/png");
  assert_fails (f, "/data.bin", 10, "application/zip");
  assert_fails (f, "/secret", 10, "401");
  assert_fails (f, "ftp://127.0.0.1/x", 10, "only http and https");
  assert_fails (f, "http://user:pw@127.0.0.1/x", 10, "no credentials");
  assert_fails (f, "not an address", 10, "not a web address");

  /* A server that never answers: given up after the timeout. */
  g_timer_start (timer);
  assert_fails (f, "/slow", 1, "seconds");
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 8);
  g_timer_destroy (timer);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *address = g_strconcat (f->base, "/slow", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  Result r = { 0 };

  bil_fetch_async (address, folder, 30, cancellable, NULL, NULL, done_cb, &r);
  /* Cancelled while it waits for the answer. */
  while (f->paused->len == 0)
    g_main_context_iteration (NULL, TRUE);
  g_cancellable_cancel (cancellable);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&r.error);
  g_assert_cmpuint (bil_test_count_files (f->dir), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/fetch/page", Fixture, NULL, fixture_setup, test_page, fixture_teardown);
  g_test_add ("/core/fetch/feed", Fixture, NULL, fixture_setup, test_feed, fixture_teardown);
  g_test_add ("/core/fetch/failures", Fixture, NULL, fixture_setup, test_failures, fixture_teardown);
  g_test_add ("/core/fetch/cancel", Fixture, NULL, fixture_setup, test_cancel, fixture_teardown);

  return g_test_run ();
}
