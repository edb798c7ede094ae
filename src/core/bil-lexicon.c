/* bil-lexicon.c: every word list the extractor matches, in one trie
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The gazetteer (data/gazetteer.json), the sector keywords
 * (data/sectors.json) and the cue words (data/cues.json) go into one byte
 * trie. A scan walks it once from each word start and keeps the longest
 * match that ends on a word boundary, so a whole sentence is read in one
 * pass whatever the number of words listed. CJK terms match anywhere.
 */

#define G_LOG_DOMAIN "bil-lexicon"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "bil-core.h"
#include "bil-country-names.h"
#include "bil-lexicon.h"
#include "bil-text.h"
#include "bil-bytes.h"

typedef struct
{
  guint32 first_edge;   /* into edge_bytes / edge_targets */
  guint16 n_edges;
  guint16 n_terms;
  guint32 first_term;   /* into terms */
  guint32 dense;        /* 1 + its table in dense_tables, 0 when it has few edges */
} Node;

/* A node with this many edges or more is looked up in a table of 256,
 * not searched: the root's children ("S" → 40 edges) are met at every word. */
#define DENSE_EDGES 6

typedef struct
{
  char   *code;
  char   *name;
  gboolean bloc;
  GArray *members;      /* int entities, blocs only */
} Entity;

typedef struct
{
  char *id;
  char *label;
} Sector;

typedef struct
{
  int      home;   /* entity */
  gboolean state;  /* a government body: JICA, the Bank of Japan, Temasek */
} Company;

struct _BilLexicon
{
  Node       *nodes;
  guint       n_nodes;
  guint8     *edge_bytes;
  guint32    *edge_targets;
  BilTerm    *terms;
  guint32     root_table[256];   /* root's children by byte, 0 for none */
  guint32    *dense_tables;      /* 256 children by byte per node with many edges */
  guint8     *first_words;       /* bit set of hashes of terms' first words */
  struct FirstWord *first_word_table; /* the first words of up to sixteen bytes */
  guint8     *second_words;      /* bit set of (node after a first word and a blank, next word) */
  guint       first_word_mask;
  guint       first_word_shift;

  GPtrArray  *entities;          /* Entity */
  GHashTable *entity_by_code;    /* code → index + 1 */
  GPtrArray  *sectors;           /* Sector */
  GArray     *companies;         /* Company */
  BilFrame   *frames;
  guint       n_frames;
};

/* ---- building ---------------------------------------------------------- */

static void build_first_words (BilLexicon *lex);
static inline guint32 child_of (const BilLexicon *lex, guint32 node, guchar byte);

typedef struct
{
  GArray *children;  /* guint64: byte << 32 | child */
  GArray *terms;     /* BilTerm */
} BuildNode;

typedef struct
{
  GArray *nodes;     /* BuildNode */
} Builder;

static guint
builder_add_node (Builder *b)
{
  BuildNode node = { NULL, NULL };

  g_array_append_val (b->nodes, node);
  return b->nodes->len - 1;
}

static void
builder_insert (Builder    *b,
                const char *word,
                BilTermKind kind,
                int         value)
{
  guint node = 0;
  BuildNode *n;
  BilTerm term = { (guint8) kind, (gint16) value };

  if (word == NULL || word[0] == '\0')
    return;
  for (const guchar *p = (const guchar *) word; *p; p++)
    {
      guint child = 0;

      n = &g_array_index (b->nodes, BuildNode, node);
      if (n->children != NULL)
        for (guint i = 0; i < n->children->len; i++)
          {
            guint64 e = g_array_index (n->children, guint64, i);
            if ((e >> 32) == *p)
              {
                child = (guint) (e & 0xFFFFFFFF);
                break;
              }
          }
      if (child == 0)
        {
          guint64 e;

          child = builder_add_node (b);
          n = &g_array_index (b->nodes, BuildNode, node);
          if (n->children == NULL)
            n->children = g_array_new (FALSE, FALSE, sizeof (guint64));
          e = ((guint64) *p << 32) | child;
          g_array_append_val (n->children, e);
        }
      node = child;
    }

  n = &g_array_index (b->nodes, BuildNode, node);
  if (n->terms == NULL)
    n->terms = g_array_new (FALSE, FALSE, sizeof (BilTerm));
  for (guint i = 0; i < n->terms->len; i++)
    {
      BilTerm *t = &g_array_index (n->terms, BilTerm, i);
      if (t->kind == term.kind && t->value == term.value)
        return;
    }
  g_array_append_val (n->terms, term);
}

/* Cue words also start sentences: "Trade rose", "Nearly $5 billion". */
static void
builder_insert_cue (Builder    *b,
                    const char *word,
                    BilTermKind kind,
                    int         value)
{
  builder_insert (b, word, kind, value);
  if (g_ascii_islower (word[0]))
    {
      g_autofree char *upper = g_strdup (word);
      upper[0] = g_ascii_toupper (upper[0]);
      builder_insert (b, upper, kind, value);
    }
}

static const BilTerm *
node_term (BuildNode  *n,
           BilTermKind kind)
{
  for (guint i = 0; n->terms && i < n->terms->len; i++)
    if (g_array_index (n->terms, BilTerm, i).kind == kind)
      return &g_array_index (n->terms, BilTerm, i);
  return NULL;
}

/*
 * Scanning reports the longest term at a place, so a longer phrase hides
 * the words it starts with: "loan agreement" (a frame) would hide "loan"
 * (a metric). A phrase that lacks a metric or a frame takes the one of its
 * first words ("loan" before the blank). Only these two kinds: a company
 * ("Saudi Aramco") must not become the demonym it starts with.
 */
