/* ngramsort.c - the sorts of ngramsort.h: merge sorts of small arrays
 * (a document's units and n-grams: hundreds, not millions), by a
 * comparison that mostly reads integers of the items themselves. */
#include "ngramsort.h"
#include "counter.h"
#include "base/hash.h"
#include "base/msort.h"

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
static inline bool ukey_less(const void *ctx, const struct ngram_ukey *a,
                             const struct ngram_ukey *b)
{
	(void)ctx;
	if (a->pfx != b->pfx)
		return a->pfx < b->pfx;
	return tk_key_cmp(a->s, a->len, b->s, b->len) < 0;
}

static inline bool row_less(const void *ctx, const struct ngram_row *a,
                            const struct ngram_row *b)
{
	(void)ctx;
	if (a->count != b->count)
		return a->count > b->count;
	if (a->k[0] != b->k[0])
		return a->k[0] < b->k[0];
	return a->k[1] < b->k[1];
}

TK_MERGE_SORT(sort_units, struct ngram_ukey, const void *, ukey_less)
TK_MERGE_SORT(sort_rows, struct ngram_row, const void *, row_less)

void tk_ngram_sort_units(struct ngram_ukey *v, struct ngram_ukey *tmp,
                         size_t n)
{
	sort_units(NULL, v, tmp, n);
}

void tk_ngram_sort_rows(struct ngram_row *v, struct ngram_row *tmp, size_t n)
{
	sort_rows(NULL, v, tmp, n);
}

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
