/* bil-html-reader.c: the article in a saved web page
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is parsed by libxml2's HTML parser, which recovers from broken
 * markup. Then, on its tree:
 *
 *  1. metadata from the head and the body (meta elements, JSON-LD, the
 *     canonical link, <title>, the first <h1> and <time>);
 *  2. what is never the article is cut: scripts, styles, forms' controls,
 *     navigation, asides, footers, hidden elements, and elements whose
 *     class or id names them boilerplate (comments, share bars, related
 *     stories, cookie banners), unless they hold most of the page's text;
 *  3. paragraphs are scored as Readability scores them (length, commas,
 *     links) and their scores given to their ancestors: the best-scoring
 *     ancestor, with the siblings that score near it, is the article;
 *  4. inside it, blocks that read as lists of links, galleries or widgets
 *     are dropped, and the rest written out a paragraph a line.
 *
 * When that leaves little text, it is tried again with the class rules
 * off, as Readability does. Every walk over the tree is iterative: markup
 * nested 100,000 deep costs no stack.
 */

#define G_LOG_DOMAIN "bil-html"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "bil-decode.h"
#include "bil-error.h"
#include "bil-html-reader.h"

/* What a tag is, for the walks below. */
typedef enum
{
  TAG_BLOCK     = 1 << 0,  /* starts and ends a paragraph */
  TAG_DROP      = 1 << 1,  /* never article text */
  TAG_PARAGRAPH = 1 << 2,  /* scored as a paragraph */
  TAG_HEADING   = 1 << 3,
  TAG_LINK      = 1 << 4,
  TAG_LIST      = 1 << 5,
  TAG_CLEAN     = 1 << 6,  /* cleaned conditionally inside the article */
  TAG_BREAK     = 1 << 7,
  TAG_IMAGE     = 1 << 8,
  TAG_EMBED     = 1 << 9,
  TAG_INPUT     = 1 << 10,
  TAG_ITEM      = 1 << 11,
} TagFlags;

typedef struct
{
  const char *name;
  guint       flags;
  int         base;   /* Readability's score for a candidate of this tag */
} TagInfo;

static const TagInfo tags[] = {
  { "a", TAG_LINK, 0 },
  { "address", TAG_BLOCK, -3 },
  { "applet", TAG_DROP | TAG_EMBED, 0 },
  { "article", TAG_BLOCK, 5 },
  { "aside", TAG_BLOCK | TAG_DROP, 0 },
  { "audio", TAG_DROP, 0 },
  { "blockquote", TAG_BLOCK, 3 },
  { "body", TAG_BLOCK, 0 },
  { "br", TAG_BREAK, 0 },
  { "button", TAG_DROP | TAG_INPUT, 0 },
  { "canvas", TAG_DROP, 0 },
  { "caption", TAG_BLOCK, 0 },
  { "center", TAG_BLOCK, 0 },
  { "datalist", TAG_DROP, 0 },
  { "dd", TAG_BLOCK, -3 },
  { "details", TAG_BLOCK, 0 },
  { "dialog", TAG_BLOCK | TAG_DROP, 0 },
  { "dir", TAG_BLOCK | TAG_LIST, -3 },
  { "div", TAG_BLOCK | TAG_CLEAN, 5 },
  { "dl", TAG_BLOCK, -3 },
  { "dt", TAG_BLOCK, -3 },
  { "embed", TAG_DROP | TAG_EMBED, 0 },
  { "fieldset", TAG_BLOCK | TAG_CLEAN, 0 },
  { "figcaption", TAG_BLOCK | TAG_DROP, 0 },
  { "figure", TAG_BLOCK, 0 },
  { "footer", TAG_BLOCK, 0 },
  { "form", TAG_BLOCK | TAG_CLEAN, -3 },
  { "frame", TAG_DROP, 0 },
  { "frameset", TAG_DROP, 0 },
  { "h1", TAG_BLOCK | TAG_HEADING, -5 },
  { "h2", TAG_BLOCK | TAG_HEADING, -5 },
  { "h3", TAG_BLOCK | TAG_HEADING, -5 },
  { "h4", TAG_BLOCK | TAG_HEADING, -5 },
  { "h5", TAG_BLOCK | TAG_HEADING, -5 },
  { "h6", TAG_BLOCK | TAG_HEADING, -5 },
  { "head", TAG_DROP, 0 },
  { "header", TAG_BLOCK, 0 },
  { "hgroup", TAG_BLOCK, 0 },
  { "hr", TAG_BLOCK, 0 },
  { "html", TAG_BLOCK, 0 },
  { "iframe", TAG_DROP | TAG_EMBED, 0 },
  { "img", TAG_IMAGE, 0 },
  { "input", TAG_DROP | TAG_INPUT, 0 },
  { "label", 0, 0 },
  { "legend", TAG_BLOCK, 0 },
  { "li", TAG_BLOCK | TAG_ITEM, -3 },
  { "main", TAG_BLOCK, 0 },
  { "map", TAG_DROP, 0 },
  { "math", TAG_DROP, 0 },
  { "menu", TAG_BLOCK | TAG_DROP, 0 },
  { "meter", TAG_DROP, 0 },
  { "nav", TAG_BLOCK | TAG_DROP, 0 },
  { "noframes", TAG_DROP, 0 },
  { "noscript", TAG_DROP, 0 },
  { "object", TAG_DROP | TAG_EMBED, 0 },
  { "ol", TAG_BLOCK | TAG_LIST | TAG_CLEAN, -3 },
  { "optgroup", TAG_DROP, 0 },
  { "option", TAG_DROP, 0 },
  { "output", TAG_DROP, 0 },
  { "p", TAG_BLOCK | TAG_PARAGRAPH, 0 },
  { "picture", TAG_IMAGE, 0 },
  { "pre", TAG_BLOCK | TAG_PARAGRAPH, 3 },
  { "progress", TAG_DROP, 0 },
  { "script", TAG_DROP, 0 },
  { "section", TAG_BLOCK | TAG_CLEAN, 0 },
  { "select", TAG_DROP | TAG_INPUT, 0 },
  { "source", TAG_DROP, 0 },
  { "style", TAG_DROP, 0 },
  { "summary", TAG_BLOCK, 0 },
  { "svg", TAG_DROP, 0 },
  { "table", TAG_BLOCK | TAG_CLEAN, 0 },
  { "tbody", TAG_BLOCK, 0 },
  { "td", TAG_BLOCK | TAG_PARAGRAPH, 3 },
  { "template", TAG_DROP, 0 },
  { "textarea", TAG_DROP | TAG_INPUT, 0 },
  { "tfoot", TAG_BLOCK, 0 },
  { "th", TAG_BLOCK, -5 },
  { "thead", TAG_BLOCK, 0 },
  { "title", TAG_DROP, 0 },
  { "tr", TAG_BLOCK, 0 },
  { "track", TAG_DROP, 0 },
  { "ul", TAG_BLOCK | TAG_LIST | TAG_CLEAN, -3 },
  { "video", TAG_DROP | TAG_EMBED, 0 },
};

