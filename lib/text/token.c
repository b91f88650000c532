/* token.c - the one tokenizer (see token.h): UAX #29 word segments plus
 * the rules article text needs, tried at each position of a chunk in
 * the order tokenize.1 lists them:
 *   T1 URL, T2 e-mail, T3 @mention, T4 #hashtag, T5 emoticon
 *   (token_special.c), T6 a clitic alone ('s in PTB output), T7 runs of
 *   punctuation (... ?! -- **), then T8 a UAX #29 segment, which a word
 *   or number segment may extend (token_word.c): T9 numbers joined by
 *   colons or slashes (10:30 08/16/2000), T10 the abbreviation period
 *   (U.S. Dr.; token_abbrev.c), T11 hyphenated compounds, T12 1990's,
 *   T13 the plural possessive apostrophe (parents').  --uax29 keeps T8
 *   only.
 *
 * Invariants (tests check them):
 *   - every non-white-space character of the span is in exactly one
 *     token, in order; no token contains white space (base/space.h);
 *   - rules never look across white space: a line is cut into chunks of
 *     non-white-space characters, and each chunk is tokenized on its own
 *     (only the quote state below crosses chunks, and it can only keep a
 *     token apart, never join one);
 *   - a token tokenized on its own gives itself back, so tokenizing
 *     tokenize's output again changes nothing (idempotence).
 *
 * Speed: fast_line() takes every line and tokenizes its ASCII chunks
 * (most of English text) itself, with no separate pass to check that
 * the line is ASCII: a chunk that is one run of letters or digits,
 * maybe followed by one closing punctuation character (word, word:
 * word. 1990;), is found by word_run() and emitted at once; ASCII
 * chunks of one segment with middle characters (don't 1,000) and
 * numbers joined by colons or slashes (10:30 1:1) are emitted after one
 * scan; other chunks go to chunk(), the non-ASCII ones through
 * general().  ASCII is segmented by tk_wb_ascii_segment() and
 * classified through the byte table (token_class.c); chunks with
 * non-ASCII bytes get their boundaries from tk_wordbreaks_table() into a
 * buffer the tokenizer keeps, and the classes of their characters from
 * pages of libunistring's answers.  No allocation per token.  The unit
 * tests run every input through both paths (opts.no_fast_path:
 * u8_wordbreaks and classify() for every chunk) and compare. */
#include "token.h"
#include "token_chunk.h"
#include "token_special.h"
#include "base/ascii.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Set up t (zeroed) for options o (NULL: the defaults). */
static void init(struct tk_tokenizer *t, const struct tk_tokenizer_opts *o)
{
	if (o)
		t->o = *o;
	t->abbrev = t->o.abbrev ? t->o.abbrev : tk_abbrev_default();
	t->keys = tk_abbrev_keys(t->abbrev, &t->nkeys);
	t->spaced = tk_abbrev_has_spaced(t->abbrev);
}

struct tk_tokenizer *tk_tokenizer_new(const struct tk_tokenizer_opts *o)
{
	struct tk_tokenizer *t = xcalloc(1, sizeof *t);
	init(t, o);
	if (!t->o.uax29)
		t->ds = tk_dictseg_new();
	return t;
}

void tk_tokenizer_free(struct tk_tokenizer *t)
{
	if (!t)
		return;
	free(t->brk);
	tk_dictseg_free(t->ds);
	free(t);
}

/* seg_end() in a non-ASCII chunk: from the boundaries in t->brk. */
size_t tk_token_seg_end_brk(struct chunk *c, size_t i)
{
	if (i != c->base && !c->t->brk[i - c->base]) {
		wordbreaks(c->t, c->s + i, c->b - i, c->t->brk);
		c->base = i;
	}
	size_t j = i + (size_t)tk_utf8_seqlen((unsigned char)c->s[i]);
	const char *brk = c->t->brk - c->base;
	while (j < c->b && !brk[j])
		j++;
	return j;
}

/* Does a colon between letters cut a segment (T8)? */
static inline bool colon_cuts(const struct tk_tokenizer *t)
{
	return !t->o.colon_joins && !t->o.uax29;
}

