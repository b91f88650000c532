/* sentence.c - sentence and paragraph boundaries (see sentence.h).
 *
 * Two segmenters behind one streaming feed:
 *
 * UAX #29 (tk_sentence_uax29): the text is decoded into a sequence of
 * "base" characters, Extend and Format folded into the one before (SB5);
 * each rule below is an `if` labelled with its number.  The left context
 * that SB8-SB11 need (SATerm Close* Sp*) is tracked by a three-state
 * automaton, and SB8's look-ahead remembers where its last scan stopped,
 * so the whole pass is linear.
 *
 * The default segmenter skips to the next candidate: '.', '?', '!',
 * '\n' (NUL with -z) and non-ASCII terminators and separators, sixteen
 * bytes at a time with SSE2, else eight with word-at-a-time tests, then
 * through a 256-entry class table, so most text is passed over without
 * decoding (no_skip turns the fast loops off: the reference path of the
 * differential tests).  At a candidate it reads the terminator cluster
 * (terminators, then closing quotes and brackets), the white space after
 * it, the word before it and the word after it, and decides; at a line
 * end it looks at the next line (blank, heading, list item, quote, or a
 * continuation).  No decision looks more than HORIZON bytes ahead, which
 * makes the result independent of how the text is cut into windows.
 *
 * Measured with callgrind on kjvbible.txt (4.3 MB): 204M instructions
 * with a byte loop and a copy per sentence, 84M with the SSE2 skip and
 * squeeze writing straight into the output buffer.
 *
 * Invariant of the feed: s[0..pos) is consumed; the splitter's state
 * (`line_start`, `unit`, gap counters) describes position pos. */
#include "sentence.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

extern const uint32_t tk_sb_stop_leads[8];

struct tk_splitter {
	struct tk_sentence_opts o;
	size_t max;
	bool started;       /* a sentence has been reported */
	int gap_nl;         /* line breaks since the last sentence (max 2) */
	bool line_start;    /* the feed position is at the start of a line */
	bool unit;          /* ...its line is a heading, list item, quote */
	size_t skip;        /* length of that line's marker at the position */
	uint8_t cls[256];   /* byte classes of the default scanner */
	uint8_t asb[128];   /* Sentence_Break of ASCII (never Extend/Format) */
	/* UAX #29 scratch */
	uint8_t *bp;
	size_t *bo;
	size_t bcap;
};

enum { C_NONE, C_STOP };

struct tk_splitter *tk_splitter_new(const struct tk_sentence_opts *o)
{
	struct tk_splitter *sp = xcalloc(1, sizeof *sp);
	sp->o = *o;
	sp->max = o->max_len ? o->max_len : TK_SENTENCE_MAX;
	if (sp->max < 64)
		sp->max = 64;
	sp->line_start = true;
	sp->cls['.'] = sp->cls['?'] = sp->cls['!'] = sp->cls['\n'] = C_STOP;
	if (o->nul)
		sp->cls[0] = C_STOP;
	if (o->no_skip)
		memset(sp->cls, C_STOP, sizeof sp->cls);
	for (int c = 0; c < 128; c++)
		sp->asb[c] = (uint8_t)tk_sb_prop((tk_char)c);
	for (int b = 0x80; b < 256; b++)
		if (tk_sb_stop_leads[b >> 5] >> (b & 31) & 1)
			sp->cls[b] = C_STOP;
	return sp;
}

void tk_splitter_free(struct tk_splitter *sp)
{
	if (!sp)
		return;
	free(sp->bp);
	free(sp->bo);
	free(sp);
}

/* ---- white space ------------------------------------------------------ */

size_t tk_sentence_space(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	switch (u[0]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return 1;
	case 0xC2: /* U+0085 NEL (U+00A0 no-break space is kept) */
		return n >= 2 && u[1] == 0x85 ? 2 : 0;
	case 0xE1: /* U+1680 OGHAM SPACE MARK */
		return n >= 3 && u[1] == 0x9A && u[2] == 0x80 ? 3 : 0;
	case 0xE2:
		if (n < 3)
			return 0;
		if (u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8A && u[2] != 0x87) ||
		                     u[2] == 0xA8 || u[2] == 0xA9))
			return 3; /* U+2000..200A but U+2007, U+2028, U+2029 */
		return u[1] == 0x81 && u[2] == 0x9F ? 3 : 0; /* U+205F */
	case 0xE3: /* U+3000 IDEOGRAPHIC SPACE */
		return n >= 3 && u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
	}
	return 0;
}

/* White space at s, with NUL counted as a paragraph break under -z;
 * *nl gets the line breaks it stands for (0, 1, or 2 for a paragraph). */
