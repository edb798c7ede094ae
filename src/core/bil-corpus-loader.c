/* bil-corpus-loader.c: folders, files and manifests into a BilCorpus
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading runs in two steps: collecting the entries (walking folders,
 * reading manifests) and reading the articles, which is spread over one
 * thread per core. Every problem becomes a "PATH: message" warning on the
 * corpus and costs only the thing it concerns.
 */

#define G_LOG_DOMAIN "bil-corpus-loader"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bil-core.h"
#include "bil-corpus-entry.h"
#include "bil-corpus-loader.h"
#include "bil-extractor.h"
#include "bil-feed-reader.h"
#include "bil-jsonl.h"
#include "bil-manifest.h"
#include "bil-ordered-run.h"
#include "bil-partnership.h"
#include "bil-rates.h"

struct _BilCorpusLoader
{
  GObject       parent_instance;

  char        **paths;
  guint         n_threads;
  gboolean      ranged;     /* stream only entries [first, limit) */
  guint         first;
  guint         limit;

  /* Shared with the worker threads. */
  gint          done;
  gint          total;
  gint          notify_pending;
  GMainContext *context;
};

G_DEFINE_FINAL_TYPE (BilCorpusLoader, bil_corpus_loader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bil_corpus_loader_finalize (GObject *object)
{
  BilCorpusLoader *self = (BilCorpusLoader *) object;

  g_strfreev (self->paths);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (bil_corpus_loader_parent_class)->finalize (object);
}

static void
bil_corpus_loader_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BilCorpusLoader *self = BIL_CORPUS_LOADER (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, bil_corpus_loader_get_fraction (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_corpus_loader_class_init (BilCorpusLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bil_corpus_loader_finalize;
  object_class->get_property = bil_corpus_loader_get_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bil_corpus_loader_init (BilCorpusLoader *self)
{
  self->n_threads = MAX (1, g_get_num_processors ());
}

/**
 * bil_corpus_loader_new:
 * @paths: (nullable): folders, article files or manifests; %NULL or empty
 *   for the embedded seed corpus
 */
BilCorpusLoader *
bil_corpus_loader_new (const char * const *paths)
{
  BilCorpusLoader *self = g_object_new (BIL_TYPE_CORPUS_LOADER, NULL);

  if (paths == NULL || paths[0] == NULL)
    {
      const char *embedded[] = { BIL_EMBEDDED_MANIFEST_URI, NULL };
      self->paths = g_strdupv ((char **) embedded);
    }
  else
    self->paths = g_strdupv ((char **) paths);
  return self;
}

void
bil_corpus_loader_set_n_threads (BilCorpusLoader *self,
                                 guint            n_threads)
{
  g_return_if_fail (BIL_IS_CORPUS_LOADER (self));
  self->n_threads = MAX (1, n_threads);
}

/**
 * bil_corpus_loader_set_range:
 *
 * bil_corpus_loader_stream () then reads only the entries @first to
 * @limit - 1 of those bil_corpus_loader_list () gives, and reports only
 * their warnings: the warnings found while collecting the entries are the
 * listing's. A part of a corpus extracted on its own (the map step on
 * several machines) is thus the same as that part of the whole.
 */
void
bil_corpus_loader_set_range (BilCorpusLoader *self,
                             guint            first,
                             guint            limit)
{
  g_return_if_fail (BIL_IS_CORPUS_LOADER (self));
  g_return_if_fail (first <= limit);
  self->ranged = TRUE;
  self->first = first;
  self->limit = limit;
}

double
bil_corpus_loader_get_fraction (BilCorpusLoader *self)
{
  int total, done;

  g_return_val_if_fail (BIL_IS_CORPUS_LOADER (self), 0.0);
  total = g_atomic_int_get (&self->total);
  done = g_atomic_int_get (&self->done);
  return total > 0 ? CLAMP ((double) done / total, 0.0, 1.0) : 0.0;
}

static gboolean
notify_fraction_cb (gpointer data)
{
  BilCorpusLoader *self = data;

  g_atomic_int_set (&self->notify_pending, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  return G_SOURCE_REMOVE;
}

/* How often the fraction is told at most: a progress bar needs no more,
 * and each time wakes the window's thread. With an idle instead, a fast
 * load (100,000 articles, 20,000 a second) kept that thread busy telling
 * it, a fifth of a core taken from the workers on two cores. */
#define NOTIFY_EVERY_MS 40

/* At most one notification is queued at a time, and it waits a little,
 * so a fast load does not flood the main loop. */
static void
schedule_notify (BilCorpusLoader *self)
{
  GSource *source;

  if (self->context == NULL || !g_atomic_int_compare_and_exchange (&self->notify_pending, 0, 1))
    return;
  source = g_timeout_source_new (NOTIFY_EVERY_MS);
  g_source_set_priority (source, G_PRIORITY_LOW);
  g_source_set_callback (source, notify_fraction_cb, g_object_ref (self), g_object_unref);
  g_source_set_static_name (source, "[bilateral] loader progress");
  g_source_attach (source, self->context);
  g_source_unref (source);
}

static char *
display_path (GFile *file)
{
  char *path = g_file_get_path (file);

  return path ? path : g_file_get_uri (file);
}

/* GIO messages often repeat the path; say what went wrong in a few words. */
static const char *
describe_error (const GError *error)
{
  if (error->domain == G_IO_ERROR)
    switch (error->code)
      {
      case G_IO_ERROR_NOT_FOUND: return "no such file or directory";
      case G_IO_ERROR_PERMISSION_DENIED: return "permission denied, cannot read it";
      case G_IO_ERROR_TOO_MANY_LINKS: return "symbolic link loop, skipped";
      case G_IO_ERROR_IS_DIRECTORY: return "is a directory";
      default: break;
      }
  return error->message;
}

static void
warn (GPtrArray  *warnings,
      const char *path,
      const char *message)
{
  g_ptr_array_add (warnings, g_strdup_printf ("%s: %s", path, message));
}

static gboolean
is_article_name (const char *name)
{
  gboolean known = FALSE;

  bil_format_for_name (name, &known);
  return known;
}

static gboolean
is_jsonl_name (const char *name)
{
  return g_str_has_suffix (name, ".jsonl") || g_str_has_suffix (name, ".JSONL");
}

static gboolean
is_manifest_name (const char *name)
{
  return g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".JSON");
}

typedef struct
{
  GPtrArray    *entries;
  GPtrArray    *warnings;
  GHashTable   *visited;   /* folder ids, against symbolic link loops */
  GHashTable   *seen;      /* article paths, so none is loaded twice */
  GCancellable *cancellable;
} Collect;

static void
add_file (Collect    *collect,
          GFile      *file,
          const char *path)
{
  BilCorpusEntry *entry;

  if (!g_hash_table_add (collect->seen, g_strdup (path)))
    return;
  entry = bil_corpus_entry_new (file, path);
  /* A file of a folder, or one named on its own: no manifest, feed or
   * JSONL line says anything of it. */
  entry->standalone = TRUE;
  g_ptr_array_add (collect->entries, entry);
}

/* Why a symbolic link could not be followed, from the system itself. */
static void
warn_broken_link (Collect    *collect,
                  GFile      *file,
                  const char *path)
{
  g_autofree char *local = g_file_get_path (file);
  GStatBuf buf;

  if (local != NULL && g_stat (local, &buf) != 0 && errno == ELOOP)
    warn (collect->warnings, path, "symbolic link loop, skipped");
  else
    warn (collect->warnings, path, "dangling symbolic link, skipped");
}

/* Reads up to @n bytes into @buf; returns how many, 0 at the end, -1 with
 * @error set. */
typedef gssize (*ReadFunc) (gpointer  source,
                            char     *buf,
                            gsize     n,
                            GError  **error);

/* g_file_load_bytes () reads in 8 KB blocks into a buffer that doubles: a
 * 5 KB article kept 16 KB for as long as it was loaded, 3× the corpus at
 * 100,000 articles. Read into a buffer of the file's size (@size, 0 when
 * unknown) plus one byte, so that the read which finds the end needs no
 * more room, and grow only when the size was unknown or the file grew
 * meanwhile. */
static GBytes *
read_sized (guint64    size,
            ReadFunc   read_func,
            gpointer   source,
            GError   **error)
{
  gsize len = 0, cap = size > 0 && size < G_MAXSIZE - 2 ? (gsize) size + 2 : 4096;
  char *buf;

  if ((buf = g_try_malloc (cap)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "too large to hold in memory (%" G_GSIZE_FORMAT " bytes)", cap - 2);
      return NULL;
    }
  for (;;)
    {
      gssize n;

      if (cap - len < 2)
        {
          char *bigger = cap < G_MAXSIZE / 2 ? g_try_realloc (buf, cap * 2) : NULL;

          if (bigger == NULL)
            {
              g_free (buf);
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "too large to hold in memory");
              return NULL;
            }
          buf = bigger;
          cap *= 2;
        }
      n = read_func (source, buf + len, cap - len - 1, error);
      if (n < 0)
        {
          g_free (buf);
          return NULL;
        }
      if (n == 0)
        break;
      len += (gsize) n;
    }
  buf[len] = '\0';
  /* Grown past what it holds: give the rest back. */
  if (cap - len > 4096)
    buf = g_realloc (buf, len + 1);
  return g_bytes_new_take (buf, len);
}

static void
set_errno_error (GError **error,
                 int      saved)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
}

static gssize
read_fd (gpointer   source,
         char      *buf,
         gsize      n,
         GError   **error)
{
  gssize got;

  do
    got = read (GPOINTER_TO_INT (source), buf, n);
  while (got < 0 && errno == EINTR);
  if (got < 0)
    set_errno_error (error, errno);
  return got;
}

typedef struct
{
  GInputStream *in;
  GCancellable *cancellable;
} StreamSource;

static gssize
read_stream (gpointer   source,
             char      *buf,
             gsize      n,
             GError   **error)
{
  StreamSource *s = source;

  return g_input_stream_read (s->in, buf, n, s->cancellable, error);
}

/* A local file is read with open (), fstat () and read (): GIO's stream,
 * its file info and its attribute matcher cost about as much as reading a
 * 5 KB article. Errors carry GIO's codes; other files go through GIO. */
static GBytes *
read_file (GFile        *file,
           GCancellable *cancellable,
           GError      **error)
{
  const char *path = g_file_peek_path (file);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;
  StreamSource source;
  guint64 size = 0;

  if (path != NULL)
    {
      struct stat st;
      GBytes *bytes;
      int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

      if (fd < 0)
        {
          set_errno_error (error, errno);
          return NULL;
        }
      if (fstat (fd, &st) != 0)
        {
          set_errno_error (error, errno);
          bytes = NULL;
        }
      else if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "%s", g_strerror (EISDIR));
          bytes = NULL;
        }
      else
        bytes = read_sized (S_ISREG (st.st_mode) && st.st_size > 0 ? (guint64) st.st_size : 0, read_fd,
                            GINT_TO_POINTER (fd), error);
      close (fd);
      return bytes;
    }

  in = g_file_read (file, cancellable, error);
  if (in == NULL)
    return NULL;
  info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) && g_file_info_get_size (info) > 0)
    size = (guint64) g_file_info_get_size (info);
  source = (StreamSource) { G_INPUT_STREAM (in), cancellable };
  return read_sized (size, read_stream, &source, error);
}

