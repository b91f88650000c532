/* ngramtab.h - the hash tables of counting by unit numbers
 * (ngramcount.c): distinct strings numbered in order of insertion
 * (strtab), raw short forms with the key inline (rawtab), and n-grams as
 * tuples of numbers (gramtab).  Static functions, included by
 * ngramcount.c alone, so that the hot look-ups inline into its loop. */
#ifndef TK_NGRAMTAB_H
#define TK_NGRAMTAB_H

#include "base/buf.h"
#include "base/common.h"
#include "base/hash.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* The hot path is inline (TK_ALWAYS_INLINE) and the rare ones (a new
 * unit, a new n-gram) are calls at its ends (TK_NOINLINE), so that it
 * saves no registers. */

/* Distinct strings, numbered from 0 in order of insertion.  A slot is 0
 * or (hash's high half << 32 | number + 1). */
struct str {
	size_t off, len;  /* in bytes */
	uint64_t hash;
	uint32_t val;     /* raw: the number of the counted form */
	bool special;     /* names: holds a byte TSV escapes (\t \n \r \\) */
};

struct strtab {
	uint64_t *slot;
	size_t mask;
	struct str *s;
	size_t n, cap;
	struct tk_buf bytes;
};

enum { STR_MIN = 64, NUM_MAX = UINT32_MAX - 1 };

#define HI 0xffffffff00000000ull

static TK_MAYBE_UNUSED void strtab_init(struct strtab *t)
{
	t->slot = xcalloc(STR_MIN, sizeof *t->slot);
	t->mask = STR_MIN - 1;
	t->s = NULL;
	t->n = t->cap = 0;
	t->bytes = (struct tk_buf)TK_BUF_INIT;
}

static TK_MAYBE_UNUSED void strtab_free(struct strtab *t)
{
	free(t->slot);
	free(t->s);
	tk_buf_free(&t->bytes);
}

/* The tables emptied by a flush keep their memory while it is small
 * (up to KEEP_SLOTS slots, zeroed), so that counting document after
 * document (--by-doc) regrows nothing; larger ones are freed. */
enum { KEEP_SLOTS = 4096, KEEP_BYTES = 1 << 20 };

static TK_MAYBE_UNUSED void strtab_reset(struct strtab *t)
{
	if (t->mask + 1 > KEEP_SLOTS || t->bytes.cap > KEEP_BYTES) {
		strtab_free(t);
		strtab_init(t);
		return;
	}
	memset(t->slot, 0, (t->mask + 1) * sizeof *t->slot);
	t->n = 0;
	tk_buf_clear(&t->bytes);
}

static TK_MAYBE_UNUSED size_t strtab_bytes(const struct strtab *t)
{
	return (t->mask + 1) * sizeof *t->slot + t->cap * sizeof *t->s +
	       t->bytes.cap;
}

/* The number of s[0..n) (hash h), or -1. */
static inline int64_t strtab_find(const struct strtab *t, const char *s,
                                  size_t n, uint64_t h)
{
	uint64_t tag = h & HI;
	for (size_t j = h & t->mask;; j = (j + 1) & t->mask) {
		uint64_t v = t->slot[j];
		if (!v)
			return -1;
		if ((v & HI) != tag)
			continue;
		const struct str *e = &t->s[(uint32_t)v - 1];
		if (e->len == n && tk_key_eq(t->bytes.data + e->off, s, n))
			return (uint32_t)v - 1;
	}
}

/* Add s[0..n) (hash h, not in t); its number. */
static TK_MAYBE_UNUSED uint32_t strtab_add(struct strtab *t, const char *s, size_t n,
                           uint64_t h)
{
	if (t->n == t->cap) {
		t->cap = xgrow(t->cap, t->n + 1, 64);
		t->s = xnrealloc(t->s, t->cap, sizeof *t->s);
	}
	size_t i = t->n++;
	t->s[i] = (struct str){ t->bytes.len, n, h, 0, false };
	tk_buf_add(&t->bytes, s, n);
	if (t->n > (t->mask + 1) / 2) {
		size_t cap = (t->mask + 1) * 2;
		free(t->slot);
		t->slot = xcalloc(cap, sizeof *t->slot);
		t->mask = cap - 1;
		for (size_t k = 0; k < i; k++) {
			size_t j = t->s[k].hash & t->mask;
			while (t->slot[j])
				j = (j + 1) & t->mask;
			t->slot[j] = (t->s[k].hash & HI) | (uint64_t)(k + 1);
		}
	}
	size_t j = h & t->mask;
	while (t->slot[j])
		j = (j + 1) & t->mask;
	t->slot[j] = (h & HI) | (uint64_t)(i + 1);
	return (uint32_t)i;
}

