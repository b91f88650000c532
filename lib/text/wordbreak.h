/* wordbreak.h - UAX #29 word boundaries of UTF-8 text.
 *
 * The boundaries are libunistring's (u8_wordbreaks, the Unicode version
 * of the installed libunistring); this module adds a fast path for ASCII
 * that gives the same boundaries without decoding, and the same rules
 * over a table of libunistring's properties for other text (differential
 * unit tests and tests/conformance/wordbreak.c prove both).  No allocation, no
 * I/O, no errors: input must be valid UTF-8.
 *
 * Boundary arrays follow libunistring: p[i] = 1 when there is a word
 * boundary between s[i-1] and s[i], else 0; p[0] is always 0 (the start
 * of text is a boundary by WB1, not marked), bytes inside a multibyte
 * character are 0.  The end of text (WB2) is not marked either. */
#ifndef TK_WORDBREAK_H
#define TK_WORDBREAK_H

#include "base/ascii.h"
#include "base/common.h"

/* Word_Break classes of the ASCII characters (the only ones the fast
 * path needs).  Bit flags so that rules can test sets at once. */
enum {
	TK_WB_OTHER = 0,
	TK_WB_ALETTER = 1 << 0,   /* A-Z a-z */
	TK_WB_NUMERIC = 1 << 1,   /* 0-9 */
	TK_WB_ENL = 1 << 2,       /* ExtendNumLet: _ */
	TK_WB_MIDLETTER = 1 << 3, /* : */
	TK_WB_MIDNUM = 1 << 4,    /* , ; */
	TK_WB_MIDNUMLET = 1 << 5, /* . */
	TK_WB_SQ = 1 << 6,        /* Single_Quote: ' */
	TK_WB_SPACE = 1 << 7,     /* WSegSpace: U+0020 */
	TK_WB_NL = 1 << 8,        /* CR, LF, Newline (VT, FF) */
};

extern const uint16_t tk_wb_ascii[128];

/* UAX #29 boundaries of valid UTF-8 s[0..n) into p[0..n): ASCII pieces
 * take the fast path, others tk_wordbreaks_table(). */
void tk_wordbreaks(const char *s, size_t n, char *p);

/* The same for any text, by u8_wordbreaks' rules over a table of
 * libunistring's Word_Break properties (filled on first use; thread
 * safe). */
void tk_wordbreaks_table(const char *s, size_t n, char *p);

/* The same through libunistring only (u8_wordbreaks), for tests. */
void tk_wordbreaks_slow(const char *s, size_t n, char *p);

/* Tests: -1 when the property table agrees with libunistring on every
 * code point, else the first that does not. */
int tk_wordbreak_check_props(void);

/* Length of the UAX #29 segment that starts at s[0] (a boundary) in
 * ASCII text s[0..n), n > 0: the position of the next boundary, or n.
 * Inline: it is the tokenizer's innermost loop.  The rules it applies
 * are listed in wordbreak.c. */
static inline TK_ALWAYS_INLINE size_t
tk_wb_ascii_segment(const char *s, size_t n)
{
	const uint16_t *T = tk_wb_ascii;
	const unsigned W = TK_WB_ALETTER | TK_WB_NUMERIC | TK_WB_ENL;
	unsigned c = T[(unsigned char)s[0] & 0x7F];
	size_t i = 1;
	if (likely(c & W)) {
		for (;;) {                       /* WB5, WB8-10, WB13a/b */
#if TK_ASCII_SWAR
			while (i + 8 <= n) {
				uint64_t m = tk_ascii_nonletters8(s + i);
				if (m) {
					i += tk_ascii_first8(m);
					break;
				}
				i += 8;
			}
#endif
			while (i < n && (T[(unsigned char)s[i] & 0x7F] & W))
				i++;
			if (i + 1 >= n)
				return i;
			unsigned d = T[(unsigned char)s[i] & 0x7F];
			unsigned e = T[(unsigned char)s[i + 1] & 0x7F];
			unsigned p = c;               /* class of s[i - 1] */
			if (i > 1)
				p = T[(unsigned char)s[i - 1] & 0x7F];
			if ((p & TK_WB_ALETTER) && (e & TK_WB_ALETTER) &&
			    (d & (TK_WB_MIDLETTER | TK_WB_MIDNUMLET | TK_WB_SQ)))
				i += 2;                  /* WB6, WB7 */
			else if ((p & TK_WB_NUMERIC) && (e & TK_WB_NUMERIC) &&
			         (d & (TK_WB_MIDNUM | TK_WB_MIDNUMLET | TK_WB_SQ)))
				i += 2;                  /* WB11, WB12 */
			else
				return i;
		}
	}
	if (c & TK_WB_SPACE) {                   /* WB3d */
		while (i < n && (T[(unsigned char)s[i] & 0x7F] & TK_WB_SPACE))
			i++;
		return i;
	}
	if (s[0] == '\r' && n > 1 && s[1] == '\n')  /* WB3 */
		return 2;
	return 1;                                /* WB3a, WB999 */
}

#endif
