/* countdrv.c - the counting driver of wordfreq and ngram (see
 * countdrv.h for the order of the steps). */
#include "countdrv.h"
#include "docin.h"
#include "base/xalloc.h"

#include <stdlib.h>

/* Step 4: the cache into the table when it passes its bound, then the
 * table to a run when it passes the thread's share of --max-memory. */
static void maybe_spill(struct tk_count_worker *w)
{
	const struct tk_count_driver *d = w->d;
	if (d->cache_bytes && d->cache_bytes(w) > w->cache_max)
		d->flush(w);
	tk_tally_spill_if(w->spill, w->table, w->limit, &w->e);
}

/* A block of whole lines from lib/parallel. */
static void count_block(void *state, const char *p, size_t n, bool end)
{
	struct tk_count_worker *w = state;
	tk_parallel_lines(p, n, w->d->co->nul ? '\0' : '\n', end, w->d->line,
	                  w);
	maybe_spill(w);
}

/* One job in text order, record by record (lines longer than the record
 * limit come in pieces: the tool's record() joins or cuts them). */
static void read_records(struct tk_count_worker *w, struct tk_input *in)
{
	struct tk_record r;
	unsigned k = 0;
	if (w->tok)
		tk_input_lookahead(in, w->tok);
	while (tk_input_next(in, &r)) {
		w->d->record(w, &r);
		if (++k % 1024 == 0)
			maybe_spill(w);
	}
}

/* Empty w's tables for the next document (they keep some memory). */
static void empty_tables(struct tk_count_worker *w)
{
	tk_counter_reset(w->table);
	if (w->extra)
		tk_counter_reset(w->extra);
}

/* --jsonl-in and --by-doc=record: one job, document by document; true
 * when the input was cut short (then no more documents are reported). */
static bool read_docs(const struct tk_count_driver *d,
                      struct tk_count_worker *w, struct tk_input *in,
                      struct tk_spill *spill, int *status)
{
	struct tk_tally_opts *t = d->t;
	bool per_doc = t->by_doc && t->by_record;
	struct tk_docin *r = tk_docin_new(in, &t->docin, d->co->invalid);
	struct tk_doc doc;
	while (tk_docin_next(r, &doc) && !tk_input_aborted(in)) {
		tk_docin_lines(r, &doc, d->line, w);
		maybe_spill(w);
		if (d->end)
			d->end(w);
		if (!per_doc)
			continue;
		t->rep.doc = doc.id;
		int rs = d->report_cache ? d->report_cache(d->ctx, w, spill) : -1;
		if (rs < 0) {
			if (d->flush)
				d->flush(w);
			if (w->e.rc)
				break;
			rs = d->report(d->ctx, w, spill);
		}
		*status |= rs;
		t->rep.header = false;
		empty_tables(w);
	}
	bool cut = tk_docin_failed(r) || tk_input_aborted(in);
	tk_docin_free(r);
	if (per_doc && (cut || w->e.rc))
		t->docs_failed = true;
	return cut;
}

/* Keep w's error in *e unless *e holds one already. */
static void first_error(struct tk_tally_err *e, const struct tk_count_worker *w)
{
	if (w->e.rc && !e->rc)
		*e = w->e;
}

/* The counting threads' states: made once, and with keep kept from one
 * count to the next (--by-doc over files: a document a count), so that
 * a document does not pay for new tables, tokenizers and caches. */
struct pool {
	const struct tk_count_driver *d;
	struct tk_count_worker **w;
	int jobs;     /* w[0..jobs) made for this many threads, or 0 */
	bool keep;
	uint64_t seed;
};

static void pool_free(struct pool *p)
{
	for (int i = 0; i < p->jobs; i++)
		if (p->w[i])
			p->d->worker_free(p->w[i]);
	free(p->w);
	p->w = NULL;
	p->jobs = 0;
}

/* Step 2: the states of jobs threads, each with its share of
 * --max-memory, limit; kept ones when made for as many threads (the
 * same share). */
static struct tk_count_worker **pool_get(struct pool *p, int jobs,
                                         struct tk_spill *spill,
                                         size_t limit)
{
	const struct tk_count_driver *d = p->d;
	if (jobs != p->jobs) {
		pool_free(p);
		p->w = xnmalloc((size_t)jobs, sizeof *p->w);
		for (int i = 0; i < jobs; i++)
			p->w[i] = d->worker_new(d->ctx, p->seed, spill, limit);
		p->jobs = jobs;
	}
	for (int i = 0; i < jobs; i++) {
		p->w[i]->spill = spill;
		p->w[i]->limit = limit;
		p->w[i]->e = (struct tk_tally_err){ 0, 0 };
		p->w[i]->d = d;
	}
	return p->w;
}

