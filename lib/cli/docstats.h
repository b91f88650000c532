/* docstats.h - statistics over the documents of --by-doc: each
 * document's keywords by tf-idf (--keywords), and each key's dispersion
 * over the documents (--dispersion).
 *
 * The documents' tables are kept (tk_docstats_add) until the last one,
 * since both need every document: the document frequency df of a key is
 * the number of documents holding it.  Then:
 *
 *   keywords    DOC TFIDF COUNT DF KEY, each document's top N keys by
 *               tf * idf (lib/count/tfidf.h), with norm the weights of
 *               each document divided by their Euclidean length (so
 *               count, smooth and l2 give scikit-learn's TfidfVectorizer
 *               weights); ties by key; documents in operand order.
 *   dispersion  COUNT RANGE DP DP_NORM D KEY over all documents as the
 *               parts (lib/count/dispersion.h; a document's size is the
 *               number of tokens counted in it), in report order (count
 *               descending, ties by key); --top and --min-count apply.
 *
 * TSV or CSV (the header names the columns), -z ends rows with NUL. */
#ifndef TK_DOCSTATS_H
#define TK_DOCSTATS_H

#include "count/counter.h"
#include "count/tfidf.h"
#include "report.h"
#include "spill.h"

struct tk_docstats;

struct tk_docstats *tk_docstats_new(void);
void tk_docstats_free(struct tk_docstats *s);

/* Take the keys of c that keep (NULL: all) accepts, with their counts,
 * as the document doc (copied); tokens is its size. */
void tk_docstats_add(struct tk_docstats *s, const char *doc,
                     const struct tk_counter *c, uint64_t tokens,
                     tk_keep_fn keep, void *ctx);

struct tk_tfidf_opts {
	uint64_t top;   /* keywords per document (0: all) */
	enum tk_tf tf;
	enum tk_idf idf;
	bool l2;        /* divide by the document's Euclidean length */
};

void tk_docstats_keywords(const struct tk_docstats *s,
                          const struct tk_tfidf_opts *o,
                          const struct tk_report_opts *rep);
void tk_docstats_dispersion(const struct tk_docstats *s,
                            const struct tk_report_opts *rep);

#endif
