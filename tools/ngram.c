/* ngram.c - count word or character n-grams: text (raw or tokenized) in,
 * "count<TAB>w1 w2 ... wn" out, in wordfreq's order and formats; or a
 * stream of occurrences (--stream); or collocation scores (--score).
 *
 * Segments (what no n-gram spans): a line (--across-lines: a paragraph,
 * i.e. up to a blank line), cut further after every sentence-final
 * punctuation token; for --chars, a token.  The window and the counting
 * by unit numbers, the counting table, the scores, the report and the
 * merge reader are lib/ngram, lib/counter, lib/assoc, lib/report and
 * lib/tsv, and lib/countdrv runs the counting (-j, --max-memory); this
 * file only wires tokens into them (word tokens by a short path,
 * on_token()). */
#include "count/assoc.h"
#include "base/buf.h"
#include "text/casemap.h"
#include "cli/cli.h"
#include "cli/countdrv.h"
#include "count/counter.h"
#include "text/grapheme.h"
#include "cli/input.h"
#include "count/ngram.h"
#include "cli/output.h"
#include "cli/stemopt.h"
#include "text/stem.h"
#include "cli/report.h"
#include "cli/tally.h"
#include "text/token.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>

enum mode { COUNT, STREAM, SCORE, MERGE };

struct opts {
	enum mode mode;
	unsigned n, min_n, max_n;
	const char *sep;
	bool words, across_lines, pad, chars;
	bool skip_punct;           /* --words: skip other tokens, not break */
	struct tk_tokenizer_opts tok;
	const char *boundary;      /* --chars word marker, or NULL */
	enum tk_case casing;
	const char *stem;          /* --stem=LANG, or NULL */
	enum tk_assoc score;
	struct tk_tally_opts t;
	struct tk_common co;
};

/* Everything one pass over the text needs. */
struct state {
	struct tk_count_worker base; /* base.table: the n-gram counts */
	const struct opts *o;
	struct tk_tokenizer *tok;
	struct tk_ngrams *win;     /* --stream: word units, or graphemes */
	struct tk_ngram_counts *cnt; /* the same, counted (the other modes) */
	char term;                 /* record terminator for --stream */
	struct tk_buf folded;      /* one case-mapped token */
	struct tk_stemmer *stemmer; /* --stem: this thread's */
	struct tk_buf stemin;      /* a folded word to stem */
	struct tk_buf brk;         /* grapheme breaks of one token */
	struct tk_buf carry;       /* the uncut rest of a long line */
	bool line_has_tokens;
	bool count_words;          /* cnt counts word units */
	bool mid_line;             /* a piece of this line was tokenized */
	bool para_end;             /* what tok was last told */
};

/* --- units into the window -------------------------------------------- */

/* --stream goes through a window (on_gram: occurrences in text order);
 * the counting modes through lib/ngram's counts by unit numbers, which
 * give the same counts in a fraction of the time (see lib/count/ngram.c) -
 * but for n-grams all longer than TK_NGRAM_COUNTS_MAX_N units, which
 * it would count as keys through a window too, with more work, and for
 * --max-memory (see state_new()). */
static void push_unit(struct state *st, const char *p, size_t n)
{
	if (st->cnt)
		tk_ngram_counts_push(st->cnt, p, n);
	else
		tk_ngrams_push(st->win, p, n);
}

static void end_segment(struct state *st)
{
	if (st->cnt)
		tk_ngram_counts_end(st->cnt);
	else
		tk_ngrams_end(st->win);
}

/* --words at a token that is not a word: the run of adjacent words ends
 * (no n-gram spans the token), the sentence goes on (no pad marker). */
static void break_segment(struct state *st)
{
	if (st->cnt)
		tk_ngram_counts_break(st->cnt);
	else
		tk_ngrams_break(st->win);
}

/* One occurrence from the window: --stream prints it, counting (of
 * long n-grams only) adds it. */