static const TagInfo no_tag = { "", 0, 0 };

static int
compare_tag (const void *key,
             const void *item)
{
  return strcmp (key, ((const TagInfo *) item)->name);
}

static const TagInfo *
tag_of (const xmlNode *node)
{
  const TagInfo *info;

  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return &no_tag;
  info = bsearch (node->name, tags, G_N_ELEMENTS (tags), sizeof tags[0], compare_tag);
  return info ? info : &no_tag;
}

static gboolean
is_tag (const xmlNode *node,
        const char    *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL && strcmp ((const char *) node->name, name) == 0;
}

/* An attribute's value (owned by the tree), or NULL. */
static const char *
attr (const xmlNode *node,
      const char    *name)
{
  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    if (a->name != NULL && g_ascii_strcasecmp ((const char *) a->name, name) == 0)
      return a->children != NULL && a->children->type == XML_TEXT_NODE ? (const char *) a->children->content : "";
  return NULL;
}

/* Class or id words, lower-cased, for the pattern lists. */
static void
class_and_id (const xmlNode *node,
              char          *buf,
              gsize          size)
{
  const char *class = attr (node, "class");
  const char *id = attr (node, "id");
  gsize n = 0;

  buf[0] = '\0';
  for (int k = 0; k < 2; k++)
    {
      const char *s = k == 0 ? class : id;

      if (s == NULL)
        continue;
      if (n > 0 && n + 1 < size)
        buf[n++] = ' ';
      for (; *s && n + 1 < size; s++)
        buf[n++] = g_ascii_tolower (*s);
    }
  buf[n] = '\0';
}

