/* ngram.c - count word or character n-grams: text (raw or tokenized) in,
 * "count<TAB>w1 w2 ... wn" out, in wordfreq's order and formats; or a
 * stream of occurrences (--stream); or collocation scores (--score).
 *
 * Segments (what no n-gram spans): a line (--across-lines: a paragraph,
 * i.e. up to a blank line), cut further after every sentence-final
 * punctuation token; for --chars, a token.  The window, the counting
 * table, the report and the merge reader are lib/ngram, lib/counter,
 * lib/report and lib/tsv; this file only wires tokens into them. */
#include "assoc.h"
#include "buf.h"
#include "casemap.h"
#include "cli.h"
#include "counter.h"
#include "grapheme.h"
#include "input.h"
#include "ngram.h"
#include "output.h"
#include "parallel.h"
#include "report.h"
#include "spill.h"
#include "token.h"
#include "tsv.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <unictype.h>

enum mode { COUNT, STREAM, SCORE, MERGE };
enum { TOTAL_NONE, TOTAL_STDERR, TOTAL_LINE };

struct opts {
	enum mode mode;
	unsigned n, min_n, max_n;
	const char *sep;
	bool words, across_lines, pad, chars, sorted;
	const char *boundary;      /* --chars word marker, or NULL */
	enum tk_case casing;
	enum tk_assoc score;
	struct tk_report_opts ro;
	struct tk_common co;
	int total;
	int jobs;            /* 0: the default */
	uint64_t max_memory; /* 0: no limit */
};

/* Everything one pass over the text needs. */
struct state {
	const struct opts *o;
	struct tk_tokenizer *tok;
	struct tk_ngrams *win;     /* word units, or graphemes with --chars */
	struct tk_counter *grams;  /* n-gram counts */
	struct tk_counter *unis;   /* unigram counts (--score) */
	unsigned score_n;          /* the n scored */
	char term;                 /* record terminator for --stream */
	struct tk_buf folded;      /* one case-mapped token */
	struct tk_buf brk;         /* grapheme breaks of one token */
	struct tk_buf carry;       /* the uncut rest of a long line */
	struct tk_spill *spill;    /* --max-memory: runs of st->grams */
	size_t limit;              /* spill when grams holds more bytes */
	bool line_has_tokens;
	bool mid_line;             /* a piece of this line was tokenized */
	int err;                   /* first TK_E* error */
	int err_errno;
};