static int on_gram(void *ctx, const char *key, size_t len, unsigned n)
{
	struct state *st = ctx;
	(void)n;
	if (st->o->mode == STREAM) {
		tk_out_write(key, len);
		tk_out_putc(st->term);
		return 0;
	}
	if (unlikely(tk_counter_add(st->base.table, key, len, 1) != TK_OK))
		tk_tally_fail(&st->base.e, TK_EOVERFLOW);
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
			push_unit(st, p + start, i - start);
			start = i;
		}
	end_segment(st);
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

/* The counted form of a word unit: case-folded, then stemmed under
 * --stem (lib/ngram's map: called once per distinct raw form; ctx is
 * the thread's state, whose stemmer only this thread uses). */
static void map_unit(void *ctx, const char *s, size_t n, struct tk_buf *out)
{
	struct state *st = ctx;
	const struct opts *o = st->o;
	if (!st->stemmer) {
		if (needs_casemap(s, n))
			tk_casemap(o->casing, NULL, s, n, out);
		else
			tk_buf_add(out, s, n);
		return;
	}
	if (needs_casemap(s, n)) {
		tk_buf_clear(&st->stemin);
		tk_casemap(o->casing, NULL, s, n, &st->stemin);
		s = st->stemin.data;
		n = st->stemin.len;
	}
	s = tk_stem(st->stemmer, s, n, &n);
	tk_buf_add(out, s, n);
}


/* Any token (on_token() takes the common case). */
static TK_NOINLINE int token_unit(struct state *st, const struct tk_token *t)
{
	const struct opts *o = st->o;
	bool end = !o->chars && sentence_end(t);
	if (!o->words || tk_token_is_word(t->type)) {
		const char *p = t->p;
		size_t n = t->len;
		/* Counted words are mapped by lib/ngram (map_unit). */
		if ((o->chars || !st->cnt) && o->casing != TK_CASE_NONE &&
		    (st->stemmer || needs_casemap(p, n))) {
			tk_buf_clear(&st->folded);
			map_unit(st, p, n, &st->folded);
			p = st->folded.data;
			n = st->folded.len;
		}
		if (o->chars)
			push_chars(st, p, n);
		else
			push_unit(st, p, n);
	} else if (!end && !o->chars && !o->skip_punct)
		break_segment(st);
	if (end)
		end_segment(st);
	return 0;
}

static int on_token(void *ctx, const struct tk_token *t)
{
	struct state *st = ctx;
	st->line_has_tokens = true;
	/* the common case: a word (never a sentence end), counted */
	if (st->count_words && tk_token_is_word(t->type)) {
		tk_ngram_counts_push(st->cnt, t->p, t->len);
		return 0;
	}
	return token_unit(st, t);
}

/* A piece of one line; ends: the line ends with it. */
static void line_piece(struct state *st, const char *p, size_t n, bool ends)
{
	/* the pieces of a line continue its tokenizer state */
	tk_tokenize_line(st->tok, p, n, st->mid_line, on_token, st);
	st->mid_line = !ends;
	if (!ends)
		return;
	if (!st->o->across_lines || !st->line_has_tokens)
		end_segment(st);
	st->line_has_tokens = false;
}

/* One record from lib/input.  A line longer than the record limit comes
 * in pieces: tokenize up to where no token can straddle the cut and
 * carry the rest over to the next piece. */
static void record(struct tk_count_worker *w, const struct tk_record *r)
{
	struct state *st = (struct state *)w;
	tk_tokenizer_para_end(st->tok, st->para_end = r->para_end);
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
	/* a run too long for one token is cut (tk_tokenize_line() cuts it
	 * at the same place), so that memory stays bounded */
	size_t cut = tk_token_cut(st->carry.data, st->carry.len);
	size_t lc = tk_token_cut_long(st->carry.data, st->carry.len);
	if (lc > cut)
		cut = lc;
	if (cut) {
		line_piece(st, st->carry.data, cut, false);
		tk_buf_consume(&st->carry, cut);
	}
}

