/* markdown.c - Markdown residue (see markup.h).
 *
 * Per line: block markers at the line start (and, with TK_MD_BLOCKS,
 * marks where a block begins or ends, from a little state about the last
 * line), then one inline pass that copies text, records emphasis
 * delimiter runs in the output, and at the end deletes the runs that
 * pair up (a stack, as CommonMark's "process emphasis", simplified:
 * same character, same run length).  A table row is cut into cells
 * first, each cell its own inline pass. */
#include "markup.h"
#include "fold.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>

struct delim {
	size_t pos;   /* offset of the run in the output */
	size_t len;
	char c;
	bool open, close, del;
};

struct md {
	struct tk_buf *out;
	struct delim *d;
	size_t nd, cap;
	bool strip_tags;
};

static bool ascii_punct(unsigned char c)
{
	return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) ||
	       (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

/* Code point before s[i] / at s[i]; 0 at the edges (white space). */
static uint32_t cp_before(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	tk_char c;
	tk_utf8_decode_last(s, i, &c);
	return c;
}

static uint32_t cp_at(const char *s, size_t i, size_t n)
{
	if (i >= n)
		return 0;
	tk_char c;
	tk_utf8_decode(s + i, &c);
	return c;
}

static bool white(uint32_t c) { return c == 0 || tk_is_space(c); }

static bool punct(uint32_t c)
{
	if (c < 0x80)
		return ascii_punct((unsigned char)c);
	return uc_is_general_category(c, UC_CATEGORY_P) ||
	       uc_is_general_category(c, UC_CATEGORY_S);
}

/* Offset of the ']' closing the '[' at s[i], or n. */
static size_t close_bracket(const char *s, size_t i, size_t n, char open,
                            char close)
{
	int depth = 0;
	for (size_t j = i; j < n; j++) {
		if (s[j] == '\\' && j + 1 < n) {
			j++;
		} else if (s[j] == open) {
			depth++;
		} else if (s[j] == close && --depth == 0) {
			return j;
		}
	}
	return n;
}

static void md_inline(struct md *m, const char *s, size_t n, int depth);

/* A link or image at s[i] == '['; returns the bytes consumed or 0. */
static size_t md_link(struct md *m, const char *s, size_t i, size_t n,
                      int depth)
{
	size_t e = close_bracket(s, i, n, '[', ']');
	if (e >= n || e + 1 >= n)
		return 0;
	size_t end;
	if (s[e + 1] == '(') {
		end = close_bracket(s, e + 1, n, '(', ')');
	} else if (s[e + 1] == '[') {
		if ((s[i + 1] == '^' || tk_ascii_digit((unsigned char)s[i + 1])) &&
		    tk_footnote_label(s + i, e + 1 - i))
			return 0; /* [1][2]: footnote references, not a link */
		end = close_bracket(s, e + 1, n, '[', ']');
	} else {
		return 0;
	}
	if (end >= n)
		return 0;
	if (depth < 8)
		md_inline(m, s + i + 1, e - i - 1, depth + 1);
	else
		tk_buf_add(m->out, s + i + 1, e - i - 1);
	return end + 1 - i;
}

/* <scheme:...> or <a@b> autolink, or an inline tag: bytes consumed. */
static size_t md_angle(struct md *m, const char *s, size_t i, size_t n)
{
	size_t j = i + 1;
	bool colon = false, at = false;
	while (j < n && s[j] != '>' && s[j] != '<' && s[j] != ' ' && s[j] != '\t') {
		colon |= s[j] == ':';
		at |= s[j] == '@';
		j++;
	}
	if (j < n && s[j] == '>' && j > i + 1 && (colon || at) &&
	    tk_ascii_alpha((unsigned char)s[i + 1])) {
		tk_buf_add(m->out, s + i + 1, j - i - 1);
		return j + 1 - i;
	}
	if (!m->strip_tags)
		return 0;
	j = i + 1;
	if (j < n && s[j] == '/')
		j++;
	if (j >= n || !tk_ascii_alpha((unsigned char)s[j]))
		return 0;
	while (j < n && (tk_ascii_alnum((unsigned char)s[j]) || s[j] == '-'))
		j++;
	if (j < n && s[j] != '>' && s[j] != ' ' && s[j] != '/' && s[j] != '\t')
		return 0;
	while (j < n && s[j] != '>' && s[j] != '<')
		j++;
	if (j >= n || s[j] != '>')
		return 0;
	return j + 1 - i;
}

static void add_delim(struct md *m, const char *s, size_t i, size_t k,
                      size_t n)
{
	char c = s[i];
	uint32_t prev = cp_before(s, i), next = cp_at(s, i + k, n);
	bool pw = white(prev), nw = white(next);
	bool pp = punct(prev), np = punct(next);
	bool left = !nw && (!np || pw || pp);
	bool right = !pw && (!pp || nw || np);
	struct delim d = { m->out->len, k, c, false, false, false };
	/* Never inside a word, for * as for _ (2*3*4, snake_case). */
	d.open = left && (!right || pp);
	d.close = right && (!left || np);
	if (c == '~' && k != 2)
		d.open = d.close = false;
	if (k > 3)
		d.open = d.close = false;
	if (d.open || d.close) {
		if (m->nd == m->cap) {
			m->cap = xgrow(m->cap, m->nd + 1, 16);
			m->d = xnrealloc(m->d, m->cap, sizeof *m->d);
		}
		m->d[m->nd++] = d;
	}
	tk_buf_add(m->out, s + i, k);
}

/* Bytes that may start inline Markdown (see md_inline's switch). */
static const bool special[256] = {
	['\\'] = true, ['`'] = true, ['!'] = true, ['['] = true, ['<'] = true,
	['*'] = true, ['_'] = true, ['~'] = true,
};

static void md_inline(struct md *m, const char *s, size_t n, int depth)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t k;
		switch (c) {
		case '\\':
			if (i + 1 < n && ascii_punct((unsigned char)s[i + 1])) {
				tk_buf_addc(m->out, s[i + 1]);
				i += 2;
				continue;
			}
			break;
		case '`': {
			k = 1;
			while (i + k < n && s[i + k] == '`')
				k++;
			/* the closing run of exactly k backticks */
			size_t j = i + k;
			while (j < n) {
				if (s[j] == '`') {
					size_t r = 1;
					while (j + r < n && s[j + r] == '`')
						r++;
					if (r == k)
						break;
					j += r;
				} else {
					j++;
				}
			}
			if (j < n) {
				size_t a = i + k, b = j;
				if (b - a >= 2 && s[a] == ' ' && s[b - 1] == ' ') {
					a++;
					b--;
				}
				tk_buf_add(m->out, s + a, b - a);
				i = j + k;
			} else {
				tk_buf_add(m->out, s + i, k);
				i += k;
			}
			continue;
		}
		case '!':
			if (i + 1 < n && s[i + 1] == '[' &&
			    (k = md_link(m, s, i + 1, n, depth))) {
				i += 1 + k;
				continue;
			}
			break;
		case '[':
			if ((k = md_link(m, s, i, n, depth))) {
				i += k;
				continue;
			}
			break;
		case '<':
			if ((k = md_angle(m, s, i, n))) {
				i += k;
				continue;
			}
			break;
		case '*': case '_': case '~':
			k = 1;
			while (i + k < n && (unsigned char)s[i + k] == c)
				k++;
			add_delim(m, s, i, k, n);
			i += k;
			continue;
		}
		/* Ordinary bytes up to the next one that may start markup. */
		size_t j = i + 1;
		while (j < n && !special[(unsigned char)s[j]])
			j++;
		tk_buf_add(m->out, s + i, j - i);
		i = j;
	}
}

