/* check_casemap.c - lib/casemap: the ASCII fast path gives the bytes of
 * the libunistring path (differential over generated strings, every
 * mode and language rule), and the well-known special cases. */
#include "unit.h"
#include "text/casemap.h"
#include "base/utf8.h"

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(uint32_t n)
{
	return unit_rand(&rng) % n;
}

static void check(enum tk_case mode, const char *lang, const char *s,
                  const char *want)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	tk_casemap(mode, lang, s, strlen(s), &b);
	ck_assert_span_eq(b.data, b.len, want);
	tk_buf_free(&b);
}

START_TEST(examples)
{
	check(TK_CASE_FOLD, NULL, "Stra\xC3\x9F" "e", "strasse");
	check(TK_CASE_LOWER, NULL, "HELLO World", "hello world");
	check(TK_CASE_UPPER, NULL, "stra\xC3\x9F" "e", "STRASSE");
	/* final sigma (lower) vs fold (no context) */
	check(TK_CASE_LOWER, NULL, "\xCE\xA3\xCE\x91\xCE\xA3", "\xCF\x83\xCE\xB1\xCF\x82");
	check(TK_CASE_FOLD, NULL, "\xCE\xA3\xCE\x91\xCE\xA3", "\xCF\x83\xCE\xB1\xCF\x83");
	/* Turkish dotted and dotless i */
	check(TK_CASE_LOWER, "tr", "I", "\xC4\xB1");
	check(TK_CASE_UPPER, "tr", "i", "\xC4\xB0");
	check(TK_CASE_LOWER, NULL, "I", "i");
	check(TK_CASE_LOWER, NULL, "\xC4\xB0", "i\xCC\x87");
	check(TK_CASE_NONE, NULL, "MiXeD", "MiXeD");
	check(TK_CASE_LOWER, NULL, "", "");
}
END_TEST

/* Mostly ASCII with some letters whose mappings are special. */
static const char *const pieces[] = {
	"a", "Z", "i", "I", " ", ".", "'", "0", "\t", "\xC3\x9F", "\xCE\xA3",
	"\xCE\xA3", "\xC4\xB0", "\xC4\xB1", "\xCC\x87", "\xCC\x81", "\xC3\x89",
	"\xEF\xAC\x81", "\xE1\xBA\x9E", "\xD0\x96", "J", "\xC3\x8C", "x", "Q",
};

START_TEST(fast_equals_slow)
{
	static const char *const langs[] = { NULL, "tr", "az", "lt", "de" };
	static const enum tk_case modes[] = { TK_CASE_LOWER, TK_CASE_UPPER,
	                                      TK_CASE_FOLD, TK_CASE_NONE };
	char s[256];
	struct tk_buf a = TK_BUF_INIT, b = TK_BUF_INIT;
	for (int iter = 0; iter < 40000; iter++) {
		size_t n = 0, k = rnd(24);
		bool ascii = iter % 2; /* half all-ASCII: the fast path */
		for (size_t i = 0; i < k; i++) {
			const char *p = pieces[rnd(ascii ? 9 : TK_LEN(pieces))];
			if (ascii && (unsigned char)p[0] >= 0x80)
				p = "b";
			memcpy(s + n, p, strlen(p));
			n += strlen(p);
		}
		const char *lang = langs[rnd(TK_LEN(langs))];
		enum tk_case mode = modes[rnd(TK_LEN(modes))];
		tk_buf_clear(&a);
		tk_buf_clear(&b);
		tk_casemap(mode, lang, s, n, &a);
		tk_casemap_slow(mode, lang, s, n, &b);
		ck_assert_msg(a.len == b.len && memcmp(a.data, b.data, a.len) == 0,
		              "mode %d lang %s differs on \"%.*s\"", (int)mode,
		              lang ? lang : "-", (int)n, s);
	}
	tk_buf_free(&a);
	tk_buf_free(&b);
}
END_TEST

START_TEST(every_ascii_byte)
{
	struct tk_buf a = TK_BUF_INIT, b = TK_BUF_INIT;
	static const char *const langs[] = { NULL, "tr", "lt" };
	for (size_t l = 0; l < TK_LEN(langs); l++)
		for (int mode = TK_CASE_LOWER; mode <= TK_CASE_FOLD; mode++)
			for (int c = 0; c < 128; c++) {
				char s[3] = { 'x', (char)c, 'y' };
				tk_buf_clear(&a);
				tk_buf_clear(&b);
				tk_casemap((enum tk_case)mode, langs[l], s, 3, &a);
				tk_casemap_slow((enum tk_case)mode, langs[l], s, 3, &b);
				ck_assert_msg(a.len == b.len &&
				              memcmp(a.data, b.data, a.len) == 0,
				              "byte %d mode %d differs", c, mode);
			}
	tk_buf_free(&a);
	tk_buf_free(&b);
}
END_TEST

START_TEST(swar_all_bytes)
{
	/* All ASCII bytes, shifted through every position of a word, and
	 * each byte 8 times: the word-at-a-time path equals libunistring. */
	char s[128 + 8];
	struct tk_buf a = TK_BUF_INIT, b = TK_BUF_INIT;
	for (int mode = TK_CASE_LOWER; mode <= TK_CASE_FOLD; mode++) {
		for (size_t shift = 0; shift < 8; shift++) {
			for (size_t i = 0; i < sizeof s; i++)
				s[i] = (char)((i + shift) % 128);
			tk_buf_clear(&a);
			tk_buf_clear(&b);
			tk_casemap((enum tk_case)mode, NULL, s, sizeof s, &a);
			tk_casemap_slow((enum tk_case)mode, NULL, s, sizeof s, &b);
			ck_assert(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
		}
		for (int c = 0; c < 128; c++) {
			memset(s, c, 8);
			tk_buf_clear(&a);
			tk_buf_clear(&b);
			tk_casemap((enum tk_case)mode, NULL, s, 8, &a);
			tk_casemap_slow((enum tk_case)mode, NULL, s, 8, &b);
			ck_assert_msg(a.len == b.len && memcmp(a.data, b.data, a.len) == 0,
			              "byte %d mode %d", c, mode);
		}
	}
	tk_buf_free(&a);
	tk_buf_free(&b);
}
END_TEST

Suite *casemap_suite(void)
{
	Suite *s = suite_create("casemap");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, examples);
	tcase_add_test(tc, fast_equals_slow);
	tcase_add_test(tc, every_ascii_byte);
	tcase_add_test(tc, swar_all_bytes);
	suite_add_tcase(s, tc);
	return s;
}
