/* bil-corpus-generator.c: synthetic news articles for benchmarks
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Articles shaped like the real thing: a headline, a dateline, prose with
 * countries, cities, companies, sectors, figures in many currencies and
 * forms, share bars at the end. Seeded, so every run reads the same bytes.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bil-corpus-generator.h"

/* The templates below are constant tables, checked by eye with their arguments. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

static const char *countries[] = {
  "Japan", "Malaysia", "the United States", "China", "South Korea", "Singapore", "Indonesia",
  "Vietnam", "Thailand", "the Philippines", "India", "Australia", "Germany", "France",
  "the United Kingdom", "Taiwan", "Canada", "Brazil", "Saudi Arabia", "the UAE",
};
static const char *demonyms[] = {
  "Japanese", "Malaysian", "American", "Chinese", "Korean", "Singaporean", "Indonesian",
  "Vietnamese", "Thai", "Indian", "Australian", "German", "French", "British",
};
static const char *cities[] = {
  "Tokyo", "Kuala Lumpur", "Washington", "Beijing", "Seoul", "Jakarta", "Hanoi", "Bangkok",
  "Manila", "New Delhi", "Canberra", "Berlin", "Penang", "Osaka", "Johor",
};
static const char *companies[] = {
  "Toyota", "Samsung", "Microsoft", "Petronas", "TSMC", "Intel", "Sony", "Hyundai",
  "Infineon", "Mitsubishi", "Proton", "Nvidia", "Foxconn", "Siemens", "Tata",
};
static const char *sectors[] = {
  "semiconductors", "artificial intelligence", "electric vehicles", "green hydrogen",
  "data centres", "rare earths", "LNG", "cybersecurity", "robotics", "cloud computing",
  "renewable energy", "advanced manufacturing", "digital infrastructure",
};
static const char *amounts[] = {
  "US$%u.%u billion", "$%u.%u billion", "RM%u.%u billion", "¥%u%u0 billion", "%u.%u trillion won",
  "€%u.%u bn", "S$%u.%u million", "A$%u%u0 million", "Rs %u.%u lakh crore", "%u%u billion yen",
  "USD %u.%u billion", "%u.%u billion ringgit", "HK$%u.%u billion", "Rp %u%u trillion",
};
static const char *qualifiers[] = { "", "", "", "nearly ", "more than ", "about ", "over ", "some " };
static const char *templates[] = {
  "%s and %s agreed to deepen cooperation in %s, officials said on Monday.",
  "%s foreign direct investment in %s reached %s%s last year, up from the year before.",
  "Two-way trade between %s and %s rose to %s%s in 2023, according to customs data.",
  "%s announced a %s%s investment in %s to expand its %s operations.",
  "The ministry said exports from %s to %s were worth %s%s in FY2024.",
  "Analysts expect the %s market to be worth %s%s by 2030.",
  "%s and %s signed a memorandum of understanding on %s during the summit in %s.",
  "Tensions between %s and %s over tariffs have weighed on %s supply chains.",
  "The government approved subsidies of %s%s for %s projects next year.",
  "%s officials met counterparts from %s to discuss %s and %s.",
};

/* Most sentences of real news name no country and no figure. */
static const char *filler_words[] = {
  "the", "officials", "said", "market", "growth", "policy", "would", "continue", "to", "support",
  "local", "industry", "while", "analysts", "noted", "that", "demand", "remained", "strong", "in",
  "recent", "months", "despite", "higher", "costs", "and", "slower", "global", "conditions", "for",
  "companies", "expected", "further", "gains", "as", "new", "projects", "came", "online", "with",
  "a", "focus", "on", "skills", "training", "supply", "chains", "regional", "partners", "plans",
  "over", "the", "next", "few", "years", "according", "to", "people", "familiar", "with", "matter",
  "percent", "rose", "fell", "quarter", "second", "third", "first", "half", "of", "production",
};

#define PICK(array) (array)[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))]

static char *
amount (GRand *rand)
{
  return g_strdup_printf (PICK (amounts), (guint) g_rand_int_range (rand, 1, 99), (guint) g_rand_int_range (rand, 0, 9));
}

