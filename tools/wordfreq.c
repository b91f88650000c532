/* wordfreq.c - word frequencies: text in, "count<TAB>word" out, sorted
 * by count descending, ties in byte order.  Glue only: lib/token splits,
 * lib/casemap folds, lib/counter counts, lib/report writes; lib/parallel
 * (-j), lib/spill (--max-memory) and lib/tsv (--merge) scale it out. */
#include "casemap.h"
#include "cli.h"
#include "counter.h"
#include "input.h"
#include "output.h"
#include "parallel.h"
#include "report.h"
#include "spill.h"
#include "stopwords.h"
#include "token.h"
#include "tsv.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <uninorm.h>
#include <unistr.h>

enum { NORM_NONE, NORM_NFC, NORM_NFKC };
enum { TOTAL_NONE, TOTAL_STDERR, TOTAL_LINE };

struct opts {
	struct tk_common co;
	struct tk_report_opts rep;
	bool case_sensitive, all_tokens, lines, no_numbers, merge, sorted;
	int normalize;
	uint64_t min_length;
	int jobs;            /* 0: the default */
	uint64_t max_memory; /* 0: no limit */
	int total;
	const char **stop;
	size_t nstop;
};

/* One counting thread's state.  Tokens are counted as they appear in
 * `raw`; flush_raw() maps each distinct raw form once (fold, normalize)
 * and adds its count to `c`.  Mapping is a function of the token alone,
 * so this gives the same table as mapping every token, while the hot
 * loop does one hash and probe per token and no case mapping (on the
 * 43 MB benchmark text: ~35k distinct raw forms for ~8M tokens).  `raw`
 * is flushed when it passes RAW_MAX bytes, so it is a bounded cache. */
enum { RAW_MAX = 8u << 20 };

struct worker {
	const struct opts *o;
	struct tk_counter *c;
	struct tk_counter *raw; /* NULL when keys are counted as they are */
	struct tk_tokenizer *tok;
	struct tk_buf fold, norm;
	struct tk_spill *spill;
	size_t limit;        /* spill when the table holds more bytes */
	size_t raw_max;      /* flush raw when it holds more bytes */
	int err;             /* first TK_E* error */
	int err_errno;
};

static void help(void)
{
	tk_out_str(
	"Usage: wordfreq [OPTION]... [FILE]...\n"
	"Count words (or lines, or merged count tables) and print\n"
	"COUNT<TAB>WORD lines, most frequent first, ties in byte order.\n"
	"\nWhat is counted:\n"
	"      --case-sensitive   count 'The' and 'the' apart (default: full\n"
	"                         Unicode case folding, 'STRASSE' = 'straße')\n"
	"      --all-tokens       count punctuation and symbols too, not only\n"
	"                         words and numbers\n"
	"      --no-numbers       do not count number tokens\n"
	"      --lines            count whole input lines, as they are (like\n"
	"                         sort | uniq -c | sort -rn); with --merge: the\n"
	"                         tables count lines (names the key 'line')\n"
	"      --normalize=FORM   normalize keys to nfc or nfkc\n"
	"      --min-length=N     skip keys shorter than N characters\n"
	"      --stopwords=LIST   skip the words of LIST: a built-in list (en, de,\n"
	"                         fr, es, it, pt, nl, ru) or a file with one word\n"
	"                         per line; may be repeated\n"
	"      --merge            input is COUNT<TAB>KEY tables (KEY<TAB>COUNT\n"
	"                         with --key-first) from earlier runs: sum them;\n"
	"                         a malformed line is an error (exit 1), or is\n"
	"                         skipped with a warning under --invalid=drop\n"
	"      --sorted           with --merge: input is sorted by key (as\n"
	"                         LC_ALL=C sort or a Hadoop shuffle leaves it);\n"
	"                         sum in constant memory, output in key order\n"
	"\nWhat is printed:\n"
	"  -n, --top=N            print only the N most frequent keys\n"
	"      --min-count=N      print only keys counted at least N times\n"
	"      --key-first        print KEY<TAB>COUNT (and read it with --merge)\n"
	"      --freq             add the relative frequency (count / tokens)\n"
	"      --per-million      add occurrences per million tokens\n"
	"      --rank             add the rank (equal counts share a rank)\n"
	"      --cumulative       add the cumulative relative frequency\n"
	"      --header           print a header line first\n"
	"      --format=FORMAT    tsv (default), csv, json, or uniq (exactly\n"
	"                         like uniq -c)\n"
	"      --total[=WHERE]    print the token and type totals: to stderr\n"
	"                         (default) or as a last 'line' starting #total\n"
	"\nResources:\n"
	"  -j, --jobs=N           count in N threads (default: all CPUs for\n"
	"                         regular files over 4 MiB, else 1)\n"
	"      --max-memory=SIZE  keep the table under about SIZE bytes (K, M, G\n"
	"                         suffixes; at least 1M) by spilling sorted runs\n"
	"                         to temporary files in $TMPDIR\n");
	tk_cli_common_help(true);
}