static void help(void)
{
	tk_out_str(
	"Usage: ngram [OPTION]... [FILE]...\n"
	"Count the word or character n-grams of text and print\n"
	"COUNT<TAB>W1 W2 ... WN lines, most frequent first, ties in byte order;\n"
	"or list every occurrence in text order, or score collocations.  An\n"
	"n-gram never crosses a line, nor sentence-final punctuation (. ! ?),\n"
	"so feed it one sentence per line.\n"
	"\nWhat is counted:\n"
	"  -n, --order=N          n-grams of N units (default 2; at most 64)\n"
	"      --min-n=N          every n-gram from N units ...\n"
	"      --max-n=N          ... up to N units (everygrams); a missing end\n"
	"                         of the range is -n's N\n"
	"  -w, --words            keep only word and number tokens: skip\n"
	"                         punctuation, symbols, URLs, emoji ... (a\n"
	"                         sentence end still ends n-grams)\n"
	"      --case-sensitive   keep case (default: full Unicode case folding,\n"
	"                         as wordfreq)\n"
	"      --across-lines     let n-grams cross line ends, but not a blank\n"
	"                         line (a paragraph end)\n"
	"      --pad              wrap each sentence in <s> ... </s> markers\n"
	"  -c, --chars            n-grams of characters (grapheme clusters)\n"
	"                         within each token\n"
	"      --boundary[=MARK]  with --chars, add MARK (default _) before and\n"
	"                         after each token\n"
	"      --sep=STR          join the units of an n-gram with STR (default\n"
	"                         a space; with --chars nothing)\n"
	"      --merge            input is COUNT<TAB>NGRAM tables (NGRAM<TAB>COUNT\n"
	"                         with --key-first) from earlier runs: sum them;\n"
	"                         a malformed line is an error (exit 1), or is\n"
	"                         skipped with a warning under --invalid=drop\n"
	"      --sorted           with --merge: input is sorted by key (as\n"
	"                         LC_ALL=C sort or a Hadoop shuffle leaves it);\n"
	"                         sum in constant memory, output in key order\n"
	"\nWhat is printed:\n"
	"      --stream           every occurrence on its own line, in text\n"
	"                         order, instead of counts\n"
	"      --score=MEASURE    SCORE<TAB>COUNT<TAB>NGRAM lines, highest score\n"
	"                         first: pmi, llr, tscore, chi2 or dice for\n"
	"                         bigrams, pmi for longer n-grams\n"
	"      --top=N            print only the N first rows\n"
	"      --min-count=N      print only n-grams counted at least N times\n"
	"      --key-first        print NGRAM<TAB>COUNT (and read it with --merge)\n"
	"      --freq             add the relative frequency (count / n-grams)\n"
	"      --per-million      add occurrences per million n-grams\n"
	"      --rank             add the rank (equal counts share a rank)\n"
	"      --cumulative       add the cumulative relative frequency\n"
	"      --header           print a header line first\n"
	"      --format=FORMAT    tsv (default), csv, json, or uniq (exactly\n"
	"                         like uniq -c)\n"
	"      --total[=WHERE]    print the n-gram and type totals: to stderr\n"
	"                         (default) or as a last 'line' starting #total\n"
	"\nResources:\n"
	"  -j, --jobs=N           count in N threads (default: all CPUs for\n"
	"                         regular files over 4 MiB, else 1; --stream\n"
	"                         and --across-lines use one)\n"
	"      --max-memory=SIZE  keep the table under about SIZE bytes (K, M, G\n"
	"                         suffixes; at least 1M) by spilling sorted runs\n"
	"                         to temporary files in $TMPDIR\n");
	tk_cli_common_help(true);
}

/* --- units into the window -------------------------------------------- */

static void fail(struct state *st, int err)
{
	if (!st->err) {
		st->err = err;
		st->err_errno = errno;
	}
}

static int on_gram(void *ctx, const char *key, size_t len, unsigned n)
{
	struct state *st = ctx;
	switch (st->o->mode) {
	case STREAM:
		tk_out_write(key, len);
		tk_out_putc(st->term);
		return 0;
	case SCORE:
		if (n == 1 && tk_counter_add(st->unis, key, len, 1))
			fail(st, TK_EOVERFLOW);
		if (n != st->score_n)
			return 0;
		break;
	default:
		break;
	}
	if (unlikely(tk_counter_add(st->grams, key, len, 1) != TK_OK))
		fail(st, TK_EOVERFLOW);
	return 0;
}

/* A punctuation token made only of sentence terminators (. ! ? and
 * Unicode's Sentence_Terminal characters: 。 ؟ । ...). */
static bool sentence_end(const struct tk_token *t)
{
	if (t->type != TK_TOK_PUNCT)
		return false;
	for (size_t i = 0; i < t->len;) {
		tk_char c;
		i += (size_t)tk_utf8_decode(t->p + i, &c);
		if (c < 0x80 ? c != '.' && c != '!' && c != '?'
		             : !uc_is_property_sentence_terminal(c))
			return false;
	}
	return true;
}

/* Push the grapheme clusters of one token as a segment of their own. */
static void push_chars(struct state *st, const char *p, size_t n)
{
	tk_buf_clear(&st->brk);
	tk_buf_reserve(&st->brk, n);
	char *brk = st->brk.data;
	tk_grapheme_breaks(p, n, brk);
	size_t start = 0;
	for (size_t i = 1; i <= n; i++)
		if (i == n || brk[i]) {
			tk_ngrams_push(st->win, p + start, i - start);
			start = i;
		}
	tk_ngrams_end(st->win);
}

