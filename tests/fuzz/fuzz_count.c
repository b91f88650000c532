/* fuzz_count.c - the counting tables: lib/counter against a naive list,
 * and lib/ngram's counting by unit numbers against its window.
 *
 * Input: byte 0 picks the orders (min_n 1-4, max_n up to min_n + 3, or
 * orders 1 and max_n in two tables as --score counts them), the
 * separator, padding and an ASCII lower-casing map; the rest is units
 * (any bytes) ended by 0xFF; 0xFE ends a segment; 0xFD flushes the
 * number tables mid-segment (an input of odd size forgets the units at
 * each flush, an even one keeps them); 0xFC moves on to the other of
 * two counting "threads", merged at the end; 0xFB breaks the segment
 * (ngram --words at a comma).
 * Checks: every count and key of the window's lib/counter tables equals
 * a naive list's; the number-counting tables end up equal to them; the
 * report order (tk_counter_sort) is count descending then key bytes;
 * tk_counter_absorb() and tk_counter_merge() give the same table. */
#include "base/buf.h"
#include "count/counter.h"
#include "fuzz.h"
#include "count/ngram.h"

#define REF_CHECK(cond, msg) FUZZ_CHECK(cond)
#include "../count/countref.h"

#include <string.h>

/* --- the window side ------------------------------------------------- */

struct slow {
	struct tk_counter *want[TK_NGRAM_MAX + 1];
	struct ref *ref[TK_NGRAM_MAX + 1];
};

static int slow_gram(void *ctx, const char *key, size_t len, unsigned n)
{
	struct slow *s = ctx;
	if (s->want[n]) {
		FUZZ_CHECK(tk_counter_add(s->want[n], key, len, 1) == TK_OK);
		ref_bump(s->ref[n], key, len);
	}
	return 0;
}

/* --- comparisons ----------------------------------------------------- */

static void same_as_naive(const struct tk_counter *c, const struct ref *t)
{
	FUZZ_CHECK(tk_counter_size(c) == t->n);
	uint64_t total = 0;
	for (size_t i = 0; i < t->n; i++) {
		FUZZ_CHECK(tk_counter_get(c, t->v[i].key, t->v[i].len) ==
		           t->v[i].count);
		total += t->v[i].count;
	}
	bool over = true;
	FUZZ_CHECK(tk_counter_total(c, &over) == total && !over);
}

/* Sorting a copy (by merge) for the report: count descending, then key
 * bytes, no key lost. */
