/* ngramcount.c - counting n-grams by unit numbers (tk_ngram_counts_* of
 * lib/count/ngram.h; the tables are in ngramtab.h).
 *
 * Why: counting every occurrence's joined key costs a copy into the
 * window, a hash of the whole key and a probe of a big table of strings
 * (with a key compare) per n-gram; on English text the distinct units
 * are few (~18k raw forms in the 4.3 MB KJV text for 1M tokens), so
 * looking each unit up once in a small table and counting n-grams as
 * tuples of numbers, in flat tables with the key inline, does much less
 * work per occurrence, and the case mapping runs once per distinct raw
 * form.  Callgrind, KJV text, ngram -j1 (bigrams): 733 M -> 601 M
 * instructions, most of the rest being the tokenizer and the report's
 * sort; the wall time fell further (0.73 s -> 0.37 s on the 43 MB text)
 * with the prefetching below.
 *
 * Units: `raw` maps the raw forms up to SHORT_MAX bytes (`longraw` the
 * longer ones) to the number of their counted form in `names`.  Windows:
 * ring[] holds the last W = max_n numbers twice over (at i and i + W),
 * so the last k of them are always contiguous.  Grams: one
 * open-addressing table per counted order n <= 4, slots of one count
 * word (0: empty) and the n numbers packed into ceil(n/2) words, filled
 * to 3/4 (to 1/2, the peak memory was a fifth higher and the time the
 * same); longer orders go through `win` (see win_gram()). */

#include "ngram.h"
#include "ngramcount_impl.h"
#include "counter.h"
#include "base/hash.h"
#include "base/buf.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* A new name's marks: c->low_names when it holds a byte that may order
 * a joined key otherwise than its units (tk_ngram_counts_sort()): one
 * not above the separator's, or any when the separator is not one
 * byte; and whether it holds a byte that TSV escapes. */
static void new_name(struct tk_ngram_counts *c, struct str *e)
{
	const unsigned char *s =
	        (const unsigned char *)c->names.bytes.data + e->off;
	unsigned char sep = (unsigned char)c->o.sep[0];
	bool low = c->o.seplen != 1, special = false;
	for (size_t i = 0; i < e->len; i++) {
		low |= s[i] <= sep;
		special |= s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
		           s[i] == '\\';
	}
	c->low_names |= low;
	e->special = special;
}

static uint32_t name_num(struct tk_ngram_counts *c, const char *s, size_t n)
{
	size_t had = c->names.n;
	uint32_t i = strtab_get(&c->names, s, n, c->seed);
	if (c->names.n != had)
		new_name(c, &c->names.s[i]);
	return i;
}

static void intern_markers(struct tk_ngram_counts *c)
{
	if (c->o.bos)
		c->bos = name_num(c, c->o.bos, c->o.boslen);
	if (c->o.eos)
		c->eos = name_num(c, c->o.eos, c->o.eoslen);
}

static int win_gram(void *ctx, const char *key, size_t len, unsigned n);

struct tk_ngram_counts *
tk_ngram_counts_new(const struct tk_ngram_opts *o,
                    struct tk_counter *const dst[TK_NGRAM_MAX + 1],
                    tk_ngram_map_fn map, void *ctx, uint64_t seed)
{
	struct tk_ngram_counts *c = xcalloc(1, sizeof *c);
	c->o = tk_ngram_opts_fill(o);
	unsigned orders = 0;
	for (unsigned n = c->o.min_n; n <= c->o.max_n; n++)
		if (dst[n]) {
			c->dst[n] = dst[n];
			orders++;
			if (n > 2 * PEND_KW)
				continue;
			c->tab[n] = xmalloc(sizeof *c->tab[n]);
			gramtab_init(c->tab[n], n);
		}
	if (c->o.max_n > 2 * PEND_KW) {
		/* the markers come in as units */
		struct tk_ngram_opts wo = c->o;
		wo.min_n = wo.min_n > 2 * PEND_KW ? wo.min_n : 2 * PEND_KW + 1;
		wo.bos = wo.eos = NULL;
		c->win = tk_ngrams_new(&wo, win_gram, c);
	}
	c->bigrams = orders == 1 && c->tab[2] && c->o.max_n == 2;
	c->keep_units = TK_NGRAM_KEEP_UNITS;
	c->map = map;
	c->ctx = ctx;
	c->seed = tk_hash_mix((seed ? seed : TK_HASH_P1) ^ TK_HASH_P0, TK_HASH_P1);
	strtab_init(&c->names);
	strtab_init(&c->longraw);
	rawtab_init(&c->raw);
	intern_markers(c);
	return c;
}

