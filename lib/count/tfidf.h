/* tfidf.h - term weights for the keywords of one document among many.
 *
 * A document's weight for a term is tf * idf, with N documents of which
 * df contain the term, and then, with --norm=l2, the document's vector
 * of weights divided by its Euclidean length.
 *
 *   tf   count   the term's count in the document
 *        log     1 + ln(count)               (scikit-learn sublinear_tf)
 *        bool    1
 *        prop    count / tokens of the document
 *   idf  smooth  ln((1 + N) / (1 + df)) + 1  (scikit-learn's default)
 *        plain   ln(N / df) + 1              (scikit-learn smooth_idf=False)
 *        inverse log10(N / df)               (quanteda's default scheme)
 *        none    1
 *
 * With tf=count, idf=smooth and norm=l2 the weights equal scikit-learn's
 * TfidfVectorizer (default settings) on the same tokens. */
#ifndef TK_TFIDF_H
#define TK_TFIDF_H

#include "base/common.h"

enum tk_tf { TK_TF_COUNT, TK_TF_LOG, TK_TF_BOOL, TK_TF_PROP, TK_TF_N };
enum tk_idf { TK_IDF_SMOOTH, TK_IDF_PLAIN, TK_IDF_INVERSE, TK_IDF_NONE,
              TK_IDF_N };

/* Keyword names in enum order, NULL-terminated (for option parsing). */
extern const char *const tk_tf_names[TK_TF_N + 1];
extern const char *const tk_idf_names[TK_IDF_N + 1];

/* tf of a term seen `count` times in a document of `tokens` tokens. */
double tk_tf(enum tk_tf scheme, uint64_t count, uint64_t tokens);

/* idf of a term in df of ndocs documents; NaN when df is 0 or > ndocs. */
double tk_idf(enum tk_idf scheme, uint64_t df, uint64_t ndocs);

#endif
