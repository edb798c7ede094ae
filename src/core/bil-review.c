/* bil-review.c: the user's corrections, kept beside the corpus
 *
 * A correction names its figure by the article's file, a SHA-256 of the
 * article's bytes and the amount's byte span: reopening the corpus finds
 * the same figure, and an article that changed since is reported, its
 * corrections kept (not applied, not dropped). Corrections are applied to
 * the extracted figures in place; a copy of each touched article's figures
 * as extracted is kept, so that undoing a correction restores them.
 *
 * The file is written atomically beside the corpus folder or manifest
 * ("news" → "news.bilateral-review.json"), or in the user's data folder
 * when that place cannot be written. The corpus is never written. Its
 * reading and writing are in bil-review-file.c.
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-review"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bil-corpus-loader.h"
#include "bil-error.h"
#include "bil-rates.h"
#include "bil-review-private.h"

G_DEFINE_FINAL_TYPE (BilReview, bil_review, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

void
_bil_review_correction_free (gpointer data)
{
  Correction *c = data;

  g_free (c->file);
  g_free (c->sha256);
  g_free (c->text);
  g_free (c);
}

static Correction *
correction_copy (const Correction *c)
{
  Correction *copy = g_memdup2 (c, sizeof *c);

  copy->file = g_strdup (c->file);
  copy->sha256 = g_strdup (c->sha256);
  copy->text = g_strdup (c->text);
  return copy;
}

static GPtrArray *
corrections_copy (GPtrArray *corrections)
{
  GPtrArray *copy = g_ptr_array_new_full (corrections->len, _bil_review_correction_free);

  for (guint i = 0; i < corrections->len; i++)
    g_ptr_array_add (copy, correction_copy (g_ptr_array_index (corrections, i)));
  return copy;
}

static void
bil_review_finalize (GObject *object)
{
  BilReview *self = BIL_REVIEW (object);

  g_free (self->path);
  g_free (self->fallback);
  g_free (self->used);
  g_ptr_array_unref (self->corrections);
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_hash_table_unref (self->pristine);
  g_hash_table_unref (self->hashes);
  g_ptr_array_unref (self->notes);
  g_ptr_array_unref (self->messages);
  G_OBJECT_CLASS (bil_review_parent_class)->finalize (object);
}

static void
bil_review_class_init (BilReviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bil_review_finalize;

  /**
   * BilReview::changed:
   *
   * A correction was made, undone or redone: apply the review again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bil_review_init (BilReview *self)
{
  self->corrections = g_ptr_array_new_with_free_func (_bil_review_correction_free);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->pristine = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) g_array_unref);
  self->hashes = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->messages = g_ptr_array_new_with_free_func (g_free);
}

/**
 * bil_review_new:
 * @path: where the review belongs, beside the corpus
 * @fallback_path: (nullable): where it goes when @path cannot be written
 */
BilReview *
bil_review_new (const char *path,
                const char *fallback_path)
{
  BilReview *self = g_object_new (BIL_TYPE_REVIEW, NULL);

  self->path = g_strdup (path);
  self->fallback = g_strdup (fallback_path);
  self->used = g_strdup (path);
  return self;
}

static char *
strip_extension (const char *name)
{
  const char *dot = strrchr (name, '.');

  return dot && dot != name ? g_strndup (name, dot - name) : g_strdup (name);
}

/**
 * bil_review_new_for_paths:
 * @paths: (nullable): what the corpus was opened from
 *
 * A review beside the first path: "news/" → "news.bilateral-review.json",
 * "news/manifest.json" → "news/manifest.bilateral-review.json"; the
 * embedded corpus, or a place that cannot be written, falls back to
 * $XDG_DATA_HOME/bilateral/reviews, under a name unique to the path.
 */