void tk_ngram_counts_keep_units(struct tk_ngram_counts *c, size_t bytes)
{
	c->keep_units = bytes;
}

void tk_ngram_counts_free(struct tk_ngram_counts *c)
{
	if (!c)
		return;
	for (unsigned n = 1; n <= TK_NGRAM_MAX; n++)
		if (c->tab[n]) {
			free(c->tab[n]->w);
			free(c->tab[n]);
		}
	strtab_free(&c->names);
	strtab_free(&c->longraw);
	free(c->raw.slot);
	tk_buf_free(&c->tmp);
	tk_ngrams_free(c->win);
	free(c->rows);
	free(c->slot);
	free(c->uk);
	free(c->keys);
	free(c);
}

/* Bytes of the units' tables. */
size_t tk_ngram_units_bytes(const struct tk_ngram_counts *c)
{
	return strtab_bytes(&c->names) + strtab_bytes(&c->longraw) +
	       (c->raw.mask + 1) * sizeof *c->raw.slot;
}

size_t tk_ngram_counts_bytes(const struct tk_ngram_counts *c)
{
	size_t b = sizeof *c + tk_ngram_units_bytes(c) + c->tmp.cap +
	           c->rowcap * (sizeof *c->rows + sizeof *c->slot) +
	           c->ukcap * sizeof *c->uk +
	           c->keycap * sizeof *c->keys;
	for (unsigned n = 1; n <= TK_NGRAM_MAX; n++)
		if (c->tab[n])
			b += (c->tab[n]->mask + 1) * c->tab[n]->words *
			     sizeof(uint64_t);
	return b;
}

size_t tk_ngram_counts_next_limit(struct tk_ngram_counts *c, size_t limit,
                                  size_t min)
{
	size_t units = c->names.n;
	if (tk_ngram_counts_bytes(c) <= limit ||
	    c->pushed >= units + units / 4 || limit / 2 < min)
		return limit;
	/* (the units kept take well under the bound, as they must) */
	if (c->keep_units > limit / 4)
		c->keep_units = limit / 4;
	return limit / 2;
}

/* N-grams of more than 2 * PEND_KW units go through a window of their
 * units' counted forms (win) and are counted as keys at once: a table of
 * such tuples would hold more bytes than the keys (slots of 8 + 4n
 * bytes, up to half empty), and long n-grams are mostly distinct, so
 * counting them by numbers saved nothing (-n 5 was 1.4 times slower). */
static int win_gram(void *ctx, const char *key, size_t len, unsigned n)
{
	struct tk_ngram_counts *c = ctx;
	if (c->dst[n] && tk_counter_add(c->dst[n], key, len, 1) != TK_OK &&
	    !c->err)
		c->err = TK_EOVERFLOW;
	return 0;
}

static TK_NOINLINE void push_win(struct tk_ngram_counts *c, uint32_t id)
{
	const struct str *s = &c->names.s[id];
	tk_ngrams_push(c->win, c->names.bytes.data + s->off, s->len);
}

static void count_pending(const struct pending *q, uint64_t seed)
{
	if (q->t->kw == 1)
		gramtab_add1h(q->t, q->key[0], q->hash, seed);
	else
		gramtab_addnh(q->t, q->key, 1, q->hash, seed);
}

/* Count key[0..kw) in t, PEND counts later; h is its hash. */
static inline TK_ALWAYS_INLINE void
defer(struct tk_ngram_counts *c, struct gramtab *t,
      const uint64_t *key, unsigned kw, uint64_t h)
{
	TK_PREFETCH(t->w + t->words * (h & t->mask));
	struct pending *q = &c->pend[c->qi];
	c->qi = (c->qi + 1) % PEND;
	if (c->npend == PEND)
		count_pending(q, c->seed);
	else
		c->npend++;
	q->t = t;
	q->hash = h;
	q->key[0] = key[0];
	if (kw == 2)
		q->key[1] = key[1];
}

