/* check_counter.c - lib/counter: counting, growth, wide counts and
 * overflow, key sizes, merge and absorb, sort order; a differential test
 * against a sorted array. */
#include "unit.h"
#include "count/counter.h"
#include "count/counter_impl.h" /* fine_step: growth by quarters */

#define REF_CHECK(cond, msg) ck_assert_msg(cond, msg)
#include "../count/countref.h"

#include <stdio.h>
#include <stdlib.h>

START_TEST(add_and_get)
{
	struct tk_counter *c = tk_counter_new(0);
	ck_assert_int_eq(tk_counter_add(c, "the", 3, 1), TK_OK);
	ck_assert_int_eq(tk_counter_add(c, "the", 3, 2), TK_OK);
	ck_assert_int_eq(tk_counter_add(c, "then", 4, 1), TK_OK);
	ck_assert_int_eq(tk_counter_add(c, "", 0, 5), TK_OK);
	ck_assert_int_eq(tk_counter_add(c, "a\0b", 3, 1), TK_OK);
	ck_assert_int_eq(tk_counter_add(c, "a\0c", 3, 1), TK_OK);
	ck_assert_uint_eq(tk_counter_get(c, "the", 3), 3);
	ck_assert_uint_eq(tk_counter_get(c, "then", 4), 1);
	ck_assert_uint_eq(tk_counter_get(c, "th", 2), 0);
	ck_assert_uint_eq(tk_counter_get(c, "", 0), 5);
	ck_assert_uint_eq(tk_counter_get(c, "a\0b", 3), 1);
	ck_assert_uint_eq(tk_counter_size(c), 5);
	ck_assert_uint_eq(tk_counter_total(c, NULL), 11);
	tk_counter_free(c);
}
END_TEST

START_TEST(growth_many_keys)
{
	struct tk_counter *c = tk_counter_new(12345);
	char k[32];
	enum { N = 50000 };
	for (int round = 0; round < 2; round++)
		for (int i = 0; i < N; i++) {
			int n = snprintf(k, sizeof k, "key%d", i);
			ck_assert_int_eq(tk_counter_add(c, k, (size_t)n, 1), TK_OK);
		}
	ck_assert_uint_eq(tk_counter_size(c), N);
	for (int i = 0; i < N; i += 997) {
		int n = snprintf(k, sizeof k, "key%d", i);
		ck_assert_uint_eq(tk_counter_get(c, k, (size_t)n), 2);
	}
	struct tk_entry *v = tk_counter_entries(c);
	uint64_t sum = 0;
	for (size_t i = 0; i < N; i++) {
		sum += v[i].count;
		ck_assert(v[i].len >= 4 && memcmp(v[i].key, "key", 3) == 0);
	}
	ck_assert_uint_eq(sum, 2 * N);
	free(v);
	ck_assert_uint_gt(tk_counter_bytes(c), N * 8);
	tk_counter_clear(c);
	ck_assert_uint_eq(tk_counter_size(c), 0);
	ck_assert_uint_eq(tk_counter_get(c, "key1", 4), 0);
	tk_counter_free(c);
}
END_TEST

START_TEST(overflow_detected)
{
	struct tk_counter *c = tk_counter_new(0);
	ck_assert_int_eq(tk_counter_add(c, "x", 1, UINT64_MAX - 1), TK_OK);
	ck_assert_int_eq(tk_counter_add(c, "x", 1, 1), TK_OK);
	ck_assert_int_eq(tk_counter_add(c, "x", 1, 1), TK_EOVERFLOW);
	ck_assert_uint_eq(tk_counter_get(c, "x", 1), UINT64_MAX);
	bool of = false;
	ck_assert_int_eq(tk_counter_add(c, "y", 1, 5), TK_OK);
	tk_counter_total(c, &of);
	ck_assert(of);
	tk_counter_free(c);
}
END_TEST

START_TEST(merge_tables)
{
	struct tk_counter *a = tk_counter_new(1), *b = tk_counter_new(2);
	tk_counter_add(a, "x", 1, 2);
	tk_counter_add(a, "y", 1, 1);
	tk_counter_add(b, "y", 1, 4);
	tk_counter_add(b, "z", 1, 1);
	ck_assert_int_eq(tk_counter_merge(a, b), TK_OK);
	ck_assert_uint_eq(tk_counter_get(a, "x", 1), 2);
	ck_assert_uint_eq(tk_counter_get(a, "y", 1), 5);
	ck_assert_uint_eq(tk_counter_get(a, "z", 1), 1);
	ck_assert_uint_eq(tk_counter_total(a, NULL), 8);
	tk_counter_free(a);
	tk_counter_free(b);
}
END_TEST

