/* check_keyness.c - lib/count/keyness, dispersion and tfidf against
 * worked examples from the literature and values computed by hand (the
 * expected numbers were computed once from the formulas in the headers
 * with an independent script). */
#include "unit.h"
#include "count/dispersion.h"
#include "count/keyness.h"
#include "count/tfidf.h"

#include <math.h>

/* The UCREL log-likelihood calculator's own example: a word seen 52
 * times in 50,000 tokens and 57 times in 75,000 gives LL +2.65, not
 * significant at p < 0.05 (the critical value is 3.84). */
START_TEST(ucrel_example)
{
	struct tk_keyness k;
	tk_keyness(52, 50000, 57, 75000, false, &k);
	ck_assert_double_eq_tol(k.g2, 2.65, 0.005);
	ck_assert_double_eq_tol(k.g2, 2.6540642606010696, 1e-9);
	ck_assert_int_eq(k.sign, 1);
	ck_assert(k.p > 0.05);
	ck_assert_double_eq_tol(k.p, 0.1032855208472297, 1e-9);
	ck_assert_double_eq_tol(k.chi2, 2.6996017591560024, 1e-9);
	/* log2((52/50000) / (57/75000)) */
	ck_assert_double_eq_tol(k.log_ratio, 0.45251220469750647, 1e-12);
	/* 100 (0.00104 - 0.00076) / 0.00076 */
	ck_assert_double_eq_tol(k.pct_diff, 36.842105263, 1e-6);
	tk_keyness(52, 50000, 57, 75000, true, &k);
	ck_assert_double_eq_tol(k.chi2, 2.3877855128816057, 1e-9);
}
END_TEST

START_TEST(hand_values)
{
	struct tk_keyness k;
	tk_keyness(10, 1000, 2, 2000, false, &k);
	ck_assert_double_eq_tol(k.g2, 12.834908741763087, 1e-9);
	ck_assert_double_eq_tol(k.chi2, 13.55421686746988, 1e-9);
	ck_assert_double_eq_tol(k.p, 0.0003402120521135664, 1e-12);
	ck_assert_double_eq_tol(k.log_ratio, log2(10.0), 1e-12);
	ck_assert_double_eq_tol(k.pct_diff, 900.0, 1e-9);
	tk_keyness(10, 1000, 2, 2000, true, &k);
	ck_assert_double_eq_tol(k.chi2, 11.389307228915662, 1e-9);

	/* A word absent from the target: a negative keyword; log ratio
	 * takes 0.5 for the zero. */
	tk_keyness(0, 5000, 20, 8000, false, &k);
	ck_assert_int_eq(k.sign, -1);
	ck_assert_double_eq_tol(k.g2, 19.439569328086264, 1e-9);
	ck_assert_double_eq_tol(k.chi2, 12.519260400616332, 1e-9);
	ck_assert_double_eq_tol(k.log_ratio, log2((0.5 / 5000) / (20.0 / 8000)),
	                        1e-12);
	ck_assert_double_eq_tol(k.pct_diff, -100.0, 1e-9);

	/* Absent from the reference: %DIFF with 1e-18 per token. */
	tk_keyness(30, 100, 0, 100, false, &k);
	ck_assert_int_eq(k.sign, 1);
	ck_assert_double_eq_tol(k.g2, 46.91077471141766, 1e-9);
	ck_assert_double_eq_tol(k.log_ratio, log2(30 / 0.5), 1e-12);
	ck_assert(k.pct_diff > 1e19 && isfinite(k.pct_diff));

	/* Equal rates: no difference at all. */
	tk_keyness(5, 1000, 10, 2000, true, &k);
	ck_assert_int_eq(k.sign, 0);
	ck_assert_double_eq_tol(k.g2, 0.0, 1e-9);
	ck_assert_double_eq_tol(k.chi2, 0.0, 1e-12);
	ck_assert_double_eq_tol(k.log_ratio, 0.0, 1e-12);
	ck_assert_double_eq_tol(k.p, 1.0, 1e-6);
}
END_TEST

START_TEST(impossible_tables)
{
	struct tk_keyness k;
	tk_keyness(11, 10, 1, 10, false, &k);
	ck_assert(isnan(k.g2) && isnan(k.p) && k.sign == 0);
	tk_keyness(0, 0, 1, 10, false, &k);
	ck_assert(isnan(k.log_ratio));
	tk_keyness(1, 10, 0, 0, false, &k);
	ck_assert(isnan(k.chi2));
	/* Huge corpora stay finite. */
	tk_keyness(UINT64_C(1) << 40, UINT64_C(1) << 50, UINT64_C(1) << 39,
	           UINT64_C(1) << 51, true, &k);
	ck_assert(isfinite(k.g2) && isfinite(k.chi2) && k.g2 > 0);
}
END_TEST

START_TEST(chi2_tail)
{
	ck_assert_double_eq_tol(tk_chi2_sf1(3.841458820694124), 0.05, 1e-12);
	ck_assert_double_eq_tol(tk_chi2_sf1(6.634896601021214), 0.01, 1e-12);
	ck_assert_double_eq_tol(tk_chi2_sf1(0), 1.0, 1e-15);
	ck_assert_double_eq_tol(tk_chi2_sf1(NAN), 1.0, 1e-15);
}
END_TEST

/* Gries (2008)'s example: five parts of 9, 10, 10, 10 and 11 tokens, the
 * word a seen 1, 2, 3, 4 and 5 times: DP = 0.18. */
