/* check_assoc.c - lib/assoc: every score against values computed by hand
 * and against the worked examples of Manning & Schuetze, ch. 5. */
#include "unit.h"
#include "count/assoc.h"

#include <math.h>
#include <stdlib.h>

/* A small table worked by hand: N = 20 tokens, c(w1) = 5, c(w2) = 6,
 * c(w1 w2) = 4.  Cells O11..O22 = 4, 1, 2, 13; rows 5, 15; columns 6,
 * 14; expected 1.5, 3.5, 4.5, 10.5. */
START_TEST(hand_table)
{
	/* log2(4 * 20 / (5 * 6)) = log2(8/3) */
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_PMI, 4, 5, 6, 20),
	                        1.4150374992788437, 1e-12);
	/* (4 - 5 * 6 / 20) / sqrt(4) = 2.5 / 2 */
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_TSCORE, 4, 5, 6, 20),
	                        1.25, 1e-12);
	/* 20 * (4 * 13 - 1 * 2)^2 / (5 * 15 * 6 * 14) = 50000 / 6300 */
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_CHI2, 4, 5, 6, 20),
	                        50000.0 / 6300.0, 1e-12);
	/* 2 * 4 / (5 + 6) */
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_DICE, 4, 5, 6, 20),
	                        8.0 / 11.0, 1e-12);
	/* 2 * (4 ln(4/1.5) + 1 ln(1/3.5) + 2 ln(2/4.5) + 13 ln(13/10.5)) */
	double g2 = 2 * (4 * log(4 / 1.5) + log(1 / 3.5) + 2 * log(2 / 4.5) +
	                 13 * log(13 / 10.5));
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_LLR, 4, 5, 6, 20), g2,
	                        1e-12);
	ck_assert_double_eq_tol(g2, 7.6503138, 1e-6);
}
END_TEST

/* Manning & Schuetze's corpus: N = 14307668 tokens of New York Times
 * newswire. */
#define MS_N 14307668u

START_TEST(manning_schuetze)
{
	/* Table 5.6 and p. 166: "new companies", c(new) = 15828,
	 * c(companies) = 4675, c = 8: t = 0.999932, chi2 = 1.55. */
	ck_assert_double_eq_tol(
	        tk_assoc_bigram(TK_ASSOC_TSCORE, 8, 15828, 4675, MS_N), 0.999932,
	        1e-6);
	ck_assert_double_eq_tol(
	        tk_assoc_bigram(TK_ASSOC_CHI2, 8, 15828, 4675, MS_N), 1.55, 5e-3);
	/* Table 5.16: "Ayatollah Ruhollah", 42, 20, 20: I = 18.38. */
	ck_assert_double_eq_tol(
	        tk_assoc_bigram(TK_ASSOC_PMI, 20, 42, 20, MS_N), 18.38, 5e-3);
	/* Table 5.12: "most powerful", c(most) = 12593, c(powerful) = 932,
	 * c = 150: -2 log lambda = 1291.42 in the book; the exact value of
	 * the formula is 1291.32 (the book's table is rounded from another
	 * computation), so allow 0.15. */
	ck_assert_double_eq_tol(
	        tk_assoc_bigram(TK_ASSOC_LLR, 150, 12593, 932, MS_N), 1291.42,
	        0.15);
}
END_TEST

START_TEST(pmi_ngram)
{
	/* Bigram PMI is the n = 2 case. */
	uint64_t ci[3] = { 5, 6, 10 };
	ck_assert_double_eq_tol(tk_assoc_pmi(4, ci, 2, 20),
	                        tk_assoc_bigram(TK_ASSOC_PMI, 4, 5, 6, 20), 1e-12);
	/* Trigram: log2(2 * 20^2 / (5 * 6 * 10)) = log2(800 / 300) */
	ck_assert_double_eq_tol(tk_assoc_pmi(2, ci, 3, 20), log2(800.0 / 300.0),
	                        1e-12);
	/* Long n-grams over big counts stay finite. */
	uint64_t big[64];
	for (int i = 0; i < 64; i++)
		big[i] = 1000000;
	ck_assert(isfinite(tk_assoc_pmi(1, big, 64, UINT64_C(1) << 50)));
}
END_TEST

