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
#include "report.h"
#include "token.h"
#include "tsv.h"
#include "utf8.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

enum mode { COUNT, STREAM, SCORE, MERGE };

struct opts {
	enum mode mode;
	unsigned n, min_n, max_n;
	const char *sep;
	bool words, across_lines, pad, chars;
	const char *boundary;      /* --chars word marker, or NULL */
	enum tk_case casing;
	enum tk_assoc score;
	struct tk_report_opts ro;
	struct tk_tokenizer_opts to;
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
	bool line_has_tokens;
	bool overflow;
};

static void help(void)
{
	tk_out_str(
	"Usage: ngram [OPTION]... [FILE]...\n"
	"Count the word or character n-grams of text, most frequent first:\n"
	"\"count<TAB>w1 w2 ... wn\" lines; or list them in text order, or score\n"
	"collocations.  An n-gram never crosses a line, nor sentence-final\n"
	"punctuation (. ! ?), so feed it one sentence per line.\n"
	"\nN-grams:\n"
	"  -n, --order=N          n-grams of N units (default 2)\n"
	"      --min-n=N          every n-gram from N units ...\n"
	"      --max-n=N          ... up to N units (everygrams)\n"
	"      --sep=STR          join the units of an n-gram with STR\n"
	"                         (default a space; --chars: nothing)\n"
	"  -w, --words            skip punctuation and symbol tokens: count\n"
	"                         words and numbers only\n"
	"  -i, --ignore-case      fold case (full Unicode case folding)\n"
	"      --lower            map to lower case\n"
	"      --across-lines     let n-grams cross line ends, but not a blank\n"
	"                         line (a paragraph end)\n"
	"      --pad              wrap each sentence in <s> and </s> markers\n"
	"  -c, --chars            character n-grams (grapheme clusters) within\n"
	"                         each token\n"
	"      --boundary[=MARK]  with --chars, mark the start and end of each\n"
	"                         token with MARK (default _)\n"
	"\nOutput:\n"
	"      --stream           print every occurrence on its own line, in\n"
	"                         text order, instead of counting\n"
	"      --score=MEASURE    score bigrams as collocations: pmi, llr,\n"
	"                         tscore, chi2 or dice (pmi also for -n 3..);\n"
	"                         prints \"score<TAB>count<TAB>ngram\"\n"
	"      --min-count=N      skip n-grams seen fewer than N times\n"
	"      --top=N            print the N first rows only\n"
	"      --format=FORMAT    tsv (default), csv, json or uniq\n"
	"      --key-first        the n-gram first, then the numbers\n"
	"      --rank             add a rank column (1, 2, 2, 4 for ties)\n"
	"      --freq             add count / total\n"
	"      --per-million      add count per million n-grams\n"
	"      --cumulative       add the running sum of freq\n"
	"      --header           start with a header line (tsv, csv)\n"
	"      --total            end with a \"#total N TYPES\" line\n"
	"      --merge            input is count<TAB>ngram tables (outputs of\n"
	"                         ngram): add them up\n");
	tk_cli_common_help(true);
}

/* --- units into the window -------------------------------------------- */

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
			st->overflow = true;
		if (n != st->score_n)
			return 0;
		break;
	default:
		break;
	}
	if (tk_counter_add(st->grams, key, len, 1))
		st->overflow = true;
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