/* The end of a special token of length len found at i, or 0. */
static inline size_t end_at(size_t i, size_t len)
{
	return len ? i + len : 0;
}

/* ---- the chunk loop -------------------------------------------------- */

/* An ASCII hyphen in s[0..n) (a short token: no memchr call). */
static inline bool has_hyphen(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '-')
			return true;
	return false;
}

static int chunk(struct chunk *c)
{
	struct tk_tokenizer *t = c->t;
	const char *s = c->s;
	size_t i = c->a, b = c->b;
	if (!c->ascii) {
		size_t n = b - c->a;
		if (t->brkcap < n) {
			t->brkcap = xgrow(t->brkcap, n, 256);
			free(t->brk);
			t->brk = xmalloc(t->brkcap);
		}
		wordbreaks(t, s + c->a, n, t->brk);
		c->base = c->a;
	}
	if (t->o.uax29) {
		/* UAX #29 segments, which --split-contractions still splits
		 * (as ascii_line() does) */
		while (i < b) {
			size_t j = seg_end(c, i);
			int r = emit_word(c, i, j, classify(s + i, j - i));
			if (r)
				return r;
			i = j;
		}
		return 0;
	}
	while (i < b) {
		unsigned char ch = (unsigned char)s[i];
		unsigned k = ctab[ch];
		size_t j = 0;
		enum tk_token_type type = TK_TOK_WORD;
		int r;

		size_t e = 0; /* end of the segment at i, once computed */
		if (k & C_ALPHA) {
			/* T1, T2 */
			if (!(k & C_NONASCII) && (c->has_colon || (ch | 0x20) == 'w') &&
			    (j = end_at(i, tk_url_len(s + i, b - i,
			                              (e = seg_end(c, i)) - i))) != 0)
				type = TK_TOK_URL;
			else if (c->has_at &&
			         (j = end_at(i, tk_email_len(s + i, b - i))) != 0)
				type = TK_TOK_EMAIL;
		} else if (k & C_DIGIT) {
			/* T2 */
			if (c->has_at &&
			    (j = end_at(i, tk_email_len(s + i, b - i))) != 0)
				type = TK_TOK_EMAIL;
		} else if (ch == '@' || ch == '#') {
			/* T3, T4 */
			bool after = i > c->a && (cls_before(s, i) & C_WORD);
			if ((j = end_at(i, tk_tag_len(s + i, b - i, after))) != 0)
				type = ch == '@' ? TK_TOK_MENTION : TK_TOK_HASHTAG;
		}
		/* T5 */
		if (!j && (k & C_EMO) &&
		    (j = end_at(i, tk_emoticon_len(s + i, b - i,
		                                   i > c->a &&
		                                   (cls_before(s, i) & C_WORD)))) != 0)
			type = TK_TOK_SYMBOL;
		/* T6 */
		if (!j && i == c->a && (ch == '\'' || ch == 0xE2) &&
		    (j = end_at(i, tk_clitic_len(s + i, b - i))) != 0)
			type = TK_TOK_WORD;
		/* T7 */
		if (!j && (k & C_TERM)) {
			size_t z = i + 1;
			while (z < b && (ctab[(unsigned char)s[z]] & C_TERM))
				z++;
			if (z - i > 1) {
				j = z;
				type = TK_TOK_PUNCT;
			}
		}
		if (!j && (k & C_RUN) && i + 1 < b && s[i + 1] == s[i]) {
			j = i + 2;
			while (j < b && s[j] == s[i])
				j++;
			type = classify(s + i, 1);
		}
		if (j) {
			r = emit(c, i, j, type);
		} else {
			/* T8, extended by T9-T13 */
			if (!e)
				e = seg_end(c, i);
			j = e;
			unsigned f = k;
			if (k & C_NONASCII) {
				tk_char u;
				tk_utf8_decode(s + i, &u);
				f = uentry(u);
				if (u == 0x2139) /* see classify() */
					f |= U_EMOJI;
			}
			if (((f & C_WORD) || ch == '_') && j < b &&
			    (ctab[(unsigned char)s[j]] & C_EXT))
				j = tk_token_extend_word(c, i, j);
			/* ASCII: a letter first makes a word, a digit a
			 * number unless a hyphen may come before a letter
			 * (what classify() would find, cheaper: 10:30 1,000);
			 * a non-ASCII letter first that starts no emoji
			 * makes a word (classify() again) */
			if (c->ascii && (k & C_ALPHA))
				type = TK_TOK_WORD;
			else if (c->ascii && (k & C_DIGIT) &&
			         (j == e || !has_hyphen(s + i, j - i)))
				type = TK_TOK_NUMBER;
			else if (!t->o.no_fast_path &&
			         (f & (C_ALPHA | C_NONASCII | U_EMOJI)) ==
			         (C_ALPHA | C_NONASCII))
				type = TK_TOK_WORD;
			else
				type = classify(s + i, j - i);
			if (j - i <= 3 && (ch == '\'' || ch == '`' ||
			                   (j - i == 3 && ch == 0xE2 &&
			                    (unsigned char)s[i + 1] == 0x80 &&
			                    ((unsigned char)s[i + 2] == 0x98 ||
			                     (unsigned char)s[i + 2] == 0x99)))) {
				/* single quotes: opening before a word, closing after */
				if (j < b && (cls_at(s, j, b) & C_WORD) &&
				    (i == c->a || !(cls_before(s, i) & C_WORD)))
					t->squote_open = true;
				else if (i > c->a && (cls_before(s, i) & C_WORD))
					t->squote_open = false;
			}
			r = emit_word(c, i, j, type);
		}
		if (r)
			return r;
		i = j;
	}
	return 0;
}