START_TEST(hash_seeded_and_total)
{
	/* every length up to 40 hashes, and differs by seed and by byte */
	char s[40];
	memset(s, 'a', sizeof s);
	for (size_t n = 0; n < sizeof s; n++) {
		ck_assert_uint_ne(tk_hash(s, n, 1), tk_hash(s, n, 2));
		if (n > 0) {
			uint64_t h = tk_hash(s, n, 7);
			s[n - 1] = 'b';
			ck_assert_uint_ne(h, tk_hash(s, n, 7));
			s[n - 1] = 'a';
		}
		if (n > 0)
			ck_assert_uint_ne(tk_hash(s, n, 7), tk_hash(s, n - 1, 7));
	}
}
END_TEST

/* tk_counter_sort against qsort with the documented order. */
static bool odd_only(void *ctx, const struct tk_entry *e)
{
	(void)ctx;
	return e->count % 2 == 1;
}

START_TEST(sort_in_place)
{
	for (int order = 0; order < 2; order++) {
		struct tk_counter *c = tk_counter_new(99);
		uint64_t st = 12345;
		char k[8];
		for (int i = 0; i < 20000; i++) {
			unsigned x = unit_rand(&st);
			size_t n = 1 + (x >> 16) % 4;
			for (size_t j = 0; j < n; j++)
				k[j] = (char)('a' + ((x >> (j * 3)) & 3));
			tk_counter_add(c, k, n, 1 + (x >> 28) % 3);
		}
		size_t n = tk_counter_size(c);
		struct tk_entry *v = tk_counter_entries(c);
		size_t kept = 0;
		for (size_t i = 0; i < n; i++)
			if (order == 1 || v[i].count % 2 == 1)
				v[kept++] = v[i];
		qsort(v, kept, sizeof *v, ref_report_cmp);
		size_t got = order == 0
		        ? tk_counter_sort(c, TK_ORDER_REPORT, odd_only, NULL)
		        : tk_counter_sort(c, TK_ORDER_KEY, NULL, NULL);
		ck_assert_uint_eq(got, kept);
		if (order == 1) { /* key order: compare keys only */
			for (size_t i = 1; i < got; i++) {
				struct tk_entry a = tk_counter_at(c, i - 1);
				struct tk_entry b = tk_counter_at(c, i);
				size_t m = a.len < b.len ? a.len : b.len;
				int r = memcmp(a.key, b.key, m);
				ck_assert(r < 0 || (r == 0 && a.len < b.len));
			}
		} else
			for (size_t i = 0; i < got; i++) {
				struct tk_entry e = tk_counter_at(c, i);
				ck_assert_uint_eq(e.count, v[i].count);
				ck_assert(e.key == v[i].key);
			}
		free(v);
		tk_counter_free(c);
	}
}
END_TEST


/* Both sorts (a compact copy up to 65,536 keys, refs in place above),
 * in both orders, against qsort: keys that share their first eight bytes
 * or more, hold NUL, and have few distinct counts (so that ties by key
 * are many). */
START_TEST(sort_sizes)
{
	static const size_t sizes[] = { 2, 13, 1000, 65536, 65537 };
	for (size_t si = 0; si < TK_LEN(sizes); si++)
		for (int order = 0; order < 2; order++) {
			struct tk_counter *c = tk_counter_new(5);
			uint64_t st = 777;
			char k[40];
			while (tk_counter_size(c) < sizes[si]) {
				unsigned x = unit_rand(&st);
				int n = snprintf(k, sizeof k, "%s%u",
				                 x & 1 ? "shared-prefix:" : "s", x >> 8);
				if (x & 2)
					k[n - 1] = '\0';
				tk_counter_add(c, k, (size_t)n, 1 + (x >> 29) % 3);
			}
			size_t n = tk_counter_size(c);
			struct tk_entry *v = tk_counter_entries(c);
			qsort(v, n, sizeof *v, order ? ref_entry_key_cmp
			                             : ref_report_cmp);
			ck_assert_uint_eq(tk_counter_sort(c, order ? TK_ORDER_KEY
			                                           : TK_ORDER_REPORT,
			                                  NULL, NULL), n);
			for (size_t i = 0; i < n; i++)
				ck_assert(tk_counter_at(c, i).key == v[i].key);
			free(v);
			tk_counter_free(c);
		}
}
END_TEST

