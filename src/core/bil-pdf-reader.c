/* bil-pdf-reader.c: the text of a PDF report or press release
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * poppler gives each page's text in reading order (its columns apart) and
 * where each character sits. From the lines' positions: paragraphs (a gap
 * wider than the line spacing, or a short line that ends a sentence),
 * hyphenated line ends joined, and the running headers, footers and page
 * numbers that repeat at the top or bottom of most pages dropped.
 */

#define G_LOG_DOMAIN "bil-pdf"

#include "config.h"

#include <string.h>

#include <poppler.h>

#include "bil-error.h"
#include "bil-pdf-reader.h"

typedef struct
{
  char   *text;    /* the line, trimmed */
  double  top;
  double  bottom;
  double  left;
  double  right;
  guint   page;
  gboolean drop;
  gboolean row;    /* a table's row: a paragraph of its own */
} Line;

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_free (line->text);
}

/* The page's lines, with the box their characters cover. */
static void
page_lines (PopplerPage *page,
            guint        number,
            GArray      *lines)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0, k = 0;
  const char *p, *start;
  Line line = { 0 };

  if (text == NULL)
    return;
  if (!poppler_page_get_text_layout (page, &rects, &n_rects))
    n_rects = 0;

  line.top = line.left = G_MAXDOUBLE;
  line.bottom = line.right = -G_MAXDOUBLE;
  for (p = start = text;; p = g_utf8_next_char (p), k++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\0')
        {
          g_autofree char *raw = g_strndup (start, p - start);

          g_strstrip (raw);
          if (*raw != '\0')
            {
              line.text = g_utf8_make_valid (raw, -1);
              line.page = number;
              if (line.top == G_MAXDOUBLE)
                line.top = line.bottom = line.left = line.right = 0;
              g_array_append_val (lines, line);
            }
          memset (&line, 0, sizeof line);
          line.top = line.left = G_MAXDOUBLE;
          line.bottom = line.right = -G_MAXDOUBLE;
          if (c == '\0')
            break;
          start = g_utf8_next_char (p);
          continue;
        }
      if (k < n_rects && c != ' ')
        {
          PopplerRectangle *r = &rects[k];

          line.top = MIN (line.top, MIN (r->y1, r->y2));
          line.bottom = MAX (line.bottom, MAX (r->y1, r->y2));
          line.left = MIN (line.left, MIN (r->x1, r->x2));
          line.right = MAX (line.right, MAX (r->x1, r->x2));
        }
    }
}

/* A table's cell: short, whatever it holds. */
#define CELL_MAX_CHARS 32

static gboolean
is_figure_cell (const char *text)
{
  return strpbrk (text, "0123456789") != NULL && g_utf8_strlen (text, -1) <= 24;
}

/* A row of a table: two cells or more, each short, side by side. */
static gboolean
is_cell_row (GPtrArray *row)
{
  if (row->len < 2)
    return FALSE;
  for (guint c = 0; c < row->len; c++)
    {
      const Line *cell = g_ptr_array_index (row, c);

      if (g_utf8_strlen (cell->text, -1) > CELL_MAX_CHARS ||
          (c > 0 && cell->left <= ((const Line *) g_ptr_array_index (row, c - 1))->right))
        return FALSE;
    }
  return TRUE;
}

static int
compare_left (gconstpointer a,
              gconstpointer b)
{
  const Line *x = *(const Line **) a, *y = *(const Line **) b;

  return x->left < y->left ? -1 : x->left > y->left;
}

/* poppler reads a table whose cells stand far apart as columns, one cell a
 * line ("Japan", "China", then "US$12.4 billion", "US$31.0 billion"): the
 * row that ties a partner to its figure is lost. Lines of the page from
 * @first on that share their baseline with others, all short, in two rows
 * or more running down the page, at least half of them holding a figure,
 * are a table: each row becomes one line, its cells in order from the
 * left, where the table's first cell stood. Columns of prose stay apart:
 * their lines are long, or few hold figures. */