static TK_MAYBE_UNUSED uint32_t strtab_get(struct strtab *t, const char *s, size_t n,
                           uint64_t seed)
{
	uint64_t h = tk_hash_bytes(s, n, seed);
	int64_t i = strtab_find(t, s, n, h);
	return i >= 0 ? (uint32_t)i : strtab_add(t, s, n, h);
}

/* Raw forms of at most 16 bytes -> unit numbers.  Such a form is its own
 * key: short_key() packs all its bytes into two words (with overlapping
 * reads, as the hash does), so a look-up compares three words and reads
 * no string (on the KJV text: half the instructions of a string table).
 * Longer forms go to a string table. */
enum { SHORT_MAX = 16 };

struct rslot {
	uint64_t a, b;
	uint32_t len;
	uint32_t num;     /* unit number + 1; 0: an empty slot */
};

struct rawtab {
	struct rslot *slot;
	size_t mask, n;
};

static inline void short_key(const char *p, size_t n, uint64_t *a,
                             uint64_t *b)
{
	if (n >= 4) {
		size_t q = (n >> 3) << 2;
		*a = (uint64_t)tk_rd32(p) << 32 | tk_rd32(p + q);
		*b = (uint64_t)tk_rd32(p + n - 4) << 32 | tk_rd32(p + n - 4 - q);
	} else if (n > 0) {
		*a = (uint64_t)(unsigned char)p[0] << 16 |
		     (uint64_t)(unsigned char)p[n >> 1] << 8 |
		     (unsigned char)p[n - 1];
		*b = 0;
	} else
		*a = *b = 0;
}

static inline uint64_t short_hash(uint64_t a, uint64_t b, size_t n,
                                  uint64_t seed)
{
	return tk_hash_mix(a ^ seed, b ^ TK_HASH_P0 ^ (uint64_t)n << 56);
}

static TK_MAYBE_UNUSED void rawtab_init(struct rawtab *t)
{
	t->slot = xcalloc(STR_MIN, sizeof *t->slot);
	t->mask = STR_MIN - 1;
	t->n = 0;
}

static TK_MAYBE_UNUSED void rawtab_reset(struct rawtab *t)
{
	if (t->mask + 1 > KEEP_SLOTS) {
		free(t->slot);
		rawtab_init(t);
		return;
	}
	memset(t->slot, 0, (t->mask + 1) * sizeof *t->slot);
	t->n = 0;
}

/* The unit number of the form (a, b, n), or -1. */
static inline int64_t rawtab_find(const struct rawtab *t, uint64_t a,
                                  uint64_t b, size_t n, uint64_t h)
{
	for (size_t j = h & t->mask;; j = (j + 1) & t->mask) {
		const struct rslot *e = &t->slot[j];
		if (e->a == a && e->b == b && e->len == n && e->num)
			return e->num - 1;
		if (!e->num)
			return -1;
	}
}

static TK_MAYBE_UNUSED void rawtab_place(struct rslot *slot, size_t mask, struct rslot e,
                         uint64_t seed)
{
	size_t j = short_hash(e.a, e.b, e.len, seed) & mask;
	while (slot[j].num)
		j = (j + 1) & mask;
	slot[j] = e;
}

static TK_MAYBE_UNUSED void rawtab_add(struct rawtab *t, uint64_t a, uint64_t b, size_t n,
                       uint32_t num, uint64_t seed)
{
	if (++t->n > (t->mask + 1) / 2) {
		size_t cap = (t->mask + 1) * 2;
		if (cap > SIZE_MAX / 2 / sizeof *t->slot)
			xalloc_die();
		struct rslot *ns = xcalloc(cap, sizeof *ns);
		for (size_t i = 0; i <= t->mask; i++)
			if (t->slot[i].num)
				rawtab_place(ns, cap - 1, t->slot[i], seed);
		free(t->slot);
		t->slot = ns;
		t->mask = cap - 1;
	}
	rawtab_place(t->slot, t->mask,
	             (struct rslot){ a, b, (uint32_t)n, num + 1 }, seed);
}

/* n-grams of one order as tuples of numbers */
struct gramtab {
	uint64_t *w;      /* slots of `words` words: count, key words */
	size_t mask, n;
	unsigned words;   /* 1 + kw */
	unsigned kw;      /* key words: ceil(order / 2) */
};

enum { GRAM_MIN = 64 };

