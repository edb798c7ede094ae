/* test-format.c: numbers and messages printed without printf, against printf
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "bil-format.h"

/* Doubles of every kind an article or a rate table gives, and the hard
 * ones: ties that round half to even, neighbours of powers of ten. */
static double
random_double (GRand *rand,
               guint  i)
{
  double v;

  switch (i % 6)
    {
    case 0:   /* any magnitude */
      v = g_rand_double (rand) * pow (10, g_rand_int_range (rand, -30, 30));
      break;
    case 1:   /* "4.45", "0.0072", "1,234.5" */
      v = (double) g_rand_int_range (rand, 1, 10000000) / pow (10, g_rand_int_range (rand, 0, 9));
      break;
    case 2:   /* a / 2^j: exact, many decimals, some of them ties */
      v = ldexp ((double) (g_rand_int (rand) | ((guint64) g_rand_int (rand) << 21)), -g_rand_int_range (rand, 0, 70));
      break;
    case 3:   /* next to a power of ten */
      v = nextafter (pow (10, g_rand_int_range (rand, -25, 25)), g_rand_boolean (rand) ? 0 : INFINITY);
      break;
    case 4:   /* short binary fractions: 0.125, 2.5, 1234.375 */
      v = g_rand_int_range (rand, 0, 100000) / (double) (1 << g_rand_int_range (rand, 0, 6));
      break;
    default:  /* whole numbers, amounts in units */
      v = (double) g_rand_int_range (rand, 0, G_MAXINT32) * pow (10, g_rand_int_range (rand, 0, 12));
      break;
    }
  return g_rand_boolean (rand) ? -v : v;
}

/* @format (bil_format_g () or bil_format_f ()) prints @v as printf's
 * "%.*" @conversion does, to the byte, and says its length. */
static void
assert_as_printf (gsize (*format) (char *, double, int),
                  char    conversion,
                  double  v,
                  int     precision)
{
  char ours[BIL_FORMAT_BUF_SIZE], theirs[BIL_FORMAT_BUF_SIZE], printf_format[16];
  gsize len;

  g_snprintf (printf_format, sizeof printf_format, "%%.%d%c", precision, conversion);
  g_ascii_formatd (theirs, sizeof theirs, printf_format, v);
  len = format (ours, v, precision);
  if (strcmp (ours, theirs) != 0)
    g_error ("%%.%d%c of %a: \"%s\", printf \"%s\"", precision, conversion, v, ours, theirs);
  g_assert_cmpuint (len, ==, strlen (theirs));
}

static void
test_g (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261208);
  static const double specials[] = { 0.0, -0.0, 1.0, 0.1, 0.5, 1e-5, 1e-4, 9.9995, 99999.5, 999999.5,
                                     1e15, 1e16, 1e17, 1e21, 1e300, 5e-324, 2.2250738585072014e-308, NAN, INFINITY,
                                     -INFINITY, 149.7, 16470.0, 3980000000000.0, 26586506346.025387 };

  for (guint i = 0; i < 400000 + G_N_ELEMENTS (specials); i++)
    {
      double v = i < G_N_ELEMENTS (specials) ? specials[i] : random_double (rand, i);
      /* Half of them as JSON prints its doubles (g_ascii_dtostr (): "%.17g"). */
      int precision = i < G_N_ELEMENTS (specials) ? (int) (i % 18) : i % 2 ? 17 : g_rand_int_range (rand, 0, 19);

      assert_as_printf (bil_format_g, 'g', v, precision);
    }
}

static void
test_f (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  static const double specials[] = { 0.0, -0.0, 0.125, 0.375, 2.5, 3.5, -0.001, 0.005, 999.95, 1e19, 1e20,
                                     NAN, -INFINITY };

  for (guint i = 0; i < 300000 + G_N_ELEMENTS (specials); i++)
    {
      double v = i < G_N_ELEMENTS (specials) ? specials[i] : random_double (rand, i);
      int decimals = i < G_N_ELEMENTS (specials) ? (int) (i % 4) : g_rand_int_range (rand, 0, 8);

      assert_as_printf (bil_format_f, 'f', v, decimals);
    }
}

static void
test_int (void)
{
  static const gint64 values[] = { 0, 1, -1, 9, 10, 11, 99, 100, 101, 999, 1000, -10, -99, -100, 2026, -2026,
                                   G_MAXINT32, G_MININT32, G_MAXINT64, G_MININT64 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < G_N_ELEMENTS (values) + 100000; i++)
    {
      /* Then numbers of every length, both signs. */
      gint64 v = i < G_N_ELEMENTS (values) ? values[i]
                 : (gint64) (((guint64) g_rand_int (rand) << 32) | g_rand_int (rand)) >> g_rand_int_range (rand, 0, 63);
      char ours[BIL_FORMAT_BUF_SIZE];
      g_autofree char *theirs = g_strdup_printf ("%" G_GINT64_FORMAT, v);

      g_assert_cmpuint (bil_format_int (ours, v), ==, strlen (theirs));
      g_assert_cmpstr (ours, ==, theirs);
    }
}

#define SAME(...) \
  G_STMT_START { \
    g_autofree char *ours = bil_strdup_printf (__VA_ARGS__); \
    g_autofree char *theirs = g_strdup_printf (__VA_ARGS__); \
    g_assert_cmpstr (ours, ==, theirs); \
  } G_STMT_END

/* Messages as the trail and the rates write them, in every shape a
 * translation may give them, and the ones printf is left to do. */
static void
test_messages (void)
{
  const char *none = NULL;

  SAME ("plain text, no conversion");
  SAME ("%s", "");
  SAME ("the word “%s”", "billion");
  SAME ("US$1 = %s %.4g, annual average %d (latest year in the table)", "IDR", 16470.0, 2025);
  SAME ("US$1 = %s %.4g, stated in %s (the nearest date)", "MYR", 4.4567, "a.txt");
  SAME ("%g", 3980.0);
  SAME ("%g and %.g and %.0g and %.17g", 0.1, 0.1, 25.0, 0.1);
  SAME ("%d", -2026);
  SAME ("100%% of %s, %d%%", "it", 5);
  SAME ("%%%%%s%%", "x");
  SAME ("%s", none);
  SAME ("%2$s は %1$s (%3$d)", "Japan", "Malaysia", 2024);
  SAME ("%1$s %1$s %2$.4g", "twice", 149.7);
  /* printf's own: a width, a flag, a length, another conversion, mixed
   * numbered and not. */
  SAME ("%5d|%-4s|", 42, "ab");
  SAME ("%05.1f", 3.14159);
  SAME ("%lu %x %c", (unsigned long) 7, 255u, 'z');
  SAME ("%.3s", "abcdef");
  SAME ("%e", 12345.678);
  SAME ("%s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s", "1", "2", "3", "4", "5", "6", "7", "8", "9",
        "10", "11", "12", "13", "14", "15", "16", "17", "18");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/format/g-as-printf", test_g);
  g_test_add_func ("/core/format/f-as-printf", test_f);
  g_test_add_func ("/core/format/int", test_int);
  g_test_add_func ("/core/format/messages", test_messages);
  return g_test_run ();
}
