/* fold.c - punctuation folding, accent stripping, ASCII transliteration,
 * invisible characters, white-space squeezing (see fold.h).
 *
 * One table, sorted by code point, maps single characters to ASCII; each
 * row has a class, and an option enables classes: --quotes Q, --dashes
 * D, --punct Q D O, --strip-accents A, --ascii all of them plus X.  The
 * fullwidth forms U+FF01..FF5E are a range (c - 0xFEE0), class O.
 *
 * Accent stripping decomposes a character canonically and drops the
 * marks of the generic diacritic blocks (COMBINING DIACRITICAL MARKS and
 * its extensions and supplement, and the combining marks for symbols and
 * half marks), then recomposes what is left.  Marks that are letters'
 * vowels or consonant modifiers in other scripts (Indic signs, Hebrew
 * and Arabic points, Japanese voicing marks) are kept: dropping them
 * would change words, not accents.
 *
 * ASCII transliteration: table, else drop a combining mark, else the
 * compatibility decomposition (NFKD: U+FB01 -> "fi", U+00BD -> "1/2",
 * U+2122 -> "TM") when every part of it maps to ASCII, else the
 * replacement string.  Invariant: its output is pure ASCII. */
#include "fold.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>

enum { Q = TK_FOLD_QUOTES, D = TK_FOLD_DASHES, O = TK_FOLD_OTHER,
       A = TK_FOLD_ACCENTS, X = TK_FOLD_ASCII };

struct row {
	uint32_t c;
	uint8_t cls;
	const char *to;
};

/* Sorted by code point (a unit test checks it).  man/normalize.1 lists
 * these rows; keep the two in step. */