BilReview *
bil_review_new_for_paths (const char * const *paths)
{
  const char *first = paths && paths[0] ? paths[0] : BIL_EMBEDDED_CORPUS_URI;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (first);
  g_autofree char *local = g_file_get_path (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *stem = NULL;
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  g_autofree char *beside = NULL;
  g_autofree char *fallback_name = NULL;
  g_autofree char *fallback = NULL;

  if (base == NULL || *base == '\0' || strcmp (base, "/") == 0)
    {
      g_free (base);
      base = g_strdup ("corpus");
    }
  stem = g_file_test (local ? local : "", G_FILE_TEST_IS_DIR) ? g_strdup (base) : strip_extension (base);
  if (local != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (local);
      g_autofree char *name = g_strconcat (stem, BIL_REVIEW_SUFFIX, NULL);

      beside = g_build_filename (dir, name, NULL);
    }
  digest[12] = '\0';
  fallback_name = g_strdup_printf ("%s-%s%s", stem, digest, BIL_REVIEW_SUFFIX);
  fallback = g_build_filename (g_get_user_data_dir (), "bilateral", "reviews", fallback_name, NULL);
  return bil_review_new (beside ? beside : fallback, fallback);
}

/**
 * bil_review_open:
 * @warnings: where a review that cannot be read is reported
 *
 * The review of the corpus opened from @paths, read: what the command line
 * and the window use.
 */
BilReview *
bil_review_open (const char * const *paths,
                 GPtrArray          *warnings)
{
  BilReview *self = bil_review_new_for_paths (paths);
  g_autoptr(GError) error = NULL;

  if (!bil_review_load (self, &error))
    g_ptr_array_add (warnings, g_strdup_printf (_("%s: corrections not used"), error->message));
  return self;
}

/**
 * bil_review_open_for_corpus:
 *
 * Reads @corpus's review and applies it; what could not be read or applied
 * joins the corpus's warnings.
 *
 * Returns: (transfer full): the review, to edit and save
 */
BilReview *
bil_review_open_for_corpus (BilCorpus *corpus)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  BilReview *self = bil_review_open (bil_corpus_get_paths (corpus), warnings);
  g_autoptr(GPtrArray) messages = NULL;

  bil_review_apply (self, corpus);
  messages = bil_review_get_messages (self);
  g_ptr_array_extend_and_steal (warnings, g_steal_pointer (&messages));
  for (guint i = 0; i < warnings->len; i++)
    bil_corpus_add_warning (corpus, g_ptr_array_index (warnings, i));
  return self;
}

/* Where the review was read from or last written to. */
const char *
bil_review_get_path (BilReview *self)
{
  g_return_val_if_fail (BIL_IS_REVIEW (self), NULL);
  return self->used;
}

guint
bil_review_get_n_corrections (BilReview *self)
{
  g_return_val_if_fail (BIL_IS_REVIEW (self), 0);
  return self->corrections->len;
}

/**
 * bil_review_get_messages:
 *
 * Problems met reading, writing and last applying the review, each naming
 * its file: shown to the user, never fatal.
 *
 * Returns: (transfer full): a GPtrArray of strings
 */
GPtrArray *
bil_review_get_messages (BilReview *self)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (BIL_IS_REVIEW (self), all);
  for (guint i = 0; i < self->notes->len; i++)
    g_ptr_array_add (all, g_strdup (g_ptr_array_index (self->notes, i)));
  for (guint i = 0; i < self->messages->len; i++)
    g_ptr_array_add (all, g_strdup (g_ptr_array_index (self->messages, i)));
  return all;
}

/* ---- applying --------------------------------------------------------- */

static const char *
article_hash (BilReview  *self,
              BilArticle *article)
{
  char *hash = g_hash_table_lookup (self->hashes, article);

  if (hash == NULL)
    {
      hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bil_article_get_bytes (article));
      g_hash_table_insert (self->hashes, g_object_ref (article), hash);
    }
  return hash;
}

static GArray *
figures_of (BilArticle *article)
{
  const BilFacts *facts = bil_article_get_facts (article);

  return facts ? facts->figures : NULL;
}

/* A figure for text the extractor did not read as one: the amount the
 * selection holds, else the one the user typed (@edit), in the selection's
 * sentence, dated by the article. */
static gboolean
new_figure (BilArticle          *article,
            gsize                start,
            gsize                end,
            const BilFigureEdit *edit,
            BilFigure           *f)
{
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));
  g_autoptr(GArray) rates = g_array_new (FALSE, FALSE, sizeof (BilRateStatement));
  gsize len;
  const char *text = bil_article_get_text (article, &len);
  const BilSpan *sentences;
  guint n_sentences;
  int s;

  if (end > len || start >= end)
    return FALSE;
  memset (f, 0, sizeof *f);
  bil_money_scan (text, start, end, amounts, rates);
  if (amounts->len > 0)
    f->money = g_array_index (amounts, BilMoney, 0);
  else if (edit && (edit->fields & BIL_FIELD_VALUE) && (edit->fields & BIL_FIELD_CURRENCY))
    {
      f->money.value = f->money.number = edit->value;
      f->money.scale = 1;
      f->money.low = f->money.high = NAN;
      memcpy (f->money.currency, edit->currency, 4);
      f->money.rule = BIL_CURRENCY_BY_CODE;
    }
  else
    return FALSE;
  f->money.start = start;
  f->money.end = end;
  f->from = f->to = -1;
  f->metric = BIL_METRIC_OTHER;
  f->usd = NAN;
  f->year = MAX (0, bil_article_get_year (article));
  sentences = bil_article_get_sentences (article, &n_sentences);
  s = bil_article_find_sentence (article, start);
  if (s >= 0 && (guint) s < n_sentences)
    {
      f->sentence_start = MIN (sentences[s].start, start);
      f->sentence_end = MAX (sentences[s].end, end);
    }
  else
    {
      f->sentence_start = start;
      f->sentence_end = end;
    }
  f->review = BIL_REVIEW_ADDED;
  return TRUE;
}