/* Pair delimiter runs (stack of openers) and delete the pairs from the
 * output, from offset base on. */
static void md_emphasis(struct md *m, size_t base)
{
	size_t *stack = m->nd ? xnmalloc(m->nd, sizeof *stack) : NULL;
	size_t top = 0, dels = 0;
	for (size_t i = 0; i < m->nd; i++) {
		struct delim *d = &m->d[i];
		if (d->close) {
			size_t t = top;
			while (t > 0 && !(m->d[stack[t - 1]].c == d->c &&
			                  m->d[stack[t - 1]].len == d->len))
				t--;
			if (t > 0) {
				m->d[stack[t - 1]].del = d->del = true;
				dels += 2;
				top = t - 1;
				continue;
			}
		}
		if (d->open)
			stack[top++] = i;
	}
	free(stack);
	if (!dels)
		return;
	char *o = m->out->data;
	size_t w = base, r = base;
	for (size_t i = 0; i < m->nd; i++) {
		if (!m->d[i].del)
			continue;
		size_t p = m->d[i].pos;
		memmove(o + w, o + r, p - r);
		w += p - r;
		r = p + m->d[i].len;
	}
	memmove(o + w, o + r, m->out->len - r);
	m->out->len = w + (m->out->len - r);
}

static bool blank(char c) { return c == ' ' || c == '\t'; }

