/* stopwords.h - stop-word lists: the built-in ones and list files.
 *
 * A list is text with one word per line; blank lines and lines starting
 * with '#' are skipped, surrounding white space is ignored.  The built-in
 * lists (en, de, fr, es, it, pt, nl, ru) are compiled from
 * data/stopwords/LANG.txt into lib/count/gen/stopword-lists.c by
 * scripts/gen-stopwords, so they work without installation; `make
 * install` installs the same files for reference.
 *
 * Matching policy (case folding, normalization) belongs to the caller:
 * it maps each word the way it maps its keys and keeps them in a set. */
#ifndef TK_STOPWORDS_H
#define TK_STOPWORDS_H

#include "base/common.h"

struct tk_stopword_list {
	const char *lang;
	size_t len;
	const char *text;
};

/* Terminated by an entry with lang == NULL. */
extern const struct tk_stopword_list tk_stopword_lists[];

/* The built-in list for lang ("en"), or NULL. */
const struct tk_stopword_list *tk_stopwords_builtin(const char *lang);

/* Call fn(ctx, word, len) for every word of the list text s[0..n). */
void tk_stopwords_parse(const char *s, size_t n,
                        void (*fn)(void *ctx, const char *w, size_t len),
                        void *ctx);

#endif
