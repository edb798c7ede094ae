/* bil-feed-reader.c: the items of a saved RSS or Atom feed
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A feed file is a corpus of its items. libxml2's XML parser reads it
 * (recovering from what it can: feeds are often not well formed), without
 * the network and without expanding entities; then each item of RSS 2.0,
 * RSS 1.0 (RDF) or Atom becomes a document: its title, link, date and
 * author, the feed's title as its source, and its text from the fullest
 * content it carries (content:encoded or Atom content, else description or
 * summary), markup turned into a paragraph a line.
 */

#define G_LOG_DOMAIN "bil-feed"

#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "bil-error.h"
#include "bil-feed-reader.h"
#include "bil-html-reader.h"

typedef enum
{
  FEED_NONE,
  FEED_RSS,   /* RSS 0.9x and 2.0: <rss><channel><item> */
  FEED_RDF,   /* RSS 1.0: <rdf:RDF><channel/><item> */
  FEED_ATOM,  /* <feed><entry> */
} FeedKind;

static FeedKind
kind_of_root (const char *name)
{
  if (g_ascii_strcasecmp (name, "rss") == 0)
    return FEED_RSS;
  if (strcmp (name, "RDF") == 0)
    return FEED_RDF;
  if (strcmp (name, "feed") == 0)
    return FEED_ATOM;
  return FEED_NONE;
}

/**
 * bil_feed_is_name:
 * @certain: (out) (optional): %TRUE for .rss and .atom, %FALSE for .xml,
 *   which only a look inside tells
 *
 * Returns: whether a file of this name may be a feed
 */
gboolean
bil_feed_is_name (const char *name,
                  gboolean   *certain)
{
  static const char *const sure[] = { ".rss", ".atom" };
  gsize len = strlen (name);

  for (guint i = 0; i < G_N_ELEMENTS (sure); i++)
    {
      gsize n = strlen (sure[i]);

      if (len > n && g_ascii_strcasecmp (name + len - n, sure[i]) == 0)
        {
          if (certain)
            *certain = TRUE;
          return TRUE;
        }
    }
  if (certain)
    *certain = FALSE;
  return len > 4 && g_ascii_strcasecmp (name + len - 4, ".xml") == 0;
}

/**
 * bil_feed_sniff:
 *
 * Whether the document element, within the first 4 KB, is a feed's
 * (rss, rdf:RDF or feed).
 */
gboolean
bil_feed_sniff (const char *data,
                gsize       len)
{
  gsize n = MIN (len, 4096), i = 0;

  if (n >= 3 && (guchar) data[0] == 0xEF && (guchar) data[1] == 0xBB && (guchar) data[2] == 0xBF)
    i = 3;
  while (i < n)
    {
      const char *p = memchr (data + i, '<', n - i);
      char name[16];
      gsize k = 0;
      const char *colon;

      if (p == NULL)
        return FALSE;
      i = (gsize) (p - data) + 1;
      if (i < n && (data[i] == '?' || data[i] == '!'))
        continue;   /* the declaration, comments, a doctype */
      while (i < n && k + 1 < sizeof name && (g_ascii_isalnum (data[i]) || data[i] == ':' || data[i] == '_' || data[i] == '-'))
        name[k++] = data[i++];
      name[k] = '\0';
      colon = strrchr (name, ':');
      return kind_of_root (colon ? colon + 1 : name) != FEED_NONE;
    }
  return FALSE;
}