/* A saved feed: each item becomes an entry of its own, "news.rss#3" for
 * the third, its text read now (a feed is one file) and extracted later
 * in the worker threads. A .xml that is no feed is passed over in a
 * folder and named when asked for. */
static void
collect_feed (Collect    *collect,
              GFile      *file,
              const char *path,
              gboolean    asked)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_document_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  gboolean certain = FALSE;
  const char *data;
  gsize len;

  bil_feed_is_name (path, &certain);
  /* Too large: refused before it is read. (A file that cannot be queried
   * is named by the read below.) */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, collect->cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > (goffset) BIL_FEED_MAX_BYTES)
    {
      g_autofree char *message = g_strdup_printf ("feed too large (%" G_GOFFSET_FORMAT " MB, at most %u MB), skipped",
                                                  g_file_info_get_size (info) / (1024 * 1024),
                                                  BIL_FEED_MAX_BYTES / (1024 * 1024));

      warn (collect->warnings, path, message);
      return;
    }
  bytes = read_file (file, collect->cancellable, &error);
  if (bytes == NULL)
    {
      warn (collect->warnings, path, describe_error (error));
      return;
    }
  data = g_bytes_get_data (bytes, &len);
  if (!certain && !bil_feed_sniff (data, len))
    {
      if (asked)
        warn (collect->warnings, path, "not an RSS or Atom feed, skipped");
      return;
    }
  if (!bil_feed_read (data, len, items, notes, &error))
    warn (collect->warnings, path, describe_error (error));
  for (guint i = 0; i < notes->len; i++)
    warn (collect->warnings, path, g_ptr_array_index (notes, i));

  for (guint i = 0; i < items->len; i++)
    {
      BilDocument *doc = g_ptr_array_index (items, i);
      g_autofree char *label = NULL;
      BilCorpusEntry *entry;

      if (doc == NULL)
        continue;
      label = g_strdup_printf ("%s#%u", path, i + 1);
      if (!g_hash_table_add (collect->seen, g_strdup (label)))
        continue;
      entry = bil_corpus_entry_new (NULL, label);
      entry->text = g_bytes_new_take (g_steal_pointer (&doc->text), doc->len);
      entry->meta.title = g_steal_pointer (&doc->title);
      entry->meta.source = g_steal_pointer (&doc->source);
      entry->meta.date = g_steal_pointer (&doc->date);
      entry->meta.url = g_steal_pointer (&doc->url);
      entry->meta.byline = g_steal_pointer (&doc->byline);
      entry->meta.format = BIL_FORMAT_FEED_ITEM;
      entry->meta.origin = BIL_ORIGIN_FEED;
      g_ptr_array_add (collect->entries, entry);
    }
}