/* --- keys ------------------------------------------------------------- */

static bool all_ascii(const char *s, size_t n)
{
	return tk_ascii_run(s, n) == n;
}

/* The counted form of s[0..n): folded unless --case-sensitive (never in
 * --lines mode), then normalized when asked.  Points into w's buffers
 * or at s itself. */
static const char *map_key(struct worker *w, const char *s, size_t n,
                           size_t *outlen)
{
	const struct opts *o = w->o;
	if (!o->case_sensitive && !o->lines) {
		tk_buf_clear(&w->fold);
		tk_casemap(TK_CASE_FOLD, NULL, s, n, &w->fold);
		s = w->fold.data;
		n = w->fold.len;
	}
	if (o->normalize != NORM_NONE && n && !all_ascii(s, n)) {
		/* ASCII is invariant under NFC and NFKC.  libunistring directly,
		 * not lib/norm: keys are mapped in the counting threads, and
		 * lib/norm builds its tables lazily without locking.  Keys are
		 * mapped once per distinct form, so its fast path would not
		 * show here anyway. */
		size_t len;
		tk_buf_clear(&w->norm);
		tk_buf_reserve(&w->norm, n + 16);
		len = w->norm.cap;
		uint8_t *r = u8_normalize(o->normalize == NORM_NFC ? UNINORM_NFC
		                                                   : UNINORM_NFKC,
		                          (const uint8_t *)s, n,
		                          (uint8_t *)w->norm.data, &len);
		if (!r)
			xalloc_die();
		if (r != (uint8_t *)w->norm.data) {
			tk_buf_clear(&w->norm);
			tk_buf_add(&w->norm, r, len);
			free(r);
		} else
			w->norm.len = len;
		s = w->norm.data;
		n = w->norm.len;
	}
	*outlen = n;
	return s;
}

static void fail(struct worker *w, int err)
{
	if (!w->err) {
		w->err = err;
		w->err_errno = errno;
	}
}

static void count(struct worker *w, const char *s, size_t n)
{
	if (unlikely(tk_counter_add(w->raw ? w->raw : w->c, s, n, 1) != TK_OK))
		fail(w, TK_EOVERFLOW);
}

static void flush_raw(struct worker *w)
{
	if (!w->raw || tk_counter_size(w->raw) == 0)
		return;
	size_t n = tk_counter_size(w->raw);
	struct tk_entry *v = tk_counter_entries(w->raw);
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *k = map_key(w, v[i].key, v[i].len, &len);
		if (tk_counter_add(w->c, k, len, v[i].count) != TK_OK)
			fail(w, TK_EOVERFLOW);
	}
	free(v);
	tk_counter_clear(w->raw);
}

static int on_token(void *ctx, const struct tk_token *t)
{
	struct worker *w = ctx;
	if (!w->o->all_tokens && !tk_token_is_word(t->type))
		return 0;
	if (w->o->no_numbers && t->type == TK_TOK_NUMBER)
		return 0;
	count(w, t->p, t->len);
	return 0;
}

static void maybe_spill(struct worker *w)
{
	if (w->raw && tk_counter_bytes(w->raw) > w->raw_max)
		flush_raw(w);
	if (w->spill && tk_counter_bytes(w->c) > w->limit &&
	    tk_spill_counter(w->spill, w->c) != TK_OK)
		fail(w, TK_EIO);
}

/* A block of whole lines (lib/parallel): count its tokens or lines. */
static void count_block(void *state, const char *p, size_t n)
{
	struct worker *w = state;
	char term = w->o->co.nul ? '\0' : '\n';
	while (n > 0) {
		const char *e = memchr(p, term, n);
		size_t len = e ? (size_t)(e - p) : n;
		if (w->o->lines)
			count(w, p, len);
		else
			tk_tokenize(w->tok, p, len, on_token, w);
		if (!e)
			break;
		n -= len + 1;
		p = e + 1;
	}
	maybe_spill(w);
}

