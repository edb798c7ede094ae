/* bil-article-sidebar.c: the corpus's articles, as the filter leaves them
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per article (its title, then source, date and how many figures)
 * that passes the session's filter, and only those with figures when the
 * check button says so. Selecting one says "article-selected"; the window
 * opens it in the reader.
 */

#define G_LOG_DOMAIN "bil-article-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "bil-article-sidebar.h"

struct _BilArticleSidebar
{
  GtkBox              parent_instance;

  GtkCheckButton     *with_figures;
  GtkListView        *list;

  BilSession         *session;
  GtkCustomFilter    *filter;
  GtkFilterListModel *model;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (BilArticleSidebar, bil_article_sidebar, GTK_TYPE_BOX)

enum { ARTICLE_SELECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_article (BilArticle *article)
{
  const BilFacts *facts = bil_article_get_facts (article);
  guint n = facts ? facts->figures->len : 0;
  g_autoptr(GString) s = g_string_new (NULL);

  if (bil_article_get_source (article))
    g_string_append (s, bil_article_get_source (article));
  if (bil_article_get_date (article))
    g_string_append_printf (s, "%s%s", s->len ? " · " : "", bil_article_get_date (article));
  if (s->len == 0)
    g_string_append (s, bil_article_get_file (article));
  if (n > 0)
    {
      g_string_append (s, " · ");
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u figure", "%u figures", n), n);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
article_visible (gpointer item,
                 gpointer user_data)
{
  BilArticleSidebar *self = user_data;
  BilArticle *article = item;
  const BilFacts *facts = bil_article_get_facts (article);

  if (gtk_check_button_get_active (self->with_figures) && (facts == NULL || facts->figures->len == 0))
    return FALSE;
  return self->session == NULL || bil_session_article_passes (self->session, article);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  BilArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *meta = describe_article (article);

  gtk_label_set_text (GTK_LABEL (title), bil_article_get_title (article));
  gtk_label_set_text (GTK_LABEL (subtitle), meta);
}

static void
selection_changed_cb (BilArticleSidebar *self)
{
  BilArticle *article = gtk_single_selection_get_selected_item (self->selection);

  if (article != NULL)
    g_signal_emit (self, signals[ARTICLE_SELECTED], 0, article);
}

/* Asks the filter again: the session's filter or figures changed. */
void
bil_article_sidebar_refilter (BilArticleSidebar *self)
{
  g_return_if_fail (BIL_IS_ARTICLE_SIDEBAR (self));

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
bil_article_sidebar_set_session (BilArticleSidebar *self,
                                 BilSession        *session)
{
  g_return_if_fail (BIL_IS_ARTICLE_SIDEBAR (self));

  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* The articles to list: the corpus is a list model of them. */
void
bil_article_sidebar_set_corpus (BilArticleSidebar *self,
                                BilCorpus         *corpus)
{
  g_return_if_fail (BIL_IS_ARTICLE_SIDEBAR (self));

  gtk_filter_list_model_set_model (self->model, G_LIST_MODEL (corpus));
}

/* Selects the row at @position of the list as it is filtered. */
void
bil_article_sidebar_select (BilArticleSidebar *self,
                            guint              position)
{
  g_return_if_fail (BIL_IS_ARTICLE_SIDEBAR (self));

  gtk_single_selection_set_selected (self->selection, position);
}

static void
bil_article_sidebar_dispose (GObject *object)
{
  BilArticleSidebar *self = BIL_ARTICLE_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_ARTICLE_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (bil_article_sidebar_parent_class)->dispose (object);
}

static void
bil_article_sidebar_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, BIL_ARTICLE_SIDEBAR (object)->session); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_article_sidebar_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION: bil_article_sidebar_set_session (BIL_ARTICLE_SIDEBAR (object), g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bil_article_sidebar_class_init (BilArticleSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bil_article_sidebar_dispose;
  object_class->get_property = bil_article_sidebar_get_property;
  object_class->set_property = bil_article_sidebar_set_property;
  /* Whose filter the list follows. */
  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, BIL_TYPE_SESSION,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BilArticleSidebar::article-selected:
   * @article: the #BilArticle of the row selected
   */
  signals[ARTICLE_SELECTED] = g_signal_new ("article-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, BIL_TYPE_ARTICLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-article-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, BilArticleSidebar, with_figures);
  gtk_widget_class_bind_template_child (widget_class, BilArticleSidebar, list);
  gtk_widget_class_bind_template_callback (widget_class, bil_article_sidebar_refilter);
}

static void
bil_article_sidebar_init (BilArticleSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (article_visible, self, NULL);
  self->model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_single_click_activate (self->list, FALSE);
  g_object_unref (factory);
}