START_TEST(gries_example)
{
	const uint64_t s[] = { 9, 10, 10, 10, 11 }, v[] = { 1, 2, 3, 4, 5 };
	struct tk_dispersion d;
	tk_dispersion(v, s, 5, &d);
	ck_assert_uint_eq(d.range, 5);
	ck_assert_double_eq_tol(d.dp, 0.18, 1e-12);
	ck_assert_double_eq_tol(d.dp_norm, 0.18 / (1 - 9.0 / 50), 1e-12);
	ck_assert_double_eq_tol(d.d, 0.7851504534504508, 1e-12);
	/* The same word listed only where it occurs, among three more parts
	 * of 10 tokens without it: as the dense form of the eight parts. */
	const uint64_t s8[] = { 9, 10, 10, 10, 11, 10, 10, 10 },
	               v8[] = { 1, 2, 3, 4, 5, 0, 0, 0 };
	struct tk_dispersion dense, sparse;
	tk_dispersion(v8, s8, 8, &dense);
	tk_dispersion_sparse(v, s, 5, 8, 80, 9, &sparse);
	ck_assert_uint_eq(sparse.range, dense.range);
	ck_assert_double_eq_tol(sparse.dp, dense.dp, 1e-12);
	ck_assert_double_eq_tol(sparse.dp_norm, dense.dp_norm, 1e-12);
	ck_assert_double_eq_tol(sparse.d, dense.d, 1e-12);
}
END_TEST

START_TEST(dispersion_edges)
{
	struct tk_dispersion d;
	/* Perfectly even: DP 0, D 1. */
	const uint64_t s[] = { 100, 100, 100, 100 }, even[] = { 3, 3, 3, 3 };
	tk_dispersion(even, s, 4, &d);
	ck_assert_double_eq_tol(d.dp, 0.0, 1e-12);
	ck_assert_double_eq_tol(d.d, 1.0, 1e-12);
	/* All in one of four equal parts: DP 0.75, normalised 1, D 0. */
	const uint64_t one[] = { 0, 12, 0, 0 };
	tk_dispersion(one, s, 4, &d);
	ck_assert_uint_eq(d.range, 1);
	ck_assert_double_eq_tol(d.dp, 0.75, 1e-12);
	ck_assert_double_eq_tol(d.dp_norm, 1.0, 1e-12);
	ck_assert_double_eq_tol(d.d, 0.0, 1e-12);
	/* One part: DP 0, D undefined; no occurrences: all undefined. */
	tk_dispersion(one + 1, s, 1, &d);
	ck_assert_double_eq_tol(d.dp, 0.0, 1e-12);
	ck_assert(isnan(d.d));
	const uint64_t none[] = { 0, 0, 0, 0 };
	tk_dispersion(none, s, 4, &d);
	ck_assert_uint_eq(d.range, 0);
	ck_assert(isnan(d.dp) && isnan(d.dp_norm) && isnan(d.d));
	/* An empty part: DP is defined, D is not. */
	const uint64_t sz[] = { 0, 10 }, v[] = { 0, 2 };
	tk_dispersion(v, sz, 2, &d);
	ck_assert_double_eq_tol(d.dp, 0.0, 1e-12);
	ck_assert(isnan(d.d));
}
END_TEST

START_TEST(tfidf_schemes)
{
	ck_assert_double_eq_tol(tk_tf(TK_TF_COUNT, 3, 10), 3.0, 1e-15);
	ck_assert_double_eq_tol(tk_tf(TK_TF_LOG, 3, 10), 1 + log(3.0), 1e-15);
	ck_assert_double_eq_tol(tk_tf(TK_TF_BOOL, 3, 10), 1.0, 1e-15);
	ck_assert_double_eq_tol(tk_tf(TK_TF_PROP, 3, 10), 0.3, 1e-15);
	ck_assert_double_eq_tol(tk_tf(TK_TF_LOG, 0, 10), 0.0, 1e-15);
	/* scikit-learn: idf = ln((1 + n) / (1 + df)) + 1; 3 documents. */
	ck_assert_double_eq_tol(tk_idf(TK_IDF_SMOOTH, 1, 3), 1.6931471805599454,
	                        1e-15);
	ck_assert_double_eq_tol(tk_idf(TK_IDF_SMOOTH, 2, 3), 1.2876820724517808,
	                        1e-15);
	ck_assert_double_eq_tol(tk_idf(TK_IDF_SMOOTH, 3, 3), 1.0, 1e-15);
	ck_assert_double_eq_tol(tk_idf(TK_IDF_PLAIN, 1, 3), 1 + log(3.0), 1e-15);
	ck_assert_double_eq_tol(tk_idf(TK_IDF_INVERSE, 1, 100), 2.0, 1e-15);
	ck_assert_double_eq_tol(tk_idf(TK_IDF_NONE, 7, 9), 1.0, 1e-15);
	ck_assert(isnan(tk_idf(TK_IDF_SMOOTH, 0, 3)));
	ck_assert(isnan(tk_idf(TK_IDF_SMOOTH, 4, 3)));
	ck_assert_str_eq(tk_idf_names[TK_IDF_INVERSE], "inverse");
	ck_assert_ptr_null(tk_tf_names[TK_TF_N]);
}
END_TEST

Suite *keyness_suite(void)
{
	Suite *s = suite_create("keyness");
	TCase *t = tcase_create("core");
	tcase_add_test(t, ucrel_example);
	tcase_add_test(t, hand_values);
	tcase_add_test(t, impossible_tables);
	tcase_add_test(t, chi2_tail);
	tcase_add_test(t, gries_example);
	tcase_add_test(t, dispersion_edges);
	tcase_add_test(t, tfidf_schemes);
	suite_add_tcase(s, t);
	return s;
}