static gboolean
matches_any (const char         *s,
             const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (s, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Readability's lists, with the banners and widgets news sites add. */
static const char * const unlikely_words[] = {
  "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
  "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
  "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
  "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "newsletter",
  "outbrain", "taboola", "share", "recommend", "trending", "most-read", "most-popular",
  "caption", "gallery", "slideshow", "carousel", "lightbox", NULL
};

static const char * const comment_words[] = {
  "comment", "disqus", "replies", "respond", NULL
};

static const char * const maybe_words[] = {
  "and", "article", "body", "column", "content", "main", "shadow", NULL
};

static const char * const negative_words[] = {
  "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr",
  "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
  "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "byline",
  "caption", "newsletter", "subscribe", NULL
};

static const char * const positive_words[] = {
  "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
  "text", "blog", "story", NULL
};

static int
class_weight (const xmlNode *node)
{
  int weight = 0;

  for (int k = 0; k < 2; k++)
    {
      const char *value = attr (node, k == 0 ? "class" : "id");
      char buf[256];
      gsize n = 0;

      if (value == NULL || *value == '\0')
        continue;
      for (; value[n] && n + 1 < sizeof buf; n++)
        buf[n] = g_ascii_tolower (value[n]);
      buf[n] = '\0';
      if (matches_any (buf, negative_words))
        weight -= 25;
      if (matches_any (buf, positive_words))
        weight += 25;
    }
  {
    const char *prop = attr (node, "itemprop");

    if (prop != NULL && strstr (prop, "articleBody") != NULL)
      weight += 50;
  }
  return weight;
}

/* ---- Walking the tree without recursion ---- */

typedef gboolean (*EnterFunc) (xmlNode *node, gpointer data);
typedef void     (*LeaveFunc) (xmlNode *node, gpointer data);

/* Pre-order with a call on the way out of each node; @enter returns
 * whether to go into the node's children. */
static void
walk (xmlNode   *root,
      EnterFunc  enter,
      LeaveFunc  leave,
      gpointer   data)
{
  xmlNode *node = root;

  if (root == NULL)
    return;
  for (;;)
    {
      if (enter (node, data) && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      for (;;)
        {
          if (leave)
            leave (node, data);
          if (node == root)
            return;
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }
}

/* ---- What each element holds ---- */

typedef struct
{
  guint32 text;     /* bytes of its text, blanks collapsed */
  guint32 link;     /* of those, inside links */
  guint32 commas;
  guint32 n_p;
  guint32 n_img;
  guint32 n_li;
  guint32 n_input;
  guint32 n_embed;
  guint32 heading;  /* bytes of text inside headings */
  guint32 inline_text;   /* of its text, the bytes not inside a block child */
  guint32 inline_commas;
  gboolean has_block;
  gboolean candidate;
  double   score;
} Info;

typedef struct
{
  Info  *infos;
  guint  n;
  guint  cap;
  int    in_link;
  int    in_heading;
} Stats;

static Info *
info_of (const xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE ? node->_private : NULL;
}

/* Bytes of @s with each run of blanks counted once, and its commas. */
static void
measure_text (const char *s,
              guint32    *len,
              guint32    *commas)
{
  gboolean blank = TRUE;
  guint32 n = 0, c = 0;

  for (const guchar *p = (const guchar *) s; *p; p++)
    {
      if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f')
        {
          if (!blank)
            n++;
          blank = TRUE;
          continue;
        }
      blank = FALSE;
      n++;
      if (*p == ',')
        c++;
      /* '，' and '、' */
      else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C)
        c++;
      else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81)
        c++;
    }
  *len += n;
  *commas += c;
}

static gboolean
count_enter (xmlNode  *node,
             gpointer  data)
{
  guint *n = data;

  if (node->type == XML_ELEMENT_NODE)
    (*n)++;
  return TRUE;
}

static gboolean
stats_enter (xmlNode  *node,
             gpointer  data)
{
  Stats *stats = data;

  if (node->type == XML_ELEMENT_NODE)
    {
      const TagInfo *tag = tag_of (node);

      g_assert (stats->n < stats->cap);
      node->_private = &stats->infos[stats->n++];
      if (tag->flags & TAG_LINK)
        stats->in_link++;
      if (tag->flags & TAG_HEADING)
        stats->in_heading++;
      return TRUE;
    }
  if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
      node->content != NULL && node->parent != NULL && info_of (node->parent) != NULL)
    {
      Info *parent = info_of (node->parent);
      guint32 len = 0, commas = 0;

      measure_text ((const char *) node->content, &len, &commas);
      parent->text += len;
      parent->commas += commas;
      parent->inline_text += len;
      parent->inline_commas += commas;
      if (stats->in_link > 0)
        parent->link += len;
      if (stats->in_heading > 0)
        parent->heading += len;
    }
  return FALSE;
}

static void
stats_leave (xmlNode  *node,
             gpointer  data)
{
  Stats *stats = data;
  const TagInfo *tag;
  Info *info, *parent;

  if (node->type != XML_ELEMENT_NODE)
    return;
  tag = tag_of (node);
  if (tag->flags & TAG_LINK)
    stats->in_link--;
  if (tag->flags & TAG_HEADING)
    stats->in_heading--;
  info = info_of (node);
  if (node->parent == NULL || (parent = info_of (node->parent)) == NULL)
    return;
  parent->text += info->text;
  parent->link += info->link;
  parent->commas += info->commas;
  parent->heading += info->heading;
  parent->n_p += info->n_p + (is_tag (node, "p") ? 1 : 0);
  parent->n_img += info->n_img + ((tag->flags & TAG_IMAGE) ? 1 : 0);
  parent->n_li += info->n_li + ((tag->flags & TAG_ITEM) ? 1 : 0);
  parent->n_input += info->n_input + ((tag->flags & TAG_INPUT) ? 1 : 0);
  parent->n_embed += info->n_embed + ((tag->flags & TAG_EMBED) ? 1 : 0);
  if (tag->flags & TAG_BLOCK)
    parent->has_block = TRUE;
  else
    {
      parent->inline_text += info->inline_text;
      parent->inline_commas += info->inline_commas;
    }
}

/* Fills every element's Info afresh (the tree changed since). */
static void
compute_stats (xmlNode *root,
               Stats   *stats)
{
  guint n = 0;

  walk (root, count_enter, NULL, &n);
  if (n > stats->cap)
    {
      g_free (stats->infos);
      stats->infos = g_new (Info, n);
      stats->cap = n;
    }
  memset (stats->infos, 0, sizeof (Info) * n);
  stats->n = 0;
  stats->in_link = stats->in_heading = 0;
  walk (root, stats_enter, stats_leave, stats);
}

static double
link_density (const Info *info)
{
  return info->text > 0 ? (double) info->link / info->text : 0.0;
}

/* ---- Cutting what is never the article ---- */

enum {
  STRIP_UNLIKELY      = 1 << 0,
  WEIGHT_CLASSES      = 1 << 1,
  CLEAN_CONDITIONALLY = 1 << 2,
};

typedef struct
{
  GPtrArray *doomed;
  guint32    body_text;
  guint      flags;
} Prune;

static gboolean
is_hidden (const xmlNode *node)
{
  const char *style = attr (node, "style");
  const char *aria = attr (node, "aria-hidden");

  if (attr (node, "hidden") != NULL)
    return TRUE;
  if (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0 && !is_tag (node, "body"))
    return TRUE;
  if (style != NULL)
    {
      char buf[128];
      gsize n = 0;

      for (const char *s = style; *s && n + 1 < sizeof buf; s++)
        if (*s != ' ')
          buf[n++] = g_ascii_tolower (*s);
      buf[n] = '\0';
      if (strstr (buf, "display:none") != NULL || strstr (buf, "visibility:hidden") != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_role_to_drop (const xmlNode *node)
{
  static const char * const roles[] = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    "banner", "contentinfo", "search", NULL
  };
  const char *role = attr (node, "role");

  if (role == NULL)
    return FALSE;
  for (guint i = 0; roles[i] != NULL; i++)
    if (g_ascii_strcasecmp (role, roles[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
prune_enter (xmlNode  *node,
             gpointer  data)
{
  Prune *prune = data;
  const TagInfo *tag;
  const Info *info;
  gboolean holds_article;
  char words[256];

  if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE)
    {
      g_ptr_array_add (prune->doomed, node);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  tag = tag_of (node);
  info = info_of (node);
  if (is_tag (node, "html") || is_tag (node, "body"))
    return TRUE;
  if (tag->flags & TAG_DROP)
    {
      g_ptr_array_add (prune->doomed, node);
      return FALSE;
    }
  /* Readers' comments are never the article, however long the thread. */
  class_and_id (node, words, sizeof words);
  if (words[0] != '\0' && matches_any (words, comment_words) &&
      !matches_any (words, maybe_words) && !is_tag (node, "article") && !is_tag (node, "main"))
    {
      g_ptr_array_add (prune->doomed, node);
      return FALSE;
    }
  /* An element that holds most of the page's text is kept whatever its
   * name says ("page-wrapper with-sidebar", an ASP.NET page's one form). */
  holds_article = info->text > prune->body_text / 2;
  if (holds_article)
    return TRUE;
  if (is_hidden (node) || has_role_to_drop (node) || is_tag (node, "footer"))
    {
      g_ptr_array_add (prune->doomed, node);
      return FALSE;
    }
  if (is_tag (node, "form") && info->n_input > 0 && info->n_p < 3)
    {
      g_ptr_array_add (prune->doomed, node);
      return FALSE;
    }
  /* The page's or the story's header: headline, byline, date, which come
   * from the metadata; not a header that holds paragraphs. */
  if (is_tag (node, "header") && info->n_p < 2)
    {
      g_ptr_array_add (prune->doomed, node);
      return FALSE;
    }
  if ((prune->flags & STRIP_UNLIKELY) && !is_tag (node, "a") && !is_tag (node, "article") &&
      !is_tag (node, "main"))
    {
      if (words[0] != '\0' && matches_any (words, unlikely_words) && !matches_any (words, maybe_words))
        {
          g_ptr_array_add (prune->doomed, node);
          return FALSE;
        }
    }
  return TRUE;
}

static void
free_doomed (GPtrArray *doomed)
{
  for (guint i = 0; i < doomed->len; i++)
    {
      xmlNode *node = g_ptr_array_index (doomed, i);

      xmlUnlinkNode (node);
      xmlFreeNode (node);
    }
  g_ptr_array_set_size (doomed, 0);
}

/* ---- Scoring ---- */

typedef struct
{
  GPtrArray *candidates;
  guint      flags;
} Score;

static void
init_candidate (xmlNode *node,
                Info    *info,
                guint    flags,
                GPtrArray *candidates)
{
  if (info->candidate)
    return;
  info->candidate = TRUE;
  info->score = tag_of (node)->base + ((flags & WEIGHT_CLASSES) ? class_weight (node) : 0);
  g_ptr_array_add (candidates, node);
}

/* Readability's points for a paragraph, given to its ancestors from
 * @first up: in full to the first, half to the next, then a third of the
 * level. */
static void
give_points (xmlNode *first,
             guint32  text,
             guint32  commas,
             Score   *score)
{
  double points = 1 + commas + MIN (text / 100, 3);
  int level = 0;

  /* Up to the body: only elements inside it were measured. */
  for (xmlNode *up = first; up != NULL && up->type == XML_ELEMENT_NODE && !is_tag (up, "html") && level < 5;
       up = up->parent, level++)
    {
      Info *up_info = info_of (up);
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;

      if (up_info == NULL)   /* outside what was measured */
        break;
      init_candidate (up, up_info, score->flags, score->candidates);
      up_info->score += points / divider;
    }
}

static gboolean
score_enter (xmlNode  *node,
             gpointer  data)
{
  Score *score = data;
  const TagInfo *tag;
  Info *info;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  tag = tag_of (node);
  info = info_of (node);
  if (tag->flags & TAG_PARAGRAPH)
    {
      if (info->text >= 25)
        give_points (node->parent, info->text, info->commas, score);
      /* A cell may hold paragraphs of its own. */
      return is_tag (node, "td") && info->has_block;
    }
  /* Text outside any paragraph: a div used as one ("text<br><br>text"),
   * or the runs of text between a div's blocks. Readability wraps those in
   * paragraphs of their own, whose parent is this element. */
  if ((tag->flags & TAG_BLOCK) && !(tag->flags & (TAG_HEADING | TAG_ITEM)) && info->inline_text >= 25)
    give_points (node, info->inline_text, info->inline_commas, score);
  return info->has_block;
}

static double
final_score (const xmlNode *node)
{
  const Info *info = info_of (node);

  return info->score * (1 - link_density (info));
}

static xmlNode *
choose_top (GPtrArray *candidates,
            xmlNode   *body)
{
  xmlNode *top[5] = { NULL };
  double best[5] = { 0 };
  xmlNode *chosen;

  for (guint i = 0; i < candidates->len; i++)
    {
      xmlNode *node = g_ptr_array_index (candidates, i);
      double s = final_score (node);

      info_of (node)->score = s;
      for (int k = 0; k < 5; k++)
        if (top[k] == NULL || s > best[k])
          {
            memmove (top + k + 1, top + k, sizeof top[0] * (4 - k));
            memmove (best + k + 1, best + k, sizeof best[0] * (4 - k));
            top[k] = node;
            best[k] = s;
            break;
          }
    }
  if (top[0] == NULL || is_tag (top[0], "body") || is_tag (top[0], "html"))
    return body;
  chosen = top[0];

  /* Three of the best five inside one ancestor: the article is that
   * ancestor, split in parts by ads or figures. */
  {
    xmlNode *alternatives[4];
    int n_alt = 0;

    for (int k = 1; k < 5; k++)
      if (top[k] != NULL && best[k] / best[0] >= 0.75)
        alternatives[n_alt++] = top[k];
    if (n_alt >= 3)
      for (xmlNode *up = chosen->parent; up != NULL && up->type == XML_ELEMENT_NODE && !is_tag (up, "body"); up = up->parent)
        {
          int inside = 0;

          for (int k = 0; k < n_alt; k++)
            for (xmlNode *a = alternatives[k]; a != NULL; a = a->parent)
              if (a == up)
                {
                  inside++;
                  break;
                }
          if (inside >= 3)
            {
              chosen = up;
              break;
            }
        }
  }

  /* A parent that scores more than its best child holds more of it. */
  {
    double last = info_of (chosen)->candidate ? info_of (chosen)->score : 0;
    double threshold = last / 3;

    for (xmlNode *up = chosen->parent; up != NULL && up->type == XML_ELEMENT_NODE && !is_tag (up, "body"); up = up->parent)
      {
        const Info *up_info = info_of (up);

        if (up_info == NULL)
          break;
        if (!up_info->candidate)
          continue;
        if (up_info->score < threshold)
          break;
        if (up_info->score > last)
          {
            chosen = up;
            break;
          }
        last = up_info->score;
      }
  }

  /* An only child stands for its parent. */
  while (chosen->parent != NULL && chosen->parent->type == XML_ELEMENT_NODE && !is_tag (chosen->parent, "body") &&
         xmlChildElementCount (chosen->parent) == 1)
    chosen = chosen->parent;
  return chosen;
}

static gboolean
ends_sentence (const xmlNode *node)
{
  g_autofree char *text = (char *) xmlNodeGetContent (node);
  gsize n;

  if (text == NULL)
    return FALSE;
  g_strchomp (text);
  n = strlen (text);
  return n > 0 && (text[n - 1] == '.' || text[n - 1] == '!' || text[n - 1] == '?' || g_str_has_suffix (text, "。"));
}

/* The top candidate and the siblings that belong with it, in order. */
static void
gather_siblings (xmlNode   *top,
                 GPtrArray *parts)
{
  const Info *top_info = info_of (top);
  double threshold = MAX (10, top_info->score * 0.2);
  const char *top_class = attr (top, "class");

  if (top->parent == NULL || is_tag (top, "body"))
    {
      g_ptr_array_add (parts, top);
      return;
    }
  for (xmlNode *s = top->parent->children; s != NULL; s = s->next)
    {
      const Info *info;

      if (s->type != XML_ELEMENT_NODE)
        continue;
      if (s == top)
        {
          g_ptr_array_add (parts, s);
          continue;
        }
      /* Broken markup can put the chosen part beside elements that were
       * never measured (a second <html> inside the body). */
      if ((info = info_of (s)) == NULL)
        continue;
      {
        const char *class = attr (s, "class");
        double bonus = top_class != NULL && *top_class && class != NULL && strcmp (class, top_class) == 0
                       ? top_info->score * 0.2 : 0;

        if (info->candidate && info->score + bonus >= threshold)
          {
            g_ptr_array_add (parts, s);
            continue;
          }
      }
      if (is_tag (s, "p") || (!info->has_block && is_tag (s, "div")))
        {
          double ld = link_density (info);

          if ((info->text > 80 && ld < 0.25) ||
              (info->text > 0 && info->text <= 80 && ld == 0 && ends_sentence (s)))
            g_ptr_array_add (parts, s);
        }
    }
}

/* ---- Cleaning inside the article ---- */

typedef struct
{
  GPtrArray *doomed;
  guint      flags;
  int        in_figure;
} Clean;

static gboolean
clean_enter (xmlNode  *node,
             gpointer  data)
{
  Clean *clean = data;
  const TagInfo *tag;
  const Info *info;
  int weight;
  gboolean is_list, remove = FALSE;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  tag = tag_of (node);
  info = info_of (node);
  if (is_tag (node, "figure"))
    clean->in_figure++;
  weight = (clean->flags & WEIGHT_CLASSES) ? class_weight (node) : 0;

  /* Headings that name a widget, not a section of the story. */
  if ((tag->flags & TAG_HEADING) && weight < 0)
    remove = TRUE;
  else if ((tag->flags & TAG_CLEAN) && (clean->flags & CLEAN_CONDITIONALLY))
    {
      double score = info->candidate ? info->score : 0;

      is_list = (tag->flags & TAG_LIST) != 0;
      if (!is_list && is_tag (node, "div") && info->n_li > 0 && info->text > 0)
        is_list = FALSE;
      if (weight + score < 0)
        remove = TRUE;
      else if (info->commas < 10)
        {
          double p = info->n_p, img = info->n_img;
          double li = (double) info->n_li - (is_list ? 100 : 0);
          double ld = link_density (info);
          double heading_density = info->text > 0 ? (double) info->heading / info->text : 0;

          remove = (img > 1 && p / img < 0.5 && clean->in_figure == 0) ||
                   (!is_list && li > p) ||
                   (info->n_input > p / 3) ||
                   (!is_list && heading_density < 0.9 && info->text < 25 && (img == 0 || img > 2) &&
                    clean->in_figure == 0) ||
                   (!is_list && weight < 25 && ld > 0.2) ||
                   (weight >= 25 && ld > 0.5) ||
                   (info->n_embed == 1 && info->text < 75) || info->n_embed > 1;
          /* A list whose items are mostly links: "related stories". */
          if (is_list && ld > 0.5)
            remove = TRUE;
        }
    }
  if (remove)
    {
      g_ptr_array_add (clean->doomed, node);
      if (is_tag (node, "figure"))
        clean->in_figure--;
      return FALSE;
    }
  return TRUE;
}

static void
clean_leave (xmlNode  *node,
             gpointer  data)
{
  Clean *clean = data;

  if (is_tag (node, "figure"))
    clean->in_figure--;
}

/* ---- Writing the text out ---- */

typedef struct
{
  GString *out;
  GString *para;
  guint32  para_link;
  int      in_link;
  gboolean blank;      /* the paragraph ends in a blank */
  gboolean skip_h1;
} Writer;

static void
append_text (Writer     *w,
             const char *s)
{
  for (const guchar *p = (const guchar *) s; *p; p++)
    {
      guchar c = *p;

      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
        {
          w->blank = TRUE;
          continue;
        }
      /* No-break space as a space; soft hyphen and zero-width space not at all. */
      if (c == 0xC2 && p[1] == 0xA0)
        {
          p++;
          w->blank = TRUE;
          continue;
        }
      if (c == 0xC2 && p[1] == 0xAD)
        {
          p++;
          continue;
        }
      if (c == 0xE2 && p[1] == 0x80 && (p[2] == 0x8B || p[2] == 0x8C || p[2] == 0x8D))
        {
          p += 2;
          continue;
        }
      if (c < 0x20)
        continue;
      if (w->blank && w->para->len > 0)
        {
          g_string_append_c (w->para, ' ');
          if (w->in_link > 0)
            w->para_link++;
        }
      w->blank = FALSE;
      g_string_append_c (w->para, (char) c);
      if (w->in_link > 0)
        w->para_link++;
    }
}

static void
end_paragraph (Writer  *w,
               gboolean line_only)
{
  if (w->para->len > 0)
    {
      /* A line that is only links is a menu or a "read more". */
      gboolean links = w->para_link * 10 > w->para->len * 9 && w->para->len < 200;

      if (!links)
        {
          if (w->out->len > 0)
            g_string_append (w->out, line_only ? "\n" : "\n\n");
          g_string_append_len (w->out, w->para->str, w->para->len);
        }
    }
  g_string_truncate (w->para, 0);
  w->para_link = 0;
  w->blank = FALSE;
}

static gboolean
write_enter (xmlNode  *node,
             gpointer  data)
{
  Writer *w = data;
  const TagInfo *tag;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        append_text (w, (const char *) node->content);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  tag = tag_of (node);
  if (tag->flags & TAG_DROP)
    return FALSE;
  if (w->skip_h1 && is_tag (node, "h1"))
    return FALSE;
  if (tag->flags & TAG_BREAK)
    {
      end_paragraph (w, TRUE);
      return FALSE;
    }
  if (tag->flags & TAG_BLOCK)
    end_paragraph (w, FALSE);
  else if (tag->flags & TAG_LINK)
    w->in_link++;
  /* Cells of a row are apart. */
  if (is_tag (node, "td") || is_tag (node, "th"))
    w->blank = TRUE;
  return TRUE;
}

static void
write_leave (xmlNode  *node,
             gpointer  data)
{
  Writer *w = data;
  const TagInfo *tag = tag_of (node);

  if (node->type != XML_ELEMENT_NODE)
    return;
  if (tag->flags & TAG_BLOCK)
    end_paragraph (w, FALSE);
  else if (tag->flags & TAG_LINK)
    w->in_link--;
}

static void
write_nodes (GPtrArray *parts,
             GString   *out,
             gboolean   skip_h1)
{
  Writer w = { out, g_string_new (NULL), 0, 0, FALSE, skip_h1 };

  for (guint i = 0; i < parts->len; i++)
    {
      walk (g_ptr_array_index (parts, i), write_enter, write_leave, &w);
      end_paragraph (&w, FALSE);
    }
  g_string_free (w.para, TRUE);
}

/* ---- Metadata ---- */

typedef struct
{
  BilDocument *doc;
  char *title_element;
  char *h1;
  char *og_title;
  char *site_name;
  char *time_datetime;
  char *canonical;
  char *og_url;
  GPtrArray *json_ld;
  GHashTable *meta;   /* lower-cased name → content, the first of each */
  int in_body;
} Meta;

static char *
node_text (xmlNode *node)
{
  char *text = (char *) xmlNodeGetContent (node);
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strdup (g_strstrip (text));
  xmlFree (text);
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static gboolean
meta_enter (xmlNode  *node,
            gpointer  data)
{
  Meta *m = data;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_tag (node, "title") && m->title_element == NULL && !m->in_body)
    {
      m->title_element = node_text (node);
      return FALSE;
    }
  if (is_tag (node, "meta"))
    {
      const char *content = attr (node, "content");
      const char *names[] = { attr (node, "property"), attr (node, "name"), attr (node, "itemprop") };

      if (content == NULL || *content == '\0')
        content = attr (node, "datetime");
      if (content == NULL || *content == '\0')
        return FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (names); k++)
        if (names[k] != NULL && *names[k] != '\0')
          {
            char *key = g_ascii_strdown (names[k], -1);

            if (g_hash_table_contains (m->meta, key))
              g_free (key);
            else
              g_hash_table_insert (m->meta, key, g_strdup (content));
          }
      return FALSE;
    }
  if (is_tag (node, "link"))
    {
      const char *rel = attr (node, "rel");
      const char *href = attr (node, "href");

      if (rel != NULL && href != NULL && g_ascii_strcasecmp (rel, "canonical") == 0 && m->canonical == NULL)
        m->canonical = g_strdup (href);
      return FALSE;
    }
  if (is_tag (node, "script"))
    {
      const char *type = attr (node, "type");

      if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0 && m->json_ld->len < 16)
        {
          char *text = node_text (node);

          if (text != NULL)
            g_ptr_array_add (m->json_ld, text);
        }
      return FALSE;
    }
  if (is_tag (node, "style") || is_tag (node, "noscript") || is_tag (node, "template"))
    return FALSE;
  if (is_tag (node, "body"))
    m->in_body = 1;
  if (is_tag (node, "h1") && m->h1 == NULL)
    {
      m->h1 = node_text (node);
      return FALSE;
    }
  if (is_tag (node, "time") && m->time_datetime == NULL)
    {
      const char *datetime = attr (node, "datetime");

      if (datetime != NULL && *datetime != '\0')
        m->time_datetime = g_strdup (datetime);
    }
  {
    const char *prop = attr (node, "itemprop");

    if (prop != NULL && g_ascii_strcasecmp (prop, "datePublished") == 0 && m->time_datetime == NULL)
      {
        const char *v = attr (node, "datetime");

        if (v == NULL)
          v = attr (node, "content");
        if (v != NULL && *v != '\0')
          m->time_datetime = g_strdup (v);
      }
  }
  return TRUE;
}

static const char *
meta_get (Meta        *m,
          const char  *name)
{
  return g_hash_table_lookup (m->meta, name);
}

/* A JSON-LD value that names someone: a string, {"name": …}, or a list. */
static void
append_names (JsonNode *node,
              GString  *out)
{
  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);

      if (s != NULL && *s != '\0' && strstr (s, "://") == NULL && out->len < 200)
        {
          if (out->len > 0)
            g_string_append (out, ", ");
          g_string_append (out, s);
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node);

      if (json_object_has_member (o, "name"))
        append_names (json_object_get_member (o, "name"), out);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a) && i < 8; i++)
        append_names (json_array_get_element (a, i), out);
    }
}

static const char *
json_string (JsonObject *o,
             const char *name)
{
  JsonNode *node = json_object_get_member (o, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
is_article_type (JsonObject *o)
{
  JsonNode *type = json_object_get_member (o, "@type");
  static const char * const kinds[] = {
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "Report", "ScholarlyArticle",
    "TechArticle", "LiveBlogPosting", "SocialMediaPosting", "WebPage", NULL
  };

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *a = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);

          if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING &&
              g_strv_contains (kinds, json_node_get_string (e)))
            return TRUE;
        }
      return FALSE;
    }
  return JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING &&
         g_strv_contains (kinds, json_node_get_string (type));
}