/* False when s[0..n) is ASCII without capital letters: full case
 * folding (and lowercasing) leaves such text as it is, so most tokens of
 * English text skip lib/casemap (a tenth of the time of bigram counting,
 * callgrind on the KJV text).  The differential test's mixed-case,
 * mixed-script text covers both paths against the reference. */
static bool needs_casemap(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || (unsigned char)(c - 'A') < 26)
			return true;
	}
	return false;
}

static int on_token(void *ctx, const struct tk_token *t)
{
	struct state *st = ctx;
	const struct opts *o = st->o;
	st->line_has_tokens = true;
	bool end = !o->chars && sentence_end(t);
	if (!o->words || tk_token_is_word(t->type)) {
		const char *p = t->p;
		size_t n = t->len;
		if (o->casing != TK_CASE_NONE && needs_casemap(p, n)) {
			tk_buf_clear(&st->folded);
			tk_casemap(o->casing, NULL, p, n, &st->folded);
			p = st->folded.data;
			n = st->folded.len;
		}
		if (o->chars)
			push_chars(st, p, n);
		else
			tk_ngrams_push(st->win, p, n);
	}
	if (end)
		tk_ngrams_end(st->win);
	return 0;
}

/* A piece of one line; ends: the line ends with it. */
static void line_piece(struct state *st, const char *p, size_t n, bool ends)
{
	/* the pieces of a line continue its tokenizer state */
	(st->mid_line ? tk_tokenize_more : tk_tokenize)(st->tok, p, n,
	                                                on_token, st);
	st->mid_line = !ends;
	if (!ends)
		return;
	if (!st->o->across_lines || !st->line_has_tokens)
		tk_ngrams_end(st->win);
	st->line_has_tokens = false;
}

/* One record from lib/input.  A line longer than the record limit comes
 * in pieces: tokenize up to where no token can straddle the cut and
 * carry the rest over to the next piece. */
static void record(struct state *st, const struct tk_record *r)
{
	if (!r->more && st->carry.len == 0) {
		line_piece(st, r->p, r->len, true);
		return;
	}
	tk_buf_add(&st->carry, r->p, r->len);
	if (!r->more) {
		line_piece(st, st->carry.data, st->carry.len, true);
		tk_buf_clear(&st->carry);
		return;
	}
	size_t cut = tk_token_cut(st->carry.data, st->carry.len);
	if (cut) {
		line_piece(st, st->carry.data, cut, false);
		tk_buf_consume(&st->carry, cut);
	}
}

/* Spill the n-gram table to a run when it passes the limit. */
static void maybe_spill(struct state *st)
{
	if (st->spill && tk_counter_bytes(st->grams) > st->limit &&
	    tk_spill_counter(st->spill, st->grams) != TK_OK)
		fail(st, TK_EIO);
}

/* A block of whole lines from lib/parallel (each ends with the
 * terminator): the counting modes, possibly in several threads. */
static void count_block(void *state, const char *p, size_t n)
{
	struct state *st = state;
	while (n > 0) {
		const char *e = memchr(p, st->term, n);
		size_t len = e ? (size_t)(e - p) : n;
		line_piece(st, p, len, true);
		if (!e)
			break;
		n -= len + 1;
		p = e + 1;
	}
	maybe_spill(st);
}