/* The chunks of s[i..n) (a whole line or the rest of one), each
 * classified and sent to chunk(): the general path.  With stop, only up
 * to the first chunk that ends at ASCII white space or at n, whose end
 * goes to *stop (fast_line() goes on from there). */
static int general(struct chunk *c, size_t i, size_t n, size_t *stop)
{
	const char *s = c->s;
	if (stop)
		*stop = n;
	while (i < n) {
		/* white space */
		i += tk_space_run(s + i, n - i);
		if (i >= n)
			break;
		/* the chunk: up to the next white space */
		size_t a = i;
		bool ascii = true, colon = false, at = false;
		while (i < n) {
			unsigned char b = (unsigned char)s[i];
			if (b < 0x80) {
				if (ctab[b] & C_SPACE)
					break;
				colon |= b == ':';
				at |= b == '@';
				i++;
				continue;
			}
			if (tk_space_len(s + i, n - i, 0))
				break;
			ascii = false;
			i += (size_t)tk_utf8_seqlen(b);
		}
		c->a = a;
		c->b = i;
		c->ascii = ascii && !c->t->o.no_fast_path;
		c->has_at = at;
		c->has_colon = colon;
		c->colon_cut = colon && colon_cuts(c->t);
		int r = chunk(c);
		if (r)
			return r;
		if (stop && (i == n || (unsigned char)s[i] < 0x80)) {
			*stop = i;
			return 0;
		}
	}
	return 0;
}

/* fast_line()'s way into general() for a chunk that starts with a
 * non-ASCII character at s[i]: general() finds the chunk's end, which
 * is returned; *r is general()'s result.  Cold and not inlined, so that
 * fast_line()'s ASCII loop compiles as before (inline, or only not
 * inlined, it cost English text 3-7% more instructions). */
#if defined(__GNUC__)
__attribute__((cold))
#endif
static TK_NOINLINE size_t general_from(struct chunk *c, size_t i, size_t n,
                                       int *r)
{
	size_t end;
	*r = general(c, i, n, &end);
	c->ascii = true;
	return end;
}

/* End of the run of word characters (A-Z a-z 0-9 _) from s[i] in
 * s[0..n), and in *kend the class of the byte that ends it (C_SPACE at
 * the end of the line): ASCII letters eight at a time as in
 * tk_wb_ascii_segment(), then the byte table. */
static inline TK_ALWAYS_INLINE size_t word_run(const char *s, size_t i,
                                               size_t n, unsigned *kend)
{
#if TK_ASCII_SWAR
	while (i + 8 <= n) {
		uint64_t m = tk_ascii_nonletters8(s + i);
		if (m) {
			i += tk_ascii_first8(m);
			break;
		}
		i += 8;
	}
#endif
	unsigned k = C_SPACE;
	while (i < n && ((k = ctab[(unsigned char)s[i]]) & C_WRUN))
		i++;
	*kend = i < n ? k : C_SPACE;
	return i;
}

