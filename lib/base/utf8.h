/* utf8.h - UTF-8 primitives on byte spans: decode, encode, validate,
 * ASCII-run length.  No I/O, no allocation.
 *
 * tk_utf8_decode() reads one code point from VALID UTF-8 (what every
 * module after lib/decode sees); tk_utf8_check() is the strict validator
 * that lib/decode uses to make input valid.  Strict means: no overlong
 * forms, no surrogates (U+D800..DFFF), nothing above U+10FFFF. */
#ifndef TK_UTF8_H
#define TK_UTF8_H

#include "common.h"

typedef uint32_t tk_char;

#define TK_REPLACEMENT 0xFFFDu
#define TK_REPLACEMENT_UTF8 "\xEF\xBF\xBD"

/* Length of the sequence introduced by lead byte b in valid UTF-8. */
static inline int tk_utf8_seqlen(unsigned char b)
{
	return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* Decode the code point at s (valid UTF-8, at least one byte before end);
 * store it in *c and return its length in bytes. */
static inline int tk_utf8_decode(const char *s, tk_char *c)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] < 0x80) {
		*c = u[0];
		return 1;
	}
	if (u[0] < 0xE0) {
		*c = ((tk_char)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
		return 2;
	}
	if (u[0] < 0xF0) {
		*c = ((tk_char)(u[0] & 0x0F) << 12) | ((tk_char)(u[1] & 0x3F) << 6) |
		     (u[2] & 0x3F);
		return 3;
	}
	*c = ((tk_char)(u[0] & 0x07) << 18) | ((tk_char)(u[1] & 0x3F) << 12) |
	     ((tk_char)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
	return 4;
}

/* Decode the code point that ends at s+len (valid UTF-8, len > 0);
 * return its length. */
int tk_utf8_decode_last(const char *s, size_t len, tk_char *c);

/* Encode c (<= 0x10FFFF, not a surrogate) into out[0..4); return length. */
int tk_utf8_encode(tk_char c, char *out);

/* Strict check of one sequence at s[0..len):
 *   > 0  a valid sequence of that many bytes;
 *   0    the bytes are a valid but incomplete prefix (need more input);
 *   < 0  -(n): the first n bytes (n >= 1) are a maximal ill-formed
 *        subpart, to be replaced by one U+FFFD (Unicode ch. 3, "U+FFFD
 *        substitution of maximal subparts", as Python and ICU do). */
int tk_utf8_check(const char *s, size_t len);

/* Number of leading ASCII bytes (< 0x80) of s[0..len). Word-at-a-time. */
size_t tk_ascii_run(const char *s, size_t len);

/* Length of the longest valid UTF-8 prefix of s[0..len) (incomplete
 * trailing sequences excluded). */
size_t tk_utf8_valid_prefix(const char *s, size_t len);

/* Largest n <= len such that s[0..n) ends on a character boundary of
 * valid UTF-8 s (n == len if s ends on one). */
size_t tk_utf8_boundary(const char *s, size_t len);

#endif