static const struct row table[] = {
	{ 0x0085, O, " " },       /* NEXT LINE (NEL) */
	{ 0x00A0, O, " " },       /* NO-BREAK SPACE */
	{ 0x00A1, X, "!" },
	{ 0x00A2, X, "c" },       /* cent */
	{ 0x00A3, X, "GBP" },
	{ 0x00A5, X, "JPY" },
	{ 0x00A7, X, "S" },       /* section sign */
	{ 0x00A9, X, "(c)" },
	{ 0x00AB, Q, "\"" },      /* << */
	{ 0x00AE, X, "(r)" },
	{ 0x00B0, X, "deg" },
	{ 0x00B1, X, "+/-" },
	{ 0x00B4, Q, "'" },       /* ACUTE ACCENT used as apostrophe */
	{ 0x00B5, X, "u" },       /* MICRO SIGN */
	{ 0x00B6, X, "P" },       /* pilcrow */
	{ 0x00B7, X, "*" },       /* MIDDLE DOT */
	{ 0x00BB, Q, "\"" },      /* >> */
	{ 0x00BF, X, "?" },
	{ 0x00C6, X, "AE" },
	{ 0x00D0, X, "D" },       /* ETH */
	{ 0x00D7, X, "x" },
	{ 0x00D8, A, "O" },
	{ 0x00DE, X, "TH" },
	{ 0x00DF, X, "ss" },
	{ 0x00E6, X, "ae" },
	{ 0x00F0, X, "d" },       /* eth */
	{ 0x00F7, X, "/" },
	{ 0x00F8, A, "o" },
	{ 0x00FE, X, "th" },
	{ 0x0110, A, "D" },       /* D WITH STROKE */
	{ 0x0111, A, "d" },
	{ 0x0126, A, "H" },
	{ 0x0127, A, "h" },
	{ 0x0131, A, "i" },       /* DOTLESS I */
	{ 0x0138, X, "q" },       /* KRA */
	{ 0x013F, A, "L" },       /* L WITH MIDDLE DOT */
	{ 0x0140, A, "l" },
	{ 0x0141, A, "L" },
	{ 0x0142, A, "l" },
	{ 0x014A, X, "NG" },
	{ 0x014B, X, "ng" },
	{ 0x0152, X, "OE" },
	{ 0x0153, X, "oe" },
	{ 0x0166, A, "T" },
	{ 0x0167, A, "t" },
	{ 0x0180, A, "b" },
	{ 0x0188, A, "c" },
	{ 0x0192, X, "f" },
	{ 0x0197, A, "I" },
	{ 0x019A, A, "l" },
	{ 0x01B5, A, "Z" },
	{ 0x01B6, A, "z" },
	{ 0x023B, A, "C" },
	{ 0x023C, A, "c" },
	{ 0x023D, A, "L" },
	{ 0x0243, A, "B" },
	{ 0x0244, A, "U" },
	{ 0x0246, A, "E" },
	{ 0x0247, A, "e" },
	{ 0x0248, A, "J" },
	{ 0x0249, A, "j" },
	{ 0x024C, A, "R" },
	{ 0x024D, A, "r" },
	{ 0x024E, A, "Y" },
	{ 0x024F, A, "y" },
	{ 0x0268, A, "i" },
	{ 0x0289, A, "u" },
	{ 0x02BC, Q, "'" },       /* MODIFIER LETTER APOSTROPHE */
	{ 0x1680, O, " " },       /* OGHAM SPACE MARK */
	{ 0x1E9E, X, "SS" },      /* CAPITAL SHARP S */
	{ 0x2000, O, " " },       /* EN QUAD .. HAIR SPACE */
	{ 0x2001, O, " " },
	{ 0x2002, O, " " },
	{ 0x2003, O, " " },
	{ 0x2004, O, " " },
	{ 0x2005, O, " " },
	{ 0x2006, O, " " },
	{ 0x2007, O, " " },
	{ 0x2008, O, " " },
	{ 0x2009, O, " " },
	{ 0x200A, O, " " },
	{ 0x2010, D, "-" },       /* HYPHEN */
	{ 0x2011, D, "-" },       /* NON-BREAKING HYPHEN */
	{ 0x2012, D, "-" },       /* FIGURE DASH */
	{ 0x2013, D, "-" },       /* EN DASH */
	{ 0x2014, D, "--" },      /* EM DASH */
	{ 0x2015, D, "--" },      /* HORIZONTAL BAR */
	{ 0x2018, Q, "'" },
	{ 0x2019, Q, "'" },
	{ 0x201A, Q, "'" },
	{ 0x201B, Q, "'" },
	{ 0x201C, Q, "\"" },
	{ 0x201D, Q, "\"" },
	{ 0x201E, Q, "\"" },
	{ 0x201F, Q, "\"" },
	{ 0x2022, X, "*" },       /* BULLET */
	{ 0x2024, O, "." },       /* ONE DOT LEADER */
	{ 0x2025, O, ".." },      /* TWO DOT LEADER */
	{ 0x2026, O, "..." },     /* HORIZONTAL ELLIPSIS */
	{ 0x2028, O, " " },       /* LINE SEPARATOR */
	{ 0x2029, O, " " },       /* PARAGRAPH SEPARATOR */
	{ 0x202F, O, " " },       /* NARROW NO-BREAK SPACE */
	{ 0x2032, Q, "'" },       /* PRIME */
	{ 0x2033, Q, "\"" },      /* DOUBLE PRIME */
	{ 0x2034, Q, "'''" },     /* TRIPLE PRIME */
	{ 0x2035, Q, "'" },       /* REVERSED PRIME */
	{ 0x2036, Q, "\"" },
	{ 0x2037, Q, "'''" },
	{ 0x2039, Q, "'" },       /* < */
	{ 0x203A, Q, "'" },       /* > */
	{ 0x2043, D, "-" },       /* HYPHEN BULLET */
	{ 0x2044, X, "/" },       /* FRACTION SLASH */
	{ 0x2057, Q, "''''" },    /* QUADRUPLE PRIME */
	{ 0x205F, O, " " },       /* MEDIUM MATHEMATICAL SPACE */
	{ 0x20A9, X, "KRW" },
	{ 0x20AA, X, "ILS" },
	{ 0x20AB, X, "VND" },
	{ 0x20AC, X, "EUR" },
	{ 0x20B1, X, "PHP" },
	{ 0x20B4, X, "UAH" },
	{ 0x20B9, X, "INR" },
	{ 0x20BA, X, "TRY" },
	{ 0x20BD, X, "RUB" },
	{ 0x2190, X, "<-" },
	{ 0x2192, X, "->" },
	{ 0x2194, X, "<->" },
	{ 0x21D0, X, "<=" },
	{ 0x21D2, X, "=>" },
	{ 0x21D4, X, "<=>" },
	{ 0x2212, D, "-" },       /* MINUS SIGN */
	{ 0x2260, X, "!=" },
	{ 0x2264, X, "<=" },
	{ 0x2265, X, ">=" },
	{ 0x275B, Q, "'" },       /* dingbat quotation marks */
	{ 0x275C, Q, "'" },
	{ 0x275D, Q, "\"" },
	{ 0x275E, Q, "\"" },
	{ 0x2E3A, D, "--" },      /* TWO-EM DASH */
	{ 0x2E3B, D, "--" },      /* THREE-EM DASH */
	{ 0x3000, O, " " },       /* IDEOGRAPHIC SPACE */
	{ 0x301D, Q, "\"" },      /* REVERSED DOUBLE PRIME QUOTATION MARK */
	{ 0x301E, Q, "\"" },
	{ 0x301F, Q, "\"" },
	{ 0xFE58, D, "-" },       /* SMALL EM DASH */
	{ 0xFE63, D, "-" },       /* SMALL HYPHEN-MINUS */
};