static TK_MAYBE_UNUSED void gramtab_init(struct gramtab *t, unsigned order)
{
	t->kw = (order + 1) / 2;
	t->words = 1 + t->kw;
	t->w = xcalloc(GRAM_MIN * t->words, sizeof *t->w);
	t->mask = GRAM_MIN - 1;
	t->n = 0;
}

/* After the counts of the filled slots were zeroed: empty (a slot is
 * empty when its count is 0, whatever its key words hold).  A table
 * filled below 1/8 is made anew at a quarter of its size (at least
 * GRAM_MIN slots), so that after one large document the next small ones
 * do not each scan a table many times their size (they grow it again
 * past 3/4). */
static TK_MAYBE_UNUSED void gramtab_zeroed(struct gramtab *t)
{
	size_t cap = t->mask + 1, n = t->n;
	t->n = 0;
	if (cap <= KEEP_SLOTS && (cap <= GRAM_MIN || n >= cap / 8))
		return;
	cap = cap > KEEP_SLOTS || cap / 4 < GRAM_MIN ? GRAM_MIN : cap / 4;
	free(t->w);
	t->w = xcalloc(cap * t->words, sizeof *t->w);
	t->mask = cap - 1;
}

static TK_MAYBE_UNUSED void gramtab_reset(struct gramtab *t, unsigned order)
{
	if (t->mask + 1 > KEEP_SLOTS) {
		free(t->w);
		gramtab_init(t, order);
		return;
	}
	memset(t->w, 0, (t->mask + 1) * t->words * sizeof *t->w);
	t->n = 0;
}

static inline uint64_t gram_hash(const uint64_t *k, unsigned kw,
                                 uint64_t seed)
{
	uint64_t h = seed;
	for (unsigned i = 0; i < kw; i++)
		h = tk_hash_mix(h ^ k[i], TK_HASH_P1);
	return h;
}

static TK_MAYBE_UNUSED void gramtab_grow(struct gramtab *t, uint64_t seed)
{
	size_t cap = (t->mask + 1) * 2, mask = cap - 1;
	if (cap > SIZE_MAX / sizeof *t->w / t->words)
		xalloc_die();
	uint64_t *nw = xcalloc(cap * t->words, sizeof *nw);
	for (size_t i = 0; i <= t->mask; i++) {
		const uint64_t *s = t->w + i * t->words;
		if (!s[0])
			continue;
		size_t j = gram_hash(s + 1, t->kw, seed) & mask;
		while (nw[j * t->words])
			j = (j + 1) & mask;
		for (unsigned k = 0; k < t->words; k++)
			nw[j * t->words + k] = s[k];
	}
	free(t->w);
	t->w = nw;
	t->mask = mask;
}

/* Count one occurrence of the key k[0..kw) (2^64 occurrences cannot be
 * read, so a count cannot wrap here: neither can a sum of such counts). */
static TK_MAYBE_UNUSED void gramtab_addnh(struct gramtab *t, const uint64_t *k, uint64_t n,
                          uint64_t h, uint64_t seed)
{
	unsigned kw = t->kw, words = t->words;
	uint64_t *s;
	for (size_t j = h & t->mask;; j = (j + 1) & t->mask) {
		s = t->w + j * words;
		if (!s[0])
			break;
		unsigned i = 0;
		while (i < kw && s[1 + i] == k[i])
			i++;
		if (i == kw) {
			s[0] += n;
			return;
		}
	}
	s[0] = n;
	memcpy(s + 1, k, kw * sizeof *k);
	if (++t->n > (t->mask + 1) / 4 * 3)
		gramtab_grow(t, seed);
}

static TK_MAYBE_UNUSED void gramtab_addn(struct gramtab *t, const uint64_t *k, uint64_t n,
                         uint64_t seed)
{
	gramtab_addnh(t, k, n, gram_hash(k, t->kw, seed), seed);
}

/* The same for orders 1 and 2: a one-word key, two-word slots. */
static TK_NOINLINE void gramtab_new1(struct gramtab *t, uint64_t *s, uint64_t k,
                                  uint64_t seed)
{
	s[0] = 1;
	s[1] = k;
	if (++t->n > (t->mask + 1) / 4 * 3)
		gramtab_grow(t, seed);
}

static inline TK_ALWAYS_INLINE void
gramtab_add1h(struct gramtab *t, uint64_t k,
	      uint64_t h, uint64_t seed)
{
	for (size_t j = h & t->mask;; j = (j + 1) & t->mask) {
		uint64_t *s = t->w + 2 * j;
		if (likely(s[1] == k && s[0])) {
			s[0]++;
			return;
		}
		if (!s[0]) {
			gramtab_new1(t, s, k, seed);
			return;
		}
	}
}

#endif
