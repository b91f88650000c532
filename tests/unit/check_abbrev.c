/* check_abbrev.c - lib/text/abbrev: every built-in list parses, and the
 * tokenizer's fast keys agree with tk_abbrev_lookup() on every word of
 * every list (one list for tokenize and sentence-split). */
#include "unit.h"
#include "text/abbrev.h"

#include <stdio.h>

/* The kind tk_abbrev_keys() gives w[0..n) (ASCII letters, n <= 8), as
 * the tokenizer reads it. */
static unsigned key_kind(const struct tk_abbrev *a, const char *w, size_t n)
{
	size_t nk;
	const struct tk_abbrev_key *k = tk_abbrev_keys(a, &nk);
	char l[8] = { 0 };
	bool lower = true, rest_lower = true, rest_caps = true;
	for (size_t i = 0; i < n; i++) {
		bool up = w[i] >= 'A' && w[i] <= 'Z';
		lower &= !up;
		if (i > 0) {
			rest_lower &= !up;
			rest_caps &= up;
		}
		l[i] = (char)(w[i] | 0x20);
	}
	uint64_t key = tk_abbrev_be64(l);
	for (size_t i = 0; i < nk; i++)
		if (k[i].key == key) {
			if (lower)
				return k[i].lower ? k[i].lower : k[i].cap;
			if (rest_lower)
				return k[i].cap ? k[i].cap : k[i].lower;
			if (rest_caps)
				return k[i].lower ? k[i].lower
				     : k[i].cap ? k[i].cap : k[i].caps;
		}
	return 0;
}

START_TEST(builtins_parse_and_keys_agree)
{
	for (const char *const *l = tk_abbrev_languages; *l; l++) {
		struct tk_abbrev *a = tk_abbrev_new();
		ck_assert_msg(tk_abbrev_add_builtin(a, *l) == TK_OK, "%s", *l);
		size_t nk, bad = 0;
		const struct tk_abbrev_key *k = tk_abbrev_keys(a, &nk);
		for (size_t i = 0; i < nk; i++) {
			char w[9] = { 0 };
			for (int b = 0; b < 8; b++)
				w[b] = (char)(k[i].key >> (56 - 8 * b));
			size_t n = strlen(w);
			/* lower case, capitalised, capitals */
			for (int form = 0; form < 3; form++) {
				char f[9];
				memcpy(f, w, 9);
				for (size_t j = 0; j < n; j++)
					if (form == 2 || (form == 1 && j == 0))
						f[j] = (char)(f[j] - 32);
				if (n == 1 && form == 2)
					continue;
				unsigned want = tk_abbrev_lookup_flags(a, f, n);
				if (key_kind(a, f, n) != want) {
					fprintf(stderr, "%s: %s: keys %u, lookup %u\n",
					        *l, f, key_kind(a, f, n), want);
					bad++;
				}
			}
		}
		ck_assert_uint_eq(bad, 0);
		tk_abbrev_free(a);
	}
}
END_TEST

START_TEST(word_flag_and_caps)
{
	struct tk_abbrev *a = tk_abbrev_new();
	const char *text = "Wash. word\nNo. num\netc.\nDr. title\n";
	ck_assert_int_eq(tk_abbrev_add_text(a, text, strlen(text), NULL), TK_OK);
	ck_assert_uint_eq(tk_abbrev_lookup_flags(a, "Wash", 4),
	                  TK_ABBR_PLAIN | TK_ABBR_F_WORD);
	ck_assert_int_eq(tk_abbrev_lookup(a, "Wash", 4), TK_ABBR_PLAIN);
	ck_assert_int_eq(tk_abbrev_lookup(a, "wash", 4), TK_ABBR_PLAIN);
	ck_assert_int_eq(tk_abbrev_lookup(a, "ETC", 3), TK_ABBR_PLAIN);
	ck_assert_int_eq(tk_abbrev_lookup(a, "DR", 2), TK_ABBR_TITLE);
	ck_assert_int_eq(tk_abbrev_lookup(a, "dR", 2), TK_ABBR_TITLE);
	ck_assert_int_eq(tk_abbrev_lookup(a, "EtC", 3), TK_ABBR_NONE);
	ck_assert_int_eq(tk_abbrev_lookup(a, "no", 2), TK_ABBR_NUM);
	size_t line = 0;
	ck_assert_int_eq(tk_abbrev_add_text(a, "x. bad\n", 7, &line), TK_EINVAL);
	ck_assert_uint_eq(line, 1);
	ck_assert_int_eq(tk_abbrev_add_file(a, "/nonexistent/x", &line), TK_EIO);
	const struct tk_abbrev *d = tk_abbrev_default();
	ck_assert_ptr_eq(d, tk_abbrev_default());
	ck_assert_int_eq(tk_abbrev_lookup(d, "Mr", 2), TK_ABBR_TITLE);
	tk_abbrev_free(a);
}
END_TEST

Suite *abbrev_suite(void)
{
	Suite *s = suite_create("abbrev");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, builtins_parse_and_keys_agree);
	tcase_add_test(tc, word_flag_and_caps);
	suite_add_tcase(s, tc);
	return s;
}