static struct worker *worker_new(const struct opts *o, uint64_t seed,
                                 struct tk_spill *spill, size_t limit)
{
	struct worker *w = xcalloc(1, sizeof *w);
	w->o = o;
	w->c = tk_counter_new(seed);
	if ((!o->case_sensitive && !o->lines) || o->normalize != NORM_NONE)
		w->raw = tk_counter_new(seed);
	w->raw_max = spill && limit / 4 < RAW_MAX ? limit / 4 : RAW_MAX;
	w->tok = tk_tokenizer_new(NULL);
	w->spill = spill;
	w->limit = limit;
	return w;
}

static void worker_free(struct worker *w)
{
	tk_counter_free(w->c);
	tk_counter_free(w->raw);
	tk_tokenizer_free(w->tok);
	tk_buf_free(&w->fold);
	tk_buf_free(&w->norm);
	free(w);
}

/* --- selection: stop words and --min-length ---------------------------- */

struct selection {
	struct tk_counter *stop; /* mapped stop words, or NULL */
	uint64_t min_length;
};

static bool keep(void *ctx, const char *key, size_t len)
{
	const struct selection *s = ctx;
	if (s->min_length && u8_mbsnlen((const uint8_t *)key, len) < s->min_length)
		return false;
	if (s->stop && tk_counter_get(s->stop, key, len))
		return false;
	return true;
}

static void add_stopword(void *ctx, const char *word, size_t len)
{
	struct worker *w = ctx;
	size_t klen;
	const char *k = map_key(w, word, len, &klen);
	tk_counter_add(w->c, k, klen, 1);
}

/* Read the --stopwords lists into a set of keys mapped like the counted
 * ones.  A list that cannot be read is a runtime error (status 1). */
static struct tk_counter *load_stopwords(const struct opts *o, int *status)
{
	if (o->nstop == 0)
		return NULL;
	struct worker *w = worker_new(o, 0, NULL, 0);
	for (size_t i = 0; i < o->nstop; i++) {
		const char *name = o->stop[i];
		const struct tk_stopword_list *l =
		        strchr(name, '/') ? NULL : tk_stopwords_builtin(name);
		if (l) {
			tk_stopwords_parse(l->text, l->len, add_stopword, w);
			continue;
		}
		struct tk_common co = { 0 };
		char *files[1] = { (char *)name };
		struct tk_input *in = tk_input_open(files, 1, &co);
		struct tk_record r;
		struct tk_buf text = TK_BUF_INIT;
		while (tk_input_next(in, &r)) {
			tk_buf_add(&text, r.p, r.len);
			if (!r.more)
				tk_buf_addc(&text, '\n');
		}
		*status |= tk_input_close(in);
		tk_stopwords_parse(text.data, text.len, add_stopword, w);
		tk_buf_free(&text);
	}
	struct tk_counter *set = w->c;
	w->c = tk_counter_new(0); /* worker_free frees one */
	worker_free(w);
	return set;
}

/* --- the three modes --------------------------------------------------- */

static uint64_t seed(void)
{
	uint64_t s = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull;
	s ^= (uint64_t)getpid() << 32;
	s ^= (uint64_t)(uintptr_t)&s;
	return s | 1;
}

static void total_to_stderr(const struct opts *o, uint64_t tokens,
                            uint64_t types)
{
	if (o->total == TOTAL_STDERR) {
		tk_out_flushbuf();
		fprintf(stderr, "%s: total: %llu tokens, %llu types\n",
		        tk_progname, (unsigned long long)tokens,
		        (unsigned long long)types);
	}
}

static void report_error(int rc, int err)
{
	if (rc == TK_EOVERFLOW)
		tk_warn("a count does not fit in 64 bits");
	else if (rc == TK_EIO)
		tk_warn("temporary file: %s", strerror(err));
}

/* Report the table (possibly spilled) and the totals; 0 or 1. */
static int finish(const struct opts *o, struct tk_spill *spill,
                  struct tk_counter *c, struct selection *sel)
{
	uint64_t tokens, types;
	int rc = tk_spill_report(spill, c, &o->rep, (size_t)o->max_memory,
	                         (sel->stop || sel->min_length) ? keep : NULL,
	                         sel, &tokens, &types);
	if (rc != TK_OK) {
		report_error(rc, errno);
		return 1;
	}
	total_to_stderr(o, tokens, types);
	return 0;
}

