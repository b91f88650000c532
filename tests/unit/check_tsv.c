/* check_tsv.c - lib/tsv: parsing count<TAB>key rows, checked sums. */
#include "unit.h"
#include "cli/tsv.h"

START_TEST(parse_rows)
{
	struct tk_span k;
	uint64_t n;
	ck_assert_int_eq(tk_tsv_parse("12\tthe", 6, false, &k, &n), TK_OK);
	ck_assert_uint_eq(n, 12);
	ck_assert_span_eq(k.p, k.len, "the");
	ck_assert_int_eq(tk_tsv_parse("3\ta\tb", 5, false, &k, &n), TK_OK);
	ck_assert_span_eq(k.p, k.len, "a\tb");
	ck_assert_int_eq(tk_tsv_parse("a\tb\t7", 5, true, &k, &n), TK_OK);
	ck_assert_uint_eq(n, 7);
	ck_assert_span_eq(k.p, k.len, "a\tb");
	ck_assert_int_eq(tk_tsv_parse("0\t", 2, false, &k, &n), TK_OK);
	ck_assert_uint_eq(k.len, 0);
	ck_assert_int_eq(tk_tsv_parse("18446744073709551615\tx", 22, false, &k, &n), TK_OK);
	ck_assert_uint_eq(n, UINT64_MAX);
}
END_TEST

START_TEST(malformed_rows)
{
	struct tk_span k;
	uint64_t n;
	ck_assert_int_eq(tk_tsv_parse("the", 3, false, &k, &n), TK_EINVAL);
	ck_assert_int_eq(tk_tsv_parse("", 0, false, &k, &n), TK_EINVAL);
	ck_assert_int_eq(tk_tsv_parse("\tthe", 4, false, &k, &n), TK_EINVAL);
	ck_assert_int_eq(tk_tsv_parse("-1\tthe", 6, false, &k, &n), TK_EINVAL);
	ck_assert_int_eq(tk_tsv_parse(" 1\tthe", 6, false, &k, &n), TK_EINVAL);
	ck_assert_int_eq(tk_tsv_parse("1x\tthe", 6, false, &k, &n), TK_EINVAL);
	ck_assert_int_eq(tk_tsv_parse("the\t1", 5, false, &k, &n), TK_EINVAL);
	ck_assert_int_eq(tk_tsv_parse("1\tthe", 5, true, &k, &n), TK_EINVAL);
	ck_assert_int_eq(tk_tsv_parse("18446744073709551616\tx", 22, false, &k, &n), TK_EOVERFLOW);
	ck_assert_int_eq(tk_tsv_parse("99999999999999999999x\tx", 23, false, &k, &n), TK_EINVAL);
}
END_TEST

START_TEST(checked_sum)
{
	uint64_t s = UINT64_MAX - 2;
	ck_assert_int_eq(tk_u64_add(&s, 2), TK_OK);
	ck_assert_int_eq(tk_u64_add(&s, 1), TK_EOVERFLOW);
	ck_assert_uint_eq(s, UINT64_MAX);
}
END_TEST

Suite *tsv_suite(void)
{
	Suite *s = suite_create("tsv");
	TCase *t = tcase_create("core");
	tcase_add_test(t, parse_rows);
	tcase_add_test(t, malformed_rows);
	tcase_add_test(t, checked_sum);
	suite_add_tcase(s, t);
	return s;
}
