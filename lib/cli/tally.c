/* tally.c - count tables from the command line: the table options, the
 * --merge reducers and the final report that wordfreq and ngram share,
 * so that both tools spell, check and do them the same way.  Their
 * option rows are in tally.h. */
#include "tally.h"

#include "base/buf.h"
#include "input.h"
#include "output.h"
#include "parallel.h"
#include "tsv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* --- options ------------------------------------------------------------ */

bool tk_tally_option(int c, const char *arg, struct tk_tally_opts *t)
{
	static const char *const totals[] = { "stderr", "line", NULL };
	struct tk_report_opts *r = &t->rep;
	switch (c) {
	case TK_TALLY_OPT_TOP:
		r->top = tk_parse_u64("--top", arg, 1, UINT64_MAX);
		return true;
	case TK_TALLY_OPT_MINCOUNT:
		r->min_count = tk_parse_u64("--min-count", arg, 0, UINT64_MAX);
		return true;
	case TK_TALLY_OPT_KEYFIRST: r->key_first = true; break;
	case TK_TALLY_OPT_FREQ: r->freq = true; break;
	case TK_TALLY_OPT_PERMIL: r->per_million = true; break;
	case TK_TALLY_OPT_RANK: r->rank = true; break;
	case TK_TALLY_OPT_CUM: r->cumulative = true; break;
	case TK_TALLY_OPT_HEADER: r->header = true; break;
	case TK_TALLY_OPT_FORMAT:
		r->format = (enum tk_report_format)tk_parse_keyword(
		        "--format", arg, tk_report_format_names);
		break;
	case TK_TALLY_OPT_TOTAL:
		t->total = arg ? (enum tk_tally_total)(1 + tk_parse_keyword(
		                         "--total", arg, totals))
		               : TK_TALLY_TOTAL_STDERR;
		break;
	case TK_TALLY_OPT_CASE: t->case_sensitive = true; return true;
	case TK_TALLY_OPT_MERGE: t->merge = true; return true;
	case TK_TALLY_OPT_SORTED: t->sorted = true; return true;
	case 'j':
		t->jobs = (int)tk_parse_u64("--jobs", arg, 1, 256);
		return true;
	case TK_TALLY_OPT_BYDOC: {
		static const char *const units[] = { "file", "record", "line",
		                                     NULL };
		t->by_doc = true;
		if (arg) {
			t->by_record = tk_parse_keyword("--by-doc", arg, units) > 0;
			t->unit_set = true;
		}
		return true;
	}
	case TK_TALLY_OPT_JSONL:
		t->docin.text = arg ? arg : "text";
		if (!*t->docin.text)
			tk_usage_error("--jsonl-in=NAME: NAME is empty");
		return true;
	case TK_TALLY_OPT_JSONLID:
		t->docin.id = arg;
		return true;
	case TK_TALLY_OPT_KEYWORDS:
		t->keywords = true;
		t->tfidf.top = tk_parse_u64("--keywords", arg, 1, UINT64_MAX);
		return true;
	case TK_TALLY_OPT_TF:
		t->tfidf.tf = (enum tk_tf)tk_parse_keyword("--tf", arg, tk_tf_names);
		t->tfidf_set = true;
		return true;
	case TK_TALLY_OPT_IDF:
		t->tfidf.idf = (enum tk_idf)tk_parse_keyword("--idf", arg,
		                                             tk_idf_names);
		t->tfidf_set = true;
		return true;
	case TK_TALLY_OPT_NORM: {
		static const char *const norms[] = { "l2", "none", NULL };
		t->tfidf.l2 = tk_parse_keyword("--norm", arg, norms) == 0;
		t->tfidf_set = true;
		t->norm_set = true;
		return true;
	}
	case TK_TALLY_OPT_DISPERSION: t->dispersion = true; return true;
	case TK_TALLY_OPT_REFERENCE: t->key.reference = arg; return true;
	case TK_TALLY_OPT_REFSIZE:
		t->key.reference_size = tk_parse_u64("--reference-size", arg, 1,
		                                     UINT64_MAX);
		return true;
	case TK_TALLY_OPT_TARGETSIZE:
		t->key.target_size = tk_parse_u64("--target-size", arg, 1,
		                                  UINT64_MAX);
		return true;
	case TK_TALLY_OPT_PVALUE:
		t->key.alpha = tk_parse_double("--p-value", arg, 0, 1);
		if (!(t->key.alpha > 0))
			tk_usage_error("--p-value must be above 0");
		return true;
	case TK_TALLY_OPT_BONFERRONI: t->key.bonferroni = true; return true;
	case TK_TALLY_OPT_YATES: t->key.yates = true; return true;
	case TK_TALLY_OPT_POSITIVE: t->key.positive = true; return true;
	case TK_TALLY_OPT_NEGATIVE: t->key.negative = true; return true;
	case TK_TALLY_OPT_KEYSORT:
		t->key.sort = (enum tk_keyness_sort)tk_parse_keyword(
		        "--sort", arg, tk_keyness_sort_names);
		return true;
	case TK_TALLY_OPT_MAXMEM:
		t->max_memory = tk_parse_size("--max-memory", arg);
		if (t->max_memory < (1u << 20))
			tk_usage_error("--max-memory must be at least 1M");
		return true;
	default:
		return false;
	}
	t->table = true; /* the break cases: columns, --format, --total */
	return true;
}

