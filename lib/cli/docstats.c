/* docstats.c - tf-idf keywords and dispersion over documents (see
 * docstats.h).  The documents' keys become one array of (key, document,
 * count) cells; sorted by key, each key's cells are adjacent, which gives
 * its df and its dispersion; sorted by document, each document's
 * weights. */
#include "docstats.h"
#include "output.h"
#include "base/xalloc.h"
#include "count/dispersion.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct cell {
	const char *key; /* in the document's table */
	size_t len;
	uint32_t doc;
	uint64_t count;
	uint64_t df;
	double w;
};

struct doc {
	char *name;
	struct tk_counter *keys; /* the document's kept keys */
	uint64_t tokens;
};

struct tk_docstats {
	struct doc *d;
	size_t n, cap;
};

struct tk_docstats *tk_docstats_new(void)
{
	return xcalloc(1, sizeof(struct tk_docstats));
}

void tk_docstats_free(struct tk_docstats *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++) {
		free(s->d[i].name);
		tk_counter_free(s->d[i].keys);
	}
	free(s->d);
	free(s);
}

struct add_ctx {
	struct tk_counter *to;
	tk_keep_fn keep;
	void *ctx;
};

static void add_kept(void *ctx, const struct tk_entry *e)
{
	struct add_ctx *a = ctx;
	if (!a->keep || a->keep(a->ctx, e->key, e->len))
		(void)tk_counter_add(a->to, e->key, e->len, e->count);
}

void tk_docstats_add(struct tk_docstats *s, const char *doc,
                     const struct tk_counter *c, uint64_t tokens,
                     tk_keep_fn keep, void *ctx)
{
	if (s->n == s->cap) {
		s->cap = xgrow(s->cap, s->n + 1, 16);
		s->d = xnrealloc(s->d, s->cap, sizeof *s->d);
	}
	struct doc *d = &s->d[s->n++];
	d->name = xstrdup(doc);
	d->keys = tk_counter_new(0);
	d->tokens = tokens;
	struct add_ctx a = { d->keys, keep, ctx };
	tk_counter_each(c, add_kept, &a);
}

/* All cells, and their df. */
struct cells {
	struct cell *v;
	size_t n;
	uint32_t doc;
};

static void collect(void *ctx, const struct tk_entry *e)
{
	struct cells *cs = ctx;
	cs->v[cs->n++] = (struct cell){ e->key, e->len, cs->doc, e->count, 0, 0 };
}

static int by_key(const void *x, const void *y)
{
	const struct cell *a = x, *b = y;
	int c = tk_key_cmp(a->key, a->len, b->key, b->len);
	return c ? c : (a->doc > b->doc) - (a->doc < b->doc);
}

static struct cells cells_of(const struct tk_docstats *s)
{
	size_t total = 0;
	for (size_t i = 0; i < s->n; i++)
		total += tk_counter_size(s->d[i].keys);
	struct cells cs = { xnmalloc(total ? total : 1, sizeof *cs.v), 0, 0 };
	for (size_t i = 0; i < s->n; i++) {
		cs.doc = (uint32_t)i;
		tk_counter_each(s->d[i].keys, collect, &cs);
	}
	if (cs.n > 1)
		qsort(cs.v, cs.n, sizeof *cs.v, by_key);
	for (size_t i = 0, j; i < cs.n; i = j) {
		for (j = i; j < cs.n && !tk_key_cmp(cs.v[i].key, cs.v[i].len,
		                                    cs.v[j].key, cs.v[j].len); j++)
			;
		for (size_t k = i; k < j; k++)
			cs.v[k].df = j - i;
	}
	return cs;
}

static void num(double v)
{
	if (isfinite(v))
		tk_out_double(v, 6);
	else
		tk_out_str("nan");
}

/* --- keywords ---------------------------------------------------------- */

static int by_doc_weight(const void *x, const void *y)
{
	const struct cell *a = x, *b = y;
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	if (a->w != b->w)
		return a->w > b->w ? -1 : 1;
	return tk_key_cmp(a->key, a->len, b->key, b->len);
}