static void
apply_edit (BilFigure           *f,
            const BilFigureEdit *e)
{
  f->corrected |= e->fields;
  if (e->fields & BIL_FIELD_VALUE)
    {
      f->money.value = e->value;
      f->money.low = f->money.high = NAN;
      f->money.vague = FALSE;
    }
  if (e->fields & BIL_FIELD_CURRENCY)
    memcpy (f->money.currency, e->currency, 4);
  if (e->fields & BIL_FIELD_METRIC)
    f->metric = e->metric;
  if (e->fields & BIL_FIELD_FROM)
    f->from = e->from;
  if (e->fields & BIL_FIELD_TO)
    f->to = e->to;
  if (e->fields & BIL_FIELD_YEAR)
    {
      f->year = e->year;
      f->year_stated = e->year > 0;
      f->year_start = f->year_end = 0;
    }
}

static int
compare_figure_start (gconstpointer a,
                      gconstpointer b)
{
  const BilFigure *x = a, *y = b;

  return x->money.start < y->money.start ? -1 : x->money.start > y->money.start;
}

static void
apply_to_article (BilReview  *self,
                  BilArticle *article,
                  GPtrArray  *corrections)
{
  GArray *figures = figures_of (article);
  GArray *pristine;
  guint stale = 0, unmatched = 0;
  gboolean added = FALSE;

  if (figures == NULL)
    return;
  /* Start again from what was extracted. */
  if ((pristine = g_hash_table_lookup (self->pristine, article)))
    {
      g_array_set_size (figures, 0);
      g_array_append_vals (figures, pristine->data, pristine->len);
    }
  else if (corrections != NULL && corrections->len > 0)
    {
      pristine = g_array_sized_new (FALSE, FALSE, sizeof (BilFigure), figures->len);
      g_array_append_vals (pristine, figures->data, figures->len);
      g_hash_table_insert (self->pristine, g_object_ref (article), pristine);
    }
  if (corrections == NULL)
    return;

  for (guint i = 0; i < corrections->len; i++)
    {
      const Correction *c = g_ptr_array_index (corrections, i);
      BilFigure *f;
      int k;

      if (strcmp (c->sha256, article_hash (self, article)) != 0)
        {
          stale++;
          continue;
        }
      k = bil_facts_find_figure (bil_article_get_facts (article), c->start, c->end);
      if (k < 0 && c->action == ACTION_ADD)
        {
          BilFigure fresh;

          if (new_figure (article, c->start, c->end, &c->edit, &fresh))
            {
              g_array_append_val (figures, fresh);
              k = (int) figures->len - 1;
              added = TRUE;
            }
        }
      if (k < 0)
        {
          unmatched++;
          continue;
        }
      f = &g_array_index (figures, BilFigure, k);
      apply_edit (f, &c->edit);
      f->preferred = c->preferred;
      if (c->action == ACTION_REJECT)
        f->review = BIL_REVIEW_REJECTED;
      /* An added figure the extractor has since learnt to read is a
       * correction of it. */
      else if ((c->action == ACTION_EDIT || c->action == ACTION_ADD) && f->review != BIL_REVIEW_ADDED)
        f->review = BIL_REVIEW_CORRECTED;
      if (c->action == ACTION_ADD || (c->edit.fields & (BIL_FIELD_VALUE | BIL_FIELD_CURRENCY | BIL_FIELD_YEAR)))
        bil_convert_figure (f, article, bil_rate_table_get_default ());
    }
  /* Figures stay in text order, as the reader and the charts expect. */
  if (added)
    g_array_sort (figures, compare_figure_start);

  if (stale > 0)
    g_ptr_array_add (self->messages,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s changed since it was reviewed: %u correction is not applied (it stays in %s)",
                                                   "%s changed since it was reviewed: %u corrections are not applied (they stay in %s)",
                                                   stale),
                                      bil_article_get_path (article), stale, self->used));
  if (unmatched > 0)
    g_ptr_array_add (self->messages,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s: %u correction matches no figure any more (kept in %s)",
                                                   "%s: %u corrections match no figure any more (kept in %s)",
                                                   unmatched),
                                      bil_article_get_path (article), unmatched, self->used));
}

