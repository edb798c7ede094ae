/* bil-format.c: numbers and messages printed without printf
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing an article's JSONL spent a fifth of its time in printf: each
 * figure's trail ("%g", "%.4g", "the word “%s”"), the rates' messages and
 * every double of the JSON ("%.17g"), 1,000 to 3,600 instructions a call.
 * These functions print the same bytes without it: a double's digits are
 * computed exactly in 128-bit integers and rounded half to even, as glibc
 * rounds, and a message whose conversions are only %s, %d and %g (in
 * order or numbered, as translations may) is put together directly.
 * Whatever else (a width, a flag, a number out of range) goes to printf;
 * /core/format/… compares both on millions of numbers.
 */

#define G_LOG_DOMAIN "bil-format"

#include "config.h"

#include <langinfo.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "bil-format.h"

typedef unsigned __int128 Wide;

/* 5^k, k ≤ 27, exactly (5^27 < 2^63). */
static const guint64 powers_of_five[] = {
  G_GUINT64_CONSTANT (1), G_GUINT64_CONSTANT (5), G_GUINT64_CONSTANT (25), G_GUINT64_CONSTANT (125),
  G_GUINT64_CONSTANT (625), G_GUINT64_CONSTANT (3125), G_GUINT64_CONSTANT (15625),
  G_GUINT64_CONSTANT (78125), G_GUINT64_CONSTANT (390625), G_GUINT64_CONSTANT (1953125),
  G_GUINT64_CONSTANT (9765625), G_GUINT64_CONSTANT (48828125), G_GUINT64_CONSTANT (244140625),
  G_GUINT64_CONSTANT (1220703125), G_GUINT64_CONSTANT (6103515625), G_GUINT64_CONSTANT (30517578125),
  G_GUINT64_CONSTANT (152587890625), G_GUINT64_CONSTANT (762939453125),
  G_GUINT64_CONSTANT (3814697265625), G_GUINT64_CONSTANT (19073486328125),
  G_GUINT64_CONSTANT (95367431640625), G_GUINT64_CONSTANT (476837158203125),
  G_GUINT64_CONSTANT (2384185791015625), G_GUINT64_CONSTANT (11920928955078125),
  G_GUINT64_CONSTANT (59604644775390625), G_GUINT64_CONSTANT (298023223876953125),
  G_GUINT64_CONSTANT (1490116119384765625), G_GUINT64_CONSTANT (7450580596923828125),
};

/* 10^k, k ≤ 19. */
static const guint64 powers_of_ten[] = {
  G_GUINT64_CONSTANT (1), G_GUINT64_CONSTANT (10), G_GUINT64_CONSTANT (100), G_GUINT64_CONSTANT (1000),
  G_GUINT64_CONSTANT (10000), G_GUINT64_CONSTANT (100000), G_GUINT64_CONSTANT (1000000),
  G_GUINT64_CONSTANT (10000000), G_GUINT64_CONSTANT (100000000), G_GUINT64_CONSTANT (1000000000),
  G_GUINT64_CONSTANT (10000000000), G_GUINT64_CONSTANT (100000000000),
  G_GUINT64_CONSTANT (1000000000000), G_GUINT64_CONSTANT (10000000000000),
  G_GUINT64_CONSTANT (100000000000000), G_GUINT64_CONSTANT (1000000000000000),
  G_GUINT64_CONSTANT (10000000000000000), G_GUINT64_CONSTANT (100000000000000000),
  G_GUINT64_CONSTANT (1000000000000000000), G_GUINT64_CONSTANT (10000000000000000000),
};

#define MAX_PRECISION 17

/* @num / @den rounded half to even, if it fits in 64 bits. */
static inline gboolean
round_div (Wide     num,
           Wide     den,
           guint64 *out)
{
  Wide q = num / den, r = num % den;

  if (r > den - r || (r == den - r && (q & 1)))
    q++;
  if (q >> 64)
    return FALSE;
  *out = (guint64) q;
  return TRUE;
}

/* |v| = @m × 2^@e, exactly; FALSE for 0, a subnormal, NaN or infinity. */
static inline gboolean
decompose (double   v,
           guint64 *m,
           int     *e)
{
  guint64 bits;
  int exponent;

  memcpy (&bits, &v, sizeof bits);
  exponent = (int) ((bits >> 52) & 0x7ff);
  if (exponent == 0 || exponent == 0x7ff)
    return FALSE;
  *m = (bits & ((G_GUINT64_CONSTANT (1) << 52) - 1)) | (G_GUINT64_CONSTANT (1) << 52);
  *e = exponent - 1075;
  return TRUE;
}