static void
join_table_rows (GArray *lines,
                 guint   first)
{
  guint n = lines->len - first;
  g_autofree int *row_of = NULL;
  g_autoptr(GPtrArray) rows = NULL;   /* GPtrArray of Line *, per row */
  g_autoptr(GArray) out = NULL;
  g_autofree gboolean *in_table = NULL;
  g_autofree int *table_of = NULL;    /* per row: its table's number, or -1 */
  guint n_tables = 0;

  if (n < 4)
    return;
  row_of = g_new (int, n);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      Line *line = &g_array_index (lines, Line, first + i);
      double height = MAX (1, line->bottom - line->top);

      row_of[i] = -1;
      for (guint r = 0; r < rows->len; r++)
        {
          Line *head = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, r), 0);

          if (ABS (head->top - line->top) < height * 0.3 && ABS (head->bottom - line->bottom) < height * 0.3)
            {
              row_of[i] = (int) r;
              break;
            }
        }
      if (row_of[i] < 0)
        {
          row_of[i] = (int) rows->len;
          g_ptr_array_add (rows, g_ptr_array_new ());
        }
      g_ptr_array_add (g_ptr_array_index (rows, row_of[i]), line);
    }

  /* Rows in order down the page; a table is a run of rows of two short
   * cells or more, next to each other. */
  {
    g_autofree guint *order = g_new (guint, rows->len);
    guint run_start = 0;

    table_of = g_new (int, rows->len);
    for (guint r = 0; r < rows->len; r++)
      {
        GPtrArray *row = g_ptr_array_index (rows, r);
        guint j = r;

        g_ptr_array_sort (row, compare_left);
        while (j > 0 && ((Line *) g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, order[j - 1]), 0))->top >
                          ((Line *) g_ptr_array_index (row, 0))->top)
          {
            order[j] = order[j - 1];
            j--;
          }
        order[j] = r;
        table_of[r] = -1;
      }
    for (guint k = 0; k <= rows->len; k++)
      {
        GPtrArray *row = k < rows->len ? g_ptr_array_index (rows, order[k]) : NULL;
        gboolean cells = row != NULL && is_cell_row (row);

        /* A row of cells continues the run when it sits right below. */
        if (cells && k > run_start)
          {
            Line *above = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, order[k - 1]), 0);
            Line *here = g_ptr_array_index (row, 0);

            if (here->top - above->bottom < 2.5 * MAX (1, here->bottom - here->top))
              continue;
          }
        else if (cells)
          continue;
        /* The run ends here: a table when two rows or more, at least half
         * of them holding a figure. This row may open the next run. */
        {
          guint figures = 0;

          for (guint m = run_start; m < k; m++)
            {
              GPtrArray *r = g_ptr_array_index (rows, order[m]);

              for (guint c = 0; c < r->len; c++)
                if (is_figure_cell (((Line *) g_ptr_array_index (r, c))->text))
                  {
                    figures++;
                    break;
                  }
            }
          if (k - run_start >= 2 && figures * 2 >= k - run_start)
            {
              for (guint m = run_start; m < k; m++)
                table_of[order[m]] = (int) n_tables;
              n_tables++;
            }
          run_start = cells ? k : k + 1;
        }
      }
    if (n_tables == 0)
      return;

    /* Write the page again: a table's rows where its first cell stood. */
    out = g_array_sized_new (FALSE, TRUE, sizeof (Line), n);
    in_table = g_new0 (gboolean, n_tables);
    for (guint i = 0; i < n; i++)
      {
        Line *line = &g_array_index (lines, Line, first + i);
        int t = table_of[row_of[i]];

        if (t < 0)
          {
            g_array_append_val (out, *line);
            continue;
          }
        if (!in_table[t])
          {
            in_table[t] = TRUE;
            for (guint m = 0; m < rows->len; m++)
              {
                GPtrArray *row = g_ptr_array_index (rows, order[m]);
                Line joined = *(Line *) g_ptr_array_index (row, 0);
                GString *text;

                if (table_of[order[m]] != t)
                  continue;
                text = g_string_new (NULL);
                for (guint c = 0; c < row->len; c++)
                  {
                    Line *cell = g_ptr_array_index (row, c);

                    if (c > 0)
                      g_string_append_c (text, ' ');
                    g_string_append (text, cell->text);
                    joined.top = MIN (joined.top, cell->top);
                    joined.bottom = MAX (joined.bottom, cell->bottom);
                    joined.right = MAX (joined.right, cell->right);
                  }
                joined.text = g_string_free (text, FALSE);
                joined.row = TRUE;
                g_array_append_val (out, joined);
              }
          }
        g_free (line->text);
      }
  }
  /* The page's lines are now out's (their texts moved or freed): put them
   * back without clearing them. */
  g_array_set_clear_func (lines, NULL);
  g_array_set_size (lines, first);
  g_array_set_clear_func (lines, line_clear);
  g_array_append_vals (lines, out->data, out->len);
}