/* Bounds on the tables by unit numbers (flush_counts()). */
enum { CNT_MAX = 64u << 20, CNT_MIN = 1u << 20 };

/* Move the counts by unit numbers into the tables of keys; the next
 * flush comes sooner when they save nothing. */
static void flush_counts(struct tk_count_worker *w)
{
	struct state *st = (struct state *)w;
	if (!st->cnt)
		return;
	size_t limit = w->cache_max;
	w->cache_max = tk_ngram_counts_next_limit(st->cnt, limit, CNT_MIN);
	if (tk_ngram_counts_flush(st->cnt) != TK_OK)
		tk_tally_fail(&st->base.e, TK_EOVERFLOW);
	if (w->cache_max < limit) /* the larger tables' memory goes back */
		tk_heap_release();
}

static size_t counts_bytes(const struct tk_count_worker *w)
{
	const struct state *st = (const struct state *)w;
	return st->cnt ? tk_ngram_counts_bytes(st->cnt) : 0;
}

/* A whole line from lib/parallel: the counting modes, possibly in
 * several threads. */
static void whole_line(void *ctx, const char *p, size_t n, bool para_end)
{
	struct state *st = ctx;
	if (para_end != st->para_end) /* (a call per line costs 0.5%) */
		tk_tokenizer_para_end(st->tok, st->para_end = para_end);
	line_piece(st, p, n, true);
}

/* The input has ended: the rest of a long line, then the segment. */
static void end_input(struct tk_count_worker *w)
{
	struct state *st = (struct state *)w;
	if (st->carry.len) {
		tk_tokenizer_para_end(st->tok, st->para_end = true);
		line_piece(st, st->carry.data, st->carry.len, true);
		tk_buf_clear(&st->carry);
	}
	end_segment(st);
}

/* The threads' counts by unit numbers are summed, then turned into keys
 * once (turning each into keys, then merging the key tables, cost more
 * than counting in a second thread saved). */
static void merge_counts(struct tk_count_worker *dst,
                         struct tk_count_worker *src)
{
	struct state *a = (struct state *)dst, *b = (struct state *)src;
	if (b->cnt)
		tk_ngram_counts_merge(a->cnt, b->cnt);
}

static struct tk_count_worker *state_new(void *ctx, uint64_t seed,
                                         struct tk_spill *spill, size_t limit)
{
	const struct opts *o = ctx;
	struct state *st = xcalloc(1, sizeof *st);
	(void)limit;
	st->o = o;
	st->tok = tk_tokenizer_new(&o->tok);
	if (!o->chars)
		st->base.tok = st->tok; /* a lone "no." learns the next line */
	st->term = o->co.nul ? '\0' : '\n';
	if (o->stem)
		st->stemmer = tk_stemmer_new(o->stem);
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
	st->base.table = tk_counter_new(seed);
	struct tk_counter *dst[TK_NGRAM_MAX + 1] = { NULL };
	for (unsigned n = o->min_n; n <= o->max_n; n++)
		dst[n] = st->base.table;
	if (o->mode == SCORE) {
		/* Unigrams and the scored order in one pass; keys joined by a
		 * space, which no unit contains, so they split back into
		 * units for the unigram look-ups. */
		no.min_n = 1;
		no.sep = " ";
		no.seplen = 1;
		/* base.extra: the unigram counts */
		dst[1] = st->base.extra = tk_counter_new(seed);
	}
	if (o->mode == STREAM ||
	    (o->mode == COUNT &&
	     (o->min_n > TK_NGRAM_COUNTS_MAX_N || spill)))
		st->win = tk_ngrams_new(&no, on_gram, st);
	else
		st->cnt = tk_ngram_counts_new(&no, dst,
		                              o->chars || o->casing == TK_CASE_NONE
		                              ? NULL : map_unit, st, seed);
	st->count_words = st->cnt && !o->chars;
	/* Flushed rarely: each flush adds every distinct n-gram to grams
	 * again.  (With --max-memory, whose bound holds for grams, counting
	 * goes through the window: flushing at its pace made it slower than
	 * the window, up to twice.) */
	st->base.cache_max = CNT_MAX;
	return &st->base;
}

