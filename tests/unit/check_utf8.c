/* check_utf8.c - lib/utf8: strict validation, encode/decode, boundaries. */
#include "unit.h"
#include "base/utf8.h"

START_TEST(valid_sequences)
{
	ck_assert_int_eq(tk_utf8_check("a", 1), 1);
	ck_assert_int_eq(tk_utf8_check("\xC3\xA9", 2), 2);
	ck_assert_int_eq(tk_utf8_check("\xE2\x80\x94", 3), 3);
	ck_assert_int_eq(tk_utf8_check("\xF0\x9F\x98\x80", 4), 4);
	ck_assert_int_eq(tk_utf8_check("\xF4\x8F\xBF\xBF", 4), 4);
}
END_TEST

START_TEST(ill_formed)
{
	ck_assert_int_eq(tk_utf8_check("\x80", 1), -1);         /* stray continuation */
	ck_assert_int_eq(tk_utf8_check("\xC0\xAF", 2), -1);     /* overlong lead */
	ck_assert_int_eq(tk_utf8_check("\xE0\x80\xAF", 3), -1); /* overlong */
	ck_assert_int_eq(tk_utf8_check("\xED\xA0\x80", 3), -1); /* surrogate */
	ck_assert_int_eq(tk_utf8_check("\xF4\x90\x80\x80", 4), -1); /* > U+10FFFF */
	ck_assert_int_eq(tk_utf8_check("\xFF", 1), -1);
	ck_assert_int_eq(tk_utf8_check("\xE2\x80x", 3), -2);    /* truncated */
	ck_assert_int_eq(tk_utf8_check("\xF0\x9F\x98", 3), 0);  /* incomplete */
}
END_TEST

START_TEST(encode_decode_roundtrip)
{
	static const tk_char cps[] = { 0, 0x41, 0x7F, 0x80, 0x7FF, 0x800,
	                               0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF };
	for (size_t i = 0; i < TK_LEN(cps); i++) {
		char b[4];
		tk_char c;
		int n = tk_utf8_encode(cps[i], b);
		ck_assert_int_eq(tk_utf8_check(b, (size_t)n), n);
		ck_assert_int_eq(tk_utf8_decode(b, &c), n);
		ck_assert_uint_eq(c, cps[i]);
		ck_assert_int_eq(tk_utf8_decode_last(b, (size_t)n, &c), n);
		ck_assert_uint_eq(c, cps[i]);
	}
}
END_TEST

START_TEST(ascii_run_and_boundary)
{
	ck_assert_uint_eq(tk_ascii_run("hello world, this is ascii\xC3\xA9", 28), 26);
	ck_assert_uint_eq(tk_ascii_run("", 0), 0);
	ck_assert_uint_eq(tk_utf8_boundary("ab\xE2\x80", 4), 2);
	ck_assert_uint_eq(tk_utf8_boundary("ab\xE2\x80\x94", 5), 5);
	ck_assert_uint_eq(tk_utf8_boundary("abc", 3), 3);
	ck_assert_uint_eq(tk_utf8_valid_prefix("ok\xC3\xA9\xE2", 5), 4);
}
END_TEST

/* Reference: the valid prefix by repeated tk_utf8_check calls. */
static size_t ref_valid_prefix(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		int r = tk_utf8_check(s + i, n - i);
		if (r <= 0)
			break;
		i += (size_t)r;
	}
	return i;
}

/* The fast validator against the reference on random strings built from
 * the bytes where the rules change (boundaries of Table 3-7). */
START_TEST(valid_prefix_differential)
{
	static const unsigned char alphabet[] = {
		0x00, 'a', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
		0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3,
		0xF4, 0xF5, 0xFF
	};
	uint64_t seed = 12345;
	char buf[24];
	for (int iter = 0; iter < 300000; iter++) {
		size_t n = (size_t)(iter % 23) + 1;
		for (size_t k = 0; k < n; k++) {
			buf[k] = (char)alphabet[unit_rand(&seed) % sizeof alphabet];
		}
		size_t want = ref_valid_prefix(buf, n);
		size_t got = tk_utf8_valid_prefix(buf, n);
		ck_assert_msg(got == want, "iteration %d: got %zu, want %zu", iter,
		              got, want);
	}
}
END_TEST

Suite *utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, valid_sequences);
	tcase_add_test(tc, ill_formed);
	tcase_add_test(tc, encode_decode_roundtrip);
	tcase_add_test(tc, ascii_run_and_boundary);
	tcase_add_test(tc, valid_prefix_differential);
	suite_add_tcase(s, tc);
	return s;
}
