/* keyness.h - which words one text (the target) uses more or less than
 * another (the reference): significance and effect size of a frequency
 * difference, as corpus-linguistic keyword lists compute them.
 *
 * For a word seen a times among c tokens of the target and b times among
 * d tokens of the reference, the 2x2 table is
 *     a        b        (the word)
 *     c - a    d - b    (all other tokens)
 * with N = c + d and expected counts E1 = c (a + b) / N and
 * E2 = d (a + b) / N for the first row (the second row likewise).
 *
 *   g2        2 * sum O ln(O / E) over all four cells, 0 ln 0 = 0
 *             (Dunning 1993).  The UCREL calculator and Rayson & Garside
 *             (2000) sum the first row only; the two agree to well under
 *             0.1% whenever a + b is small beside c and d.
 *   chi2      Pearson's X^2 over the four cells; with Yates' correction
 *             N (|a (d - b) - b (c - a)| - N / 2)^2 / (c d (a + b)
 *             (N - a - b)), the bracket clipped at 0.
 *   p         the upper tail of the chi-square distribution with one
 *             degree of freedom at g2 (or chi2): erfc(sqrt(x / 2)).
 *   log_ratio log2((a / c) / (b / d)) (Hardie 2014); a zero frequency
 *             counts as 0.5, as CQPweb does, so the value stays finite.
 *   pct_diff  100 (a / c - b / d) / (b / d) (Gabrielatos & Marchi 2012);
 *             a zero reference frequency counts as 1e-18 per token, as
 *             they propose, so the value is huge but finite.
 *   sign      +1 when a / c > b / d (a positive keyword), -1 when less,
 *             0 when equal.
 *
 * Counts that cannot come from two texts (a > c, b > d, c or d zero)
 * give NaN everywhere and sign 0.  Pure functions, no allocation. */
#ifndef TK_KEYNESS_H
#define TK_KEYNESS_H

#include "base/common.h"

struct tk_keyness {
	double g2;
	double chi2;      /* with Yates' correction when asked */
	double p;         /* of g2 */
	double log_ratio;
	double pct_diff;
	int sign;
};

void tk_keyness(uint64_t a, uint64_t c, uint64_t b, uint64_t d, bool yates,
                struct tk_keyness *k);

/* P(X >= x) for X chi-square distributed with one degree of freedom;
 * 1 for x <= 0 or NaN. */
double tk_chi2_sf1(double x);

#endif