static size_t space_nl(const struct tk_splitter *sp, const char *s, size_t n,
                       int *nl)
{
	unsigned char c = (unsigned char)s[0];
	*nl = 0;
	if (c == '\n') {
		*nl = 1;
		return 1;
	}
	if (c == 0 && sp->o.nul) {
		*nl = 2;
		return 1;
	}
	if (c < 0x80 && c != ' ' && c != '\t' && c != '\r' && c != '\v' &&
	    c != '\f')
		return 0;
	size_t w = tk_sentence_space(s, n);
	if (w == 1 && c == '\f')
		*nl = 2;
	else if (w == 2 || (w == 3 && (unsigned char)s[1] == 0x80 &&
	                    (unsigned char)s[2] == 0xA8))
		*nl = 1; /* NEL, U+2028 LINE SEPARATOR */
	else if (w == 3 && (unsigned char)s[1] == 0x80 &&
	         (unsigned char)s[2] == 0xA9)
		*nl = 2; /* U+2029 PARAGRAPH SEPARATOR */
	return w;
}

#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u
static inline uint64_t has_byte(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (ONES * c);
	return (x - ONES) & ~x & HIGHS;
}

#if defined(__SSE2__)
/* 0xFF where a byte is an ASCII control (< 0x20) or one of the lead
 * bytes C2, E1, E2, E3 of non-ASCII white space. */
static inline __m128i maybe_space16(__m128i v)
{
	__m128i ctl = _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8((char)0x80)),
	                             _mm_set1_epi8((char)(0x20 ^ 0x80)));
	__m128i lead = _mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
	    _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(3)),
	                   _mm_set1_epi8((char)0xE3))); /* E0..E3 */
	return _mm_or_si128(ctl, lead);
}
#endif

/* Han, kana, CJK punctuation and full-width forms: scripts written
 * without spaces between words. */
static bool cjk(tk_char c)
{
	return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3001 && c <= 0x30FF) ||
	       (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF60) ||
	       (c >= 0x20000 && c <= 0x3FFFF);
}

static bool cjk_at(const char *s, size_t n)
{
	tk_char c;
	return (unsigned char)s[0] >= 0xE2 && n >= 3 &&
	       (tk_utf8_decode(s, &c), cjk(c));
}

/* The character that ends at s + r (r > 0). */
static bool cjk_before(const char *s, size_t r)
{
	tk_char c;
	tk_utf8_decode_last(s, r, &c);
	return cjk(c);
}

/* Bytes that may start white space: ASCII controls and space, and the
 * lead bytes of the non-ASCII spaces (U+0085, U+1680, U+2000.., U+3000). */
static const uint8_t maybe_space[256] = {
	[0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[0x10] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[' '] = 1, [0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1,
};

size_t tk_sentence_squeeze_to(const char *s, size_t n, char *out)
{
	size_t i = 0, o = 0;
	while (i < n) {
		/* The run up to the next white space: single spaces between
		 * words are the common case and stay in the run. */
		size_t j = i;
		for (;;) {
			/* Eight bytes at a time while a word holds no control
			 * character, no byte >= 0x80 and no two spaces in a
			 * row (within it or across its start). */
#if defined(__SSE2__)
			/* Sixteen bytes at a time: jump to the first byte that
			 * may start white space (a control, a lead byte C2, E1,
			 * E2, E3, or a space before another such byte). */
			bool found = false;
			while (n - j >= 17) {
				__m128i v = _mm_loadu_si128((const __m128i *)(s + j));
				__m128i w = _mm_loadu_si128((const __m128i *)(s + j + 1));
				int m = _mm_movemask_epi8(_mm_or_si128(
				    maybe_space16(v),
				    _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
				                  _mm_or_si128(maybe_space16(w),
				                               _mm_cmpeq_epi8(w, _mm_set1_epi8(' '))))));
				if (m == 0) {
					j += 16;
					continue;
				}
				j += (size_t)__builtin_ctz((unsigned)m);
				found = true;
				break;
			}
			if (!found)
#endif
			while (n - j >= 8) {
				uint64_t w;
				memcpy(&w, s + j, 8);
				uint64_t sp = has_byte(w, ' ');
				uint64_t x = (w - ONES * 0x20) & ~w & HIGHS;
				if ((w & HIGHS) | x | (sp & (sp >> 8)))
					break;
				/* A space ending the word must be single. */
				if (s[j + 7] == ' ' &&
				    (j + 8 == n || maybe_space[(unsigned char)s[j + 8]]))
					break;
				j += 8;
			}
			size_t lim = n - j >= 8 ? j + 8 : n;
			while (j < lim && !maybe_space[(unsigned char)s[j]])
				j++;
			if (j == lim) {
				if (j == n)
					break;
				continue;
			}
			if (s[j] == ' ' && j + 1 < n &&
			    !maybe_space[(unsigned char)s[j + 1]]) {
				j += 2;
				continue;
			}
			if (tk_sentence_space(s + j, n - j))
				break;
			j++;
		}
		memcpy(out + o, s + i, j - i);
		o += j - i;
		if (j == n)
			break;
		size_t w, r = j;
		bool line = false;
		while (j < n && (w = tk_sentence_space(s + j, n - j)) > 0) {
			line |= s[j] == '\n';
			j += w;
		}
		/* A line break between two CJK characters is hard wrapping
		 * in a script written without spaces: join the lines. */
		if (!(line && r > 0 && j < n && cjk_before(s, r) &&
		      cjk_at(s + j, n - j)))
			out[o++] = ' ';
		i = j;
	}
	return o;
}

void tk_sentence_squeeze(const char *s, size_t n, struct tk_buf *out)
{
	tk_buf_reserve(out, n);
	out->len += tk_sentence_squeeze_to(s, n, out->data + out->len);
}

/* Skip bytes that cannot matter to the default segmenter: eight at a
 * time while a word holds no '.', '?', '!', '\n', no byte >= 0x80 (and
 * no NUL under -z), then byte by byte through the class table. */
static size_t skip_plain(const struct tk_splitter *sp, const char *s,
                         size_t j, size_t n)
{
	const uint8_t *cls = sp->cls;
	if (sp->o.no_skip) {
		while (j < n && cls[(unsigned char)s[j]] == C_NONE)
			j++;
		return j;
	}
	uint64_t nulmask = sp->o.nul ? ~(uint64_t)0 : 0;
	for (;;) {
#if defined(__SSE2__)
		/* Sixteen bytes at a time to the first '.', '?', '!', '\n'
		 * (NUL) or a lead byte that may start a terminator or a
		 * separator: C2, D6..E3, EA, EF, F0.. (a superset of the
		 * class table's, which decides). */
		const __m128i dot = _mm_set1_epi8('.'), qm = _mm_set1_epi8('?'),
		              ex = _mm_set1_epi8('!'), nl = _mm_set1_epi8('\n'),
		              nul = sp->o.nul ? _mm_setzero_si128()
		                              : _mm_set1_epi8('.'),
		              flip = _mm_set1_epi8((char)0x80);
		while (n - j >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + j));
			__m128i u = _mm_xor_si128(v, flip); /* signed order */
			__m128i hit = _mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, qm)),
			    _mm_or_si128(_mm_cmpeq_epi8(v, ex), _mm_cmpeq_epi8(v, nl)));
			hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, nul));
			hit = _mm_or_si128(hit, _mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
			    _mm_and_si128(_mm_cmpgt_epi8(u, _mm_set1_epi8(0x55)),
			                  _mm_cmplt_epi8(u, _mm_set1_epi8(0x64)))));
			hit = _mm_or_si128(hit, _mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEA)),
			    _mm_cmpgt_epi8(u, _mm_set1_epi8(0x6E)))); /* EF.. */
			int m = _mm_movemask_epi8(hit);
			if (m == 0) {
				j += 16;
				continue;
			}
			j += (size_t)__builtin_ctz((unsigned)m);
			unsigned char b = (unsigned char)s[j];
			if (cls[b] == C_NONE) {
				j++;
				continue;
			}
			if (b < 0x80)
				return j;
			/* A lead byte: stop only at a real terminator or
			 * separator (kana and CJK share E3 with U+3002). */
			tk_char c;
			int len = tk_utf8_decode(s + j, &c);
			int p = tk_sb_prop(c);
			if (p == TK_SB_STERM || p == TK_SB_ATERM ||
			    p == TK_SB_SEP || c == 0x2026)
				return j;
			j += (size_t)len;
		}
