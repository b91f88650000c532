/* check_wordbreak.c - lib/wordbreak: the ASCII fast path and the
 * table-driven rules give exactly libunistring's boundaries
 * (differential tests on generated text). */
#include "unit.h"
#include "text/wordbreak.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <unictype.h>
#include <uniwbrk.h>

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

/* The property table is libunistring's on every code point (pages
 * filled on first use, by two threads at once). */
START_TEST(property_table_equals_libunistring)
{
	ck_assert_table_twice(tk_wordbreak_check_props, "property");
}
END_TEST

/* Every code point but surrogates, grouped by Word_Break class (with
 * Extended_Pictographic ones a class of their own, and unassigned code
 * points one too, whatever their class), so that random sequences draw
 * every class equally often. */
enum { NCLASS = 32 };
static tk_char *pool[NCLASS];
static size_t pooln[NCLASS];

static void fill_pool(void)
{
	if (pool[0])
		return;
	static size_t cap[NCLASS];
	for (tk_char c = 0; c < 0x110000; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		int k = uc_wordbreak_property(c);
		if (uc_is_property_extended_pictographic(c))
			k = 30;
		else if (uc_is_general_category(c, UC_CATEGORY_Cn))
			k = 29;
		ck_assert(k >= 0 && k < NCLASS);
		if (pooln[k] == cap[k]) {
			cap[k] = cap[k] ? 2 * cap[k] : 64;
			pool[k] = realloc(pool[k], cap[k] * sizeof *pool[k]);
			ck_assert_ptr_nonnull(pool[k]);
		}
		pool[k][pooln[k]++] = c;
	}
	/* and the characters the rules name most: ' ’ . , : " ZWJ */
	static const tk_char extra[] = { '\'', 0x2019, '.', ',', ':', '"',
	                                 0x200D, ' ', 0x1F1E6, 0x05D0 };
	pool[31] = malloc(sizeof extra);
	ck_assert_ptr_nonnull(pool[31]);
	memcpy(pool[31], extra, sizeof extra);
	pooln[31] = TK_LEN(extra);
}

static size_t gen_classes(uint32_t *st, char *s, size_t maxchars)
{
	size_t n = 0, len = 1 + rnd(st) % maxchars;
	/* mostly a few classes per string, so that rules get their
	 * three-character contexts */
	int few[3];
	for (int k = 0; k < 3; k++)
		do
			few[k] = (int)(rnd(st) % NCLASS);
		while (!pooln[few[k]]);
	for (size_t i = 0; i < len; i++) {
		int k = few[rnd(st) % 3];
		if (rnd(st) % 4 == 0)
			do
				k = (int)(rnd(st) % NCLASS);
			while (!pooln[k]);
		n += (size_t)tk_utf8_encode(pool[k][rnd(st) % pooln[k]], s + n);
	}
	return n;
}

/* The table-driven rules give u8_wordbreaks' boundaries on long random
 * sequences drawn from every Word_Break class (unassigned and
 * supplementary code points included), alone and behind the ASCII
 * fast path. */
START_TEST(table_matches_libunistring)
{
	fill_pool();
	uint32_t st = 4242;
	enum { MAXC = 48 };
	char s[MAXC * 4], tab[MAXC * 4], fast[MAXC * 4], slow[MAXC * 4];
	for (int iter = 0; iter < unit_scale(300000); iter++) {
		size_t n = gen_classes(&st, s, iter % 10 == 0 ? MAXC : 8);
		tk_wordbreaks_table(s, n, tab);
		tk_wordbreaks_slow(s, n, slow);
		ck_assert_msg(memcmp(tab, slow, n) == 0,
		              "boundaries differ for \"%.*s\"", (int)n, s);
		tk_wordbreaks(s, n, fast);
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
	tcase_add_test(tc, property_table_equals_libunistring);
	tcase_add_test(tc, table_matches_libunistring);
	suite_add_tcase(s, tc);
	return s;
}
