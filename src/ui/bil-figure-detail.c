/* bil-figure-detail.c: one figure, how it was read, and its correction
 *
 * The pane names its figure by article and byte span, not by pointer:
 * applying a correction rewrites the figures in place, so after each
 * change of the session the figure is looked up again.
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bil-figure-detail"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "bil-doubt.h"
#include "bil-figure-detail.h"
#include "bil-figure-trail.h"

struct _BilFigureDetail
{
  GtkWidget     parent_instance;

  GtkWidget    *scrolled;
  GtkLabel     *title;
  GtkLabel     *subtitle;
  GtkLabel     *doubts;
  GtkLabel     *sentence;
  GtkListBox   *trail;
  GtkLabel     *edit_heading;
  GtkListBox   *edit_list;
  AdwEntryRow  *value_row;
  AdwEntryRow  *currency_row;
  AdwComboRow  *metric_row;
  AdwEntryRow  *from_row;
  AdwEntryRow  *to_row;
  AdwEntryRow  *year_row;
  GtkLabel     *problem;
  GtkButton    *reject_button;
  GtkButton    *apply_button;

  BilSession   *session;
  GSignalGroup *session_signals;
  BilArticle   *article;
  gsize         start;
  gsize         end;
  gboolean      adding;     /* a selection to add as a figure, not a figure */
};

G_DEFINE_FINAL_TYPE (BilFigureDetail, bil_figure_detail, GTK_TYPE_WIDGET)

enum { CLOSE, N_SIGNALS };
static guint signals[N_SIGNALS];

static const BilFigure *
current_figure (BilFigureDetail *self)
{
  const BilFacts *facts = self->article ? bil_article_get_facts (self->article) : NULL;
  int k = bil_facts_find_figure (facts, self->start, self->end);

  return k >= 0 ? &g_array_index (facts->figures, BilFigure, k) : NULL;
}

/* ---- reading the form -------------------------------------------------- */

/* "5.3 billion", "5.3bn", "5,300,000", "750 mil", "5.3e9". */
static gboolean
parse_value (const char *text,
             double     *value)
{
  static const struct { const char *word; double scale; } scales[] = {
    { "", 1 }, { "thousand", 1e3 }, { "k", 1e3 }, { "million", 1e6 }, { "mil", 1e6 }, { "mn", 1e6 }, { "m", 1e6 },
    { "billion", 1e9 }, { "bil", 1e9 }, { "bn", 1e9 }, { "b", 1e9 }, { "trillion", 1e12 }, { "tn", 1e12 },
    { "t", 1e12 },
  };
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autofree char *rest = NULL;
  char *end;
  double number;

  for (const char *p = text; *p; p++)
    if (*p != ',' && *p != '_')
      g_string_append_c (plain, *p);
  g_strstrip (plain->str);
  number = g_ascii_strtod (plain->str, &end);
  if (end == plain->str || !isfinite (number) || number < 0)
    return FALSE;
  rest = g_ascii_strdown (g_strstrip (end), -1);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (strcmp (rest, scales[i].word) == 0)
      {
        *value = number * scales[i].scale;
        return TRUE;
      }
  return FALSE;
}

static char *
format_value (double value)
{
  if (!isfinite (value))
    return g_strdup ("");
  if (value >= 1e12)
    return g_strdup_printf ("%.6g trillion", value / 1e12);
  if (value >= 1e9)
    return g_strdup_printf ("%.6g billion", value / 1e9);
  if (value >= 1e6)
    return g_strdup_printf ("%.6g million", value / 1e6);
  return g_strdup_printf ("%.6g", value);
}

/* A code ("JP", "asean") or a name as the app shows it ("Japan"). */
static gboolean
parse_entity (const char *text,
              int        *entity)
{
  BilLexicon *lex = bil_lexicon_get_default ();
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *upper = g_utf8_strup (trimmed, -1);

  if (*trimmed == '\0')
    {
      *entity = -1;
      return TRUE;
    }
  if ((*entity = bil_lexicon_lookup_entity (lex, upper)) >= 0)
    return TRUE;
  for (guint e = 0; e < bil_lexicon_n_entities (lex); e++)
    if (g_utf8_collate (bil_entity_display_name ((int) e), trimmed) == 0 ||
        g_ascii_strcasecmp (bil_lexicon_entity_name (lex, (int) e), trimmed) == 0)
      {
        *entity = (int) e;
        return TRUE;
      }
  return FALSE;
}

static const char *
entity_code (int entity)
{
  return entity >= 0 ? bil_lexicon_entity_code (bil_lexicon_get_default (), entity) : "";
}