/* Exposed for the unit test of the table order. */
size_t tk_fold_table_size(void);
uint32_t tk_fold_table_cp(size_t i);
size_t tk_fold_table_size(void) { return TK_LEN(table); }
uint32_t tk_fold_table_cp(size_t i) { return table[i].c; }

static const char fullwidth[] =
	"!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
	"abcdefghijklmnopqrstuvwxyz{|}~";

const char *tk_fold_lookup(unsigned flags, uint32_t c)
{
	if (c >= 0xFF01 && c <= 0xFF5E)
		return flags & O ? fullwidth + (c - 0xFF01) : NULL;
	size_t lo = 0, hi = TK_LEN(table);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (table[mid].c < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < TK_LEN(table) && table[lo].c == c && (table[lo].cls & flags))
		return table[lo].to;
	return NULL;
}

/* The fullwidth look-up returns a pointer into a string: one byte. */
static size_t mapped_len(uint32_t c, const char *to)
{
	return c >= 0xFF01 && c <= 0xFF5E ? 1 : strlen(to);
}

/* Marks of the generic diacritic blocks, dropped by accent stripping. */
static bool diacritic(uint32_t c)
{
	return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
	       (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
	       (c >= 0xFE20 && c <= 0xFE2F);
}

static void put_cp(struct tk_buf *out, uint32_t c)
{
	tk_buf_reserve(out, 4);
	out->len += (size_t)tk_utf8_encode(c, out->data + out->len);
}

/* Full decomposition of one code point (canonical or compatibility):
 * returns the length, written to d (capacity 32). */
static size_t decompose(uninorm_t nf, uint32_t c, uint32_t *d)
{
	size_t len = 32;
	uint32_t *r = u32_normalize(nf, &c, 1, d, &len);
	if (!r)
		xalloc_die();
	if (r != d) { /* never: no decomposition is longer than 18 */
		free(r);
		d[0] = c;
		return 1;
	}
	return len;
}

/* --strip-accents for one non-ASCII character. */
static void strip_one(uint32_t c, struct tk_buf *out)
{
	const char *to = tk_fold_lookup(A, c);
	if (to) {
		tk_buf_adds(out, to);
		return;
	}
	if (diacritic(c))
		return;
	ucs4_t tmp[UC_DECOMPOSITION_MAX_LENGTH];
	if (uc_canonical_decomposition(c, tmp) < 0) {
		put_cp(out, c);
		return;
	}
	uint32_t d[32];
	size_t n = decompose(UNINORM_NFD, c, d), k = 0;
	for (size_t i = 0; i < n; i++)
		if (!diacritic(d[i]))
			d[k++] = d[i];
	if (k == n) {
		put_cp(out, c);
		return;
	}
	/* Recompose what is left (e.g. a kept mark with its base). */
	uint32_t r[32];
	size_t rn = TK_LEN(r);
	uint32_t *p = u32_normalize(UNINORM_NFC, d, k, r, &rn);
	if (!p)
		xalloc_die();
	for (size_t i = 0; i < rn; i++) {
		const char *t = tk_fold_lookup(A, p[i]);
		if (t)
			tk_buf_adds(out, t);
		else
			put_cp(out, p[i]);
	}
	if (p != r)
		free(p);
}

static bool is_mark(uint32_t c)
{
	return uc_is_general_category(c, UC_CATEGORY_M);
}

/* ASCII for one code point with no direct mapping, via NFKD; false if
 * some part has no ASCII form. */
static bool ascii_decomposed(uint32_t c, struct tk_buf *out)
{
	ucs4_t tmp[UC_DECOMPOSITION_MAX_LENGTH];
	int tag;
	if (uc_decomposition(c, &tag, tmp) < 0)
		return false;
	uint32_t d[32];
	size_t n = decompose(UNINORM_NFKD, c, d);
	size_t start = out->len;
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		const char *to;
		if (d[i] < 0x80) {
			tk_buf_addc(out, (char)d[i]);
			any = true;
		} else if ((to = tk_fold_lookup(Q | D | O | A | X, d[i]))) {
			tk_buf_add(out, to, mapped_len(d[i], to));
			any = true;
		} else if (!is_mark(d[i]) && !diacritic(d[i])) {
			out->len = start;
			return false;
		}
	}
	if (!any)
		out->len = start;
	return any;
}

