/* check_token_special.c - the special-token recognisers of
 * lib/text/token_special.h, each on its own span, and the white-space
 * predicate and property pages of lib/base they rest on. */
#include "unit.h"
#include "text/token_special.h"
#include "text/wordbreak.h"
#include "base/pagetab.h"
#include "base/space.h"
#include "base/unicode.h"

#include <stdatomic.h>
#include <pthread.h>

static size_t url(const char *s)
{
	size_t n = strlen(s);
	return tk_url_len(s, n, tk_wb_ascii_segment(s, n));
}

START_TEST(test_url)
{
	ck_assert_uint_eq(url("https://example.com/a?b=c"), 25);
	ck_assert_uint_eq(url("http://example.com/x."), 20);   /* trailing . */
	ck_assert_uint_eq(url("http://example.com/x)"), 20);   /* unbalanced */
	ck_assert_uint_eq(url("http://w.org/a_(b)"), 18);      /* balanced */
	ck_assert_uint_eq(url("www.example.org,"), 15);
	ck_assert_uint_eq(url("WWW.Example.org"), 15);
	ck_assert_uint_eq(url("mailto:x@y.z"), 12);
	ck_assert_uint_eq(url("http://a<b"), 8);              /* < excluded */
	ck_assert_uint_eq(url("http://"), 0);
	ck_assert_uint_eq(url("www."), 0);
	ck_assert_uint_eq(url("word"), 0);
	ck_assert_uint_eq(url("note:this"), 0);
}
END_TEST

START_TEST(test_email)
{
	ck_assert_uint_eq(tk_email_len("john.doe@example.org", 20), 20);
	ck_assert_uint_eq(tk_email_len("a@b.c.", 6), 5);
	ck_assert_uint_eq(tk_email_len("a@b-.c", 6), 3);      /* a@b */
	ck_assert_uint_eq(tk_email_len("a@-b", 4), 0);
	ck_assert_uint_eq(tk_email_len(".a@b", 4), 0);
	ck_assert_uint_eq(tk_email_len("ab", 2), 0);
	ck_assert_uint_eq(tk_email_len("a@", 2), 0);
}
END_TEST

START_TEST(test_tag)
{
	ck_assert_uint_eq(tk_tag_len("#tag", 4, false), 4);
	ck_assert_uint_eq(tk_tag_len("#tag", 4, true), 0);    /* x#tag */
	ck_assert_uint_eq(tk_tag_len("#1", 2, false), 0);     /* no letter */
	ck_assert_uint_eq(tk_tag_len("#tag's", 6, false), 6);
	ck_assert_uint_eq(tk_tag_len("@user.name.", 11, false), 10);
	ck_assert_uint_eq(tk_tag_len("@1", 2, false), 2);
	ck_assert_uint_eq(tk_tag_len("@_x", 3, false), 3);
	ck_assert_uint_eq(tk_tag_len("@\xCC\x81", 3, false), 0); /* a mark */
	ck_assert_uint_eq(tk_tag_len("@", 1, false), 0);
}
END_TEST

START_TEST(test_emoticon)
{
	ck_assert_uint_eq(tk_emoticon_len(":-)", 3, false), 3);
	ck_assert_uint_eq(tk_emoticon_len(";)", 2, false), 2);
	ck_assert_uint_eq(tk_emoticon_len("<3", 2, false), 2);
	ck_assert_uint_eq(tk_emoticon_len("<30", 3, false), 0);
	ck_assert_uint_eq(tk_emoticon_len(":Do", 3, false), 0);
	ck_assert_uint_eq(tk_emoticon_len(":D", 2, true), 0);  /* Note:D */
	ck_assert_uint_eq(tk_emoticon_len(":)", 2, true), 2);
	ck_assert_uint_eq(tk_emoticon_len(":", 1, false), 0);
}
END_TEST