static GHashTable *
corrections_by_file (BilReview *self)
{
  GHashTable *by_file = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < self->corrections->len; i++)
    {
      Correction *c = g_ptr_array_index (self->corrections, i);
      GPtrArray *list = g_hash_table_lookup (by_file, c->file);

      if (list == NULL)
        g_hash_table_insert (by_file, c->file, (list = g_ptr_array_new ()));
      g_ptr_array_add (list, c);
    }
  return by_file;
}

/**
 * bil_review_apply:
 *
 * Makes @corpus's figures those extracted with the review's corrections:
 * after bil_review_undo () too. Figures move in memory: refs to them must
 * be collected again. Articles that changed are reported in the messages.
 */
void
bil_review_apply (BilReview *self,
                  BilCorpus *corpus)
{
  g_autoptr(GHashTable) by_file = NULL;

  g_return_if_fail (BIL_IS_REVIEW (self));
  g_return_if_fail (BIL_IS_CORPUS (corpus));

  g_ptr_array_set_size (self->messages, 0);
  by_file = corrections_by_file (self);
  for (guint i = 0; i < bil_corpus_get_n_articles (corpus); i++)
    {
      BilArticle *article = bil_corpus_get_article (corpus, i);
      GPtrArray *list = g_hash_table_lookup (by_file, bil_article_get_file (article));

      if (list != NULL || g_hash_table_contains (self->pristine, article))
        apply_to_article (self, article, list);
    }
}

/* One article at a time, for --extract --format=jsonl. */
void
bil_review_apply_article (BilReview  *self,
                          BilArticle *article)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  g_return_if_fail (BIL_IS_REVIEW (self));
  for (guint i = 0; i < self->corrections->len; i++)
    {
      Correction *c = g_ptr_array_index (self->corrections, i);

      if (strcmp (c->file, bil_article_get_file (article)) == 0)
        g_ptr_array_add (list, c);
    }
  if (list->len > 0)
    apply_to_article (self, article, list);
  /* Streaming: the article is not seen again. */
  g_hash_table_remove (self->pristine, article);
  g_hash_table_remove (self->hashes, article);
}

/* ---- editing ----------------------------------------------------------- */

static void
checkpoint (BilReview *self)
{
  g_ptr_array_add (self->undo, corrections_copy (self->corrections));
  g_ptr_array_set_size (self->redo, 0);
}

/* The correction of this figure, made if there is none. */
static Correction *
lookup (BilReview  *self,
        BilArticle *article,
        gsize       start,
        gsize       end,
        gboolean    create)
{
  const char *hash = article_hash (self, article);
  const char *file = bil_article_get_file (article);
  Correction *c;

  for (guint i = 0; i < self->corrections->len; i++)
    {
      c = g_ptr_array_index (self->corrections, i);
      if (c->start == start && c->end == end && strcmp (c->file, file) == 0 && strcmp (c->sha256, hash) == 0)
        return c;
    }
  if (!create)
    return NULL;
  c = g_new0 (Correction, 1);
  c->file = g_strdup (file);
  c->sha256 = g_strdup (hash);
  c->start = start;
  c->end = end;
  c->text = bil_article_dup_span (article, start, end);
  g_ptr_array_add (self->corrections, c);
  return c;
}

static void
merge_edit (BilFigureEdit       *into,
            const BilFigureEdit *edit)
{
  if (edit->fields & BIL_FIELD_VALUE)
    into->value = edit->value;
  if (edit->fields & BIL_FIELD_CURRENCY)
    memcpy (into->currency, edit->currency, 4);
  if (edit->fields & BIL_FIELD_METRIC)
    into->metric = edit->metric;
  if (edit->fields & BIL_FIELD_FROM)
    into->from = edit->from;
  if (edit->fields & BIL_FIELD_TO)
    into->to = edit->to;
  if (edit->fields & BIL_FIELD_YEAR)
    into->year = edit->year;
  into->fields |= edit->fields;
}

/**
 * bil_review_edit:
 *
 * Records what the user says @figure is; one step of undo. Emits
 * #BilReview::changed: apply the review to see it.
 */