/* The line with its digits as '#', so "Page 3 of 9" repeats on every page. */
static char *
line_shape (const char *text)
{
  char *shape = g_strdup (text);

  for (char *s = shape; *s; s++)
    if (g_ascii_isdigit (*s))
      *s = '#';
  return shape;
}

static gboolean
is_page_number (const char *text)
{
  const char *s = text;

  if (g_ascii_strncasecmp (s, "page ", 5) == 0)
    s += 5;
  else if (*s == '-' || *s == '[')
    s++;
  while (*s == ' ')
    s++;
  if (!g_ascii_isdigit (*s))
    return FALSE;
  while (g_ascii_isdigit (*s))
    s++;
  while (*s == ' ')
    s++;
  if (g_ascii_strncasecmp (s, "of ", 3) == 0 || *s == '/')
    {
      s += *s == '/' ? 1 : 3;
      while (*s == ' ')
        s++;
      while (g_ascii_isdigit (*s))
        s++;
    }
  while (*s == ' ' || *s == '-' || *s == ']')
    s++;
  return *s == '\0';
}

/* Headers and footers: a line among the first or last two of its page
 * whose shape is at that end of at least half of the pages (three at
 * least), and page numbers there. */
static void
mark_running_lines (GArray *lines,
                    guint   n_pages)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint first = 0;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < lines->len; i = first)
      {
        guint page = g_array_index (lines, Line, i).page, last;

        for (last = i; last < lines->len && g_array_index (lines, Line, last).page == page; last++)
          ;
        first = last;
        for (guint j = i; j < last; j++)
          {
            Line *line = &g_array_index (lines, Line, j);
            gboolean edge = j < i + 2 || j + 2 >= last;
            g_autofree char *shape = NULL;
            /* Top and bottom apart: the same words may open and end a page. */
            char *key;

            if (!edge)
              continue;
            shape = line_shape (line->text);
            key = g_strdup_printf ("%c%s", j < i + 2 ? 't' : 'b', shape);
            if (pass == 0)
              {
                guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

                /* Once per page. */
                g_hash_table_insert (counts, key, GUINT_TO_POINTER (n + 1));
              }
            else
              {
                guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

                if ((n_pages >= 3 && n * 2 >= n_pages) || is_page_number (line->text))
                  line->drop = TRUE;
                g_free (key);
              }
          }
      }
}

static gboolean
ends_sentence (const char *text)
{
  gsize n = strlen (text);

  while (n > 0 && (text[n - 1] == '"' || text[n - 1] == ')' || text[n - 1] == '\''))
    n--;
  if (n >= 3 && (g_str_has_suffix (text, "”") || g_str_has_suffix (text, "’")))
    n -= 3;
  return n > 0 && (text[n - 1] == '.' || text[n - 1] == '!' || text[n - 1] == '?' || text[n - 1] == ':' ||
                   g_str_has_suffix (text, "。"));
}

/* The page's lines as paragraphs, joined into @out. */
static void
write_paragraphs (GArray  *lines,
                  GString *out)
{
  GString *para = g_string_new (NULL);
  const Line *prev = NULL;
  double width = 0;

  /* The usual line width: the longest lines' width. */
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (!line->drop)
        width = MAX (width, line->right - line->left);
    }

  for (guint i = 0; i <= lines->len; i++)
    {
      const Line *line = i < lines->len ? &g_array_index (lines, Line, i) : NULL;
      gboolean new_para = FALSE;

      if (line != NULL && line->drop)
        continue;
      if (line == NULL || prev == NULL || line->page != prev->page || line->row || prev->row)
        new_para = TRUE;
      else
        {
          double height = MAX (1, prev->bottom - prev->top);
          double gap = line->top - prev->bottom;
          gboolean short_prev = width > 0 && (prev->right - prev->left) < width * 0.75;

          /* A gap taller than a line's half, a column's change (the next
           * line above this one), or a short line that ended a sentence. */
          if (gap > height * 0.7 || line->top < prev->top - height * 0.5 ||
              (short_prev && ends_sentence (prev->text)))
            new_para = TRUE;
        }
      /* A page break inside a sentence continues the paragraph. */
      if (new_para && line != NULL && prev != NULL && line->page != prev->page && para->len > 0 &&
          !ends_sentence (prev->text) && g_unichar_islower (g_utf8_get_char (line->text)))
        new_para = FALSE;

      if (new_para && para->len > 0)
        {
          if (out->len > 0)
            g_string_append (out, "\n\n");
          g_string_append_len (out, para->str, para->len);
          g_string_truncate (para, 0);
        }
      if (line == NULL)
        break;
      if (para->len > 0)
        {
          /* "invest-" + "ment": one word; "Japan-" + "Malaysia" keeps it. */
          if (para->str[para->len - 1] == '-' && para->len >= 2 && g_ascii_isalpha (para->str[para->len - 2]) &&
              g_unichar_islower (g_utf8_get_char (line->text)))
            g_string_truncate (para, para->len - 1);
          else if (para->str[para->len - 1] != '-')
            g_string_append_c (para, ' ');
        }
      g_string_append (para, line->text);
      prev = line;
    }
  g_string_free (para, TRUE);
}

