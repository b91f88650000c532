/* sentlines.c - line structure: does a single line break inside a
 * paragraph join two lines of one wrapped text, or end a block (a
 * heading, menu item, caption, dateline, table row, one paragraph per
 * line)?  See sentence-split(1), --lines.
 *
 * The decision at the break between line C and the next line N uses C
 * (its length is carried across windows in sp->carry_cols) and the lines
 * after it up to HORIZON bytes (tk_sent_horizon), never more, so it does
 * not depend on where the input was cut into windows.  In order:
 *
 *   L0  N is a table row: it starts with '|' (break), or, when it does
 *       not start in lowercase (after L3), a tab or two " | " part its
 *       cells: break;
 *   L1  a line longer than TK_LINES_LONG columns (C, N or a later line
 *       of the paragraph within the horizon): not hard-wrapped: break;
 *   L2  C ends with a comma, semicolon, hyphen or dash: join;
 *   L3  N starts with a lowercase letter, or with a letter of a script
 *       without case: join;
 *   L4  the paragraph ends (blank line, list or heading line, end of
 *       text) within the horizon, holds no sentence terminator from C
 *       on, and its last line ends in a letter or digit: a group of
 *       headings, captions or items: break;
 *   L5  the paragraph ends within the horizon, all its lines from C on
 *       are narrower than TK_LINES_NARROW columns and C does not end in
 *       a lowercase word: an address, a signature, a short list: break;
 *   L6  C is not full: C, a space and N's first word fit in 85% of the
 *       widest line seen (70% when C ends in a lowercase word,
 *       mid-clause): the text was not wrapped there: break;
 *   L7  else join (a wrapped line is full: the word that starts N did
 *       not fit on C).
 *
 * Columns count code points, two for East Asian wide characters. */
#include "sentimpl.h"

#include <string.h>

/* Columns of s[0..n): none for controls and terminal escape sequences,
 * one per code point, two for the wide ranges
 * U+1100..U+115F, U+2E80..U+A4CF, U+AC00..U+D7A3, U+F900..U+FAFF,
 * U+FF00..U+FF60 and planes 2-3 (approximated by lead bytes). */
size_t tk_sent_cols(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t c = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = u[i];
		if ((b & 0xC0) == 0x80)
			continue;
		if (b < 0x20) {
			/* controls take no room, nor do terminal escapes
			 * ("\033[1;31m": ECMA-48 CSI, parameter bytes 0x30-0x3F,
			 * intermediate bytes 0x20-0x2F, a final byte
			 * 0x40-0x7E).  A sequence ends at the first byte that
			 * does not fit, which then counts as usual: a NUL or a
			 * line break is never inside one, so a sequence never
			 * spans a place where a window can be cut. */
			if (b == 0x1B && i + 1 < n && u[i + 1] == '[') {
				i += 2;
				while (i < n && u[i] >= 0x30 && u[i] <= 0x3F)
					i++;
				while (i < n && u[i] >= 0x20 && u[i] <= 0x2F)
					i++;
				if (i == n || u[i] < 0x40 || u[i] > 0x7E)
					i--; /* no final byte */
			}
			continue;
		}
		c++;
		if (b >= 0xE2 && b <= 0xED && i + 1 < n) {
			unsigned v = (unsigned)(b & 0x0F) << 12 | (unsigned)(u[i + 1] & 0x3F) << 6;
			if ((v >= 0x2E80 && v <= 0xA4C0) || (v >= 0xAC00 && v <= 0xD7A3))
				c++;
		} else if (b == 0xEF && i + 1 < n && (u[i + 1] == 0xA4 || u[i + 1] == 0xA5 ||
		                                      u[i + 1] == 0xBC || u[i + 1] == 0xBD))
			c++;
		else if (b == 0xF0 && i + 1 < n && u[i + 1] >= 0xA0 && u[i + 1] < 0xB0)
			c++;
	}
	return c;
}