static gboolean
named (const xmlNode *node,
       const char    *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

/* The namespace prefix a feed gave an element is its own choice; what it
 * stands for decides. */
static gboolean
in_ns (const xmlNode *node,
       const char    *fragment)
{
  return node->ns != NULL && node->ns->href != NULL && strstr ((const char *) node->ns->href, fragment) != NULL;
}

/* The element's text, valid UTF-8 whatever bytes a broken feed had. */
static char *
content_of (const xmlNode *node)
{
  xmlChar *s = xmlNodeGetContent (node);
  char *copy;

  if (s == NULL)
    return NULL;
  copy = g_utf8_make_valid ((const char *) s, -1);
  xmlFree (s);
  return copy;
}

static const char *
prop (const xmlNode *node,
      const char    *name,
      char         **storage)
{
  xmlChar *s = xmlGetProp (node, (const xmlChar *) name);

  g_clear_pointer (storage, g_free);
  if (s == NULL)
    return NULL;
  *storage = g_utf8_make_valid ((const char *) s, -1);
  xmlFree (s);
  return *storage;
}

/* Plain text as it stands: line breaks kept, \r dropped. */
static char *
plain_text (const char *s)
{
  GString *out = g_string_new (NULL);

  for (; *s; s++)
    if (*s != '\r')
      g_string_append_c (out, *s);
  return g_string_free (out, FALSE);
}

/* An Atom text construct (type text, html or xhtml) or an RSS element
 * (HTML, escaped or in CDATA) as text, a paragraph a line. */
static char *
text_construct (xmlNode  *node,
                FeedKind  kind)
{
  g_autofree char *type = NULL;
  g_autofree char *content = NULL;

  prop (node, "type", &type);
  if (kind == FEED_ATOM && type != NULL && (strcmp (type, "xhtml") == 0 || g_str_has_suffix (type, "xhtml+xml")))
    {
      g_autoptr(GString) html = g_string_new (NULL);
      xmlBuffer *buf = xmlBufferCreate ();

      for (xmlNode *c = node->children; c != NULL; c = c->next)
        xmlNodeDump (buf, node->doc, c, 0, 0);
      g_string_append_len (html, (const char *) xmlBufferContent (buf), xmlBufferLength (buf));
      xmlBufferFree (buf);
      return bil_html_fragment_to_text (html->str, html->len);
    }
  content = content_of (node);
  if (content == NULL)
    return NULL;
  /* Atom's default is text; RSS carries HTML. */
  if (kind == FEED_ATOM && (type == NULL || strcmp (type, "text") == 0 || g_str_has_prefix (type, "text/plain")))
    return plain_text (content);
  return bil_html_fragment_to_text (content, strlen (content));
}

/* "editor@example.com (Jane Doe)" → "Jane Doe"; a bare address is no name. */
static char *
rss_author (const char *s)
{
  const char *open = strchr (s, '(');
  const char *close = open ? strrchr (open, ')') : NULL;

  if (open != NULL && close != NULL && close > open + 1)
    return g_strndup (open + 1, (gsize) (close - open - 1));
  if (strchr (s, '@') != NULL)
    return NULL;
  return g_strdup (s);
}

static gboolean
is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/* One item or entry as a document; NULL when it has no title and no text. */
static BilDocument *
read_item (xmlNode    *item,
           FeedKind    kind,
           const char *feed_title)
{
  BilDocument *doc = g_new0 (BilDocument, 1);
  g_autofree char *full = NULL;     /* content:encoded, Atom content */
  g_autofree char *summary = NULL;  /* description, summary */
  g_autofree char *published = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *guid = NULL;
  g_autofree char *storage = NULL;
  char *body;
  GString *text;

  for (xmlNode *c = item->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (named (c, "title") && doc->title == NULL)
        {
          g_autofree char *t = kind == FEED_ATOM ? text_construct (c, kind) : content_of (c);

          /* An RSS title is plain text, though some carry escaped markup. */
          if (t != NULL && kind != FEED_ATOM && strchr (t, '<') != NULL)
            {
              g_autofree char *clean = bil_html_fragment_to_text (t, strlen (t));

              g_free (t);
              t = g_steal_pointer (&clean);
            }
          bil_document_set_title (doc, t, BIL_ORIGIN_FEED);
        }
      else if (named (c, "link"))
        {
          if (kind == FEED_ATOM)
            {
              const char *rel = prop (c, "rel", &storage);

              if (rel == NULL || strcmp (rel, "alternate") == 0)
                bil_document_set_url (doc, prop (c, "href", &storage), BIL_ORIGIN_FEED);
            }
          else
            {
              g_autofree char *link = content_of (c);

              bil_document_set_url (doc, link, BIL_ORIGIN_FEED);
            }
        }
      else if (named (c, "guid") && guid == NULL)
        {
          const char *permalink = prop (c, "isPermaLink", &storage);

          if (permalink == NULL || g_ascii_strcasecmp (permalink, "false") != 0)
            guid = content_of (c);
        }
      else if (named (c, "encoded") && in_ns (c, "content"))
        g_free (full), full = text_construct (c, kind);
      else if (named (c, "content") && kind == FEED_ATOM && full == NULL)
        {
          /* Content given by reference only (src=) has no text here. */
          if (prop (c, "src", &storage) == NULL)
            full = text_construct (c, kind);
        }
      else if ((named (c, "description") || named (c, "summary")) && summary == NULL)
        summary = text_construct (c, kind);
      else if ((named (c, "pubDate") || named (c, "published") || named (c, "issued") ||
                (named (c, "date") && in_ns (c, "purl.org/dc"))) && published == NULL)
        published = content_of (c);
      else if ((named (c, "updated") || named (c, "modified")) && updated == NULL)
        updated = content_of (c);
      else if (named (c, "creator") && in_ns (c, "purl.org/dc"))
        {
          g_autofree char *name = content_of (c);

          bil_document_set_byline (doc, name, BIL_ORIGIN_FEED);
        }
      else if (named (c, "author"))
        {
          g_autofree char *name = NULL;

          if (kind == FEED_ATOM)
            {
              for (xmlNode *a = c->children; a != NULL && name == NULL; a = a->next)
                if (named (a, "name"))
                  name = content_of (a);
            }
          else
            {
              g_autofree char *value = content_of (c);

              name = value ? rss_author (value) : NULL;
            }
          bil_document_set_byline (doc, name, BIL_ORIGIN_FEED);
        }
    }

  bil_document_set_url (doc, guid, BIL_ORIGIN_FEED);
  bil_document_set_date (doc, published, BIL_ORIGIN_FEED);
  bil_document_set_date (doc, updated, BIL_ORIGIN_FEED);
  bil_document_set_source (doc, feed_title, BIL_ORIGIN_FEED);

  /* The fullest text it carries; a summary that only repeats the title
   * adds nothing. */
  body = !is_blank (full) ? full : summary;
  if (is_blank (body) || (doc->title != NULL && g_strcmp0 (g_strstrip (body), doc->title) == 0))
    body = NULL;
  if (doc->title == NULL && body == NULL)
    {
      bil_document_free (doc);
      return NULL;
    }

  text = g_string_new (NULL);
  if (doc->title != NULL)
    g_string_append_printf (text, "%s\n\n", doc->title);
  if (body != NULL)
    {
      g_string_append (text, body);
      while (text->len > 0 && g_ascii_isspace (text->str[text->len - 1]))
        g_string_truncate (text, text->len - 1);
      g_string_append_c (text, '\n');
    }
  doc->len = text->len;
  doc->text = g_string_free (text, FALSE);
  return doc;
}

/* Entities the feed declares itself could expand without bound (a
 * "billion laughs"); a real feed declares none. */
static gboolean
declares_entities (xmlDoc *xml)
{
  xmlDtd *dtds[] = { xml->intSubset, xml->extSubset };

  for (guint i = 0; i < G_N_ELEMENTS (dtds); i++)
    if (dtds[i] != NULL)
      for (xmlNode *c = dtds[i]->children; c != NULL; c = c->next)
        if (c->type == XML_ENTITY_DECL)
          return TRUE;
  return FALSE;
}

static xmlNode *
first_child (xmlNode    *parent,
             const char *name)
{
  for (xmlNode *c = parent ? parent->children : NULL; c != NULL; c = c->next)
    if (named (c, name))
      return c;
  return NULL;
}

/**
 * bil_feed_read:
 * @items: receives a #BilDocument for each item, in the feed's order
 * @warnings: (nullable): receives messages without the file's name
 *
 * Reads a saved RSS 2.0, RSS 1.0 or Atom feed: at most
 * %BIL_FEED_MAX_ITEMS items, each with its text, title, link, date,
 * author and the feed's title as source.
 *
 * Returns: whether it was a feed; @error says why not
 */
gboolean
bil_feed_read (const char  *data,
               gsize        len,
               GPtrArray   *items,
               GPtrArray   *warnings,
               GError     **error)
{
  xmlParserCtxt *ctxt;
  xmlDoc *xml;
  xmlNode *root, *channel = NULL;
  FeedKind kind;
  g_autofree char *feed_title = NULL;
  guint n_items = 0, skipped = 0, empty = 0;
  int first_error_line = 0;
  gboolean well_formed;

  if (len > BIL_FEED_MAX_BYTES)
    {
      g_set_error (error, BIL_ERROR, BIL_ERROR_TOO_LARGE,
                   "feed too large (%" G_GSIZE_FORMAT " MB, at most %u MB), skipped",
                   len / (1024 * 1024), BIL_FEED_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  if (len > G_MAXINT || !bil_feed_sniff (data, len))
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT, "not an RSS or Atom feed, skipped");
      return FALSE;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT, "feed could not be read, skipped");
      return FALSE;
    }
  /* No network, no entity substitution, no DTD loaded; libxml2's own
   * bounds on depth and sizes stay (no XML_PARSE_HUGE). */
  xml = xmlCtxtReadMemory (ctxt, data, (int) len, NULL, NULL,
                           XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
  well_formed = ctxt->wellFormed;
  if (!well_formed)
    first_error_line = ctxt->lastError.line;
  xmlFreeParserCtxt (ctxt);

  root = xml ? xmlDocGetRootElement (xml) : NULL;
  if (root == NULL || (kind = kind_of_root ((const char *) root->name)) == FEED_NONE)
    {
      if (first_error_line > 0)
        g_set_error (error, BIL_ERROR, BIL_ERROR_FORMAT, "not a feed libxml2 can read (line %d), skipped", first_error_line);
      else
        g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT, "not an RSS or Atom feed, skipped");
      if (xml)
        xmlFreeDoc (xml);
      return FALSE;
    }
  if (declares_entities (xml))
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_FORMAT,
                           "feed declares its own XML entities (they can expand without bound), skipped");
      xmlFreeDoc (xml);
      return FALSE;
    }
  if (!well_formed && warnings != NULL)
    g_ptr_array_add (warnings, first_error_line > 0
                     ? g_strdup_printf ("line %d: not well-formed XML, read what could be recovered", first_error_line)
                     : g_strdup ("not well-formed XML, read what could be recovered"));

  /* The feed's title, each item's source (cleaned when it is set). */
  if (kind == FEED_ATOM)
    {
      xmlNode *title = first_child (root, "title");

      feed_title = title ? text_construct (title, kind) : NULL;
    }
  else
    {
      xmlNode *title;

      channel = first_child (root, "channel");
      title = first_child (channel, "title");
      feed_title = title ? content_of (title) : NULL;
    }

  /* RSS 2.0 nests items in the channel, RSS 1.0 puts them beside it. */
  {
    xmlNode *parents[] = { kind == FEED_RSS ? channel : root, kind == FEED_RSS ? root : NULL };
    const char *item_name = kind == FEED_ATOM ? "entry" : "item";

    for (guint p = 0; p < G_N_ELEMENTS (parents); p++)
      for (xmlNode *c = parents[p] ? parents[p]->children : NULL; c != NULL; c = c->next)
        {
          BilDocument *doc;

          if (!named (c, item_name))
            continue;
          if (n_items >= BIL_FEED_MAX_ITEMS)
            {
              skipped++;
              continue;
            }
          n_items++;
          doc = read_item (c, kind, feed_title);
          if (doc == NULL)
            {
              empty++;
              g_ptr_array_add (items, NULL);  /* keeps the items' numbers */
            }
          else
            g_ptr_array_add (items, doc);
        }
  }
  xmlFreeDoc (xml);

  if (warnings != NULL && skipped > 0)
    g_ptr_array_add (warnings, g_strdup_printf (skipped == 1 ? "%u item past the first %u not read"
                                                : "%u items past the first %u not read", skipped, BIL_FEED_MAX_ITEMS));
  if (warnings != NULL && empty > 0)
    g_ptr_array_add (warnings, g_strdup_printf (empty == 1 ? "%u item without a title or text, skipped"
                                                : "%u items without a title or text, skipped", empty));
  if (n_items == 0)
    {
      g_set_error_literal (error, BIL_ERROR, BIL_ERROR_EMPTY, "feed without items, skipped");
      return FALSE;
    }
  return TRUE;
}