/* Count the n-grams that end with unit number id. */
static inline TK_ALWAYS_INLINE void
count_unit(struct tk_ngram_counts *c, uint32_t id)
{
	if (c->win)
		push_win(c, id);
	c->pushed++;
	unsigned W = c->o.max_n, p = c->pos;
	uint32_t *u = c->ring + p + W; /* the last unit, the others before */
	c->ring[p] = *u = id;
	c->pos = p + 1 == W ? 0 : p + 1;
	unsigned k = c->k < W ? ++c->k : W;
	for (unsigned n = c->o.min_n; n <= k; n++) {
		struct gramtab *t = c->tab[n];
		if (!t)
			continue;
		uint64_t key[PEND_KW];
		if (n <= 2) {
			key[0] = n == 1 ? id : (uint64_t)u[-1] << 32 | id;
			defer(c, t, key, 1, tk_hash_mix(c->seed ^ key[0], TK_HASH_P1));
			continue;
		}
		key[1] = 0;
		memcpy(key, u + 1 - n, n * sizeof *u);
		defer(c, t, key, 2, gram_hash(key, 2, c->seed));
	}
}

static int flush_all(struct tk_ngram_counts *c);

/* The number of the counted form of raw form s[0..n) when that is not
 * in c->raw: a long form, or one not seen since the units were last
 * forgotten. */
static TK_NOINLINE uint32_t new_unit(struct tk_ngram_counts *c, const char *s,
                                  size_t n)
{
	int64_t i = -1;
	uint64_t h = 0;
	if (n > SHORT_MAX) {
		h = tk_hash_bytes(s, n, c->seed);
		i = strtab_find(&c->longraw, s, n, h);
		if (i >= 0)
			return c->longraw.s[i].val;
	}
	if (unlikely(c->names.n >= NUM_MAX || c->longraw.n >= NUM_MAX)) {
		int r = flush_all(c);
		if (r && !c->err)
			c->err = r;
	}
	uint32_t num;
	if (c->map) {
		tk_buf_clear(&c->tmp);
		c->map(c->ctx, s, n, &c->tmp);
		num = name_num(c, c->tmp.data, c->tmp.len);
	} else
		num = name_num(c, s, n);
	if (n > SHORT_MAX) {
		uint32_t r = strtab_add(&c->longraw, s, n, h);
		c->longraw.s[r].val = num;
	} else {
		uint64_t a, b;
		short_key(s, n, &a, &b);
		rawtab_add(&c->raw, a, b, n, num, c->seed);
	}
	return num;
}

static inline TK_ALWAYS_INLINE uint32_t
unit_num(struct tk_ngram_counts *c,
	 const char *s, size_t n)
{
	if (likely(n <= SHORT_MAX)) {
		uint64_t a, b;
		short_key(s, n, &a, &b);
		int64_t i = rawtab_find(&c->raw, a, b, n,
		                        short_hash(a, b, n, c->seed));
		if (likely(i >= 0))
			return (uint32_t)i;
	}
	return new_unit(c, s, n);
}

/* count_unit() for the pad markers, out of the common path */
static TK_NOINLINE void count_marker(struct tk_ngram_counts *c, uint32_t id)
{
	count_unit(c, id);
}

static TK_NOINLINE void push_any(struct tk_ngram_counts *c, const char *unit,
                              size_t len)
{
	if (!c->started) {
		c->started = true;
		if (c->o.bos)
			count_unit(c, c->bos);
	}
	count_unit(c, unit_num(c, unit, len));
}

