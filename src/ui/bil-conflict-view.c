/* bil-conflict-view.c: where sources disagree, side by side
 *
 * One group per pair, metric and year that two articles give different
 * values for: each value with its article, source and date; choosing one
 * tells the charts and the report which to use (a review correction, so
 * it is kept with the others and undone like them).
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-conflict-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-conflict-view.h"
#include "bil-open-evidence.h"

struct _BilConflictView
{
  GtkWidget   parent_instance;

  GtkStack   *stack;
  GtkBox     *groups;
  BilSession *session;
  GSignalGroup *session_signals;
  GArray     *refs;        /* BilFigureRef: the conflicts' figures, cluster by cluster */
  GArray     *clusters;    /* Cluster: the conflicts, in refs */
  guint       n_conflicts;
  guint       n_built;     /* the conflicts with a group built, the first ones */
  gboolean    dirty;       /* the groups do not show the conflicts: rebuilt when mapped */
  GtkWidget  *more;        /* "Show More", after the groups built, or NULL */
};

typedef struct
{
  guint first;
  guint n;
} Cluster;

/* Groups built at a time: a corpus of 100,000 articles has thousands of
 * conflicts, and a group of rows for each took minutes and gigabytes. */
#define CONFLICTS_PER_PAGE 25

G_DEFINE_FINAL_TYPE (BilConflictView, bil_conflict_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
choose_cb (GtkCheckButton  *button,
           BilConflictView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ref"));
  guint first = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "first"));
  guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "n"));
  BilReview *review = bil_session_get_review (self->session);
  g_autoptr(GArray) cluster = NULL;
  BilFigureRef chosen;

  if (!gtk_check_button_get_active (button) || review == NULL || self->refs == NULL)
    return;
  chosen = g_array_index (self->refs, BilFigureRef, index);
  if (chosen.figure->preferred)
    return;
  /* Copies: preferring rebuilds this view, and self->refs with it. */
  cluster = g_array_sized_new (FALSE, FALSE, sizeof (BilFigureRef), n);
  g_array_append_vals (cluster, &g_array_index (self->refs, BilFigureRef, first), n);
  bil_review_prefer (review, &chosen, (const BilFigureRef *) cluster->data, n);
}

static void
row_activated_cb (AdwActionRow    *row,
                  BilConflictView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "ref"));
  const BilFigureRef *ref;

  if (self->refs == NULL || index >= self->refs->len)
    return;
  ref = &g_array_index (self->refs, BilFigureRef, index);
  bil_open_evidence (GTK_WIDGET (self), ref->article, ref->figure->sentence_start, ref->figure->sentence_end);
}

static char *
source_line (BilArticle *article)
{
  GString *line = g_string_new (bil_article_get_title (article));

  if (bil_article_get_source (article))
    g_string_append_printf (line, " — %s", bil_article_get_source (article));
  if (bil_article_get_date (article))
    g_string_append_printf (line, ", %s", bil_article_get_date (article));
  return g_string_free (line, FALSE);
}

static GtkWidget *
build_group (BilConflictView *self,
             guint            first,
             guint            n)
{
  const BilFigureRef *head = &g_array_index (self->refs, BilFigureRef, first);
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *label = bil_figure_label (head->figure);
  g_autofree char *title = g_markup_escape_text (label, -1);
  GtkCheckButton *leader = NULL;
  gboolean chosen = FALSE;
  gboolean editable = bil_session_get_review (self->session) != NULL;

  for (guint i = first; i < first + n; i++)
    chosen |= g_array_index (self->refs, BilFigureRef, i).figure->preferred;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         chosen ? _("The report uses the value you chose.")
                                         : editable ? _("Sources disagree: choose the value the report should use.")
                                         : _("Sources disagree."));
  for (guint i = first; i < first + n; i++)
    {
      const BilFigureRef *ref = &g_array_index (self->refs, BilFigureRef, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *value = bil_figure_value_label (ref->figure);
      g_autofree char *value_markup = g_markup_escape_text (value, -1);
      g_autofree char *source = source_line (ref->article);
      g_autofree char *source_markup = g_markup_escape_text (source, -1);
      g_autofree char *tooltip = g_strdup_printf (_("Use %s in the charts and the report"), value);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), value_markup);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source_markup);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Read the sentence in its article"));
      g_object_set_data (G_OBJECT (row), "ref", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      gtk_widget_set_sensitive (check, editable);
      if (leader)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), leader);
      else
        leader = GTK_CHECK_BUTTON (check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ref->figure->preferred);
      g_object_set_data (G_OBJECT (check), "ref", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (check), "first", GUINT_TO_POINTER (first));
      g_object_set_data (G_OBJECT (check), "n", GUINT_TO_POINTER (n));
      g_signal_connect (check, "toggled", G_CALLBACK (choose_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      if (ref->figure->preferred)
        {
          GtkWidget *mark = gtk_label_new (_("In the report"));
          gtk_widget_add_css_class (mark, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static void show_more_cb (GtkButton *button, BilConflictView *self);

/* Groups for the next conflicts, up to @upto of them in all, and the
 * button that shows more when some are left. */
static void
build_groups (BilConflictView *self,
              guint            upto)
{
  guint left;

  if (self->more != NULL)
    {
      gtk_box_remove (self->groups, self->more);
      self->more = NULL;
    }
  for (; self->n_built < MIN (upto, self->clusters->len); self->n_built++)
    {
      const Cluster *c = &g_array_index (self->clusters, Cluster, self->n_built);

      gtk_box_append (self->groups, build_group (self, c->first, c->n));
    }
  left = self->clusters->len - self->n_built;
  if (left > 0)
    {
      guint next = MIN (left, CONFLICTS_PER_PAGE);
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More Conflict",
                                                             "Show %u More Conflicts", next), next);
      g_autofree char *tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u conflict shown",
                                                               "%u of %u conflicts shown", self->clusters->len),
                                                  self->n_built, self->clusters->len);

      self->more = gtk_button_new_with_label (label);
      gtk_widget_set_halign (self->more, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (self->more, "pill");
      gtk_widget_set_tooltip_text (self->more, tooltip);
      g_signal_connect (self->more, "clicked", G_CALLBACK (show_more_cb), self);
      gtk_box_append (self->groups, self->more);
    }
}

static void
show_more_cb (GtkButton       *button,
              BilConflictView *self)
{
  GtkWidget *last = gtk_widget_get_prev_sibling (GTK_WIDGET (button));
  GtkWidget *first_new;

  build_groups (self, self->n_built + CONFLICTS_PER_PAGE);
  /* The button is gone: the keyboard goes on from the first group added. */
  first_new = last ? gtk_widget_get_next_sibling (last) : gtk_widget_get_first_child (GTK_WIDGET (self->groups));
  if (first_new != NULL)
    gtk_widget_child_focus (first_new, GTK_DIR_TAB_FORWARD);
}

/* Builds the groups the view shows: the first page, or as many as were
 * shown before (a choice rebuilds the view, and keeps what was open). */
static void
build_widgets (BilConflictView *self)
{
  guint shown = MAX (self->n_built, CONFLICTS_PER_PAGE);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))))
    gtk_box_remove (self->groups, child);
  self->more = NULL;
  self->n_built = 0;
  self->dirty = FALSE;
  build_groups (self, shown);
  gtk_stack_set_visible_child_name (self->stack, self->n_conflicts > 0 ? "content" : "empty");
}