#endif
		while (n - j >= 8) {
			uint64_t w;
			memcpy(&w, s + j, 8);
			uint64_t hit = (w & HIGHS) | has_byte(w, '.') |
			               has_byte(w, '?') | has_byte(w, '!') |
			               has_byte(w, '\n') | (has_byte(w, 0) & nulmask);
			if (hit)
				break;
			j += 8;
		}
		size_t lim = n - j >= 8 ? j + 8 : n;
		while (j < lim && cls[(unsigned char)s[j]] == C_NONE)
			j++;
		if (j < lim || j == n)
			return j;
	}
}

/* ---- reporting --------------------------------------------------------- */

/* Report s[a..b) trimmed; white space around it counts towards the gap
 * between sentences (two line breaks make a paragraph).  Returns the
 * callback's value. */
/* White space, or a no-break space (kept inside a sentence, trimmed at
 * its edges). */
static size_t edge_space(const struct tk_splitter *sp, const char *s,
                         size_t n, int *nl)
{
	size_t w = space_nl(sp, s, n, nl);
	if (w || (unsigned char)s[0] < 0xC2)
		return w;
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x87 || u[2] == 0xAF))
		return 3;
	return 0;
}

static int report(struct tk_splitter *sp, const char *s, size_t a, size_t b,
                  bool cut, tk_sentence_fn fn, void *ctx)
{
	size_t w;
	int nl;
	while (a < b && (w = edge_space(sp, s + a, b - a, &nl)) > 0) {
		sp->gap_nl += nl;
		a += w;
	}
	if (a == b) {
		if (sp->gap_nl > 2)
			sp->gap_nl = 2;
		return 0;
	}
	/* Trailing white space: step back over whole characters. */
	size_t e = b;
	int tail_nl = 0;
	for (;;) {
		tk_char c;
		int len = tk_utf8_decode_last(s + a, e - a, &c);
		size_t p = e - (size_t)len;
		if (p <= a || (w = edge_space(sp, s + p, e - p, &nl)) == 0)
			break;
		tail_nl += nl;
		e = p;
	}
	struct tk_sentence snt = {
		.p = s + a, .len = e - a, .offset = a,
		.para = sp->started && sp->gap_nl >= 2, .cut = cut,
	};
	sp->started = true;
	sp->gap_nl = tail_nl > 2 ? 2 : tail_nl;
	return fn(ctx, &snt);
}

