/* assoc.c - association scores (formulas and sources in assoc.h).
 *
 * Everything is computed in double: counts up to 2^53 are exact, and the
 * products (c1 * c2, N^(n-1)) would overflow 64-bit integers long before
 * they lose meaningful precision as doubles.  PMI sums logarithms instead
 * of multiplying, so long n-grams over big corpora stay finite. */
#include "assoc.h"
#include "ngram.h"
#include "base/xalloc.h"

#include <math.h>
#include <stdlib.h>

const char *const tk_assoc_names[TK_ASSOC_N + 1] = {
	"pmi", "llr", "tscore", "chi2", "dice", NULL
};

/* O * ln(O / E), with the limit 0 for O == 0. */
static double xlogx(double o, double e)
{
	return o > 0 ? o * log(o / e) : 0.0;
}

double tk_assoc_bigram(enum tk_assoc m, uint64_t c12, uint64_t c1,
                       uint64_t c2, uint64_t n)
{
	if (c12 == 0 || c12 > c1 || c12 > c2 || c1 > n || c2 > n ||
	    c1 + c2 - c12 > n)
		return NAN;
	double N = (double)n, a = (double)c12, r1 = (double)c1,
	       k1 = (double)c2;
	double b = r1 - a, c = k1 - a, d = N - r1 - k1 + a;
	double r2 = N - r1, k2 = N - k1;
	switch (m) {
	case TK_ASSOC_PMI:
		return log2(a) + log2(N) - log2(r1) - log2(k1);
	case TK_ASSOC_LLR:
		if (r2 == 0 || k2 == 0)
			return 0.0; /* one row or column: no evidence either way */
		return 2.0 * (xlogx(a, r1 * k1 / N) + xlogx(b, r1 * k2 / N) +
		              xlogx(c, r2 * k1 / N) + xlogx(d, r2 * k2 / N));
	case TK_ASSOC_TSCORE:
		return (a - r1 * k1 / N) / sqrt(a);
	case TK_ASSOC_CHI2:
		if (r2 == 0 || k2 == 0)
			return NAN;
		{
			double x = a * d - b * c;
			/* Divide step by step: R1 R2 C1 C2 may pass 1e308. */
			return N * (x / r1) * (x / r2) / k1 / k2;
		}
	case TK_ASSOC_DICE:
		return 2.0 * a / (r1 + k1);
	default:
		return NAN;
	}
}

double tk_assoc_pmi(uint64_t c, const uint64_t *ci, unsigned k, uint64_t n)
{
	if (c == 0 || k == 0 || n == 0)
		return NAN;
	double s = log2((double)c) + (double)(k - 1) * log2((double)n);
	for (unsigned i = 0; i < k; i++) {
		if (ci[i] < c || ci[i] > n)
			return NAN;
		s -= log2((double)ci[i]);
	}
	return s;
}

static int rank_cmp(const void *pa, const void *pb)
{
	const struct tk_scored *a = pa, *b = pb;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return tk_key_cmp(a->key, a->len, b->key, b->len);
}

struct tk_scored *tk_assoc_rank(const struct tk_counter *grams,
                                const struct tk_counter *unis,
                                enum tk_assoc m, uint64_t min_count,
                                size_t *n)
{
	uint64_t ntok = tk_counter_total(unis, NULL);
	size_t ng = tk_counter_size(grams);
	struct tk_entry *e = tk_counter_entries(grams);
	struct tk_scored *v = xnmalloc(ng ? ng : 1, sizeof *v);
	uint64_t ci[TK_NGRAM_MAX];
	size_t k = 0;
	for (size_t i = 0; i < ng; i++) {
		if (e[i].count < min_count)
			continue;
		unsigned u = 0;
		size_t start = 0;
		for (size_t j = 0; j <= e[i].len && u < TK_NGRAM_MAX; j++)
			if (j == e[i].len || e[i].key[j] == ' ') {
				ci[u++] = tk_counter_get(unis, e[i].key + start,
				                         j - start);
				start = j + 1;
			}
		double s = u == 2 ? tk_assoc_bigram(m, e[i].count, ci[0], ci[1],
		                                    ntok)
		                  : tk_assoc_pmi(e[i].count, ci, u, ntok);
		if (isnan(s))
			continue;
		v[k++] = (struct tk_scored){ s, e[i].key, e[i].len, e[i].count };
	}
	free(e);
	qsort(v, k, sizeof *v, rank_cmp);
	*n = k;
	return v;
}
