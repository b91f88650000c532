/* check_core.c - lib/buf, lib/arena, lib/xalloc growth, lib/cli parsers. */
#include "unit.h"
#include "base/arena.h"
#include "base/buf.h"
#include "cli/cli.h"
#include "base/xalloc.h"

#include <stdlib.h>

START_TEST(buf_grows_and_consumes)
{
	struct tk_buf b = TK_BUF_INIT;
	for (int i = 0; i < 100000; i++)
		tk_buf_addc(&b, (char)('a' + i % 26));
	ck_assert_uint_eq(b.len, 100000);
	ck_assert_int_eq(b.data[99999], 'a' + 99999 % 26);
	tk_buf_consume(&b, 99990);
	ck_assert_uint_eq(b.len, 10);
	tk_buf_consume_at(&b, 2, 3);
	ck_assert_uint_eq(b.len, 7);
	ck_assert_str_eq(tk_buf_cstr(&b), "uvzabcd");
	tk_buf_free(&b);
}
END_TEST

/* data + len is defined after any add, even of nothing (fuzz_count:
 * NULL + 0 when every n-gram unit was empty). */
START_TEST(buf_data_after_empty_add)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_add(&b, "", 0);
	ck_assert_ptr_nonnull(b.data);
	ck_assert_uint_eq(b.len, 0);
	tk_buf_free(&b);
	tk_buf_reserve(&b, 0);
	ck_assert_ptr_nonnull(b.data);
	tk_buf_free(&b);
}
END_TEST

/* tk_copy_short() against memcpy(), its slow twin: every length up to
 * 40, every offset of source and destination within 8 bytes. */
START_TEST(copy_short_is_memcpy)
{
	char src[64], a[64], b[64];
	for (size_t i = 0; i < sizeof src; i++)
		src[i] = (char)(i * 37 + 11);
	for (size_t n = 0; n <= 40; n++)
		for (size_t so = 0; so < 8; so++)
			for (size_t d = 0; d < 8; d++) {
				memset(a, 0x55, sizeof a);
				memset(b, 0x55, sizeof b);
				tk_copy_short(a + d, src + so, n);
				memcpy(b + d, src + so, n);
				ck_assert_mem_eq(a, b, sizeof a);
			}
}
END_TEST

START_TEST(arena_keeps_pointers)
{
	struct tk_arena a = TK_ARENA_INIT;
	char *first = tk_arena_memdup(&a, "first", 5);
	for (int i = 0; i < 100000; i++)
		tk_arena_alloc(&a, 17, 8);
	char *big = tk_arena_alloc(&a, 10 << 20, 16); /* larger than a block */
	ck_assert_ptr_nonnull(big);
	ck_assert_uint_eq((uintptr_t)big % 16, 0);
	ck_assert_str_eq(first, "first");
	ck_assert_uint_ge(tk_arena_bytes(&a), 100000u * 17 + (10u << 20));
	tk_arena_free(&a);
}
END_TEST

START_TEST(xgrow_policy)
{
	ck_assert_uint_eq(xgrow(0, 1, 256), 256);
	ck_assert_uint_eq(xgrow(256, 300, 256), 384);
	ck_assert_uint_ge(xgrow(1000, 100000, 16), 100000);
}
END_TEST

START_TEST(parse_numbers)
{
	ck_assert_uint_eq(tk_parse_u64("-n", "42", 0, 100), 42);
	ck_assert_uint_eq(tk_parse_u64("-n", "18446744073709551615", 0, UINT64_MAX), UINT64_MAX);
	ck_assert_uint_eq(tk_parse_size("--max-memory", "64M"), 64u << 20);
	ck_assert_uint_eq(tk_parse_size("--max-memory", "1024"), 1024);
	static const char *const ch[] = { "tsv", "csv", NULL };
	ck_assert_int_eq(tk_parse_keyword("--format", "csv", ch), 1);
}
END_TEST

/* Each bad value is a usage error: exit status 2. */
START_TEST(parse_negative) { tk_parse_u64("-n", "-1", 0, 100); }
END_TEST
START_TEST(parse_garbage) { tk_parse_u64("-n", "12abc", 0, 100); }
END_TEST
START_TEST(parse_overflow) { tk_parse_u64("-n", "99999999999999999999", 0, UINT64_MAX); }
END_TEST
START_TEST(parse_range) { tk_parse_u64("-n", "101", 0, 100); }
END_TEST
START_TEST(parse_empty) { tk_parse_u64("-n", "", 0, 100); }
END_TEST
START_TEST(parse_keyword_bad) { static const char *const ch[] = { "a", NULL }; tk_parse_keyword("--x", "b", ch); }
END_TEST

Suite *core_suite(void)
{
	Suite *s = suite_create("core");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, buf_grows_and_consumes);
	tcase_add_test(tc, buf_data_after_empty_add);
	tcase_add_test(tc, copy_short_is_memcpy);
	tcase_add_test(tc, arena_keeps_pointers);
	tcase_add_test(tc, xgrow_policy);
	tcase_add_test(tc, parse_numbers);
	suite_add_tcase(s, tc);
	TCase *bad = tcase_create("usage-errors");
	tcase_add_exit_test(bad, parse_negative, 2);
	tcase_add_exit_test(bad, parse_garbage, 2);
	tcase_add_exit_test(bad, parse_overflow, 2);
	tcase_add_exit_test(bad, parse_range, 2);
	tcase_add_exit_test(bad, parse_empty, 2);
	tcase_add_exit_test(bad, parse_keyword_bad, 2);
	suite_add_tcase(s, bad);
	return s;
}