static void
builder_inherit (Builder       *b,
                 guint          node,
                 const BilTerm *metric,
                 const BilTerm *frame)
{
  /* No node is added while inheriting: @n, its terms and the ones
   * @metric and @frame point into stay where they are. */
  BuildNode *n = &g_array_index (b->nodes, BuildNode, node);

  if (n->terms != NULL)
    {
      if (metric && !node_term (n, BIL_TERM_METRIC))
        g_array_append_val (n->terms, *metric);
      if (frame && !node_term (n, BIL_TERM_FRAME))
        g_array_append_val (n->terms, *frame);
    }
  for (guint i = 0; n->children && i < n->children->len; i++)
    {
      guint64 e = g_array_index (n->children, guint64, i);
      /* Past a blank, the words so far are a term of their own. */
      gboolean boundary = (e >> 32) == ' ';
      const BilTerm *own_metric = boundary ? node_term (n, BIL_TERM_METRIC) : NULL;
      const BilTerm *own_frame = boundary ? node_term (n, BIL_TERM_FRAME) : NULL;

      builder_inherit (b, (guint) (e & 0xFFFFFFFF), own_metric ? own_metric : metric, own_frame ? own_frame : frame);
    }
}

/* Frees what a builder holds when it is given up before freezing. */
static void
builder_clear (Builder *b)
{
  for (guint i = 0; i < b->nodes->len; i++)
    {
      BuildNode *n = &g_array_index (b->nodes, BuildNode, i);

      g_clear_pointer (&n->children, g_array_unref);
      g_clear_pointer (&n->terms, g_array_unref);
    }
  g_array_unref (b->nodes);
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  guint64 x = *(const guint64 *) a >> 32, y = *(const guint64 *) b >> 32;
  return (x > y) - (x < y);
}

static void
builder_freeze (Builder    *b,
                BilLexicon *lex)
{
  guint n_edges = 0, n_terms = 0;
  g_autofree guint32 *new_id = NULL;  /* by built node */
  g_autofree guint32 *by_new = NULL;  /* the built node of each new one */

  for (guint i = 0; i < b->nodes->len; i++)
    {
      BuildNode *n = &g_array_index (b->nodes, BuildNode, i);
      n_edges += n->children ? n->children->len : 0;
      n_terms += n->terms ? n->terms->len : 0;
    }

  lex->n_nodes = b->nodes->len;
  lex->nodes = g_new0 (Node, lex->n_nodes);
  lex->edge_bytes = g_new0 (guint8, MAX (1, n_edges));
  lex->edge_targets = g_new0 (guint32, MAX (1, n_edges));
  lex->terms = g_new0 (BilTerm, MAX (1, n_terms));

  /* Nodes numbered breadth first: the few near the root, which every
   * scanned word visits, lie together in a few cache lines, and so do
   * their edges; numbered as built, a walk down "the" missed the cache at
   * each step (most of the scanner's time went on three loads). */
  {
    g_autofree guint32 *order = g_new (guint32, lex->n_nodes);
    guint head = 0, tail = 0;

    new_id = g_new (guint32, lex->n_nodes);
    order[tail++] = 0;
    while (head < tail)
      {
        BuildNode *n = &g_array_index (b->nodes, BuildNode, order[head]);

        new_id[order[head]] = head;
        head++;
        if (n->children == NULL)
          continue;
        g_array_sort (n->children, compare_edges);
        for (guint k = 0; k < n->children->len; k++)
          order[tail++] = (guint32) (g_array_index (n->children, guint64, k) & 0xFFFFFFFF);
      }
    g_assert (tail == lex->n_nodes);
    by_new = g_steal_pointer (&order);
  }

  n_edges = n_terms = 0;
  for (guint i = 0; i < b->nodes->len; i++)
    {
      BuildNode *n = &g_array_index (b->nodes, BuildNode, by_new[i]);
      Node *out = &lex->nodes[i];

      out->first_edge = n_edges;
      out->first_term = n_terms;
      if (n->children)
        {
          for (guint k = 0; k < n->children->len; k++)
            {
              guint64 e = g_array_index (n->children, guint64, k);
              lex->edge_bytes[n_edges] = (guint8) (e >> 32);
              lex->edge_targets[n_edges] = new_id[e & 0xFFFFFFFF];
              n_edges++;
            }
          out->n_edges = (guint16) n->children->len;
          g_array_unref (n->children);
        }
      if (n->terms)
        {
          memcpy (lex->terms + n_terms, n->terms->data, n->terms->len * sizeof (BilTerm));
          n_terms += n->terms->len;
          out->n_terms = (guint16) n->terms->len;
          g_array_unref (n->terms);
        }
    }

  for (guint k = 0; k < lex->nodes[0].n_edges; k++)
    lex->root_table[lex->edge_bytes[lex->nodes[0].first_edge + k]] = lex->edge_targets[lex->nodes[0].first_edge + k];

  {
    guint n_dense = 0;

    for (guint i = 1; i < lex->n_nodes; i++)
      if (lex->nodes[i].n_edges >= DENSE_EDGES)
        lex->nodes[i].dense = ++n_dense;
    lex->dense_tables = g_new0 (guint32, (gsize) MAX (1, n_dense) * 256);
    for (guint i = 1; i < lex->n_nodes; i++)
      {
        const Node *n = &lex->nodes[i];

        for (guint k = 0; n->dense && k < n->n_edges; k++)
          lex->dense_tables[(gsize) (n->dense - 1) * 256 + lex->edge_bytes[n->first_edge + k]] = lex->edge_targets[n->first_edge + k];
      }
  }
  build_first_words (lex);
}

/* Most words start no term, yet a walk down the trie from each misses the
 * cache or the branch predictor at every step, and words such as "higher"
 * share their first letters with terms ("high-tech"). A term that starts
 * with a letter or digit starts with a whole word (it ends at a word's end,
 * and its first run of word bytes is followed by a non-word byte or by the
 * term's end), so a bit set of the hashes of terms' first words, small
 * enough for the cache, answers first: no term is missed, a collision only
 * costs the walk. */
