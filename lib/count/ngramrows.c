/* ngramrows.c - a document's n-grams in report order, without their
 * keys (tk_ngram_counts_sort/_row/_release of ngram.h), for ngram
 * --by-doc; the state is in ngramcount_impl.h. */
#include "ngramcount_impl.h"
#include "counter.h"
#include "base/buf.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* --- the n-grams in report order, without their keys -------------------
 *
 * Why: --by-doc reports a small table per document, and flushing it
 * into a count table of keys (a join, a hash and an insertion a row),
 * then sorting those keys (compares that read entries: many keys share
 * their first eight bytes in scripts of 3-byte characters) was most of
 * the per-document cost of ngram.  Here the document's distinct units
 * are sorted once by name, and each n-gram is sorted as its count and
 * the tuple of its units' ranks: integers.  Under the condition checked
 * by new_name() (each byte of every name above the separator, which is
 * one byte) the tuple order is the byte order of the joined keys and
 * distinct tuples join to distinct keys: where two keys first differ
 * inside units, those units' bytes decide both orders; where a unit ends
 * inside the other, the separator or the key's end (below any byte of
 * the longer unit) puts the shorter first in both. */

/* Slot s of an order-n table as a row of unit numbers + 1, each unit
 * listed in c->uk once (its val is 1 while it is listed there). */
static void take_row(struct tk_ngram_counts *c, const uint64_t *s, unsigned n,
                     struct ngram_row *r)
{
	uint32_t u[TK_NGRAM_COUNTS_MAX_N] = { 0 };
	uint32_t f[TK_NGRAM_COUNTS_MAX_N] = { 0 };
	tk_ngram_slot_units(s, n, u);
	for (unsigned j = 0; j < n; j++) {
		struct str *e = &c->names.s[u[j]];
		if (!e->val) {
			e->val = 1;
			c->uk[c->nuk++] = tk_ngram_ukey(c->names.bytes.data + e->off,
			                                e->len, u[j], e->special);
		}
		f[j] = u[j] + 1;
	}
	r->count = s[0];
	r->k[0] = (uint64_t)f[0] << 32 | f[1];
	r->k[1] = (uint64_t)f[2] << 32 | f[3];
}

/* Field j of a row's key: a unit number (or rank) + 1, or 0. */
static inline uint32_t field(const struct ngram_row *r, unsigned j)
{
	return (uint32_t)(r->k[j / 2] >> (j % 2 ? 0 : 32));
}

static void unmark(struct tk_ngram_counts *c)
{
	for (size_t r = 0; r < c->nuk; r++)
		c->names.s[c->uk[r].id].val = 0;
}

/* True, with *cap = n, when *cap < n: an array to make anew. */
static bool room(size_t *cap, size_t n)
{
	if (*cap >= n)
		return false;
	*cap = n;
	return true;
}

/* A unit number + 1 (or 0) -> its rank + 1 (or 0), from the val the
 * units are given in tk_ngram_counts_sort(). */
static inline uint64_t rank_of(const struct tk_ngram_counts *c, uint32_t f)
{
	return f ? c->names.s[f - 1].val : 0;
}

/* The rows as one word each when they fit, top - count above max_n
 * fields of ranks + 1, sorted by a radix sort (the merge sort of rows
 * of three words, ranked first, took twice the time, for the hundreds
 * of rows of a document); false when they do not fit. */
static bool pack_rows(struct tk_ngram_counts *c, uint64_t top)
{
	unsigned b = tk_ngram_bit_len(c->nuk), m = c->o.max_n,
	         bits = tk_ngram_bit_len(top - 1);
	if (bits + m * b > 64)
		return false;
	bits += m * b;
	if (room(&c->keycap, 2 * c->nrows)) {
		free(c->keys);
		c->keys = xnmalloc(c->keycap, sizeof *c->keys);
	}
	for (size_t i = 0; i < c->nrows; i++) {
		const struct ngram_row *r = &c->rows[i];
		uint64_t k = top - r->count;
		if (m == 2) /* (bigrams: no loop) */
			k = (k << b | rank_of(c, field(r, 0))) << b |
			    rank_of(c, field(r, 1));
		else
			for (unsigned j = 0; j < m; j++)
				k = k << b | rank_of(c, field(r, j));
		c->keys[i] = k;
	}
	c->rbits = b;
	c->top = top;
	c->sorted = tk_ngram_radix_sort(c->keys, c->keys + c->nrows, c->nrows,
	                                bits);
	return true;
}