/* A line of only c (or \c) and blanks, at least 3 of c: a thematic
 * break or setext heading underline.  For '-', the dashes count as the
 * hyphens --punct writes for them (an em dash two). */
static bool rule_line(const char *s, size_t n, char c)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n && s[i + 1] == c)
			continue;
		if (s[i] == c) {
			count++;
		} else if ((unsigned char)s[i] >= 0x80) {
			tk_char u;
			int l = tk_utf8_decode(s + i, &u);
			const char *f = c == '-' ? tk_fold_lookup(TK_FOLD_DASHES, u) : NULL;
			if (f && strspn(f, "-") == strlen(f))
				count += strlen(f); /* what --punct makes '-' */
			else if (!tk_is_space(u)) /* NBSP and the like are blanks */
				return false;
			i += (size_t)l - 1;
		} else if (!blank(s[i])) {
			return false;
		}
	}
	return count >= 3;
}

bool tk_markdown_rule(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && blank(s[i]))
		i++;
	return rule_line(s + i, n - i, '-') || rule_line(s + i, n - i, '*') ||
	       rule_line(s + i, n - i, '_') || rule_line(s + i, n - i, '=');
}

/* A GFM table delimiter row: pipes, hyphens, colons and blanks, with a
 * pipe and a hyphen. */
static bool delimiter_row(const char *s, size_t n)
{
	bool pipe = false, dash = false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '|')
			pipe = true;
		else if (s[i] == '-')
			dash = true;
		else if (s[i] != ':' && !blank(s[i]))
			return false;
	}
	return pipe && dash;
}

/* A footnote definition "[^x]: ..." or link reference definition
 * "[id]: destination" with an optional "title". */
static bool definition(const char *s, size_t n)
{
	if (n < 4 || s[0] != '[')
		return false;
	size_t e = 1;
	while (e < n && s[e] != ']' && s[e] != '[')
		e++;
	if (e == 1 || e + 1 >= n || s[e] != ']' || s[e + 1] != ':')
		return false;
	if (s[1] == '^')
		return true;
	size_t i = e + 2;
	while (i < n && blank(s[i]))
		i++;
	size_t d = i;
	while (i < n && !blank(s[i]))
		i++;
	if (i == d)
		return false;
	while (i < n && blank(s[i]))
		i++;
	return i == n || s[i] == '"' || s[i] == '\'' || s[i] == '(';
}

/* An ordered list item "12. " or "3) " (the number stays: it may be
 * text). */
static bool ordered_item(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && i < 4 && tk_ascii_digit((unsigned char)s[i]))
		i++;
	return i >= 1 && i <= 3 && i + 1 < n && (s[i] == '.' || s[i] == ')') &&
	       blank(s[i + 1]);
}