static int
compare_infos (gconstpointer a,
               gconstpointer b)
{
  GFileInfo *info_a = *(GFileInfo **) a;
  GFileInfo *info_b = *(GFileInfo **) b;

  return strcmp (g_file_info_get_name (info_a), g_file_info_get_name (info_b));
}

/* "Page_files/" beside "Page.html": what a browser's "Web Page, complete"
 * saves with the page (images, scripts, styles, and framed pages such as
 * ads and widgets, which are no articles of their own). @siblings holds
 * the names of the folder's children. */
static gboolean
is_saved_page_folder (GPtrArray  *siblings,
                      const char *name)
{
  static const char *const pages[] = { ".html", ".htm", ".xhtml", ".shtml" };
  gsize len = strlen (name);

  if (len <= 6 || strcmp (name + len - 6, "_files") != 0)
    return FALSE;
  for (guint i = 0; i < siblings->len; i++)
    {
      const char *other = g_ptr_array_index (siblings, i);

      for (guint k = 0; k < G_N_ELEMENTS (pages); k++)
        if (strncmp (other, name, len - 6) == 0 && g_ascii_strcasecmp (other + len - 6, pages[k]) == 0)
          return TRUE;
    }
  return FALSE;
}

/* A folder's child, whatever lists it: a regular file is an article or a
 * feed, a folder is walked, a link that leads nowhere is named. */