/* The first article object of a JSON-LD block: itself, an element of a
 * list, or of its "@graph"; WebPage only when nothing better is there. */
static JsonObject *
find_article_object (JsonNode *node,
                     int       depth,
                     gboolean  webpage_ok)
{
  if (node == NULL || depth > 4)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a) && i < 64; i++)
        {
          JsonObject *o = find_article_object (json_array_get_element (a, i), depth + 1, webpage_ok);

          if (o != NULL)
            return o;
        }
      return NULL;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node);
      const char *type = json_string (o, "@type");

      if (is_article_type (o) && (webpage_ok || g_strcmp0 (type, "WebPage") != 0))
        return o;
      if (json_object_has_member (o, "@graph"))
        return find_article_object (json_object_get_member (o, "@graph"), depth + 1, webpage_ok);
    }
  return NULL;
}

static void
read_json_ld (Meta *m)
{
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < m->json_ld->len; i++)
      {
        g_autoptr(JsonParser) parser = json_parser_new_immutable ();
        JsonObject *o;
        JsonNode *publisher;

        if (!json_parser_load_from_data (parser, g_ptr_array_index (m->json_ld, i), -1, NULL))
          continue;
        o = find_article_object (json_parser_get_root (parser), 0, pass == 1);
        if (o == NULL)
          continue;
        if (pass == 0)
          bil_document_set_title (m->doc, json_string (o, "headline"), BIL_ORIGIN_JSON_LD);
        bil_document_set_date (m->doc, json_string (o, "datePublished"), BIL_ORIGIN_JSON_LD);
        if (pass == 0)
          {
            g_autoptr(GString) names = g_string_new (NULL);

            append_names (json_object_get_member (o, "author"), names);
            if (names->len > 0)
              bil_document_set_byline (m->doc, names->str, BIL_ORIGIN_JSON_LD);
          }
        publisher = json_object_get_member (o, "publisher");
        if (publisher != NULL)
          {
            g_autoptr(GString) names = g_string_new (NULL);

            append_names (publisher, names);
            if (names->len > 0)
              bil_document_set_source (m->doc, names->str, BIL_ORIGIN_JSON_LD);
          }
        return;
      }
}