/* Offset of the next cell-separating '|' (not escaped) from i, or n. */
static size_t next_pipe(const char *s, size_t i, size_t n)
{
	for (; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n)
			i++;
		else if (s[i] == '|')
			return i;
	}
	return n;
}

/* " | " somewhere in s (any white space around the pipe, as "&nbsp;|"):
 * cells of a row without outer pipes (a menu, a title bar) */
static bool spaced_pipe(const char *s, size_t n)
{
	for (size_t i = 1; i + 1 < n; i++)
		if (s[i] == '|' && white(cp_before(s, i)) && white(cp_at(s, i + 1, n)))
			return true;
	return false;
}

static void mark(struct tk_md *m, struct tk_buf *out)
{
	if (m->flags & TK_MD_BLOCKS)
		tk_buf_addc(out, TK_MARK_BLOCK);
}

static void inline_pass(struct tk_md *m, const char *s, size_t n,
                        struct tk_buf *out)
{
	struct md in = { out, NULL, 0, 0, m->flags & TK_MD_TAGS };
	size_t base = out->len;
	md_inline(&in, s, n, 0);
	md_emphasis(&in, base);
	free(in.d);
}

/* The cells of a table row piece: each its own inline pass, apart by
 * " | " or a block mark; empty cells vanish. */
static void row_cells(struct tk_md *m, const char *s, size_t n,
                      bool line_start, bool line_end, struct tk_buf *out)
{
	size_t a = 0;
	bool cell_start = line_start;
	for (;;) {
		size_t b = next_pipe(s, a, n);
		bool cell_end = b < n || line_end;
		size_t x = a, y = b;
		if (cell_start)
			while (x < y && blank(s[x]))
				x++;
		if (cell_end)
			while (y > x && blank(s[y - 1]))
				y--;
		if (x < y && !(cell_start && cell_end && tk_markdown_rule(s + x, y - x))) {
			if (cell_start && m->cells) {
				if (m->flags & TK_MD_BLOCKS)
					mark(m, out);
				else
					tk_buf_adds(out, " | ");
			}
			inline_pass(m, s + x, y - x, out);
			m->cells = true;
		}
		if (b >= n)
			break;
		a = b + 1;
		cell_start = true;
	}
}

/* End of the white space from s[i] on (NBSP and the like too). */
static size_t skip_white(const char *s, size_t i, size_t n)
{
	while (i < n) {
		if (blank(s[i])) {
			i++;
			continue;
		}
		tk_char c;
		if ((unsigned char)s[i] < 0x80 || !tk_is_space(cp_at(s, i, n)))
			break;
		i += (size_t)tk_utf8_decode(s + i, &c);
	}
	return i;
}

/* Bytes of a list bullet and the white space after it at s[i], or 0:
 * - * + and what --punct makes a '-' (en dash, minus, ...), and U+2022. */
static size_t bullet(const char *s, size_t i, size_t n)
{
	if (i >= n)
		return 0;
	size_t k;
	if (s[i] == '-' || s[i] == '*' || s[i] == '+') {
		k = 1;
	} else if ((unsigned char)s[i] >= 0x80) {
		tk_char c;
		k = (size_t)tk_utf8_decode(s + i, &c);
		const char *f = tk_fold_lookup(TK_FOLD_DASHES, c);
		if (c != 0x2022 && !(f && strcmp(f, "-") == 0))
			return 0;
	} else {
		return 0;
	}
	size_t w = i + k; /* one white space character after it */
	if (w < n && blank(s[w]))
		return k + 1;
	if (w < n && (unsigned char)s[w] >= 0x80 && tk_is_space(cp_at(s, w, n)))
		return k + (size_t)tk_utf8_seqlen((unsigned char)s[w]);
	return 0;
}

/* Markers nested in the first ("- > # x" is an item holding a quote
 * holding a heading): the text starts after all of them, so that a
 * second run finds none. */
