/* sentuax29.c - plain UAX #29 sentence boundaries, rules SB1-SB11.
 *
 * The text is decoded into a sequence of "base" characters, Extend and
 * Format folded into the one before (SB5); each rule below is an `if`
 * labelled with its number.  The left context that SB8-SB11 need
 * (SATerm Close* Sp*) is tracked by a three-state automaton, and SB8's
 * look-ahead remembers where its last scan stopped, so the whole pass
 * is linear.  The feed cuts the stream into regions that end at a line
 * break (SB4 always breaks there and no rule looks past it), so the
 * boundaries do not depend on how the text arrives. */
#include "sentimpl.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

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

size_t tk_sent_feed_uax29(struct tk_splitter *sp, const char *s, size_t n,
                         bool final, tk_sentence_fn fn, void *ctx)
{
	size_t pos = 0;
	while (pos < n) {
		/* A region ends after a line break (or NUL under -z). */
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
				e = tk_sent_cut_point(s, pos, lim);
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
				if (tk_sent_report(sp, s, r + c.b[k - 1], r + c.b[k],
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