#define FIRST_WORD_BITS 19

/* The first @n (at most 8) bytes at @p as one number, the first byte
 * lowest. */
static inline guint64
le_bytes (const guchar *p,
          gsize         n)
{
  guint64 v = 0;

  for (gsize k = 0; k < n; k++)
    v |= (guint64) p[k] << (8 * k);
  return v;
}

/* A word is known by its first eight bytes, its last eight (none when it
 * has eight or fewer) and its length, which a scanner gets from two loads
 * rather than a multiply a byte; up to sixteen bytes they are the word. */
typedef struct FirstWord
{
  guint64 head;
  guint64 tail;
  guint32 len;         /* 0: an empty slot */
  guint32 node;        /* the trie node the word leads to */
  guint32 space_node;  /* the node after the word and a blank, or 0 */
  guint32 flags;       /* FIRST_WORD_TERMS, FIRST_WORD_SPACE_TERMS */
  guint64 next_bytes;  /* bit (b & 63) of each byte a term goes on with after the blank */
} FirstWord;

enum {
  FIRST_WORD_TERMS       = 1 << 0,  /* a term ends with the word */
  FIRST_WORD_SPACE_TERMS = 1 << 1,  /* … or with the word and a blank */
};

/* A bit set of (node after "first word ", second word): a walk past the
 * blank goes on only where some term does. 32 KB. */
#define SECOND_WORD_BITS 18

static inline guint64
word_hash (guint64 head,
           guint64 tail,
           gsize   len)
{
  /* Multiplicative: the top bits, which the tables use, depend on every
   * bit of the sum. Two multiplications a word, one where it has no tail. */
  return (head ^ tail * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F) ^ (guint64) len) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
}

static inline guint
first_word_bit (guint64 hash)
{
  return (guint) (hash >> (64 - FIRST_WORD_BITS));
}

static inline guint
second_word_bit (guint32 node,
                 guint64 hash)
{
  guint64 h = (hash ^ node * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);

  return (guint) (h >> (64 - SECOND_WORD_BITS));
}

/* The end of the word starting at @i (a word byte), its head and tail.
 * Sixteen bytes at once where the text has them. */
static inline gsize
word_end_key (const guchar *t,
              gsize         i,
              gsize         end,
              guint64      *head,
              guint64      *tail)
{
  gsize e;

  if (i + 16 <= end)
    {
      guint len = bil_mask16_first (~bil_bytes16_word (bil_bytes16_load ((const char *) t + i)));

      if (len < 16)
        {
          memcpy (head, t + i, 8);
          *head = GUINT64_FROM_LE (*head);
          *tail = 0;
          if (len < 8)
            *head &= G_MAXUINT64 >> (64 - 8 * len);
          else if (len > 8)
            {
              memcpy (tail, t + i + len - 8, 8);
              *tail = GUINT64_FROM_LE (*tail);
            }
          return i + len;
        }
    }
  for (e = i + 1; e < end && bil_is_word_byte (t[e]); e++)
    ;
  *head = le_bytes (t + i, MIN (e - i, 8));
  *tail = e - i > 8 ? le_bytes (t + e - 8, 8) : 0;
  return e;
}

/* The entry of a first word of at most sixteen bytes, or NULL when no
 * term starts with it. */
static inline const FirstWord *
first_word_find (const BilLexicon *lex,
                 guint64           hash,
                 guint64           head,
                 guint64           tail,
                 guint32           len)
{
  for (gsize s = hash >> lex->first_word_shift;; s = (s + 1) & lex->first_word_mask)
    {
      const FirstWord *w = &lex->first_word_table[s];

      if (w->len == 0)
        return NULL;
      if (w->len == len && w->head == head && w->tail == tail)
        return w;
    }
}

typedef void (*WordFunc) (BilLexicon *lex, guint32 node, const GByteArray *path, gpointer data);

/* Every path of word bytes from @node that a term ends on, or that a term
 * goes on from with a non-word byte, is a word a scan can meet there;
 * @path holds the bytes down to @node. */
static void
for_each_word (BilLexicon *lex,
               guint32     node,
               GByteArray *path,
               WordFunc    func,
               gpointer    data)
{
  const Node *n = &lex->nodes[node];
  gboolean word = path->len > 0 && n->n_terms > 0;

  for (guint k = 0; k < n->n_edges; k++)
    {
      guchar b = lex->edge_bytes[n->first_edge + k];

      if (bil_is_word_byte (b))
        {
          g_byte_array_append (path, &b, 1);
          for_each_word (lex, lex->edge_targets[n->first_edge + k], path, func, data);
          g_byte_array_set_size (path, path->len - 1);
        }
      else if (path->len > 0)
        word = TRUE;
    }
  if (word)
    func (lex, node, path, data);
}

static guint64
path_hash (const GByteArray *path,
           guint64          *head,
           guint64          *tail)
{
  *head = le_bytes (path->data, MIN (path->len, 8));
  *tail = path->len > 8 ? le_bytes (path->data + path->len - 8, 8) : 0;
  return word_hash (*head, *tail, path->len);
}

static void
add_first_word (BilLexicon       *lex,
                guint32           node,
                const GByteArray *path,
                gpointer          words)
{
  FirstWord w = { 0 };
  guint64 hash = path_hash (path, &w.head, &w.tail);

  bil_bit_set (lex->first_words, first_word_bit (hash));
  if (path->len > 16)
    return;
  w.len = path->len;
  w.node = node;
  w.space_node = child_of (lex, node, ' ');
  w.flags = (lex->nodes[node].n_terms > 0 ? FIRST_WORD_TERMS : 0) |
            (w.space_node && lex->nodes[w.space_node].n_terms > 0 ? FIRST_WORD_SPACE_TERMS : 0);
  if (w.space_node != 0)
    {
      const Node *after = &lex->nodes[w.space_node];

      for (guint k = 0; k < after->n_edges; k++)
        w.next_bytes |= G_GUINT64_CONSTANT (1) << (lex->edge_bytes[after->first_edge + k] & 63);
    }
  g_array_append_val (words, w);
}