static size_t inner_markers(const char *s, size_t i, size_t n)
{
	for (;;) {
		size_t j = skip_white(s, i, n), k;
		size_t h = 0;
		while (j + h < n && h < 7 && s[j + h] == '#')
			h++;
		if (j < n && s[j] == '>')
			i = j + 1;
		else if (h >= 1 && h <= 6 && j + h < n && blank(s[j + h]))
			i = j + h + 1;
		else if ((k = bullet(s, j, n)) > 0)
			i = j + k;
		else
			return i;
	}
}

/* Line-start structure: returns the offset where inline text begins,
 * or n + 1 when the line is dropped. */
static size_t line_blocks(struct tk_md *m, const char *s, size_t *np,
                          bool line_end, struct tk_buf *out)
{
	size_t n = *np, i = 0;
	bool blocks = m->flags & TK_MD_BLOCKS;
	m->row = m->cells = false;
	i = skip_white(s, 0, n);
	size_t indent = i;
	bool whole = line_end;
	if (whole && i == n) { /* blank line: a paragraph end */
		m->table = m->quote = false;
		return 0;
	}
	bool rule = whole && tk_markdown_rule(s + i, n - i);
	bool delim = whole && !rule && delimiter_row(s + i, n - i);
	if (rule || delim || (whole && indent < 4 && definition(s + i, n - i)) ||
	    (n - i >= 3 && (memcmp(s + i, "```", 3) == 0 ||
	                    memcmp(s + i, "~~~", 3) == 0))) {
		/* rule, table delimiter row, definition, code fence line
		 * (its info string goes too) */
		mark(m, out);
		m->quote = false;
		m->table = delim;
		return n + 1;
	}
	bool quote = false;
	while (i < n && s[i] == '>') {
		quote = true;
		i = skip_white(s, i + 1, n);
	}
	if (quote != m->quote)
		mark(m, out);
	m->quote = quote;
	size_t h = 0;
	while (i + h < n && h < 7 && s[i + h] == '#')
		h++;
	bool heading = h >= 1 && h <= 6 && (i + h == n || blank(s[i + h]));
	size_t b = heading ? 0 : bullet(s, i, n);
	bool item = b > 0 || (blocks && ordered_item(s + i, n - i));
	if (heading) {
		i += h;
		while (i < n && blank(s[i]))
			i++;
		if (line_end) {
			/* closing sequence: blanks, hashes, blanks */
			size_t e = n;
			while (e > i && blank(s[e - 1]))
				e--;
			size_t f = e;
			while (f > i && s[f - 1] == '#')
				f--;
			if (f < e && (f == i || blank(s[f - 1]))) {
				while (f > i && blank(s[f - 1]))
					f--;
				*np = n = f;
			}
		}
		m->heading = true;
	} else if (b > 0) {
		i += b;
	}
	i = inner_markers(s, i, n);
	/* A table row, also inside an item or heading ("- a | b") */
	size_t c = skip_white(s, i, n);
	bool row = (c < n && s[c] == '|') ||
	           (m->table && memchr(s + i, '|', n - i)) ||
	           (blocks && spaced_pipe(s + i, n - i));
	if (heading || item || row || m->table)
		mark(m, out); /* a block begins */
	m->table = m->row = row;
	if (!blocks)
		tk_buf_add(out, s, indent); /* indentation stays */
	if (row && c < n && s[c] == '|')
		i = c + 1;
	return i;
}

void tk_markdown(struct tk_md *m, const char *s, size_t n, bool line_start,
                 bool line_end, struct tk_buf *out)
{
	size_t i = 0;
	if (line_start) {
		m->heading = false;
		i = line_blocks(m, s, &n, line_end, out);
		if (i > n)
			return;
	}
	if (m->row)
		row_cells(m, s + i, n - i, line_start, line_end, out);
	else
		inline_pass(m, s + i, n - i, out);
	if (line_end && m->heading)
		mark(m, out); /* a heading is a block of one line */
}
