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
	enum { N = 200000 };
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

Suite *counter_suite(void)
{
	Suite *s = suite_create("counter");
	TCase *t = tcase_create("core");
	tcase_add_test(t, add_and_get);
	tcase_add_test(t, growth_many_keys);
	tcase_add_test(t, overflow_detected);
	tcase_add_test(t, merge_tables);
	tcase_add_test(t, hash_seeded_and_total);
	suite_add_tcase(s, t);
	return s;
}
