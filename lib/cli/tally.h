/* tally.h - count tables from the command line: what wordfreq and ngram
 * share around their counting.  The table options (--top, --min-count,
 * the columns, --format, --total, --case-sensitive, --merge, --sorted,
 * -j/--jobs, --max-memory), their --help lines and checks; the --merge
 * reducers (in memory or spilled, and --merge --sorted in constant
 * memory); writing the final table with its totals.
 *
 * Like lib/cli this is the command-line layer, not a pure library: a bad
 * option value is a usage error (lib/cli prints it and exits 2), and the
 * runtime problems of a reducer are reported with tk_warn ("PROG: FILE:
 * LINE: message") and give the exit status 1.  Nothing here keeps state
 * between calls; the caller owns everything it passes in. */
#ifndef TK_TALLY_H
#define TK_TALLY_H

#include "cli.h"
#include "base/common.h"
#include "count/counter.h"
#include "report.h"
#include "spill.h"

/* Option codes of the shared long-only options.  Each tool puts
 * TK_TALLY_LONGOPTS in its longopts[] (short letters are its own: -n is
 * --top in wordfreq, --order in ngram) and numbers its own long-only
 * options from TK_TALLY_OPT_TOOL.  -j/--jobs is 'j' in every tool. */
enum {
	TK_TALLY_OPT_TOP = TK_OPT_TOOL,
	TK_TALLY_OPT_MINCOUNT,
	TK_TALLY_OPT_KEYFIRST,
	TK_TALLY_OPT_FREQ,
	TK_TALLY_OPT_PERMIL,
	TK_TALLY_OPT_RANK,
	TK_TALLY_OPT_CUM,
	TK_TALLY_OPT_HEADER,
	TK_TALLY_OPT_FORMAT,
	TK_TALLY_OPT_TOTAL,
	TK_TALLY_OPT_CASE,
	TK_TALLY_OPT_MERGE,
	TK_TALLY_OPT_SORTED,
	TK_TALLY_OPT_MAXMEM,
	TK_TALLY_OPT_TOOL
};

/* The shared options' rows for a tool's longopts[], in the order both
 * tools list them; top is the code of --top (wordfreq: 'n', ngram:
 * TK_TALLY_OPT_TOP).  --case-sensitive is listed by each tool. */
#define TK_TALLY_LONGOPTS(top) \
	{ "merge", no_argument, NULL, TK_TALLY_OPT_MERGE }, \
	{ "sorted", no_argument, NULL, TK_TALLY_OPT_SORTED }, \
	{ "top", required_argument, NULL, (top) }, \
	{ "min-count", required_argument, NULL, TK_TALLY_OPT_MINCOUNT }, \
	{ "key-first", no_argument, NULL, TK_TALLY_OPT_KEYFIRST }, \
	{ "freq", no_argument, NULL, TK_TALLY_OPT_FREQ }, \
	{ "per-million", no_argument, NULL, TK_TALLY_OPT_PERMIL }, \
	{ "rank", no_argument, NULL, TK_TALLY_OPT_RANK }, \
	{ "cumulative", no_argument, NULL, TK_TALLY_OPT_CUM }, \
	{ "header", no_argument, NULL, TK_TALLY_OPT_HEADER }, \
	{ "format", required_argument, NULL, TK_TALLY_OPT_FORMAT }, \
	{ "total", optional_argument, NULL, TK_TALLY_OPT_TOTAL }, \
	{ "jobs", required_argument, NULL, 'j' }, \
	{ "max-memory", required_argument, NULL, TK_TALLY_OPT_MAXMEM }

/* --total: none, to stderr (--total), or as the last row (--total=line). */
enum tk_tally_total { TK_TALLY_TOTAL_NONE, TK_TALLY_TOTAL_STDERR,
	              TK_TALLY_TOTAL_LINE };

struct tk_tally_opts {
	struct tk_report_opts rep; /* --top ... --format */
	enum tk_tally_total total;
	bool table;          /* a column, --header, --format or --total given */
	bool case_sensitive;
	bool merge, sorted;
	int jobs;            /* 0: the default */
	uint64_t max_memory; /* 0: no limit */
	const char *units;   /* what the totals count: "tokens", "n-grams" */
};

/* Handle option c (one of TK_TALLY_OPT_* or 'j') with its argument and
 * return true; false for any other c.  A bad value is a usage error. */
