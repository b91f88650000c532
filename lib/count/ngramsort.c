/* ngramsort.c - the sorts of ngramsort.h: merge sorts of small arrays
 * (a document's units and n-grams: hundreds, not millions), by a
 * comparison that mostly reads integers of the items themselves. */
#include "ngramsort.h"
#include "counter.h"
#include "base/hash.h"

#include <string.h>

struct ngram_ukey tk_ngram_ukey(const char *s, size_t len, uint32_t id,
                                bool special)
{
	uint64_t v = 0;
	if (len >= 8) {
		v = tk_rd64(s);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		v = __builtin_bswap64(v);
#elif !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
		v = 0;
		for (int i = 0; i < 8; i++)
			v = v << 8 | (unsigned char)s[i];
#endif
	} else {
		for (size_t i = 0; i < len; i++)
			v |= (uint64_t)(unsigned char)s[i] << (56 - 8 * i);
	}
	return (struct ngram_ukey){ v, s, (uint32_t)len, id, special };
}

/* Name order: the prefixes, then tk_key_cmp() for a tie. */
static inline bool ukey_less(const struct ngram_ukey *a,
                             const struct ngram_ukey *b)
{
	if (a->pfx != b->pfx)
		return a->pfx < b->pfx;
	return tk_key_cmp(a->s, a->len, b->s, b->len) < 0;
}

static inline bool row_less(const struct ngram_row *a,
                            const struct ngram_row *b)
{
	if (a->count != b->count)
		return a->count > b->count;
	if (a->k[0] != b->k[0])
		return a->k[0] < b->k[0];
	return a->k[1] < b->k[1];
}

/* Merge sort of v[0..n) with tmp[0..n/2): insertion below 12 items; the
 * merge picks each item without a branch on the comparison (as the
 * count table's sort of small tables does, lib/count/countsort.c). */
#define MERGE_SORT(name, T, less)                                          \
	void name(T *v, T *tmp, size_t n)                                  \
	{                                                                  \
		if (n <= 12) {                                             \
			for (size_t i = 1; i < n; i++) {                   \
				T x = v[i];                                \
				size_t j = i;                              \
				while (j > 0 && less(&x, &v[j - 1])) {     \
					v[j] = v[j - 1];                   \
					j--;                               \
				}                                          \
				v[j] = x;                                  \
			}                                                  \
			return;                                            \
		}                                                          \
		size_t h = n / 2, i = 0, j = h, k = 0;                     \
		name(v, tmp, h);                                           \
		name(v + h, tmp, n - h);                                   \
		if (!less(&v[h], &v[h - 1]))                               \
			return;                                            \
		memcpy(tmp, v, h * sizeof *v);                             \
		while (i < h && j < n) {                                   \
			bool right = less(&v[j], &tmp[i]);                 \
			const T *x = right ? &v[j] : &tmp[i];              \
			v[k++] = *x;                                       \
			j += right;                                        \
			i += !right;                                       \
		}                                                          \
		while (i < h)                                              \
			v[k++] = tmp[i++];                                 \
	}

MERGE_SORT(tk_ngram_sort_units, struct ngram_ukey, ukey_less)
MERGE_SORT(tk_ngram_sort_rows, struct ngram_row, row_less)

uint64_t *tk_ngram_radix_sort(uint64_t *v, uint64_t *tmp, size_t n,
                              unsigned bits)
{
	for (unsigned shift = 0; shift < bits; shift += 8) {
		size_t pos[256] = { 0 };
		for (size_t i = 0; i < n; i++)
			pos[v[i] >> shift & 0xff]++;
		if (n && pos[v[0] >> shift & 0xff] == n)
			continue; /* one value of this byte: in order already */
		size_t sum = 0;
		for (unsigned d = 0; d < 256; d++) {
			size_t k = pos[d];
			pos[d] = sum;
			sum += k;
		}
		for (size_t i = 0; i < n; i++)
			tmp[pos[v[i] >> shift & 0xff]++] = v[i];
		uint64_t *t = v;
		v = tmp;
		tmp = t;
	}
	return v;
}

unsigned tk_ngram_bit_len(uint64_t x)
{
	unsigned b = 0;
	for (; x; x >>= 1)
		b++;
	return b;
}
