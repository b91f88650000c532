/* check_norm.c - lib/norm: fast path == libunistring path, cut points
 * and streaming pieces never change the result, the list of composing
 * starters is complete. */
#include "unit.h"
#include "text/norm.h"
#include "base/buf.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <uninorm.h>
#include <unictype.h>

static const enum tk_form forms[] = { TK_FORM_NFC, TK_FORM_NFD, TK_FORM_NFKC,
                                      TK_FORM_NFKD };

/* A small deterministic generator (xorshift), so failures reproduce. */
static uint64_t rng = 88172645463325252ull;
static uint32_t rnd(uint32_t n)
{
	return unit_rand(&rng) % n;
}

/* Code points where normalization does something: combining marks,
 * decomposable characters, composing starters, plus plain ones. */
static uint32_t *pool;
static size_t npool;

static void build_pool(void)
{
	if (pool)
		return;
	pool = malloc(sizeof *pool * 40000);
	static const uint32_t plain[] = { 'a', 'e', 'o', 'A', ' ', '.', 0x3B1,
	                                  0x439, 0x4E00, 0x1100, 0x1161, 0x11A8,
	                                  0xAC00, 0xAC01, 0x1F600, 0x05D0 };
	for (size_t i = 0; i < TK_LEN(plain); i++)
		pool[npool++] = plain[i];
	for (uint32_t c = 0x80; c < 0x30000 && npool < 40000; c++) {
		ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
		int tag;
		if ((c >= 0xD800 && c < 0xE000) || (c >= 0xAC00 && c < 0xD7A4 && c % 97))
			continue;
		if (uc_combining_class(c) || uc_decomposition(c, &tag, d) >= 0 ||
		    !tk_norm_stable(TK_FORM_NFC, c))
			pool[npool++] = c;
	}
}

static size_t gen(char *s, size_t maxchars)
{
	size_t n = 0, k = 1 + rnd((uint32_t)maxchars);
	for (size_t i = 0; i < k; i++)
		n += (size_t)tk_utf8_encode(pool[rnd((uint32_t)npool)], s + n);
	return n;
}

START_TEST(second_starters_complete)
{
	for (uint32_t c = 0; c < 0x110000; c++) {
		ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
		if (c >= 0xD800 && c < 0xE000)
			continue;
		if (uc_canonical_decomposition(c, d) == 2 &&
		    uc_composition(d[0], d[1]) == c &&
		    uc_combining_class(d[1]) == 0)
			ck_assert_msg(!tk_norm_stable(TK_FORM_NFC, d[1]),
			              "U+%04X composes with a preceding character",
			              (unsigned)d[1]);
	}
	/* Hangul by algorithm: L + V and LV + T. */
	ck_assert(uc_composition(0x1100, 0x1161) == 0xAC00);
	ck_assert(!tk_norm_stable(TK_FORM_NFC, 0x1161));
	ck_assert(!tk_norm_stable(TK_FORM_NFC, 0x11A8));
	ck_assert(tk_norm_stable(TK_FORM_NFC, 0xAC00));
	ck_assert(!tk_norm_stable(TK_FORM_NFD, 0xAC00));
}
END_TEST

START_TEST(examples)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_norm(TK_FORM_NFC, "e\xCC\x81t\xC3\xA9", 6, &b);
	ck_assert_span_eq(b.data, b.len, "\xC3\xA9t\xC3\xA9");
	tk_buf_clear(&b);
	tk_norm(TK_FORM_NFD, "\xC3\xA9", 2, &b);
	ck_assert_span_eq(b.data, b.len, "e\xCC\x81");
	tk_buf_clear(&b);
	tk_norm(TK_FORM_NFKC, "\xEF\xAC\x81 \xE2\x91\xA0", 7, &b); /* fi ligature, circled 1 */
	ck_assert_span_eq(b.data, b.len, "fi 1");
	tk_buf_clear(&b);
	tk_norm(TK_FORM_NFC, "plain ascii", 11, &b);
	ck_assert_span_eq(b.data, b.len, "plain ascii");
	ck_assert_uint_eq(tk_norm_quick(TK_FORM_NFC, "abc", 3), 3);
	ck_assert_uint_eq(tk_norm_quick(TK_FORM_NFC, "abe\xCC\x81", 5), 2);
	tk_buf_free(&b);
}
END_TEST