static void walk_folder (Collect *collect, GFile *folder, const char *id);

static void
visit_child (Collect    *collect,
             GPtrArray  *siblings,
             const char *name,
             GFileType   type,
             const char *id,
             GFile      *child,
             const char *path)
{
  switch (type)
    {
    case G_FILE_TYPE_DIRECTORY:
      if (!is_saved_page_folder (siblings, name))
        walk_folder (collect, child, id);
      break;
    case G_FILE_TYPE_REGULAR:
      if (is_article_name (name))
        add_file (collect, child, path);
      else if (bil_feed_is_name (name, NULL))
        collect_feed (collect, child, path, FALSE);
      break;
    case G_FILE_TYPE_SYMBOLIC_LINK:
      warn_broken_link (collect, child, path);
      break;
    default:
      break;
    }
}

/* GIO's id::file of a local file, so that folders reached either way are
 * told apart by the same key. */
static char *
local_file_id (const struct stat *st)
{
  return g_strdup_printf ("l%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT, (guint64) st->st_dev, (guint64) st->st_ino);
}

typedef struct
{
  char  *name;
  guint8 type;   /* DT_REG, DT_DIR…, as the folder's entry says */
} LocalChild;

static void
clear_local_child (gpointer data)
{
  g_free (((LocalChild *) data)->name);
}

static int
compare_local_children (gconstpointer a,
                        gconstpointer b)
{
  return strcmp (((const LocalChild *) a)->name, ((const LocalChild *) b)->name);
}

static GFileType
file_type_of_mode (mode_t mode)
{
  return S_ISDIR (mode) ? G_FILE_TYPE_DIRECTORY : S_ISREG (mode) ? G_FILE_TYPE_REGULAR : G_FILE_TYPE_SPECIAL;
}

/*
 * A folder of this machine, listed with readdir (): a file's type comes
 * from its directory entry, and only folders and links are stat ()ed,
 * where GIO's enumerator stats every file and builds a GFileInfo of it
 * (100,000 files: 0.44 s of a 5 s load on two cores). Returns FALSE,
 * having done nothing, when the folder cannot be opened: GIO then says
 * why, as for any other folder.
 */
static gboolean
walk_local_folder (Collect    *collect,
                   const char *folder_path)
{
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (LocalChild));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  gsize dir_len = strlen (folder_path);
  gboolean root = dir_len > 0 && folder_path[dir_len - 1] == G_DIR_SEPARATOR;
  struct dirent *d;
  DIR *dir = opendir (folder_path);

  if (dir == NULL)
    return FALSE;

  g_array_set_clear_func (children, clear_local_child);
  errno = 0;
  while ((d = readdir (dir)) != NULL)
    {
      /* Hidden files, "." and ".." are never read. */
      if (d->d_name[0] != '.')
        {
          LocalChild c = { g_strdup (d->d_name), d->d_type };
          g_array_append_val (children, c);
        }
      errno = 0;
    }
  if (errno != 0)
    warn (collect->warnings, folder_path, g_strerror (errno));
  closedir (dir);

  /* A stable order whatever the file system returns. */
  g_array_sort (children, compare_local_children);
  for (guint i = 0; i < children->len; i++)
    g_ptr_array_add (names, g_array_index (children, LocalChild, i).name);

  for (guint i = 0; i < names->len && !g_cancellable_is_cancelled (collect->cancellable); i++)
    {
      const char *name = g_array_index (children, LocalChild, i).name;
      guint8 d_type = g_array_index (children, LocalChild, i).type;
      g_autofree char *path = root ? g_strconcat (folder_path, name, NULL)
                                   : g_strconcat (folder_path, G_DIR_SEPARATOR_S, name, NULL);
      g_autoptr(GFile) child = NULL;
      g_autofree char *id = NULL;
      GFileType type;
      struct stat st;

      switch (d_type)
        {
        case DT_REG:
          type = G_FILE_TYPE_REGULAR;
          break;
        case DT_DIR:
        case DT_LNK:
        case DT_UNKNOWN:
          /* Links are followed, as GIO does; one that leads nowhere stays
           * a link. */
          if (stat (path, &st) == 0)
            type = file_type_of_mode (st.st_mode);
          else if (d_type == DT_LNK || (lstat (path, &st) == 0 && S_ISLNK (st.st_mode)))
            type = G_FILE_TYPE_SYMBOLIC_LINK;
          else
            continue;   /* gone since it was listed */
          if (type == G_FILE_TYPE_DIRECTORY)
            id = local_file_id (&st);
          break;
        default:
          type = G_FILE_TYPE_SPECIAL;
          break;
        }
      if (type == G_FILE_TYPE_SPECIAL)
        continue;
      child = g_file_new_for_path (path);
      visit_child (collect, names, name, type, id, child, path);
    }
  return TRUE;
}

