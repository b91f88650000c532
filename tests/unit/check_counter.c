/* check_counter.c - lib/counter: counting, growth, overflow, merge. */
#include "unit.h"
#include "counter.h"

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
		ck_assert_int_eq(v[i].key[v[i].len], '\0');
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
static int ref_report(const void *a, const void *b)
{
	const struct tk_entry *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->key, y->key, n);
	return c ? c : (x->len > y->len) - (x->len < y->len);
}

static bool odd_only(void *ctx, const struct tk_entry *e)
{
	(void)ctx;
	return e->count % 2 == 1;
}

START_TEST(sort_in_place)
{
	for (int order = 0; order < 2; order++) {
		struct tk_counter *c = tk_counter_new(99);
		unsigned x = 12345;
		char k[8];
		for (int i = 0; i < 20000; i++) {
			x = x * 1103515245 + 12345;
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
		qsort(v, kept, sizeof *v, ref_report);
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

Suite *counter_suite(void)
{
	Suite *s = suite_create("counter");
	TCase *t = tcase_create("core");
	tcase_add_test(t, add_and_get);
	tcase_add_test(t, growth_many_keys);
	tcase_add_test(t, overflow_detected);
	tcase_add_test(t, merge_tables);
	tcase_add_test(t, hash_seeded_and_total);
	tcase_add_test(t, sort_in_place);
	suite_add_tcase(s, t);
	return s;
}
