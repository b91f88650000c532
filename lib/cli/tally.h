/* tally.h - count tables from the command line: what wordfreq and ngram
 * share around their counting.  The table options (--top, --min-count,
 * the columns, --format, --total, --case-sensitive, --merge, --sorted,
 * -j/--jobs, --max-memory), their option-table rows and checks; the --merge
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
#include "docin.h"
#include "docstats.h"
#include "keyreport.h"
#include "report.h"
#include "spill.h"

/* Option codes of the shared long-only options.  Each tool puts the
 * TK_TALLY_*_OPTS rows in its option table and numbers its own long-only
 * options from TK_TALLY_OPT_TOOL.  The --top row is the tool's own (-n
 * is --top in wordfreq, --order in ngram), with code TK_TALLY_OPT_TOP or
 * a letter it hands on as TK_TALLY_OPT_TOP; --case-sensitive
 * (TK_TALLY_OPT_CASE) too, each tool describing it in its own terms.
 * -j/--jobs is 'j' in every tool. */
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
	TK_TALLY_OPT_REFERENCE,
	TK_TALLY_OPT_REFSIZE,
	TK_TALLY_OPT_TARGETSIZE,
	TK_TALLY_OPT_PVALUE,
	TK_TALLY_OPT_BONFERRONI,
	TK_TALLY_OPT_YATES,
	TK_TALLY_OPT_POSITIVE,
	TK_TALLY_OPT_NEGATIVE,
	TK_TALLY_OPT_KEYSORT,
	TK_TALLY_OPT_STEM,
	TK_TALLY_OPT_BYDOC,
	TK_TALLY_OPT_KEYWORDS,
	TK_TALLY_OPT_TF,
	TK_TALLY_OPT_IDF,
	TK_TALLY_OPT_NORM,
	TK_TALLY_OPT_DISPERSION,
	TK_TALLY_OPT_JSONL,
	TK_TALLY_OPT_JSONLID,
	TK_TALLY_OPT_TOOL
};

/* The shared rows, in three groups placed by the tool in its --help
 * order, with its words (string literals) in their help: KEY the key
 * column ("KEY", "NGRAM"), KEYS what --min-count keeps ("keys",
 * "n-grams"), UNIT what is counted ("token", "n-gram"), JOBS more on
 * -j's default after "else 1" ("" or "; ..."). */

/* The end of the "What is counted:" section: --merge, --sorted. */
#define TK_TALLY_MERGE_OPTS(KEY)                                            \
	{ "merge", TK_TALLY_OPT_MERGE, no_argument, NULL,                   \
	  "input is COUNT<TAB>" KEY " tables (" KEY "<TAB>COUNT\n"           \
	  "with --key-first) from earlier runs: sum them;\n"                \
	  "a malformed line is an error (exit 1), or is\n"                  \
	  "skipped with a warning under --invalid=drop" },                  \
	{ "sorted", TK_TALLY_OPT_SORTED, no_argument, NULL,                 \
	  "with --merge: input is sorted by key (as\n"                      \
	  "LC_ALL=C sort or a Hadoop shuffle leaves it);\n"                 \
	  "sum in constant memory, output in key order" }

/* --stem=LANG (lib/cli/stemopt.h), handled by the tool; WORDS what is
 * stemmed ("words", "the words of n-grams"). */
#define TK_TALLY_STEM_OPTS(WORDS)                                           \
	{ "stem", TK_TALLY_OPT_STEM, required_argument, "LANG",             \
	  "count the stems of " WORDS " (the Snowball\n"                  \
	  "stemmer of LANG, after case folding; 'list'\n"                  \
	  "lists the languages)" }
/* --jsonl-in, --by-doc, in "What is counted:". */
#define TK_TALLY_DOC_OPTS(KEY)                                              \
	{ "jsonl-in", TK_TALLY_OPT_JSONL, optional_argument, "NAME",        \
	  "input is JSON Lines: count the string member\n"                  \
	  "NAME (default text) of each object; one job" },                  \
	{ "jsonl-id", TK_TALLY_OPT_JSONLID, required_argument, "NAME",      \
	  "with --jsonl-in: a document's id is its member\n"                \
	  "NAME (default id; without it the line number)" },                \
	{ "by-doc", TK_TALLY_OPT_BYDOC, optional_argument, "UNIT",          \
	  "count each document apart: print\n"                              \
	  "DOC<TAB>COUNT<TAB>" KEY " rows, documents in\n"                   \
	  "input order, each sorted as a whole table.\n"                    \
	  "UNIT: file (the default) each FILE; record (or\n"               \
	  "line) each line, -z record or JSON object (the\n"               \
	  "default with --jsonl-in; one job)" },                            \
	{ "keywords", TK_TALLY_OPT_KEYWORDS, required_argument, "N",        \
	  "with --by-doc: each document's N keys of the\n"                  \
	  "highest tf-idf: DOC TFIDF COUNT DF " KEY },                      \
	{ "tf", TK_TALLY_OPT_TF, required_argument, "SCHEME",               \
	  "tf of --keywords: count (default), log, bool,\n"                 \
	  "or prop" },                                                      \
	{ "idf", TK_TALLY_OPT_IDF, required_argument, "SCHEME",             \
	  "idf of --keywords: smooth (default), plain,\n"                   \
	  "inverse, or none" },                                             \
	{ "norm", TK_TALLY_OPT_NORM, required_argument, "NORM",             \
	  "--keywords weights: l2 (default: divided by\n"                   \
	  "the document's length) or none" },                               \
	{ "dispersion", TK_TALLY_OPT_DISPERSION, no_argument, NULL,         \
	  "with --by-doc: how evenly each key is spread\n"                  \
	  "over the documents: COUNT RANGE DP DP_NORM D " KEY }