static void
add_second_word (BilLexicon       *lex,
                 guint32           node,
                 const GByteArray *path,
                 gpointer          from)
{
  guint64 head, tail;

  bil_bit_set (lex->second_words, second_word_bit (GPOINTER_TO_UINT (from), path_hash (path, &head, &tail)));
}

/* Words of up to sixteen bytes are looked up in a table (a quarter full)
 * that gives the node they lead to, and the one past a blank after them;
 * a longer one is tested against a bit set of their hashes, then walked.
 * The words that can follow a first word and a blank are a bit set too. */
static void
build_first_words (BilLexicon *lex)
{
  g_autoptr(GByteArray) path = g_byte_array_new ();
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (FirstWord));
  guint bits = 4;

  lex->first_words = g_new0 (guint8, (1 << FIRST_WORD_BITS) / 8);
  lex->second_words = g_new0 (guint8, (1 << SECOND_WORD_BITS) / 8);
  for_each_word (lex, 0, path, add_first_word, words);
  while ((1u << bits) < words->len * 4)
    bits++;
  lex->first_word_table = g_new0 (FirstWord, 1u << bits);
  lex->first_word_mask = (1u << bits) - 1;
  lex->first_word_shift = 64 - bits;
  for (guint k = 0; k < words->len; k++)
    {
      const FirstWord *w = &g_array_index (words, FirstWord, k);
      gsize s = word_hash (w->head, w->tail, w->len) >> lex->first_word_shift;

      while (lex->first_word_table[s].len != 0)
        s = (s + 1) & lex->first_word_mask;
      lex->first_word_table[s] = *w;
      if (w->space_node != 0)
        for_each_word (lex, w->space_node, path, add_second_word, GUINT_TO_POINTER (w->space_node));
    }
}

/* ---- data files -------------------------------------------------------- */

static JsonNode *
parse_bytes (JsonParser *parser,
             GBytes     *bytes,
             const char *what,
             GError    **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (!json_parser_load_from_data (parser, data, (gssize) len, error))
    {
      g_prefix_error (error, "%s: ", what);
      return NULL;
    }
  return json_parser_get_root (parser);
}

static void
insert_string_array (Builder    *b,
                     JsonObject *object,
                     const char *member,
                     BilTermKind kind,
                     int         value,
                     gboolean    cue)
{
  JsonArray *array;

  if (object == NULL || !json_object_has_member (object, member))
    return;
  array = json_object_get_array_member (object, member);
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      const char *word = json_array_get_string_element (array, i);
      if (cue)
        builder_insert_cue (b, word, kind, value);
      else
        builder_insert (b, word, kind, value);
    }
}

static int
add_entity (BilLexicon *lex,
            const char *code,
            const char *name,
            gboolean    bloc)
{
  Entity *e = g_new0 (Entity, 1);

  e->code = g_strdup (code);
  e->name = g_strdup (name ? name : code);
  e->bloc = bloc;
  g_ptr_array_add (lex->entities, e);
  g_hash_table_insert (lex->entity_by_code, e->code, GUINT_TO_POINTER (lex->entities->len));
  return (int) lex->entities->len - 1;
}

static void
entity_free (gpointer data)
{
  Entity *e = data;

  g_free (e->code);
  g_free (e->name);
  g_clear_pointer (&e->members, g_array_unref);
  g_free (e);
}

static void
sector_free (gpointer data)
{
  Sector *s = data;

  g_free (s->id);
  g_free (s->label);
  g_free (s);
}

/* Does @surface, a company's name, hold a name or demonym of @country as a
 * word ("Saudi Aramco", "Japan Bank for International Cooperation",
 * "Telekom Malaysia")? Then the text names its home wherever it writes it so. */
static gboolean
surface_names_country (const char *surface,
                       JsonObject *country)
{
  static const char *members[] = { "name", "names", "demonyms" };

  if (surface == NULL || country == NULL)
    return FALSE;
  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    {
      JsonNode *node = json_object_get_member (country, members[m]);
      JsonArray *array = node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      guint n = array ? json_array_get_length (array) : node ? 1 : 0;

      for (guint i = 0; i < n; i++)
        {
          const char *word = array ? json_array_get_string_element (array, i) : json_node_get_string (node);
          gsize len = word ? strlen (word) : 0;

          for (const char *at = len ? strstr (surface, word) : NULL; at != NULL; at = strstr (at + 1, word))
            {
              gboolean starts = at == surface || !g_ascii_isalnum (at[-1]);
              gboolean ends = !g_ascii_isalnum (at[len]);

              /* Japanese names are written without spaces: 国際協力銀行 holds
               * no 日本, but 日本航空 does. */
              if ((starts && ends) || (guchar) word[0] >= 0x80)
                return TRUE;
            }
        }
    }
  return FALSE;
}