static void
append_filler (GString *out,
               GRand   *rand)
{
  guint n = g_rand_int_range (rand, 14, 32);
  gsize first = out->len;

  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, PICK (filler_words));
      if (i == n / 2 && g_rand_int_range (rand, 0, 4) == 0)
        g_string_append_printf (out, " %u.%u per cent", (guint) g_rand_int_range (rand, 1, 20), (guint) g_rand_int_range (rand, 0, 9));
      g_string_append_c (out, i + 1 < n ? ' ' : '.');
    }
  out->str[first] = g_ascii_toupper (out->str[first]);
  g_string_append_c (out, ' ');
}

static void
append_sentence (GString *out,
                 GRand   *rand)
{
  g_autofree char *money = amount (rand);
  const char *q = PICK (qualifiers);
  int roll = g_rand_int_range (rand, 0, 100);

  static const int with_countries[] = { 0, 6, 7, 9 };
  static const int with_money[] = { 1, 2, 3, 4, 5, 8 };

  /* About one sentence in eight carries a figure, as in the seed articles. */
  if (roll < 65)
    {
      append_filler (out, rand);
      return;
    }
  switch (roll < 87 ? PICK (with_countries) : PICK (with_money))
    {
    case 0: g_string_append_printf (out, templates[0], PICK (countries), PICK (countries), PICK (sectors)); break;
    case 1: g_string_append_printf (out, templates[1], PICK (demonyms), PICK (countries), q, money); break;
    case 2: g_string_append_printf (out, templates[2], PICK (countries), PICK (countries), q, money); break;
    case 3: g_string_append_printf (out, templates[3], PICK (companies), q, money, PICK (countries), PICK (sectors)); break;
    case 4: g_string_append_printf (out, templates[4], PICK (countries), PICK (countries), q, money); break;
    case 5: g_string_append_printf (out, templates[5], PICK (sectors), q, money); break;
    case 6: g_string_append_printf (out, templates[6], PICK (countries), PICK (countries), PICK (sectors), PICK (cities)); break;
    case 7: g_string_append_printf (out, templates[7], PICK (countries), PICK (countries), PICK (sectors)); break;
    case 8: g_string_append_printf (out, templates[8], q, money, PICK (sectors)); break;
    default: g_string_append_printf (out, templates[9], PICK (demonyms), PICK (countries), PICK (sectors), PICK (sectors)); break;
    }
  /* Sentence-initial lower case from the templates is fixed here. */
  g_string_append_c (out, ' ');
}

char *
bil_generate_article (GRand *rand,
                      guint  index,
                      gsize  target_bytes)
{
  GString *out = g_string_sized_new (target_bytes + 256);
  static const char *months[] = { "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec" };

  g_string_append_printf (out, "%s And %s Expand Ties In %s (Report %u)\n\n",
                          PICK (cities), PICK (cities), PICK (sectors), index);
  g_string_append_printf (out, "By Staff Writer %u\n\n", index % 97);
  g_string_append_printf (out, "%s, %s %d (Bernama) -- ", "KUALA LUMPUR", PICK (months), g_rand_int_range (rand, 1, 28));
  while (out->len < target_bytes)
    {
      guint n = g_rand_int_range (rand, 3, 7);

      for (guint i = 0; i < n; i++)
        append_sentence (out, rand);
      g_string_append (out, "\n\n");
    }
  g_string_append (out, "Share your thoughts with us via Facebook and Telegram.\n\nPrevious Post\n\nAnother Story\n\nShare\n");
  return g_string_free (out, FALSE);
}

gboolean
bil_generate_corpus (const char *dir,
                     guint       n_articles,
                     gsize       article_bytes,
                     guint32     seed,
                     guint64    *total_bytes,
                     GError    **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  *total_bytes = 0;
  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/%03u", dir, i / 1000);
      g_autofree char *path = g_strdup_printf ("%s/article-%06u.txt", sub, i);
      g_autofree char *text = bil_generate_article (rand, i, article_bytes);

      if (i % 1000 == 0 && g_mkdir_with_parents (sub, 0755) != 0)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: cannot create", sub);
          return FALSE;
        }
      if (!g_file_set_contents (path, text, -1, error))
        return FALSE;
      *total_bytes += strlen (text);
    }
  return TRUE;
}