static void state_free(struct tk_count_worker *w)
{
	struct state *st = (struct state *)w;
	tk_tokenizer_free(st->tok);
	tk_ngrams_free(st->win);
	tk_ngram_counts_free(st->cnt);
	tk_counter_free(st->base.table);
	tk_counter_free(st->base.extra);
	tk_buf_free(&st->folded);
	tk_stemmer_free(st->stemmer);
	tk_buf_free(&st->stemin);
	tk_buf_free(&st->brk);
	tk_buf_free(&st->carry);
	free(st);
}

/* --- the modes -------------------------------------------------------- */

static int report(void *ctx, struct tk_count_worker *w, struct tk_spill *spill)
{
	const struct opts *o = ctx;
	if (o->mode == SCORE) {
		size_t n;
		struct tk_scored *v = tk_assoc_rank(w->table, w->extra, o->score,
		                                    o->t.rep.min_count, &n);
		tk_report_scores(v, n, o->t.rep.top, o->sep,
		                 o->co.nul ? '\0' : '\n', o->t.rep.format);
		free(v);
		return 0;
	}
	if (o->mode == COUNT)
		return tk_tally_report(&o->t, spill, w->table, NULL, NULL);
	return 0;
}

/* A row of tk_ngram_counts_sort() for lib/tally. */
static uint64_t sorted_row(void *ctx, size_t i, const char **key, size_t *len,
                           bool *plain)
{
	struct state *st = ctx;
	uint64_t count = tk_ngram_counts_row(st->cnt, i, &st->folded, plain);
	*key = st->folded.data;
	*len = st->folded.len;
	return count;
}

/* --by-doc: a document's n-grams reported from their tuples of units,
 * sorted as such, when lib/ngram can (the slow twin, a flush into the
 * table of keys and its report, gives the same rows: tests/cli/bydoc.t
 * and the unit tests compare them); -1 when it cannot. */
static int report_cache(void *ctx, struct tk_count_worker *w,
                        struct tk_spill *spill)
{
	const struct opts *o = ctx;
	struct state *st = (struct state *)w;
	size_t n;
	uint64_t tokens;
	if (o->mode != COUNT || !st->cnt || w->e.rc ||
	    tk_counter_size(w->table) || !tk_tally_rows_ok(&o->t, spill) ||
	    !tk_ngram_counts_sort(st->cnt, &n, &tokens))
		return -1;
	int status = tk_tally_report_rows(&o->t, n, tokens, sorted_row, st);
	tk_ngram_counts_release(st->cnt);
	return status;
}

/* Count (or score, or stream) the n-grams of the operands.  Without
 * --across-lines lines are independent, so with -j N blocks of whole
 * lines go to N threads, each with its own tables, summed at the end;
 * those blocks hold whole lines (no cut function), so -j trades memory
 * for speed on text with huge lines, where one job reads record by
 * record (record()) and stays bounded.  --stream and --across-lines
 * need text order: one job. */
static int count_text(struct opts *o, char **files, int nfiles)
{
	const struct tk_count_driver d = {
		.t = &o->t, .co = &o->co,
		.one_job = o->mode == STREAM || o->across_lines,
		.ctx = o, .worker_new = state_new, .worker_free = state_free,
		.line = whole_line, .record = record, .cache_bytes = counts_bytes,
		.flush = flush_counts, .end = end_input, .merge = merge_counts,
		.report = report, .report_cache = report_cache,
	};
	return tk_count_run(&d, files, nfiles);
}

/* --- options ---------------------------------------------------------- */

enum {
	OPT_MIN_N = TK_TALLY_OPT_TOOL, OPT_MAX_N, OPT_SEP, OPT_ACROSS, OPT_PAD,
	OPT_BOUNDARY, OPT_STREAM, OPT_SCORE, OPT_SKIP_PUNCT, OPT_SPLIT
};

