/* ngramcount_impl.h - the n-gram counts' state (struct tk_ngram_counts
 * of ngram.h), shared by ngramcount.c (counting, flushing, merging) and
 * ngramrows.c (a document's n-grams in report order); internal to
 * lib/count/ngram*. */
#ifndef TK_NGRAMCOUNT_IMPL_H
#define TK_NGRAMCOUNT_IMPL_H

#include "ngram.h"
#include "ngramsort.h"
#include "ngramtab.h"

/* Counts deferred while their slot is fetched from memory: the tables
 * are mostly past the caches, and waiting for the slot was 3/4 of the
 * time of counting a bigram (perf, on the 43 MB KJV text); so a count of
 * an order up to 4 (a key of two words at most) is made PEND counts
 * after its slot was asked for.  Counts commute, so nothing else changes;
 * the queue is drained before the tables are read. */
enum { PEND = 16, PEND_KW = 2 };
_Static_assert(2 * PEND_KW == TK_NGRAM_COUNTS_MAX_N, "orders in tables");

struct pending {
	struct gramtab *t;
	uint64_t hash;
	uint64_t key[PEND_KW];
};

struct tk_ngram_counts {
	struct tk_ngram_opts o;
	struct tk_counter *dst[TK_NGRAM_MAX + 1];
	struct gramtab *tab[TK_NGRAM_MAX + 1]; /* NULL: not counted here */
	struct tk_ngrams *win;     /* orders over 2 * PEND_KW, or NULL */
	bool bigrams;              /* order 2 only is counted */
	tk_ngram_map_fn map;
	void *ctx;
	uint64_t seed;
	struct rawtab raw;         /* raw forms -> numbers of counted forms */
	struct strtab longraw;     /* the same for forms over SHORT_MAX */
	struct strtab names;       /* counted forms, by number */
	struct tk_buf tmp;         /* a mapped form; a key being joined */
	uint32_t bos, eos;         /* numbers of the pad markers */
	uint32_t ring[2 * TK_NGRAM_MAX];
	unsigned pos;              /* next ring position, < W */
	unsigned k;                /* units of the segment in ring, <= W */
	bool started;
	int err;                   /* first error of an internal flush */
	size_t keep_units;         /* a flush forgets units over this */
	uint64_t pushed;           /* units counted since units were forgotten */
	struct pending pend[PEND]; /* counts not made yet, a ring */
	unsigned npend, qi;
	bool low_names;            /* a name has a byte <= the separator */
	struct ngram_row *rows;    /* tk_ngram_counts_sort(): the n-grams */
	uint64_t **slot;           /* ... the table slots they were in */
	size_t nrows, rowcap;
	struct ngram_ukey *uk;     /* ... and their units, by rank */
	size_t nuk, ukcap;
	uint64_t *keys, *sorted;   /* the rows packed, sorted (pack_rows) */
	size_t keycap;
	bool packed;               /* sorted holds the rows, not rows */
	unsigned rbits;            /* bits of a rank + 1 in a key */
	uint64_t top;              /* largest count, in a key less the count */
};

/* Shared by the two files (ngramcount.c). */
void tk_ngram_slot_units(const uint64_t *s, unsigned n, uint32_t *u);
void tk_ngram_counts_drain(struct tk_ngram_counts *c);
size_t tk_ngram_units_bytes(const struct tk_ngram_counts *c);
void tk_ngram_counts_forget(struct tk_ngram_counts *c);

#endif