/* Counts move from the 24-bit field to 64 bits at 2^23; they must keep
 * every bit across 2^23, 2^31 and 2^32, and stop exactly at 2^64 - 1. */
START_TEST(wide_counts)
{
	struct tk_counter *c = tk_counter_new(0);
	static const uint64_t steps[] = { (1u << 23) - 1, 1, 1,
	                                  (1ull << 31) - (1u << 23) - 1, 1,
	                                  (1ull << 32), 12345 };
	uint64_t want = 0;
	for (size_t i = 0; i < TK_LEN(steps); i++) {
		ck_assert_int_eq(tk_counter_add(c, "w", 1, steps[i]), TK_OK);
		want += steps[i];
		ck_assert_uint_eq(tk_counter_get(c, "w", 1), want);
	}
	/* many promoted keys (the side array grows), next to small ones */
	char k[32];
	for (int i = 0; i < 1000; i++) {
		int n = snprintf(k, sizeof k, "big%d", i);
		ck_assert_int_eq(tk_counter_add(c, k, (size_t)n,
		                                 (1ull << 40) + (uint64_t)i), TK_OK);
		n = snprintf(k, sizeof k, "small%d", i);
		ck_assert_int_eq(tk_counter_add(c, k, (size_t)n, (uint64_t)i), TK_OK);
	}
	for (int i = 0; i < 1000; i++) {
		int n = snprintf(k, sizeof k, "big%d", i);
		ck_assert_uint_eq(tk_counter_get(c, k, (size_t)n),
		                  (1ull << 40) + (uint64_t)i);
		n = snprintf(k, sizeof k, "small%d", i);
		ck_assert_uint_eq(tk_counter_get(c, k, (size_t)n), (uint64_t)i);
	}
	/* a new key can start at any count, up to the maximum */
	ck_assert_int_eq(tk_counter_add(c, "max", 3, UINT64_MAX), TK_OK);
	ck_assert_uint_eq(tk_counter_get(c, "max", 3), UINT64_MAX);
	ck_assert_int_eq(tk_counter_add(c, "max", 3, 1), TK_EOVERFLOW);
	ck_assert_int_eq(tk_counter_add(c, "max", 3, 0), TK_OK);
	ck_assert_uint_eq(tk_counter_get(c, "max", 3), UINT64_MAX);
	/* from a small count straight past 2^64 */
	ck_assert_int_eq(tk_counter_add(c, "s", 1, 5), TK_OK);
	ck_assert_int_eq(tk_counter_add(c, "s", 1, UINT64_MAX - 4), TK_EOVERFLOW);
	ck_assert_uint_eq(tk_counter_get(c, "s", 1), 5);
	ck_assert_int_eq(tk_counter_add(c, "s", 1, UINT64_MAX - 5), TK_OK);
	ck_assert_uint_eq(tk_counter_get(c, "s", 1), UINT64_MAX);
	/* sorted, the wide counts come first, in order */
	size_t n = tk_counter_sort(c, TK_ORDER_REPORT, NULL, NULL);
	ck_assert_uint_eq(n, 2003);
	struct tk_entry e0 = tk_counter_at(c, 0), e1 = tk_counter_at(c, 1);
	ck_assert_uint_eq(e0.count, UINT64_MAX);
	ck_assert_span_eq(e0.key, e0.len, "max");
	ck_assert_span_eq(e1.key, e1.len, "s");
	ck_assert_uint_eq(tk_counter_at(c, 2).count, (1ull << 40) + 999);
	ck_assert_uint_eq(tk_counter_at(c, 1001).count, (1ull << 40));
	ck_assert_uint_eq(tk_counter_at(c, 1002).count, want);
	ck_assert_uint_eq(tk_counter_at(c, 1003).count, 999);
	tk_counter_free(c);
}
END_TEST

/* An overflow in a merge keeps dst's count and merges the other keys;
 * the same through tk_counter_absorb(), which leaves src empty. */
