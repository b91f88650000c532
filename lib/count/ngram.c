/* ngram.c - the sliding window of lib/count/ngram.h (counting by unit
 * numbers is in ngramcount.c).
 *
 * The window:
 * Invariant: text[off..len) holds the last w (< max_n after each push
 * returns) units of the segment, each followed by sep; end[j] is the
 * offset just past unit j (before its sep).  The key of the n units
 * starting at the window's first unit is then text[off..end[n-1]), so
 * emitting costs no copy.  Dropping the first unit only moves off; the
 * bytes before off are reclaimed when they pass COMPACT and the window
 * is moved to the front, so the buffer stays small and the copying is
 * amortized: one memmove of at most max_n units per COMPACT bytes
 * instead of one per unit (measured with callgrind on the 4.3 MB KJV
 * text, bigrams: the window went from ~200 to ~60 instructions a
 * token). */
#include "ngram.h"
#include "base/hash.h"
#include "base/buf.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { COMPACT = 4096 };

struct tk_ngrams {
	struct tk_ngram_opts o;
	tk_ngram_fn fn;
	void *ctx;
	struct tk_buf text;
	size_t off;       /* start of the first unit in text */
	size_t end[TK_NGRAM_MAX];
	unsigned w;       /* units in the window */
	bool started;     /* the segment has a unit (BOS pushed if padding) */
};

struct tk_ngram_opts tk_ngram_opts_fill(const struct tk_ngram_opts *o)
{
	struct tk_ngram_opts f = *o;
	if (!f.sep) {
		f.sep = " ";
		f.seplen = 1;
	}
	if (f.max_n > TK_NGRAM_MAX)
		f.max_n = TK_NGRAM_MAX;
	if (f.min_n < 1)
		f.min_n = 1;
	if (f.min_n > f.max_n)
		f.min_n = f.max_n;
	return f;
}

struct tk_ngrams *tk_ngrams_new(const struct tk_ngram_opts *o,
                                tk_ngram_fn fn, void *ctx)
{
	struct tk_ngrams *g = xcalloc(1, sizeof *g);
	g->o = tk_ngram_opts_fill(o);
	g->fn = fn;
	g->ctx = ctx;
	return g;
}

void tk_ngrams_free(struct tk_ngrams *g)
{
	if (!g)
		return;
	tk_buf_free(&g->text);
	free(g);
}

static void reset(struct tk_ngrams *g)
{
	g->w = 0;
	g->off = 0;
	g->started = false;
	tk_buf_clear(&g->text);
}

/* Emit the n-grams that start at the window's first unit and fit in it. */
static int emit_first(struct tk_ngrams *g)
{
	unsigned hi = g->w < g->o.max_n ? g->w : g->o.max_n;
	const char *key = g->text.data + g->off;
	for (unsigned n = g->o.min_n; n <= hi; n++) {
		int r = g->fn(g->ctx, key, g->end[n - 1] - g->off, n);
		if (r)
			return r;
	}
	return 0;
}

static void drop_first(struct tk_ngrams *g)
{
	g->off = g->end[0] + g->o.seplen;
	g->w--;
	for (unsigned j = 0; j < g->w; j++)
		g->end[j] = g->end[j + 1];
	if (g->w == 0) {
		g->off = 0;
		g->text.len = 0;
	} else if (g->off >= COMPACT) {
		size_t cut = g->off;
		memmove(g->text.data, g->text.data + cut, g->text.len - cut);
		g->text.len -= cut;
		g->off = 0;
		for (unsigned j = 0; j < g->w; j++)
			g->end[j] -= cut;
	}
}

static int add(struct tk_ngrams *g, const char *unit, size_t len)
{
	tk_buf_reserve(&g->text, len + g->o.seplen);
	char *d = g->text.data + g->text.len;
	/* Units are mostly a few bytes: a byte loop beats a memcpy call. */
	if (len <= 16)
		for (size_t i = 0; i < len; i++)
			d[i] = unit[i];
	else
		memcpy(d, unit, len);
	if (g->o.seplen == 1)
		d[len] = g->o.sep[0];
	else
		memcpy(d + len, g->o.sep, g->o.seplen);
	g->text.len += len + g->o.seplen;
	g->end[g->w++] = g->text.len - g->o.seplen;
	if (g->w < g->o.max_n)
		return 0;
	int r = emit_first(g);
	drop_first(g);
	return r;
}

int tk_ngrams_push(struct tk_ngrams *g, const char *unit, size_t len)
{
	int r = 0;
	if (!g->started) {
		g->started = true;
		if (g->o.bos)
			r = add(g, g->o.bos, g->o.boslen);
	}
	if (!r)
		r = add(g, unit, len);
	if (r)
		reset(g);
	return r;
}

int tk_ngrams_end(struct tk_ngrams *g)
{
	int r = 0;
	if (g->started && g->o.eos)
		r = add(g, g->o.eos, g->o.eoslen);
	while (!r && g->w > 0) {
		r = emit_first(g);
		drop_first(g);
	}
	reset(g);
	return r;
}

int tk_ngrams_break(struct tk_ngrams *g)
{
	int r = 0;
	while (!r && g->w > 0) {
		r = emit_first(g);
		drop_first(g);
	}
	bool started = g->started;
	reset(g);
	g->started = started && !r;
	return r;
}

bool tk_ngrams_empty(const struct tk_ngrams *g)
{
	return !g->started;
}