static gboolean
load_gazetteer (BilLexicon *lex,
                Builder    *b,
                JsonObject *root)
{
  JsonArray *countries = json_object_get_array_member (root, "countries");
  JsonArray *blocs = json_object_get_array_member (root, "blocs");
  JsonArray *companies = json_object_get_array_member (root, "companies");
  JsonArray *exclusions = json_object_get_array_member (root, "exclusions");

  if (countries == NULL || blocs == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (countries); i++)
    {
      JsonObject *c = json_array_get_object_element (countries, i);
      int entity = add_entity (lex, json_object_get_string_member (c, "code"),
                               json_object_get_string_member (c, "name"), FALSE);

      builder_insert (b, json_object_get_string_member (c, "name"), BIL_TERM_COUNTRY, entity);
      insert_string_array (b, c, "names", BIL_TERM_COUNTRY, entity, FALSE);
      insert_string_array (b, c, "demonyms", BIL_TERM_DEMONYM, entity, FALSE);
      insert_string_array (b, c, "places", BIL_TERM_PLACE, entity, FALSE);
      insert_string_array (b, c, "short_forms", BIL_TERM_SHORT_FORM, entity, FALSE);
    }

  for (guint i = 0; i < json_array_get_length (blocs); i++)
    {
      JsonObject *o = json_array_get_object_element (blocs, i);
      int entity = add_entity (lex, json_object_get_string_member (o, "code"),
                               json_object_get_string_member (o, "name"), TRUE);
      Entity *e = g_ptr_array_index (lex->entities, entity);
      JsonArray *members = json_object_get_array_member (o, "members");
      const char *kind_name = json_object_get_string_member_with_default (o, "kind", "union");
      BilTermKind kind = g_strcmp0 (kind_name, "forum") == 0 ? BIL_TERM_FORUM
                       : g_strcmp0 (kind_name, "institution") == 0 ? BIL_TERM_INSTITUTION : BIL_TERM_BLOC;

      builder_insert (b, json_object_get_string_member (o, "code"), kind, entity);
      insert_string_array (b, o, "names", kind, entity, FALSE);
      insert_string_array (b, o, "short_forms", BIL_TERM_SHORT_FORM, entity, FALSE);
      e->members = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint k = 0; members && k < json_array_get_length (members); k++)
        {
          int member = bil_lexicon_lookup_entity (lex, json_array_get_string_element (members, k));
          if (member >= 0)
            g_array_append_val (e->members, member);
        }
    }

  for (guint i = 0; companies && i < json_array_get_length (companies); i++)
    {
      JsonObject *o = json_array_get_object_element (companies, i);
      const char *code = json_object_get_string_member (o, "country");
      Company company = { bil_lexicon_lookup_entity (lex, code),
                          json_object_get_boolean_member_with_default (o, "state", FALSE) };
      JsonObject *home = NULL;
      JsonArray *aliases = json_object_has_member (o, "aliases") ? json_object_get_array_member (o, "aliases") : NULL;
      int index = lex->companies->len;

      if (company.home < 0 || index >= BIL_COMPANY_NAMES_HOME)
        continue;
      g_array_append_val (lex->companies, company);
      for (guint k = 0; k < json_array_get_length (countries) && home == NULL; k++)
        if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (countries, k), "code"), code) == 0)
          home = json_array_get_object_element (countries, k);
      for (guint k = 0; k <= (aliases ? json_array_get_length (aliases) : 0); k++)
        {
          const char *surface = k == 0 ? json_object_get_string_member (o, "name")
                                       : json_array_get_string_element (aliases, k - 1);

          /* Japanese news names a Japanese company without saying where it
           * is from (ソフトバンクグループ, 三菱電機): its name in Japanese
           * says so. */
          gboolean domestic = g_strcmp0 (code, "JP") == 0 && surface != NULL && (guchar) surface[0] >= 0x80;

          builder_insert (b, surface, BIL_TERM_COMPANY,
                          index | (domestic || surface_names_country (surface, home) ? BIL_COMPANY_NAMES_HOME : 0));
        }
    }

  for (guint i = 0; exclusions && i < json_array_get_length (exclusions); i++)
    builder_insert (b, json_array_get_string_element (exclusions, i), BIL_TERM_EXCLUSION, 0);

  return TRUE;
}

static void
load_sectors (BilLexicon *lex,
              Builder    *b,
              JsonObject *root)
{
  JsonArray *sectors = json_object_get_array_member (root, "sectors");

  for (guint i = 0; sectors && i < json_array_get_length (sectors) && i < 64; i++)
    {
      JsonObject *o = json_array_get_object_element (sectors, i);
      Sector *s = g_new0 (Sector, 1);

      s->id = g_strdup (json_object_get_string_member (o, "id"));
      s->label = g_strdup (json_object_get_string_member (o, "label"));
      g_ptr_array_add (lex->sectors, s);
      insert_string_array (b, o, "keywords", BIL_TERM_SECTOR, (int) i, FALSE);
    }
}

/* The one table of the metrics' names. */
G_DEFINE_ENUM_TYPE (BilMetric, bil_metric,
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_TRADE, "trade"),
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_FDI, "fdi"),
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_INVESTMENT, "investment"),
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_AID, "aid"),
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_LOAN, "loan"),
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_SUBSIDY, "subsidy"),
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_DEAL, "deal"),
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_MARKET, "market"),
                    G_DEFINE_ENUM_VALUE (BIL_METRIC_OTHER, "other"))

/* The nicks by value, read from the type once: bil_metric_to_string () is
 * asked of every figure written out. */
static const char *const *
metric_names_get (void)
{
  static const char *names[BIL_N_METRICS];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      GEnumClass *klass = g_type_class_ref (BIL_TYPE_METRIC);

      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value >= 0 && klass->values[i].value < BIL_N_METRICS)
          names[klass->values[i].value] = klass->values[i].value_nick;
      /* The class lives as long as the process, and so its nicks. */
      g_once_init_leave (&done, 1);
    }
  return names;
}
#define metric_names (metric_names_get ())