START_TEST(merge_overflow)
{
	for (int absorb = 0; absorb < 2; absorb++) {
		struct tk_counter *a = tk_counter_new(1), *b = tk_counter_new(2);
		tk_counter_add(a, "x", 1, UINT64_MAX - 5);
		tk_counter_add(a, "y", 1, 1);
		tk_counter_add(b, "a", 1, 3);
		tk_counter_add(b, "x", 1, 10);
		tk_counter_add(b, "y", 1, (1ull << 33));
		tk_counter_add(b, "z", 1, 2);
		int rc = absorb ? tk_counter_absorb(a, b) : tk_counter_merge(a, b);
		ck_assert_int_eq(rc, TK_EOVERFLOW);
		ck_assert_uint_eq(tk_counter_get(a, "x", 1), UINT64_MAX - 5);
		ck_assert_uint_eq(tk_counter_get(a, "y", 1), (1ull << 33) + 1);
		ck_assert_uint_eq(tk_counter_get(a, "z", 1), 2);
		ck_assert_uint_eq(tk_counter_get(a, "a", 1), 3);
		ck_assert_uint_eq(tk_counter_size(a), 4);
		ck_assert_uint_eq(tk_counter_size(b), absorb ? 0 : 4);
		ck_assert_uint_eq(tk_counter_get(b, "z", 1), absorb ? 0 : 2);
		/* src stays usable */
		ck_assert_int_eq(tk_counter_add(b, "q", 1, 1), TK_OK);
		ck_assert_uint_eq(tk_counter_get(b, "q", 1), 1);
		tk_counter_free(a);
		tk_counter_free(b);
	}
}
END_TEST

/* Keys of every size class: empty, NUL bytes, the 1- to 3-byte length
 * boundaries (127/128, 16383/16384), longer than a 4 MiB block. */
START_TEST(key_sizes)
{
	struct tk_counter *c = tk_counter_new(7);
	static const size_t lens[] = { 0, 1, 7, 8, 9, 16, 17, 127, 128, 129,
	                               16383, 16384, 70000, 5u << 20, 0 };
	size_t maxlen = 5u << 20;
	char *k = malloc(maxlen + 1);
	ck_assert_ptr_nonnull(k);
	for (size_t i = 0; i < maxlen; i++)
		k[i] = (char)(i * 7 % 251); /* includes NUL bytes */
	for (int round = 0; round < 2; round++)
		for (size_t i = 0; i + 1 < TK_LEN(lens); i++) {
			ck_assert_int_eq(tk_counter_add(c, k, lens[i], i + 1), TK_OK);
			/* small keys after a huge one still go to shared blocks */
			char w[16];
			int n = snprintf(w, sizeof w, "w%zu", i);
			ck_assert_int_eq(tk_counter_add(c, w, (size_t)n, 1), TK_OK);
		}
	ck_assert_uint_eq(tk_counter_size(c), 2 * (TK_LEN(lens) - 1));
	for (size_t i = 0; i + 1 < TK_LEN(lens); i++)
		ck_assert_uint_eq(tk_counter_get(c, k, lens[i]), 2 * (i + 1));
	ck_assert_uint_ge(tk_counter_bytes(c), maxlen + 16384);
	struct tk_entry *v = tk_counter_entries(c);
	size_t seen = 0;
	for (size_t i = 0; i < tk_counter_size(c); i++) {
		/* every key, its length as added: a prefix of k or "w%zu" */
		bool w = v[i].len >= 2 && v[i].len <= 4 && v[i].key[0] == 'w' &&
		         v[i].key[1] >= '0' && v[i].key[1] <= '9';
		ck_assert(w || memcmp(v[i].key, k, v[i].len) == 0);
		if (v[i].len == maxlen) {
			ck_assert(memcmp(v[i].key, k, maxlen) == 0);
			seen++;
		}
	}
	ck_assert_uint_eq(seen, 1);
	free(v);
	/* absorb moves the huge key too */
	struct tk_counter *d = tk_counter_new(8);
	ck_assert_int_eq(tk_counter_absorb(d, c), TK_OK);
	ck_assert_uint_eq(tk_counter_get(d, k, maxlen), 2 * (TK_LEN(lens) - 1));
	ck_assert_uint_eq(tk_counter_get(d, "", 0), 2);
	ck_assert_uint_eq(tk_counter_size(d), 2 * (TK_LEN(lens) - 1));
	size_t n = tk_counter_sort(d, TK_ORDER_KEY, NULL, NULL);
	for (size_t i = 1; i < n; i++) {
		struct tk_entry a = tk_counter_at(d, i - 1), b = tk_counter_at(d, i);
		size_t m = a.len < b.len ? a.len : b.len;
		int r = memcmp(a.key, b.key, m);
		ck_assert(r < 0 || (r == 0 && a.len < b.len));
	}
	tk_counter_free(c);
	tk_counter_free(d);
	free(k);
}
END_TEST

/* --- a differential test against a sorted array ------------------------ */

static uint64_t rnd(uint64_t *s)
{
	return unit_rand64(s);
}