/* @m × 2^@e × 10^@k rounded half to even, where it fits in 64 bits and the
 * arithmetic in 128. */
static gboolean
scaled (guint64  m,
        int      e,
        int      k,
        guint64 *out)
{
  if (k >= 0)
    {
      Wide p;
      int shift = e + k;

      if (k >= (int) G_N_ELEMENTS (powers_of_five))
        return FALSE;
      p = (Wide) m * powers_of_five[k];   /* < 2^116 */
      if (shift >= 0)
        {
          if (shift >= 64 || (p >> (64 - shift)) != 0)
            return FALSE;
          *out = (guint64) (p << shift);
          return TRUE;
        }
      if (-shift > 126)
        return FALSE;
      return round_div (p, (Wide) 1 << -shift, out);
    }
  else
    {
      /* m × 2^e / 10^j = m × 2^(e − j) / 5^j */
      int j = -k, shift = e + k;

      if (j >= (int) G_N_ELEMENTS (powers_of_five))
        return FALSE;
      if (shift >= 0)
        return shift <= 74 && round_div ((Wide) m << shift, powers_of_five[j], out);
      return -shift <= 64 && round_div (m, (Wide) powers_of_five[j] << -shift, out);
    }
}

/* The @p (1–17) significant digits of |@v| > 0 rounded, as @n with
 * 10^(p − 1) ≤ n < 10^p, and the power of ten of the first, @x. */
static gboolean
significant (double   v,
             int      p,
             guint64 *n,
             int     *x)
{
  guint64 m;
  int e;

  if (!decompose (v, &m, &e))
    return FALSE;
  *x = (int) floor (log10 (fabs (v)));
  /* log10 () may be one off next to a power of ten, and rounding may
   * carry into one digit more: the exponent is tried again. */
  for (int tries = 0; tries < 3; tries++)
    {
      if (!scaled (m, e, p - 1 - *x, n))
        return FALSE;
      if (*n >= powers_of_ten[p])
        (*x)++;
      else if (*n < powers_of_ten[p - 1])
        (*x)--;
      else
        break;
    }
  if (*n >= powers_of_ten[p] || *n < powers_of_ten[p - 1])
    return FALSE;
  /* 10^(p − 1) may be a number just under 10^x rounded up, read with x
   * one too high (log10 (9999.999999999998) is 4): the digits one place
   * lower are the ones when they fit. */
  if (*n == powers_of_ten[p - 1])
    {
      guint64 lower;

      if (!scaled (m, e, p - *x, &lower))
        return FALSE;
      if (lower < powers_of_ten[p])
        {
          *n = lower;
          (*x)--;
        }
    }
  return TRUE;
}

/* The @width last digits of @n at @o, leading zeros included. */
static inline void
put_digits (char    *o,
            guint64  n,
            int      width)
{
  for (int i = width - 1; i >= 0; i--, n /= 10)
    o[i] = (char) ('0' + n % 10);
}

static gsize
fallback (char       *buf,
          double      value,
          int         precision,
          char        conversion)
{
  char format[16];

  g_snprintf (format, sizeof format, "%%.%d%c", precision, conversion);
  g_ascii_formatd (buf, BIL_FORMAT_BUF_SIZE, format, value);
  return strlen (buf);
}

/**
 * bil_format_g:
 * @buf: BIL_FORMAT_BUF_SIZE bytes
 *
 * Prints @value as printf ("%.*g", @precision, @value) does in the C
 * locale (g_ascii_formatd ()), to the byte.
 *
 * Returns: the length printed
 */