static struct state *state_new(const struct opts *o, uint64_t seed,
                               struct tk_spill *spill, size_t limit)
{
	struct state *st = xcalloc(1, sizeof *st);
	st->o = o;
	st->tok = tk_tokenizer_new(NULL);
	st->term = o->co.nul ? '\0' : '\n';
	st->spill = spill;
	st->limit = limit;
	struct tk_ngram_opts no = { o->min_n, o->max_n, o->sep, strlen(o->sep),
	                            NULL, NULL, 0, 0 };
	if (o->pad) {
		no.bos = "<s>";
		no.eos = "</s>";
		no.boslen = 3;
		no.eoslen = 4;
	}
	if (o->boundary) {
		no.bos = no.eos = o->boundary;
		no.boslen = no.eoslen = strlen(o->boundary);
	}
	if (o->mode == SCORE) {
		/* Unigrams and the scored order in one pass; keys joined by a
		 * space, which no unit contains, so they split back into
		 * units for the unigram look-ups. */
		st->score_n = o->max_n;
		no.min_n = 1;
		no.sep = " ";
		no.seplen = 1;
		st->unis = tk_counter_new(seed);
	}
	st->win = tk_ngrams_new(&no, on_gram, st);
	st->grams = tk_counter_new(seed);
	return st;
}

static void state_free(struct state *st)
{
	tk_tokenizer_free(st->tok);
	tk_ngrams_free(st->win);
	tk_counter_free(st->grams);
	tk_counter_free(st->unis);
	tk_buf_free(&st->folded);
	tk_buf_free(&st->brk);
	tk_buf_free(&st->carry);
	free(st);
}

/* --- scores ----------------------------------------------------------- */

struct scored {
	double score;
	const char *key; /* units joined by spaces */
	size_t len;
	uint64_t count;
};

static int score_cmp(const void *pa, const void *pb)
{
	const struct scored *a = pa, *b = pb;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return tk_key_cmp(a->key, a->len, b->key, b->len);
}

static void out_key(const char *key, size_t len, const char *sep)
{
	if (strcmp(sep, " ") == 0) {
		tk_out_write(key, len);
		return;
	}
	size_t start = 0;
	for (size_t i = 0; i < len; i++)
		if (key[i] == ' ') {
			tk_out_write(key + start, i - start);
			tk_out_str(sep);
			start = i + 1;
		}
	tk_out_write(key + start, len - start);
}

static void report_scores(const struct opts *o, struct state *st)
{
	uint64_t ntok = tk_counter_total(st->unis, NULL);
	size_t n = tk_counter_size(st->grams);
	struct tk_entry *e = tk_counter_entries(st->grams);
	struct scored *v = xnmalloc(n ? n : 1, sizeof *v);
	uint64_t ci[TK_NGRAM_MAX];
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (e[i].count < o->ro.min_count)
			continue;
		unsigned u = 0;
		size_t start = 0;
		for (size_t j = 0; j <= e[i].len && u < TK_NGRAM_MAX; j++)
			if (j == e[i].len || e[i].key[j] == ' ') {
				ci[u++] = tk_counter_get(st->unis, e[i].key + start,
				                         j - start);
				start = j + 1;
			}
		double s = u == 2 ? tk_assoc_bigram(o->score, e[i].count, ci[0],
		                                    ci[1], ntok)
		                  : tk_assoc_pmi(e[i].count, ci, u, ntok);
		if (isnan(s))
			continue;
		v[k++] = (struct scored){ s, e[i].key, e[i].len, e[i].count };
	}
	free(e);
	qsort(v, k, sizeof *v, score_cmp);
	for (size_t i = 0; i < k && (!o->ro.top || i < o->ro.top); i++) {
		tk_out_fixed(v[i].score, 4);
		tk_out_putc('\t');
		tk_out_u64(v[i].count);
		tk_out_putc('\t');
		out_key(v[i].key, v[i].len, o->sep);
		tk_out_putc(st->term);
	}
	free(v);
}

/* --- the modes -------------------------------------------------------- */

/* The hash seed: per process, so that crafted input cannot aim at known
 * collisions; the output never depends on it (reports sort). */
static uint64_t seed(void)
{
	uint64_t s = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull;
	s ^= (uint64_t)getpid() << 32;
	s ^= (uint64_t)(uintptr_t)&s;
	return s | 1;
}

static void error_message(int rc, int err)
{
	if (rc == TK_EOVERFLOW)
		tk_warn("a count does not fit in 64 bits");
	else if (rc == TK_EIO)
		tk_warn("temporary file: %s", strerror(err));
}

