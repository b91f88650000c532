/* check_wordbreak.c - lib/wordbreak: the ASCII fast path gives exactly
 * libunistring's boundaries (differential test on generated text). */
#include "unit.h"
#include "wordbreak.h"

#include <stdlib.h>

/* Deterministic generator (tests must be reproducible). */
static uint32_t rnd(uint32_t *st)
{
	*st ^= *st << 13;
	*st ^= *st >> 17;
	*st ^= *st << 5;
	return *st;
}

/* Characters that exercise every ASCII rule, plus non-ASCII ones next to
 * them (marks, ZWJ, emoji, ideographs, Hebrew, katakana, NBSP). */
static const char *const pieces[] = {
	"a", "Z", "7", "0", "_", ".", ",", ";", ":", "'", "\"", " ", "  ",
	"\t", "\r", "\n", "\r\n", "\v", "-", "$", "#", "@",
	"\xCC\x81" /* U+0301 */, "\xE2\x80\x8D" /* ZWJ */,
	"\xF0\x9F\x91\x8D" /* thumbs up */, "\xF0\x9F\x87\xAB" /* RI F */,
	"\xE6\x9D\xB1" /* ideograph */, "\xD7\x90" /* alef */,
	"\xE3\x82\xAB" /* katakana */, "\xC2\xA0" /* NBSP */,
	"\xC3\xA9" /* e acute */, "\xE2\x80\x99" /* U+2019 */,
	"\xE3\x80\x80" /* ideographic space */, "\xEF\xBB\xBF" /* ZWNBSP */,
};

START_TEST(ascii_segment_matches_libunistring)
{
	uint32_t st = 12345;
	char s[64], fast[64], slow[64];
	for (int iter = 0; iter < 20000; iter++) {
		size_t n = 1 + rnd(&st) % 12;
		for (size_t i = 0; i < n; i++) {
			static const char ascii[] = "aZ7_.,;:'\" \t\r\n\v-$";
			s[i] = ascii[rnd(&st) % (sizeof ascii - 1)];
		}
		tk_wordbreaks(s, n, fast);
		tk_wordbreaks_slow(s, n, slow);
		ck_assert_msg(memcmp(fast + 1, slow + 1, n - 1) == 0,
		              "boundaries differ for \"%.*s\"", (int)n, s);
		/* segment by segment */
		size_t i = 0;
		while (i < n) {
			size_t j = i + tk_wb_ascii_segment(s + i, n - i);
			ck_assert(j > i && j <= n);
			for (size_t k = i + 1; k < j; k++)
				ck_assert_msg(!slow[k], "\"%.*s\": no break at %zu",
				              (int)n, s, k);
			ck_assert_msg(j == n || slow[j], "\"%.*s\": break at %zu",
			              (int)n, s, j);
			i = j;
		}
	}
}
END_TEST

START_TEST(mixed_text_matches_libunistring)
{
	uint32_t st = 777;
	char s[256], fast[256], slow[256];
	for (int iter = 0; iter < 8000; iter++) {
		size_t n = 0, parts = 1 + rnd(&st) % 10;
		for (size_t p = 0; p < parts; p++) {
			const char *x = pieces[rnd(&st) % TK_LEN(pieces)];
			size_t l = strlen(x);
			memcpy(s + n, x, l);
			n += l;
		}
		tk_wordbreaks(s, n, fast);
		tk_wordbreaks_slow(s, n, slow);
		ck_assert_msg(memcmp(fast + 1, slow + 1, n - 1) == 0,
		              "boundaries differ for \"%.*s\"", (int)n, s);
	}
}
END_TEST

START_TEST(examples)
{
	char p[32];
	const char *s = "can't 3.14 a.b";
	tk_wordbreaks(s, strlen(s), p);
	ck_assert_int_eq(p[3], 0);  /* can't: WB6/7 */
	ck_assert_int_eq(p[5], 1);
	ck_assert_int_eq(p[7], 0);  /* 3.14: WB11/12 */
	ck_assert_int_eq(p[12], 0); /* a.b */
	ck_assert_uint_eq(tk_wb_ascii_segment("don't.", 6), 5);
	ck_assert_uint_eq(tk_wb_ascii_segment("1,000,", 6), 5);
	ck_assert_uint_eq(tk_wb_ascii_segment("\r\nx", 3), 2);
	ck_assert_uint_eq(tk_wb_ascii_segment("   x", 4), 3);
	ck_assert_uint_eq(tk_wb_ascii_segment("a_1_b-", 6), 5);
}
END_TEST

Suite *wordbreak_suite(void)
{
	Suite *s = suite_create("wordbreak");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, examples);
	tcase_add_test(tc, ascii_segment_matches_libunistring);
	tcase_add_test(tc, mixed_text_matches_libunistring);
	suite_add_tcase(s, tc);
	return s;
}