bool tk_tally_option(int c, const char *arg, struct tk_tally_opts *t);

/* The tool's words in the shared --help lines. */
struct tk_tally_help {
	const char *key;     /* the key column: "KEY", "NGRAM" */
	const char *keys;    /* what --min-count keeps: "keys", "n-grams" */
	const char *unit;    /* what is counted, singular: "token", "n-gram" */
	const char *top;     /* the whole --top line */
	const char *printed; /* the tool's first "What is printed:" lines */
	const char *jobs;    /* more on -j's default, after "else 1" */
};

/* Print (to stdout) the shared options' --help lines: --merge and
 * --sorted (the end of the tool's "What is counted:" section), the
 * "What is printed:" and "Resources:" sections.  --case-sensitive is
 * described by each tool, in its own terms. */
void tk_tally_help(const struct tk_tally_help *h);

/* Usage errors (exit 2) of --sorted: it needs --merge, and writes keys
 * in input order, so it takes no option that needs the whole table. */
void tk_tally_check_sorted(const struct tk_tally_opts *t);

/* Usage error (exit 2) of --format=uniq with other columns; then set the
 * report's totals line, record terminator (co->nul) and key name. */
void tk_tally_check_report(struct tk_tally_opts *t,
                           const struct tk_common *co, const char *key_name);

/* A hash seed for lib/counter: per process, so that crafted input cannot
 * aim at known collisions; the output never depends on it. */
uint64_t tk_tally_seed(void);

/* -j and --max-memory for counting threads: the number of threads (-j,
 * or lib/parallel's default for operands over 4 MiB), and a spill for
 * --max-memory (NULL without it) with each thread's share of the limit
 * in *limit (0 without it).  Free the spill with tk_spill_free. */
int tk_tally_jobs(const struct tk_tally_opts *t, char **files, int nfiles);
struct tk_spill *tk_tally_spill(const struct tk_tally_opts *t, int jobs,
                                size_t *limit);

/* The first error of a counting thread: rc a TK_E* code, err the errno
 * that came with it (for TK_EIO).  Zero-initialize it. */
struct tk_tally_err {
	int rc;
	int err;
};

/* Keep rc (and errno, as it is now) unless an error is kept already. */
void tk_tally_fail(struct tk_tally_err *e, int rc);

/* Spill c to spill when it holds more than limit bytes (spill may be
 * NULL: never); a failure goes to e as TK_EIO. */
void tk_tally_spill_if(struct tk_spill *spill, struct tk_counter *c,
                       size_t limit, struct tk_tally_err *e);

/* Report a counting error: TK_EOVERFLOW (a count passed 64 bits) or
 * TK_EIO (a temporary file of lib/spill; err is its errno). */
void tk_tally_error(int rc, int err);

/* Write the table c (after the runs in spill, which may be NULL) through
 * lib/spill with keep (NULL: every key), then the totals to stderr under
 * --total.  Returns the exit status: 0, or 1 after reporting an error. */
int tk_tally_report(const struct tk_tally_opts *t, struct tk_spill *spill,
                    struct tk_counter *c, tk_keep_fn keep, void *ctx);

/* --merge: read the COUNT<TAB>KEY tables (KEY<TAB>COUNT with key_first)
 * of the operands, sum them (spilling under --max-memory) and report the
 * sums.  A malformed row is an error, or is skipped with a warning under
 * --invalid=drop; a sum past 64 bits is an error.  On any error (or an
 * unreadable operand) no table is written: a partial sum must not pass
 * for a whole one.  Returns the exit status (0 or 1). */
int tk_tally_merge(const struct tk_tally_opts *t, const struct tk_common *co,
                   char **files, int nfiles, tk_keep_fn keep, void *ctx);

/* --merge --sorted: the input is sorted by key (LC_ALL=C sort, a Hadoop
 * shuffle), so each key's rows are adjacent: sum one group at a time in
 * constant memory and write the groups in key order.  Rows out of order
 * are an error.  Errors as tk_tally_merge, except that rows written
 * before an error stay written.  Returns the exit status (0 or 1). */
int tk_tally_merge_sorted(const struct tk_tally_opts *t,
                          const struct tk_common *co, char **files,
                          int nfiles, tk_keep_fn keep, void *ctx);

#endif