size_t tk_sent_unit_marker(const char *s, size_t n)
{
	size_t i = 0;
	if (n == 0)
		return 0;
	switch (s[0]) {
	case '#':
		while (i < n && s[i] == '#')
			i++;
		if (i <= 6 && (i == n || s[i] == ' ' || s[i] == '\t' ||
		               s[i] == '\n'))
			return i;
		return 0;
	case '-': case '*': case '+':
		if (n >= 2 && (s[1] == ' ' || s[1] == '\t'))
			return 2;
		return 0;
	case '>':
		return 1;
	}
	if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0xA2) /* U+2022 BULLET */
		return n >= 4 && (s[3] == ' ' || s[3] == '\t') ? 4 : 0;
	while (i < n && i < 4 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i >= 1 && i <= 3 && i + 1 < n && (s[i] == '.' || s[i] == ')') &&
	    (s[i + 1] == ' ' || s[i + 1] == '\t'))
		return i + 2;
	return 0;
}

static bool hspace(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v';
}

/* The last character of s[a..e) before trailing white space. */
static tk_char last_char(const char *s, size_t a, size_t e)
{
	while (e > a && hspace((unsigned char)s[e - 1]))
		e--;
	if (e == a)
		return 0;
	tk_char c;
	tk_utf8_decode_last(s + a, e - a, &c);
	return c;
}

/* Prose ends in punctuation: does the line s[a..e) end with a letter or
 * digit (after closing quotes and brackets), as headings, menu items and
 * captions do? */
static bool ends_bare(const char *s, size_t a, size_t e)
{
	while (e > a && hspace((unsigned char)s[e - 1]))
		e--;
	while (e > a) {
		tk_char c;
		int len = tk_utf8_decode_last(s + a, e - a, &c);
		int p = tk_sb_prop(c);
		if (p == TK_SB_LOWER || p == TK_SB_UPPER || p == TK_SB_OLETTER ||
		    p == TK_SB_NUMERIC)
			return true;
		if (p != TK_SB_CLOSE && p != TK_SB_EXTEND && p != TK_SB_FORMAT &&
		    c != '*' && c != '_')
			return false;
		e -= (size_t)len;
	}
	return false;
}

/* A table row: a line that starts with '|', holds a tab between two
 * cells or two " | " (s[a..e), leading blanks skipped). */
static bool table_row(const char *s, size_t a, size_t e)
{
	while (a < e && (s[a] == ' ' || s[a] == '\t'))
		a++;
	if (a < e && s[a] == '|')
		return true;
	int bars = 0;
	for (size_t i = a; i + 1 < e; i++) {
		if (s[i] == '\t' && s[i + 1] != '\t' && s[i + 1] != ' ')
			return true;
		if (s[i] == ' ' && s[i + 1] == '|' && i + 2 < e && s[i + 2] == ' ')
			bars++;
	}
	return bars >= 2;
}

/* Does s[a..e) hold a sentence terminator before white space or the
 * line end? */
bool tk_sent_has_term(const char *s, size_t a, size_t e, size_t n)
{
	for (size_t i = a; i < e; i++) {
		unsigned char b = (unsigned char)s[i];
		if (b == '.' || b == '!' || b == '?') {
			if (i + 1 == n || hspace((unsigned char)s[i + 1]) ||
			    s[i + 1] == '\n')
				return true;
		} else if (b >= 0xE0) {
			tk_char c;
			int len = tk_utf8_decode(s + i, &c);
			int p = tk_sb_prop(c);
			if (p == TK_SB_STERM || p == TK_SB_ATERM || c == 0x2026)
				return true;
			i += (size_t)len - 1;
		}
	}
	return false;
}

/* A line of only white space (s[a..e)). */
static bool blank(const char *s, size_t a, size_t e)
{
	for (size_t i = a; i < e; i++)
		if (!hspace((unsigned char)s[i]))
			return false;
	return true;
}

/* The paragraph from C (s[c0..j)) on, within the window s[0..n): */
struct para {
	size_t wide;        /* the widest line, in columns */
	size_t la, le;      /* the last line seen */
	bool end_seen;      /* the paragraph ends within sight */
	bool term;          /* a sentence terminator from C on */
};

/* Scan the lines after the break at j: -1 if more text is needed, 1 if
 * one is longer than TK_LINES_LONG (L1), else 0 with *pp filled. */