void tk_tally_check_sorted(const struct tk_tally_opts *t)
{
	const struct tk_report_opts *r = &t->rep;
	if (t->sorted && !t->merge)
		tk_usage_error("--sorted works only with --merge");
	if (t->sorted && (r->freq || r->per_million || r->rank ||
	                  r->cumulative || r->top))
		tk_usage_error("--merge --sorted writes keys in input order: "
		               "--top, --rank, --freq, --per-million and "
		               "--cumulative need the whole table");
}

void tk_tally_check_report(struct tk_tally_opts *t,
                           const struct tk_common *co, const char *key_name)
{
	struct tk_report_opts *r = &t->rep;
	if (r->format == TK_REPORT_UNIQ &&
	    (r->key_first || r->freq || r->per_million || r->rank ||
	     r->cumulative || r->header))
		tk_usage_error("--format=uniq prints only counts and keys");
	const struct tk_keyness_opts *k = &t->key;
	if (!k->reference && (k->reference_size || k->target_size || k->alpha ||
	                      k->bonferroni || k->yates || k->positive ||
	                      k->negative || k->sort))
		tk_usage_error("--p-value, --bonferroni, --positive, --negative, "
		               "--sort, --yates and the sizes need --reference");
	if (k->reference && (r->format == TK_REPORT_UNIQ || r->freq ||
	                     r->per_million || r->rank || r->cumulative ||
	                     t->total == TK_TALLY_TOTAL_LINE))
		tk_usage_error("--reference prints its own columns: no "
		               "--format=uniq, --freq, --per-million, --rank, "
		               "--cumulative or --total=line");
	if (k->reference && (t->max_memory || t->sorted))
		tk_usage_error("--reference needs the whole table in memory: "
		               "no --max-memory or --sorted");
	if (t->docin.text && t->merge)
		tk_usage_error("--jsonl-in reads text: not with --merge");
	if (t->docin.id && !t->docin.text)
		tk_usage_error("--jsonl-id goes with --jsonl-in");
	if (t->docin.text && !t->unit_set)
		t->by_record = t->by_doc;
	if (t->by_doc && (t->merge || k->reference))
		tk_usage_error("--by-doc counts text: not with --merge or "
		               "--reference");
	if (t->by_doc && (r->format == TK_REPORT_JSON ||
	                  r->format == TK_REPORT_UNIQ ||
	                  t->total == TK_TALLY_TOTAL_LINE))
		tk_usage_error("--by-doc writes one table of rows: use "
		               "--format=tsv, csv or jsonl, without --total=line");
	if ((t->keywords || t->dispersion) && !t->by_doc)
		tk_usage_error("--keywords and --dispersion need --by-doc");
	if (t->keywords && t->dispersion)
		tk_usage_error("--keywords and --dispersion exclude each other");
	if (t->tfidf_set && !t->keywords)
		tk_usage_error("--tf, --idf and --norm go with --keywords");
	if ((t->keywords || t->dispersion) &&
	    (t->max_memory || r->key_first || r->format == TK_REPORT_JSON ||
	     r->format == TK_REPORT_JSONL || r->freq || r->per_million ||
	     r->rank || r->cumulative || t->total != TK_TALLY_TOTAL_NONE))
		tk_usage_error("--keywords and --dispersion print their own "
		               "columns and need the tables in memory: no "
		               "--max-memory, --format=json or jsonl, --key-first, --freq, --per-million, "
		               "--rank, --cumulative or --total");
	if (!t->norm_set)
		t->tfidf.l2 = true;
	t->co = co;
	r->total_line = t->total == TK_TALLY_TOTAL_LINE;
	r->nul = co->nul;
	r->key_name = key_name;
}