gsize
bil_format_g (char   *buf,
              double  value,
              int     precision)
{
  char digits[MAX_PRECISION];
  char *o = buf;
  guint64 n;
  int p = precision == 0 ? 1 : precision, x, last;

  if (value == 0)
    {
      if (signbit (value))
        *o++ = '-';
      *o++ = '0';
      *o = '\0';
      return o - buf;
    }
  if (p < 0 || p > MAX_PRECISION)
    return fallback (buf, value, precision, 'g');
  /* A whole number of at most @p digits is printed whole ("3980",
   * "2025"): the digits at once, without a logarithm or a division. */
  if (fabs (value) < (double) powers_of_ten[p] && value == (double) (gint64) value)
    return bil_format_int (buf, (gint64) value);
  if (!significant (value, p, &n, &x))
    return fallback (buf, value, precision, 'g');

  put_digits (digits, n, p);
  /* No trailing zeros after the point (printf's %g without '#'). */
  for (last = p - 1; last > 0 && digits[last] == '0'; last--)
    ;
  if (signbit (value))
    *o++ = '-';
  if (x >= -4 && x < p)
    {
      if (x >= 0)
        {
          memcpy (o, digits, x + 1);
          o += x + 1;
          if (last > x)
            {
              *o++ = '.';
              memcpy (o, digits + x + 1, last - x);
              o += last - x;
            }
        }
      else
        {
          *o++ = '0';
          *o++ = '.';
          for (int i = 0; i < -x - 1; i++)
            *o++ = '0';
          memcpy (o, digits, last + 1);
          o += last + 1;
        }
    }
  else
    {
      int ax = ABS (x);

      *o++ = digits[0];
      if (last > 0)
        {
          *o++ = '.';
          memcpy (o, digits + 1, last);
          o += last;
        }
      *o++ = 'e';
      *o++ = x < 0 ? '-' : '+';
      if (ax >= 100)
        *o++ = (char) ('0' + ax / 100);
      *o++ = (char) ('0' + ax / 10 % 10);
      *o++ = (char) ('0' + ax % 10);
    }
  *o = '\0';
  return o - buf;
}

/**
 * bil_format_f:
 * @buf: BIL_FORMAT_BUF_SIZE bytes
 *
 * Prints @value as printf ("%.*f", @decimals, @value) does in the C
 * locale (g_ascii_formatd ()), to the byte.
 *
 * Returns: the length printed
 */
gsize
bil_format_f (char   *buf,
              double  value,
              int     decimals)
{
  char *o = buf;
  guint64 n = 0, m;
  int e, whole;

  if (decimals < 0 || decimals > MAX_PRECISION)
    return fallback (buf, value, decimals, 'f');
  if (value != 0 && (!decompose (value, &m, &e) || !scaled (m, e, decimals, &n)))
    return fallback (buf, value, decimals, 'f');

  if (signbit (value))
    *o++ = '-';
  /* The whole part's digits: at least one. */
  for (whole = 1; whole < 20 && n / powers_of_ten[decimals] >= powers_of_ten[whole]; whole++)
    ;
  put_digits (o, n / powers_of_ten[decimals], whole);
  o += whole;
  if (decimals > 0)
    {
      *o++ = '.';
      put_digits (o, n % powers_of_ten[decimals], decimals);
      o += decimals;
    }
  *o = '\0';
  return o - buf;
}

/* ---- messages ---------------------------------------------------------- */

#define MAX_ARGS 16

typedef struct
{
  const char *text;       /* the literal before the conversion */
  gsize       text_len;
  int         arg;        /* which argument, from 0 */
  char        conversion; /* 's', 'd', 'g', or 0: a literal alone */
  int         precision;  /* -1: none */
} Piece;

/* @format's pieces, or -1 where printf must do it. */
static int
parse_format (const char *format,
              Piece      *pieces,
              char       *types,
              int        *n_args)
{
  const char *lit = format, *p;
  int n = 0, next = 0, numbered = -1;

  *n_args = 0;
  while ((p = strchr (lit, '%')) != NULL)
    {
      const char *r = p + 1;
      int arg = -1, precision = -1;
      char conversion;

      if (n == MAX_ARGS * 2)
        return -1;
      if (*r == '%')
        {
          /* The literal up to and with one '%'. */
          pieces[n++] = (Piece) { lit, r - lit, 0, 0, -1 };
          lit = r + 1;
          continue;
        }
      if (g_ascii_isdigit (*r))
        {
          int number = 0;

          for (; g_ascii_isdigit (*r) && number < 1000; r++)
            number = number * 10 + (*r - '0');
          if (*r != '$' || number == 0)
            return -1;      /* a width */
          arg = number - 1;
          r++;
        }
      if (numbered < 0)
        numbered = arg >= 0;
      else if (numbered != (arg >= 0))
        return -1;
      if (*r == '.')
        {
          precision = 0;
          for (r++; g_ascii_isdigit (*r) && precision < 1000; r++)
            precision = precision * 10 + (*r - '0');
        }
      conversion = *r;
      if (!(conversion == 'g' || ((conversion == 's' || conversion == 'd') && precision < 0)))
        return -1;
      if (arg < 0)
        arg = next++;
      if (arg >= MAX_ARGS || (types[arg] != 0 && types[arg] != conversion))
        return -1;
      types[arg] = conversion;
      *n_args = MAX (*n_args, arg + 1);
      pieces[n++] = (Piece) { lit, p - lit, arg, conversion, precision };
      lit = r + 1;
    }
  pieces[n++] = (Piece) { lit, strlen (lit), 0, 0, -1 };
  /* Arguments are read in order: none may be skipped. */
  for (int i = 0; i < *n_args; i++)
    if (types[i] == 0)
      return -1;
  return n;
}