static const struct tk_opt options[] = {
	TK_OPT_SECTION("\nWhat is counted:"),
	{ "order", 'n', required_argument, "N",
	  "n-grams of N units (default 2; at most 64)" },
	{ "min-n", OPT_MIN_N, required_argument, "N",
	  "every n-gram from N units ..." },
	{ "max-n", OPT_MAX_N, required_argument, "N",
	  "... up to N units (everygrams); a missing end\n"
	  "of the range is -n's N" },
	{ "words", 'w', no_argument, NULL,
	  "n-grams of words and numbers only: runs of\n"
	  "adjacent ones; punctuation, symbols, URLs,\n"
	  "emoji ... end a run (no n-gram spans them)" },
	{ "skip-punct", OPT_SKIP_PUNCT, no_argument, NULL,
	  "with --words, skip the other tokens instead,\n"
	  "joining the words around them (a sentence end\n"
	  "still ends n-grams)" },
	{ "split-contractions", OPT_SPLIT, no_argument, NULL,
	  "cut clitics off as tokenize does: do n't,\n"
	  "Russia 's, l' \xC3\xA9" "conomie" },
	{ "case-sensitive", TK_TALLY_OPT_CASE, no_argument, NULL,
	  "keep case (default: full Unicode case folding,\n"
	  "as wordfreq)" },
	{ "across-lines", OPT_ACROSS, no_argument, NULL,
	  "let n-grams cross line ends, but not a blank\n"
	  "line (a paragraph end)" },
	{ "pad", OPT_PAD, no_argument, NULL,
	  "wrap each sentence in <s> ... </s> markers" },
	{ "chars", 'c', no_argument, NULL,
	  "n-grams of characters (grapheme clusters)\n"
	  "within each token" },
	{ "boundary", OPT_BOUNDARY, optional_argument, "MARK",
	  "with --chars, add MARK (default _) before and\n"
	  "after each token" },
	{ "sep", OPT_SEP, required_argument, "STR",
	  "join the units of an n-gram with STR (default\n"
	  "a space; with --chars nothing)" },
	TK_TALLY_STEM_OPTS("the words of n-grams"),
	TK_TALLY_DOC_OPTS("NGRAM"),
	TK_TALLY_MERGE_OPTS("NGRAM"),
	TK_OPT_SECTION("\nWhat is printed:"),
	{ "stream", OPT_STREAM, no_argument, NULL,
	  "every occurrence on its own line, in text\n"
	  "order, instead of counts" },
	{ "score", OPT_SCORE, required_argument, "MEASURE",
	  "SCORE<TAB>COUNT<TAB>NGRAM lines, highest score\n"
	  "first: pmi, llr, tscore, chi2 or dice for\n"
	  "bigrams, pmi for longer n-grams" },
	{ "top", TK_TALLY_OPT_TOP, required_argument, "N",
	  "print only the N first rows" },
	TK_TALLY_PRINT_OPTS("NGRAM", "n-grams", "n-gram"),
	TK_TALLY_KEYNESS_OPTS("n-grams"),
	TK_TALLY_RESOURCE_OPTS("; --stream\nand --across-lines use one"),
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	"Usage: ngram [OPTION]... [FILE]...\n"
	"Count the word or character n-grams of text and print\n"
	"COUNT<TAB>W1 W2 ... WN lines, most frequent first, ties in byte order;\n"
	"or list every occurrence in text order, or score collocations.  An\n"
	"n-gram never crosses a line, nor sentence-final punctuation (. ! ?),\n"
	"so feed it one sentence per line.\n", options);
}