/* --- counting and reporting --------------------------------------------- */

uint64_t tk_tally_seed(void)
{
	uint64_t s = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull;
	s ^= (uint64_t)getpid() << 32;
	s ^= (uint64_t)(uintptr_t)&s;
	return s | 1;
}

int tk_tally_jobs(const struct tk_tally_opts *t, char **files, int nfiles)
{
	return t->jobs ? t->jobs
	               : tk_parallel_default_jobs(files, nfiles, 4u << 20);
}

struct tk_spill *tk_tally_spill(const struct tk_tally_opts *t, int jobs,
                                size_t *limit)
{
	*limit = t->max_memory ? (size_t)(t->max_memory / (uint64_t)jobs) : 0;
	return t->max_memory ? tk_spill_new() : NULL;
}

void tk_tally_fail(struct tk_tally_err *e, int rc)
{
	if (!e->rc) {
		e->rc = rc;
		e->err = errno;
	}
}

void tk_tally_spill_if(struct tk_spill *spill, struct tk_counter *c,
                       size_t limit, struct tk_tally_err *e)
{
	if (spill && tk_counter_bytes(c) > limit &&
	    tk_spill_counter(spill, c) != TK_OK)
		tk_tally_fail(e, TK_EIO);
}

void tk_tally_error(int rc, int err)
{
	if (rc == TK_EOVERFLOW)
		tk_warn("a count does not fit in 64 bits");
	else if (rc == TK_EIO)
		tk_warn("temporary file: %s", strerror(err));
}

/* --total (to stderr): after the table, which is flushed first so that
 * the line comes after it on a terminal. */
static void totals(const struct tk_tally_opts *t, uint64_t tokens,
                   uint64_t types)
{
	if (t->total == TK_TALLY_TOTAL_STDERR) {
		tk_out_flushbuf();
		fprintf(stderr, "%s: total: %llu %s, %llu types\n", tk_progname,
		        (unsigned long long)tokens, t->units,
		        (unsigned long long)types);
	}
}

int tk_tally_report(const struct tk_tally_opts *t, struct tk_spill *spill,
                    struct tk_counter *c, tk_keep_fn keep, void *ctx)
{
	uint64_t tokens, types;
	if (t->docs) {
		tk_docstats_add(t->docs, t->rep.doc, c, tk_counter_total(c, NULL),
		                keep, ctx);
		return 0;
	}
	if (t->key.reference) {
		struct tk_counter *ref = tk_counter_new(0);
		uint64_t rsum;
		char *f = (char *)t->key.reference;
		int status = tk_tally_load(t->co, t->rep.key_first, &f, 1, ref,
		                           &rsum, NULL, 0);
		if (status == 0)
			status = tk_keyreport(&t->key, &t->rep, c, ref, rsum,
			                      keep, ctx);
		tk_counter_free(ref);
		return status;
	}
	int rc = tk_spill_report(spill, c, &t->rep, (size_t)t->max_memory,
	                         keep, ctx, &tokens, &types);
	if (rc != TK_OK) {
		tk_tally_error(rc, errno);
		return 1;
	}
	totals(t, tokens, types);
	return 0;
}

bool tk_tally_rows_ok(const struct tk_tally_opts *t,
                      const struct tk_spill *spill)
{
	return !t->docs && !t->key.reference && !spill;
}

/* report_in_memory() of lib/spill over rows sorted already: the types
 * and tokens are all the rows', --min-count ends the rows (their counts
 * only fall), --top is the report's. */
