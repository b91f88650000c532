/* countsort.c - the count table's report order (tk_counter_sort() of
 * counter.h): the slots' refs sorted in place by count and key, or by
 * key; tables up to SMALL_SORT keys through a compact copy of their sort
 * keys, larger ones by an introsort over the refs that compares 8-byte
 * key prefixes first. */
#include "counter_impl.h"
#include "base/hash.h"
#include "base/msort.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* The first 8 key bytes as a big-endian number, zero-padded: when two
 * prefixes differ they order the keys as memcmp would (a shorter key
 * pads with 0, below any byte it lacks or equal to a 0 byte, in which
 * case the prefixes tie).  Reads 8 bytes: blocks keep PAD slack. */
static inline uint64_t prefix(const char *k, size_t len)
{
	uint64_t v = tk_rd64((const unsigned char *)k);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	v = __builtin_bswap64(v);
#elif !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
	const unsigned char *p = (const unsigned char *)k;
	v = 0;
	for (int i = 0; i < 8; i++)
		v = v << 8 | p[i];
#endif
	if (len < 8)
		v &= ~(UINT64_MAX >> (len * 8));
	return v;
}

/* A sort key decoded once: comparisons against the pivot (most of them)
 * then read only the other entry (callgrind on ngram bigrams: -25% of
 * the sort's instructions). */
struct skey {
	uint64_t count;
	uint64_t pfx;
	const char *key;
	size_t len;
};

static inline TK_ALWAYS_INLINE void
decode(const struct tk_counter *c, uint32_t r,
       bool by_key, struct skey *d)
{
	const char *e = entry_at(c, r);
	d->count = by_key ? 0 : entry_count(c, e);
	d->key = entry_key(e, &d->len);
	d->pfx = prefix(d->key, d->len);
}

static inline TK_ALWAYS_INLINE bool
less(const struct skey *a, const struct skey *b,
     bool by_key)
{
	if (!by_key && a->count != b->count)
		return a->count > b->count;
	if (a->pfx != b->pfx)
		return a->pfx < b->pfx;
	size_t n = a->len < b->len ? a->len : b->len;
	if (n > 8) {
		int r = memcmp(a->key + 8, b->key + 8, n - 8);
		if (r)
			return r < 0;
	}
	/* equal up to the shorter length: the shorter first */
	return a->len < b->len;
}

static inline TK_ALWAYS_INLINE bool
before(const struct tk_counter *c, uint32_t ra,
       uint32_t rb, bool by_key)
{
	struct skey a, b;
	decode(c, ra, by_key, &a);
	decode(c, rb, by_key, &b);
	return less(&a, &b, by_key);
}

static void sift(const struct tk_counter *s, uint32_t *v, size_t i, size_t n,
                 bool by_key)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		if (l < n && before(s, v[m], v[l], by_key))
			m = l;
		if (l + 1 < n && before(s, v[m], v[l + 1], by_key))
			m = l + 1;
		if (m == i)
			return;
		uint32_t t = v[i];
		v[i] = v[m];
		v[m] = t;
		i = m;
	}
}

/* Heapsort: the fallback that bounds introsort at O(n log n). */
static void heapsort_(const struct tk_counter *s, uint32_t *v, size_t n,
                      bool by_key)
{
	for (size_t i = n / 2; i-- > 0;)
		sift(s, v, i, n, by_key);
	while (n > 1) {
		uint32_t t = v[0];
		v[0] = v[--n];
		v[n] = t;
		sift(s, v, 0, n, by_key);
	}
}

/* Introsort on refs with the comparison inlined (qsort's callback and
 * 24-byte moves cost twice the time, measured on 1M keys). */