/* ---- UAX #29 ----------------------------------------------------------- */

static bool parasep(int p)
{
	return p == TK_SB_SEP || p == TK_SB_CR || p == TK_SB_LF;
}

static bool saterm(int p)
{
	return p == TK_SB_STERM || p == TK_SB_ATERM;
}

static size_t decode_bases(struct tk_splitter *sp, const char *s, size_t n)
{
	if (sp->bcap < n + 1) {
		sp->bcap = n + 1;
		free(sp->bp);
		free(sp->bo);
		sp->bp = xnmalloc(sp->bcap, sizeof *sp->bp);
		sp->bo = xnmalloc(sp->bcap, sizeof *sp->bo);
	}
	size_t nb = 0;
	for (size_t i = 0; i < n;) {
		/* ASCII fast path (not with no_skip, the reference path). */
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80 && !sp->o.no_skip) {
			sp->bp[nb] = sp->asb[b];
			sp->bo[nb++] = i++;
			continue;
		}
		tk_char c;
		int len = tk_utf8_decode(s + i, &c);
		int p = tk_sb_prop(c);
		/* SB5: X (Extend | Format)* -> X, except after ParaSep. */
		if ((p == TK_SB_EXTEND || p == TK_SB_FORMAT) && nb > 0 &&
		    !parasep(sp->bp[nb - 1])) {
			i += (size_t)len;
			continue;
		}
		sp->bp[nb] = (uint8_t)p;
		sp->bo[nb++] = i;
		i += (size_t)len;
	}
	return nb;
}

enum { AFTER_NONE, AFTER_TERM, AFTER_SP };

static void uax29(struct tk_splitter *sp, const char *s, size_t n,
                  void (*fn)(void *ctx, size_t b), void *ctx)
{
	size_t nb = decode_bases(sp, s, n);
	const uint8_t *bp = sp->bp;
	int state = AFTER_NONE;  /* SATerm Close* (TERM) or + Sp+ (SP) */
	bool aterm = false;       /* ...and that SATerm was an ATerm */
	size_t stop = 0;          /* SB8: bp[stop] was the last scan's stop */
	bool stop_lower = false;
	fn(ctx, 0);                                         /* SB1 */
	for (size_t i = 1; i < nb; i++) {
		int P = bp[i - 1], C = bp[i];
		bool brk;
		/* Outside SATerm Close* Sp* only SB3, SB4, SB6 and SB7 can
		 * apply, and they need P to be CR, a ParaSep or an SATerm. */
		if (state == AFTER_NONE && !saterm(P) && !parasep(P))
			continue;
		/* The left context after bp[i-1]. */
		if (saterm(P)) {
			state = AFTER_TERM;
			aterm = P == TK_SB_ATERM;
		} else if (P == TK_SB_CLOSE && state == AFTER_TERM) {
			;
		} else if (P == TK_SB_SP && state != AFTER_NONE) {
			state = AFTER_SP;
		} else
			state = AFTER_NONE;

		if (P == TK_SB_CR && C == TK_SB_LF)
			brk = false;                        /* SB3 */
		else if (parasep(P))
			brk = true;                         /* SB4 */
		else if (P == TK_SB_ATERM && C == TK_SB_NUMERIC)
			brk = false;                        /* SB6 */
		else if (P == TK_SB_ATERM && C == TK_SB_UPPER && i >= 2 &&
		         (bp[i - 2] == TK_SB_UPPER || bp[i - 2] == TK_SB_LOWER))
			brk = false;                        /* SB7 */
		else if (state == AFTER_NONE)
			brk = false;                        /* SB998 */
		else if (state == AFTER_TERM &&
		         (C == TK_SB_CLOSE || C == TK_SB_SP || parasep(C)))
			brk = false;                        /* SB9 */
		else if (C == TK_SB_SP || parasep(C))
			brk = false;                        /* SB10 */
		else if (C == TK_SB_SCONTINUE || saterm(C))
			brk = false;                        /* SB8a */
		else if (aterm) {
			/* SB8: ATerm Close* Sp* x (not (OLetter | Upper |
			 * Lower | ParaSep | SATerm))* Lower */
			if (i > stop || stop == 0) {
				size_t j = i;
				while (j < nb && bp[j] != TK_SB_OLETTER &&
				       bp[j] != TK_SB_UPPER &&
				       bp[j] != TK_SB_LOWER && !parasep(bp[j]) &&
				       !saterm(bp[j]))
					j++;
				stop = j;
				stop_lower = j < nb && bp[j] == TK_SB_LOWER;
			}
			brk = !stop_lower;                  /* SB8, else SB11 */
		} else
			brk = true;                         /* SB11 */
		if (brk)
			fn(ctx, sp->bo[i]);
	}
	if (n > 0)
		fn(ctx, n);                                 /* SB2 */
}

struct collect {
	size_t *b;
	size_t n, cap;
};

static void collect_b(void *ctx, size_t b)
{
	struct collect *c = ctx;
	if (c->n == c->cap) {
		c->cap = xgrow(c->cap, c->n + 1, 64);
		c->b = xnrealloc(c->b, c->cap, sizeof *c->b);
	}
	c->b[c->n++] = b;
}