static void ascii_one(const struct tk_fold *f, uint32_t c,
                      struct tk_buf *out)
{
	const char *to = tk_fold_lookup(Q | D | O | A | X, c);
	if (to) {
		tk_buf_add(out, to, mapped_len(c, to));
		return;
	}
	if (is_mark(c) || diacritic(c))
		return;
	if (ascii_decomposed(c, out))
		return;
	if (f->replacement)
		tk_buf_add(out, f->replacement, f->replacement_len);
	else
		tk_buf_addc(out, '?');
}

static bool is_joiner(uint32_t c)
{
	return c == 0x200C || c == 0x200D;
}

/* A neighbour that lets a joiner stay. */
static bool joins(uint32_t c)
{
	return c >= 0x80 && !tk_is_space(c) && !is_joiner(c);
}

/* The code point that ends s[0..i) (i > 0). */
static uint32_t last_cp(const char *s, size_t i)
{
	size_t k = i - 1;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	tk_char c;
	tk_utf8_decode(s + k, &c);
	return c;
}

/* A joiner at s[k] (ZWNJ/ZWJ are E2 80 8C / E2 80 8D). */
static bool joiner_at(const char *s, size_t n, size_t k)
{
	return k + 2 < n && (unsigned char)s[k] == 0xE2 &&
	       (unsigned char)s[k + 1] == 0x80 &&
	       ((unsigned char)s[k + 2] == 0x8C || (unsigned char)s[k + 2] == 0x8D);
}

/* Offset of the first joiner in s[i..n), or n. */
static size_t find_joiner(const char *s, size_t n, size_t i)
{
	while (i < n) {
		const char *p = memchr(s + i, 0xE2, n - i);
		if (!p)
			return n;
		i = (size_t)(p - s);
		if (joiner_at(s, n, i))
			return i;
		i++;
	}
	return n;
}

bool tk_fold_joiners(struct tk_buf *b, size_t start)
{
	if (b->len <= start)
		return false;
	char *s = b->data + start;
	size_t n = b->len - start;
	size_t i = find_joiner(s, n, 0);
	if (i == n)
		return false;
	size_t w = i;
	uint32_t prev = i > 0 ? last_cp(s, i) : 0; /* before the run */
	bool dropped = false;
	while (i < n) {
		/* s[i..k): a run of joiners; they share their neighbours */
		size_t k = i;
		while (joiner_at(s, n, k))
			k += 3;
		tk_char next = 0;
		if (k < n)
			tk_utf8_decode(s + k, &next);
		if (joins(prev) && joins(next)) {
			memmove(s + w, s + i, k - i);
			w += k - i;
		} else {
			dropped = true;
		}
		/* s[k..j): no joiner */
		size_t j = find_joiner(s, n, k);
		if (j > k) {
			prev = last_cp(s, j);
			memmove(s + w, s + k, j - k);
			w += j - k;
		}
		i = j;
	}
	b->len = start + w;
	return dropped;
}

/* --invisible: true if c is to be dropped.  Joiners are decided on the
 * output (tk_fold_joiners), so they are never dropped here. */
