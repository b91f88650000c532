/* wordfreq.c - word frequencies: text in, "count<TAB>word" out, sorted
 * by count descending, ties in byte order.  Glue only: lib/token splits,
 * lib/casemap folds, lib/counter counts, lib/report writes; lib/parallel
 * (-j), lib/spill (--max-memory) and lib/tsv (--merge) scale it out. */
#include "text/casemap.h"
#include "cli/cli.h"
#include "count/counter.h"
#include "cli/input.h"
#include "cli/output.h"
#include "cli/parallel.h"
#include "cli/report.h"
#include "cli/spill.h"
#include "count/stopwords.h"
#include "cli/tally.h"
#include "text/token.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <uninorm.h>
#include <unistr.h>

enum { NORM_NONE, NORM_NFC, NORM_NFKC };

struct opts {
	struct tk_common co;
	struct tk_tally_opts t;
	bool all_tokens, lines, no_numbers;
	int normalize;
	uint64_t min_length;
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
	tk_token_fn on_token;  /* on_token or on_word */
	struct tk_buf fold, norm;
	struct tk_spill *spill;
	size_t limit;        /* spill when the table holds more bytes */
	size_t raw_max;      /* flush raw when it holds more bytes */
	struct tk_tally_err e; /* the first error */
};

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
	if (!o->t.case_sensitive && !o->lines) {
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

static void count(struct worker *w, const char *s, size_t n)
{
	if (unlikely(tk_counter_add(w->raw ? w->raw : w->c, s, n, 1) != TK_OK))
		tk_tally_fail(&w->e, TK_EOVERFLOW);
}

static void flush_one(void *ctx, const struct tk_entry *e)
{
	struct worker *w = ctx;
	size_t len;
	const char *k = map_key(w, e->key, e->len, &len);
	if (tk_counter_add(w->c, k, len, e->count) != TK_OK)
		tk_tally_fail(&w->e, TK_EOVERFLOW);
}

static void flush_raw(struct worker *w)
{
	if (!w->raw || tk_counter_size(w->raw) == 0)
		return;
	tk_counter_each(w->raw, flush_one, w);
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

/* on_token() without the option tests, for the default: called once
 * per token, so every instruction shows (measured: 21 -> 16 per call). */
static int on_word(void *ctx, const struct tk_token *t)
{
	if (tk_token_is_word(t->type))
		count(ctx, t->p, t->len);
	return 0;
}

static void maybe_spill(struct worker *w)
{
	if (w->raw && tk_counter_bytes(w->raw) > w->raw_max)
		flush_raw(w);
	tk_tally_spill_if(w->spill, w->c, w->limit, &w->e);
}

static void count_line(void *ctx, const char *p, size_t n)
{
	struct worker *w = ctx;
	if (w->o->lines)
		count(w, p, n);
	else
		tk_tokenize(w->tok, p, n, w->on_token, w);
}

/* A block of whole lines (lib/parallel): count its tokens or lines. */
static void count_block(void *state, const char *p, size_t n)
{
	struct worker *w = state;
	tk_parallel_lines(p, n, w->o->co.nul ? '\0' : '\n', count_line, w);
	maybe_spill(w);
}

static struct worker *worker_new(const struct opts *o, uint64_t seed,
                                 struct tk_spill *spill, size_t limit)
{
	struct worker *w = xcalloc(1, sizeof *w);
	w->o = o;
	w->c = tk_counter_new(seed);
	if ((!o->t.case_sensitive && !o->lines) || o->normalize != NORM_NONE)
		w->raw = tk_counter_new(seed);
	w->raw_max = spill && limit / 4 < RAW_MAX ? limit / 4 : RAW_MAX;
	w->tok = tk_tokenizer_new(NULL);
	w->on_token = o->all_tokens || o->no_numbers ? on_token : on_word;
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

/* keep, or NULL when it would keep every key. */
static tk_keep_fn keep_fn(const struct selection *s)
{
	return s->stop || s->min_length ? keep : NULL;
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

static int count_text(const struct opts *o, char **files, int nfiles,
                      struct selection *sel)
{
	int jobs = tk_tally_jobs(&o->t, files, nfiles);
	size_t limit;
	struct tk_spill *spill = tk_tally_spill(&o->t, jobs, &limit);
	uint64_t s = tk_tally_seed();
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
		if (w[i]->e.rc && !rc) {
			rc = w[i]->e.rc;
			err = w[i]->e.err;
		}
		if (i > 0) {
			if (tk_counter_absorb(w[0]->c, w[i]->c) != TK_OK && !rc)
				rc = TK_EOVERFLOW;
			worker_free(w[i]);
			maybe_spill(w[0]);
		}
	}
	if (rc == TK_OK && w[0]->e.rc)
		rc = w[0]->e.rc, err = w[0]->e.err;
	if (rc != TK_OK) {
		tk_tally_error(rc, err);
		status = 1;
	} else if (!aborted)
		status |= tk_tally_report(&o->t, spill, w[0]->c, keep_fn(sel), sel);
	worker_free(w[0]);
	free(w);
	tk_spill_free(spill);
	return status;
}

/* --- options ----------------------------------------------------------- */

enum {
	OPT_ALL = TK_TALLY_OPT_TOOL, OPT_NONUM, OPT_LINES, OPT_NORM,
	OPT_MINLEN, OPT_STOP
};

static const struct tk_opt options[] = {
	TK_OPT_SECTION("\nWhat is counted:"),
	{ "case-sensitive", TK_TALLY_OPT_CASE, no_argument, NULL,
	  "count 'The' and 'the' apart (default: full\n"
	  "Unicode case folding, 'STRASSE' = 'stra\xC3\x9F" "e')" },
	{ "all-tokens", OPT_ALL, no_argument, NULL,
	  "count punctuation and symbols too, not only\n"
	  "words and numbers" },
	{ "no-numbers", OPT_NONUM, no_argument, NULL,
	  "do not count number tokens" },
	{ "lines", OPT_LINES, no_argument, NULL,
	  "count whole input lines, as they are (like\n"
	  "sort | uniq -c | sort -rn); with --merge: the\n"
	  "tables count lines (names the key 'line')" },
	{ "normalize", OPT_NORM, required_argument, "FORM",
	  "normalize keys to nfc or nfkc" },
	{ "min-length", OPT_MINLEN, required_argument, "N",
	  "skip keys shorter than N characters" },
	{ "stopwords", OPT_STOP, required_argument, "LIST",
	  "skip the words of LIST: a built-in list (en, de,\n"
	  "fr, es, it, pt, nl, ru) or a file with one word\n"
	  "per line; may be repeated" },
	TK_TALLY_MERGE_OPTS("KEY"),
	TK_OPT_SECTION("\nWhat is printed:"),
	{ "top", 'n', required_argument, "N",
	  "print only the N most frequent keys" },
	TK_TALLY_PRINT_OPTS("KEY", "keys", "token"),
	TK_TALLY_RESOURCE_OPTS(""),
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	"Usage: wordfreq [OPTION]... [FILE]...\n"
	"Count words (or lines, or merged count tables) and print\n"
	"COUNT<TAB>WORD lines, most frequent first, ties in byte order.\n",
	options);
}

static void parse_options(int argc, char **argv, struct opts *o)
{
	static const char *const norms[] = { "nfc", "nfkc", NULL };
	int c;
	o->t.units = "tokens";
	while ((c = tk_getopt(argc, argv, options)) != -1) {
		switch (c) {
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
		case 'n':
			tk_tally_option(TK_TALLY_OPT_TOP, optarg, &o->t);
			break;
		default:
			if (!tk_tally_option(c, optarg, &o->t))
				tk_cli_common(c, optarg, &o->co, help);
		}
	}
	tk_tally_check_sorted(&o->t);
	if (o->t.merge && (o->all_tokens || o->no_numbers ||
	                   o->t.case_sensitive || o->normalize))
		tk_usage_error("--merge sums keys as they are: it does not "
		               "take --all-tokens, --no-numbers, "
		               "--case-sensitive or --normalize");
	tk_tally_check_report(&o->t, &o->co, o->lines ? "line" : "word");
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
		if (o.t.merge && o.t.sorted)
			status = tk_tally_merge_sorted(&o.t, &o.co, files, nfiles,
			                               keep_fn(&sel), &sel);
		else if (o.t.merge)
			status = tk_tally_merge(&o.t, &o.co, files, nfiles,
			                        keep_fn(&sel), &sel);
		else
			status = count_text(&o, files, nfiles, &sel);
	}
	tk_counter_free(sel.stop);
	free(o.stop);
	return status | tk_out_close();
}