static void
mark_row (AdwEntryRow *row,
          gboolean     ok)
{
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

/* Reads every row; returns the first problem, or NULL. */
static const char *
read_form (BilFigureDetail *self,
           BilFigureEdit   *edit)
{
  const char *problem = NULL;
  g_autofree char *currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  const char *year_text = gtk_editable_get_text (GTK_EDITABLE (self->year_row));
  gboolean ok;

  memset (edit, 0, sizeof *edit);
  ok = parse_value (gtk_editable_get_text (GTK_EDITABLE (self->value_row)), &edit->value);
  mark_row (self->value_row, ok);
  if (!ok)
    problem = _("The value must be a number, optionally followed by thousand, million, billion or trillion");

  g_strstrip (currency);
  ok = strlen (currency) == 3 && bil_money_is_known_currency (currency);
  mark_row (self->currency_row, ok);
  if (ok)
    memcpy (edit->currency, currency, 4);
  else if (!problem)
    problem = _("The currency must be a known ISO 4217 code, such as USD, MYR or JPY");

  edit->metric = (BilMetric) adw_combo_row_get_selected (self->metric_row);

  ok = parse_entity (gtk_editable_get_text (GTK_EDITABLE (self->from_row)), &edit->from);
  mark_row (self->from_row, ok);
  if (!ok && !problem)
    problem = _("“From” must be a country or bloc code (JP, MY, ASEAN) or its name");
  ok = parse_entity (gtk_editable_get_text (GTK_EDITABLE (self->to_row)), &edit->to);
  mark_row (self->to_row, ok);
  if (!ok && !problem)
    problem = _("“To” must be a country or bloc code (JP, MY, ASEAN) or its name");

  {
    char *end;
    gint64 year = g_ascii_strtoll (year_text, &end, 10);

    ok = *year_text == '\0' || (*end == '\0' && year >= 1900 && year <= 2200);
    edit->year = *year_text ? (int) year : 0;
  }
  mark_row (self->year_row, ok);
  if (!ok && !problem)
    problem = _("The year must be between 1900 and 2200, or empty when unknown");
  return problem;
}

/* Only what differs from @f: a correction says what the user changed. */
static void
keep_changes (BilFigureEdit   *edit,
              const BilFigure *f)
{
  /* A range or a vague amount given a value is a change, whatever the number. */
  gboolean same_value = !f->money.vague && !isfinite (f->money.low) &&
                        fabs (edit->value - f->money.value) <= 1e-9 * fabs (f->money.value);

  if (!same_value)
    edit->fields |= BIL_FIELD_VALUE;
  if (strcmp (edit->currency, f->money.currency) != 0)
    edit->fields |= BIL_FIELD_CURRENCY;
  if (edit->metric != f->metric)
    edit->fields |= BIL_FIELD_METRIC;
  if (edit->from != f->from)
    edit->fields |= BIL_FIELD_FROM;
  if (edit->to != f->to)
    edit->fields |= BIL_FIELD_TO;
  if (edit->year != f->year)
    edit->fields |= BIL_FIELD_YEAR;
}

static void
show_problem (BilFigureDetail *self,
              const char      *problem)
{
  gtk_label_set_text (self->problem, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), problem != NULL);
}

static void
apply_action (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  BilFigureDetail *self = BIL_FIGURE_DETAIL (widget);
  BilReview *review = self->session ? bil_session_get_review (self->session) : NULL;
  const BilFigure *f = current_figure (self);
  const char *problem;
  BilFigureEdit edit;

  if (review == NULL || self->article == NULL)
    return;
  if ((problem = read_form (self, &edit)))
    {
      show_problem (self, problem);
      return;
    }
  if (self->adding && f == NULL)
    {
      g_autoptr(GError) error = NULL;

      edit.fields = BIL_FIELD_VALUE | BIL_FIELD_CURRENCY | BIL_FIELD_METRIC | BIL_FIELD_FROM | BIL_FIELD_TO | BIL_FIELD_YEAR;
      /* Added, the pane shows the new figure like any other. */
      self->adding = FALSE;
      if (!bil_review_add (review, self->article, self->start, self->end, &edit, &error))
        {
          self->adding = TRUE;
          show_problem (self, error->message);
        }
      return;
    }
  if (f == NULL)
    return;
  keep_changes (&edit, f);
  if (edit.fields == 0)
    {
      show_problem (self, _("Nothing to correct: change a field first"));
      return;
    }
  show_problem (self, NULL);
  bil_review_edit (review, self->article, f, &edit);
}

static void
reject_action (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  BilFigureDetail *self = BIL_FIGURE_DETAIL (widget);
  BilReview *review = self->session ? bil_session_get_review (self->session) : NULL;
  const BilFigure *f = current_figure (self);

  if (review && f)
    bil_review_reject (review, self->article, f);
}

