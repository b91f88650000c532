/* check_grapheme.c - lib/grapheme: clusters, and the ASCII fast path
 * against libunistring alone (differential, on generated strings). */
#include "unit.h"
#include "text/grapheme.h"
#include "base/utf8.h"

/* Number of clusters in s, through tk_grapheme_breaks. */
static size_t count(const char *s)
{
	char brk[256];
	size_t n = strlen(s), k = 0;
	tk_grapheme_breaks(s, n, brk);
	for (size_t i = 0; i < n; i++) {
		ck_assert(brk[i] == 0 || brk[i] == 1);
		k += (size_t)brk[i];
	}
	ck_assert(n == 0 || brk[0] == 1);
	return k;
}

START_TEST(clusters)
{
	ck_assert_uint_eq(count("ab"), 2);
	ck_assert_uint_eq(count("\r\n"), 1);
	ck_assert_uint_eq(count("a\r\nb\n\r"), 5);
	/* e + U+0301 COMBINING ACUTE ACCENT: one cluster. */
	ck_assert_uint_eq(count("e\xCC\x81x"), 2);
	ck_assert_uint_eq(count("ae\xCC\x81\xC3\xA9"), 3);
	/* Flags: regional indicators pair up (DE, then a lone D). */
	ck_assert_uint_eq(count("\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA\xF0\x9F\x87\xA9"), 2);
	/* Emoji ZWJ sequence: woman ZWJ laptop is one. */
	ck_assert_uint_eq(count("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"), 1);
	/* Hangul jamo L V T: one syllable. */
	ck_assert_uint_eq(count("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8"), 1);
	ck_assert_uint_eq(count(""), 0);
}
END_TEST

static uint64_t rng = 88172645463325252u;
static uint32_t next(void)
{
	return unit_rand(&rng);
}

START_TEST(fast_path_matches_libunistring)
{
	/* Code points that interact with grapheme rules: ASCII, CR, LF,
	 * combining marks, ZWJ, emoji, regional indicators, Hangul jamo,
	 * spacing marks, prepend, variation selectors. */
	static const tk_char pool[] = {
		'a', 'Z', ' ', '.', '\r', '\n', '1', 'a', 'b', 'c',
		0x301, 0x308, 0x200D,
		0x1F600, 0x1F469, 0x2764, 0xFE0F, 0x1F1E9, 0x1F1EA, 0x1100,
		0x1161, 0x11A8, 0xAC00, 0x903, 0x600, 0xE9, 0x3042, 0x1F3FB,
	};
	char s[40 * 4];
	for (int iter = 0; iter < 20000; iter++) {
		/* Half the strings all ASCII, to exercise the fast path. */
		size_t pn = iter % 2 ? TK_LEN(pool) : 10;
		size_t n = 0;
		int k = 1 + (int)(next() % 40);
		for (int j = 0; j < k; j++)
			n += (size_t)tk_utf8_encode(pool[next() % pn], s + n);
		char f[sizeof s], l[sizeof s];
		tk_grapheme_breaks(s, n, f);
		tk_grapheme_breaks_slow(s, n, l);
		ck_assert(memcmp(f, l, n) == 0);
	}
}
END_TEST

Suite *grapheme_suite(void)
{
	Suite *s = suite_create("grapheme");
	TCase *tc = tcase_create("clusters");
	tcase_add_test(tc, clusters);
	tcase_add_test(tc, fast_path_matches_libunistring);
	suite_add_tcase(s, tc);
	return s;
}