/* @value as "%" G_GINT64_FORMAT prints it. */
gsize
bil_format_int (char   *buf,
                gint64  value)
{
  /* Two digits a division: offsets and counts have four to seven. */
  static const char pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
  char digits[24];
  int n = sizeof digits;
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;

  while (magnitude >= 100)
    {
      guint r = (guint) (magnitude % 100);

      magnitude /= 100;
      n -= 2;
      digits[n] = pairs[2 * r];
      digits[n + 1] = pairs[2 * r + 1];
    }
  if (magnitude >= 10)
    {
      n -= 2;
      digits[n] = pairs[2 * magnitude];
      digits[n + 1] = pairs[2 * magnitude + 1];
    }
  else
    digits[--n] = (char) ('0' + magnitude);
  if (value < 0)
    digits[--n] = '-';
  memcpy (buf, digits + n, sizeof digits - n);
  buf[sizeof digits - n] = '\0';
  return sizeof digits - n;
}

/* A message put together on the stack, moved to the heap only when long. */
typedef struct
{
  char     stack[256];
  GString *heap;
  gsize    len;
} Out;

static void
put (Out        *o,
     const char *s,
     gsize       n)
{
  if (o->heap == NULL && o->len + n < sizeof o->stack)
    {
      memcpy (o->stack + o->len, s, n);
      o->len += n;
      return;
    }
  if (o->heap == NULL)
    o->heap = g_string_new_len (o->stack, o->len);
  g_string_append_len (o->heap, s, n);
}

static char *
strdup_vprintf (const char *format,
                va_list     args)
{
  Piece pieces[MAX_ARGS * 2 + 1];
  char types[MAX_ARGS] = { 0 };
  union { const char *s; int d; double g; } values[MAX_ARGS];
  int n_pieces, n_args;
  gboolean any_double = FALSE;
  Out out;

  n_pieces = parse_format (format, pieces, types, &n_args);
  for (int i = 0; i < n_args && n_pieces >= 0; i++)
    any_double |= types[i] == 'g';
  /* %g prints the locale's decimal point. */
  if (n_pieces < 0 || (any_double && strcmp (nl_langinfo (RADIXCHAR), ".") != 0))
    return g_strdup_vprintf (format, args);

  for (int i = 0; i < n_args; i++)
    switch (types[i])
      {
      case 's': values[i].s = va_arg (args, const char *); break;
      case 'd': values[i].d = va_arg (args, int); break;
      default: values[i].g = va_arg (args, double); break;
      }

  out.heap = NULL;
  out.len = 0;
  for (int i = 0; i < n_pieces; i++)
    {
      const Piece *piece = &pieces[i];
      char buf[BIL_FORMAT_BUF_SIZE];
      const char *s;

      put (&out, piece->text, piece->text_len);
      switch (piece->conversion)
        {
        case 's':
          s = values[piece->arg].s ? values[piece->arg].s : "(null)";
          put (&out, s, strlen (s));
          break;
        case 'd':
          put (&out, buf, bil_format_int (buf, values[piece->arg].d));
          break;
        case 'g':
          put (&out, buf, bil_format_g (buf, values[piece->arg].g, piece->precision < 0 ? 6 : piece->precision));
          break;
        default:
          break;
        }
    }
  if (out.heap != NULL)
    return g_string_free (out.heap, FALSE);
  out.stack[out.len] = '\0';
  return g_memdup2 (out.stack, out.len + 1);
}

/**
 * bil_strdup_printf:
 *
 * What g_strdup_printf () prints, without printf where @format's
 * conversions are %s, %d and %g ("%.4g", "%1$s" too).
 */
char *
bil_strdup_printf (const char *format,
                   ...)
{
  va_list args;
  char *s;

  va_start (args, format);
  s = strdup_vprintf (format, args);
  va_end (args);
  return s;
}