static void check_sort(const struct tk_counter *c)
{
	struct tk_counter *s = tk_counter_new(7);
	FUZZ_CHECK(tk_counter_merge(s, c) == TK_OK);
	size_t n = tk_counter_sort(s, TK_ORDER_REPORT, NULL, NULL);
	FUZZ_CHECK(n == tk_counter_size(c));
	for (size_t i = 0; i < n; i++) {
		struct tk_entry e = tk_counter_at(s, i);
		FUZZ_CHECK(tk_counter_get(c, e.key, e.len) == e.count);
		if (i > 0) {
			struct tk_entry p = tk_counter_at(s, i - 1);
			FUZZ_CHECK(p.count > e.count ||
			           (p.count == e.count && ref_entry_key_cmp(&p, &e) < 0));
		}
	}
	tk_counter_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned b = data[0];
	static const char *const seps[] = { " ", "", "--", "_" };
	const char *sep = seps[(b >> 4) & 3];
	unsigned lo = 1 + (b & 3), hi = lo + ((b >> 2) & 3);
	bool pad = b & 0x40, score = b & 0x80, map = (b & 0x30) == 0x30;
	struct tk_ngram_opts o = { lo, hi, sep, strlen(sep), pad ? "<s>" : NULL,
	                           pad ? "</s>" : NULL, 3, 4 };
	struct ref r1 = { 0 }, r2 = { 0 };
	struct tk_counter *w1 = tk_counter_new(1), *w2 = tk_counter_new(2);
	struct tk_counter *g1 = tk_counter_new(3), *g2 = tk_counter_new(4);
	struct slow sl = { { NULL }, { NULL } };
	struct tk_counter *got[TK_NGRAM_MAX + 1] = { NULL };
	if (score) {
		o.min_n = 1;
		sl.want[1] = w1, sl.ref[1] = &r1, got[1] = g1;
		if (hi > 1)
			sl.want[hi] = w2, sl.ref[hi] = &r2, got[hi] = g2;
	} else
		for (unsigned n = lo; n <= hi; n++)
			sl.want[n] = w1, sl.ref[n] = &r1, got[n] = g1;
	struct tk_ngrams *win = tk_ngrams_new(&o, slow_gram, &sl);
	struct tk_ngram_counts *f[2];
	for (int i = 0; i < 2; i++) {
		f[i] = tk_ngram_counts_new(&o, got, map ? ref_lower : NULL, NULL,
		                           (uint64_t)i + 11);
		/* an odd size: the units are forgotten at every flush */
		if (size % 2)
			tk_ngram_counts_keep_units(f[i], 0);
	}
	struct tk_buf m = TK_BUF_INIT;
	int which = 0;
	size_t start = 1;
	for (size_t i = 1; i < size; i++) {
		uint8_t c = data[i];
		if (c < 0xFB)
			continue;
		const char *u = (const char *)data + start;
		size_t n = i - start;
		start = i + 1;
		if (c == 0xFF) {
			ref_push(win, f[which], map, u, n, &m);
		} else if (c == 0xFE) {
			tk_ngrams_end(win);
			tk_ngram_counts_end(f[which]);
		} else if (c == 0xFB) {
			FUZZ_CHECK(tk_ngrams_break(win) == 0);
			tk_ngram_counts_break(f[which]);
		} else if (c == 0xFD) {
			FUZZ_CHECK(tk_ngram_counts_flush(f[which]) == TK_OK);
		} else {
			/* another thread: the segment ends first, as it does
			 * between two blocks of lines */
			tk_ngrams_end(win);
			tk_ngram_counts_end(f[which]);
			which = !which;
		}
	}
	tk_ngrams_end(win);
	tk_ngram_counts_end(f[which]);
	tk_ngram_counts_merge(f[0], f[1]);
	FUZZ_CHECK(tk_ngram_counts_flush(f[0]) == TK_OK);
	FUZZ_CHECK(tk_ngram_counts_flush(f[1]) == TK_OK);

	same_as_naive(w1, &r1);
	same_as_naive(w2, &r2);
	ref_same_tables(w1, g1);
	ref_same_tables(w2, g2);
	check_sort(w1);
	/* absorb == merge, and the source is left empty and usable */
	struct tk_counter *a = tk_counter_new(5), *mg = tk_counter_new(6);
	FUZZ_CHECK(tk_counter_merge(mg, w1) == TK_OK);
	FUZZ_CHECK(tk_counter_merge(a, w2) == TK_OK);
	FUZZ_CHECK(tk_counter_merge(mg, w2) == TK_OK);
	FUZZ_CHECK(tk_counter_absorb(a, g1) == TK_OK);
	FUZZ_CHECK(tk_counter_size(g1) == 0);
	ref_same_tables(a, mg);
	FUZZ_CHECK(tk_counter_add(g1, "x", 1, 2) == TK_OK &&
	           tk_counter_get(g1, "x", 1) == 2);

	tk_counter_free(a);
	tk_counter_free(mg);
	for (int i = 0; i < 2; i++)
		tk_ngram_counts_free(f[i]);
	tk_ngrams_free(win);
	tk_counter_free(w1);
	tk_counter_free(w2);
	tk_counter_free(g1);
	tk_counter_free(g2);
	ref_free(&r1);
	ref_free(&r2);
	tk_buf_free(&m);
	return 0;
}
