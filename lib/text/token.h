/* token.h - the one tokenizer: text -> typed tokens.
 *
 * Every tool that splits text into words (tokenize, wordfreq, ngram)
 * calls this module, so their notion of a token is one and the same.
 * Input is valid UTF-8 without line terminators inside (a record from
 * lib/input).  Tokens never contain white space.  Offsets are byte
 * offsets into the span given to tk_tokenize().
 *
 * Streaming: a line longer than the record limit arrives in pieces
 * (struct tk_record.more).  tk_token_cut() tells how much of a piece can
 * be tokenized now without splitting a token; the caller keeps the rest
 * and prepends it to the next piece.  The first span of a line goes to
 * tk_tokenize(), the following ones to tk_tokenize_more(), so that the
 * state of the line (an open single quote) carries across the cuts and
 * the line gives the tokens it would give whole. */
#ifndef TK_TOKEN_H
#define TK_TOKEN_H

#include "base/common.h"

struct tk_abbrev;

enum tk_token_type {
	TK_TOK_WORD,
	TK_TOK_NUMBER,
	TK_TOK_PUNCT,
	TK_TOK_SYMBOL,
	TK_TOK_URL,
	TK_TOK_EMAIL,
	TK_TOK_HASHTAG,
	TK_TOK_MENTION,
	TK_TOK_EMOJI,
	TK_TOK_NTYPES
};

/* "word", "number", ... */
const char *tk_token_type_name(enum tk_token_type t);

struct tk_token {
	const char *p;
	size_t len;
	size_t offset;            /* p - start of the span */
	enum tk_token_type type;
};

struct tk_tokenizer_opts {
	bool uax29;               /* plain UAX #29 word segmentation only
	                           * (split_contractions still applies) */
	bool split_contractions;  /* Penn Treebank style: do n't, Russia 's */
	bool split_hyphens;       /* 45-year-old -> 45 - year - old */
	bool colon_joins;         /* a colon between letters joins them, as
	                           * in UAX #29 (Swedish, Finnish: -l sv) */
	bool no_fast_path;        /* tests: libunistring for every chunk */
	const struct tk_abbrev *abbrev; /* abbreviations and sentence
	                           * starters (borrowed; NULL: the built-in
	                           * English list, text/abbrev.h) */
};

struct tk_tokenizer;

struct tk_tokenizer *tk_tokenizer_new(const struct tk_tokenizer_opts *o);
void tk_tokenizer_free(struct tk_tokenizer *t);

/* Called once per token, in text order; a non-zero return stops
 * tk_tokenize(), which then returns that value. */
typedef int (*tk_token_fn)(void *ctx, const struct tk_token *tok);

/* Whether the line tokenized next is the last of its paragraph: a
 * blank line or the end of the text follows it.  It matters only for a
 * line that tk_token_lone_period() holds for (then its period ends a
 * sentence, "or\nno.\n\n", unless the line is an abbreviation whatever
 * follows); callers that know the next line say it before each such
 * line, the others leave it false (the word keeps the period, as a line
 * of tokenize's own output read back needs: "No.\n5\n"). */
void tk_tokenizer_para_end(struct tk_tokenizer *t, bool end);

/* True when the tokens of line s[0..n) may depend on the line after it
 * (tk_tokenizer_para_end): one token, between white space only, that
 * ends with a period. */
bool tk_token_lone_period(const char *s, size_t n);

/* Its first test, cheap enough for every line: false for a line that
 * ends with neither a period nor white space (most lines). */
static inline bool tk_token_may_be_lone(const char *s, size_t n)
{
	unsigned char c = n ? (unsigned char)s[n - 1] : 0;
	return c == '.' || (n && (c <= ' ' || c >= 0x80));
}

/* True when t gives line s[0..n) other tokens at a paragraph's end than
 * before more text (a lone "no.", not a lone "c." or "U.S."): only then
 * need a reader learn what follows the line.  Leaves t's line state as
 * it was. */