void tk_sentence_uax29(const char *s, size_t n,
                       void (*fn)(void *ctx, size_t b), void *ctx)
{
	struct tk_sentence_opts o = { .uax29 = true };
	struct tk_splitter *sp = tk_splitter_new(&o);
	uax29(sp, s, n, fn, ctx);
	tk_splitter_free(sp);
}

/* Largest cut point <= lim in s[a..): after the last white space in
 * the second half, else at a character boundary. */
static size_t cut_point(const char *s, size_t a, size_t lim)
{
	size_t half = a + (lim - a) / 2;
	for (size_t i = lim; i > half; i--) {
		unsigned char c = (unsigned char)s[i - 1];
		if (c == ' ' || c == '\t' || c == '\n')
			return i;
	}
	return a + tk_utf8_boundary(s + a, lim - a);
}

static size_t feed_uax29(struct tk_splitter *sp, const char *s, size_t n,
                         bool final, tk_sentence_fn fn, void *ctx)
{
	size_t pos = 0;
	while (pos < n) {
		/* A region ends after a line break (or NUL under -z): UAX #29
		 * always breaks there (SB4), and no rule looks past it, so
		 * regions give the same boundaries however the text comes. */
		size_t lim = n - pos > sp->max ? pos + sp->max : n;
		size_t e = lim;
		bool cut = false;
		if (lim < n || !final) {
			size_t k = lim;
			while (k > pos && s[k - 1] != '\n' &&
			       !(sp->o.nul && s[k - 1] == '\0'))
				k--;
			e = k;
			if (e == pos) {
				if (lim == n)
					return pos; /* need more text */
				e = cut_point(s, pos, lim);
				cut = true;
			}
		}
		/* Under -z, NUL splits regions and counts as a paragraph. */
		size_t r = pos;
		while (r < e) {
			size_t re = e;
			if (sp->o.nul) {
				const char *z = memchr(s + r, '\0', e - r);
				if (z)
					re = (size_t)(z - s) + 1;
			}
			struct collect c = { 0 };
			uax29(sp, s + r, re - r, collect_b, &c);
			for (size_t k = 1; k < c.n; k++) {
				bool last = k + 1 == c.n;
				if (report(sp, s, r + c.b[k - 1], r + c.b[k],
				           cut && last && re == e, fn, ctx)) {
					free(c.b);
					return (size_t)-1;
				}
			}
			free(c.b);
			r = re;
		}
		pos = e;
	}
	return pos;
}

/* ---- the default segmenter -------------------------------------------- */

static int prop_at(const char *s, size_t n, size_t i, int *len)
{
	tk_char c;
	(void)n;
	*len = tk_utf8_decode(s + i, &c);
	return tk_sb_prop(c);
}

/* A heading, list item or block quote line: its marker's length
 * (through the space after it), else 0.  s is the first non-blank
 * character of the line; the line ends at '\n' or n. */
static size_t unit_marker(const char *s, size_t n)
{
	size_t i = 0;
	if (n == 0)
		return 0;
	switch (s[0]) {
	case '#':
		while (i < n && s[i] == '#')
			i++;
		if (i <= 6 && (i == n || s[i] == ' ' || s[i] == '\t' ||
		               s[i] == '\n'))
			return i;
		return 0;
	case '-': case '*': case '+':
		if (n >= 2 && (s[1] == ' ' || s[1] == '\t'))
			return 2;
		return 0;
	case '>':
		return 1;
	}
	if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0xA2) /* U+2022 BULLET */
		return n >= 4 && (s[3] == ' ' || s[3] == '\t') ? 4 : 0;
	while (i < n && i < 4 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i >= 1 && i <= 3 && i + 1 < n && (s[i] == '.' || s[i] == ')') &&
	    (s[i + 1] == ' ' || s[i + 1] == '\t'))
		return i + 2;
	return 0;
}

/* Horizontal white space from i: returns the first position that is
 * not, or where a line break starts. */
static size_t skip_hspace(const struct tk_splitter *sp, const char *s,
                          size_t n, size_t i)
{
	size_t w;
	int nl;
	while (i < n && (w = space_nl(sp, s + i, n - i, &nl)) > 0 && nl == 0)
		i += w;
	return i;
}

static bool is_letter(int p)
{
	return p == TK_SB_LOWER || p == TK_SB_UPPER || p == TK_SB_OLETTER;
}

/* Characters that may open a sentence before its first letter. */
static bool opener(tk_char c, int p)
{
	return p == TK_SB_CLOSE || c == 0xA1 || c == 0xBF || c == '*' ||
	       c == '_';
}

static bool openish(tk_char c)
{
	return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' ||
	       c == 0xAB || c == 0x2018 || c == 0x201C || c == 0x201E ||
	       c == 0x201A || c == 0x2039 || c == 0xBF || c == 0xA1;
}

/* The word before the terminator at i (back to white space or an opening
 * bracket or quote), within [a, i). */