/* Titles that name the file the PDF was made from, not the document. */
static gboolean
useful_title (const char *title)
{
  if (title == NULL || *title == '\0')
    return FALSE;
  if (g_str_has_prefix (title, "Microsoft Word - ") || g_str_has_prefix (title, "untitled") ||
      g_str_has_prefix (title, "Untitled"))
    return FALSE;
  for (const char *suffix = ".doc\0.docx\0.pdf\0.odt\0.indd\0.rtf\0"; *suffix; suffix += strlen (suffix) + 1)
    if (g_str_has_suffix (title, suffix))
      return FALSE;
  return TRUE;
}

/**
 * bil_pdf_read:
 * @warnings: (nullable): receives messages without the file's name
 *
 * Returns: whether the PDF had text; @error says why not (encrypted,
 *   broken, no pages, a scan without a text layer)
 */
gboolean
bil_pdf_read (const char  *data,
              gsize        len,
              BilDocument *doc,
              GPtrArray   *warnings,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GObject) pdf_object = NULL;
  PopplerDocument *pdf;
  g_autoptr(GError) local = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GString) out = g_string_new (NULL);
  int n_pages;
  guint read_pages;

  if (len > BIL_PDF_MAX_BYTES)
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_TOO_LARGE, "PDF too large (%" G_GSIZE_FORMAT " MB, at most %u MB), skipped",
                   len / (1024 * 1024), BIL_PDF_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  g_array_set_clear_func (lines, line_clear);
  bytes = g_bytes_new_static (data, len);
  pdf = poppler_document_new_from_bytes (bytes, NULL, &local);
  pdf_object = (GObject *) pdf;
  if (pdf == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error_literal (error, BIL_ERROR, BIL_ERROR_ENCRYPTED, "encrypted PDF (it needs a password), skipped");
      else
        g_set_error (error, BIL_ERROR, BIL_ERROR_FORMAT, "broken PDF (%s), skipped", local ? local->message : "unreadable");
      return FALSE;
    }
  n_pages = poppler_document_get_n_pages (pdf);
  if (n_pages <= 0)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_EMPTY, "PDF without pages, skipped");
      return FALSE;
    }
  read_pages = MIN ((guint) n_pages, BIL_PDF_MAX_PAGES);
  if ((guint) n_pages > read_pages && warnings != NULL)
    g_ptr_array_add (warnings, g_strdup_printf ("PDF of %d pages: only the first %u read", n_pages, read_pages));

  for (guint i = 0; i < read_pages; i++)
    {
      g_autoptr(GObject) page_object = G_OBJECT (poppler_document_get_page (pdf, (int) i));
      PopplerPage *page = (PopplerPage *) page_object;

      if (page != NULL)
        {
          guint first = lines->len;

          page_lines (page, i, lines);
          join_table_rows (lines, first);
        }
    }
  if (lines->len == 0)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_NO_TEXT,
                           "PDF without a text layer (a scan?): no text to read, skipped");
      return FALSE;
    }
  mark_running_lines (lines, read_pages);
  write_paragraphs (lines, out);
  if (out->len == 0)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_NO_TEXT, "PDF without text, skipped");
      return FALSE;
    }
  g_string_append_c (out, '\n');

  {
    g_autofree char *title = poppler_document_get_title (pdf);
    g_autofree char *author = poppler_document_get_author (pdf);
    g_autoptr(GDateTime) created = poppler_document_get_creation_date_time (pdf);

    if (useful_title (title))
      bil_document_set_title (doc, title, BIL_ORIGIN_DOCUMENT_INFO);
    bil_document_set_byline (doc, author, BIL_ORIGIN_DOCUMENT_INFO);
    if (created != NULL)
      {
        g_autofree char *date = g_date_time_format (created, "%Y-%m-%d");

        bil_document_set_date (doc, date, BIL_ORIGIN_DOCUMENT_INFO);
      }
  }
  doc->len = out->len;
  doc->text = g_string_free (g_steal_pointer (&out), FALSE);
  return TRUE;
}