static void
walk_folder (Collect    *collect,
             GFile      *folder,
             const char *id)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *folder_path = display_path (folder);
  const char *local = g_file_peek_path (folder);
  GFileInfo *info;

  if (id != NULL && !g_hash_table_add (collect->visited, g_strdup (id)))
    {
      warn (collect->warnings, folder_path, "symbolic link loop (folder already visited), skipped");
      return;
    }

  if (local != NULL && walk_local_folder (collect, local))
    return;

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN ","
                                          G_FILE_ATTRIBUTE_ID_FILE,
                                          G_FILE_QUERY_INFO_NONE, collect->cancellable, &error);
  if (enumerator == NULL)
    {
      warn (collect->warnings, folder_path, describe_error (error));
      return;
    }
  while ((info = g_file_enumerator_next_file (enumerator, collect->cancellable, &error)))
    g_ptr_array_add (children, info);
  if (error != NULL)
    warn (collect->warnings, folder_path, describe_error (error));

  /* A stable order whatever the file system returns. */
  g_ptr_array_sort (children, compare_infos);
  for (guint i = 0; i < children->len; i++)
    g_ptr_array_add (names, (gpointer) g_file_info_get_name (g_ptr_array_index (children, i)));

  for (guint i = 0; i < children->len && !g_cancellable_is_cancelled (collect->cancellable); i++)
    {
      GFileInfo *child_info = g_ptr_array_index (children, i);
      const char *name = g_file_info_get_name (child_info);
      g_autoptr(GFile) child = NULL;
      g_autofree char *path = NULL;

      if (name[0] == '.')
        continue;
      child = g_file_get_child (folder, name);
      path = display_path (child);
      visit_child (collect, names, name, g_file_info_get_file_type (child_info),
                   g_file_info_get_attribute_string (child_info, G_FILE_ATTRIBUTE_ID_FILE), child, path);
    }
}

/* Every line of a pre-extracted corpus becomes an entry, parsed later in
 * the worker threads. */
static void
collect_jsonl (Collect    *collect,
               GFile      *file,
               const char *path)
{
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GDataInputStream) data = NULL;
  g_autoptr(GError) error = NULL;
  char *line;
  gsize len;
  guint number = 0;

  input = g_file_read (file, collect->cancellable, &error);
  if (input == NULL)
    {
      warn (collect->warnings, path, describe_error (error));
      return;
    }
  data = g_data_input_stream_new (G_INPUT_STREAM (input));
  while ((line = g_data_input_stream_read_line (data, &len, collect->cancellable, &error)))
    {
      g_autofree char *where = NULL;
      BilCorpusEntry *entry;

      number++;
      if (strspn (line, " \t\r") == len)
        {
          g_free (line);
          continue;
        }
      where = g_strdup_printf ("%s:%u", path, number);
      entry = bil_corpus_entry_new (NULL, where);
      entry->record = g_bytes_new_take (line, len);
      g_ptr_array_add (collect->entries, entry);
    }
  if (error != NULL)
    warn (collect->warnings, path, describe_error (error));
}

static void
collect_path (Collect    *collect,
              const char *arg,
              char      **name)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autofree char *path = display_path (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_ID_FILE,
                            G_FILE_QUERY_INFO_NONE, collect->cancellable, &error);
  if (info == NULL)
    {
      warn (collect->warnings, path, describe_error (error));
      return;
    }

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      if (name)
        *name = g_str_has_prefix (arg, BIL_EMBEDDED_CORPUS_URI)
          ? g_strdup (_("Seed corpus"))
          : g_file_get_basename (file);
      walk_folder (collect, file, g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE));
      break;

    case G_FILE_TYPE_SYMBOLIC_LINK:
      warn_broken_link (collect, file, path);
      break;

    default:
      if (bil_feed_is_name (path, NULL))
        {
          if (name)
            *name = g_file_get_basename (file);
          collect_feed (collect, file, path, TRUE);
        }
      else if (is_jsonl_name (path))
        {
          if (name)
            {
              g_autofree char *base = g_file_get_basename (file);
              *name = g_strndup (base, strlen (base) - strlen (".jsonl"));
            }
          collect_jsonl (collect, file, path);
        }
      else if (is_manifest_name (path))
        {
          g_autoptr(GPtrArray) entries = g_ptr_array_new ();
          g_autofree char *manifest_name = NULL;

          if (!bil_manifest_read (file, path, entries, &manifest_name, collect->warnings, &error))
            {
              g_ptr_array_add (collect->warnings, g_strdup (error->message));
              return;
            }
          for (guint i = 0; i < entries->len; i++)
            {
              BilCorpusEntry *entry = g_ptr_array_index (entries, i);

              /* A feed the manifest names stands for its items. */
              if (entry->file != NULL && bil_feed_is_name (entry->path, NULL))
                {
                  collect_feed (collect, entry->file, entry->path, TRUE);
                  bil_corpus_entry_free (entry);
                }
              else if (entry->file != NULL && !g_hash_table_add (collect->seen, g_strdup (entry->path)))
                bil_corpus_entry_free (entry);
              else
                g_ptr_array_add (collect->entries, entry);
            }
          if (name)
            {
              g_autofree char *base = g_file_get_basename (file);
              *name = g_str_has_prefix (arg, BIL_EMBEDDED_CORPUS_URI) ? g_strdup (_("Seed corpus"))
                      : manifest_name ? g_steal_pointer (&manifest_name)
                                      : g_strndup (base, strlen (base) - strlen (".json"));
            }
        }
      else
        {
          if (name)
            *name = g_file_get_basename (file);
          add_file (collect, file, path);
        }
      break;
    }
}