static int on_token(void *ctx, const struct tk_token *t)
{
	struct state *st = ctx;
	const struct opts *o = st->o;
	st->line_has_tokens = true;
	bool end = !o->chars && sentence_end(t);
	if (!o->words || tk_token_is_word(t->type)) {
		const char *p = t->p;
		size_t n = t->len;
		if (o->casing != TK_CASE_NONE) {
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
	tk_tokenize(st->tok, p, n, on_token, st);
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

static void state_init(struct state *st, const struct opts *o)
{
	memset(st, 0, sizeof *st);
	st->o = o;
	st->tok = tk_tokenizer_new(&o->to);
	st->term = o->ro.nul ? '\0' : '\n';
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
		st->unis = tk_counter_new(0);
	}
	st->win = tk_ngrams_new(&no, on_gram, st);
	st->grams = tk_counter_new(0);
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

/* --- main ------------------------------------------------------------- */

enum {
	OPT_MIN_N = TK_OPT_TOOL, OPT_MAX_N, OPT_SEP, OPT_ACROSS, OPT_PAD,
	OPT_BOUNDARY, OPT_STREAM, OPT_SCORE, OPT_MIN_COUNT, OPT_TOP,
	OPT_FORMAT, OPT_KEY_FIRST, OPT_RANK, OPT_FREQ, OPT_PER_MILLION,
	OPT_CUMULATIVE, OPT_HEADER, OPT_TOTAL, OPT_MERGE, OPT_LOWER
};

static int merge(struct tk_input *in, const struct opts *o)
{
	int status = 0;
	struct tk_counter *c = tk_counter_new(0);
	struct tk_tsv_reader *rd = tk_tsv_reader_new(in, o->ro.key_first);
	struct tk_span key;
	uint64_t count;
	int r;
	while ((r = tk_tsv_read(rd, &key, &count)) != 0) {
		if (r == 1)
			r = tk_counter_add(c, key.p, key.len, count);
		if (r < 0) {
			tk_warn("%s:%llu: %s", tk_tsv_reader_file(rd),
			        (unsigned long long)tk_tsv_reader_line(rd),
			        r == TK_EOVERFLOW ? "count too large"
			                          : "not a count<TAB>ngram line");
			status = 1;
		}
	}
	tk_tsv_reader_free(rd);
	tk_report_counter(&o->ro, c);
	tk_counter_free(c);
	return status;
}

int main(int argc, char **argv)
{
	static const char shortopts[] = "n:wicz";
	static const struct option longopts[] = {
		{ "order", required_argument, NULL, 'n' },
		{ "min-n", required_argument, NULL, OPT_MIN_N },
		{ "max-n", required_argument, NULL, OPT_MAX_N },
		{ "sep", required_argument, NULL, OPT_SEP },
		{ "words", no_argument, NULL, 'w' },
		{ "ignore-case", no_argument, NULL, 'i' },
		{ "lower", no_argument, NULL, OPT_LOWER },
		{ "across-lines", no_argument, NULL, OPT_ACROSS },
		{ "pad", no_argument, NULL, OPT_PAD },
		{ "chars", no_argument, NULL, 'c' },
		{ "boundary", optional_argument, NULL, OPT_BOUNDARY },
		{ "stream", no_argument, NULL, OPT_STREAM },
		{ "score", required_argument, NULL, OPT_SCORE },
		{ "min-count", required_argument, NULL, OPT_MIN_COUNT },
		{ "top", required_argument, NULL, OPT_TOP },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "key-first", no_argument, NULL, OPT_KEY_FIRST },
		{ "rank", no_argument, NULL, OPT_RANK },
		{ "freq", no_argument, NULL, OPT_FREQ },
		{ "per-million", no_argument, NULL, OPT_PER_MILLION },
		{ "cumulative", no_argument, NULL, OPT_CUMULATIVE },
		{ "header", no_argument, NULL, OPT_HEADER },
		{ "total", no_argument, NULL, OPT_TOTAL },
		{ "merge", no_argument, NULL, OPT_MERGE },
		TK_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { .mode = COUNT, .n = 2 };
	struct tk_common co = { 0 };
	bool stream = false, score = false, merging = false, table_opts = false;
	const char *sep = NULL;
	unsigned min_n = 0, max_n = 0;
	tk_cli_init("ngram", argc, argv);
	int c;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		if (tk_cli_common(c, optarg, &co, help))
			continue;
		switch (c) {
		case 'n':
			o.n = (unsigned)tk_parse_u64("-n", optarg, 1, TK_NGRAM_MAX);
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
		case 'w': o.words = true; break;
		case 'i': o.casing = TK_CASE_FOLD; break;
		case OPT_LOWER: o.casing = TK_CASE_LOWER; break;
		case OPT_ACROSS: o.across_lines = true; break;
		case OPT_PAD: o.pad = true; break;
		case 'c': o.chars = true; break;
		case OPT_BOUNDARY: o.boundary = optarg ? optarg : "_"; break;
		case OPT_STREAM: stream = true; break;
		case OPT_SCORE:
			score = true;
			o.score = (enum tk_assoc)tk_parse_keyword("--score", optarg,
			                                          tk_assoc_names);
			break;
		case OPT_MIN_COUNT:
			o.ro.min_count = tk_parse_u64("--min-count", optarg, 0,
			                              UINT64_MAX);
			break;
		case OPT_TOP:
			o.ro.top = tk_parse_u64("--top", optarg, 0, UINT64_MAX);
			break;
		case OPT_FORMAT:
			o.ro.format = (enum tk_report_format)tk_parse_keyword(
			        "--format", optarg, tk_report_format_names);
			table_opts = true;
			break;
		case OPT_KEY_FIRST: o.ro.key_first = true; table_opts = true; break;
		case OPT_RANK: o.ro.rank = true; table_opts = true; break;
		case OPT_FREQ: o.ro.freq = true; table_opts = true; break;
		case OPT_PER_MILLION: o.ro.per_million = true; table_opts = true; break;
		case OPT_CUMULATIVE: o.ro.cumulative = true; table_opts = true; break;
		case OPT_HEADER: o.ro.header = true; table_opts = true; break;
		case OPT_TOTAL: o.ro.total_line = true; table_opts = true; break;
		case OPT_MERGE: merging = true; break;
		default:
			tk_usage_error("unknown option");
		}
	}

	/* Validate the combination. */
	if (stream + score + merging > 1)
		tk_usage_error("--stream, --score and --merge exclude each other");
	o.mode = stream ? STREAM : score ? SCORE : merging ? MERGE : COUNT;
	if ((stream || score) && table_opts)
		tk_usage_error("table format options do not apply to --%s",
		               stream ? "stream" : "score");
	if (stream && (o.ro.top || o.ro.min_count))
		tk_usage_error("--top and --min-count do not apply to --stream");
	/* A range end not given is N, moved to keep the range non-empty. */
	o.min_n = min_n ? min_n : max_n && max_n < o.n ? max_n : o.n;
	o.max_n = max_n ? max_n : min_n > o.n ? min_n : o.n;
	if (o.min_n > o.max_n)
		tk_usage_error("--min-n (%u) is larger than --max-n (%u)", o.min_n,
		               o.max_n);
	if (score) {
		if (o.min_n != o.max_n)
			tk_usage_error("--score scores one order: use -n, not a range");
		if (o.max_n < 2)
			tk_usage_error("--score needs n-grams of 2 or more units");
		if (o.max_n > 2 && o.score != TK_ASSOC_PMI)
			tk_usage_error("--score=%s scores bigrams only (use pmi for "
			               "-n %u)", tk_assoc_names[o.score], o.max_n);
	}
	if (o.boundary && !o.chars)
		tk_usage_error("--boundary applies to --chars");
	if (o.pad && o.chars)
		tk_usage_error("--pad applies to word n-grams (use --boundary "
		               "with --chars)");
	if (o.boundary && (!*o.boundary || strpbrk(o.boundary, " \t\n\r")))
		tk_usage_error("--boundary: the marker must be non-empty and hold "
		               "no white space");
	o.sep = sep ? sep : o.chars ? "" : " ";
	o.ro.nul = co.nul;
	o.ro.key_name = "ngram";

	struct tk_input *in = tk_input_open(argv + optind, argc - optind, &co);
	int status = 0;
	if (o.mode == MERGE) {
		status = merge(in, &o);
	} else {
		struct state st;
		state_init(&st, &o);
		struct tk_record r;
		while (tk_input_next(in, &r))
			record(&st, &r);
		if (st.carry.len)
			line_piece(&st, st.carry.data, st.carry.len, true);
		tk_ngrams_end(st.win);
		if (st.overflow) {
			tk_warn("a count passed %llu", (unsigned long long)UINT64_MAX);
			status = 1;
		}
		if (o.mode == COUNT)
			tk_report_counter(&o.ro, st.grams);
		else if (o.mode == SCORE)
			report_scores(&o, &st);
		state_free(&st);
	}
	status |= tk_input_close(in);
	return status | tk_out_close();
}