void
bil_review_edit (BilReview           *self,
                 BilArticle          *article,
                 const BilFigure     *figure,
                 const BilFigureEdit *edit)
{
  Correction *c;

  g_return_if_fail (BIL_IS_REVIEW (self));
  g_return_if_fail (figure != NULL && edit != NULL);

  if (edit->fields == 0)
    return;
  checkpoint (self);
  c = lookup (self, article, figure->money.start, figure->money.end, TRUE);
  if (c->action == ACTION_NONE || c->action == ACTION_REJECT)
    c->action = figure->review == BIL_REVIEW_ADDED ? ACTION_ADD : ACTION_EDIT;
  merge_edit (&c->edit, edit);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Not a figure: shown nowhere, kept in the file (and undone by undo). An
 * added figure that is rejected is simply forgotten. */
void
bil_review_reject (BilReview       *self,
                   BilArticle      *article,
                   const BilFigure *figure)
{
  Correction *c;

  g_return_if_fail (BIL_IS_REVIEW (self));
  checkpoint (self);
  c = lookup (self, article, figure->money.start, figure->money.end, TRUE);
  if (c->action == ACTION_ADD)
    g_ptr_array_remove (self->corrections, c);
  else
    {
      c->action = ACTION_REJECT;
      c->preferred = FALSE;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * bil_review_add:
 * @start: the selection's first byte in the article's text
 * @end: one past its last byte
 * @edit: (nullable): what the figure is; needed (value and currency at
 *   least) when the selection holds no amount we can read: "five billion
 *   ringgit"
 *
 * A figure the extractor missed. One step of undo.
 *
 * Returns: %FALSE, with @error set, when there is no amount to add or the
 *   selection already is a figure.
 */
gboolean
bil_review_add (BilReview           *self,
                BilArticle          *article,
                gsize                start,
                gsize                end,
                const BilFigureEdit *edit,
                GError             **error)
{
  BilFigure probe;
  GArray *figures = figures_of (article);
  Correction *c;

  g_return_val_if_fail (BIL_IS_REVIEW (self), FALSE);

  if (!new_figure (article, start, end, edit, &probe))
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_USAGE,
                           _("No amount can be read in the selection: give its value and currency"));
      return FALSE;
    }
  for (guint i = 0; figures && i < figures->len; i++)
    {
      const BilFigure *f = &g_array_index (figures, BilFigure, i);

      if (f->money.start < end && start < f->money.end && f->review != BIL_REVIEW_REJECTED)
        {
          g_set_error_literal (error, BIL_ERROR, BIL_ERROR_USAGE,
                               _("The selection overlaps a figure already read: select that figure to correct it"));
          return FALSE;
        }
    }
  checkpoint (self);
  c = lookup (self, article, start, end, TRUE);
  c->action = ACTION_ADD;
  if (edit)
    merge_edit (&c->edit, edit);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * bil_review_prefer:
 * @chosen: the figure the report should use
 * @cluster: the figures that disagree with it, @chosen among them
 *
 * Marks @chosen as the value to use where sources disagree; the others are
 * no longer preferred. One step of undo.
 */
void
bil_review_prefer (BilReview          *self,
                   const BilFigureRef *chosen,
                   const BilFigureRef *cluster,
                   guint               n_cluster)
{
  g_return_if_fail (BIL_IS_REVIEW (self));

  checkpoint (self);
  for (guint i = 0; i < n_cluster; i++)
    {
      const BilFigureRef *r = &cluster[i];
      Correction *c = lookup (self, r->article, r->figure->money.start, r->figure->money.end, FALSE);

      if (c == NULL)
        continue;
      c->preferred = FALSE;
      if (c->action == ACTION_NONE)
        g_ptr_array_remove (self->corrections, c);
    }
  lookup (self, chosen->article, chosen->figure->money.start, chosen->figure->money.end, TRUE)->preferred = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
bil_review_can_undo (BilReview *self)
{
  g_return_val_if_fail (BIL_IS_REVIEW (self), FALSE);
  return self->undo->len > 0;
}

gboolean
bil_review_can_redo (BilReview *self)
{
  g_return_val_if_fail (BIL_IS_REVIEW (self), FALSE);
  return self->redo->len > 0;
}

static gboolean
swap_state (BilReview *self,
            GPtrArray *from,
            GPtrArray *to)
{
  if (from->len == 0)
    return FALSE;
  g_ptr_array_add (to, self->corrections);
  self->corrections = g_ptr_array_steal_index (from, from->len - 1);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
bil_review_undo (BilReview *self)
{
  g_return_val_if_fail (BIL_IS_REVIEW (self), FALSE);
  return swap_state (self, self->undo, self->redo);
}

gboolean
bil_review_redo (BilReview *self)
{
  g_return_val_if_fail (BIL_IS_REVIEW (self), FALSE);
  return swap_state (self, self->redo, self->undo);
}
