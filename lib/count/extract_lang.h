/* extract_lang.h - the extractor's words and stop words (internal to
 * lib/count/extract*).
 *
 * A word is a run of ASCII letters and digits (with apostrophes) or of
 * non-ASCII characters other than Latin-1 and General Punctuation; it is
 * looked up lower-cased (ASCII, Latin-1 and Cyrillic capitals) in the
 * built-in stop-word lists of tk_extract_languages (lib/count/stopwords). */
#ifndef TK_EXTRACT_LANG_H
#define TK_EXTRACT_LANG_H

#include "base/common.h"
#include "text/htmlblocks.h"

#define TK_EXLANG_N 8

/* A stop-word set: open addressing over the list's words. */
struct tk_wordset {
	struct tk_span *slots;
	size_t mask;
};

struct tk_exlang {
	struct tk_wordset sets[TK_EXLANG_N];
};

void tk_exlang_init(struct tk_exlang *x);
void tk_exlang_free(struct tk_exlang *x);
/* The language (an index into tk_extract_languages): opt, else <html
 * lang>, else the list with most hits in the first blocks; -1 when none
 * fits. */
int tk_exlang_pick(const struct tk_exlang *x, const struct tk_hblocks *d,
                   const char *opt);
/* The words of s[0..n), and of them the stop words of lang (none when
 * lang is -1). */
void tk_exlang_count(const struct tk_exlang *x, int lang, const char *s,
                     size_t n, size_t *words, size_t *stops);

#endif