static void parse_options(int argc, char **argv, struct opts *o)
{
	bool stream = false, score = false;
	const char *sep = NULL;
	unsigned min_n = 0, max_n = 0;
	int c;
	o->n = 2;
	o->t.units = "n-grams";
	while ((c = tk_getopt(argc, argv, options)) != -1) {
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
		case OPT_ACROSS: o->across_lines = true; break;
		case OPT_PAD: o->pad = true; break;
		case 'c': o->chars = true; break;
		case OPT_BOUNDARY: o->boundary = optarg ? optarg : "_"; break;
		case OPT_STREAM: stream = true; break;
		case OPT_SKIP_PUNCT: o->skip_punct = true; break;
		case OPT_SPLIT: o->tok.split_contractions = true; break;
		case TK_TALLY_OPT_STEM: o->stem = tk_stem_option(optarg); break;
		case OPT_SCORE:
			score = true;
			o->score = (enum tk_assoc)tk_parse_keyword("--score", optarg,
			                                           tk_assoc_names);
			break;
		default:
			if (!tk_tally_option(c, optarg, &o->t))
				tk_cli_common(c, optarg, &o->co, help);
		}
	}
	o->casing = o->t.case_sensitive ? TK_CASE_NONE : TK_CASE_FOLD;
	if (stream + score + o->t.merge > 1)
		tk_usage_error("--stream, --score and --merge exclude each other");
	o->mode = stream ? STREAM : score ? SCORE : o->t.merge ? MERGE : COUNT;
	{
		/* --score takes --format=tsv or jsonl, no other table option */
		const struct tk_report_opts *r = &o->t.rep;
		bool fmt_only = !r->freq && !r->per_million && !r->rank &&
		                !r->cumulative && !r->header && !r->key_first &&
		                o->t.total == TK_TALLY_TOTAL_NONE &&
		                (r->format == TK_REPORT_TSV ||
		                 r->format == TK_REPORT_JSONL);
		if ((stream || score) && o->t.table && !(score && fmt_only))
			tk_usage_error("table format options do not apply to --%s%s",
			               stream ? "stream" : "score",
			               stream ? "" : " (but --format=jsonl)");
	}
	if ((stream || score) && o->t.by_doc)
		tk_usage_error("--by-doc counts tables: not with --%s",
		               stream ? "stream" : "score");
	if ((stream || score) && o->t.key.reference)
		tk_usage_error("--reference compares counts: not with --%s",
		               stream ? "stream" : "score");
	if (stream && (o->t.rep.top || o->t.rep.min_count))
		tk_usage_error("--top and --min-count do not apply to --stream");
	tk_tally_check_sorted(&o->t);
	if ((stream || score) && o->t.max_memory)
		tk_usage_error("--max-memory applies to counting and --merge");
	tk_tally_check_report(&o->t, &o->co, "ngram");
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
	if (o->stem && (o->chars || o->t.merge || o->t.case_sensitive))
		tk_usage_error("--stem stems case-folded words: not with --%s",
		               o->chars ? "chars" : o->t.merge ? "merge"
		                                     : "case-sensitive");
	if (o->boundary && !o->chars)
		tk_usage_error("--boundary applies to --chars");
	if (o->skip_punct && !o->words)
		tk_usage_error("--skip-punct applies to --words");
	if (o->pad && o->chars)
		tk_usage_error("--pad applies to word n-grams (use --boundary "
		               "with --chars)");
	if (o->boundary && (!*o->boundary || strpbrk(o->boundary, " \t\n\r")))
		tk_usage_error("--boundary: the marker must be non-empty and hold "
		               "no white space");
	o->sep = sep ? sep : o->chars ? "" : " ";
}

/* The operands as one stream, or one document of --by-doc. */
static int count_doc(void *ctx, char **files, int nfiles)
{
	return count_text(ctx, files, nfiles);
}

int main(int argc, char **argv)
{
	struct opts o = { 0 };
	tk_cli_init("ngram", argc, argv);
	tk_cli_uses_tokenizer();
	parse_options(argc, argv, &o);
	char **files = argv + optind;
	int nfiles = argc - optind;
	int status = tk_tally_run(&o.t, &o.co, files, nfiles, NULL, NULL,
	                          count_doc, &o);
	return status | tk_out_close();
}
