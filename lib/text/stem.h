/* stem.h - Snowball stemmers (libstemmer) for folded words.
 *
 * A tk_stemmer is one language's stemmer; it is not shared between
 * threads (libstemmer's stemmers keep state), so each counting thread
 * makes its own.  tk_stem() takes a word already case-folded (the
 * stemmers expect lower case), normalizes it to NFC when it is not
 * ASCII (the stemmers compare composed letters: an NFD "cafe\u0301" is
 * stemmed as "café") and returns its stem.
 *
 * Optional: built with libstemmer when the Makefile finds it
 * (TK_HAVE_LIBSTEMMER); without it tk_stem_available() is false and
 * tk_stemmer_new() always fails. */
#ifndef TK_STEM_H
#define TK_STEM_H

#include "base/buf.h"
#include "base/common.h"

struct tk_stemmer;

/* Whether this build has libstemmer. */
bool tk_stem_available(void);

/* The languages (canonical names, "english", ...), NULL-terminated;
 * an empty list without libstemmer. */
const char *const *tk_stem_languages(void);

/* A stemmer for lang (a name of tk_stem_languages(), or an ISO 639
 * code: "en", "deu"), or NULL when there is none. */
struct tk_stemmer *tk_stemmer_new(const char *lang);
void tk_stemmer_free(struct tk_stemmer *st);

/* The stem of the folded word s[0..n), valid UTF-8: a pointer to
 * *outlen bytes owned by st, valid until the next call. */
const char *tk_stem(struct tk_stemmer *st, const char *s, size_t n,
                    size_t *outlen);

#endif
