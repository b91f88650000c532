/* check_tokmatch.c - lib/text/tokmatch: keys, literals, regular
 * expressions, phrases, and the fast path against the general one. */
#include "unit.h"
#include "text/tokmatch.h"
#include "text/stem.h"
#include "base/utf8.h"

static struct tk_tokmatch *compile(const char *pat, bool regex, bool phrase,
                                   bool cs)
{
	struct tk_tokmatch_opts o = { .regex = regex, .phrase = phrase,
	                              .case_sensitive = cs };
	struct tk_tokmatch *m = NULL;
	char err[200];
	int rc = tk_tokmatch_new(pat, strlen(pat), &o, &m, err, sizeof err);
	ck_assert_msg(rc == TK_OK, "%s: %s", pat, err);
	return m;
}

static bool step(struct tk_tokmatch *m, const char *tok)
{
	return tk_tokmatch_step(m, tok, strlen(tok), TK_TOK_WORD);
}

START_TEST(literals)
{
	struct tk_tokmatch *m = compile("Stra\xC3\x9F" "e", false, false, false);
	ck_assert(step(m, "STRASSE"));
	ck_assert(step(m, "strasse"));
	ck_assert(step(m, "Stra\xC3\x9F" "e"));
	ck_assert(!step(m, "strass"));
	ck_assert(!step(m, "strassen"));
	tk_tokmatch_free(m);
	m = compile("the", false, false, true);
	ck_assert(step(m, "the"));
	ck_assert(!step(m, "The"));
	tk_tokmatch_free(m);
	/* K (U+212A KELVIN SIGN) folds to k: an ASCII pattern matches it */
	m = compile("ok", false, false, false);
	ck_assert(step(m, "o\xE2\x84\xAA"));
	tk_tokmatch_free(m);
}
END_TEST

START_TEST(regexes_and_phrases)
{
	struct tk_tokmatch *m = compile("li(ght|t)", true, false, false);
	ck_assert(step(m, "LIGHT"));
	ck_assert(step(m, "lit"));
	ck_assert(!step(m, "alight")); /* anchored */
	tk_tokmatch_free(m);
	m = compile("in the beginning", false, true, false);
	ck_assert_uint_eq(tk_tokmatch_len(m), 3);
	ck_assert(!step(m, "In"));
	ck_assert(!step(m, "the"));
	ck_assert(step(m, "Beginning"));
	ck_assert(!step(m, "in"));
	ck_assert(!step(m, "the"));
	tk_tokmatch_reset(m);
	ck_assert(!step(m, "beginning"));
	tk_tokmatch_free(m);
	m = compile("a a", false, true, false);
	ck_assert(!step(m, "a"));
	ck_assert(step(m, "a"));
	ck_assert(step(m, "a")); /* overlapping */
	tk_tokmatch_free(m);
	m = compile("the (lord|word)", true, true, false);
	ck_assert(!step(m, "the"));
	ck_assert(step(m, "Word"));
	tk_tokmatch_free(m);
}
END_TEST

START_TEST(bad_patterns)
{
	static const struct { const char *p; bool regex, phrase; } bad[] = {
		{ "", false, false }, { "a b", false, false }, { "a,", false, false },
		{ "a(", true, false }, { " ", true, true }, { "", false, true },
		{ "K++++++++++++++++++++++++++++++++++++++++++", true, false },
		{ "(a{1,1000}){1,1000}", true, false }, { "a*{2}", true, false },
	};
	for (size_t i = 0; i < TK_LEN(bad); i++) {
		struct tk_tokmatch_opts o = { .regex = bad[i].regex,
		                              .phrase = bad[i].phrase };
		struct tk_tokmatch *m = NULL;
		char err[200] = "";
		ck_assert_int_eq(tk_tokmatch_new(bad[i].p, strlen(bad[i].p), &o, &m,
		                                 err, sizeof err), TK_EINVAL);
		ck_assert(err[0] != '\0');
	}
}
END_TEST

static uint64_t rng = 88172645463325252u;

static uint32_t next(void)
{
	return unit_rand(&rng);
}

/* The fast path (ASCII compared as it is lowered) against folding every
 * token, on tokens drawn from letters that fold in the ways that matter:
 * ASCII of both cases, ß -> ss, K (Kelvin) -> k, É -> é, ſ -> s. */
START_TEST(fast_path_matches_slow)
{
	static const tk_char pool[] = { 's', 'S', 'k', 'K', 'e', 'E', 0xDF,
	                                0x212A, 0xC9, 0xE9, 0x17F, '1' };
	static const char *const pats[] = { "ss", "sk", "kes", "\xC3\xA9s",
	                                    "k", "Ss", "\xC3\x9F" "k" };
	for (size_t pi = 0; pi < TK_LEN(pats); pi++)
		for (int cs = 0; cs < 2; cs++) {
			struct tk_tokmatch *m = compile(pats[pi], false, false, cs);
			for (int iter = 0; iter < unit_scale(5000); iter++) {
				char s[32];
				size_t n = 0;
				int k = 1 + (int)(next() % 5);
				for (int j = 0; j < k; j++)
					n += (size_t)tk_utf8_encode(pool[next() % TK_LEN(pool)],
					                            s + n);
				bool f = tk_tokmatch_step(m, s, n, TK_TOK_WORD);
				bool l = tk_tokmatch_step_slow(m, s, n, TK_TOK_WORD);
				ck_assert_msg(f == l, "%s vs %.*s", pats[pi], (int)n, s);
			}
			tk_tokmatch_free(m);
		}
}
END_TEST

START_TEST(stems)
{
	if (!tk_stem_available())
		return;
	struct tk_tokmatch_opts o = { .stem = "english" };
	struct tk_tokmatch *m = NULL;
	char err[200];
	ck_assert_int_eq(tk_tokmatch_new("running", 7, &o, &m, err, sizeof err),
	                 TK_OK);
	ck_assert(step(m, "RUNS"));
	ck_assert(!tk_tokmatch_step(m, "runs", 4, TK_TOK_PUNCT)); /* not a word: not stemmed */
	tk_tokmatch_free(m);
}
END_TEST

Suite *tokmatch_suite(void)
{
	Suite *s = suite_create("tokmatch");
	TCase *tc = tcase_create("tokmatch");
	tcase_add_test(tc, literals);
	tcase_add_test(tc, regexes_and_phrases);
	tcase_add_test(tc, bad_patterns);
	tcase_add_test(tc, fast_path_matches_slow);
	tcase_add_test(tc, stems);
	suite_add_tcase(s, tc);
	return s;
}
