/* check_tsv.c - lib/tsv: parsing count<TAB>key rows, unescaping keys,
 * checked sums. */
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

static void unescaped(const char *in, size_t n, const char *want, size_t wn)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_adds(&b, "x"); /* appends */
	tk_tsv_unescape(in, n, &b);
	ck_assert_uint_eq(b.len, wn + 1);
	ck_assert_mem_eq(b.data + 1, want, wn);
	tk_buf_free(&b);
}

START_TEST(unescape_keys)
{
	unescaped("a\\tb", 4, "a\tb", 3);
	unescaped("\\t\\n\\r\\\\", 8, "\t\n\r\\", 4);
	/* any other byte after a backslash, or none: the backslash stays */
	unescaped("a\\b\\", 4, "a\\b\\", 4);
	unescaped("\\\\\\", 3, "\\\\", 2);
	unescaped("", 0, "", 0);
	unescaped("p\0q", 3, "p\0q", 3);
}
END_TEST

/* The eight-bytes-at-a-time scan against its byte loop: every special
 * byte (and bytes near it: controls, 0x5B, 0x5D, 0x80+) at every place
 * of strings of every length up to 40, at every alignment. */
START_TEST(plain_prefix_fast_equals_slow)
{
	static const unsigned char probe[] = {
		'\t', '\n', '\r', '\\', 0, 1, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F,
		' ', 0x5B, 0x5D, 0x5C ^ 0x80, 0x7F, 0x80, 0xC3, 0xFF, 'a',
	};
	char buf[64];
	for (size_t n = 0; n <= 40; n++)
		for (size_t off = 0; off < 8; off++)
			for (size_t at = 0; at <= n; at++)
				for (size_t p = 0; p < sizeof probe; p++) {
					memset(buf, 'x', sizeof buf);
					if (at < n)
						buf[off + at] = (char)probe[p];
					ck_assert_uint_eq(
					    tk_tsv_plain_prefix(buf + off, n),
					    tk_tsv_plain_prefix_slow(buf + off, n));
				}
	/* random bytes, mostly high and printable */
	uint64_t r = 12345;
	for (int t = 0; t < 20000; t++) {
		size_t n = unit_rand(&r) & 31;
		for (size_t i = 0; i < n; i++)
			buf[i] = (char)unit_rand(&r);
		ck_assert_uint_eq(tk_tsv_plain_prefix(buf, n),
		                  tk_tsv_plain_prefix_slow(buf, n));
	}
}
END_TEST

Suite *tsv_suite(void)
{
	Suite *s = suite_create("tsv");
	TCase *t = tcase_create("core");
	tcase_add_test(t, parse_rows);
	tcase_add_test(t, malformed_rows);
	tcase_add_test(t, unescape_keys);
	tcase_add_test(t, plain_prefix_fast_equals_slow);
	tcase_add_test(t, checked_sum);
	suite_add_tcase(s, t);
	return s;
}