int tk_tally_report_rows(const struct tk_tally_opts *t, size_t n,
                         uint64_t tokens, tk_tally_row_fn row, void *ctx)
{
	struct tk_report *r = tk_report_begin(&t->rep, tokens);
	for (size_t i = 0; i < n; i++) {
		const char *key;
		size_t len;
		bool plain;
		uint64_t count = row(ctx, i, &key, &len, &plain);
		if (count < t->rep.min_count ||
		    !(plain ? tk_report_row_plain(r, key, len, count)
		            : tk_report_row(r, key, len, count)))
			break;
	}
	tk_report_end(r, tokens, n);
	totals(t, tokens, n);
	return 0;
}

/* --- --by-doc ----------------------------------------------------------- */

/* The documents' end: --keywords or --dispersion over them all, or the
 * header when no document printed it. */
static void docs_end(struct tk_tally_opts *t, bool header)
{
	if (t->docs) {
		t->rep.header = header;
		/* None from part of the documents: it would mislead. */
		if (!t->docs_failed && t->keywords)
			tk_docstats_keywords(t->docs, &t->tfidf, &t->rep);
		else if (!t->docs_failed)
			tk_docstats_dispersion(t->docs, &t->rep);
		tk_docstats_free(t->docs);
		t->docs = NULL;
	} else if (t->rep.header) {
		t->rep.doc = "";
		tk_report_end(tk_report_begin(&t->rep, 0), 0, 0);
	}
	t->rep.doc = NULL;
	t->rep.header = header;
}

bool tk_tally_doc_file(struct tk_tally_opts *t, char *file)
{
	if (strpbrk(file, "\t\r\n")) {
		tk_warn_file(file, "a document id cannot hold a tab or a line "
		             "break; skipped");
		return false;
	}
	t->rep.doc = file;
	return true;
}

int tk_tally_by_doc(struct tk_tally_opts *t, char **files, int nfiles,
                    tk_tally_count_fn count, void *ctx)
{
	static char stdin_name[] = "-";
	char *none[] = { stdin_name };
	bool header = t->rep.header;
	if (t->keywords || t->dispersion)
		t->docs = tk_docstats_new();
	if (!t->by_record && nfiles == 0) {
		files = none;
		nfiles = 1;
	}
	int status = count(ctx, files, nfiles);
	docs_end(t, header);
	return status;
}

/* --- --merge ------------------------------------------------------------ */

/* A malformed table row: warn; true when --invalid=drop skips it. */
static bool bad_row(bool key_first, const struct tk_common *co,
                    struct tk_tsv_reader *rd, int rc)
{
	const char *why = rc == TK_EOVERFLOW ? "count does not fit in 64 bits"
	                : key_first ? "not a KEY<TAB>COUNT line"
	                            : "not a COUNT<TAB>KEY line";
	bool drop = co->invalid == TK_INVALID_DROP;
	tk_warn("%s:%llu: %s%s", tk_tsv_reader_file(rd),
	        (unsigned long long)tk_tsv_reader_line(rd), why,
	        drop ? " (dropped)" : "");
	return drop;
}

static void row_warn(struct tk_tsv_reader *rd, const char *what)
{
	tk_warn("%s:%llu: %s", tk_tsv_reader_file(rd),
	        (unsigned long long)tk_tsv_reader_line(rd), what);
}

int tk_tally_load(const struct tk_common *co, bool key_first, char **files,
                  int nfiles, struct tk_counter *c, uint64_t *total,
                  struct tk_spill *spill, uint64_t max_memory)
{
	struct tk_input *in = tk_input_open(files, nfiles, co);
	struct tk_tsv_reader *rd = tk_tsv_reader_new(in, key_first);
	int status = 0, rc;
	struct tk_span key;
	uint64_t n;
	if (total)
		*total = 0;
	while ((rc = tk_tsv_read(rd, &key, &n)) != 0) {
		if (rc < 0) {
			if (bad_row(key_first, co, rd, rc))
				continue;
			status = 1;
			break;
		}
		if ((total && tk_u64_add(total, n) != TK_OK) ||
		    tk_counter_add(c, key.p, key.len, n) != TK_OK) {
			row_warn(rd, "sum does not fit in 64 bits");
			status = 1;
			break;
		}
		if (spill && tk_counter_bytes(c) > max_memory &&
		    tk_spill_counter(spill, c) != TK_OK) {
			tk_tally_error(TK_EIO, errno);
			status = 1;
			break;
		}
	}
	tk_tsv_reader_free(rd);
	return status | tk_input_close(in);
}