static size_t word_before(const struct tk_splitter *sp, const char *s,
                          size_t a, size_t i)
{
	size_t b = i;
	while (b > a) {
		tk_char c;
		int len = tk_utf8_decode_last(s + a, b - a, &c);
		size_t p = b - (size_t)len;
		int nl;
		if (space_nl(sp, s + p, b - p, &nl) || openish(c))
			break;
		b = p;
	}
	return b;
}

enum shape { W_OTHER, W_INITIAL, W_ACRONYM, W_NUMBER };

/* "J" (one letter), "U.S" (letter groups of 1-3 joined by dots),
 * "123" (digits), else other. */
static enum shape word_shape(const char *s, size_t n, size_t *ndigits)
{
	size_t i = 0, letters = 0, groups = 1, dots = 0, digits = 0;
	bool ok = true;
	while (i < n) {
		int len;
		int p = prop_at(s, n, i, &len);
		if (s[i] == '.') {
			if (letters == 0 || letters > 3)
				ok = false;
			dots++, groups++, letters = 0;
		} else if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (is_letter(p))
			letters++;
		else if (p == TK_SB_EXTEND || p == TK_SB_FORMAT)
			;
		else if (s[i] == '-' && dots)
			;
		else
			ok = false;
		i += (size_t)len;
	}
	*ndigits = digits;
	if (digits == n && n > 0)
		return W_NUMBER;
	if (!ok || digits)
		return W_OTHER;
	if (dots == 0)
		return letters == 1 ? W_INITIAL : W_OTHER;
	return letters >= 1 && letters <= 3 ? W_ACRONYM : W_OTHER;
}

/* Letters only (apostrophes and hyphens inside), at least two. */
static bool plain_word(const char *s, size_t n)
{
	size_t i = 0, letters = 0;
	while (i < n) {
		int len;
		int p = prop_at(s, n, i, &len);
		if (is_letter(p))
			letters++;
		else if (p != TK_SB_EXTEND && p != TK_SB_FORMAT &&
		         !((s[i] == '\'' || s[i] == '-') && letters))
			return false;
		i += (size_t)len;
	}
	return letters >= 2;
}

/* Footnote markers after a sentence ("... in 1805. [6] Next", "[1]-[3]")
 * belong to it: the break moves from `end` past them when they are
 * followed by white space.  q: the first non-space after `end`. */
static size_t footnotes(const char *s, size_t n, bool final, size_t end,
                        size_t q)
{
	size_t i = q, last = end;
	while (i < n && s[i] == '[') {
		size_t j = i + 1;
		while (j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == ',' ||
		                 s[j] == ' ' || s[j] == '-'))
			j++;
		if (j >= n)
			return final ? end : (size_t)-1;
		if (j == i + 1 || s[j] != ']')
			break;
		last = ++j;
		/* "[1]-[3]", "[1], [2]", "[1][2]" */
		while (j < n && (s[j] == ',' || s[j] == '-' || s[j] == ' '))
			j++;
		if (j + 3 > n && !final)
			return (size_t)-1;
		if (j + 3 <= n && (unsigned char)s[j] == 0xE2 &&
		    (unsigned char)s[j + 1] == 0x80 &&
		    ((unsigned char)s[j + 2] == 0x93 || (unsigned char)s[j + 2] == 0x94))
			j += 3; /* en or em dash */
		i = j;
	}
	if (last == end)
		return end;
	if (last == n)
		return final ? last : (size_t)-1; /* need the next character */
	if (!tk_sentence_space(s + last, n - last))
		return end;
	return last;
}

enum next { N_END, N_LOWER, N_UPPER, N_DIGIT, N_CONT, N_TERM, N_OTHER };

/* What starts at q: the class of the first significant character after
 * openers, and the word there (for the starter list). */
static enum next next_word(const char *s, size_t n, size_t q, size_t *wa,
                           size_t *wb)
{
	bool opened = false;
	*wa = *wb = q;
	if (q < n) {
		tk_char c;
		tk_utf8_decode(s + q, &c);
		int p = tk_sb_prop(c);
		if (p == TK_SB_STERM || p == TK_SB_ATERM || c == 0x2026)
			return N_TERM; /* ". . ." or "? !": cf. SB8a */
	}
	while (q < n) {
		tk_char c;
		int len = tk_utf8_decode(s + q, &c);
		int p = tk_sb_prop(c);
		if (!opener(c, p))
			break;
		if (c == 0xA1 || c == 0xBF)
			return N_UPPER; /* Spanish inverted marks open sentences */
		opened = true;
		q += (size_t)len;
	}
	if (q >= n)
		return N_END;
	tk_char c;
	int len = tk_utf8_decode(s + q, &c);
	int p = tk_sb_prop(c);
	size_t e = q;
	while (e < n) {
		tk_char d;
		int l2 = tk_utf8_decode(s + e, &d);
		int p2 = tk_sb_prop(d);
		if (!is_letter(p2) && p2 != TK_SB_EXTEND)
			break;
		e += (size_t)l2;
	}
	*wa = q, *wb = e;
	(void)len;
	switch (p) {
	case TK_SB_LOWER:
		return N_LOWER;
	case TK_SB_UPPER:
	case TK_SB_OLETTER:
		return N_UPPER;
	case TK_SB_NUMERIC:
		return N_DIGIT;
	case TK_SB_SCONTINUE:
		return opened ? N_OTHER : N_CONT;
	}
	if (c == ';' && !opened)
		return N_CONT;
	return N_OTHER;
}

