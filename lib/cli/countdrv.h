/* countdrv.h - the counting driver of wordfreq and ngram: read the
 * operands, count them in one or -j threads, spill under --max-memory,
 * sum the threads' tables and hand the result to the tool's report.
 *
 * A tool describes one counting thread with callbacks and embeds a
 * struct tk_count_worker as the first member of its thread state (so
 * the callbacks cast the worker pointer to their own type).  The driver
 * owns the order of things:
 *
 *   0. with --by-doc over files, steps 1 to 6 once for each operand
 *      that can be a document (tk_tally_doc_file), with the same
 *      thread states (made again only when the number of threads
 *      changes), their tables emptied after each (so a state must
 *      count again after step 5); else once;
 *   1. jobs from -j (tk_tally_jobs; 1 when one_job), a spill and each
 *      thread's share of --max-memory, one hash seed;
 *   2. worker_new() per thread; it sets table (and extra);
 *   3. the input through lib/input: blocks of whole lines to line() in
 *      every thread (lib/parallel, with cut); or, with one job and a
 *      record callback, record by record in the calling thread; or, for
 *      --jsonl-in and --by-doc=record, in one job, document by document
 *      (lib/docin): its lines to line(), then end(); with
 *      --by-doc=record then report_cache(), or flush() and report(),
 *      with t->rep.doc the document's id, and the tables emptied for
 *      the next;
 *   4. after each block (each 1024 records): flush() when cache_bytes()
 *      passes cache_max, then the table spilled when it passes limit;
 *   5. at the end: end() in every thread; under step 0 with one job,
 *      report_cache() when it reports (then step 6 is done); else
 *      merge(w[0], w[i]) when given; then for each thread flush(), its
 *      table and extra summed into thread 0's, freed (kept under step
 *      0), thread 0 spilled if it passed its limit;
 *   6. the first error of any thread (tk_tally_fail into e) is reported
 *      (exit 1) and nothing is printed; so too when --invalid=fail or an
 *      invalid JSON Lines line cut the input short (with --by-doc=record
 *      no more documents, and t->docs_failed set); else
 *      report(ctx, w[0], spill), but for --by-doc=record.
 *
 * Callbacks run in worker threads (line, and the flush of step 4): they
 * may touch only their own worker. */
#ifndef TK_COUNTDRV_H
#define TK_COUNTDRV_H

#include "base/common.h"
#include "count/counter.h"
#include "input.h"
#include "parallel.h"
#include "spill.h"
#include "tally.h"

struct tk_count_driver;

/* What the driver keeps of one counting thread. */
struct tk_count_worker {
	struct tk_counter *table; /* the counts reported, spilled */
	struct tk_counter *extra; /* summed like table, never spilled; or NULL */
	struct tk_spill *spill;   /* shared by the threads; NULL: no limit */
	size_t limit;             /* spill table when it holds more bytes */
	size_t cache_max;         /* flush() when cache_bytes() passes it */
	struct tk_tally_err e;    /* the first error */
	const struct tk_count_driver *d;
	struct tk_tokenizer *tok; /* the worker's, or NULL: record() learns
	                           * para_end for it (tk_input_lookahead) */
};

struct tk_count_driver {
	struct tk_tally_opts *t;       /* -j, --max-memory, the documents */
	const struct tk_common *co;    /* the input options, --null */
	bool one_job;                  /* ignore -j: text order matters */
	tk_cut_fn cut;                 /* for lib/parallel (NULL: none) */
	void *ctx;                     /* the tool's, for worker_new, report */

	/* A new thread state with table set (extra, cache_max optional);
	 * the driver fills in spill, limit and e. */
	struct tk_count_worker *(*worker_new)(void *ctx, uint64_t seed,
	                                      struct tk_spill *spill,
	                                      size_t limit);
	/* Free the state and its tables. */
	void (*worker_free)(struct tk_count_worker *w);
	/* Count one line (without its terminator).  The first argument is
	 * the worker. */
	tk_line_fn line;
	/* NULL, or: with one job, take the input record by record. */
	void (*record)(struct tk_count_worker *w, const struct tk_record *r);
	/* NULL, or bytes held in a cache that flush() empties into table. */
	size_t (*cache_bytes)(const struct tk_count_worker *w);
	void (*flush)(struct tk_count_worker *w);
	/* NULL, or: the input has ended for this worker. */
	void (*end)(struct tk_count_worker *w);
	/* NULL, or: move src's cache into dst's before the flushes. */
	void (*merge)(struct tk_count_worker *dst, struct tk_count_worker *src);
	/* Print the result; returns the exit status (0 or 1). */
	int (*report)(void *ctx, struct tk_count_worker *w,
	              struct tk_spill *spill);
	/* NULL, or: --by-doc with one job, print a document's result from
	 * the cache when the tool can, emptying it; returns the exit
	 * status, or -1 having changed nothing (then flush() and report()
	 * follow, as without it). */
	int (*report_cache)(void *ctx, struct tk_count_worker *w,
	                    struct tk_spill *spill);
};

/* Count files[0..nfiles) (none: stdin) as d says.  Returns the exit
 * status: 0, or 1 after an unreadable operand or a reported error. */
int tk_count_run(const struct tk_count_driver *d, char **files, int nfiles);

#endif