static int scan_para(const char *s, size_t n, bool final, bool cut, size_t j,
                     size_t ccols, bool cterm, struct para *pp)
{
	struct para pa = { .wide = ccols, .term = cterm };
	for (size_t a = j + 1;;) {
		const char *nl = memchr(s + a, '\n', n - a);
		size_t e = nl ? (size_t)(nl - s) : n;
		if (!nl && !final)
			return -1;
		if (!nl && cut) {
			/* The horizon cuts this line: a long one if it is N,
			 * else the paragraph goes on beyond sight. */
			if (a == j + 1 || tk_sent_cols(s + a, e - a) > TK_LINES_LONG)
				return 1;
			break;
		}
		if (blank(s, a, e)) {
			pa.end_seen = true;
			break;
		}
		size_t t = a;
		while (t < e && hspace((unsigned char)s[t]))
			t++;
		if (a > j + 1 && tk_sent_unit_marker(s + t, e - t)) {
			pa.end_seen = true;
			break;
		}
		size_t w = tk_sent_cols(s + a, e - a);
		if (w > TK_LINES_LONG)
			return 1;
		if (w > pa.wide)
			pa.wide = w;
		pa.la = a, pa.le = e;
		pa.term = pa.term || tk_sent_has_term(s, a, e, n);
		if (!nl) {
			pa.end_seen = true;
			break;
		}
		a = e + 1;
	}
	*pp = pa;
	return 0;
}

int tk_sent_line_break(const struct tk_splitter *sp, const char *s, size_t n,
                       bool final, size_t ls, size_t j)
{
	if (sp->o.lines == TK_LINES_SPLIT)
		return 1;
	if (sp->o.lines == TK_LINES_JOIN)
		return 0;
	/* L1 for C: its bytes bound its columns, count them only if need be */
	size_t c0 = ls == SIZE_MAX ? 0 : ls;
	if (c0 > j) /* the line began after j (a piece's carry): no columns */
		c0 = j;
	size_t carry = ls == SIZE_MAX ? sp->carry_cols : 0;
	bool cterm = ls == SIZE_MAX && sp->carry_term;
	size_t ccols = SIZE_MAX;
	if (carry + (j - c0) > TK_LINES_LONG) {
		ccols = carry + tk_sent_cols(s + c0, j - c0);
		if (ccols > TK_LINES_LONG)
			return 1;
	}
	bool cut = tk_sent_horizon(s, &n, &final, j);
	size_t q = j + 1;
	while (q < n && hspace((unsigned char)s[q]))
		q++;
	if (q >= n)
		return final ? 1 : -1;
	if (s[q] == '|')                                        /* L0 */
		return 1;
	/* L2 */
	tk_char lc = last_char(s, c0, j);
	if (lc == ',' || lc == ';' || lc == '-' || lc == 0x2010 || lc == 0x2013 ||
	    lc == 0x2014)
		return 0;
	tk_char c;
	tk_utf8_decode(s + q, &c);
	int p = tk_sb_prop(c);
	/* L3 */
	if (p == TK_SB_LOWER || p == TK_SB_OLETTER)
		return 0;
	const char *nl1 = memchr(s + q, '\n', n - q);            /* L0 */
	if (!nl1 && !final)
		return -1;
	if (table_row(s, q, nl1 ? (size_t)(nl1 - s) : n))
		return 1;
	if (ccols == SIZE_MAX)
		ccols = carry + tk_sent_cols(s + c0, j - c0);
	cterm = cterm || tk_sent_has_term(s, c0, j, n);
	struct para pa;
	int r = scan_para(s, n, final, cut, j, ccols, cterm, &pa);
	if (r)
		return r;
	if (pa.end_seen && !pa.term && pa.le > pa.la &&
	    ends_bare(s, pa.la, pa.le))
		return 1;                                       /* L4 */
	bool lower = tk_sb_prop(lc) == TK_SB_LOWER;
	if (pa.end_seen && !lower && pa.wide < TK_LINES_NARROW)
		return 1;                                       /* L5 */
	size_t fw = q;
	while (fw < n && !hspace((unsigned char)s[fw]) && s[fw] != '\n')
		fw++;
	size_t need = ccols + 1 + tk_sent_cols(s + q, fw - q);
	if (lower)                                              /* L6 */
		return 10 * need > 7 * pa.wide ? 0 : 1;
	return 20 * need > 17 * pa.wide ? 0 : 1;                /* L6, L7 */
}