static void
close_action (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSE], 0);
}

/* ---- showing ----------------------------------------------------------- */

static void
clear_trail (BilFigureDetail *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->trail))))
    gtk_list_box_remove (self->trail, child);
}

static void
add_trail_row (BilFigureDetail    *self,
               const BilTrailStep *step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (step->value ? step->value : "—");
  g_autofree char *title = g_markup_escape_text (step->label, -1);
  g_autofree char *why = step->why ? g_markup_escape_text (step->why, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (why)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  /* Short values keep their width ("Japan", "× 10⁹"): the row's title
   * would squeeze a wrapping label down to a character a line. */
  if (step->value && g_utf8_strlen (step->value, -1) > 16)
    {
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (value), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (value), 18);
    }
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  gtk_list_box_append (self->trail, row);
}

static void
fill_form (BilFigureDetail *self,
           const BilFigure *f)
{
  g_autofree char *value = format_value (f->money.value);
  g_autofree char *year = f->year > 0 ? g_strdup_printf ("%d", f->year) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (self->value_row), value);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), f->money.currency);
  adw_combo_row_set_selected (self->metric_row, f->metric);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), entity_code (f->from));
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), entity_code (f->to));
  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->value_row, self->currency_row, self->from_row, self->to_row,
                                                self->year_row, NULL }; *row; row++)
    mark_row (*row, TRUE);
}

static char *
sentence_of (BilArticle *article,
             gsize       start,
             gsize       end)
{
  g_autofree char *raw = bil_article_dup_span (article, start, end);

  return g_strdup_printf ("“%s”", raw ? g_strstrip (raw) : "");
}

static void
refresh (BilFigureDetail *self)
{
  const BilFigure *f = current_figure (self);
  gboolean editable = self->session && bil_session_get_review (self->session) != NULL;

  clear_trail (self);
  show_problem (self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_heading), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->apply_button), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_list), editable);

  if (self->article && self->adding && (f == NULL || f->review == BIL_REVIEW_REJECTED))
    {
      BilFigure probe = { 0 };
      g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (BilMoney));
      g_autoptr(GArray) rates = g_array_new (FALSE, FALSE, sizeof (BilRateStatement));
      g_autofree char *selected = sentence_of (self->article, self->start, self->end);

      gtk_label_set_text (self->title, _("New Figure"));
      gtk_label_set_text (self->subtitle, selected);
      gtk_label_set_text (self->doubts, _("Say what the selection is, then add it: it joins every view and the report."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->doubts), "warning");
      gtk_widget_set_visible (GTK_WIDGET (self->sentence), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->trail), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->reject_button), FALSE);
      gtk_button_set_label (self->apply_button, _("_Add Figure"));
      bil_money_scan (bil_article_get_text (self->article, NULL), self->start, self->end, amounts, rates);
      probe.money.value = NAN;
      probe.money.low = NAN;
      strcpy (probe.money.currency, "USD");
      if (amounts->len > 0)
        probe.money = g_array_index (amounts, BilMoney, 0);
      probe.from = probe.to = -1;
      probe.metric = BIL_METRIC_OTHER;
      probe.year = MAX (0, bil_article_get_year (self->article));
      fill_form (self, &probe);
      return;
    }

  self->adding = FALSE;
  gtk_button_set_label (self->apply_button, _("_Apply Correction"));
  gtk_widget_set_visible (GTK_WIDGET (self->sentence), f != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->trail), f != NULL && f->review != BIL_REVIEW_REJECTED);
  gtk_widget_set_visible (GTK_WIDGET (self->reject_button), editable && f != NULL && f->review != BIL_REVIEW_REJECTED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), f != NULL && f->review != BIL_REVIEW_REJECTED);
  if (f == NULL || f->review == BIL_REVIEW_REJECTED)
    {
      gtk_label_set_text (self->title, f ? _("Rejected") : _("No Figure"));
      gtk_label_set_text (self->subtitle, f ? _("This figure is shown nowhere. Undo (Ctrl+Z) brings it back.") : "");
      gtk_label_set_text (self->doubts, "");
      return;
    }

  {
    g_autofree char *label = bil_figure_label (f);
    g_autofree char *value = bil_figure_value_label (f);
    g_autofree char *subtitle = g_strdup_printf ("%s — %s", value, bil_article_get_title (self->article));
    g_autofree char *sentence = sentence_of (self->article, f->sentence_start, f->sentence_end);
    g_autoptr(GArray) trail = bil_figure_trail (self->article, f);

    gtk_label_set_text (self->title, label);
    gtk_label_set_text (self->subtitle, subtitle);
    gtk_label_set_text (self->sentence, sentence);
    if (bil_figure_needs_review (f))
      {
        g_autofree char *doubts = bil_doubts_describe (f->doubts, "\n• ");
        /* TRANSLATORS: "Needs review (confidence 48%):" and a list of reasons */
        g_autofree char *text = g_strdup_printf (_("Needs review (confidence %.0f%%):\n• %s"),
                                                 100 * bil_figure_confidence (f), doubts);

        gtk_label_set_text (self->doubts, text);
        gtk_widget_add_css_class (GTK_WIDGET (self->doubts), "warning");
      }
    else
      {
        g_autofree char *text = f->review != BIL_REVIEW_NONE || f->preferred
          ? g_strdup (_("Checked by you"))
          : g_strdup_printf (_("Confidence %.0f%%: nothing in the text casts doubt on it"), 100 * bil_figure_confidence (f));

        gtk_label_set_text (self->doubts, text);
        gtk_widget_remove_css_class (GTK_WIDGET (self->doubts), "warning");
      }
    for (guint i = 0; i < trail->len; i++)
      add_trail_row (self, &g_array_index (trail, BilTrailStep, i));
    fill_form (self, f);
  }
}