START_TEST(test_clitic)
{
	ck_assert_uint_eq(tk_clitic_len("'s", 2), 2);
	ck_assert_uint_eq(tk_clitic_len("'LL", 3), 3);
	ck_assert_uint_eq(tk_clitic_len("\xE2\x80\x99re", 5), 5);
	ck_assert_uint_eq(tk_clitic_len("'sx", 3), 0);
	ck_assert_uint_eq(tk_clitic_len("'", 1), 0);
	ck_assert_uint_eq(tk_clitic_len("s", 1), 0);
}
END_TEST

START_TEST(test_space)
{
	/* White_Space, with and without the no-break spaces */
	static const tk_char ws[] = { 9, 10, 11, 12, 13, 32, 0x85, 0xA0,
		0x1680, 0x2000, 0x2007, 0x200A, 0x2028, 0x2029, 0x202F,
		0x205F, 0x3000 };
	size_t nws = 0, bad = 0;
	for (tk_char c = 0; c < 0x110000; c++) {
		bool nb = c == 0xA0 || c == 0x2007 || c == 0x202F;
		bool sp = tk_is_space(c);
		nws += sp;
		bad += tk_is_space_flags(c, TK_SPACE_BREAKING) != (sp && !nb);
	}
	ck_assert_uint_eq(nws, 25);
	ck_assert_uint_eq(bad, 0);
	for (size_t i = 0; i < TK_LEN(ws); i++)
		ck_assert(tk_is_space(ws[i]));
	ck_assert_uint_eq(tk_space_len("\xC2\xA0x", 3, 0), 2);
	ck_assert_uint_eq(tk_space_len("\xC2\xA0x", 3, TK_SPACE_BREAKING), 0);
	ck_assert_uint_eq(tk_space_len("\xE3\x80\x80", 3, 0), 3);
	ck_assert_uint_eq(tk_space_len("\xE3\x80", 2, 0), 0);   /* cut short */
	ck_assert_uint_eq(tk_space_len("\xC3\xA9", 2, 0), 0);
	ck_assert_uint_eq(tk_space_len("\t", 1, 0), 1);
	ck_assert_uint_eq(tk_space_len("x", 1, 0), 0);
}
END_TEST

/* A page table filled by racing threads gives every thread the same
 * answers, and the fill runs at least once per page. */
static atomic_int fills;

static void fill_sq(tk_char first, void *page)
{
	uint16_t *p = page;
	atomic_fetch_add(&fills, 1);
	for (unsigned k = 0; k < 256; k++)
		p[k] = (uint16_t)((first | k) * 7u);
}

static struct tk_pagetab sq = TK_PAGETAB_INIT(fill_sq, sizeof(uint16_t));

static void *race(void *arg)
{
	long bad = 0;
	for (tk_char c = 0; c < 0x110000; c += 97)
		bad += tk_pagetab_u16(&sq, c) != (uint16_t)(c * 7u);
	*(long *)arg = bad;
	return NULL;
}

START_TEST(test_pagetab)
{
	pthread_t th[4];
	long bad[4];
	for (int i = 0; i < 4; i++)
		pthread_create(&th[i], NULL, race, &bad[i]);
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		ck_assert_int_eq(bad[i], 0);
	}
	ck_assert_int_ge(atomic_load(&fills), TK_PAGETAB_NPAGES);
	ck_assert_uint_eq(tk_pagetab_u16(&sq, 0x10FFFF), (uint16_t)(0x10FFFF * 7u));
}
END_TEST

START_TEST(test_unicode_version)
{
	const char *v = tk_unicode_version();
	ck_assert(v[0] >= '1' && v[0] <= '9');
	ck_assert_ptr_nonnull(strchr(v, '.'));
}
END_TEST

Suite *token_special_suite(void)
{
	Suite *s = suite_create("token_special");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_url);
	tcase_add_test(tc, test_email);
	tcase_add_test(tc, test_tag);
	tcase_add_test(tc, test_emoticon);
	tcase_add_test(tc, test_clitic);
	tcase_add_test(tc, test_space);
	tcase_add_test(tc, test_pagetab);
	tcase_add_test(tc, test_unicode_version);
	suite_add_tcase(s, tc);
	return s;
}