/* A random key over a small alphabet with NUL and 0xff, so that keys
 * share prefixes, are prefixes of each other and tie on 8 bytes. */
static size_t random_key(uint64_t *s, char *k)
{
	static const char alpha[] = { 'a', 'b', '\0', (char)0xff, ' ' };
	uint64_t r = rnd(s);
	size_t len = r % 8 == 0 ? 8 + r / 8 % 4 : r / 8 % 24;
	if (r % 5 == 0)
		memcpy(k, "prefix__", 8); /* many keys tie on 8 bytes */
	for (size_t i = r % 5 == 0 ? 8 : 0; i < len; i++)
		k[i] = alpha[rnd(s) % sizeof alpha];
	return len < 8 && r % 5 == 0 ? 8 : len;
}

static uint64_t random_count(uint64_t *s)
{
	uint64_t r = rnd(s);
	switch (r % 16) {
	case 0: return (1u << 23) - 1 + r / 16 % 3;
	case 1: return UINT64_MAX / 3;
	case 2: return 0;
	default: return 1 + r / 16 % 4;
	}
}

/* Sort by key and sum equal keys as the table does: an addition that
 * would pass UINT64_MAX is dropped (and reported). */
static size_t ref_combine(struct ref *r, size_t *overflows)
{
	/* insertion order decides which addition overflows: a stable
	 * (merge) sort keeps it */
	struct ref_entry *t = malloc((r->n + 1) * sizeof *t);
	ck_assert_ptr_nonnull(t);
	for (size_t w = 1; w < r->n; w *= 2) {
		for (size_t lo = 0; lo < r->n; lo += 2 * w) {
			size_t mid = lo + w < r->n ? lo + w : r->n;
			size_t hi = lo + 2 * w < r->n ? lo + 2 * w : r->n;
			size_t i = lo, j = mid, o = lo;
			while (i < mid && j < hi)
				t[o++] = ref_key_cmp(&r->v[j], &r->v[i]) < 0 ? r->v[j++]
				                                              : r->v[i++];
			while (i < mid)
				t[o++] = r->v[i++];
			while (j < hi)
				t[o++] = r->v[j++];
		}
		memcpy(r->v, t, r->n * sizeof *t);
	}
	free(t);
	size_t k = 0;
	*overflows = 0;
	for (size_t i = 0; i < r->n; i++) {
		if (k > 0 && ref_key_cmp(&r->v[k - 1], &r->v[i]) == 0) {
			if (r->v[k - 1].count > UINT64_MAX - r->v[i].count)
				++*overflows;
			else
				r->v[k - 1].count += r->v[i].count;
			free(r->v[i].key);
		} else
			r->v[k++] = r->v[i];
	}
	r->n = k;
	return k;
}

