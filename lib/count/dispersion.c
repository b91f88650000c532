/* dispersion.c - range, Gries's DP and Juilland's D (see dispersion.h).
 * Two passes over the parts: sums first, then deviations, which keeps
 * the variance from the cancellation of a one-pass sum of squares. */
#include "dispersion.h"

#include <math.h>

void tk_dispersion(const uint64_t *v, const uint64_t *s, size_t n,
                   struct tk_dispersion *out)
{
	double f = 0, S = 0, smin = INFINITY;
	bool empty_part = false;
	out->range = 0;
	for (size_t i = 0; i < n; i++) {
		f += (double)v[i];
		S += (double)s[i];
		if (v[i])
			out->range++;
		if ((double)s[i] < smin)
			smin = (double)s[i];
		if (!s[i])
			empty_part = true;
	}
	out->dp = out->dp_norm = out->d = NAN;
	if (f == 0 || S == 0)
		return;

	double sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += fabs((double)v[i] / f - (double)s[i] / S);
	out->dp = sum / 2.0;
	double span = 1.0 - smin / S;
	out->dp_norm = span > 0 ? out->dp / span : NAN;

	if (n < 2 || empty_part)
		return;
	double mean = 0;
	for (size_t i = 0; i < n; i++)
		mean += (double)v[i] / (double)s[i];
	mean /= (double)n;
	double var = 0;
	for (size_t i = 0; i < n; i++) {
		double x = (double)v[i] / (double)s[i] - mean;
		var += x * x;
	}
	var /= (double)n;
	out->d = 1.0 - (sqrt(var) / mean) / sqrt((double)(n - 1));
}