/* The conflicts among the session's figures; their rows are built only
 * while the view is on screen. */
static void
rebuild (BilConflictView *self)
{
  GArray *figures = self->session ? bil_session_get_figures (self->session) : NULL;

  g_clear_pointer (&self->refs, g_array_unref);
  self->refs = g_array_new (FALSE, FALSE, sizeof (BilFigureRef));
  g_array_set_size (self->clusters, 0);

  /* The figures are sorted with a conflict's values side by side. */
  for (guint i = 0; figures && i < figures->len; i++)
    {
      const BilFigureRef *ref = &g_array_index (figures, BilFigureRef, i);

      if (ref->conflict)
        g_array_append_val (self->refs, *ref);
    }
  for (guint first = 0, i = 1; first < self->refs->len; i++)
    if (i == self->refs->len ||
        g_array_index (self->refs, BilFigureRef, i).cluster != g_array_index (self->refs, BilFigureRef, first).cluster)
      {
        /* A lone member (its partner filtered out) is no conflict here. */
        if (i - first > 1)
          {
            Cluster c = { first, i - first };

            g_array_append_val (self->clusters, c);
          }
        first = i;
      }
  self->n_conflicts = self->clusters->len;
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build_widgets (self);
}

static void
bil_conflict_view_map (GtkWidget *widget)
{
  BilConflictView *self = BIL_CONFLICT_VIEW (widget);

  if (self->dirty)
    build_widgets (self);
  GTK_WIDGET_CLASS (bil_conflict_view_parent_class)->map (widget);
}

void
bil_conflict_view_set_session (BilConflictView *self,
                               BilSession      *session)
{
  g_return_if_fail (BIL_IS_CONFLICT_VIEW (self));
  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

guint
bil_conflict_view_get_n_conflicts (BilConflictView *self)
{
  g_return_val_if_fail (BIL_IS_CONFLICT_VIEW (self), 0);
  return self->n_conflicts;
}

static void
bil_conflict_view_dispose (GObject *object)
{
  BilConflictView *self = BIL_CONFLICT_VIEW (object);
  GtkWidget *child;

  g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_pointer (&self->refs, g_array_unref);
  g_clear_pointer (&self->clusters, g_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (bil_conflict_view_parent_class)->dispose (object);
}

static void
bil_conflict_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, BIL_CONFLICT_VIEW (object)->session); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_conflict_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION: bil_conflict_view_set_session (BIL_CONFLICT_VIEW (object), g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_conflict_view_class_init (BilConflictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bil_conflict_view_dispose;
  object_class->get_property = bil_conflict_view_get_property;
  object_class->set_property = bil_conflict_view_set_property;
  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, BIL_TYPE_SESSION,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = bil_conflict_view_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "conflictview");
}

static void
bil_conflict_view_init (BilConflictView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->clusters = g_array_new (FALSE, FALSE, sizeof (Cluster));
  self->session_signals = g_signal_group_new (BIL_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "changed", G_CALLBACK (rebuild), self);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Conflicts"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("No two articles give different values for the same pair, metric and year."));
  gtk_stack_add_named (self->stack, empty, "empty");

  self->groups = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->groups), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->groups), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->groups), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->groups), 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 800);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->groups));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->stack, scrolled, "content");
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
bil_conflict_view_new (void)
{
  return g_object_new (BIL_TYPE_CONFLICT_VIEW, NULL);
}
