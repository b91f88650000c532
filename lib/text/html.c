/* html.c - HTML tag stripping and character references (see markup.h).
 *
 * HTML is a small state machine over bytes (text, tag name, tag, comment,
 * declaration, raw text of script/style), so that markup may span lines
 * and pieces.  It is not an HTML5 tokenizer: it is meant for text that
 * was scraped with some markup left in, and errs towards keeping text.
 * Character references follow Python's html.unescape() to the letter
 * (the differential test compares with it), including the HTML5
 * remapping of &#128;..&#159; to windows-1252 and the longest-prefix
 * rule for legacy names ("&notit;" -> "\u00ACit;"). */
#include "markup.h"
#include "fold.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>

/* ---- character references ---------------------------------------- */

static int ent_cmp(const char *a, size_t an, const char *b)
{
	size_t bn = strlen(b);
	int c = memcmp(a, b, an < bn ? an : bn);
	return c ? c : an < bn ? -1 : an > bn;
}

static const char *entity_find(const char *name, size_t len)
{
	size_t lo = 0, hi = tk_entities_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = ent_cmp(name, len, tk_entities[mid].name);
		if (c == 0)
			return tk_entities[mid].utf8;
		if (c > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* HTML5 "character reference" table for 0x00, 0x0D and 0x80..0x9F, as
 * Python's html._invalid_charrefs. */
static uint32_t remap_charref(uint32_t v)
{
	static const uint16_t c1[32] = {
		0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
		0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
	};
	if (v == 0)
		return 0xFFFD;
	if (v >= 0x80 && v <= 0x9F)
		return c1[v - 0x80];
	return v;
}

/* Python's html._invalid_codepoints: decoded to nothing. */
static bool dropped_codepoint(uint32_t v)
{
	return (v >= 0x1 && v <= 0x8) || v == 0xB || (v >= 0xE && v <= 0x1F) ||
	       (v >= 0x7F && v <= 0x9F) || (v >= 0xFDD0 && v <= 0xFDEF) ||
	       (v & 0xFFFE) == 0xFFFE;
}

#define is_digit tk_ascii_digit
#define is_alpha tk_ascii_alpha
#define is_alnum tk_ascii_alnum
static bool is_xdigit(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static void put_decoded(uint32_t v, struct tk_buf *out)
{
	if (v == '\n' || v == '\r') /* one line in, one line out */
		v = ' ';
	tk_buf_reserve(out, 4);
	out->len += (size_t)tk_utf8_encode(v, out->data + out->len);
}

size_t tk_entity_decode(const char *s, size_t n, struct tk_buf *out)
{
	if (n < 2 || s[0] != '&')
		return 0;
	if (s[1] == '#') {
		size_t j = 2;
		bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
		if (hex)
			j++;
		size_t d0 = j;
		uint32_t v = 0;
		bool big = false;
		while (j < n && (hex ? is_xdigit((unsigned char)s[j])
		                     : is_digit((unsigned char)s[j]))) {
			unsigned char c = (unsigned char)s[j];
			unsigned d = is_digit(c) ? (unsigned)(c - '0')
			                          : (unsigned)(lower(c) - 'a' + 10);
			if (!big)
				v = v * (hex ? 16 : 10) + d;
			if (v > 0x10FFFF)
				big = true;
			j++;
		}
		if (j == d0)
			return 0;
		if (j < n && s[j] == ';')
			j++;
		if (big || (v >= 0xD800 && v <= 0xDFFF)) {
			tk_buf_add(out, TK_REPLACEMENT_UTF8, 3);
		} else if (v == 0 || v == 0x0D || (v >= 0x80 && v <= 0x9F)) {
			put_decoded(remap_charref(v), out);
		} else if (!dropped_codepoint(v)) {
			put_decoded(v, out);
		}
		return j;
	}
	/* Named: up to 32 characters other than tab, LF, FF, space, <, &,
	 * #, ;, then an optional ';'. */
	size_t j = 1, chars = 0;
	while (j < n && chars < 32) {
		unsigned char c = (unsigned char)s[j];
		if (c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' ||
		    c == '&' || c == '#' || c == ';' || c >= 0xF8 /* a mark */)
			break;
		j += (size_t)tk_utf8_seqlen(c);
		chars++;
	}
	if (chars == 0)
		return 0;
	if (j < n && s[j] == ';')
		j++;
	const char *v = entity_find(s + 1, j - 1);
	if (v) {
		if (v[0] == '\n') /* &NewLine; */
			v = " ";
		tk_buf_adds(out, v);
		return j;
	}
	for (size_t x = j - 2; x >= 2; x--) {
		v = entity_find(s + 1, x);
		if (v) {
			tk_buf_adds(out, v);
			return 1 + x;
		}
	}
	return 0;
}

/* ---- HTML ------------------------------------------------------------ */

enum { H_TEXT, H_NAME, H_TAG, H_COMMENT, H_DECL, H_RAW };

void tk_html_init(struct tk_html *h)
{
	memset(h, 0, sizeof *h);
	h->at_space = true;
}

void tk_html_free(struct tk_html *h)
{
	tk_buf_free(&h->held);
}

enum { T_INLINE, T_SPACE, T_LINE, T_BLOCK };

/* What a tag does to the text around it: the HTML spec's block-level
 * elements (and table parts, list items, title, option) end a block;
 * <br> breaks a line; <ref> (wiki citations) only separates words. */
static int tag_kind(const char *name)
{
	static const char *const blocks[] = {
		"address", "article", "aside", "blockquote", "caption", "center",
		"dd", "details", "dialog", "div", "dl", "dt", "fieldset",
		"figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
		"h5", "h6", "header", "hgroup", "hr", "legend", "li", "main",
		"menu", "nav", "ol", "option", "p", "pre", "search", "section",
		"summary", "table", "tbody", "td", "tfoot", "th", "thead",
		"title", "tr", "ul",
	};
	if (strcmp(name, "br") == 0)
		return T_LINE;
	if (strcmp(name, "ref") == 0)
		return T_SPACE;
	for (size_t i = 0; i < TK_LEN(blocks); i++)
		if (strcmp(name, blocks[i]) == 0)
			return T_BLOCK;
	return T_INLINE;
}

static void html_text(struct tk_html *h, const char *s, size_t n,
                      struct tk_buf *out)
{
	if (n == 0)
		return;
	if (h->sep) {
		if (!h->at_space && s[0] != ' ' && s[0] != '\t')
			tk_buf_addc(out, ' ');
		h->sep = false;
	}
	tk_buf_add(out, s, n);
	char c = s[n - 1];
	h->at_space = c == ' ' || c == '\t' || c == TK_MARK_BLOCK ||
	              c == TK_MARK_LINE;
}

/* A tag without attribute, from '<' (its bytes held from earlier pieces,
 * then s[from..i)), turns out to be text. */
static void tag_text(struct tk_html *h, const char *s, size_t from,
                     size_t i, struct tk_buf *out)
{
	h->state = H_TEXT;
	html_text(h, h->held.data, h->held.len, out);
	tk_buf_clear(&h->held);
	html_text(h, s + from, i - from, out);
}

/* The tag open at s[i] is attribute-less and TK_HTML_TAG_MAX long. */
static inline bool tag_too_long(const struct tk_html *h, size_t from,
                                size_t i)
{
	return !h->attr && h->held.len + (i - from) >= TK_HTML_TAG_MAX;
}

static void end_tag(struct tk_html *h, bool self_closing, struct tk_buf *out)
{
	h->name[h->nlen] = '\0';
	h->state = H_TEXT;
	tk_buf_clear(&h->held);
	if (!h->closing && !self_closing &&
	    (strcmp(h->name, "script") == 0 || strcmp(h->name, "style") == 0)) {
		strcpy(h->raw, h->name);
		h->state = H_RAW;
	}
	int kind = tag_kind(h->name);
	if (kind == T_INLINE)
		return;
	if (kind == T_SPACE || !h->blocks) {
		h->sep = true;
		return;
	}
	tk_buf_addc(out, kind == T_LINE ? TK_MARK_LINE : TK_MARK_BLOCK);
	h->sep = false;
	h->at_space = true;
}

/* The tag name that ended at s[i] goes on as a Markdown autolink
 * (<https://x.org>, <me@x.org>): text, for the Markdown stage. */
static bool autolink(const char *s, size_t i, size_t n)
{
	return s[i] == '@' ||
	       (s[i] == ':' && i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/');
}

/* Find needle (lower case, ASCII) in s[0..n), case-insensitively. */
static size_t find_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	for (size_t i = 0; i + m <= n; i++) {
		size_t k = 0;
		while (k < m && lower((unsigned char)s[i + k]) == (unsigned char)needle[k])
			k++;
		if (k == m)
			return i;
	}
	return n;
}

/* Length of the leading run without '<' or '&', 8 bytes at a time (a
 * word holds byte c when w ^ c.. has a zero byte). */
static size_t text_run(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
	size_t i = 0;
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t lt = w ^ (ones * '<'), amp = w ^ (ones * '&');
		if (((lt - ones) & ~lt & high) || ((amp - ones) & ~amp & high))
			break;
		i += 8;
	}
	while (i < n && s[i] != '<' && s[i] != '&')
		i++;
	return i;
}

void tk_html(struct tk_html *h, const char *s, size_t n, bool line_start,
             bool line_end, struct tk_buf *out)
{
	if (line_start) {
		h->at_space = true;
		h->sep = false;
	}
	size_t i = 0;
	/* Where the open tag's bytes in this call begin: its '<', or 0 for
	 * a tag carried from an earlier piece (h->held has the rest). */
	size_t from = 0;
	while (i < n) {
		switch (h->state) {
		case H_TEXT: {
			size_t j = i + text_run(s + i, n - i);
			html_text(h, s + i, j - i, out);
			i = j;
			if (i >= n)
				break;
			if (s[i] == '&') {
				/* A decoded reference is at most 8 bytes (the
				 * table's longest value is 6), so this buffer
				 * never grows. */
				char tmp[16];
				struct tk_buf t = { tmp, 0, sizeof tmp };
				size_t k = tk_entity_decode(s + i, n - i, &t);
				if (k == 0) {
					html_text(h, "&", 1, out);
					i++;
				} else {
					html_text(h, t.data, t.len, out);
					i += k;
				}
				break;
			}
			/* '<' */
			unsigned char c = i + 1 < n ? (unsigned char)s[i + 1] : 0;
			if (c == '!') {
				bool comment = i + 3 < n && s[i + 2] == '-' && s[i + 3] == '-';
				h->state = comment ? H_COMMENT : H_DECL;
				i += comment ? 4 : 2;
			} else if (c == '?') {
				h->state = H_DECL;
				i += 2;
			} else if (is_alpha(c)) {
				h->state = H_NAME;
				h->closing = false;
				h->nlen = 0;
				h->quote = 0;
				h->attr = false;
				tk_buf_clear(&h->held);
				from = i;
				i++;
			} else if (c == '/' && i + 2 < n && is_alpha((unsigned char)s[i + 2])) {
				h->state = H_NAME;
				h->closing = true;
				h->nlen = 0;
				h->quote = 0;
				h->attr = false;
				tk_buf_clear(&h->held);
				from = i;
				i += 2;
			} else {
				html_text(h, "<", 1, out);
				i++;
			}
			break;
		}
		case H_NAME:
			while (i < n && (is_alnum((unsigned char)s[i]) || s[i] == '-')) {
				if (tag_too_long(h, from, i))
					break;
				if (h->nlen < sizeof h->name - 1)
					h->name[h->nlen++] = (char)lower((unsigned char)s[i]);
				i++;
			}
			if (i < n && (tag_too_long(h, from, i) ||
			              (!h->closing && autolink(s, i, n))))
				tag_text(h, s, from, i, out);
			else if (i < n)
				h->state = H_TAG;
			break;
		case H_TAG:
			while (i < n) {
				if (tag_too_long(h, from, i)) {
					tag_text(h, s, from, i, out);
					break;
				}
				char c = s[i++];
				if (h->quote) {
					if (c == h->quote)
						h->quote = 0;
				} else if (c == '"' || c == '\'') {
					h->quote = c;
					h->attr = true;
				} else if (c == '=') {
					h->attr = true;
				} else if (c == '>') {
					end_tag(h, i >= 2 && s[i - 2] == '/', out);
					break;
				}
			}
			break;
		case H_COMMENT: {
			size_t k = find_ci(s + i, n - i, "-->");
			if (k < n - i) {
				h->state = H_TEXT;
				i += k + 3;
			} else {
				i = n;
			}
			break;
		}
		case H_DECL: {
			const char *p = memchr(s + i, '>', n - i);
			if (p) {
				h->state = H_TEXT;
				i = (size_t)(p - s) + 1;
			} else {
				i = n;
			}
			break;
		}
		case H_RAW: {
			char end[12] = "</";
			strcat(end, h->raw);
			size_t k = find_ci(s + i, n - i, end);
			if (k < n - i) {
				h->state = H_NAME;
				h->closing = true;
				h->nlen = 0;
				h->quote = 0;
				h->attr = true; /* never text: it ends raw text */
				i += k + 2;
			} else {
				i = n;
			}
			break;
		}
		}
	}
	/* "a<b then" with no '>' on the line: HTML would take it for a tag
	 * running on, and swallow the following lines.  A tag may span lines
	 * only once it has shown an attribute ('=' or a quote); otherwise
	 * the '<' was text after all. */
	if ((h->state == H_NAME || h->state == H_TAG) && !h->attr) {
		if (line_end)
			tag_text(h, s, from, n, out);
		else
			tk_buf_add(&h->held, s + from, n - from);
	} else {
		tk_buf_clear(&h->held);
	}
	if (line_end)
		h->sep = false;
}