START_TEST(differential)
{
	uint64_t s = 0x9e3779b97f4a7c15ull + (uint64_t)_i;
	struct tk_counter *c = tk_counter_new((uint64_t)_i);
	if (_i & 1) /* every growth by a quarter (of a power of 2), as from
	             * FINE_STEP slots: caps such as 20, 28, 40 */
		c->fine_step = MIN_CAP;
	struct ref r = { 0 };
	char k[32];
	size_t overflows = 0, ops = 20000 + (size_t)_i * 10000;
	for (size_t i = 0; i < ops; i++) {
		size_t len = random_key(&s, k);
		uint64_t n = random_count(&s);
		if (tk_counter_add(c, k, len, n) != TK_OK)
			overflows++;
		ref_add(&r, k, len, n);
	}
	size_t ref_over;
	size_t n = ref_combine(&r, &ref_over);
	ck_assert_uint_eq(overflows, ref_over);
	ck_assert_uint_eq(tk_counter_size(c), n);
	uint64_t total = 0;
	bool of = false;
	for (size_t i = 0; i < n; i++) {
		ck_assert_uint_eq(tk_counter_get(c, r.v[i].key, r.v[i].len),
		                  r.v[i].count);
		if (total > UINT64_MAX - r.v[i].count)
			of = true, total = UINT64_MAX;
		else
			total += r.v[i].count;
	}
	bool got_of;
	ck_assert_uint_eq(tk_counter_total(c, &got_of), total);
	ck_assert(got_of == of);
	/* entries and each: the same set */
	struct tk_entry *v = tk_counter_entries(c);
	qsort(v, n, sizeof *v, ref_entry_key_cmp);
	for (size_t i = 0; i < n; i++) {
		ck_assert_uint_eq(v[i].len, r.v[i].len);
		ck_assert(memcmp(v[i].key, r.v[i].key, v[i].len) == 0);
		ck_assert_uint_eq(v[i].count, r.v[i].count);
	}
	if (_i & 1) { /* grown by quarters: 4q, 5q, 6q, 7q, 8q */
		size_t p = c->cap;
		while (p & (p - 1))
			p &= p - 1;
		ck_assert_uint_eq(c->cap % (p / 4), 0);
		ck_assert_uint_ge(c->cap / (p / 4), 4);
		ck_assert_uint_le(c->cap / (p / 4), 7);
	}
	free(v);
	/* merge into an empty table and absorb into another: same table */
	struct tk_counter *m = tk_counter_new(5), *a = tk_counter_new(6);
	if (_i & 1)
		m->fine_step = a->fine_step = MIN_CAP;
	ck_assert_int_eq(tk_counter_merge(m, c), TK_OK);
	struct tk_counter *c2 = tk_counter_new(9);
	ck_assert_int_eq(tk_counter_merge(c2, c), TK_OK);
	ck_assert_int_eq(tk_counter_absorb(a, c2), TK_OK);
	ck_assert_uint_eq(tk_counter_size(c2), 0);
	ck_assert_uint_eq(tk_counter_size(m), n);
	ck_assert_uint_eq(tk_counter_size(a), n);
	for (size_t i = 0; i < n; i++) {
		ck_assert_uint_eq(tk_counter_get(m, r.v[i].key, r.v[i].len),
		                  r.v[i].count);
		ck_assert_uint_eq(tk_counter_get(a, r.v[i].key, r.v[i].len),
		                  r.v[i].count);
	}
	/* key order = the reference's order */
	ck_assert_uint_eq(tk_counter_sort(m, TK_ORDER_KEY, NULL, NULL), n);
	for (size_t i = 0; i < n; i++) {
		struct tk_entry e = tk_counter_at(m, i);
		ck_assert_uint_eq(e.len, r.v[i].len);
		ck_assert(memcmp(e.key, r.v[i].key, e.len) == 0);
		ck_assert_uint_eq(e.count, r.v[i].count);
	}
	/* report order = qsort with the documented comparison */
	struct tk_entry *w = malloc((n + 1) * sizeof *w);
	for (size_t i = 0; i < n; i++)
		w[i] = (struct tk_entry){ r.v[i].key, r.v[i].len, r.v[i].count };
	qsort(w, n, sizeof *w, ref_report_cmp);
	ck_assert_uint_eq(tk_counter_sort(a, TK_ORDER_REPORT, NULL, NULL), n);
	for (size_t i = 0; i < n; i++) {
		struct tk_entry e = tk_counter_at(a, i);
		ck_assert_uint_eq(e.len, w[i].len);
		ck_assert(memcmp(e.key, w[i].key, e.len) == 0);
		ck_assert_uint_eq(e.count, w[i].count);
	}
	free(w);
	tk_counter_free(m);
	tk_counter_free(a);
	tk_counter_free(c2);
	tk_counter_free(c);
	ref_free(&r);
}
END_TEST

/* Equal 8-byte prefixes, keys that are prefixes of each other, NUL and
 * 0xff bytes, all with one count: byte order decides. */
START_TEST(sort_prefix_ties)
{
	static const struct { const char *k; size_t n; } keys[] = {
		{ "", 0 }, { "\0", 1 }, { "a", 1 }, { "a\0", 2 }, { "a\0\0", 3 },
		{ "abcdefg", 7 }, { "abcdefg\0", 8 }, { "abcdefgh", 8 },
		{ "abcdefgh\0", 9 }, { "abcdefghi", 9 }, { "abcdefghij", 10 },
		{ "abcdefghia", 10 }, { "abcdefgh\xff", 9 }, { "abcdefg\xff", 8 },
		{ "\xff\xff\xff\xff\xff\xff\xff\xff", 8 },
		{ "\xff\xff\xff\xff\xff\xff\xff\xff\xff", 9 },
		{ "\xff\xff\xff\xff\xff\xff\xff", 7 }, { "b", 1 },
		{ "abcdefghijklmnopqrstuvwxyz0", 27 },
		{ "abcdefghijklmnopqrstuvwxyz", 26 },
		{ "abcdefghijklmnopqrstuvwxyz1", 27 },
	};
	for (int order = 0; order < 2; order++) {
		struct tk_counter *c = tk_counter_new(3);
		for (size_t i = TK_LEN(keys); i-- > 0;)
			tk_counter_add(c, keys[i].k, keys[i].n, 2);
		tk_counter_add(c, "zz", 2, 3); /* a higher count goes first */
		size_t n = TK_LEN(keys) + 1;
		struct tk_entry *v = tk_counter_entries(c);
		qsort(v, n, sizeof *v, order ? ref_entry_key_cmp : ref_report_cmp);
		ck_assert_uint_eq(tk_counter_sort(c, order ? TK_ORDER_KEY
		                                           : TK_ORDER_REPORT,
		                                  NULL, NULL), n);
		for (size_t i = 0; i < n; i++) {
			struct tk_entry e = tk_counter_at(c, i);
			ck_assert_uint_eq(e.len, v[i].len);
			ck_assert(e.key == v[i].key);
		}
		if (order == 0)
			ck_assert_span_eq(tk_counter_at(c, 0).key,
			                  tk_counter_at(c, 0).len, "zz");
		free(v);
		tk_counter_free(c);
	}
}
END_TEST