static void total_to_stderr(const struct opts *o, uint64_t ngrams,
                            uint64_t types)
{
	if (o->total == TOTAL_STDERR) {
		tk_out_flushbuf();
		fprintf(stderr, "%s: total: %llu n-grams, %llu types\n",
		        tk_progname, (unsigned long long)ngrams,
		        (unsigned long long)types);
	}
}

/* Write the count table (merging spilled runs) and the totals; 0 or 1. */
static int report_table(const struct opts *o, struct tk_spill *spill,
                        struct tk_counter *c)
{
	uint64_t tokens, types;
	int rc = tk_spill_report(spill, c, &o->ro, (size_t)o->max_memory, NULL,
	                         NULL, &tokens, &types);
	if (rc != TK_OK) {
		error_message(rc, errno);
		return 1;
	}
	total_to_stderr(o, tokens, types);
	return 0;
}

/* One pass in text order, record by record: --stream (output flows as
 * input comes), --across-lines (segments span lines) and one job.  A
 * line longer than the record limit is read in pieces (see record()),
 * so memory stays bounded whatever the line length. */
static void read_sequential(struct state *st, struct tk_input *in)
{
	struct tk_record r;
	unsigned k = 0;
	while (tk_input_next(in, &r)) {
		record(st, &r);
		if (++k % 1024 == 0)
			maybe_spill(st);
	}
	if (st->carry.len) {
		line_piece(st, st->carry.data, st->carry.len, true);
		tk_buf_clear(&st->carry);
	}
}

/* Count (or score, or stream) the n-grams of the operands.  Without
 * --across-lines lines are independent, so with -j N blocks of whole
 * lines go to N threads, each with its own tables, summed at the end;
 * those blocks hold whole lines (no cut function), so -j trades memory
 * for speed on text with huge lines, where one job stays bounded. */
static int count_text(const struct opts *o, char **files, int nfiles)
{
	int jobs = o->jobs ? o->jobs
	                   : tk_parallel_default_jobs(files, nfiles, 4u << 20);
	if (o->mode == STREAM || o->across_lines)
		jobs = 1;
	struct tk_spill *spill = o->max_memory ? tk_spill_new() : NULL;
	size_t limit = o->max_memory ? (size_t)(o->max_memory / (uint64_t)jobs) : 0;
	uint64_t s = seed();
	struct state **w = xnmalloc((size_t)jobs, sizeof *w);
	for (int i = 0; i < jobs; i++)
		w[i] = state_new(o, s, spill, limit);
	struct tk_input *in = tk_input_open(files, nfiles, &o->co);
	if (jobs == 1)
		read_sequential(w[0], in);
	else
		tk_parallel_run(in, w[0]->term, jobs, (void **)w, count_block,
		                NULL);
	/* --invalid=fail: no table from a part of the input. */
	bool aborted = tk_input_aborted(in);
	int status = tk_input_close(in);
	int rc = TK_OK, err = 0;
	for (int i = 0; i < jobs; i++) {
		tk_ngrams_end(w[i]->win);
		if (w[i]->err && !rc) {
			rc = w[i]->err;
			err = w[i]->err_errno;
		}
		if (i == 0)
			continue;
		if (tk_counter_merge(w[0]->grams, w[i]->grams) != TK_OK && !rc)
			rc = TK_EOVERFLOW;
		if (w[i]->unis && tk_counter_merge(w[0]->unis, w[i]->unis) != TK_OK &&
		    !rc)
			rc = TK_EOVERFLOW;
		state_free(w[i]);
		maybe_spill(w[0]);
		if (w[0]->err && !rc) {
			rc = w[0]->err;
			err = w[0]->err_errno;
		}
	}
	if (rc != TK_OK) {
		error_message(rc, err);
		status = 1;
	} else if (aborted)
		status = 1;
	else if (o->mode == SCORE)
		report_scores(o, w[0]);
	else if (o->mode == COUNT)
		status |= report_table(o, spill, w[0]->grams);
	state_free(w[0]);
	free(w);
	tk_spill_free(spill);
	return status;
}