void tk_docstats_keywords(const struct tk_docstats *s,
                          const struct tk_tfidf_opts *o,
                          const struct tk_report_opts *rep)
{
	struct cells cs = cells_of(s);
	double *len2 = xcalloc(s->n ? s->n : 1, sizeof *len2);
	for (size_t i = 0; i < cs.n; i++) {
		struct cell *c = &cs.v[i];
		c->w = tk_tf(o->tf, c->count, s->d[c->doc].tokens) *
		       tk_idf(o->idf, c->df, s->n);
		len2[c->doc] += c->w * c->w;
	}
	if (o->l2)
		for (size_t i = 0; i < cs.n; i++)
			if (len2[cs.v[i].doc] > 0)
				cs.v[i].w /= sqrt(len2[cs.v[i].doc]);
	if (cs.n > 1)
		qsort(cs.v, cs.n, sizeof *cs.v, by_doc_weight);
	static const char *const names[] = { "doc", "tfidf", "count", "df",
	                                     NULL };
	if (rep->header)
		tk_report_header(rep, names, TK_LEN(names));
	char sep = rep->format == TK_REPORT_CSV ? ',' : '\t';
	uint64_t shown = 0;
	for (size_t i = 0; i < cs.n; i++) {
		const struct cell *c = &cs.v[i];
		if (i && c->doc != cs.v[i - 1].doc)
			shown = 0;
		if ((o->top && shown >= o->top) || c->count < rep->min_count)
			continue;
		shown++;
		const char *name = s->d[c->doc].name;
		tk_report_field(rep, name, strlen(name));
		tk_out_putc(sep);
		num(c->w);
		tk_out_putc(sep);
		tk_out_u64(c->count);
		tk_out_putc(sep);
		tk_out_u64(c->df);
		tk_out_putc(sep);
		tk_report_field(rep, c->key, c->len);
		tk_out_putc(rep->nul ? '\0' : '\n');
	}
	free(len2);
	free(cs.v);
}

/* --- dispersion -------------------------------------------------------- */

struct spread {
	const char *key;
	size_t len;
	uint64_t count;
	struct tk_dispersion d;
};

static int by_count(const void *x, const void *y)
{
	const struct spread *a = x, *b = y;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return tk_key_cmp(a->key, a->len, b->key, b->len);
}

void tk_docstats_dispersion(const struct tk_docstats *s,
                            const struct tk_report_opts *rep)
{
	struct cells cs = cells_of(s);
	uint64_t S = 0, smin = s->n ? UINT64_MAX : 0;
	for (size_t i = 0; i < s->n; i++) {
		S += s->d[i].tokens;
		if (s->d[i].tokens < smin)
			smin = s->d[i].tokens;
	}
	struct spread *sp = xnmalloc(cs.n ? cs.n : 1, sizeof *sp);
	uint64_t *v = xnmalloc(s->n ? s->n : 1, sizeof *v);
	uint64_t *sz = xnmalloc(s->n ? s->n : 1, sizeof *sz);
	size_t nsp = 0;
	for (size_t i = 0, j; i < cs.n; i = j) {
		uint64_t f = 0;
		size_t k = 0;
		for (j = i; j < cs.n && j - i < cs.v[i].df; j++) {
			v[k] = cs.v[j].count;
			sz[k++] = s->d[cs.v[j].doc].tokens;
			f += cs.v[j].count;
		}
		struct spread *p = &sp[nsp++];
		p->key = cs.v[i].key;
		p->len = cs.v[i].len;
		p->count = f;
		tk_dispersion_sparse(v, sz, k, s->n, S, smin, &p->d);
	}
	if (nsp > 1)
		qsort(sp, nsp, sizeof *sp, by_count);
	static const char *const names[] = { "count", "range", "dp", "dp_norm",
	                                     "d", NULL };
	if (rep->header)
		tk_report_header(rep, names, TK_LEN(names));
	char sep = rep->format == TK_REPORT_CSV ? ',' : '\t';
	uint64_t shown = 0;
	for (size_t i = 0; i < nsp && !(rep->top && shown >= rep->top); i++) {
		const struct spread *p = &sp[i];
		if (p->count < rep->min_count)
			continue;
		shown++;
		tk_out_u64(p->count);
		tk_out_putc(sep);
		tk_out_u64(p->d.range);
		tk_out_putc(sep);
		num(p->d.dp);
		tk_out_putc(sep);
		num(p->d.dp_norm);
		tk_out_putc(sep);
		num(p->d.d);
		tk_out_putc(sep);
		tk_report_field(rep, p->key, p->len);
		tk_out_putc(rep->nul ? '\0' : '\n');
	}
	free(v);
	free(sz);
	free(sp);
	free(cs.v);
}
