/* check_utf8.c - lib/utf8: strict validation, encode/decode, boundaries. */
#include "unit.h"
#include "utf8.h"

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

Suite *utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, valid_sequences);
	tcase_add_test(tc, ill_formed);
	tcase_add_test(tc, encode_decode_roundtrip);
	tcase_add_test(tc, ascii_run_and_boundary);
	suite_add_tcase(s, tc);
	return s;
}