int tk_tally_merge(const struct tk_tally_opts *t, const struct tk_common *co,
                   char **files, int nfiles, tk_keep_fn keep, void *ctx)
{
	struct tk_spill *spill = t->max_memory ? tk_spill_new() : NULL;
	struct tk_counter *c = tk_counter_new(tk_tally_seed());
	int status = tk_tally_load(co, t->rep.key_first, files, nfiles, c,
	                           NULL, spill, t->max_memory);
	/* No table from incomplete input: a partial sum must not pass for
	 * a whole one. */
	if (status == 0)
		status = tk_tally_report(t, spill, c, keep, ctx);
	tk_counter_free(c);
	tk_spill_free(spill);
	return status;
}

int tk_tally_merge_sorted(const struct tk_tally_opts *t,
                          const struct tk_common *co, char **files,
                          int nfiles, tk_keep_fn keep, void *ctx)
{
	struct tk_input *in = tk_input_open(files, nfiles, co);
	struct tk_tsv_reader *rd = tk_tsv_reader_new(in, t->rep.key_first);
	struct tk_report *rep = tk_report_begin(&t->rep, 0);
	/* Keys are compared and grouped as written (escaped): that is the
	 * order LC_ALL=C sort gives the lines.  prev is the group's key as
	 * written, pkey the same unescaped. */
	struct tk_buf prev = TK_BUF_INIT, pkey = TK_BUF_INIT;
	tk_buf_reserve(&prev, 1); /* prev.data is never NULL, even for "" */
	tk_buf_reserve(&pkey, 1);
	bool have = false;
	uint64_t sum = 0, tokens = 0, types = 0;
	int status = 0, rc;
	struct tk_span key, text = { NULL, 0 };
	uint64_t n;
	for (;;) {
		rc = tk_tsv_read(rd, &key, &n);
		if (rc < 0) {
			if (bad_row(t->rep.key_first, co, rd, rc))
				continue;
			status = 1;
			break;
		}
		if (rc > 0)
			text = tk_tsv_reader_text(rd);
		int cmp = rc == 0 || !have
		        ? 1 : tk_key_cmp(text.p, text.len, prev.data, prev.len);
		if (cmp < 0) {
			row_warn(rd, "input is not sorted by key");
			status = 1;
			break;
		}
		if (cmp > 0 && have && (!keep || keep(ctx, pkey.data, pkey.len))) {
			types++;
			if (tk_u64_add(&tokens, sum) != TK_OK) {
				tk_warn("total does not fit in 64 bits");
				status = 1;
				break;
			}
			tk_report_row(rep, pkey.data, pkey.len, sum);
		}
		if (rc == 0)
			break;
		if (cmp > 0) {
			tk_buf_clear(&prev);
			tk_buf_add(&prev, text.p, text.len);
			tk_buf_clear(&pkey);
			tk_buf_add(&pkey, key.p, key.len);
			have = true;
			sum = n;
		} else if (tk_u64_add(&sum, n) != TK_OK) {
			row_warn(rd, "sum does not fit in 64 bits");
			status = 1;
			break;
		}
	}
	if (status == 0) {
		tk_report_end(rep, tokens, types);
		totals(t, tokens, types);
	} else
		free(rep);
	tk_buf_free(&prev);
	tk_buf_free(&pkey);
	tk_tsv_reader_free(rd);
	return status | tk_input_close(in);
}

int tk_tally_run(struct tk_tally_opts *t, const struct tk_common *co,
                 char **files, int nfiles, tk_keep_fn keep, void *keep_ctx,
                 tk_tally_count_fn count, void *count_ctx)
{
	if (t->merge && t->sorted)
		return tk_tally_merge_sorted(t, co, files, nfiles, keep, keep_ctx);
	if (t->merge)
		return tk_tally_merge(t, co, files, nfiles, keep, keep_ctx);
	if (t->by_doc)
		return tk_tally_by_doc(t, files, nfiles, count, count_ctx);
	return count(count_ctx, files, nfiles);
}