static void
load_cues (Builder    *b,
           JsonObject *root)
{
  JsonObject *metrics = json_object_get_object_member (root, "metrics");
  JsonObject *qualifiers = json_object_get_object_member (root, "qualifiers");
  JsonObject *years = json_object_get_object_member (root, "relative_years");
  JsonObject *weak = json_object_has_member (root, "weak_metrics") ? json_object_get_object_member (root, "weak_metrics") : NULL;

  insert_string_array (b, root, "cooperation", BIL_TERM_COOPERATION, 0, TRUE);
  insert_string_array (b, root, "rivalry", BIL_TERM_RIVALRY, 0, TRUE);
  insert_string_array (b, root, "enumeration", BIL_TERM_ENUMERATION, 0, TRUE);
  insert_string_array (b, root, "opposition", BIL_TERM_OPPOSITION, 0, TRUE);
  insert_string_array (b, root, "both_parties", BIL_TERM_BOTH_PARTIES, 0, TRUE);
  for (int m = 0; metrics && m < BIL_N_METRICS; m++)
    insert_string_array (b, metrics, metric_names[m], BIL_TERM_METRIC, m, TRUE);
  for (int m = 0; weak && m < BIL_N_METRICS; m++)
    insert_string_array (b, weak, metric_names[m], BIL_TERM_METRIC, m | BIL_METRIC_WEAK, TRUE);
  insert_string_array (b, qualifiers, "nearly", BIL_TERM_QUALIFIER, BIL_APPROX_NEARLY, TRUE);
  insert_string_array (b, qualifiers, "over", BIL_TERM_QUALIFIER, BIL_APPROX_OVER, TRUE);
  insert_string_array (b, qualifiers, "about", BIL_TERM_QUALIFIER, BIL_APPROX_ABOUT, TRUE);
  if (years != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (years);
      for (GList *l = members; l; l = l->next)
        builder_insert_cue (b, l->data, BIL_TERM_RELATIVE_YEAR, (int) json_object_get_int_member (years, l->data));
    }
}

static gboolean
load_frames (BilLexicon *lex,
             Builder    *b,
             JsonObject *root,
             GError    **error)
{
  JsonArray *frames = json_object_has_member (root, "frames") ? json_object_get_array_member (root, "frames") : NULL;
  guint n = frames ? json_array_get_length (frames) : 0;

  lex->frames = g_new0 (BilFrame, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (frames, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "frames.json: frame %u is not an object", i + 1);
          return FALSE;
        }
      lex->n_frames = i + 1;
      if (!bil_frame_init_from_json (&lex->frames[i], json_node_get_object (node), error))
        return FALSE;
      insert_string_array (b, json_node_get_object (node), "words", BIL_TERM_FRAME, (int) i, TRUE);
    }
  return TRUE;
}

BilLexicon *
bil_lexicon_new_from_data (GBytes  *gazetteer,
                           GBytes  *sectors,
                           GBytes  *cues,
                           GBytes  *frames,
                           GError **error)
{
  g_autoptr(JsonParser) p4 = json_parser_new_immutable ();
  JsonNode *f = NULL;
  g_autoptr(JsonParser) p1 = json_parser_new_immutable ();
  g_autoptr(JsonParser) p2 = json_parser_new_immutable ();
  g_autoptr(JsonParser) p3 = json_parser_new_immutable ();
  JsonNode *g, *s, *c;
  BilLexicon *lex;
  Builder b;

  if (!(g = parse_bytes (p1, gazetteer, "gazetteer.json", error)) ||
      !(s = parse_bytes (p2, sectors, "sectors.json", error)) ||
      !(c = parse_bytes (p3, cues, "cues.json", error)) ||
      (frames && !(f = parse_bytes (p4, frames, "frames.json", error))))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (g) || !JSON_NODE_HOLDS_OBJECT (s) || !JSON_NODE_HOLDS_OBJECT (c))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "lexicon data: expected JSON objects");
      return NULL;
    }

  lex = g_new0 (BilLexicon, 1);
  lex->entities = g_ptr_array_new_with_free_func (entity_free);
  lex->entity_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  lex->companies = g_array_new (FALSE, FALSE, sizeof (Company));
  lex->sectors = g_ptr_array_new_with_free_func (sector_free);

  b.nodes = g_array_new (FALSE, FALSE, sizeof (BuildNode));
  builder_add_node (&b);
  if (!load_gazetteer (lex, &b, json_node_get_object (g)))
    {
      builder_clear (&b);
      bil_lexicon_free (lex);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "gazetteer.json: no countries or blocs");
      return NULL;
    }
  load_sectors (lex, &b, json_node_get_object (s));
  load_cues (&b, json_node_get_object (c));
  if (f != NULL && (!JSON_NODE_HOLDS_OBJECT (f) || !load_frames (lex, &b, json_node_get_object (f), error)))
    {
      if (!JSON_NODE_HOLDS_OBJECT (f))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "frames.json: expected a JSON object");
      builder_clear (&b);
      bil_lexicon_free (lex);
      return NULL;
    }
  builder_inherit (&b, 0, NULL, NULL);
  builder_freeze (&b, lex);
  g_array_unref (b.nodes);
  return lex;
}

void
bil_lexicon_free (BilLexicon *self)
{
  if (self == NULL)
    return;
  g_free (self->nodes);
  g_free (self->edge_bytes);
  g_free (self->edge_targets);
  g_free (self->dense_tables);
  g_free (self->first_words);
  g_free (self->first_word_table);
  g_free (self->second_words);
  g_free (self->terms);
  g_ptr_array_unref (self->entities);
  g_hash_table_unref (self->entity_by_code);
  g_ptr_array_unref (self->sectors);
  g_array_unref (self->companies);
  for (guint i = 0; i < self->n_frames; i++)
    bil_frame_clear (&self->frames[i]);
  g_free (self->frames);
  g_free (self);
}

/* The home country of the company a BIL_TERM_COMPANY term's value names,
 * or -1. */
int
bil_lexicon_company_home (BilLexicon *self,
                          int         company)
{
  company &= ~BIL_COMPANY_NAMES_HOME;
  if (company < 0 || (guint) company >= self->companies->len)
    return -1;
  return g_array_index (self->companies, Company, company).home;
}