static gboolean
separator_at (const char *s,
              gsize       i,
              gsize      *sep_len)
{
  static const char * const seps[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " : ", NULL };

  for (guint k = 0; seps[k] != NULL; k++)
    if (strncmp (s + i, seps[k], strlen (seps[k])) == 0)
      {
        *sep_len = strlen (seps[k]);
        return TRUE;
      }
  return FALSE;
}

static guint
count_words (const char *s,
             gsize       len)
{
  guint n = 0;
  gboolean in = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gboolean space = s[i] == ' ';

      if (!space && !in)
        n++;
      in = !space;
    }
  return n;
}

/* "Headline | Site" or "Site - Headline" without the site: its name where
 * the page gives it, else a short last part after a separator. */
static char *
strip_site_name (const char *title,
                 const char *site,
                 gboolean    guess)
{
  gsize len = strlen (title), sep = 0, first = 0, last = 0, last_len = 0;

  for (gsize i = 0; i < len; i++)
    if (separator_at (title, i, &sep))
      {
        if (first == 0)
          first = i;
        last = i;
        last_len = sep;
      }
  if (last == 0)
    return g_strdup (title);
  if (site != NULL && *site != '\0')
    {
      if (g_ascii_strcasecmp (title + last + last_len, site) == 0)
        return g_strndup (title, last);
      if (g_ascii_strncasecmp (title, site, strlen (site)) == 0 && first == strlen (site))
        {
          separator_at (title, first, &sep);
          return g_strdup (title + first + sep);
        }
    }
  if (guess && count_words (title + last + last_len, len - last - last_len) <= 4 &&
      count_words (title, last) >= 3)
    return g_strndup (title, last);
  return g_strdup (title);
}