void tk_ngram_counts_push(struct tk_ngram_counts *c, const char *unit,
                          size_t len)
{
	/* The common case: bigrams, a unit seen before (the ring has 2
	 * places, the last unit at pos ^ 1), no BOS marker to count. */
	if (c->bigrams && (c->k || !c->o.bos) && len <= SHORT_MAX) {
		uint64_t a, b;
		short_key(unit, len, &a, &b);
		int64_t i = rawtab_find(&c->raw, a, b, len,
		                        short_hash(a, b, len, c->seed));
		if (likely(i >= 0) && !c->k) { /* a segment's first unit */
			c->started = true;
			c->ring[0] = c->ring[2] = (uint32_t)i;
			c->pos = 1;
			c->k = 1;
			return;
		}
		if (likely(i >= 0)) {
			unsigned p = c->pos;
			uint64_t k = (uint64_t)c->ring[p ^ 1] << 32 | (uint64_t)i;
			c->ring[p] = c->ring[p + 2] = (uint32_t)i;
			c->pos = p ^ 1;
			c->k = 2;
			defer(c, c->tab[2], &k, 1, tk_hash_mix(c->seed ^ k, TK_HASH_P1));
			return;
		}
	}
	push_any(c, unit, len);
}

void tk_ngram_counts_end(struct tk_ngram_counts *c)
{
	if (c->started && c->o.eos)
		count_marker(c, c->eos);
	if (c->win)
		tk_ngrams_end(c->win);
	c->started = false;
	c->k = 0;
	c->pos = 0;
}

void tk_ngram_counts_break(struct tk_ngram_counts *c)
{
	if (c->win)
		tk_ngrams_break(c->win);
	c->k = 0;
	c->pos = 0;
}

/* Append the names of numbers u[0..n) joined by sep to c->tmp. */
static void join(struct tk_ngram_counts *c, const uint32_t *u, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		const struct str *s = &c->names.s[u[i]];
		if (i)
			tk_buf_add(&c->tmp, c->o.sep, c->o.seplen);
		tk_buf_add(&c->tmp, c->names.bytes.data + s->off, s->len);
	}
}

/* The unit numbers u[0..n) of the n-gram in slot s of an order-n table
 * (orders 1 and 2 pack them in one word, longer ones in 32-bit halves). */
void tk_ngram_slot_units(const uint64_t *s, unsigned n, uint32_t *u)
{
	if (n <= 2) {
		u[0] = n == 1 ? (uint32_t)s[1] : (uint32_t)(s[1] >> 32);
		u[1] = (uint32_t)s[1];
	} else
		memcpy(u, s + 1, n * sizeof *u);
}

/* Call fn(ctx, u, count) on every n-gram counted in t, an order-n
 * table, with its unit numbers u[0..n). */
static void each_gram(const struct gramtab *t, unsigned n,
                      void (*fn)(void *ctx, const uint32_t *u, uint64_t count),
                      void *ctx)
{
	for (size_t i = 0; i <= t->mask; i++) {
		const uint64_t *s = t->w + i * t->words;
		if (!s[0])
			continue;
		uint32_t u[TK_NGRAM_MAX + 1];
		tk_ngram_slot_units(s, n, u);
		fn(ctx, u, s[0]);
	}
}

void tk_ngram_counts_drain(struct tk_ngram_counts *c)
{
	for (unsigned i = 0; i < c->npend; i++)
		count_pending(&c->pend[i], c->seed);
	c->npend = c->qi = 0;
}

struct flush_ctx {
	struct tk_ngram_counts *c;
	unsigned n;
	int rc;
};

/* One n-gram into the counter of its order, as its key. */
static void flush_gram(void *ctx, const uint32_t *u, uint64_t count)
{
	struct flush_ctx *f = ctx;
	struct tk_ngram_counts *c = f->c;
	tk_buf_clear(&c->tmp);
	join(c, u, f->n);
	if (tk_counter_add(c->dst[f->n], c->tmp.data, c->tmp.len, count) !=
	            TK_OK && !f->rc)
		f->rc = TK_EOVERFLOW;
}

/* The n-grams into the counters, their tables emptied. */
static int flush_grams(struct tk_ngram_counts *c)
{
	tk_ngram_counts_drain(c);
	struct flush_ctx f = { c, 0, c->err };
	c->err = TK_OK;
	for (unsigned n = 1; n <= TK_NGRAM_MAX; n++) {
		struct gramtab *t = c->tab[n];
		if (!t)
			continue;
		f.n = n;
		each_gram(t, n, flush_gram, &f);
		/* now: the keys take its place */
		gramtab_reset(t, n);
	}
	return f.rc;
}

