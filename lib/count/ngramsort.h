/* ngramsort.h - the sorts behind tk_ngram_counts_sort() (ngramcount.c):
 * a document's units in byte order, then its n-grams as tuples of the
 * units' ranks, in report order.  Internal to lib/count/ngram*. */
#ifndef TK_NGRAMSORT_H
#define TK_NGRAMSORT_H

#include "base/buf.h"
#include "base/common.h"

#include <string.h>

/* A unit to sort by its name's bytes (memcmp, then the shorter first). */
struct ngram_ukey {
	uint64_t pfx;  /* the first 8 bytes, big-endian, zero-padded */
	const char *s; /* the name */
	uint32_t len;  /* its length (names are shorter than 4 GiB) */
	uint32_t id;   /* its unit number */
	bool special;  /* it holds a TAB, LF, CR or backslash */
};

/* The ukey of name s[0..len) numbered id. */
struct ngram_ukey tk_ngram_ukey(const char *s, size_t len, uint32_t id,
                                bool special);

/* Sort v[0..n) by name, with tmp[0..n/2) as scratch. */
void tk_ngram_sort_units(struct ngram_ukey *v, struct ngram_ukey *tmp,
                         size_t n);

/* An n-gram as its count and its units' ranks + 1 (0 past its last
 * unit), four 32-bit ranks in two words, the first in the high half of
 * k[0]: tuple order is then the order of (k[0], k[1]). */
struct ngram_row {
	uint64_t count;
	uint64_t k[2];
};

/* Sort v[0..n) by count descending, then tuple order, with tmp[0..n/2)
 * as scratch. */
void tk_ngram_sort_rows(struct ngram_row *v, struct ngram_row *tmp, size_t n);

/* The key of the units f[0..m) (ranks + 1 into uk; a 0 ends them)
 * joined by sep replaces key's content; true when it holds a TAB, LF,
 * CR or backslash. */
static inline bool ngram_join(const struct ngram_ukey *uk,
                              const uint32_t *f, unsigned m, char sep,
                              struct tk_buf *key)
{
	size_t len = 0;
	bool special = false;
	for (unsigned j = 0; j < m && f[j]; j++) {
		len += uk[f[j] - 1].len + (j ? 1 : 0);
		special |= uk[f[j] - 1].special;
	}
	if (m > 1 && f[1]) /* a separator is written */
		special |= sep == '\t' || sep == '\n' || sep == '\r' ||
		           sep == '\\';
	tk_buf_clear(key);
	tk_buf_reserve(key, len);
	char *p = key->data;
	for (unsigned j = 0; j < m && f[j]; j++) {
		const struct ngram_ukey *u = &uk[f[j] - 1];
		if (j)
			*p++ = sep;
		memcpy(p, u->s, u->len);
		p += u->len;
	}
	key->len = len;
	return special;
}

/* The bits of x without its leading zeros. */
unsigned tk_ngram_bit_len(uint64_t x);

/* Sort v[0..n) of keys below 2^bits ascending, by bytes from the
 * lowest (a radix sort), with tmp[0..n) as scratch: the sorted keys are
 * in the array returned, v or tmp. */
uint64_t *tk_ngram_radix_sort(uint64_t *v, uint64_t *tmp, size_t n,
                              unsigned bits);

#endif