/* A date in the page's address: /2019/11/18/ or /2019-11-18/. */
static char *
date_in_address (const char *url)
{
  const char *path = url ? strstr (url, "://") : NULL;

  if (path == NULL || (path = strchr (path + 3, '/')) == NULL)
    return NULL;
  for (const char *p = path; *p; p++)
    {
      if (*p != '/' || !g_ascii_isdigit (p[1]))
        continue;
      if (g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]) &&
          (p[5] == '/' || p[5] == '-') && g_ascii_isdigit (p[6]) && g_ascii_isdigit (p[7]) &&
          p[8] == p[5] && g_ascii_isdigit (p[9]) && g_ascii_isdigit (p[10]) &&
          (p[11] == '/' || p[11] == '-' || p[11] == '\0' || p[11] == '.'))
        {
          char buf[11];

          memcpy (buf, p + 1, 10);
          buf[4] = buf[7] = '-';
          buf[10] = '\0';
          return bil_document_normalize_date (buf);
        }
    }
  return NULL;
}

/* "<!-- saved from url=(0042)https://… -->", which browsers write atop a
 * page they save (and Bilateral atop a page it fetches): the address the
 * page came from. */
static char *
saved_from_address (xmlDoc *xml)
{
  xmlNode *root = xmlDocGetRootElement (xml);
  xmlNode *lists[] = { xml->children, root ? root->children : NULL };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (xmlNode *c = lists[l]; c != NULL; c = c->next)
      {
        const char *s;

        if (c->type == XML_ELEMENT_NODE && l == 1)
          break;   /* only before the page's own elements */
        if (c->type != XML_COMMENT_NODE || c->content == NULL)
          continue;
        s = (const char *) c->content;
        while (g_ascii_isspace (*s))
          s++;
        if (g_ascii_strncasecmp (s, "saved from url=(", 16) == 0 && (s = strchr (s, ')')) != NULL)
          {
            const char *end = ++s;

            while (*end != '\0' && !g_ascii_isspace (*end))
              end++;
            return g_strndup (s, (gsize) (end - s));
          }
      }
  return NULL;
}