int tk_ngram_counts_flush(struct tk_ngram_counts *c)
{
	int rc = flush_grams(c);
	if (tk_ngram_units_bytes(c) > c->keep_units)
		tk_ngram_counts_forget(c);
	return rc;
}

/* A flush that forgets the units whatever their size (their numbers are
 * running out). */
static int flush_all(struct tk_ngram_counts *c)
{
	int rc = flush_grams(c);
	tk_ngram_counts_forget(c);
	return rc;
}

/* Empty the tables and forget the units, but keep those of the window:
 * their names go to tmp, then back in as the first numbers. */
void tk_ngram_counts_forget(struct tk_ngram_counts *c)
{
	for (unsigned n = 1; n <= TK_NGRAM_MAX; n++)
		if (c->tab[n])
			gramtab_reset(c->tab[n], n);
	unsigned W = c->o.max_n, k = c->k;
	size_t len[TK_NGRAM_MAX];
	tk_buf_clear(&c->tmp);
	for (unsigned i = 0; i < k; i++) {
		unsigned at = (c->pos + 2 * W - k + i) % W;
		const struct str *s = &c->names.s[c->ring[at]];
		tk_buf_add(&c->tmp, c->names.bytes.data + s->off, s->len);
		len[i] = s->len;
	}
	struct tk_buf keep = c->tmp;
	c->tmp = (struct tk_buf)TK_BUF_INIT;
	c->pushed = 0;
	strtab_reset(&c->names);
	strtab_reset(&c->longraw);
	rawtab_reset(&c->raw);
	c->low_names = false;
	intern_markers(c);
	size_t off = 0;
	for (unsigned i = 0; i < k; i++) {
		unsigned at = (c->pos + 2 * W - k + i) % W;
		c->ring[at] = c->ring[at + W] =
		        name_num(c, keep.data + off, len[i]);
		off += len[i];
	}
	tk_buf_free(&keep);
}

struct merge_ctx {
	struct tk_ngram_counts *c;
	const uint32_t *num; /* the source's unit numbers in c */
	unsigned n;
};

/* One n-gram of another table into c's table of its order. */
static void merge_gram(void *ctx, const uint32_t *su, uint64_t count)
{
	const struct merge_ctx *m = ctx;
	struct gramtab *t = m->c->tab[m->n];
	unsigned n = m->n;
	uint32_t u[TK_NGRAM_MAX + 1];
	uint64_t key[(TK_NGRAM_MAX + 1) / 2];
	for (unsigned j = 0; j < n; j++)
		u[j] = m->num[su[j]];
	if (n <= 2)
		key[0] = n == 1 ? u[0] : (uint64_t)u[0] << 32 | u[1];
	else {
		key[t->kw - 1] = 0;
		memcpy(key, u, n * sizeof *u);
	}
	gramtab_addn(t, key, count, m->c->seed);
}

void tk_ngram_counts_merge(struct tk_ngram_counts *c,
                           struct tk_ngram_counts *src)
{
	tk_ngram_counts_drain(c);
	tk_ngram_counts_drain(src);
	if (c->names.n + src->names.n >= NUM_MAX) {
		int r = flush_all(c);
		if (r && !c->err)
			c->err = r;
	}
	/* src's unit numbers in c */
	uint32_t *num = xnmalloc(src->names.n ? src->names.n : 1, sizeof *num);
	for (size_t i = 0; i < src->names.n; i++)
		num[i] = name_num(c, src->names.bytes.data + src->names.s[i].off,
		                  src->names.s[i].len);
	struct merge_ctx m = { c, num, 0 };
	for (unsigned n = 1; n <= TK_NGRAM_MAX; n++)
		if (src->tab[n]) {
			m.n = n;
			each_gram(src->tab[n], n, merge_gram, &m);
		}
	free(num);
	if (src->err && !c->err)
		c->err = src->err;
	src->err = TK_OK;
	tk_ngram_counts_forget(src);
}