/* Might the run of ASCII word characters s[0..n) keep a following
 * period (keeps_period() other than KP_NO)?  Out of line: fast_line()
 * keeps its registers (measured: 4% fewer instructions than inline). */
static TK_NOINLINE bool run_abbrev(const struct tk_tokenizer *t,
                                   const char *s, size_t n)
{
	return run_keeps_period(t, s, n) != KP_NO;
}

/* fast_line()'s way for any other ASCII chunk (not one run of letters
 * or digits with at most one closing character), the one that starts at
 * s[i] with byte class k: scanned (is it ASCII? does it hold an '@',
 * colons, an apostrophe?), then emitted if it is one word or number
 * segment with middle characters or numbers joined by colons or
 * slashes, else tokenized by chunk(); the chunk's end is returned, and
 * in *rp the callback's result (0: go on).  Not inlined, so that
 * fast_line()'s loop keeps its registers for the common chunks
 * (measured on kjvbible.txt: 4.5% fewer instructions for tokenize). */
static TK_NOINLINE size_t other_chunk(struct chunk *c, size_t i, size_t n,
                                      unsigned k, int *rp)
{
	const char *s = c->s;
	int r;
	size_t a = i;
	unsigned all = 0, colons = 0;
	for (; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		unsigned kc = ctab[ch];
		if (kc & C_SPACE)
			break;
		all |= kc;
		colons += ch == ':';
		all |= ch == '@' ? C_AT : ch == '\'' ? C_APOS : 0;
	}
	if (all & C_NONASCII) {
		*rp = general(c, a, i, NULL);
		c->ascii = true;
		return i;
	}
	c->a = a;
	c->b = i;
	c->has_at = (all & C_AT) != 0;
	c->has_colon = colons != 0;
	c->colon_cut = colons != 0 && colon_cuts(c->t);
	if (k & (C_ALPHA | C_DIGIT)) {
		/* one segment with middle characters (don't 1,000
		 * U.S), maybe with one closing character */
		size_t b = i, j = a + tk_wb_ascii_segment(s + a, b - a);
		if (unlikely(c->colon_cut))
			j = colon_cut(s, a, j);
		enum tk_token_type type = k & C_ALPHA ? TK_TOK_WORD
		                                      : TK_TOK_NUMBER;
		if ((s[a] | 0x20) == 'w' && j - a > 4 &&
		    eq_nocase(s + a, 4, "www.")) {
			/* a URL: chunk() */
		} else if (j == b && colons == 0) {
			/* a colon inside may be a URL (mailto:x) */
			*rp = emit_word(c, a, j, type);
			return i;
		} else if (j + 1 == b && (ctab[(unsigned char)s[j]] & C_END) &&
		           colons == (s[j] == ':') &&
		           (s[j] != '.' ||
		            (!(all & C_APOS) &&
		             keeps_period(c->t, s + a, j - a) == KP_NO))) {
			if ((r = emit_word(c, a, j, type)) == 0)
				r = emit(c, j, j + 1, TK_TOK_PUNCT);
			*rp = r;
			return i;
		} else if ((k & C_DIGIT) && !(all & C_AT) && !c->t->o.uax29) {
			/* numbers joined by extend_word()'s first rule
			 * (10:30 08/16/2000 1:1), maybe with one closing
			 * character but a period; no other rule applies
			 * to them, and a digit first makes no URL */
			while (j + 1 < b && (s[j] == ':' || s[j] == '/') &&
			       (ctab[(unsigned char)s[j - 1]] & C_DIGIT) &&
			       (ctab[(unsigned char)s[j + 1]] & C_DIGIT))
				j = c->colon_cut
				    ? colon_cut(s, j + 1, j + 1 + tk_wb_ascii_segment(s + j + 1, b - j - 1))
				    : j + 1 + tk_wb_ascii_segment(s + j + 1, b - j - 1);
			if (j == b || (j + 1 == b && s[j] != '.' &&
			               (ctab[(unsigned char)s[j]] & C_END))) {
				if ((r = emit(c, a, j, TK_TOK_NUMBER)) == 0 && j < b)
					r = emit(c, j, b, TK_TOK_PUNCT);
				*rp = r;
				return i;
			}
		}
	}
	*rp = chunk(c);
	return i;
}