/* A malformed table row: warn; true when --invalid=drop skips it. */
static bool bad_row(const struct opts *o, struct tk_tsv_reader *rd, int rc)
{
	const char *why = rc == TK_EOVERFLOW ? "count does not fit in 64 bits"
	                : o->ro.key_first ? "not a KEY<TAB>COUNT line"
	                                  : "not a COUNT<TAB>KEY line";
	bool drop = o->co.invalid == TK_INVALID_DROP;
	tk_warn("%s:%llu: %s%s", tk_tsv_reader_file(rd),
	        (unsigned long long)tk_tsv_reader_line(rd), why,
	        drop ? " (dropped)" : "");
	return drop;
}

/* --merge: sum count tables, as wordfreq --merge does. */
static int merge(const struct opts *o, char **files, int nfiles)
{
	struct tk_spill *spill = o->max_memory ? tk_spill_new() : NULL;
	struct tk_counter *c = tk_counter_new(seed());
	struct tk_input *in = tk_input_open(files, nfiles, &o->co);
	struct tk_tsv_reader *rd = tk_tsv_reader_new(in, o->ro.key_first);
	int status = 0, rc;
	struct tk_span key;
	uint64_t count;
	while ((rc = tk_tsv_read(rd, &key, &count)) != 0) {
		if (rc < 0) {
			if (bad_row(o, rd, rc))
				continue;
			status = 1;
			break;
		}
		if (tk_counter_add(c, key.p, key.len, count) != TK_OK) {
			tk_warn("%s:%llu: sum does not fit in 64 bits",
			        tk_tsv_reader_file(rd),
			        (unsigned long long)tk_tsv_reader_line(rd));
			status = 1;
			break;
		}
		if (spill && tk_counter_bytes(c) > o->max_memory &&
		    tk_spill_counter(spill, c) != TK_OK) {
			error_message(TK_EIO, errno);
			status = 1;
			break;
		}
	}
	tk_tsv_reader_free(rd);
	status |= tk_input_close(in);
	/* No table from incomplete input: a partial sum must not pass for
	 * a whole one. */
	if (status == 0)
		status = report_table(o, spill, c);
	tk_counter_free(c);
	tk_spill_free(spill);
	return status;
}

/* --merge --sorted: the input is sorted by key (LC_ALL=C sort, a Hadoop
 * shuffle), so each key's rows are adjacent: sum one group at a time in
 * constant memory and write the groups in key order, as wordfreq
 * --merge --sorted does. */
static int merge_sorted(const struct opts *o, char **files, int nfiles)
{
	struct tk_input *in = tk_input_open(files, nfiles, &o->co);
	struct tk_tsv_reader *rd = tk_tsv_reader_new(in, o->ro.key_first);
	struct tk_report *rep = tk_report_begin(&o->ro, 0);
	struct tk_buf prev = TK_BUF_INIT;
	bool have = false;
	uint64_t sum = 0, total = 0, types = 0;
	int status = 0, rc;
	struct tk_span key;
	uint64_t n;
	for (;;) {
		rc = tk_tsv_read(rd, &key, &n);
		if (rc < 0) {
			if (bad_row(o, rd, rc))
				continue;
			status = 1;
			break;
		}
		int cmp = rc == 0 || !have
		        ? 1 : tk_key_cmp(key.p, key.len, prev.data, prev.len);
		if (cmp < 0) {
			tk_warn("%s:%llu: input is not sorted by key",
			        tk_tsv_reader_file(rd),
			        (unsigned long long)tk_tsv_reader_line(rd));
			status = 1;
			break;
		}
		if (cmp > 0 && have) {
			types++;
			if (tk_u64_add(&total, sum) != TK_OK) {
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
			        tk_tsv_reader_file(rd),
			        (unsigned long long)tk_tsv_reader_line(rd));
			status = 1;
			break;
		}
	}
	if (status == 0) {
		tk_report_end(rep, total, types);
		total_to_stderr(o, total, types);
	} else
		free(rep);
	tk_buf_free(&prev);
	tk_tsv_reader_free(rd);
	return status | tk_input_close(in);
}