typedef struct
{
  BilCorpusLoader *self;
  GPtrArray       *entries;
  BilArticle     **articles;
  GPtrArray      **warnings;   /* per entry, created when needed */
  GCancellable    *cancellable;
  BilLexicon      *lexicon;
  gint             next;
  guint            limit;     /* entries [next, limit) are left to read */
} Work;

static void
load_entry (Work  *work,
            guint  i)
{
  BilCorpusEntry *entry = g_ptr_array_index (work->entries, i);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);

  if (entry->record != NULL)
    {
      gsize len;
      const char *line = g_bytes_get_data (entry->record, &len);

      /* Pre-extracted: what was read is kept, not read again. */
      work->articles[i] = bil_article_new_from_json_line (line, len, entry->path, warnings, &error);
      g_clear_pointer (&entry->record, g_bytes_unref);
    }
  else
    {
      if (entry->text != NULL)
        bytes = g_bytes_ref (entry->text);
      else
        bytes = read_file (entry->file, work->cancellable, &error);

      if (bytes != NULL)
        work->articles[i] = bil_article_new_from_bytes (entry->path, bytes, &entry->meta, warnings, &error);
      if (work->articles[i] != NULL)
        bil_article_set_facts (work->articles[i], bil_extract_article (work->articles[i], work->lexicon));
    }
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    warn (warnings, entry->path, describe_error (error));
  if (warnings->len > 0)
    work->warnings[i] = g_steal_pointer (&warnings);
  /* Read: its file, path and names are the article's now. Freed here, not
   * with the corpus's last article, they leave room for the next ones
   * (100,000 entries: tens of MB of the peak). */
  g_clear_pointer (&g_ptr_array_index (work->entries, i), bil_corpus_entry_free);
}

static gpointer
worker (gpointer data)
{
  Work *work = data;
  guint i;

  while ((i = (guint) g_atomic_int_add (&work->next, 1)) < work->limit)
    {
      if (g_cancellable_is_cancelled (work->cancellable))
        break;
      load_entry (work, i);
      g_atomic_int_inc (&work->self->done);
      schedule_notify (work->self);
    }
  return NULL;
}

static void
work_init (Work            *work,
           BilCorpusLoader *self,
           GPtrArray       *entries,
           GCancellable    *cancellable)
{
  work->self = self;
  work->entries = entries;
  work->articles = g_new0 (BilArticle *, entries->len + 1);
  work->warnings = g_new0 (GPtrArray *, entries->len + 1);
  work->cancellable = cancellable;
  work->lexicon = bil_lexicon_get_default ();
}

/* Reads entries [first, limit) on one thread per core, this one included. */
static void
run_workers (BilCorpusLoader *self,
             Work            *work,
             guint            first,
             guint            limit)
{
  guint n_threads = MIN (self->n_threads, MAX (1, limit - first));
  g_autofree GThread **threads = g_new0 (GThread *, n_threads);

  g_atomic_int_set (&work->next, (int) first);
  work->limit = limit;
  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("bil-loader", worker, work);
  worker (work);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
}