/* The fast path, for any line: chunks of ASCII text between ASCII
 * white space are tokenized here, the others go to general().  No
 * separate pass checks that the line is ASCII: a chunk is known to be
 * ASCII once scanned.  Most chunks are one run of letters or digits
 * (a segment without middle characters, so no URL, no e-mail, no
 * abbreviation dots), maybe followed by one closing punctuation
 * character (word, word: word. 1990;): those are emitted at once,
 * without looking at the chunk twice.  Other ASCII chunks that are one
 * word or number segment, or numbers joined by colons or slashes, maybe
 * with that closing character, are also emitted here; any other chunk
 * goes to chunk().  The differential unit tests check all of this
 * against the general path. */
static int fast_line(struct chunk *c, size_t n)
{
	const char *s = c->s;
	size_t i = 0;
	int r;
	/* read once: the callback may write anywhere */
	const bool split = c->t->o.split_contractions;
	c->ascii = true;
	while (i < n) {
		unsigned k = ctab[(unsigned char)s[i]];
		if (k & C_SPACE) {
			i++;
			continue;
		}
		if (k & (C_ALPHA | C_DIGIT)) {
			unsigned kj;
			size_t j = word_run(s, i + 1, n, &kj);
			enum tk_token_type type = k & C_ALPHA ? TK_TOK_WORD
			                                      : TK_TOK_NUMBER;
			if (kj & C_SPACE) {
				if ((r = split ? emit_word(c, i, j, type)
				               : emit(c, i, j, type)) != 0)
					return r;
				i = j + 1;
				continue;
			}
			/* "word," "word." before white space: no rule but the
			 * abbreviation period applies, which for a run of
			 * letters is keeps_period() on it (no other period,
			 * apostrophe or hyphen inside) */
			if ((kj & C_END) && (j + 1 == n ||
			                     (ctab[(unsigned char)s[j + 1]] & C_SPACE)) &&
			    (s[j] != '.' || !run_abbrev(c->t, s + i, j - i))) {
				if ((r = split ? emit_word(c, i, j, type)
				               : emit(c, i, j, type)) != 0 ||
				    (r = emit(c, j, j + 1, TK_TOK_PUNCT)) != 0)
					return r;
				i = j + 2;
				continue;
			}
		}
		if (unlikely(k & C_NONASCII)) {
			int rg;
			i = general_from(c, i, n, &rg);
			if (rg)
				return rg;
			continue;
		}
		int ro;
		i = other_chunk(c, i, n, k, &ro);
		if (ro)
			return ro;
	}
	return 0;
}

/* Tokenize s[0..n) with the line state t holds (tk_tokenize() resets
 * it, tk_tokenize_more() keeps it). */
static int tokenize(struct tk_tokenizer *t, const char *s, size_t n,
                    tk_token_fn fn, void *ctx)
{
	struct chunk c = { .t = t, .s = s, .n = n, .fn = fn, .ctx = ctx };
	if (unlikely(t->o.no_fast_path))
		return general(&c, 0, n, NULL);
	return fast_line(&c, n);
}

/* Does s[0..n) hold a token, a character that is not white space? */
static inline bool has_token(const char *s, size_t n)
{
	unsigned char c = n ? (unsigned char)s[0] : 0;
	return (c > ' ' && c < 0x80) || tk_space_run(s, n) < n;
}

int tk_tokenize(struct tk_tokenizer *t, const char *s, size_t n,
                tk_token_fn fn, void *ctx)
{
	t->squote_open = false;
	t->seen = false;
	int r = tokenize(t, s, n, fn, ctx);
	/* (every character but white space is in a token; a span of white
	 * space only, cut before any token, has none) */
	t->seen = has_token(s, n);
	return r;
}

int tk_tokenize_more(struct tk_tokenizer *t, const char *s, size_t n,
                     tk_token_fn fn, void *ctx)
{
	int r = tokenize(t, s, n, fn, ctx);
	t->seen |= has_token(s, n);
	return r;
}