/* Is the company a government body (JICA, the Bank of Japan, Temasek),
 * which stands for its state wherever it is named? */
gboolean
bil_lexicon_company_is_state (BilLexicon *self,
                              int         company)
{
  company &= ~BIL_COMPANY_NAMES_HOME;
  if (company < 0 || (guint) company >= self->companies->len)
    return FALSE;
  return g_array_index (self->companies, Company, company).state;
}

/* The frame that reads an amount no frame word governs ("default"), or NULL. */
const BilFrame *
bil_lexicon_get_default_frame (BilLexicon *self)
{
  for (guint i = 0; i < self->n_frames; i++)
    if (g_strcmp0 (self->frames[i].id, "default") == 0)
      return &self->frames[i];
  return NULL;
}

const BilFrame *
bil_lexicon_get_frame (BilLexicon *self,
                       int         frame)
{
  g_return_val_if_fail (frame >= 0 && (guint) frame < self->n_frames, NULL);
  return &self->frames[frame];
}

/* Built once from the data compiled into the binary; read-only after, so
 * every loader thread shares it. */
BilLexicon *
bil_lexicon_get_default (void)
{
  static gsize lexicon = 0;

  if (g_once_init_enter (&lexicon))
    {
      g_autoptr(GBytes) g = bil_core_lookup_data ("gazetteer.json", NULL);
      g_autoptr(GBytes) s = bil_core_lookup_data ("sectors.json", NULL);
      g_autoptr(GBytes) c = bil_core_lookup_data ("cues.json", NULL);
      g_autoptr(GBytes) f = bil_core_lookup_data ("frames.json", NULL);
      g_autoptr(GError) error = NULL;
      BilLexicon *lex = NULL;

      if (g && s && c && f)
        lex = bil_lexicon_new_from_data (g, s, c, f, &error);
      if (lex == NULL)
        g_error ("cannot build the lexicon from the compiled-in data: %s", error ? error->message : "missing");
      g_once_init_leave (&lexicon, (gsize) lex);
    }
  return (BilLexicon *) lexicon;
}

/* ---- scanning ---------------------------------------------------------- */

static inline guint32
child_of (const BilLexicon *lex,
          guint32           node,
          guchar            byte)
{
  const Node *n = &lex->nodes[node];
  const guint8 *bytes = lex->edge_bytes + n->first_edge;

  if (node == 0)
    return lex->root_table[byte];
  if (n->dense)
    return lex->dense_tables[(gsize) (n->dense - 1) * 256 + byte];
  /* A few edges, sorted. */
  for (guint k = 0; k < n->n_edges && bytes[k] <= byte; k++)
    if (bytes[k] == byte)
      return lex->edge_targets[n->first_edge + k];
  return 0;
}

/* 1 << kind of each of the node's terms. */
static guint32
node_kinds (const BilLexicon *lex,
            const Node       *node)
{
  guint32 kinds = 0;

  for (guint k = 0; k < node->n_terms; k++)
    kinds |= 1u << lex->terms[node->first_term + k].kind;
  return kinds;
}

G_STATIC_ASSERT (BIL_TERM_SHORT_FORM < 32);

/* Appends a BilMatch for every longest term in [start, end). */
void
bil_lexicon_scan (BilLexicon *self,
                  const char *text,
                  gsize       start,
                  gsize       end,
                  GArray     *matches)
{
  const guchar *t = (const guchar *) text;
  guint base = matches->len, n_found = 0, room = 0;
  gsize i = start;

  while (i < end)
    {
      guchar c = t[i];
      guint32 node;
      gsize j, best_end = 0;
      guint32 best = 0;
      /* Where to go on when no term starts here: past the word, or the byte. */
      gsize next;

      /* Terms start at a word start (the scan never stops inside a word:
       * a term that ends on a word byte ends before a non-word one), CJK
       * terms at any character but not inside one. */
      if (bil_is_word_byte (c))
        {
          guint64 head, tail, hash;

          next = word_end_key (t, i, end, &head, &tail);
          hash = word_hash (head, tail, next - i);
          if (!bil_bit_get (self->first_words, first_word_bit (hash)))
            {
              /* The blank after it starts no term either (the root has no
               * edge for it): one turn of the loop less a word. */
              i = next + (next < end && t[next] == ' ' && self->root_table[' '] == 0);
              continue;
            }
          if (next - i <= 16)
            {
              /* The word at once, not a byte at a time: inside it no term
               * ends (both sides of each byte are word bytes), so the walk
               * goes on from its end. */
              const FirstWord *w = first_word_find (self, hash, head, tail, next - i);

              if (w == NULL)
                {
                  i = next;
                  continue;
                }
              node = w->node;
              if (w->flags & FIRST_WORD_TERMS)
                {
                  best = node;
                  best_end = next;
                }
              j = next;
              /* "the United States": past the blank, the next word decides
               * whether to walk on, from the table and a bit set rather
               * than from the trie's nodes (the walk missed the cache at
               * each step, and most walks from "the", "to", "in" end
               * there). */
              if (next + 1 < end && t[next] == ' ' && bil_is_word_byte (t[next + 1]))
                {
                  guint64 head2, tail2;
                  gsize end2;

                  if (w->space_node == 0)
                    goto walked;
                  node = w->space_node;
                  if (w->flags & FIRST_WORD_SPACE_TERMS)
                    {
                      best = node;
                      best_end = next + 1;
                    }
                  j = next + 1;
                  /* No term goes on with the next word's first byte
                   * ("the investment": terms go on "the U…", "the c…",
                   * never "the i…"): the walk would stop there. */
                  if (!(w->next_bytes & (G_GUINT64_CONSTANT (1) << (t[j] & 63))))
                    goto walked;
                  end2 = word_end_key (t, j, end, &head2, &tail2);
                  if (!bil_bit_get (self->second_words, second_word_bit (node, word_hash (head2, tail2, end2 - j))))
                    goto walked;
                }
            }
          else if (self->root_table[c] == 0)
            {
              i = next;
              continue;
            }
          else
            {
              node = 0;
              j = i;
            }
        }
      else
        {
          next = i + 1;
          if (self->root_table[c] == 0 || (c & 0xC0) == 0x80)
            {
              i = next;
              continue;
            }
          node = 0;
          j = i;
        }

      for (; j < end; j++)
        {
          node = child_of (self, node, t[j]);
          if (node == 0)
            break;
          if (self->nodes[node].n_terms > 0 &&
              (j + 1 >= end || !bil_is_word_byte ((guchar) t[j + 1]) || t[j] >= 0x80 || !bil_is_word_byte ((guchar) t[j])))
            {
              best = node;
              best_end = j + 1;
            }
        }
    walked:

      if (best == 0)
        {
          i = next;
          continue;
        }

      {
        const Node *n = &self->nodes[best];
        guint32 kinds = node_kinds (self, n);
        /* "US$5 billion": a currency, not the country. */
        gboolean currency = best_end < end && t[best_end] == '$' && (kinds & (1u << BIL_TERM_COUNTRY));

        if (!(kinds & (1u << BIL_TERM_EXCLUSION)) && !currency)
          {
            BilMatch *m;

            /* Room made a few matches at a time, not one call each. */
            if (n_found == room)
              {
                room = room ? room * 2 : 8;
                g_array_set_size (matches, base + room);
              }
            m = &g_array_index (matches, BilMatch, base + n_found++);
            *m = (BilMatch) { i, best_end, self->terms + n->first_term, n->n_terms, kinds };
          }
      }
      i = best_end;
    }
  g_array_set_size (matches, base + n_found);
}