static void sum_each(void *ctx, const struct tk_entry *e)
{
	uint64_t *s = ctx;
	s[0] += e->count;
	s[1]++;
	ck_assert(e->len == 0 || e->key != NULL);
}

/* tk_counter_each visits every entry once; bytes grow with the keys and
 * cover at least the key bytes and 5-byte slots. */
START_TEST(each_and_bytes)
{
	struct tk_counter *c = tk_counter_new(0);
	size_t b0 = tk_counter_bytes(c), keybytes = 0;
	char k[32];
	for (int i = 0; i < 100000; i++) {
		int n = snprintf(k, sizeof k, "k%d", i);
		tk_counter_add(c, k, (size_t)n, 2);
		keybytes += (size_t)n;
	}
	uint64_t s[2] = { 0, 0 };
	tk_counter_each(c, sum_each, s);
	ck_assert_uint_eq(s[0], 200000);
	ck_assert_uint_eq(s[1], 100000);
	ck_assert_uint_gt(tk_counter_bytes(c), b0);
	ck_assert_uint_ge(tk_counter_bytes(c), keybytes + 100000 * 5);
	ck_assert_uint_le(tk_counter_bytes(c), keybytes * 5 + (4u << 20));
	tk_counter_clear(c);
	ck_assert_uint_eq(tk_counter_bytes(c), b0);
	tk_counter_free(c);
}
END_TEST

/* tk_counter_reset empties a table as clear does, keeping a little
 * memory: a big table gives back the rest, a small one keeps its size,
 * and keys counted again count from 0. */
START_TEST(reset)
{
	struct tk_counter *c = tk_counter_new(0);
	size_t b0 = tk_counter_bytes(c);
	char k[32];
	for (int round = 0; round < 3; round++) {
		int keys = round == 1 ? 100000 : 1000;
		for (int i = 0; i < keys; i++) {
			int n = snprintf(k, sizeof k, "k%d", i);
			tk_counter_add(c, k, (size_t)n, (uint64_t)round + 1);
		}
		ck_assert_uint_eq(tk_counter_size(c), (size_t)keys);
		ck_assert_uint_eq(tk_counter_get(c, "k7", 2), (uint64_t)round + 1);
		ck_assert_uint_eq(tk_counter_total(c, NULL),
		                  (uint64_t)keys * (uint64_t)(round + 1));
		size_t full = tk_counter_bytes(c);
		tk_counter_reset(c);
		ck_assert_uint_eq(tk_counter_size(c), 0);
		ck_assert_uint_eq(tk_counter_get(c, "k7", 2), 0);
		ck_assert_uint_le(tk_counter_bytes(c), b0 + (64u << 10) + 4096 * 5 +
		                                           16 * 24);
		if (round == 0) /* 1,000 keys: the same memory again */
			ck_assert_uint_eq(tk_counter_bytes(c), full);
	}
	/* A key longer than a block goes to a block of its own, which a
	 * reset frees. */
	char *big = malloc(1 << 20);
	memset(big, 'x', 1 << 20);
	tk_counter_add(c, big, 1 << 20, 1);
	tk_counter_reset(c);
	ck_assert_uint_le(tk_counter_bytes(c), b0 + (64u << 10) + 4096 * 5 +
	                                           16 * 24);
	tk_counter_add(c, "a", 1, 1);
	ck_assert_uint_eq(tk_counter_get(c, "a", 1), 1);
	free(big);
	tk_counter_free(c);
}
END_TEST