/* Step 5: every thread's counts into w[0]; the first error in *e.  The
 * others are freed, unless kept (their tables are left empty). */
static void gather(const struct tk_count_driver *d,
                   struct tk_count_worker **w, int jobs, bool keep,
                   struct tk_tally_err *e)
{
	/* Summing the caches first lets the tool turn them into keys once
	 * (ngram: numbering units again cost less than merging key tables). */
	if (d->merge)
		for (int i = 1; i < jobs; i++)
			d->merge(w[0], w[i]);
	for (int i = 0; i < jobs; i++) {
		if (d->flush)
			d->flush(w[i]);
		first_error(e, w[i]);
		if (i == 0)
			continue;
		/* A worker not kept goes first, its caches with it, so that
		 * they do not add to the peak while the tables are summed. */
		struct tk_counter *table = w[i]->table, *extra = w[i]->extra;
		if (!keep) {
			w[i]->table = w[i]->extra = NULL;
			d->worker_free(w[i]);
			w[i] = NULL;
		}
		if (tk_counter_absorb(w[0]->table, table) != TK_OK ||
		    (extra && tk_counter_absorb(w[0]->extra, extra) != TK_OK))
			tk_tally_fail(e, TK_EOVERFLOW);
		if (!keep) {
			tk_counter_free(table);
			tk_counter_free(extra);
		}
		tk_tally_spill_if(w[0]->spill, w[0]->table, w[0]->limit, &w[0]->e);
		first_error(e, w[0]);
	}
}

/* Steps 5 and 6 (no report for documents reported already, nor after
 * aborted input); returns the exit status. */
static int gather_report(const struct tk_count_driver *d,
                         struct tk_count_worker **w, int jobs, bool keep,
                         struct tk_spill *spill, bool aborted, bool reported)
{
	struct tk_tally_err e = { 0, 0 };
	gather(d, w, jobs, keep, &e);
	if (e.rc != TK_OK) {
		tk_tally_error(e.rc, e.err);
		return 1;
	}
	if (aborted)
		return 1;
	return reported ? 0 : d->report(d->ctx, w[0], spill);
}

/* Steps 1 to 6 over files[0..nfiles) as one stream (or, for --jsonl-in
 * and --by-doc=record, its documents). */
static int count(struct pool *p, char **files, int nfiles)
{
	const struct tk_count_driver *d = p->d;
	bool docs = d->t->docin.text || (d->t->by_doc && d->t->by_record);
	int jobs = d->one_job || docs ? 1 : tk_tally_jobs(d->t, files, nfiles);
	size_t limit;
	struct tk_spill *spill = tk_tally_spill(d->t, jobs, &limit);
	struct tk_count_worker **w = pool_get(p, jobs, spill, limit);
	struct tk_input *in = tk_input_open(files, nfiles, d->co);
	int status = 0;
	bool cut = false;
	if (docs)
		cut = read_docs(d, w[0], in, spill, &status);
	else if (jobs == 1 && d->record)
		read_records(w[0], in);
	else
		tk_parallel_run(in, d->co->nul ? '\0' : '\n', jobs, (void **)w,
		                count_block, d->cut);
	/* Under --invalid=fail the input ended early: a table of part of it
	 * would pass for the real one, so print none (as for a bad --merge
	 * row).  An unreadable operand is not that: the others count. */
	bool aborted = tk_input_aborted(in) || cut;
	status |= tk_input_close(in);
	for (int i = 0; i < jobs; i++)
		if (d->end)
			d->end(w[i]);
	/* a document of --by-doc over files, reported from the cache */
	int rs = -1;
	if (p->keep && jobs == 1 && !aborted && d->report_cache)
		rs = d->report_cache(d->ctx, w[0], spill);
	if (rs >= 0)
		status |= rs;
	else
		status |= gather_report(d, w, jobs, p->keep, spill, aborted,
		                        docs && d->t->by_doc && d->t->by_record);
	if (p->keep)
		empty_tables(w[0]);
	tk_spill_free(spill);
	return status;
}

int tk_count_run(const struct tk_count_driver *d, char **files, int nfiles)
{
	struct tk_tally_opts *t = d->t;
	struct pool p = { d, NULL, 0, t->by_doc && !t->by_record,
	                  tk_tally_seed() };
	int status = 0;
	if (!p.keep)
		status = count(&p, files, nfiles);
	else
		for (int i = 0; i < nfiles; i++) {
			if (!tk_tally_doc_file(t, files[i])) {
				status |= 1;
				continue;
			}
			status |= count(&p, &files[i], 1);
			t->rep.header = false;
		}
	pool_free(&p);
	return status;
}
