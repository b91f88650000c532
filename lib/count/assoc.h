/* assoc.h - association scores for collocations (ngram --score).
 *
 * Textbook definitions, Manning & Schuetze, "Foundations of Statistical
 * Natural Language Processing", ch. 5, with N the number of tokens,
 * c1 = count(w1), c2 = count(w2) (unigram counts) and c12 = count(w1 w2).
 * The 2x2 contingency table is
 *     O11 = c12           O12 = c1 - c12
 *     O21 = c2 - c12      O22 = N - c1 - c2 + c12
 * with row sums R1 = c1, R2 = N - c1, column sums C1 = c2, C2 = N - c2
 * and expected counts Eij = Ri * Cj / N.
 *
 *   pmi     log2(c12 * N / (c1 * c2))                       (M&S 5.11)
 *   llr     G^2 = 2 * sum Oij * ln(Oij / Eij), 0 * ln 0 = 0
 *           (Dunning 1993; M&S 5.3.4's -2 log lambda)
 *   tscore  (c12 - c1 * c2 / N) / sqrt(c12)                 (M&S 5.3.1)
 *   chi2    N (O11 O22 - O12 O21)^2 / (R1 R2 C1 C2)         (M&S 5.7)
 *   dice    2 * c12 / (c1 + c2)
 *
 * PMI of an n-gram generalizes the first: log2(P(w1..wn) / prod P(wi))
 * with P estimated as count / N, i.e. log2(c * N^(n-1) / prod ci).
 *
 * Counts that cannot come from one text (c12 > c1, a negative O22, a
 * zero count under a logarithm or a zero denominator) give NaN: the
 * caller skips such n-grams rather than print a number that means
 * nothing.  The formulas are pure functions, with no errors and no
 * allocation; tk_assoc_rank() scores a whole table. */
#ifndef TK_ASSOC_H
#define TK_ASSOC_H

#include "base/common.h"
#include "counter.h"

enum tk_assoc {
	TK_ASSOC_PMI,
	TK_ASSOC_LLR,
	TK_ASSOC_TSCORE,
	TK_ASSOC_CHI2,
	TK_ASSOC_DICE,
	TK_ASSOC_N
};

/* "pmi", "llr", "tscore", "chi2", "dice", then NULL (for
 * tk_parse_keyword, in enum order). */
extern const char *const tk_assoc_names[TK_ASSOC_N + 1];

double tk_assoc_bigram(enum tk_assoc m, uint64_t c12, uint64_t c1,
                       uint64_t c2, uint64_t n);

/* PMI of an n-gram seen c times whose k units have unigram counts
 * ci[0..k), among n tokens. */
double tk_assoc_pmi(uint64_t c, const uint64_t *ci, unsigned k, uint64_t n);

/* One scored n-gram; key points into the table scored. */
struct tk_scored {
	double score;
	const char *key; /* units joined by single spaces */
	size_t len;
	uint64_t count;
};

/* Score every n-gram of grams seen at least min_count times: keys are
 * units joined by one space (units hold no space), unis holds the unit
 * counts, and N is their sum.  Bigrams get measure m, longer n-grams
 * PMI; NaN scores are left out.  Returns a new array (free() it; the
 * keys stay grams') of *n rows in rank order: score descending, then
 * count descending, then key bytes (tk_key_cmp). */
struct tk_scored *tk_assoc_rank(const struct tk_counter *grams,
                                const struct tk_counter *unis,
                                enum tk_assoc m, uint64_t min_count,
                                size_t *n);

#endif