static bool invisible(uint32_t c, uint32_t prev)
{
	if (c < 0x80)
		return c < 0x20 ? c != '\t' && c != '\n' : c == 0x7F;
	if (is_joiner(c))
		return false;
	if (c >= 0xE0020 && c <= 0xE007F)
		/* tag characters of emoji flag sequences (after U+1F3F4) */
		return !(prev == 0x1F3F4 || (prev >= 0xE0020 && prev <= 0xE007F));
	return uc_is_general_category(c, UC_CATEGORY_Cc) ||
	       uc_is_general_category(c, UC_CATEGORY_Cf);
}

/* Length of the leading run of printable ASCII (0x20..0x7E), 8 bytes
 * at a time: a word holds a byte < 0x20 when (w - 0x20..) & ~w has a top
 * bit set (exact for bytes < 0x80), one 0x7F when w ^ 0x7F.. has a zero
 * byte. */
static size_t printable_run(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
	size_t i = 0;
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t del = w ^ (ones * 0x7F);
		if ((w & high) || ((w - ones * 0x20) & ~w & high) ||
		    ((del - ones) & ~del & high))
			break;
		i += 8;
	}
	while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F)
		i++;
	return i;
}

void tk_fold(const struct tk_fold *f, const char *s, size_t n,
             struct tk_buf *out)
{
	unsigned fl = f->flags;
	unsigned punct = fl & TK_FOLD_PUNCT;
	uint32_t prev = 0;
	size_t i = 0, start = out->len;
	bool joiners = false;
	tk_buf_reserve(out, n);
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {
			if (unlikely((fl & TK_FOLD_INVISIBLE) &&
			             (b < 0x20 || b == 0x7F) && b != '\t' && b != '\n')) {
				i++;
				continue;
			}
			/* An ASCII run: nothing to map (up to a control
			 * character when those are dropped). */
			size_t r = fl & TK_FOLD_INVISIBLE ? printable_run(s + i, n - i)
			                                  : tk_ascii_run(s + i, n - i);
			if (r == 0)
				r = 1; /* a tab or newline */
			tk_buf_add(out, s + i, r);
			prev = (unsigned char)s[i + r - 1];
			i += r;
			continue;
		}
		tk_char c;
		int l = tk_utf8_decode(s + i, &c);
		if (fl & TK_FOLD_INVISIBLE) {
			if (invisible(c, prev)) {
				i += (size_t)l;
				continue; /* prev stays: tag rules look across it */
			}
			if (is_joiner(c)) {
				/* copied for now, decided on the output at the
				 * end; prev stays */
				tk_buf_add(out, s + i, (size_t)l);
				joiners = true;
				i += (size_t)l;
				continue;
			}
		}
		prev = c;
		const char *to;
		if (fl & TK_FOLD_ASCII)
			ascii_one(f, c, out);
		else if (punct && (to = tk_fold_lookup(punct, c)))
			tk_buf_add(out, to, mapped_len(c, to));
		else if (fl & TK_FOLD_ACCENTS)
			strip_one(c, out);
		else
			tk_buf_add(out, s + i, (size_t)l);
		i += (size_t)l;
	}
	if (joiners)
		tk_fold_joiners(out, start);
}

/* ASCII bytes that are neither white space nor non-ASCII lead bytes:
 * copied in runs. */
static inline bool plain(unsigned char b)
{
	return b > ' ' && b < 0x80;
}

void tk_squeeze(struct tk_squeeze *st, const char *s, size_t n,
                bool line_end, struct tk_buf *out)
{
	size_t i = 0;
	tk_buf_reserve(out, n + 1);
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		size_t l = 1;
		bool sp;
		if (plain(b)) {
			/* Words with single spaces between them: one copy. */
			size_t j = i + 1;
			for (;;) {
				while (j < n && plain((unsigned char)s[j]))
					j++;
				if (j + 1 < n && s[j] == ' ' && plain((unsigned char)s[j + 1])) {
					j += 2;
					continue;
				}
				break;
			}
			l = j - i;
			sp = false;
		} else if (b < 0x80) {
			sp = b == ' ' || (b >= 0x09 && b <= 0x0D);
		} else {
			tk_char c;
			l = (size_t)tk_utf8_decode(s + i, &c);
			sp = tk_is_space(c);
		}
		if (sp) {
			st->pending = st->in_line;
		} else {
			if (st->pending)
				tk_buf_addc(out, ' ');
			st->pending = false;
			st->in_line = true;
			tk_buf_add(out, s + i, l);
		}
		i += l;
	}
	if (line_end)
		st->in_line = st->pending = false;
}