/* "What is printed:" after the tool's --top row. */
#define TK_TALLY_PRINT_OPTS(KEY, KEYS, UNIT)                                \
	{ "min-count", TK_TALLY_OPT_MINCOUNT, required_argument, "N",       \
	  "print only " KEYS " counted at least N times" },                 \
	{ "key-first", TK_TALLY_OPT_KEYFIRST, no_argument, NULL,            \
	  "print " KEY "<TAB>COUNT (and read it with --merge)" },            \
	{ "freq", TK_TALLY_OPT_FREQ, no_argument, NULL,                     \
	  "add the relative frequency (count / " UNIT "s)" },               \
	{ "per-million", TK_TALLY_OPT_PERMIL, no_argument, NULL,            \
	  "add occurrences per million " UNIT "s" },                        \
	{ "rank", TK_TALLY_OPT_RANK, no_argument, NULL,                     \
	  "add the rank (equal counts share a rank)" },                     \
	{ "cumulative", TK_TALLY_OPT_CUM, no_argument, NULL,                \
	  "add the cumulative relative frequency" },                        \
	{ "header", TK_TALLY_OPT_HEADER, no_argument, NULL,                 \
	  "print a header line first" },                                    \
	{ "format", TK_TALLY_OPT_FORMAT, required_argument, "FORMAT",       \
	  "tsv (default), csv, json, jsonl (one JSON\n"                     \
	  "object a line), or uniq (exactly like uniq -c)" },                                                \
	{ "total", TK_TALLY_OPT_TOTAL, optional_argument, "WHERE",          \
	  "print the " UNIT " and type totals: to stderr\n"                 \
	  "(default) or as a last 'line' starting #total" }

/* The "Comparing with a reference:" section (lib/cli/keyreport.h). */
#define TK_TALLY_KEYNESS_OPTS(KEYS)                                         \
	TK_OPT_SECTION("\nComparing with a reference (keyness):"),          \
	{ "reference", TK_TALLY_OPT_REFERENCE, required_argument, "TABLE",  \
	  "print the " KEYS " this input uses more (G2 > 0)\n"              \
	  "or less (G2 < 0) than the count table TABLE:\n"                  \
	  "TARGET REFERENCE G2 P LOG_RATIO PCT_DIFF CHI2\n"                 \
	  "and the key; --top N of each direction" },                       \
	{ "p-value", TK_TALLY_OPT_PVALUE, required_argument, "P",           \
	  "keep " KEYS " whose G2 has p < P (default 0.05;\n"               \
	  "1 keeps all)" },                                                 \
	{ "bonferroni", TK_TALLY_OPT_BONFERRONI, no_argument, NULL,         \
	  "divide P by the number of " KEYS " compared" },                  \
	{ "positive", TK_TALLY_OPT_POSITIVE, no_argument, NULL,             \
	  "only " KEYS " more frequent in the input" },                     \
	{ "negative", TK_TALLY_OPT_NEGATIVE, no_argument, NULL,             \
	  "only " KEYS " less frequent in the input" },                     \
	{ "sort", TK_TALLY_OPT_KEYSORT, required_argument, "STAT",          \
	  "order by g2 (default), log-ratio, pct-diff or\n"                 \
	  "chi2, largest magnitude first" },                                \
	{ "yates", TK_TALLY_OPT_YATES, no_argument, NULL,                   \
	  "CHI2 with Yates' continuity correction" },                       \
	{ "reference-size", TK_TALLY_OPT_REFSIZE, required_argument, "N",   \
	  "the reference corpus has N tokens (default:\n"                   \
	  "the sum of TABLE; give it when TABLE was cut)" },                \
	{ "target-size", TK_TALLY_OPT_TARGETSIZE, required_argument, "N",   \
	  "the same for this input's table" }

