/* hash.h - the hashing and short-key primitives of the count tables
 * (lib/counter for string keys, lib/ngram for unit numbers), inline
 * because a call costs a tenth to a third of a look-up there.
 *
 * tk_hash_bytes() is a wyhash-style multiply-fold over 8-byte reads: one
 * 64x64 -> 128-bit multiplication per 16 bytes, so a typical word costs
 * two multiplications (callgrind on the 43 MB benchmark text: hashing is
 * under a tenth of the counting loop).  It is seeded: the tables take a
 * per-process seed, so crafted input cannot aim at collisions known in
 * advance; no output depends on it.  Not a cryptographic hash.  The
 * loads may read any byte of the key but never past it. */
#ifndef TK_HASH_H
#define TK_HASH_H

#include "common.h"

#include <string.h>

#define TK_HASH_P0 0xa0761d6478bd642full
#define TK_HASH_P1 0xe7037ed1a0b428dbull
#define TK_HASH_P2 0x8ebc6af09c88c6e3ull

static inline uint64_t tk_rd64(const void *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint32_t tk_rd32(const void *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* The 128-bit product of a and b, folded to 64 bits. */
static inline uint64_t tk_hash_mix(uint64_t a, uint64_t b)
{
#ifdef __SIZEOF_INT128__
	__uint128_t r = (__uint128_t)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
#else
	uint64_t ha = a >> 32, la = (uint32_t)a, hb = b >> 32, lb = (uint32_t)b;
	uint64_t rh = ha * hb, rm0 = ha * lb, rm1 = hb * la, rl = la * lb;
	uint64_t t = rl + (rm0 << 32), c = t < rl;
	uint64_t lo = t + (rm1 << 32);
	c += lo < t;
	uint64_t hi = rh + (rm0 >> 32) + (rm1 >> 32) + c;
	return lo ^ hi;
#endif
}

/* The seeded hash of key[0..n). */
static inline uint64_t tk_hash_bytes(const void *key, size_t n, uint64_t seed)
{
	const unsigned char *p = key;
	uint64_t a, b;
	seed ^= TK_HASH_P0;
	if (likely(n <= 16)) {
		if (n >= 4) {
			size_t q = (n >> 3) << 2;
			a = ((uint64_t)tk_rd32(p) << 32) | tk_rd32(p + q);
			b = ((uint64_t)tk_rd32(p + n - 4) << 32) |
			    tk_rd32(p + n - 4 - q);
		} else if (n > 0) {
			a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) |
			    p[n - 1];
			b = 0;
		} else
			a = b = 0;
	} else {
		size_t i = n;
		while (i > 16) {
			seed = tk_hash_mix(tk_rd64(p) ^ TK_HASH_P1,
			                   tk_rd64(p + 8) ^ seed);
			p += 16;
			i -= 16;
		}
		a = tk_rd64(p + i - 16);
		b = tk_rd64(p + i - 8);
	}
	return tk_hash_mix(TK_HASH_P1 ^ (uint64_t)n,
	                   tk_hash_mix(a ^ TK_HASH_P1, b ^ seed) ^ TK_HASH_P2);
}

/* a[0..n) == b[0..n) without a memcmp call for the short keys that words
 * are: overlapping loads (callgrind on the KJV text: memcmp was 6% of
 * wordfreq). */
static inline bool tk_key_eq(const char *a, const char *b, size_t n)
{
	if (n >= 8 && n <= 16)
		return tk_rd64(a) == tk_rd64(b) &&
		       tk_rd64(a + n - 8) == tk_rd64(b + n - 8);
	if (n >= 4 && n < 8)
		return tk_rd32(a) == tk_rd32(b) &&
		       tk_rd32(a + n - 4) == tk_rd32(b + n - 4);
	if (n < 4) /* bytes 0, n/2 and n-1 are all of them */
		return n == 0 || (a[0] == b[0] && a[n >> 1] == b[n >> 1] &&
		                  a[n - 1] == b[n - 1]);
	return memcmp(a, b, n) == 0;
}

#endif