/* --- options ---------------------------------------------------------- */

enum {
	OPT_MIN_N = TK_OPT_TOOL, OPT_MAX_N, OPT_SEP, OPT_CASE, OPT_ACROSS,
	OPT_PAD, OPT_BOUNDARY, OPT_STREAM, OPT_SCORE, OPT_MERGE, OPT_MINCOUNT,
	OPT_TOP, OPT_KEYFIRST, OPT_FREQ, OPT_PERMIL, OPT_RANK, OPT_CUM,
	OPT_HEADER, OPT_FORMAT, OPT_TOTAL, OPT_MAXMEM, OPT_SORTED
};

static void parse_options(int argc, char **argv, struct opts *o)
{
	static const char shortopts[] = "n:wcj:" TK_COMMON_SHORTOPTS;
	static const struct option longopts[] = {
		{ "order", required_argument, NULL, 'n' },
		{ "min-n", required_argument, NULL, OPT_MIN_N },
		{ "max-n", required_argument, NULL, OPT_MAX_N },
		{ "sep", required_argument, NULL, OPT_SEP },
		{ "words", no_argument, NULL, 'w' },
		{ "case-sensitive", no_argument, NULL, OPT_CASE },
		{ "across-lines", no_argument, NULL, OPT_ACROSS },
		{ "pad", no_argument, NULL, OPT_PAD },
		{ "chars", no_argument, NULL, 'c' },
		{ "boundary", optional_argument, NULL, OPT_BOUNDARY },
		{ "stream", no_argument, NULL, OPT_STREAM },
		{ "score", required_argument, NULL, OPT_SCORE },
		{ "merge", no_argument, NULL, OPT_MERGE },
		{ "sorted", no_argument, NULL, OPT_SORTED },
		{ "top", required_argument, NULL, OPT_TOP },
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
	static const char *const totals[] = { "stderr", "line", NULL };
	bool stream = false, score = false, merging = false, table = false;
	const char *sep = NULL;
	unsigned min_n = 0, max_n = 0;
	int c;
	o->n = 2;
	o->casing = TK_CASE_FOLD;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		switch (c) {
		case 'n':
			o->n = (unsigned)tk_parse_u64("-n", optarg, 1, TK_NGRAM_MAX);
			break;
		case OPT_MIN_N:
			min_n = (unsigned)tk_parse_u64("--min-n", optarg, 1,
			                               TK_NGRAM_MAX);
			break;
		case OPT_MAX_N:
			max_n = (unsigned)tk_parse_u64("--max-n", optarg, 1,
			                               TK_NGRAM_MAX);
			break;
		case OPT_SEP: sep = optarg; break;
		case 'w': o->words = true; break;
		case OPT_CASE: o->casing = TK_CASE_NONE; break;
		case OPT_ACROSS: o->across_lines = true; break;
		case OPT_PAD: o->pad = true; break;
		case 'c': o->chars = true; break;
		case OPT_BOUNDARY: o->boundary = optarg ? optarg : "_"; break;
		case OPT_STREAM: stream = true; break;
		case OPT_SCORE:
			score = true;
			o->score = (enum tk_assoc)tk_parse_keyword("--score", optarg,
			                                           tk_assoc_names);
			break;
		case OPT_MERGE: merging = true; break;
		case OPT_SORTED: o->sorted = true; break;
		case OPT_TOP:
			o->ro.top = tk_parse_u64("--top", optarg, 1, UINT64_MAX);
			break;
		case OPT_MINCOUNT:
			o->ro.min_count = tk_parse_u64("--min-count", optarg, 0,
			                               UINT64_MAX);
			break;
		case OPT_KEYFIRST: o->ro.key_first = table = true; break;
		case OPT_FREQ: o->ro.freq = table = true; break;
		case OPT_PERMIL: o->ro.per_million = table = true; break;
		case OPT_RANK: o->ro.rank = table = true; break;
		case OPT_CUM: o->ro.cumulative = table = true; break;
		case OPT_HEADER: o->ro.header = table = true; break;
		case OPT_FORMAT:
			o->ro.format = (enum tk_report_format)tk_parse_keyword(
			        "--format", optarg, tk_report_format_names);
			table = true;
			break;
		case OPT_TOTAL:
			o->total = optarg ? 1 + tk_parse_keyword("--total", optarg, totals)
			                  : TOTAL_STDERR;
			table = true;
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

	if (stream + score + merging > 1)
		tk_usage_error("--stream, --score and --merge exclude each other");
	o->mode = stream ? STREAM : score ? SCORE : merging ? MERGE : COUNT;
	if ((stream || score) && table)
		tk_usage_error("table format options do not apply to --%s",
		               stream ? "stream" : "score");
	if (stream && (o->ro.top || o->ro.min_count))
		tk_usage_error("--top and --min-count do not apply to --stream");
	if (o->sorted && !merging)
		tk_usage_error("--sorted works only with --merge");
	if (o->sorted && (o->ro.freq || o->ro.per_million || o->ro.rank ||
	                  o->ro.cumulative || o->ro.top))
		tk_usage_error("--merge --sorted writes keys in input order: "
		               "--top, --rank, --freq, --per-million and "
		               "--cumulative need the whole table");
	if ((stream || score) && o->max_memory)
		tk_usage_error("--max-memory applies to counting and --merge");
	if (o->ro.format == TK_REPORT_UNIQ &&
	    (o->ro.key_first || o->ro.freq || o->ro.per_million ||
	     o->ro.rank || o->ro.cumulative || o->ro.header))
		tk_usage_error("--format=uniq prints only counts and keys");
	/* A range end not given is N, moved to keep the range non-empty. */
	o->min_n = min_n ? min_n : max_n && max_n < o->n ? max_n : o->n;
	o->max_n = max_n ? max_n : min_n > o->n ? min_n : o->n;
	if (o->min_n > o->max_n)
		tk_usage_error("--min-n (%u) is larger than --max-n (%u)",
		               o->min_n, o->max_n);
	if (score) {
		if (o->min_n != o->max_n)
			tk_usage_error("--score scores one order: use -n, not a range");
		if (o->max_n < 2)
			tk_usage_error("--score needs n-grams of 2 or more units");
		if (o->max_n > 2 && o->score != TK_ASSOC_PMI)
			tk_usage_error("--score=%s scores bigrams only (use pmi for "
			               "-n %u)", tk_assoc_names[o->score], o->max_n);
	}
	if (o->boundary && !o->chars)
		tk_usage_error("--boundary applies to --chars");
	if (o->pad && o->chars)
		tk_usage_error("--pad applies to word n-grams (use --boundary "
		               "with --chars)");
	if (o->boundary && (!*o->boundary || strpbrk(o->boundary, " \t\n\r")))
		tk_usage_error("--boundary: the marker must be non-empty and hold "
		               "no white space");
	o->sep = sep ? sep : o->chars ? "" : " ";
	o->ro.total_line = o->total == TOTAL_LINE;
	o->ro.nul = o->co.nul;
	o->ro.key_name = "ngram";
}

int main(int argc, char **argv)
{
	struct opts o = { 0 };
	tk_cli_init("ngram", argc, argv);
	parse_options(argc, argv, &o);
	char **files = argv + optind;
	int nfiles = argc - optind;
	int status;
	if (o.mode == MERGE && o.sorted)
		status = merge_sorted(&o, files, nfiles);
	else if (o.mode == MERGE)
		status = merge(&o, files, nfiles);
	else
		status = count_text(&o, files, nfiles);
	return status | tk_out_close();
}