void tk_tokenizer_para_end(struct tk_tokenizer *t, bool end)
{
	t->para_end = end;
}

bool tk_token_lone_period(const char *s, size_t n)
{
	/* (called where a block ends or a next line is not read yet: a
	 * plain scan will do) */
	if (!tk_token_may_be_lone(s, n))
		return false;
	size_t i = tk_space_run(s, n), start = i;
	while (i < n && tk_space_len(s + i, n - i, 0) == 0)
		i++; /* (a continuation byte never starts a space) */
	size_t end = i;
	i += tk_space_run(s + i, n - i);
	return i == n && end > start && s[end - 1] == '.';
}

/* The tokens of a line: how many, and whether the last keeps a period. */
struct last {
	size_t n;
	bool kept;
};

static int last_token(void *ctx, const struct tk_token *tok)
{
	struct last *l = ctx;
	l->n++;
	l->kept = tok->len > 1 && tok->p[tok->len - 1] == '.';
	return 0;
}

bool tk_tokenizer_needs_next(struct tk_tokenizer *t, const char *s,
                             size_t n)
{
	if (!tk_token_lone_period(s, n))
		return false;
	bool squote = t->squote_open, seen = t->seen, end = t->para_end;
	struct last a = { 0, false }, b = { 0, false };
	t->para_end = false;
	tk_tokenize_line(t, s, n, false, last_token, &a);
	/* a paragraph's end only takes a kept period off ("him." was
	 * "him" "." already) */
	if (a.kept) {
		t->para_end = true;
		tk_tokenize_line(t, s, n, false, last_token, &b);
	}
	t->squote_open = squote;
	t->seen = seen;
	t->para_end = end;
	return a.kept && a.n != b.n;
}

/* tk_tokenize_line(): the caller's callback, with the offsets of a
 * piece's tokens made offsets into the line. */
struct shifted {
	tk_token_fn fn;
	void *ctx;
	size_t shift;
};

static int shifted_token(void *ctx, const struct tk_token *tok)
{
	struct shifted *sh = ctx;
	struct tk_token t = *tok;
	t.offset += sh->shift;
	return sh->fn(sh->ctx, &t);
}

int tk_tokenize_line(struct tk_tokenizer *t, const char *s, size_t n,
                     bool more, tk_token_fn fn, void *ctx)
{
	size_t cut;
	if (likely(n <= TK_TOKEN_MAX) || (cut = tk_token_cut_long(s, n)) == 0)
		return (more ? tk_tokenize_more : tk_tokenize)(t, s, n, fn, ctx);
	struct shifted sh = { fn, ctx, 0 };
	int r = (more ? tk_tokenize_more : tk_tokenize)(t, s, cut, fn, ctx);
	while (r == 0 && cut > 0) {
		sh.shift += cut;
		cut = tk_token_cut_long(s + sh.shift, n - sh.shift);
		r = tk_tokenize_more(t, s + sh.shift, cut ? cut : n - sh.shift,
		                     shifted_token, &sh);
	}
	return r;
}

/* Start of the white-space character that ends at s[i] (i > 0), or
 * (size_t)-1 if s[i - 1] ends no white space. */
static size_t space_before(const char *s, size_t i)
{
	size_t k = i - 1;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	size_t l = tk_space_len(s + k, i - k, 0);
	return l && k + l == i ? k : (size_t)-1;
}

/* End of a run of white space in s[0..n) after which a cut is safe
 * (see tk_token_cut()), the last one or, with skip_last, the last but
 * the last run of s; 0 if none.  any: any run but a leading one will
 * do. */
static size_t space_cut(const char *s, size_t n, bool skip_last, bool any)
{
	size_t runs = 0, i = n;
	while (i > 0) {
		size_t k = space_before(s, i);
		if (k == (size_t)-1) {
			i--;
			while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
				i--;
			continue;
		}
		size_t end = i;
		while (k != (size_t)-1) {
			i = k;
			k = i > 0 ? space_before(s, i) : (size_t)-1;
		}
		/* not after white space alone: a piece after a cut
		 * follows a token (T10 needs to know) */
		if ((runs++ > 0 || !skip_last) && i > 0 &&
		    (any || s[i - 1] != '.'))
			return end;
	}
	return 0;
}