enum verdict { V_NO, V_BREAK, V_MORE };

/* Look-ahead is bounded: a decision at position i sees at most HORIZON
 * bytes after it (white space, openers, the next word), and text beyond
 * that counts as absent.  So the window never holds more than
 * max_len + HORIZON bytes of an unfinished sentence, and a decision does
 * not depend on how the text was cut into windows. */
enum { HORIZON = 512 }; /* a word with spaces and quotes before it fits
                          many times over; the UD dev scores are the
                          same with an unbounded look-ahead */

static void horizon(const char *s, size_t *n, bool *final, size_t i)
{
	if (*n - i > HORIZON) {
		*n = i + tk_utf8_boundary(s + i, HORIZON);
		*final = true;
	}
}

/* The cluster of terminators starting at i, then closers. */
struct cluster {
	size_t end;         /* after the closers */
	int aterm, sterm, ellipsis;
	bool wide;          /* a non-ASCII terminator (CJK full stop, ...) */
	bool closed;        /* closing quotes or brackets follow */
};

static void read_cluster(const char *s, size_t n, size_t i, struct cluster *k)
{
	memset(k, 0, sizeof *k);
	while (i < n) {
		tk_char c;
		int len = tk_utf8_decode(s + i, &c);
		int p = tk_sb_prop(c);
		if (c == '.')
			k->aterm++;
		else if (c == '?' || c == '!')
			k->sterm++;
		else if (c == 0x2026)
			k->ellipsis++;
		else if (p == TK_SB_STERM)
			k->sterm++, k->wide = true;
		else if (p == TK_SB_ATERM)
			k->aterm++, k->wide = true;
		else if ((p == TK_SB_EXTEND || p == TK_SB_FORMAT) && i > 0)
			;
		else
			break;
		i += (size_t)len;
	}
	while (i < n) {
		int len;
		int p = prop_at(s, n, i, &len);
		if (p != TK_SB_CLOSE && p != TK_SB_EXTEND && p != TK_SB_FORMAT)
			break;
		k->closed |= p == TK_SB_CLOSE;
		i += (size_t)len;
	}
	k->end = i;
}

/* Decide at the terminator at i of the sentence starting at a.  On
 * V_BREAK the sentence ends at *end; on V_NO scanning resumes at *end;
 * *joined_unit receives the unit state of a line that was entered. */
static enum verdict at_terminator(struct tk_splitter *sp, const char *s,
                                  size_t n, bool final, size_t a, size_t i,
                                  bool *unit, size_t *end)
{
	struct cluster k;
	horizon(s, &n, &final, i);
	read_cluster(s, n, i, &k);
	*end = k.end;
	if (k.end == n)
		return final ? V_BREAK : V_MORE;
	/* The white space after the cluster. */
	size_t q = k.end, w;
	int nl, lines = 0;
	while (q < n && (w = space_nl(sp, s + q, n - q, &nl)) > 0) {
		lines += nl;
		q += w;
	}
	if (q == n)
		return final ? V_BREAK : V_MORE;
	if (q == k.end) /* no space: "3.14", "example.com", "U.S.A." */
		return k.wide ? V_BREAK : V_NO;
	if (lines >= 2)
		return V_BREAK;
	if (lines == 1) {
		if (*unit)
			return V_BREAK;
		size_t le = q;
		while (le < n && s[le] != '\n' && le - q < 8)
			le++;
		if (le == n && !final)
			return V_MORE;
		if (unit_marker(s + q, le - q))
			return V_BREAK;
	}
	size_t wa, wb;
	enum next nx = next_word(s, n, q, &wa, &wb);
	if (nx == N_END)
		return final ? V_BREAK : V_MORE;
	if (wb == n && !final)
		return V_MORE; /* the next word may go on */
	enum verdict v;
	if (nx == N_CONT || nx == N_TERM)
		v = V_NO;                                  /* cf. SB8a */
	else if (k.sterm)
		/* "Really?" she asked - but "why? because" is two. */
		v = nx == N_LOWER && k.closed ? V_NO : V_BREAK;
	else if (k.ellipsis || k.aterm >= 2)
		v = nx == N_UPPER ? V_BREAK : V_NO;
	else {
		const struct tk_abbrev *ab = sp->o.abbrev;
		size_t b = word_before(sp, s, a, i);
		const char *t = s + b;
		size_t tn = i - b, nd;
		enum tk_abbrev_kind kind = ab ? tk_abbrev_lookup(ab, t, tn)
		                              : TK_ABBR_NONE;
		enum shape sh = word_shape(t, tn, &nd);
		/* A one-letter word followed by a period is an initial
		 * ("A. S. Pushkin"), not the starter "A". */
		bool initial_next = wb < n && s[wb] == '.' &&
		                    (size_t)tk_utf8_seqlen((unsigned char)s[wa]) ==
		                        wb - wa;
		bool starter = ab && nx == N_UPPER && !initial_next &&
		               tk_abbrev_is_starter(ab, s + wa, wb - wa);
		if (tn == 0)
			v = nx == N_LOWER ? V_NO : V_BREAK;
		else if (nx == N_LOWER)
			/* SB8 keeps a lowercase word in the sentence; informal
			 * text starts sentences in lowercase, so break after a
			 * plain word of two letters or more, not after an
			 * abbreviation, initial, acronym or number. */
			v = kind == TK_ABBR_NONE && sh == W_OTHER &&
			    plain_word(t, tn) && !k.closed ? V_BREAK : V_NO;
		else if (nx == N_DIGIT)
			v = kind != TK_ABBR_NONE || sh == W_INITIAL ? V_NO
			                                            : V_BREAK;
		else if (kind == TK_ABBR_TITLE)
			v = V_NO;
		else if (kind == TK_ABBR_PLAIN || sh == W_INITIAL ||
		         sh == W_ACRONYM)
			v = starter || nx != N_UPPER ? V_BREAK : V_NO;
		else if (sh == W_NUMBER && nd <= 3 && ab &&
		         tk_abbrev_ordinals(ab) && nx == N_UPPER)
			v = starter ? V_BREAK : V_NO;
		else
			v = V_BREAK;
	}
	if (v == V_NO && lines == 1)
		*unit = false; /* joined the next line, not a unit line */
	if (v == V_BREAK) {
		size_t f = footnotes(s, n, final, k.end, q);
		if (f == (size_t)-1)
			return V_MORE;
		*end = f;
	}
	return v;
}

