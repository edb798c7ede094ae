/* bil-ordered-run.c: work done on several threads, handed over in order
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Streaming reads articles on workers while the caller writes each, in
 * order; --extract writes each article's JSON on the cores and puts it in
 * the document in order. Both are this: workers take items in order, at
 * most a window ahead of the one the caller takes, so memory stays
 * bounded, and the caller works while they do.
 */

#include "config.h"

#include "bil-ordered-run.h"

typedef struct
{
  BilOrderedProduce produce;
  gpointer          data;
  GMutex            lock;
  GCond             cond;
  guint             next;      /* the item the next free worker takes */
  guint             start;
  guint             end;
  guint             handed;    /* items before it are the caller's */
  guint             window;
  guint8           *ready;     /* by item from @start: produced, the caller may take it */
  gboolean          stop;
} Run;

static gpointer
run_worker (gpointer data)
{
  Run *r = data;

  for (;;)
    {
      guint i;

      g_mutex_lock (&r->lock);
      while (!r->stop && r->next < r->end && r->next >= r->handed + r->window)
        g_cond_wait (&r->cond, &r->lock);
      if (r->stop || r->next >= r->end)
        {
          g_mutex_unlock (&r->lock);
          return NULL;
        }
      i = r->next++;
      g_mutex_unlock (&r->lock);

      r->produce (i, r->data);

      g_mutex_lock (&r->lock);
      r->ready[i - r->start] = TRUE;
      g_cond_broadcast (&r->cond);
      g_mutex_unlock (&r->lock);
    }
}

/**
 * bil_ordered_run:
 * @n_threads: workers, besides the calling thread
 * @window: how many items the workers may be ahead of the caller
 * @produce: called on a worker with each item of [@start, @end)
 * @consume: called on this thread with each produced item, in order
 *
 * Returns: the first item not consumed: @end, or the one after the item
 *   @consume stopped at. Items from there may have been produced; their
 *   results are the caller's to let go.
 */
guint
bil_ordered_run (guint              start,
                 guint              end,
                 guint              n_threads,
                 guint              window,
                 const char        *thread_name,
                 BilOrderedProduce  produce,
                 BilOrderedConsume  consume,
                 gpointer           data)
{
  Run r = { produce, data };
  g_autofree GThread **threads = NULL;
  guint i;

  g_return_val_if_fail (start <= end && n_threads > 0 && window > 0, start);

  g_mutex_init (&r.lock);
  g_cond_init (&r.cond);
  r.next = r.start = r.handed = start;
  r.end = end;
  r.window = window;
  r.ready = g_new0 (guint8, end - start + 1);
  threads = g_new0 (GThread *, n_threads);
  for (guint t = 0; t < n_threads; t++)
    threads[t] = g_thread_new (thread_name, run_worker, &r);

  for (i = start; i < end;)
    {
      gboolean go_on;

      g_mutex_lock (&r.lock);
      while (!r.ready[i - start])
        g_cond_wait (&r.cond, &r.lock);
      g_mutex_unlock (&r.lock);

      go_on = consume (i, data);
      i++;

      g_mutex_lock (&r.lock);
      r.handed = i;
      g_cond_broadcast (&r.cond);
      g_mutex_unlock (&r.lock);
      if (!go_on)
        break;
    }

  g_mutex_lock (&r.lock);
  r.stop = TRUE;
  g_cond_broadcast (&r.cond);
  g_mutex_unlock (&r.lock);
  for (guint t = 0; t < n_threads; t++)
    g_thread_join (threads[t]);
  g_free (r.ready);
  g_mutex_clear (&r.lock);
  g_cond_clear (&r.cond);
  return i;
}
