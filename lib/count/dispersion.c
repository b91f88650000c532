/* dispersion.c - range, Gries's DP and Juilland's D (see dispersion.h).
 * Two passes over the parts: sums first, then deviations, which keeps
 * the variance from the cancellation of a one-pass sum of squares. */
#include "dispersion.h"

#include <math.h>

void tk_dispersion(const uint64_t *v, const uint64_t *s, size_t n,
                   struct tk_dispersion *out)
{
	uint64_t S = 0, smin = n ? UINT64_MAX : 0;
	for (size_t i = 0; i < n; i++) {
		S += s[i];
		if (s[i] < smin)
			smin = s[i];
	}
	tk_dispersion_sparse(v, s, n, n, S, smin, out);
}

void tk_dispersion_sparse(const uint64_t *v, const uint64_t *s, size_t k,
                          size_t n, uint64_t S, uint64_t smin,
                          struct tk_dispersion *out)
{
	double f = 0, listed = 0;
	out->range = 0;
	for (size_t j = 0; j < k; j++) {
		f += (double)v[j];
		listed += (double)s[j];
		if (v[j])
			out->range++;
	}
	out->dp = out->dp_norm = out->d = NAN;
	if (f == 0 || S == 0)
		return;

	/* Parts not listed hold none of the word: each adds its share of
	 * the corpus to the sum of differences. */
	double sum = ((double)S - listed) / (double)S;
	for (size_t j = 0; j < k; j++)
		sum += fabs((double)v[j] / f - (double)s[j] / (double)S);
	out->dp = sum / 2.0;
	double span = 1.0 - (double)smin / (double)S;
	out->dp_norm = span > 0 ? out->dp / span : NAN;

	if (n < 2 || smin == 0)
		return;
	double mean = 0;
	for (size_t j = 0; j < k; j++)
		mean += (double)v[j] / (double)s[j];
	mean /= (double)n;
	/* the unlisted parts' relative frequency is 0 */
	double var = (double)(n - k) * mean * mean;
	for (size_t j = 0; j < k; j++) {
		double x = (double)v[j] / (double)s[j] - mean;
		var += x * x;
	}
	var /= (double)n;
	out->d = 1.0 - (sqrt(var) / mean) / sqrt((double)(n - 1));
	/* D is 0 at the least even (all in one part); below 1e-12 it is
	 * rounding, not a measurement */
	if (out->d < 1e-12)
		out->d = 0.0;
}
