/* check_width.c - lib/text/width: cluster widths, cuts at cluster
 * boundaries, and the ASCII path against the general one. */
#include "unit.h"
#include "text/width.h"
#include "base/utf8.h"

static size_t w(const char *s)
{
	struct tk_buf tmp = TK_BUF_INIT;
	size_t r = tk_width(s, strlen(s), &tmp);
	tk_buf_free(&tmp);
	return r;
}

START_TEST(widths)
{
	ck_assert_uint_eq(w("abc"), 3);
	ck_assert_uint_eq(w("a\tb"), 2);             /* a control: 0 */
	ck_assert_uint_eq(w("caf\xC3\xA9"), 4);      /* precomposed */
	ck_assert_uint_eq(w("cafe\xCC\x81"), 4);     /* e + combining acute */
	ck_assert_uint_eq(w("\xD0\x9C\xD0\xB8\xD1\x80"), 3); /* Мир */
	ck_assert_uint_eq(w("\xE6\x9D\xB1\xE4\xBA\xAC"), 4); /* 東京 */
	ck_assert_uint_eq(w("\xF0\x9F\x98\x80"), 2);  /* U+1F600 */
	ck_assert_uint_eq(w("\xE2\x9D\xA4\xEF\xB8\x8F"), 2); /* heart + VS16 */
	ck_assert_uint_eq(w("\xE2\x9D\xA4"), 1);     /* heart, text style */
	ck_assert_uint_eq(w("\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"), 2); /* flag */
	/* family: man ZWJ woman ZWJ girl, one cluster */
	ck_assert_uint_eq(w("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"
	                    "\xE2\x80\x8D\xF0\x9F\x91\xA7"), 2);
	ck_assert_uint_eq(w("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"), 2); /* skin tone */
	ck_assert_uint_eq(w(""), 0);
}
END_TEST

START_TEST(cuts_keep_clusters)
{
	struct tk_buf tmp = TK_BUF_INIT;
	size_t used;
	const char *s = "e\xCC\x81\xE6\x9D\xB1x"; /* é (2 code points) 東 x */
	size_t n = strlen(s);
	ck_assert_uint_eq(tk_width_head(s, n, 0, &used, &tmp), 0);
	ck_assert_uint_eq(tk_width_head(s, n, 1, &used, &tmp), 3);
	ck_assert_uint_eq(used, 1);
	ck_assert_uint_eq(tk_width_head(s, n, 2, &used, &tmp), 3);
	ck_assert_uint_eq(tk_width_head(s, n, 3, &used, &tmp), 6);
	ck_assert_uint_eq(used, 3);
	ck_assert_uint_eq(tk_width_head(s, n, 9, &used, &tmp), n);
	ck_assert_uint_eq(tk_width_tail(s, n, 1, &used, &tmp), 6);
	ck_assert_uint_eq(tk_width_tail(s, n, 2, &used, &tmp), 6);
	ck_assert_uint_eq(tk_width_tail(s, n, 3, &used, &tmp), 3);
	ck_assert_uint_eq(tk_width_tail(s, n, 4, &used, &tmp), 0);
	ck_assert_uint_eq(used, 4);
	/* a flag is never halved */
	const char *f = "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7";
	ck_assert_uint_eq(tk_width_head(f, 8, 1, &used, &tmp), 0);
	ck_assert_uint_eq(tk_width_tail(f, 8, 1, &used, &tmp), 8);
	tk_buf_free(&tmp);
}
END_TEST

static uint64_t rng = 88172645463325252u;

static uint32_t next(void)
{
	return unit_rand(&rng);
}

/* The ASCII path (a byte a cluster) against the general one: the same
 * ASCII string with one non-ASCII cluster appended takes the general
 * path over the same prefix. */
START_TEST(ascii_path_matches_general)
{
	struct tk_buf tmp = TK_BUF_INIT;
	char s[80];
	for (int iter = 0; iter < unit_scale(20000); iter++) {
		size_t n = next() % 40;
		for (size_t i = 0; i < n; i++)
			s[i] = (char)(next() % 128);
		memcpy(s + n, "\xE6\x9D\xB1", 3); /* 東, two columns */
		size_t cols = next() % 45, ua, ug;
		size_t a = tk_width_head(s, n, cols, &ua, &tmp);
		size_t g = tk_width_head(s, n + 3, cols, &ug, &tmp);
		if (g <= n)
			ck_assert(a == g && ua == ug);
		else
			ck_assert(a == n && ug == ua + 2);
		size_t ta = tk_width_tail(s, n, cols, &ua, &tmp);
		/* the general path from a non-ASCII start */
		char t[84];
		memcpy(t, "\xE6\x9D\xB1", 3);
		memcpy(t + 3, s, n);
		size_t tg = tk_width_tail(t, n + 3, cols, &ug, &tmp);
		if (tg >= 3)
			ck_assert(tg - 3 == ta && ua == ug);
		else
			ck_assert(ta == 0 && ug == ua + 2);
	}
	tk_buf_free(&tmp);
}
END_TEST

Suite *width_suite(void)
{
	Suite *s = suite_create("width");
	TCase *tc = tcase_create("width");
	tcase_add_test(tc, widths);
	tcase_add_test(tc, cuts_keep_clusters);
	tcase_add_test(tc, ascii_path_matches_general);
	suite_add_tcase(s, tc);
	return s;
}