static int count_text(const struct opts *o, char **files, int nfiles,
                      struct selection *sel)
{
	int jobs = o->jobs ? o->jobs
	                   : tk_parallel_default_jobs(files, nfiles, 4u << 20);
	struct tk_spill *spill = o->max_memory ? tk_spill_new() : NULL;
	size_t limit = o->max_memory ? (size_t)(o->max_memory / (uint64_t)jobs) : 0;
	uint64_t s = seed();
	struct worker **w = xnmalloc((size_t)jobs, sizeof *w);
	for (int i = 0; i < jobs; i++)
		w[i] = worker_new(o, s, spill, limit);
	struct tk_input *in = tk_input_open(files, nfiles, &o->co);
	tk_parallel_run(in, o->co.nul ? '\0' : '\n', jobs, (void **)w,
	                count_block, o->lines ? NULL : tk_token_cut_line);
	/* Under --invalid=fail the input ended early: a table of part of it
	 * would pass for the real one, so print none (as for a bad --merge
	 * row).  An unreadable operand is not that: the others count. */
	bool aborted = tk_input_aborted(in);
	int status = tk_input_close(in);
	int rc = TK_OK, err = 0;
	for (int i = 0; i < jobs; i++) {
		flush_raw(w[i]);
		if (w[i]->err && !rc) {
			rc = w[i]->err;
			err = w[i]->err_errno;
		}
		if (i > 0) {
			if (tk_counter_merge(w[0]->c, w[i]->c) != TK_OK && !rc)
				rc = TK_EOVERFLOW;
			worker_free(w[i]);
			maybe_spill(w[0]);
		}
	}
	if (rc == TK_OK && w[0]->err)
		rc = w[0]->err, err = w[0]->err_errno;
	if (rc != TK_OK) {
		report_error(rc, err);
		status = 1;
	} else if (!aborted)
		status |= finish(o, spill, w[0]->c, sel);
	worker_free(w[0]);
	free(w);
	tk_spill_free(spill);
	return status;
}

static bool bad_row(const struct opts *o, struct tk_tsv_reader *r, int rc,
                    int *status)
{
	const char *why = rc == TK_EOVERFLOW ? "count does not fit in 64 bits"
	                                     : o->rep.key_first
	                                     ? "not a KEY<TAB>COUNT line"
	                                     : "not a COUNT<TAB>KEY line";
	if (o->co.invalid == TK_INVALID_DROP) {
		tk_warn("%s:%llu: %s (dropped)", tk_tsv_reader_file(r),
		        (unsigned long long)tk_tsv_reader_line(r), why);
		return true;
	}
	tk_warn("%s:%llu: %s", tk_tsv_reader_file(r),
	        (unsigned long long)tk_tsv_reader_line(r), why);
	*status = 1;
	return false;
}

static int merge_tables(const struct opts *o, char **files, int nfiles,
                        struct selection *sel)
{
	struct tk_spill *spill = o->max_memory ? tk_spill_new() : NULL;
	struct tk_counter *c = tk_counter_new(seed());
	struct tk_input *in = tk_input_open(files, nfiles, &o->co);
	struct tk_tsv_reader *r = tk_tsv_reader_new(in, o->rep.key_first);
	int status = 0, rc;
	struct tk_span key;
	uint64_t n;
	while ((rc = tk_tsv_read(r, &key, &n)) != 0) {
		if (rc < 0) {
			if (bad_row(o, r, rc, &status))
				continue;
			break;
		}
		if (tk_counter_add(c, key.p, key.len, n) != TK_OK) {
			tk_warn("%s:%llu: sum does not fit in 64 bits",
			        tk_tsv_reader_file(r),
			        (unsigned long long)tk_tsv_reader_line(r));
			status = 1;
			break;
		}
		if (spill && tk_counter_bytes(c) > o->max_memory &&
		    tk_spill_counter(spill, c) != TK_OK) {
			report_error(TK_EIO, errno);
			status = 1;
			break;
		}
	}
	tk_tsv_reader_free(r);
	status |= tk_input_close(in);
	/* No table from incomplete input: a partial sum must not pass for
	 * a whole one. */
	if (status == 0)
		status = finish(o, spill, c, sel);
	tk_counter_free(c);
	tk_spill_free(spill);
	return status;
}

