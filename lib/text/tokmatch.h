/* tokmatch.h - does a token (or a run of tokens) match a pattern?  The
 * search side of kwic, kept apart from its report.
 *
 * A token is compared through its key: the token case-folded as wordfreq
 * folds it (lib/text/casemap, full Unicode folding: "STRASSE" and
 * "Straße" have the key "strasse"), as it is with case_sensitive, and
 * with stem (a Snowball language, lib/text/stem) the folded word's stem
 * (words and numbers only; other tokens keep their folded key).
 *
 * The pattern is one token, or with phrase several tokens in a row:
 *   literal  the pattern's text is split with the tokenizer (default
 *            options) and each of its tokens is keyed like the text's;
 *            a token matches when the keys are equal.  Without phrase
 *            the pattern must be one token.
 *   regex    POSIX extended regular expressions, one per word of the
 *            pattern (split at white space with phrase), each matched
 *            against the whole key (anchored at both ends) in the C
 *            locale: bytes, so '.' is one byte of UTF-8.  Unless
 *            case_sensitive, REG_ICASE makes ASCII letters of the
 *            expression match either case (the key is already folded).
 *
 * Phrases up to TK_TOKMATCH_MAX tokens are matched with a shift-and
 * automaton, one step per token, so a caller feeds the stream's tokens
 * in order and learns at the last token of each occurrence that the
 * phrase ends there.  Occurrences may overlap ("a a" in "a a a" twice).
 *
 * The single-token literal that most searches are takes a fast path that
 * folds nothing: an ASCII token is compared byte by byte with the folded
 * pattern, lowered as it goes (ASCII folds to ASCII, and folding is one
 * character at a time, so the first differing ASCII byte decides);
 * tk_tokmatch_step_slow() is the general path, for the differential
 * test. */
#ifndef TK_TOKMATCH_H
#define TK_TOKMATCH_H

#include "base/buf.h"
#include "base/common.h"
#include "token.h"

#define TK_TOKMATCH_MAX 64

struct tk_tokmatch_opts {
	bool regex;
	bool phrase;
	bool case_sensitive;
	const char *stem; /* Snowball language, or NULL */
};

struct tk_tokmatch;

/* Compile pattern s[0..n) (valid UTF-8).  TK_OK and *out; TK_EINVAL
 * with the reason in err (NUL-terminated, cut to errsize): an empty
 * pattern, white space in a pattern without phrase, a literal of
 * several tokens without phrase, more than TK_TOKMATCH_MAX tokens, a
 * regular expression regcomp() refuses, a language with no stemmer. */
int tk_tokmatch_new(const char *s, size_t n, const struct tk_tokmatch_opts *o,
                    struct tk_tokmatch **out, char *err, size_t errsize);
void tk_tokmatch_free(struct tk_tokmatch *m);

/* Tokens in the pattern (1 without phrase). */
unsigned tk_tokmatch_len(const struct tk_tokmatch *m);

/* Feed the next token of the text; true when an occurrence of the
 * pattern ends with it (it then began tk_tokmatch_len() - 1 tokens
 * before).  tk_tokmatch_reset() forgets the tokens fed so far (a new
 * document: phrases never cross one). */
bool tk_tokmatch_step(struct tk_tokmatch *m, const char *s, size_t n,
                      enum tk_token_type type);
bool tk_tokmatch_step_slow(struct tk_tokmatch *m, const char *s, size_t n,
                           enum tk_token_type type);
void tk_tokmatch_reset(struct tk_tokmatch *m);

/* Append the key of token s[0..n) to out. */
void tk_tokmatch_key(struct tk_tokmatch *m, const char *s, size_t n,
                     enum tk_token_type type, struct tk_buf *out);

#endif