static void
read_metadata (xmlDoc      *xml,
               BilDocument *doc)
{
  Meta m = { doc };
  static const char * const date_names[] = {
    "article:published_time", "og:article:published_time", "article:published", "datepublished",
    "publishdate", "publish-date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "original-publish-date", "article.published", "og:published_time", NULL
  };
  static const char * const author_names[] = {
    "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author", NULL
  };

  m.json_ld = g_ptr_array_new_with_free_func (g_free);
  m.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  walk (xmlDocGetRootElement (xml), meta_enter, NULL, &m);

  m.og_title = g_strdup (meta_get (&m, "og:title"));
  m.site_name = g_strdup (meta_get (&m, "og:site_name"));
  bil_document_set_source (doc, m.site_name, BIL_ORIGIN_PAGE_META);
  read_json_ld (&m);
  bil_document_set_source (doc, meta_get (&m, "application-name"), BIL_ORIGIN_PAGE_META);

  if (m.og_title != NULL)
    {
      g_autofree char *t = strip_site_name (m.og_title, doc->source, FALSE);

      bil_document_set_title (doc, t, BIL_ORIGIN_PAGE_META);
    }
  /* JSON-LD gave it above, when there; then the headline, then <title>. */
  bil_document_set_title (doc, m.h1, BIL_ORIGIN_PAGE_HEADING);
  if (m.title_element != NULL)
    {
      g_autofree char *t = strip_site_name (m.title_element, doc->source, TRUE);

      bil_document_set_title (doc, t, BIL_ORIGIN_PAGE_TITLE);
    }

  for (guint i = 0; date_names[i] != NULL && doc->date == NULL; i++)
    bil_document_set_date (doc, meta_get (&m, date_names[i]), BIL_ORIGIN_PAGE_META);
  bil_document_set_date (doc, m.time_datetime, BIL_ORIGIN_TIME_ELEMENT);

  for (guint i = 0; author_names[i] != NULL && doc->byline == NULL; i++)
    bil_document_set_byline (doc, meta_get (&m, author_names[i]), BIL_ORIGIN_PAGE_META);

  {
    g_autofree char *fetched = saved_from_address (xml);

    bil_document_set_url (doc, fetched, BIL_ORIGIN_FETCHED);
  }
  bil_document_set_url (doc, m.canonical, BIL_ORIGIN_CANONICAL);
  bil_document_set_url (doc, meta_get (&m, "og:url"), BIL_ORIGIN_PAGE_META);
  if (doc->date == NULL && doc->url != NULL)
    {
      g_autofree char *d = date_in_address (doc->url);

      bil_document_set_date (doc, d, BIL_ORIGIN_ADDRESS);
    }

  g_free (m.title_element);
  g_free (m.h1);
  g_free (m.og_title);
  g_free (m.site_name);
  g_free (m.time_datetime);
  g_free (m.canonical);
  g_free (m.og_url);
  g_ptr_array_unref (m.json_ld);
  g_hash_table_unref (m.meta);
}

/* ---- Charset ---- */

/* The charset a page declares in its first 4 KB: <meta charset="…">, or
 * <meta http-equiv="Content-Type" content="text/html; charset=…">; the
 * HTML standard's prescan looks there too. */
static char *
declared_charset (const char *data,
                  gsize       len)
{
  gsize n = MIN (len, 4096);

  for (gsize i = 0; i + 8 < n; i++)
    {
      gsize j, start;

      if (g_ascii_strncasecmp (data + i, "charset", 7) != 0)
        continue;
      j = i + 7;
      while (j < n && data[j] == ' ')
        j++;
      if (j >= n || data[j] != '=')
        continue;
      j++;
      while (j < n && (data[j] == ' ' || data[j] == '"' || data[j] == '\''))
        j++;
      start = j;
      while (j < n && (g_ascii_isalnum (data[j]) || data[j] == '-' || data[j] == '_' || data[j] == '.' || data[j] == ':'))
        j++;
      if (j > start && j - start < 40)
        return g_ascii_strdown (data + start, (gssize) (j - start));
    }
  return NULL;
}

static gboolean
is_utf8_name (const char *charset)
{
  return strcmp (charset, "utf-8") == 0 || strcmp (charset, "utf8") == 0;
}

