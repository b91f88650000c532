/* dispersion.h - how evenly a word is spread over the parts of a corpus
 * (documents, or equal slices of one text).
 *
 * For n parts of sizes s[i] tokens (S their sum) in which the word occurs
 * v[i] times (f their sum):
 *
 *   range    the number of parts with v[i] > 0.
 *   dp       Gries's deviation of proportions (Gries 2008):
 *            0.5 * sum |v[i] / f - s[i] / S|; 0 is as even as the part
 *            sizes allow, values near 1 bunched in one small part.
 *   dp_norm  dp / (1 - min s[i] / S) (Lijffijt & Gries 2012), so that 1
 *            is the most uneven distribution possible.
 *   d        Juilland's D: 1 - V / sqrt(n - 1), V the coefficient of
 *            variation (population standard deviation over the mean) of
 *            the relative frequencies v[i] / s[i], which corrects for
 *            parts of unequal size as Gries (2008) does; 1 is perfectly
 *            even, 0 all in one part (values below 1e-12, rounding
 *            errors, are 0).
 *
 * Undefined values are NaN: every statistic when f or S is 0; d with
 * fewer than two parts or a part of size 0.  Pure functions. */
#ifndef TK_DISPERSION_H
#define TK_DISPERSION_H

#include "base/common.h"

struct tk_dispersion {
	uint64_t range;
	double dp;
	double dp_norm;
	double d;
};

void tk_dispersion(const uint64_t *v, const uint64_t *s, size_t n,
                   struct tk_dispersion *out);

/* The same from the parts where the word occurs only (a term-document
 * table keeps no zeros): v[j] in k of the n parts, whose sizes are
 * s[j]; S the size of all n parts together, smin the smallest part. */
void tk_dispersion_sparse(const uint64_t *v, const uint64_t *s, size_t k,
                          size_t n, uint64_t S, uint64_t smin,
                          struct tk_dispersion *out);

#endif
