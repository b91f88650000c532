/* token_chunk.h - the state the tokenizer's files share (internal to
 * lib/text/token*.c): the tokenizer, the chunk being tokenized (a run
 * of non-white-space characters), its UAX #29 segments, and the word
 * rules of token_word.c and token_abbrev.c. */
#ifndef TK_TOKEN_CHUNK_H
#define TK_TOKEN_CHUNK_H

#include "token_abbrev.h"
#include "token_class.h"
#include "wordbreak.h"
#include "dictseg.h"

#include <string.h>

struct chunk {
	struct tk_tokenizer *t;
	const char *s;   /* the whole span s[0..n); offsets are into it */
	size_t n;
	size_t a, b;     /* the chunk: s[a..b), no white space */
	size_t base;     /* t->brk[0] is the boundary flag of s[base] */
	bool ascii;
	bool has_at, has_colon;    /* an '@', a ':' somewhere in it */
	bool colon_cut;  /* has_colon, and a colon between letters cuts */
	tk_token_fn fn;
	void *ctx;
};

/* Boundaries of a non-ASCII chunk: the table-driven rules, or
 * libunistring itself for the tests' general path; then the words of
 * its runs of Han, kana, Thai, Lao, Khmer and Myanmar letters from a
 * dictionary segmenter (lib/text/dictseg.h; not under --uax29). */
static inline void wordbreaks(const struct tk_tokenizer *t, const char *s,
                              size_t n, char *p)
{
	if (unlikely(t->o.no_fast_path))
		tk_wordbreaks_slow(s, n, p);
	else
		tk_wordbreaks_table(s, n, p);
	if (t->ds)
		tk_dictseg_refine(t->ds, s, n, p);
}

size_t tk_token_seg_end_brk(struct chunk *c, size_t i);

/* T8: the segment s[i..j) ends at its first colon: UAX #29 joins letters
 * across a colon (MidLetter), which only Swedish and Finnish want
 * (opts.colon_joins): God:for is God : for. */
static inline size_t colon_cut(const char *s, size_t i, size_t j)
{
	/* a colon between letters is neither first nor last (segments are
	 * short: a loop, not a memchr call) */
	for (size_t k = i + 1; k + 1 < j; k++)
		if (s[k] == ':')
			return k;
	return j;
}

/* End of the UAX #29 segment that starts at s[i].  A rule may end a
 * token inside a segment (an address before "'t"); segmentation then
 * starts afresh at i, as if the text began there, on both paths (the
 * ASCII segmenter always works that way). */
static inline size_t seg_end(struct chunk *c, size_t i)
{
	size_t j = c->ascii ? i + tk_wb_ascii_segment(c->s + i, c->b - i)
	                    : tk_token_seg_end_brk(c, i);
	return unlikely(c->colon_cut) ? colon_cut(c->s, i, j) : j;
}

static inline int emit(const struct chunk *c, size_t i, size_t j,
                       enum tk_token_type type)
{
	struct tk_token tok = { c->s + i, j - i, i, type };
	return c->fn(c->ctx, &tok);
}

/* ---- word rules (token_word.c) ---- */

/* French and Italian elided words (l'homme, qu'il, dell'anno), which
 * --split-contractions cuts after the apostrophe. */
bool tk_token_is_elision(const char *s, size_t n);
/* Segment s[i..j) is a word or number segment; extend it by the word
 * rules (tokenize.1) and return the token end. */
size_t tk_token_extend_word(struct chunk *c, size_t i, size_t j);
/* T10 in context: the word s[w..] (of the token that starts at tok)
 * before the period that ends at p (in the chunk that ends at b, of the
 * span s[0..n))
 * keeps it (keeps_period() said KP_CTX or KP_NUM, kp)?  As
 * sentence-split decides whether the sentence goes on there: , ; : - or
 * a terminator after it, a number, a lower-case word, or (KP_CTX) a
 * capitalised word that is no sentence starter of the list.  At the end of the line, only a
 * word alone on it keeps its period (a token read back alone gives
 * itself). */
bool tk_token_period_ctx(const struct tk_tokenizer *t, const char *s,
                         size_t n, size_t tok, size_t w, size_t p, size_t b,
                         int kp);

/* T10: does the segment before the period s[j] keep it, keeps_period()
 * having said kp (the segment starts at w, its token at tok, its chunk
 * ends at b)? */
static inline bool period_kept(const struct tk_tokenizer *t, const char *s,
                               size_t n, size_t tok, size_t w, size_t j,
                               size_t b, int kp)
{
	return kp == KP_YES ||
	       (kp != KP_NO &&
	        tk_token_period_ctx(t, s, n, tok, w, j + 1, b, kp));
}

/* --split-contractions: emit word s[i..j) as Penn Treebank pieces. */
int tk_token_split_word(struct chunk *c, size_t i, size_t j,
                        enum tk_token_type type);

static inline int emit_word(struct chunk *c, size_t i, size_t j,
                            enum tk_token_type type)
{
	if (likely(!c->t->o.split_contractions) || type != TK_TOK_WORD)
		return emit(c, i, j, type);
	return tk_token_split_word(c, i, j, type);
}

#endif