/**
 * bil_figure_detail_show:
 * @article: (nullable): the figure's article; %NULL shows nothing
 * @start: the figure's amount: first byte
 * @end: one past its last byte
 * @adding: %TRUE for a selection the user wants to add as a figure
 */
void
bil_figure_detail_show (BilFigureDetail *self,
                        BilArticle      *article,
                        gsize            start,
                        gsize            end,
                        gboolean         adding)
{
  g_return_if_fail (BIL_IS_FIGURE_DETAIL (self));

  g_set_object (&self->article, article);
  self->start = start;
  self->end = end;
  self->adding = adding;
  refresh (self);
}

BilArticle *
bil_figure_detail_get_article (BilFigureDetail *self,
                               gsize           *start,
                               gsize           *end)
{
  g_return_val_if_fail (BIL_IS_FIGURE_DETAIL (self), NULL);
  if (start)
    *start = self->start;
  if (end)
    *end = self->end;
  return self->article;
}

static void
session_changed_cb (BilFigureDetail *self)
{
  /* Keeps what the user is typing in an add form. */
  if (self->article && !self->adding)
    refresh (self);
}

void
bil_figure_detail_set_session (BilFigureDetail *self,
                               BilSession      *session)
{
  g_return_if_fail (BIL_IS_FIGURE_DETAIL (self));
  if (g_set_object (&self->session, session))
    g_signal_group_set_target (self->session_signals, session);
}

static void
entry_activated_cb (BilFigureDetail *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "detail.apply", NULL);
}

static void
bil_figure_detail_dispose (GObject *object)
{
  BilFigureDetail *self = BIL_FIGURE_DETAIL (object);

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->article);
  gtk_widget_dispose_template (GTK_WIDGET (self), BIL_TYPE_FIGURE_DETAIL);
  G_OBJECT_CLASS (bil_figure_detail_parent_class)->dispose (object);
}

static void
bil_figure_detail_class_init (BilFigureDetailClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bil_figure_detail_dispose;

  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Bilateral/ui/bil-figure-detail.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "figuredetail");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BilFigureDetail, name)
  BIND (scrolled);
  BIND (title);
  BIND (subtitle);
  BIND (doubts);
  BIND (sentence);
  BIND (trail);
  BIND (edit_heading);
  BIND (edit_list);
  BIND (value_row);
  BIND (currency_row);
  BIND (metric_row);
  BIND (from_row);
  BIND (to_row);
  BIND (year_row);
  BIND (problem);
  BIND (reject_button);
  BIND (apply_button);
#undef BIND
  gtk_widget_class_install_action (widget_class, "detail.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "detail.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "detail.close", NULL, close_action);
}

static void
bil_figure_detail_init (BilFigureDetail *self)
{
  g_autoptr(GtkStringList) metrics = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->session_signals = g_signal_group_new (BIL_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "changed", G_CALLBACK (session_changed_cb), self);
  for (BilMetric m = 0; m < BIL_N_METRICS; m++)
    gtk_string_list_append (metrics, bil_metric_label (m));
  adw_combo_row_set_model (self->metric_row, G_LIST_MODEL (metrics));
  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->value_row, self->currency_row, self->from_row, self->to_row,
                                                self->year_row, NULL }; *row; row++)
    g_signal_connect_swapped (*row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
}

GtkWidget *
bil_figure_detail_new (void)
{
  return g_object_new (BIL_TYPE_FIGURE_DETAIL, NULL);
}
