/* space.h - the one white-space predicate: Unicode's White_Space
 * property (stable since Unicode 6.3): TAB, LF, VT, FF, CR, space,
 * U+0085 NEL, U+00A0 NBSP, U+1680, U+2000..U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000.
 *
 * tokenize cuts at every one of them, fold and markup squeeze them;
 * sentence-split keeps the no-break spaces (U+00A0, U+2007 FIGURE
 * SPACE, U+202F) inside a sentence: TK_SPACE_BREAKING leaves them out. */
#ifndef TK_SPACE_H
#define TK_SPACE_H

#include "common.h"
#include "utf8.h"

enum {
	TK_SPACE_BREAKING = 1 << 0, /* not the no-break spaces */
};

static inline bool tk_is_space_flags(tk_char c, unsigned flags)
{
	if (c < 0x80)
		return c == ' ' || (c >= 0x09 && c <= 0x0D);
	if (c == 0xA0 || c == 0x2007 || c == 0x202F)
		return !(flags & TK_SPACE_BREAKING);
	return c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
	       c == 0x2028 || c == 0x2029 || c == 0x205F || c == 0x3000;
}

static inline bool tk_is_space(tk_char c)
{
	return tk_is_space_flags(c, 0);
}

/* Length of the white-space character at s[0] of UTF-8 s[0..n), n > 0,
 * or 0 (also when s holds only its first bytes).  Non-ASCII white space
 * starts with C2, E1, E2 or E3, so other bytes need no decoding. */
static inline size_t tk_space_len(const char *s, size_t n, unsigned flags)
{
	unsigned char b = (unsigned char)s[0];
	if (b < 0x80)
		return b == ' ' || (b >= 0x09 && b <= 0x0D) ? 1 : 0;
	if (b != 0xC2 && (b < 0xE1 || b > 0xE3))
		return 0;
	size_t l = b == 0xC2 ? 2 : 3;
	if (n < l)
		return 0;
	tk_char c;
	tk_utf8_decode(s, &c);
	return tk_is_space_flags(c, flags) ? l : 0;
}

/* Length of the white space (tk_space_len(, 0)) that starts s[0..n). */
static inline size_t tk_space_run(const char *s, size_t n)
{
	size_t i = 0, l;
	while (i < n && (l = tk_space_len(s + i, n - i, 0)) != 0)
		i += l;
	return i;
}

/* Whether the line that starts at s[0..n) and ends at its first term
 * byte holds only white space (tk_space_len(, 0)): 1 yes, 0 no, -1 not
 * known because s ends first (at_end: the text ends with s, and a line
 * cut off there is blank so far, 1). */
static inline int tk_line_blank(const char *s, size_t n, char term,
                                bool at_end)
{
	size_t i = 0, l;
	while (i < n && s[i] != term) {
		if ((l = tk_space_len(s + i, n - i, 0)) != 0) {
			i += l;
			continue;
		}
		/* the first bytes of a space character cut off by the end */
		unsigned char b = (unsigned char)s[i];
		if (!at_end && ((b == 0xC2 && n - i < 2) ||
		                (b >= 0xE1 && b <= 0xE3 && n - i < 3)))
			return -1;
		return 0;
	}
	return i < n || at_end ? 1 : -1;
}

/* Does a line that tk_line_blank() found white space so far (b < 0) in
 * all of the n bytes read, more than limit, count as blank?  Yes: no
 * reader holds more of a line than that (lib/cli's input and parallel),
 * so memory stays bounded. */
static inline bool tk_blank_beyond(int b, size_t n, size_t limit)
{
	return b < 0 && n > limit;
}

/* In a text that ends after s[0..n): does a blank line or the text's
 * end follow the line that ends at s[0] (its terminator) or that ends
 * the text (n == 0)?  (tk_tokenizer_para_end()) */
static inline bool tk_line_ends_para(const char *s, size_t n, char term)
{
	return n <= 1 || tk_line_blank(s + 1, n - 1, term, true) == 1;
}

#endif