/* The "Resources:" section. */
#define TK_TALLY_RESOURCE_OPTS(JOBS)                                        \
	TK_OPT_SECTION("\nResources:"),                                     \
	{ "jobs", 'j', required_argument, "N",                              \
	  "count in N threads (default: all CPUs for\n"                     \
	  "regular files over 4 MiB, else 1" JOBS ")" },                    \
	{ "max-memory", TK_TALLY_OPT_MAXMEM, required_argument, "SIZE",     \
	  "keep the table under about SIZE bytes (K, M, G\n"                \
	  "suffixes; at least 1M) by spilling sorted runs\n"                \
	  "to temporary files in $TMPDIR" }

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
	struct tk_keyness_opts key; /* --reference and its options */
	bool by_doc;         /* --by-doc */
	bool by_record;      /* --by-doc=record: documents are records */
	bool unit_set;       /* --by-doc=UNIT given */
	struct tk_docin_opts docin; /* --jsonl-in, --jsonl-id */
	bool docs_failed;    /* an invalid record ended --by-doc=record */
	bool keywords, dispersion;
	struct tk_tfidf_opts tfidf; /* --keywords, --tf, --idf, --norm */
	bool tfidf_set;      /* --tf, --idf or --norm given */
	bool norm_set;       /* --norm given (else l2) */
	struct tk_docstats *docs;   /* while --keywords/--dispersion count */
	const struct tk_common *co; /* set by tk_tally_check_report */
};

/* Handle option c (one of TK_TALLY_OPT_* or 'j') with its argument and
 * return true; false for any other c.  A bad value is a usage error. */
bool tk_tally_option(int c, const char *arg, struct tk_tally_opts *t);

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

/* The same report from rows already in its order (ngram --by-doc's
 * n-grams sorted as tuples of units), when tk_tally_rows_ok(): n rows,
 * tokens the sum of their counts, and row(ctx, i, &key, &len, &plain)
 * row i's count and key (valid until the next call), plain when the key
 * holds none of the bytes TSV escapes (tk_report_row_plain()).  No
 * keep: every row is a type.  Returns the exit status (0). */
typedef uint64_t (*tk_tally_row_fn)(void *ctx, size_t i, const char **key,
                                    size_t *len, bool *plain);
bool tk_tally_rows_ok(const struct tk_tally_opts *t,
                      const struct tk_spill *spill);
int tk_tally_report_rows(const struct tk_tally_opts *t, size_t n,
                         uint64_t tokens, tk_tally_row_fn row, void *ctx);

/* --by-doc: count(ctx, files, nfiles) once (with stdin, named "-", as
 * the operand when there is none), and lib/countdrv reports each
 * document with rep.doc its id (and rep.header false after the first):
 * each operand (see tk_tally_doc_file), or with --by-doc=record each
 * record.  Returns the exit status: the largest of the documents'. */
typedef int (*tk_tally_count_fn)(void *ctx, char **files, int nfiles);
int tk_tally_by_doc(struct tk_tally_opts *t, char **files, int nfiles,
                    tk_tally_count_fn count, void *ctx);

/* --by-doc over operands: true when file can be a document, whose id,
 * the operand, starts each row (then it is rep.doc).  A name that holds
 * a TAB, CR or LF cannot be an id: it is reported, and the operand is
 * to be skipped (exit status 1). */
bool tk_tally_doc_file(struct tk_tally_opts *t, char *file);

/* The job of a counting program (wordfreq, ngram) once its options are
 * parsed: --merge (--sorted or not) of the operands' tables, filtered by
 * keep (NULL: every key), else --by-doc, else count(count_ctx, files,
 * nfiles) over the operands as one stream.  Returns the exit status. */
int tk_tally_run(struct tk_tally_opts *t, const struct tk_common *co,
                 char **files, int nfiles, tk_keep_fn keep, void *keep_ctx,
                 tk_tally_count_fn count, void *count_ctx);

/* Read the count tables of files (operands as tk_input_open() takes
 * them; COUNT<TAB>KEY, or KEY<TAB>COUNT with key_first) into c, summing
 * the rows of a key, and the sum of all counts into *total (when not
 * NULL).  With spill, c goes to spill whenever it passes max_memory
 * bytes.  A malformed row is reported and stops the reading (or is
 * skipped with a warning under --invalid=drop); a sum past 64 bits is
 * reported and stops it.  Returns the exit status (0 or 1); the one reader of --merge and
 * of the --reference table. */
int tk_tally_load(const struct tk_common *co, bool key_first, char **files,
                  int nfiles, struct tk_counter *c, uint64_t *total,
                  struct tk_spill *spill, uint64_t max_memory);

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