/* The rows ranked and sorted as they are (pack_rows() could not). */
static void sort_rows(struct tk_ngram_counts *c)
{
	for (size_t i = 0; i < c->nrows; i++) {
		struct ngram_row *r = &c->rows[i];
		uint64_t f[TK_NGRAM_COUNTS_MAX_N];
		for (unsigned j = 0; j < TK_NGRAM_COUNTS_MAX_N; j++)
			f[j] = rank_of(c, field(r, j));
		r->k[0] = f[0] << 32 | f[1];
		r->k[1] = f[2] << 32 | f[3];
	}
	tk_ngram_sort_rows(c->rows, c->rows + c->nrows, c->nrows);
}

bool tk_ngram_counts_sort(struct tk_ngram_counts *c, size_t *n,
                          uint64_t *total)
{
	struct tk_counter *dst = NULL;
	size_t rows = 0;
	if (c->win || c->err || c->low_names)
		return false;
	tk_ngram_counts_drain(c);
	for (unsigned k = 1; k <= TK_NGRAM_MAX; k++) {
		if (!c->dst[k])
			continue;
		if (dst && c->dst[k] != dst) /* (--score's two tables) */
			return false;
		dst = c->dst[k];
		rows += c->tab[k] ? c->tab[k]->n : 0;
	}
	/* room for the rows and units, and half as much for merge sorts;
	 * no more units than names, nor than n-grams times their order */
	size_t units = rows * c->o.max_n < c->names.n ? rows * c->o.max_n
	                                              : c->names.n;
	if (room(&c->rowcap, rows + rows / 2 + 1)) {
		free(c->rows);
		free(c->slot);
		c->rows = xnmalloc(c->rowcap, sizeof *c->rows);
		c->slot = xnmalloc(c->rowcap, sizeof *c->slot);
	}
	if (room(&c->ukcap, units + units / 2 + 1)) {
		free(c->uk);
		c->uk = xnmalloc(c->ukcap, sizeof *c->uk);
	}
	c->nrows = c->nuk = 0;
	uint64_t sum = 0, top = 0;
	bool over = false;
	for (unsigned k = 1; k <= TK_NGRAM_COUNTS_MAX_N; k++) {
		const struct gramtab *t = c->tab[k];
		for (size_t i = 0; t && i <= t->mask; i++) {
			uint64_t *s = t->w + i * t->words;
			if (!s[0])
				continue;
			over |= sum > UINT64_MAX - s[0];
			sum += s[0];
			top = s[0] > top ? s[0] : top;
			c->slot[c->nrows] = s;
			take_row(c, s, k, &c->rows[c->nrows++]);
		}
	}
	if (over) { /* the flush reports it */
		unmark(c);
		c->nrows = c->nuk = 0;
		return false;
	}
	/* the tables emptied: the counts of the slots taken zeroed (no
	 * memset of the whole table, which stays as large as the largest
	 * document made it) */
	for (size_t i = 0; i < c->nrows; i++)
		*c->slot[i] = 0;
	for (unsigned k = 1; k <= TK_NGRAM_COUNTS_MAX_N; k++)
		if (c->tab[k])
			gramtab_zeroed(c->tab[k]);
	tk_ngram_sort_units(c->uk, c->uk + c->nuk, c->nuk);
	for (size_t r = 0; r < c->nuk; r++)
		c->names.s[c->uk[r].id].val = (uint32_t)(r + 1);
	c->packed = pack_rows(c, top);
	if (!c->packed)
		sort_rows(c);
	unmark(c);
	*n = c->nrows;
	*total = sum;
	return true;
}

uint64_t tk_ngram_counts_row(const struct tk_ngram_counts *c, size_t i,
                             struct tk_buf *key, bool *plain)
{
	uint32_t f[TK_NGRAM_COUNTS_MAX_N] = { 0 };
	uint64_t count;
	unsigned m = c->o.max_n;
	if (c->packed) {
		uint64_t k = c->sorted[i], mask = ((uint64_t)1 << c->rbits) - 1;
		for (unsigned j = m; j-- > 0; k >>= c->rbits)
			f[j] = (uint32_t)(k & mask);
		count = c->top - k;
	} else {
		for (unsigned j = 0; j < m; j++)
			f[j] = field(&c->rows[i], j);
		count = c->rows[i].count;
	}
	/* (a separator of one byte: see new_name()) */
	*plain = !ngram_join(c->uk, f, m, c->o.sep[0], key);
	return count;
}

void tk_ngram_counts_release(struct tk_ngram_counts *c)
{
	c->nrows = c->nuk = 0;
	if (tk_ngram_units_bytes(c) > c->keep_units)
		tk_ngram_counts_forget(c);
}