/* Small entries (count < 8, key < 16 bytes) that move to full ones, the
 * dead entries they leave behind, and growth by 1.5 and 4/3 past 64 Ki
 * slots, against a plain array of counts: every key's count, the walks
 * (each, entries, total, merge, absorb, grow) skip the dead entries,
 * and keys of 15 and 16 bytes (small and full from the start). */
START_TEST(small_entries_promoted)
{
	enum { N = 120000 };
	uint64_t *want = calloc(N, sizeof *want);
	ck_assert_ptr_nonnull(want);
	struct tk_counter *c = tk_counter_new(3);
	char k[32];
	uint64_t s = 0x1234567ull;
	/* rounds of small additions: keys cross 7 at different times, some
	 * by one step of 1, some by a jump */
	for (int round = 0; round < 6; round++)
		for (size_t i = 0; i < N; i++) {
			uint64_t n = unit_rand(&s) % 4;
			size_t len = 8 + i % 9; /* 8..16 bytes: small and full */
			snprintf(k, sizeof k, "%0*zu", (int)len, i);
			ck_assert_int_eq(tk_counter_add(c, k, len, n), TK_OK);
			want[i] += n;
		}
	ck_assert_uint_eq(tk_counter_size(c), N);
	uint64_t total = 0;
	for (size_t i = 0; i < N; i++) {
		size_t len = 8 + i % 9;
		snprintf(k, sizeof k, "%0*zu", (int)len, i);
		ck_assert_uint_eq(tk_counter_get(c, k, len), want[i]);
		total += want[i];
	}
	ck_assert_uint_eq(tk_counter_total(c, NULL), total);
	uint64_t sum[2] = { 0, 0 };
	tk_counter_each(c, sum_each, sum);
	ck_assert_uint_eq(sum[0], total);
	ck_assert_uint_eq(sum[1], N);
	struct tk_entry *v = tk_counter_entries(c);
	uint64_t t2 = 0;
	for (size_t i = 0; i < N; i++)
		t2 += v[i].count;
	ck_assert_uint_eq(t2, total);
	free(v);
	/* merge and absorb read the blocks: the same table again */
	struct tk_counter *m = tk_counter_new(4), *a = tk_counter_new(5);
	ck_assert_int_eq(tk_counter_merge(m, c), TK_OK);
	ck_assert_int_eq(tk_counter_merge(m, c), TK_OK); /* doubles: promotes */
	ck_assert_int_eq(tk_counter_absorb(a, c), TK_OK);
	ck_assert_uint_eq(tk_counter_size(c), 0);
	ck_assert_uint_eq(tk_counter_size(m), N);
	ck_assert_uint_eq(tk_counter_size(a), N);
	for (size_t i = 0; i < N; i++) {
		size_t len = 8 + i % 9;
		snprintf(k, sizeof k, "%0*zu", (int)len, i);
		ck_assert_uint_eq(tk_counter_get(m, k, len), 2 * want[i]);
		ck_assert_uint_eq(tk_counter_get(a, k, len), want[i]);
	}
	/* the report order after promotions: count descending, then key */
	ck_assert_uint_eq(tk_counter_sort(a, TK_ORDER_REPORT, NULL, NULL), N);
	for (size_t i = 1; i < N; i++) {
		struct tk_entry x = tk_counter_at(a, i - 1), y = tk_counter_at(a, i);
		ck_assert(x.count > y.count ||
		          (x.count == y.count &&
		           tk_key_cmp(x.key, x.len, y.key, y.len) < 0));
	}
	tk_counter_free(m);
	tk_counter_free(a);
	tk_counter_free(c);
	free(want);
}
END_TEST

Suite *counter_suite(void)
{
	Suite *s = suite_create("counter");
	TCase *t = tcase_create("core");
	/* Tables of 10^5 keys and more, under ASan on a busy machine. */
	tcase_set_timeout(t, 120);
	tcase_add_test(t, add_and_get);
	tcase_add_test(t, growth_many_keys);
	tcase_add_test(t, overflow_detected);
	tcase_add_test(t, merge_tables);
	tcase_add_test(t, hash_seeded_and_total);
	tcase_add_test(t, sort_in_place);
	tcase_add_test(t, wide_counts);
	tcase_add_test(t, merge_overflow);
	tcase_add_test(t, key_sizes);
	tcase_add_loop_test(t, differential, 0, 4);
	tcase_add_test(t, sort_prefix_ties);
	tcase_add_test(t, sort_sizes);
	tcase_add_test(t, each_and_bytes);
	tcase_add_test(t, reset);
	tcase_add_test(t, small_entries_promoted);
	suite_add_tcase(s, t);
	return s;
}
