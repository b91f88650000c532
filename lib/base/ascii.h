/* ascii.h - eight bytes at a time over ASCII letters, for the scans of
 * runs of letters (the word-break fast path, the tokenizer's word run).
 *
 * Where TK_ASCII_SWAR is 1 (GCC or Clang, little-endian), a caller skips
 * a run of letters with
 *
 *	while (i + 8 <= n) {
 *		uint64_t m = tk_ascii_nonletters8(s + i);
 *		if (m) {
 *			i += tk_ascii_first8(m);
 *			break;
 *		}
 *		i += 8;
 *	}
 *
 * and goes on with its own byte loop.  (The loop stays in the caller:
 * as an inline function of its own, GCC 12 allocated the tokenizer's
 * registers worse, 7% more instructions on kjvbible.txt.) */
#ifndef TK_ASCII_H
#define TK_ASCII_H

#include "common.h"

#if (defined(__GNUC__) || defined(__clang__)) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define TK_ASCII_SWAR 1

#if defined(__GNUC__) && !defined(__clang__)
/* GCC warns about the 8-byte load when it inlines a call on a short
 * string constant, in code that the caller's i + 8 <= n test never
 * runs. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif
/* The top bit of each byte of p[0..8) that is not an ASCII letter:
 * (b | 0x20) in 'a'..'z' sets it in the sum below.  The first byte that
 * is not a letter has only letters below it, so no carry reaches its
 * test, and a byte >= 0x80 fails it whatever its value; bits above the
 * first are meaningless. */
static inline TK_ALWAYS_INLINE uint64_t tk_ascii_nonletters8(const char *p)
{
	uint64_t x, t, m;
	__builtin_memcpy(&x, p, 8);
	t = x | 0x2020202020202020ull;
	m = (t + 0x1F1F1F1F1F1F1F1Full) & ~(t + 0x0505050505050505ull);
	return ~m & 0x8080808080808080ull;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

/* Index of the first byte that is not a letter, in a non-zero
 * tk_ascii_nonletters8() mask. */
static inline TK_ALWAYS_INLINE size_t tk_ascii_first8(uint64_t m)
{
	return (size_t)__builtin_ctzll(m) >> 3;
}
#else
#define TK_ASCII_SWAR 0
#endif

#endif