/* NULL when the index is out of range, so every accessor checks once. */
static Entity *
entity_at (BilLexicon *self,
           int         entity)
{
  if (entity < 0 || (guint) entity >= self->entities->len)
    return NULL;
  return g_ptr_array_index (self->entities, entity);
}

static Sector *
sector_at (BilLexicon *self,
           int         sector)
{
  if (sector < 0 || (guint) sector >= self->sectors->len)
    return NULL;
  return g_ptr_array_index (self->sectors, sector);
}

guint
bil_lexicon_n_entities (BilLexicon *self)
{
  return self->entities->len;
}

const char *
bil_lexicon_entity_code (BilLexicon *self,
                         int         entity)
{
  Entity *e = entity_at (self, entity);

  return e ? e->code : NULL;
}

const char *
bil_lexicon_entity_name (BilLexicon *self,
                         int         entity)
{
  Entity *e = entity_at (self, entity);

  return e ? e->name : NULL;
}

int
bil_lexicon_lookup_entity (BilLexicon *self,
                           const char *code)
{
  gpointer value;

  if (code == NULL || !g_hash_table_lookup_extended (self->entity_by_code, code, NULL, &value))
    return -1;
  return GPOINTER_TO_INT (value) - 1;
}

gboolean
bil_lexicon_entity_is_bloc (BilLexicon *self,
                            int         entity)
{
  Entity *e = entity_at (self, entity);

  return e ? e->bloc : FALSE;
}

gboolean
bil_lexicon_bloc_has_member (BilLexicon *self,
                             int         bloc,
                             int         member)
{
  Entity *e;

  if (!bil_lexicon_entity_is_bloc (self, bloc))
    return FALSE;
  e = g_ptr_array_index (self->entities, bloc);
  for (guint i = 0; i < e->members->len; i++)
    if (g_array_index (e->members, int, i) == member)
      return TRUE;
  return FALSE;
}

/* Returns: (transfer none): member entities, or NULL for a country */
const int *
bil_lexicon_bloc_members (BilLexicon *self,
                          int         bloc,
                          guint      *n_members)
{
  Entity *e;

  *n_members = 0;
  if (!bil_lexicon_entity_is_bloc (self, bloc))
    return NULL;
  e = g_ptr_array_index (self->entities, bloc);
  *n_members = e->members->len;
  return (const int *) (gpointer) e->members->data;
}

guint
bil_lexicon_n_sectors (BilLexicon *self)
{
  return self->sectors->len;
}

const char *
bil_lexicon_sector_id (BilLexicon *self,
                       int         sector)
{
  Sector *s = sector_at (self, sector);

  return s ? s->id : NULL;
}

const char *
bil_lexicon_sector_label (BilLexicon *self,
                          int         sector)
{
  Sector *s = sector_at (self, sector);

  if (s == NULL)
    return NULL;
  return bil_sector_display_label (s->id, s->label);
}

const char *
bil_metric_to_string (BilMetric metric)
{
  return metric < BIL_N_METRICS ? metric_names[metric] : "other";
}

BilMetric
bil_metric_from_string (const char *name)
{
  BilMetric metric;

  return bil_metric_lookup (name, &metric) ? metric : BIL_METRIC_OTHER;
}

/* Whether @name is a metric's name, and which. */
gboolean
bil_metric_lookup (const char *name,
                   BilMetric  *metric)
{
  for (int m = 0; m < BIL_N_METRICS; m++)
    if (g_strcmp0 (name, metric_names[m]) == 0)
      {
        *metric = (BilMetric) m;
        return TRUE;
      }
  return FALSE;
}

const char *
bil_approx_to_string (BilApprox approx)
{
  switch (approx)
    {
    case BIL_APPROX_NEARLY: return "nearly";
    case BIL_APPROX_OVER: return "over";
    case BIL_APPROX_ABOUT: return "about";
    case BIL_APPROX_NONE:
    default: return NULL;
    }
}