START_TEST(independence_and_edges)
{
	/* Independent: c12 = c1 c2 / N -> pmi 0, t 0, chi2 0, llr 0. */
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_PMI, 2, 10, 20, 100), 0,
	                        1e-12);
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_TSCORE, 2, 10, 20, 100),
	                        0, 1e-12);
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_CHI2, 2, 10, 20, 100), 0,
	                        1e-12);
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_LLR, 2, 10, 20, 100), 0,
	                        1e-9);
	/* Perfect association: dice 1. */
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_DICE, 7, 7, 7, 100), 1,
	                        1e-12);
	/* Impossible counts give NaN. */
	ck_assert(isnan(tk_assoc_bigram(TK_ASSOC_PMI, 0, 1, 1, 10)));
	ck_assert(isnan(tk_assoc_bigram(TK_ASSOC_LLR, 5, 4, 9, 10)));
	ck_assert(isnan(tk_assoc_bigram(TK_ASSOC_CHI2, 1, 8, 8, 10)));
	ck_assert(isnan(tk_assoc_pmi(3, (uint64_t[]){ 2, 5 }, 2, 10)));
	/* Every token is w1 (one row): llr 0, chi2 undefined. */
	ck_assert_double_eq_tol(tk_assoc_bigram(TK_ASSOC_LLR, 3, 10, 3, 10), 0,
	                        1e-12);
	ck_assert(isnan(tk_assoc_bigram(TK_ASSOC_CHI2, 3, 10, 3, 10)));
	ck_assert_str_eq(tk_assoc_names[TK_ASSOC_CHI2], "chi2");
	ck_assert_ptr_null(tk_assoc_names[TK_ASSOC_N]);
}
END_TEST

/* tk_assoc_rank over a table: the hand table's "a b" (4 of 20 tokens,
 * c(a) = 5, c(b) = 6), two n-grams that tie on score and count (order by
 * key bytes), one below min_count, one impossible (c12 > c1: left out). */
START_TEST(rank_table)
{
	struct tk_counter *g = tk_counter_new(1), *u = tk_counter_new(2);
	static const struct { const char *k; uint64_t n; } unis[] = {
		{ "a", 5 }, { "b", 6 }, { "x", 2 }, { "y", 2 }, { "p", 2 },
		{ "q", 2 }, { "z", 1 }
	};
	for (size_t i = 0; i < TK_LEN(unis); i++)
		tk_counter_add(u, unis[i].k, 1, unis[i].n);
	/* N = 20: pad with a unit no n-gram uses */
	tk_counter_add(u, "w", 1, 20 - 5 - 6 - 2 * 4 - 1);
	tk_counter_add(g, "a b", 3, 4);
	tk_counter_add(g, "y x", 3, 2);
	tk_counter_add(g, "p q", 3, 2);
	tk_counter_add(g, "a z", 3, 1);
	tk_counter_add(g, "z a", 3, 3); /* c12 3 > c(z) 1 */
	size_t n;
	struct tk_scored *v = tk_assoc_rank(g, u, TK_ASSOC_PMI, 2, &n);
	ck_assert_uint_eq(n, 3);
	/* log2(2 * 20 / 4) = 3.32 > log2(8/3) = 1.415 */
	ck_assert_span_eq(v[0].key, v[0].len, "p q");
	ck_assert_span_eq(v[1].key, v[1].len, "y x");
	ck_assert_span_eq(v[2].key, v[2].len, "a b");
	ck_assert_uint_eq(v[2].count, 4);
	ck_assert_double_eq_tol(v[2].score, 1.4150374992788437, 1e-12);
	free(v);
	v = tk_assoc_rank(g, u, TK_ASSOC_DICE, 0, &n);
	ck_assert_uint_eq(n, 4); /* "a z" too: 2 / 6 */
	ck_assert_span_eq(v[3].key, v[3].len, "a z");
	free(v);
	tk_counter_free(g);
	tk_counter_free(u);
}
END_TEST

Suite *assoc_suite(void)
{
	Suite *s = suite_create("assoc");
	TCase *tc = tcase_create("scores");
	tcase_add_test(tc, hand_table);
	tcase_add_test(tc, manning_schuetze);
	tcase_add_test(tc, pmi_ngram);
	tcase_add_test(tc, independence_and_edges);
	tcase_add_test(tc, rank_table);
	suite_add_tcase(s, tc);
	return s;
}
