/* ngram.c - the sliding window of lib/ngram.h.
 *
 * Invariant: text[0..len) holds the last w (< max_n after each push
 * returns) units of the segment, each followed by sep; end[j] is the
 * offset just past unit j (before its sep).  The key of the n units
 * starting at the window's first unit is then the prefix text[0..end[n-1]),
 * so emitting costs no copy.  Dropping the first unit moves the (short)
 * rest of the window to the front: at most max_n units, cheaper than a
 * ring buffer whose keys would wrap around. */
#include "ngram.h"
#include "buf.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

struct tk_ngrams {
	struct tk_ngram_opts o;
	tk_ngram_fn fn;
	void *ctx;
	struct tk_buf text;
	size_t end[TK_NGRAM_MAX];
	unsigned w;       /* units in the window */
	bool started;     /* the segment has a unit (BOS pushed if padding) */
};

struct tk_ngrams *tk_ngrams_new(const struct tk_ngram_opts *o,
                                tk_ngram_fn fn, void *ctx)
{
	struct tk_ngrams *g = xcalloc(1, sizeof *g);
	g->o = *o;
	if (!g->o.sep) {
		g->o.sep = " ";
		g->o.seplen = 1;
	}
	if (g->o.max_n > TK_NGRAM_MAX)
		g->o.max_n = TK_NGRAM_MAX;
	if (g->o.min_n < 1)
		g->o.min_n = 1;
	if (g->o.min_n > g->o.max_n)
		g->o.min_n = g->o.max_n;
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
	g->started = false;
	tk_buf_clear(&g->text);
}

/* Emit the n-grams that start at the window's first unit and fit in it. */
static int emit_first(struct tk_ngrams *g)
{
	unsigned hi = g->w < g->o.max_n ? g->w : g->o.max_n;
	for (unsigned n = g->o.min_n; n <= hi; n++) {
		int r = g->fn(g->ctx, g->text.data, g->end[n - 1], n);
		if (r)
			return r;
	}
	return 0;
}

static void drop_first(struct tk_ngrams *g)
{
	size_t cut = g->end[0] + g->o.seplen;
	tk_buf_consume(&g->text, cut);
	for (unsigned j = 1; j < g->w; j++)
		g->end[j - 1] = g->end[j] - cut;
	g->w--;
}

static int add(struct tk_ngrams *g, const char *unit, size_t len)
{
	tk_buf_reserve(&g->text, len + g->o.seplen);
	tk_buf_add(&g->text, unit, len);
	g->end[g->w++] = g->text.len;
	tk_buf_add(&g->text, g->o.sep, g->o.seplen);
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

bool tk_ngrams_empty(const struct tk_ngrams *g)
{
	return !g->started;
}