bool tk_tokenizer_needs_next(struct tk_tokenizer *t, const char *s,
                             size_t n);

/* Tokenize one line s[0..n) (or the first span of one: see above). */
int tk_tokenize(struct tk_tokenizer *t, const char *s, size_t n,
                tk_token_fn fn, void *ctx);

/* Tokenize s[0..n), the span that follows the previous tk_tokenize() or
 * tk_tokenize_more() call on t in the same line (a cut from
 * tk_token_cut() between them). */
int tk_tokenize_more(struct tk_tokenizer *t, const char *s, size_t n,
                     tk_token_fn fn, void *ctx);

/* Length of the longest prefix of valid UTF-8 s[0..n) that ends where a
 * token boundary is certain whatever follows: just after white space
 * (ASCII or not) that follows a token that does not end with a period
 * (an abbreviation's period depends on the word after it), else the
 * white space that starts s (so that a line of white space only is not
 * held whole); else, when s is longer than TK_TOKEN_CUT_LINE_MAX, just
 * after its last white space even after a period (the word after it is
 * then too far to be seen: memory stays bounded, and the pieces of
 * tk_token_cut_line() agree); 0 if none. */
#define TK_TOKEN_CUT_LINE_MAX (4u << 20)
size_t tk_token_cut(const char *s, size_t n);

/* For callers that tokenize the pieces of a line independently (each
 * with tk_tokenize(), maybe in other threads: wordfreq -j): like
 * tk_token_cut(), for s[0..n) that starts a line or follows such a cut,
 * but only where the line's state is back to its start (no single quote
 * open), and never at the last white space of s after a token, so that
 * the pieces give the tokens of the whole line (white space before any
 * token may go, all of it).  When
 * there is no such cut and n > TK_TOKEN_CUT_LINE_MAX, it returns
 * tk_token_cut() (memory stays bounded; a quote left open that long
 * then loses its state), or tk_token_cut_long() when that cuts
 * further (a caller tokenizing a piece cuts it again there).  Tokenizes
 * s (the default options). */
size_t tk_token_cut_line(const char *s, size_t n);

/* The longest token: a stream tool that must bound its memory cuts a
 * run of more bytes without white space (tokenize does, with a
 * warning); counting tools count a longer token cut the same way.
 * tk_token_cut_long() says where. */
#define TK_TOKEN_MAX (4u << 20)

/* The first cut in s[0..n) (a line, or a piece of one that starts it
 * or follows a cut) of a run of more than TK_TOKEN_MAX bytes without
 * white space: after the run's first TK_TOKEN_MAX bytes, rounded down
 * to a character boundary; 0 if there is no such run.  The text after
 * the cut is tokenized as a new piece (tk_tokenize_more()), and cut
 * again TK_TOKEN_MAX bytes on if it is still that long.  The cuts
 * depend only on where the run starts, so every tool cuts a long token
 * into the same pieces whatever the size of its reads. */
size_t tk_token_cut_long(const char *s, size_t n);
/* The same for runs longer than max bytes (tests: a small max); a
 * character longer than max is cut after, not before. */
size_t tk_token_cut_run(const char *s, size_t n, size_t max);

/* tk_tokenize() (more: tk_tokenize_more()) on s[0..n), with each run
 * longer than TK_TOKEN_MAX bytes cut where tk_token_cut_long() says,
 * as if white space were there; offsets stay offsets into s.  What the
 * counting tools call for each line or piece of one. */
int tk_tokenize_line(struct tk_tokenizer *t, const char *s, size_t n,
                     bool more, tk_token_fn fn, void *ctx);

/* True for the types that --words keeps and wordfreq counts by default
 * (words and numbers). */
static inline bool tk_token_is_word(enum tk_token_type t)
{
	return t == TK_TOK_WORD || t == TK_TOK_NUMBER;
}

/* Tests: 0 when the tokenizer's table of character classes agrees with
 * libunistring on every non-ASCII code point, else the first that does
 * not. */
int tk_token_check_classes(void);

#endif