static char *
corpus_name (const char * const *paths,
             const char         *first_name)
{
  guint n = g_strv_length ((char **) paths);

  if (n <= 1)
    return g_strdup (first_name ? first_name : "");
  /* TRANSLATORS: a corpus opened from several paths: "news and 2 more" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more", n - 1),
                          first_name ? first_name : "", n - 1);
}

static gboolean
collect_all (BilCorpusLoader  *self,
             Collect          *collect,
             char            **first_name,
             GError          **error)
{
  bil_core_init ();
  g_atomic_int_set (&self->done, 0);
  g_atomic_int_set (&self->total, 0);

  for (guint i = 0; self->paths[i] != NULL; i++)
    {
      g_autofree char *path_name = NULL;

      collect_path (collect, self->paths[i], &path_name);
      if (*first_name == NULL)
        *first_name = g_steal_pointer (&path_name);
      if (g_cancellable_set_error_if_cancelled (collect->cancellable, error))
        return FALSE;
    }
  g_atomic_int_set (&self->total, (int) collect->entries->len);
  return TRUE;
}

/* Entry @i's warnings to @warnings, its article to @func, then both let go. */
static void
hand_over (Work           *work,
           guint           i,
           BilArticleFunc  func,
           gpointer        user_data,
           GPtrArray      *warnings)
{
  if (work->warnings[i] != NULL)
    {
      for (guint k = 0; k < work->warnings[i]->len; k++)
        g_ptr_array_add (warnings, g_strdup (g_ptr_array_index (work->warnings[i], k)));
      g_clear_pointer (&work->warnings[i], g_ptr_array_unref);
    }
  if (work->articles[i] != NULL)
    {
      func (work->articles[i], user_data);
      g_clear_object (&work->articles[i]);
    }
}

/* What the stream's workers and this thread share (bil_ordered_run ()). */
typedef struct
{
  Work           *work;
  BilRateTable   *table;
  BilArticleFunc  func;
  gpointer        user_data;
  GPtrArray      *warnings;
} Stream;

/* On a worker: entry @i read, extracted and converted. */
static void
stream_read (guint    i,
             gpointer data)
{
  Stream *s = data;

  if (!g_cancellable_is_cancelled (s->work->cancellable))
    {
      load_entry (s->work, i);
      if (s->work->articles[i] != NULL)
        bil_convert_article (s->work->articles[i], s->table);
    }
  g_atomic_int_inc (&s->work->self->done);
  schedule_notify (s->work->self);
}

/* On this thread, in order. */
static gboolean
stream_hand_over (guint    i,
                  gpointer data)
{
  Stream *s = data;

  hand_over (s->work, i, s->func, s->user_data, s->warnings);
  return !g_cancellable_is_cancelled (s->work->cancellable);
}

/* Entries [start, end) read by workers, at most @window ahead, while this
 * thread hands each, in order, to @func: writing an article's JSONL costs
 * about what reading it does, and no longer waits for a batch to be read. */
static void
stream_pipelined (BilCorpusLoader *self,
                  Work            *work,
                  guint            start,
                  guint            end,
                  guint            window,
                  BilArticleFunc   func,
                  gpointer         user_data,
                  GPtrArray       *warnings)
{
  Stream s = { work, bil_rate_table_get_default (), func, user_data, warnings };
  /* A worker per core, though this thread is busy too: since writing a
   * line costs less than reading its article (bil-format.c), the writer
   * leaves a core part idle with one worker fewer. On two cores, 100,000
   * articles' JSONL: 6.58–6.71 s, against 7.74–7.90 s with one worker
   * (that was the faster one when writing cost what reading did: 7.9 s
   * against 8.7–9.0 s), and 10.7–12.0 s reading in batches. */
  guint n_threads = MAX (1, MIN (self->n_threads, end - start));
  guint i = bil_ordered_run (start, end, n_threads, window, "bil-loader", stream_read, stream_hand_over, &s);

  /* Cancelled: what was read and not handed over is let go. */
  for (; i < end; i++)
    {
      g_clear_pointer (&work->warnings[i], g_ptr_array_unref);
      g_clear_object (&work->articles[i]);
    }
}

/**
 * bil_corpus_loader_stream:
 * @func: called on this thread with each article, in order, which is
 *   dropped right after
 * @warnings: receives "PATH: message" strings
 *
 * Reads the corpus in batches, so memory stays bounded whatever its size.
 * US$ values use the article's own rates and the table only: the rest of
 * the corpus is not at hand.
 */
gboolean
bil_corpus_loader_stream (BilCorpusLoader  *self,
                          BilArticleFunc    func,
                          gpointer          user_data,
                          GPtrArray        *warnings,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_corpus_entry_free);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) listing_warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *first_name = NULL;
  Collect collect = { entries, self->ranged ? listing_warnings : warnings, visited, seen, cancellable };
  Work work = { 0 };
  const guint batch = 64 * MAX (1, self->n_threads);
  BilRateTable *table = bil_rate_table_get_default ();
  guint start = 0, end;

  g_return_val_if_fail (BIL_IS_CORPUS_LOADER (self), FALSE);

  if (!collect_all (self, &collect, &first_name, error))
    return FALSE;
  end = entries->len;
  if (self->ranged)
    {
      /* Only the part asked for is read; the rest is let go at once. */
      start = MIN (self->first, entries->len);
      end = MIN (self->limit, entries->len);
      for (guint i = 0; i < entries->len; i++)
        if (i < start || i >= end)
          g_clear_pointer (&g_ptr_array_index (entries, i), bil_corpus_entry_free);
    }

  work_init (&work, self, entries, cancellable);

  if (self->n_threads > 1 && end - start > 1)
    stream_pipelined (self, &work, start, end, batch, func, user_data, warnings);
  else
    for (guint first = start; first < end; first += batch)
      {
        guint limit = MIN (first + batch, end);

        run_workers (self, &work, first, limit);
        for (guint i = first; i < limit; i++)
          {
            if (work.articles[i] != NULL)
              bil_convert_article (work.articles[i], table);
            hand_over (&work, i, func, user_data, warnings);
          }
        if (g_cancellable_is_cancelled (cancellable))
          break;
      }
  g_free (work.articles);
  g_free (work.warnings);

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static guint64
entry_size (BilCorpusEntry *entry,
            GCancellable   *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;

  if (entry->record != NULL)
    return g_bytes_get_size (entry->record);
  if (entry->text != NULL)
    return g_bytes_get_size (entry->text);
  if (entry->file == NULL)
    return 0;
  /* One that cannot be queried is named when it is read. */
  info = g_file_query_info (entry->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  return info != NULL ? (guint64) MAX (g_file_info_get_size (info), 0) : 0;
}

/**
 * bil_corpus_loader_list:
 * @func: called with each entry's index, path (as articles and warnings
 *   name it), size in bytes and whether its path alone, given as an
 *   argument, reads it the same (a file of a folder, or one named on its
 *   own; not a manifest's entry, a feed's item or a JSONL line), in the
 *   order the corpus reads them
 * @warnings: receives the "PATH: message" strings of the collection
 *   (missing paths, bad manifest entries, feeds that cannot be read…)
 *
 * Lists what the corpus would read, without reading it: the plan for
 * extracting it in parts (bil_corpus_loader_set_range ()).
 */
gboolean
bil_corpus_loader_list (BilCorpusLoader  *self,
                        BilEntryFunc      func,
                        gpointer          user_data,
                        GPtrArray        *warnings,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_corpus_entry_free);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *first_name = NULL;
  Collect collect = { entries, warnings, visited, seen, cancellable };

  g_return_val_if_fail (BIL_IS_CORPUS_LOADER (self), FALSE);

  if (!collect_all (self, &collect, &first_name, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      BilCorpusEntry *entry = g_ptr_array_index (entries, i);

      func (i, entry->path, entry_size (entry, cancellable), entry->standalone, user_data);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

typedef struct
{
  BilCorpus  *corpus;
  BilLexicon *lexicon;
} PairsJob;

static gpointer
compute_partnerships (gpointer data)
{
  PairsJob *job = data;

  return bil_partnerships_compute (job->corpus, job->lexicon);
}

/**
 * bil_corpus_loader_load:
 *
 * Loads the corpus in the calling thread, using worker threads for the
 * articles. Fails only when cancelled: problems with single files are
 * warnings on the corpus.
 *
 * Returns: (transfer full): the corpus
 */
BilCorpus *
bil_corpus_loader_load (BilCorpusLoader  *self,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) bil_corpus_entry_free);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(BilCorpus) corpus = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *name = NULL;
  Collect collect = { entries, warnings, visited, seen, cancellable };
  Work work = { 0 };
  gint64 t0 = g_get_monotonic_time (), t1, t2;

  g_return_val_if_fail (BIL_IS_CORPUS_LOADER (self), NULL);

  if (!collect_all (self, &collect, &first_name, error))
    return NULL;
  t1 = g_get_monotonic_time ();

  work_init (&work, self, entries, cancellable);

  run_workers (self, &work, 0, entries->len);
  t2 = g_get_monotonic_time ();
  /* Every path read: what kept them from being read twice can go. */
  g_hash_table_remove_all (seen);
  g_hash_table_remove_all (visited);

  name = corpus_name ((const char * const *) self->paths, first_name);
  corpus = bil_corpus_new (name);
  for (guint i = 0; i < warnings->len; i++)
    bil_corpus_add_warning (corpus, g_ptr_array_index (warnings, i));
  for (guint i = 0; i < entries->len; i++)
    {
      if (work.warnings[i] != NULL)
        {
          for (guint k = 0; k < work.warnings[i]->len; k++)
            bil_corpus_add_warning (corpus, g_ptr_array_index (work.warnings[i], k));
          g_ptr_array_unref (work.warnings[i]);
        }
      if (work.articles[i] != NULL)
        {
          bil_corpus_add_article (corpus, work.articles[i]);
          g_object_unref (work.articles[i]);
        }
    }
  g_free (work.articles);
  g_free (work.warnings);

  /* What needs the whole corpus: rates stated elsewhere, pairs, and the
   * index. They read and write different parts of the facts (the
   * figures' US$; the pairs; the countries and sectors), so with a second
   * core the pairs are counted on it meanwhile (100,000 articles: 0.55 s
   * → 0.3 s). */
  bil_corpus_set_paths (corpus, (const char * const *) self->paths);
  {
    GThread *pairs_thread = NULL;
    PairsJob job = { corpus, work.lexicon };
    GPtrArray *partnerships;

    if (self->n_threads > 1)
      pairs_thread = g_thread_new ("bil-partnerships", compute_partnerships, &job);
    bil_convert_corpus (corpus, bil_rate_table_get_default ());
    bil_corpus_index (corpus);
    partnerships = pairs_thread ? g_thread_join (pairs_thread) : compute_partnerships (&job);
    bil_corpus_set_partnerships (corpus, partnerships);
  }
  /* G_MESSAGES_DEBUG=bil-corpus-loader: where a load's time goes. */
  g_debug ("%u entries: listed in %.3f s, read and extracted in %.3f s (%u threads), the corpus-wide rest in %.3f s",
           entries->len, (t1 - t0) / 1e6, (t2 - t1) / 1e6, self->n_threads, (g_get_monotonic_time () - t2) / 1e6);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&corpus);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  BilCorpusLoader *self = source_object;
  GError *error = NULL;
  BilCorpus *corpus = bil_corpus_loader_load (self, cancellable, &error);

  if (corpus != NULL)
    g_task_return_pointer (task, corpus, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
bil_corpus_loader_load_async (BilCorpusLoader     *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BIL_IS_CORPUS_LOADER (self));

  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bil_corpus_loader_load_async);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

BilCorpus *
bil_corpus_loader_load_finish (BilCorpusLoader  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
