/* keyness.c - keyness statistics (formulas and sources in keyness.h).
 * All in double: counts up to 2^53 are exact, and the products of the
 * margins (c d (a + b) ...) are far beyond 64-bit integers on large
 * corpora. */
#include "keyness.h"

#include <math.h>

/* O ln(O / E), with the limit 0 for O == 0. */
static double xlogx(double o, double e)
{
	return o > 0 ? o * log(o / e) : 0.0;
}

double tk_chi2_sf1(double x)
{
	if (!(x > 0))
		return 1.0;
	return erfc(sqrt(x / 2.0));
}

void tk_keyness(uint64_t a, uint64_t c, uint64_t b, uint64_t d, bool yates,
                struct tk_keyness *k)
{
	if (a > c || b > d || c == 0 || d == 0) {
		k->g2 = k->chi2 = k->p = k->log_ratio = k->pct_diff = NAN;
		k->sign = 0;
		return;
	}
	double A = (double)a, B = (double)b, C = (double)c, D = (double)d;
	double N = C + D, F = A + B;
	double e1 = C * F / N, e2 = D * F / N;
	double e3 = C - e1, e4 = D - e2;
	k->g2 = 2.0 * (xlogx(A, e1) + xlogx(B, e2) + xlogx(C - A, e3) +
	               xlogx(D - B, e4));
	if (k->g2 < 0) /* rounding when the table is nearly independent */
		k->g2 = 0;
	k->p = tk_chi2_sf1(k->g2);

	double rest = N - F;
	if (F == 0 || rest == 0)
		k->chi2 = 0.0;
	else {
		double x = fabs(A * (D - B) - B * (C - A));
		if (yates)
			x = x > N / 2 ? x - N / 2 : 0.0;
		/* Divide step by step: c d (a + b) (N - a - b) may pass 1e308. */
		k->chi2 = N * (x / C) * (x / D) / F / rest;
	}

	double ra = A / C, rb = B / D;
	k->sign = ra > rb ? 1 : ra < rb ? -1 : 0;
	k->log_ratio = log2(((a ? A : 0.5) / C) / ((b ? B : 0.5) / D));
	k->pct_diff = 100.0 * (ra - rb) / (b ? rb : 1e-18);
}