size_t tk_token_cut_long(const char *s, size_t n)
{
	return tk_token_cut_run(s, n, TK_TOKEN_MAX);
}

size_t tk_token_cut_run(const char *s, size_t n, size_t max)
{
	if (n <= max || max == 0)
		return 0;
	size_t start = 0, l;
	for (size_t i = 0; i < n;) {
		if ((l = tk_space_len(s + i, n - i, 0)) != 0) {
			i += l;
			start = i;
			continue;
		}
		if (i - start >= max) {
			size_t cut = tk_utf8_boundary(s + start, max);
			/* a character longer than max: cut after it */
			return start + (cut ? cut : (size_t)tk_utf8_seqlen(
			                                (unsigned char)s[start]));
		}
		i++;
	}
	return 0;
}

/* The cut of a span too long to hold while the word after a period
 * (T10 in context) is looked for: after its last white space, whatever
 * precedes it; 0 for a shorter span. */
static size_t far_cut(const char *s, size_t n)
{
	return n > TK_TOKEN_CUT_LINE_MAX ? space_cut(s, n, false, true) : 0;
}

size_t tk_token_cut(const char *s, size_t n)
{
	/* Rules look across white space only from a period (T10 in
	 * context reads the next word), so a cut after white space that
	 * does not follow a period is safe; so is one in white space
	 * before any token (a line of white space only is not held). */
	size_t c = space_cut(s, n, false, false);
	if (c == 0)
		c = tk_space_run(s, n);
	return c ? c : far_cut(s, n);
}

/* tk_token_cut_line(): the quote state after each token, and the last
 * token start after white space where the state was closed. */
struct cut_scan {
	const struct tk_tokenizer *t;
	size_t prev_end;
	bool open;   /* quote state after the previous token */
	bool period; /* the previous token ends with a period */
	size_t cut;
};

static int cut_scan_token(void *ctx, const struct tk_token *tok)
{
	struct cut_scan *k = ctx;
	if (tok->offset > k->prev_end && !k->open && !k->period)
		k->cut = tok->offset;
	k->prev_end = tok->offset + tok->len;
	k->period = tok->p[tok->len - 1] == '.';
	k->open = k->t->squote_open; /* chunk() sets it before the emit */
	return 0;
}

/* s[0..n) holds two chunks at least: a non-space after white space
 * after a non-space (trailing white space does not count). */
static bool two_chunks(const char *s, size_t n)
{
	bool text = false, gap = false;
	for (size_t i = 0, l; i < n; i += l) {
		l = tk_space_len(s + i, n - i, 0);
		if (l) {
			gap = text;
			continue;
		}
		l = (size_t)tk_utf8_seqlen((unsigned char)s[i]);
		if (l > n - i) /* cut off by the end: white space, maybe */
			return false;
		if (gap)
			return true;
		text = true;
		if (l == 0)
			l = 1;
	}
	return false;
}

static size_t cut_line(const char *s, size_t n);

size_t tk_token_cut_line(const char *s, size_t n)
{
	size_t cut = cut_line(s, n), lc = tk_token_cut_long(s, n);
	return lc > cut ? lc : cut;
}

static size_t cut_line(const char *s, size_t n)
{
	size_t ws = space_cut(s, n, false, false);
	/* a word alone after the cut would be alone on its piece, and a
	 * period that ends it (here or further on the line) would stay with
	 * it for T10 in context: cut before its predecessor */
	if (ws && !two_chunks(s + ws, n - ws))
		ws = space_cut(s, ws, true, false);
	if (ws == 0 && (ws = tk_space_run(s, n)) != 0)
		return ws; /* white space before any token: the state is new */
	if (ws == 0)
		return far_cut(s, n);
	struct tk_tokenizer t = { .o = { 0 } };
	init(&t, NULL);
	struct cut_scan k = { &t, 0, false, false, 0 };
	tokenize(&t, s, ws, cut_scan_token, &k);
	free(t.brk);
	if (!k.open || (k.cut == 0 && n > TK_TOKEN_CUT_LINE_MAX))
		return ws;
	return k.cut;
}