/* The page as UTF-8 and the charset it was read in (NULL for UTF-8). */
static char *
page_to_utf8 (const char  *data,
              gsize        len,
              gsize       *out_len,
              char       **charset_out,
              GPtrArray   *warnings,
              GError     **error)
{
  const guchar *u = (const guchar *) data;
  g_autofree char *declared = NULL;
  g_autoptr(GError) local_error = NULL;
  BilEncoding encoding;
  gsize start = 0, text_len = 0;
  char *text;

  *charset_out = NULL;
  /* A byte-order mark decides; else what the page says; else UTF-8 with
   * the Windows-1252 fallback of plain text. */
  if (!(len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) &&
      !(len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF))
    declared = declared_charset (data, len);

  if (declared != NULL && !is_utf8_name (declared) && strncmp (declared, "utf-16", 6) != 0)
    {
      /* As browsers do: Latin-1 and ASCII are read as Windows-1252. */
      const char *from = declared;
      gsize read = 0;
      g_autoptr(GError) local = NULL;

      if (strcmp (declared, "iso-8859-1") == 0 || strcmp (declared, "latin1") == 0 ||
          strcmp (declared, "us-ascii") == 0 || strcmp (declared, "ascii") == 0 ||
          strcmp (declared, "windows-1252") == 0 || strcmp (declared, "cp1252") == 0)
        {
          text = bil_decode_windows_1252 (data, len, out_len);
          *charset_out = g_strdup ("windows-1252");
          return text;
        }
      text = g_convert (data, (gssize) len, "UTF-8", from, &read, out_len, &local);
      if (text != NULL)
        {
          *charset_out = g_steal_pointer (&declared);
          return text;
        }
      if (warnings != NULL)
        g_ptr_array_add (warnings, g_strdup_printf ("declares charset \"%s\" but %s; read as UTF-8 or Windows-1252",
                                                    declared, local->message));
    }

  /* Whether the caller wants the reason or not: a binary page (NUL bytes)
   * is refused, never passed on raw. */
  text = bil_decode_text (data, len, &encoding, &start, &text_len, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (text == NULL)
    {
      *out_len = text_len;
      return g_strndup (data + start, text_len);
    }
  if (encoding == BIL_ENCODING_WINDOWS_1252)
    {
      *charset_out = g_strdup ("windows-1252");
      if (warnings != NULL && declared != NULL && is_utf8_name (declared))
        g_ptr_array_add (warnings, g_strdup ("declares UTF-8 but is not; read as Windows-1252"));
      else if (warnings != NULL)
        g_ptr_array_add (warnings, g_strdup ("not valid UTF-8, read as Windows-1252"));
    }
  else if (encoding == BIL_ENCODING_UTF16LE || encoding == BIL_ENCODING_UTF16BE)
    *charset_out = g_strdup (bil_encoding_to_string (encoding));
  *out_len = text_len;
  return text;
}

/* ---- Putting it together ---- */

static xmlDoc *
parse (const char *utf8,
       gsize       len)
{
  return htmlReadMemory (utf8, (int) len, NULL, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                         HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
}

static xmlNode *
find_body (xmlDoc *xml)
{
  xmlNode *root = xmlDocGetRootElement (xml);

  if (root == NULL)
    return NULL;
  for (xmlNode *c = root->children; c != NULL; c = c->next)
    if (is_tag (c, "body"))
      return c;
  return root;
}

/* One try at the article with @flags; its text into @out. */
static void
extract (xmlDoc  *xml,
         guint    flags,
         GString *out)
{
  xmlNode *body = find_body (xml);
  Stats stats = { 0 };
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  xmlNode *top;

  if (body == NULL)
    return;

  compute_stats (body, &stats);
  {
    Prune prune = { doomed, info_of (body)->text, flags };

    walk (body, prune_enter, NULL, &prune);
    free_doomed (doomed);
  }

  compute_stats (body, &stats);
  {
    Score score = { candidates, flags };

    walk (body, score_enter, NULL, &score);
  }
  top = choose_top (candidates, body);
  gather_siblings (top, parts);

  {
    Clean clean = { doomed, flags, 0 };

    for (guint i = 0; i < parts->len; i++)
      {
        xmlNode *part = g_ptr_array_index (parts, i);

        /* The part itself is kept: it was chosen. */
        for (xmlNode *c = part->children; c != NULL; c = c->next)
          walk (c, clean_enter, clean_leave, &clean);
      }
    free_doomed (doomed);
  }

  write_nodes (parts, out, TRUE);
  g_free (stats.infos);
}

gboolean
bil_html_sniff (const char *data,
                gsize       len)
{
  gsize i = 0, n = MIN (len, 1024);

  if (n >= 3 && (guchar) data[0] == 0xEF && (guchar) data[1] == 0xBB && (guchar) data[2] == 0xBF)
    i = 3;
  while (i < n && g_ascii_isspace (data[i]))
    i++;
  if (i >= n || data[i] != '<')
    return FALSE;
  for (; i + 5 < n; i++)
    if (data[i] == '<' &&
        (g_ascii_strncasecmp (data + i, "<!doctype html", 14) == 0 || g_ascii_strncasecmp (data + i, "<html", 5) == 0 ||
         g_ascii_strncasecmp (data + i, "<head", 5) == 0 || g_ascii_strncasecmp (data + i, "<body", 5) == 0 ||
         g_ascii_strncasecmp (data + i, "<meta", 5) == 0 || g_ascii_strncasecmp (data + i, "<title", 6) == 0 ||
         g_ascii_strncasecmp (data + i, "<div", 4) == 0 || g_ascii_strncasecmp (data + i, "<p>", 3) == 0))
      return TRUE;
  return FALSE;
}

/**
 * bil_html_read:
 * @warnings: (nullable): receives messages without the file's name
 *
 * Reads a saved web page: the article's text, a paragraph a line, the
 * headline first, and the metadata the page states.
 *
 * Returns: whether there was article text; @error says why not
 */
gboolean
bil_html_read (const char  *data,
               gsize        len,
               BilDocument *doc,
               GPtrArray   *warnings,
               GError     **error)
{
  g_autofree char *utf8 = NULL;
  gsize utf8_len = 0;
  xmlDoc *xml;
  g_autoptr(GString) best = g_string_new (NULL);
  static const guint attempts[] = {
    STRIP_UNLIKELY | WEIGHT_CLASSES | CLEAN_CONDITIONALLY,
    WEIGHT_CLASSES | CLEAN_CONDITIONALLY,
    CLEAN_CONDITIONALLY,
    0,
  };

  if (len > BIL_HTML_MAX_BYTES)
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_TOO_LARGE,
                   "web page too large (%" G_GSIZE_FORMAT " MB, at most %u MB), skipped",
                   len / (1024 * 1024), BIL_HTML_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  utf8 = page_to_utf8 (data, len, &utf8_len, &doc->charset, warnings, error);
  if (utf8 == NULL)
    return FALSE;
  if (utf8_len > G_MAXINT)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_TOO_LARGE, "web page too large, skipped");
      return FALSE;
    }

  xml = parse (utf8, utf8_len);
  if (xml == NULL)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT, "not a web page libxml2 can read, skipped");
      return FALSE;
    }
  read_metadata (xml, doc);

  /* Readability's retries: each without one more of the rules that can
   * cut too much, kept when it finds more. */
  for (guint k = 0; k < G_N_ELEMENTS (attempts); k++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      if (k > 0)
        xml = parse (utf8, utf8_len);
      if (xml == NULL)
        break;
      extract (xml, attempts[k], text);
      xmlFreeDoc (xml);
      xml = NULL;
      if (text->len > best->len)
        g_string_assign (best, text->str);
      if (best->len >= 500)
        break;
    }
  if (xml != NULL)
    xmlFreeDoc (xml);

  if (best->len == 0)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_EMPTY, "web page without article text, skipped");
      return FALSE;
    }

  {
    GString *out = g_string_sized_new (best->len + 256);

    if (doc->title != NULL)
      {
        g_string_append (out, doc->title);
        g_string_append (out, "\n\n");
      }
    g_string_append_len (out, best->str, best->len);
    g_string_append_c (out, '\n');
    doc->len = out->len;
    doc->text = g_string_free (out, FALSE);
  }
  return TRUE;
}

/**
 * bil_html_fragment_to_text:
 *
 * The text of a piece of markup, as a feed's item carries it: every
 * paragraph, no page to find an article in.
 *
 * Returns: (transfer full): UTF-8 text, paragraphs on lines of their own
 */
char *
bil_html_fragment_to_text (const char *html,
                           gsize       len)
{
  g_autofree char *valid = g_utf8_make_valid (html, (gssize) len);
  g_autofree char *wrapped = g_strconcat ("<html><body>", valid, "</body></html>", NULL);
  xmlDoc *xml = parse (wrapped, strlen (wrapped));
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  if (xml != NULL)
    {
      xmlNode *body = find_body (xml);

      if (body != NULL)
        {
          g_ptr_array_add (parts, body);
          write_nodes (parts, out, FALSE);
        }
      xmlFreeDoc (xml);
    }
  return g_string_free (out, FALSE);
}