START_TEST(fast_equals_slow)
{
	build_pool();
	char s[64 * 4];
	struct tk_buf a = TK_BUF_INIT, b = TK_BUF_INIT;
	for (int iter = 0; iter < 60000; iter++) {
		size_t n = gen(s, 40);
		for (size_t f = 0; f < TK_LEN(forms); f++) {
			tk_buf_clear(&a);
			tk_buf_clear(&b);
			tk_norm(forms[f], s, n, &a);
			tk_norm_slow(forms[f], s, n, &b);
			ck_assert_msg(a.len == b.len && memcmp(a.data, b.data, a.len) == 0,
			              "form %s differs on iteration %d",
			              tk_form_names[forms[f]], iter);
		}
	}
	tk_buf_free(&a);
	tk_buf_free(&b);
}
END_TEST

START_TEST(every_code_point_in_context)
{
	/* Each code point between a base and a mark, alone and doubled:
	 * fast path equals libunistring. */
	struct tk_buf a = TK_BUF_INIT, b = TK_BUF_INIT;
	for (uint32_t c = 0x80; c < 0x110000; c++) {
		if ((c >= 0xD800 && c < 0xE000) || (c >= 0x30000 && c < 0xE0000))
			continue;
		char s[32];
		size_t n = 0;
		s[n++] = 'a';
		n += (size_t)tk_utf8_encode(c, s + n);
		n += (size_t)tk_utf8_encode(0x301, s + n);
		n += (size_t)tk_utf8_encode(c, s + n);
		s[n++] = 'b';
		enum tk_form f = forms[c % 4];
		tk_buf_clear(&a);
		tk_buf_clear(&b);
		tk_norm(f, s, n, &a);
		tk_norm_slow(f, s, n, &b);
		ck_assert_msg(a.len == b.len && memcmp(a.data, b.data, a.len) == 0,
		              "U+%04X differs (form %s)", (unsigned)c, tk_form_names[f]);
	}
	tk_buf_free(&a);
	tk_buf_free(&b);
}
END_TEST

START_TEST(cut_points_are_safe)
{
	build_pool();
	char s[64 * 4], t[64 * 4], st[128 * 4];
	struct tk_buf whole = TK_BUF_INIT, parts = TK_BUF_INIT;
	for (int iter = 0; iter < 30000; iter++) {
		size_t n = gen(s, 30), m = gen(t, 10);
		memcpy(st, s, n);
		memcpy(st + n, t, m);
		enum tk_form f = forms[iter % 4];
		size_t k = tk_norm_cut(f, s, n);
		ck_assert_uint_le(k, n);
		tk_buf_clear(&whole);
		tk_buf_clear(&parts);
		tk_norm(f, st, n + m, &whole);
		tk_norm(f, st, k, &parts);
		tk_norm(f, st + k, n + m - k, &parts);
		ck_assert_msg(whole.len == parts.len &&
		              memcmp(whole.data, parts.data, whole.len) == 0,
		              "cut at %zu of %zu unsafe (iteration %d)", k, n, iter);
	}
	tk_buf_free(&whole);
	tk_buf_free(&parts);
}
END_TEST

START_TEST(streaming_pieces)
{
	build_pool();
	char s[200 * 4];
	struct tk_buf whole = TK_BUF_INIT, out = TK_BUF_INIT;
	struct tk_norm st;
	for (int iter = 0; iter < 20000; iter++) {
		size_t n = gen(s, 200);
		enum tk_form f = forms[iter % 4];
		tk_buf_clear(&whole);
		tk_buf_clear(&out);
		tk_norm(f, s, n, &whole);
		tk_norm_init(&st, f);
		size_t i = 0;
		while (i < n) {
			size_t want = i + 1 + rnd(20);
			size_t k = tk_utf8_boundary(s, want < n ? want : n);
			if (k <= i)
				k = i + (size_t)tk_utf8_seqlen((unsigned char)s[i]);
			tk_norm_feed(&st, s + i, k - i, k < n, &out);
			i = k;
		}
		tk_norm_free(&st);
		ck_assert_msg(whole.len == out.len &&
		              memcmp(whole.data, out.data, whole.len) == 0,
		              "streamed result differs (iteration %d)", iter);
	}
	tk_buf_free(&whole);
	tk_buf_free(&out);
}
END_TEST

Suite *norm_suite(void)
{
	Suite *s = suite_create("norm");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, second_starters_complete);
	tcase_add_test(tc, examples);
	tcase_add_test(tc, fast_equals_slow);
	tcase_add_test(tc, every_code_point_in_context);
	tcase_add_test(tc, cut_points_are_safe);
	tcase_add_test(tc, streaming_pieces);
	suite_add_tcase(s, tc);
	return s;
}