/* --merge --sorted: one group at a time, constant memory. */
static int merge_sorted(const struct opts *o, char **files, int nfiles,
                        struct selection *sel)
{
	struct tk_input *in = tk_input_open(files, nfiles, &o->co);
	struct tk_tsv_reader *r = tk_tsv_reader_new(in, o->rep.key_first);
	struct tk_report *rep = tk_report_begin(&o->rep, 0);
	struct tk_buf prev = TK_BUF_INIT;
	tk_buf_reserve(&prev, 1); /* prev.data is never NULL, even for "" */
	bool have = false;
	uint64_t sum = 0, tokens = 0, types = 0;
	int status = 0, rc;
	struct tk_span key;
	uint64_t n;
	for (;;) {
		rc = tk_tsv_read(r, &key, &n);
		if (rc < 0) {
			if (bad_row(o, r, rc, &status))
				continue;
			break;
		}
		int cmp = rc == 0 || !have ? 1
		        : tk_key_cmp(key.p, key.len, prev.data, prev.len);
		if (cmp < 0) {
			tk_warn("%s:%llu: input is not sorted by key",
			        tk_tsv_reader_file(r),
			        (unsigned long long)tk_tsv_reader_line(r));
			status = 1;
			break;
		}
		if (cmp > 0 && have && (!sel || keep(sel, prev.data, prev.len))) {
			types++;
			if (tk_u64_add(&tokens, sum) != TK_OK) {
				tk_warn("total does not fit in 64 bits");
				status = 1;
				break;
			}
			tk_report_row(rep, prev.data, prev.len, sum);
		}
		if (rc == 0)
			break;
		if (cmp > 0) {
			tk_buf_clear(&prev);
			tk_buf_add(&prev, key.p, key.len);
			have = true;
			sum = n;
		} else if (tk_u64_add(&sum, n) != TK_OK) {
			tk_warn("%s:%llu: sum does not fit in 64 bits",
			        tk_tsv_reader_file(r),
			        (unsigned long long)tk_tsv_reader_line(r));
			status = 1;
			break;
		}
	}
	if (status == 0) {
		tk_report_end(rep, tokens, types);
		total_to_stderr(o, tokens, types);
	} else
		free(rep);
	tk_buf_free(&prev);
	tk_tsv_reader_free(r);
	return status | tk_input_close(in);
}

/* --- options ----------------------------------------------------------- */

enum {
	OPT_CASE = TK_OPT_TOOL, OPT_ALL, OPT_NONUM, OPT_LINES, OPT_NORM,
	OPT_MINLEN, OPT_STOP, OPT_MERGE, OPT_SORTED, OPT_MINCOUNT,
	OPT_KEYFIRST, OPT_FREQ, OPT_PERMIL, OPT_RANK, OPT_CUM, OPT_HEADER,
	OPT_FORMAT, OPT_TOTAL, OPT_MAXMEM
};

