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
				return tk_abbrev_pick(k[i].lower, k[i].cap, true);
			if (rest_lower)
				return tk_abbrev_pick(k[i].cap, k[i].lower, false);
			if (rest_caps)
				return tk_abbrev_pick(k[i].lower,
				    tk_abbrev_pick(k[i].cap, k[i].caps, false),
				    false);
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
	/* a capitalised "word" entry is not the word in lower case */
	ck_assert_int_eq(tk_abbrev_lookup(a, "wash", 4), TK_ABBR_NONE);
	ck_assert_int_eq(tk_abbrev_lookup(a, "WASH", 4), TK_ABBR_PLAIN);
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

/* Spaced entries: parsed, their parts flagged, matched in a text. */
START_TEST(spaced)
{
	struct tk_abbrev *a = tk_abbrev_new();
	const char *text = "z. B. title\nu.  a.\t title\n\xd1\x82. \xd0\xb4.\n"
	                   "d. w. z. title\nS. num\n";
	ck_assert_int_eq(tk_abbrev_add_text(a, text, strlen(text), NULL), TK_OK);
	ck_assert(tk_abbrev_has_spaced(a));
	ck_assert_uint_eq(tk_abbrev_lookup_flags(a, "z", 1), TK_ABBR_F_PART);
	ck_assert_int_eq(tk_abbrev_lookup(a, "z", 1), TK_ABBR_NONE);
	/* a part that is also an entry of its own keeps its kind */
	ck_assert_uint_eq(tk_abbrev_lookup_flags(a, "s", 1), TK_ABBR_NUM);
	ck_assert_uint_eq(tk_abbrev_lookup_flags(a, "S", 1), TK_ABBR_NUM);
	/* "z. B." in text: the inner period goes on, the last is a title */
	const char *t1 = "das ist z. B. gut";
	ck_assert_int_eq(tk_abbrev_spaced(a, t1, strlen(t1), 8, 9), TK_ABBR_TITLE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t1, strlen(t1), 11, 12), TK_ABBR_TITLE);
	/* any white space between the parts, the first letter capitalised */
	const char *t2 = "Z.\xc2\xa0" "B.\nu.\n a. x";
	ck_assert_int_eq(tk_abbrev_spaced(a, t2, strlen(t2), 0, 1), TK_ABBR_TITLE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t2, strlen(t2), 4, 5), TK_ABBR_TITLE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t2, strlen(t2), 7, 8), TK_ABBR_TITLE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t2, strlen(t2), 11, 12), TK_ABBR_TITLE);
	/* not a match: no space, a letter before, a part missing, the
	 * wrong case inside */
	const char *t3 = "z.B. Herz. B. z. b. z. x B. d. w.";
	size_t n3 = strlen(t3);
	ck_assert_int_eq(tk_abbrev_spaced(a, t3, n3, 0, 1), TK_ABBR_NONE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t3, n3, 11, 12), TK_ABBR_NONE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t3, n3, 14, 15), TK_ABBR_NONE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t3, n3, 20, 21), TK_ABBR_NONE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t3, n3, 25, 26), TK_ABBR_NONE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t3, n3, 28, 29), TK_ABBR_NONE);
	/* Cyrillic, a plain last period */
	const char *t4 = "\xd0\xb8 \xd1\x82. \xd0\xb4.";
	ck_assert_int_eq(tk_abbrev_spaced(a, t4, strlen(t4), 3, 5), TK_ABBR_TITLE);
	ck_assert_int_eq(tk_abbrev_spaced(a, t4, strlen(t4), 7, 9), TK_ABBR_PLAIN);
	/* open: the parts so far match and the text ends first (a window
	 * cut inside "d. w. z."), not when it cannot match or has */
	const char *t5 = "(d.\nw.\n z";
	ck_assert(tk_abbrev_spaced_open(a, t5, 5, 1, 2));   /* "(d.\n" */
	ck_assert(tk_abbrev_spaced_open(a, t5, 7, 1, 2));   /* "(d.\nw." */
	ck_assert(tk_abbrev_spaced_open(a, t5, 9, 4, 5));   /* ".. z" */
	ck_assert(tk_abbrev_spaced_open(a, t5, 3, 1, 2));   /* "(d." */
	ck_assert(!tk_abbrev_spaced_open(a, "d. x", 4, 0, 1));
	ck_assert(!tk_abbrev_spaced_open(a, "d. w. z.", 8, 0, 1));
	ck_assert(!tk_abbrev_spaced_open(a, "z. B", 4, 3, 3)); /* no period */
	ck_assert(!tk_abbrev_spaced_open(a, "u. a.", 5, 3, 4)); /* the last */
	ck_assert(tk_abbrev_last_part(a, "B.", 2));
	ck_assert(tk_abbrev_last_part(a, "z.", 2));   /* of "d. w. z." */
	ck_assert(!tk_abbrev_last_part(a, "w.", 2));
	ck_assert(!tk_abbrev_last_part(a, "u.", 2));
	/* malformed: a part without its period, too many parts */
	size_t line = 0;
	const char *bad = "z. B title\n";
	ck_assert_int_eq(tk_abbrev_add_text(a, bad, strlen(bad), &line), TK_EINVAL);
	const char *bad2 = "a. b. c. d. e. f. g. h. i.\n";
	ck_assert_int_eq(tk_abbrev_add_text(a, bad2, strlen(bad2), &line), TK_EINVAL);
	tk_abbrev_free(a);
}
END_TEST

/* Thai abbreviations: one consonant, or groups of one to three joined
 * by periods; not a word of consonants, vowels, empty groups or longer
 * ones. */
START_TEST(thai)
{
	static const char *const yes[] = { "จ", "พ.ศ", "ร.ต.อ", "ก.ขคง", "ผกก.ส" };
	static const char *const no[] = { "", "คน", "ผกก", "พ.", ".ศ", "พ..ศ",
	                                  "ก.ขคงจ", "ไป", "พ.ไ", "J", "U.S" };
	for (size_t i = 0; i < TK_LEN(yes); i++)
		ck_assert_msg(tk_abbrev_thai(yes[i], strlen(yes[i])), "%s", yes[i]);
	for (size_t i = 0; i < TK_LEN(no); i++)
		ck_assert_msg(!tk_abbrev_thai(no[i], strlen(no[i])), "%s", no[i]);
	ck_assert_uint_eq(tk_abbrev_thai_part("ศ. 2560", 10), 4);
	ck_assert_uint_eq(tk_abbrev_thai_part("ขคง.", 10), 10);
	ck_assert_uint_eq(tk_abbrev_thai_part("ศ", 3), 0);
	ck_assert_uint_eq(tk_abbrev_thai_part("เชียง", 15), 0);
	ck_assert_uint_eq(tk_abbrev_thai_part(".", 1), 0);
}
END_TEST

Suite *abbrev_suite(void)
{
	Suite *s = suite_create("abbrev");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, builtins_parse_and_keys_agree);
	tcase_add_test(tc, word_flag_and_caps);
	tcase_add_test(tc, spaced);
	tcase_add_test(tc, thai);
	suite_add_tcase(s, tc);
	return s;
}