size_t tk_sentence_feed(struct tk_splitter *sp, const char *s, size_t n,
                        bool final, tk_sentence_fn fn, void *ctx)
{
	if (sp->o.uax29)
		return feed_uax29(sp, s, n, final, fn, ctx);
	size_t pos = 0;
	for (;;) {
		/* The gap before the next sentence. */
		size_t w;
		int nl;
		while (pos < n && (w = space_nl(sp, s + pos, n - pos, &nl)) > 0) {
			if (nl)
				sp->line_start = true;
			sp->gap_nl += nl;
			if (sp->gap_nl > 2)
				sp->gap_nl = 2;
			pos += w;
		}
		if (pos == n)
			return n;
		size_t a = pos, j = a;
		if (sp->line_start) {
			size_t le = a;
			while (le < n && s[le] != '\n' && le - a < 8)
				le++;
			if (le == n && !final)
				return a; /* a marker needs up to 8 bytes */
			size_t m = unit_marker(s + a, le - a);
			sp->unit = m > 0;
			sp->skip = m;
			sp->line_start = false;
		}
		j = a + sp->skip;
		bool unit = sp->unit;
		size_t end = 0;
		enum verdict v = V_MORE;
		bool cut = false;
		/* Scan candidates until the sentence ends. */
		for (;;) {
			j = skip_plain(sp, s, j, n);
			if (j - a > sp->max) {
				end = cut_point(s, a, a + sp->max);
				v = V_BREAK, cut = true;
				break;
			}
			if (j == n) {
				v = final ? V_BREAK : V_MORE;
				end = n;
				break;
			}
			unsigned char c = (unsigned char)s[j];
			if (c == '\n') {
				size_t hn = n;
				bool hf = final;
				horizon(s, &hn, &hf, j);
				size_t q = skip_hspace(sp, s, hn, j + 1);
				if (q == hn && !hf) {
					v = V_MORE;
					break;
				}
				int dummy;
				if (unit || q == hn ||
				    space_nl(sp, s + q, hn - q, &dummy)) {
					end = j, v = V_BREAK;
					break;
				}
				size_t le = q;
				while (le < hn && s[le] != '\n' && le - q < 8)
					le++;
				if (le == hn && !hf) {
					v = V_MORE;
					break;
				}
				if (unit_marker(s + q, le - q)) {
					end = j, v = V_BREAK;
					break;
				}
				unit = false;
				j = q;
				continue;
			}
			if (c == 0 && sp->o.nul) { /* -z: NUL ends the record */
				end = j, v = V_BREAK;
				break;
			}
			if (c < 0x80 && c != '.' && c != '?' && c != '!') {
				j++; /* only with no_skip */
				continue;
			}
			if (c >= 0x80) {
				tk_char ch;
				int len = tk_utf8_decode(s + j, &ch);
				int p = tk_sb_prop(ch);
				if (p == TK_SB_SEP) {
					end = j, v = V_BREAK;
					break;
				}
				if (p != TK_SB_STERM && p != TK_SB_ATERM &&
				    ch != 0x2026) {
					j += (size_t)len;
					continue;
				}
			}
			v = at_terminator(sp, s, n, final, a, j, &unit, &end);
			if (v != V_NO)
				break;
			j = end;
		}
		if (v == V_MORE)
			return a; /* bounded: see HORIZON and max_len */
		if (end - a > sp->max) {
			/* Closers or footnotes took it past the limit. */
			end = cut_point(s, a, a + sp->max);
			cut = true;
		}
		if (report(sp, s, a, end, cut, fn, ctx))
			return (size_t)-1;
		sp->unit = unit;
		sp->skip = 0;
		pos = end;
	}
}