static void parse_options(int argc, char **argv, struct opts *o)
{
	static const char shortopts[] = "n:j:" TK_COMMON_SHORTOPTS;
	static const struct option longopts[] = {
		{ "case-sensitive", no_argument, NULL, OPT_CASE },
		{ "all-tokens", no_argument, NULL, OPT_ALL },
		{ "no-numbers", no_argument, NULL, OPT_NONUM },
		{ "lines", no_argument, NULL, OPT_LINES },
		{ "normalize", required_argument, NULL, OPT_NORM },
		{ "min-length", required_argument, NULL, OPT_MINLEN },
		{ "stopwords", required_argument, NULL, OPT_STOP },
		{ "merge", no_argument, NULL, OPT_MERGE },
		{ "sorted", no_argument, NULL, OPT_SORTED },
		{ "top", required_argument, NULL, 'n' },
		{ "min-count", required_argument, NULL, OPT_MINCOUNT },
		{ "key-first", no_argument, NULL, OPT_KEYFIRST },
		{ "freq", no_argument, NULL, OPT_FREQ },
		{ "per-million", no_argument, NULL, OPT_PERMIL },
		{ "rank", no_argument, NULL, OPT_RANK },
		{ "cumulative", no_argument, NULL, OPT_CUM },
		{ "header", no_argument, NULL, OPT_HEADER },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "total", optional_argument, NULL, OPT_TOTAL },
		{ "jobs", required_argument, NULL, 'j' },
		{ "max-memory", required_argument, NULL, OPT_MAXMEM },
		TK_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	static const char *const norms[] = { "nfc", "nfkc", NULL };
	static const char *const totals[] = { "stderr", "line", NULL };
	int c;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_CASE: o->case_sensitive = true; break;
		case OPT_ALL: o->all_tokens = true; break;
		case OPT_NONUM: o->no_numbers = true; break;
		case OPT_LINES: o->lines = true; break;
		case OPT_NORM:
			o->normalize = 1 + tk_parse_keyword("--normalize", optarg, norms);
			break;
		case OPT_MINLEN:
			o->min_length = tk_parse_u64("--min-length", optarg, 0, UINT64_MAX);
			break;
		case OPT_STOP:
			o->stop = xnrealloc(o->stop, o->nstop + 1, sizeof *o->stop);
			o->stop[o->nstop++] = optarg;
			break;
		case OPT_MERGE: o->merge = true; break;
		case OPT_SORTED: o->sorted = true; break;
		case 'n':
			o->rep.top = tk_parse_u64("--top", optarg, 1, UINT64_MAX);
			break;
		case OPT_MINCOUNT:
			o->rep.min_count = tk_parse_u64("--min-count", optarg, 0, UINT64_MAX);
			break;
		case OPT_KEYFIRST: o->rep.key_first = true; break;
		case OPT_FREQ: o->rep.freq = true; break;
		case OPT_PERMIL: o->rep.per_million = true; break;
		case OPT_RANK: o->rep.rank = true; break;
		case OPT_CUM: o->rep.cumulative = true; break;
		case OPT_HEADER: o->rep.header = true; break;
		case OPT_FORMAT:
			o->rep.format = (enum tk_report_format)tk_parse_keyword(
			        "--format", optarg, tk_report_format_names);
			break;
		case OPT_TOTAL:
			o->total = optarg ? 1 + tk_parse_keyword("--total", optarg, totals)
			                  : TOTAL_STDERR;
			break;
		case 'j':
			o->jobs = (int)tk_parse_u64("--jobs", optarg, 1, 256);
			break;
		case OPT_MAXMEM:
			o->max_memory = tk_parse_size("--max-memory", optarg);
			if (o->max_memory < (1u << 20))
				tk_usage_error("--max-memory must be at least 1M");
			break;
		default:
			tk_cli_common(c, optarg, &o->co, help);
		}
	}
	if (o->sorted && !o->merge)
		tk_usage_error("--sorted works only with --merge");
	if (o->sorted && (o->rep.freq || o->rep.per_million || o->rep.rank ||
	                  o->rep.cumulative || o->rep.top))
		tk_usage_error("--merge --sorted writes keys in input order: "
		               "--top, --rank, --freq, --per-million and "
		               "--cumulative need the whole table");
	if (o->merge && (o->all_tokens || o->no_numbers ||
	                 o->case_sensitive || o->normalize))
		tk_usage_error("--merge sums keys as they are: it does not "
		               "take --all-tokens, --no-numbers, "
		               "--case-sensitive or --normalize");
	if (o->rep.format == TK_REPORT_UNIQ &&
	    (o->rep.key_first || o->rep.freq || o->rep.per_million ||
	     o->rep.rank || o->rep.cumulative || o->rep.header))
		tk_usage_error("--format=uniq prints only counts and keys");
	o->rep.total_line = o->total == TOTAL_LINE;
	o->rep.nul = o->co.nul;
	o->rep.key_name = o->lines ? "line" : "word";
}

int main(int argc, char **argv)
{
	struct opts o = { 0 };
	tk_cli_init("wordfreq", argc, argv);
	parse_options(argc, argv, &o);
	char **files = argv + optind;
	int nfiles = argc - optind;
	int status = 0;
	struct selection sel = { load_stopwords(&o, &status), o.min_length };
	if (status == 0) {
		if (o.merge && o.sorted)
			status = merge_sorted(&o, files, nfiles,
			                      sel.stop || sel.min_length ? &sel : NULL);
		else if (o.merge)
			status = merge_tables(&o, files, nfiles, &sel);
		else
			status = count_text(&o, files, nfiles, &sel);
	}
	tk_counter_free(sel.stop);
	free(o.stop);
	return status | tk_out_close();
}