static void isort(const struct tk_counter *s, uint32_t *v, size_t n, int depth,
                  bool by_key)
{
	while (n > 16) {
		if (depth-- == 0) {
			heapsort_(s, v, n, by_key);
			return;
		}
		/* median of three to v[0] */
		size_t mid = n / 2;
		uint32_t a = v[0], b = v[mid], c = v[n - 1], t;
		if (before(s, b, a, by_key)) { t = a; a = b; b = t; }
		if (before(s, c, b, by_key)) { t = b; b = c; c = t; }
		if (before(s, b, a, by_key)) { t = a; a = b; b = t; }
		v[0] = a; v[mid] = b; v[n - 1] = c;
		struct skey p, x;
		decode(s, v[mid], by_key, &p);
		size_t i = 0, j = n - 1;
		for (;;) {
			for (;; i++) {
				decode(s, v[i], by_key, &x);
				if (!less(&x, &p, by_key))
					break;
			}
			for (;; j--) {
				decode(s, v[j], by_key, &x);
				if (!less(&p, &x, by_key))
					break;
			}
			if (i >= j)
				break;
			t = v[i]; v[i] = v[j]; v[j] = t;
			i++;
			j--;
		}
		/* v[0..j] <= pivot <= v[j+1..n): recurse on the smaller side */
		size_t left = j + 1;
		if (left < n - left) {
			isort(s, v, left, depth, by_key);
			v += left;
			n -= left;
		} else {
			isort(s, v + left, n - left, depth, by_key);
			n = left;
		}
	}
	for (size_t i = 1; i < n; i++) {
		uint32_t x = v[i];
		struct skey kx, ky;
		decode(s, x, by_key, &kx);
		size_t j = i;
		for (; j > 0; j--) {
			decode(s, v[j - 1], by_key, &ky);
			if (!less(&kx, &ky, by_key))
				break;
			v[j] = v[j - 1];
		}
		v[j] = x;
	}
}

/* Tables of up to SMALL_SORT keys are sorted as a compact copy of their
 * sort keys, each decoded once, by merge sort: comparisons then read the
 * copy, not the entries (--by-doc sorts a small table per document, and
 * that sort was a third of the per-document cost).  Larger tables sort
 * their refs in place (isort), as the copy would cost 24 bytes a key. */
enum { SMALL_SORT = 1 << 16 };

struct sitem {
	uint64_t count; /* 0 in key order */
	uint64_t pfx;
	uint32_t len;   /* keys are shorter than UINT32_MAX (tk_counter_add) */
	uint32_t ref;
};

/* less() on the copies: the entries are read only for ties in the first
 * eight bytes of keys longer than that. */
static inline bool item_less(const struct tk_counter *c, const struct sitem *a,
                             const struct sitem *b)
{
	if (a->count != b->count)
		return a->count > b->count;
	if (a->pfx != b->pfx)
		return a->pfx < b->pfx;
	size_t n = a->len < b->len ? a->len : b->len;
	if (n > 8) {
		size_t la, lb;
		const char *ka = entry_key(entry_at(c, a->ref), &la);
		const char *kb = entry_key(entry_at(c, b->ref), &lb);
		int r = memcmp(ka + 8, kb + 8, n - 8);
		if (r)
			return r < 0;
	}
	return a->len < b->len;
}

TK_MERGE_SORT(item_sort, struct sitem, const struct tk_counter *, item_less)

static void sort_small(struct tk_counter *c, size_t k, bool by_key)
{
	struct sitem *v = xnmalloc(k + k / 2, sizeof *v);
	for (size_t i = 0; i < k; i++) {
		struct skey d;
		decode(c, c->ref[i], by_key, &d);
		v[i] = (struct sitem){ d.count, d.pfx, (uint32_t)d.len, c->ref[i] };
	}
	item_sort(c, v, v + k, k);
	for (size_t i = 0; i < k; i++)
		c->ref[i] = v[i].ref;
	free(v);
}

size_t tk_counter_sort(struct tk_counter *c, enum tk_order order,
                       bool (*keep)(void *ctx, const struct tk_entry *e),
                       void *ctx)
{
	size_t k = 0;
	for (size_t i = 0; i < c->cap; i++) {
		if (!c->ctrl[i])
			continue;
		uint32_t r = c->ref[i];
		if (keep) {
			const char *e = entry_at(c, r);
			size_t len;
			const char *key = entry_key(e, &len);
			struct tk_entry t = { key, len, entry_count(c, e) };
			if (!keep(ctx, &t))
				continue;
		}
		c->ref[k++] = r;
	}
	/* the control bytes no longer describe the slots */
	memset(c->ctrl, 0, c->cap);
	int depth = 0;
	for (size_t m = k; m > 1; m >>= 1)
		depth += 2;
	if (k > 1 && k <= SMALL_SORT)
		sort_small(c, k, order == TK_ORDER_KEY);
	else if (order == TK_ORDER_KEY)
		isort(c, c->ref, k, depth, true);
	else
		isort(c, c->ref, k, depth, false);
	c->n = k;
	return k;
}

struct tk_entry tk_counter_at(const struct tk_counter *c, size_t i)
{
	const char *e = entry_at(c, c->ref[i]);
	size_t len;
	const char *key = entry_key(e, &len);
	return (struct tk_entry){ key, len, entry_count(c, e) };
}

int tk_key_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t n = alen < blen ? alen : blen;
	int c = n ? memcmp(a, b, n) : 0; /* an empty key may be NULL */
	if (c)
		return c;
	return alen < blen ? -1 : alen > blen;
}
