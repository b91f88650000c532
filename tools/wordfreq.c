/* wordfreq.c - word frequencies: text in, "count<TAB>word" out, sorted
 * by count descending, ties in byte order.  Glue only: lib/token splits,
 * lib/casemap folds, lib/counter counts, lib/report writes; lib/countdrv
 * runs the counting (-j threads, --max-memory spills) and lib/tally the
 * --merge reducers. */
#include "text/casemap.h"
#include "cli/cli.h"
#include "cli/countdrv.h"
#include "count/counter.h"
#include "cli/input.h"
#include "cli/output.h"
#include "cli/stemopt.h"
#include "text/stem.h"
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
	struct tk_tokenizer_opts tok;
	const char *stem; /* --stem=LANG, or NULL */
	bool surface;     /* --stem-surface */
};

/* One counting thread's state.  Tokens are counted as they appear in
 * `raw`; flush_raw() maps each distinct raw form once (fold, normalize)
 * and adds its count to `c`.  Mapping is a function of the token alone,
 * so this gives the same table as mapping every token, while the hot
 * loop does one hash and probe per token and no case mapping (on the
 * 43 MB benchmark text: ~35k distinct raw forms for ~8M tokens).  `raw`
 * is flushed when it passes RAW_MAX bytes, so it is a bounded cache:
 * 4 MiB holds ~200k raw forms, and on a vocabulary of 10 M keys it is
 * part of the peak (8 MiB took 2.4% of it). */
enum { RAW_MAX = 4u << 20 };

/* Pieces of one token looked at for stop words (more: the token stays
 * whole; tokenize cuts a word into two or three). */
enum { STRIP_MAX = 8 };

struct worker {
	struct tk_count_worker base; /* base.table: the mapped keys */
	const struct opts *o;
	struct tk_counter *raw; /* NULL when keys are counted as they are */
	struct tk_tokenizer *tok;
	bool para_end;         /* what tok was last told */
	tk_token_fn on_token;  /* on_token or on_word */
	struct tk_buf fold, norm;
	/* Whole tokens under --stopwords: take the stop-word pieces off. */
	const struct tk_counter *stop; /* NULL: keys stay as mapped */
	struct tk_tokenizer *pieces;   /* --split-contractions' tokenizer */
	struct tk_buf kept;            /* the pieces kept, joined */
	size_t piece[2 * STRIP_MAX];   /* start, end of each piece */
	unsigned npieces;
	/* --stem: this thread's stemmer; stop words are dropped before
	 * stemming (a stem may be spelt like a stop word: having -> have). */
	struct tk_stemmer *stemmer;
	const struct tk_counter *stopset; /* NULL: none */
	struct tk_buf surf; /* --stem-surface: "stem<TAB>form", a key of
	                     * base.extra (tokens hold no TAB) */
	/* --by-doc: raw form -> 1 + the offset in memo_text of its mapped
	 * form (a size_t length, then the bytes), or NULL (see mapped()) */
	struct tk_counter *memo;
	struct tk_buf memo_text;
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

/* map_key() through w->memo when there is one.  --by-doc flushes raw
 * after every document, so the same forms come back document after
 * document, and folding their case again was half of the
 * per-document cost of wordfreq on a text of many scripts; the memo is
 * emptied when it passes MEMO_MAX bytes.  The slow twin is map_key()
 * itself, as one stream calls it (tests/cli/bydoc.t compares the two). */
enum { MEMO_MAX = 4u << 20 };

static const char *mapped(struct worker *w, const char *s, size_t n,
                          size_t *outlen)
{
	if (!w->memo)
		return map_key(w, s, n, outlen);
	uint64_t at = tk_counter_get(w->memo, s, n);
	if (at) {
		const char *m = w->memo_text.data + (at - 1);
		memcpy(outlen, m, sizeof *outlen);
		return m + sizeof *outlen;
	}
	const char *k = map_key(w, s, n, outlen);
	if (tk_counter_bytes(w->memo) + w->memo_text.len > MEMO_MAX) {
		tk_counter_reset(w->memo);
		tk_buf_clear(&w->memo_text);
	}
	size_t off = w->memo_text.len;
	tk_buf_add(&w->memo_text, outlen, sizeof *outlen);
	tk_buf_add(&w->memo_text, k, *outlen);
	/* a new key: its count cannot overflow */
	tk_counter_add(w->memo, s, n, (uint64_t)off + 1);
	return w->memo_text.data + off + sizeof *outlen;
}

/* --- stop words inside whole tokens ------------------------------------ */

static int add_piece(void *ctx, const struct tk_token *t)
{
	struct worker *w = ctx;
	if (w->npieces == STRIP_MAX || !tk_token_is_word(t->type))
		return 1; /* not a word cut at clitics: leave it whole */
	w->piece[2 * w->npieces] = t->offset;
	w->piece[2 * w->npieces + 1] = t->offset + t->len;
	w->npieces++;
	return 0;
}

/* Clitics are cut at an apostrophe: ' or U+2019. */
static bool has_apostrophe(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\'' || (s[i] == '\xe2' && i + 2 < n &&
		                     s[i + 1] == '\x80' && s[i + 2] == '\x99'))
			return true;
	return false;
}

/* The key k[0..n) without its stop-word pieces: the pieces are those
 * --split-contractions makes of it (l' économie, do n't, Russia 's);
 * a piece in the stop set is taken off (l'économie -> économie).  When
 * every piece is a stop word, the first piece (dropped by the report's
 * selection, as a whole stop word is); when none is, or the key is one
 * piece, k itself. */
static const char *strip_stop(struct worker *w, const char *k, size_t n,
                              size_t *outlen)
{
	*outlen = n;
	w->npieces = 0;
	if (!has_apostrophe(k, n))
		return k;
	if (tk_tokenize(w->pieces, k, n, add_piece, w) || w->npieces < 2)
		return k;
	tk_buf_clear(&w->kept);
	size_t at = 0;
	for (unsigned i = 0; i < w->npieces; i++) {
		size_t a = w->piece[2 * i], b = w->piece[2 * i + 1];
		if (a != at)
			return k; /* not cut into adjacent pieces: leave it */
		at = b;
		if (!tk_counter_get(w->stop, k + a, b - a))
			tk_buf_add(&w->kept, k + a, b - a);
	}
	if (at != n || w->kept.len == n)
		return k;
	if (w->kept.len == 0) {
		*outlen = w->piece[1];
		return k;
	}
	*outlen = w->kept.len;
	return w->kept.data;
}

static void count(struct worker *w, const char *s, size_t n)
{
	if (unlikely(tk_counter_add(w->raw ? w->raw : w->base.table, s, n, 1) !=
	             TK_OK))
		tk_tally_fail(&w->base.e, TK_EOVERFLOW);
}

static void flush_one(void *ctx, const struct tk_entry *e)
{
	struct worker *w = ctx;
	size_t len;
	const char *k = mapped(w, e->key, e->len, &len);
	if (w->stop)
		k = strip_stop(w, k, len, &len);
	if (w->stemmer) {
		if (w->stopset && tk_counter_get(w->stopset, k, len))
			return;
		const char *form = k;
		size_t flen = len;
		k = tk_stem(w->stemmer, k, len, &len);
		if (w->base.extra) {
			tk_buf_clear(&w->surf);
			tk_buf_add(&w->surf, k, len);
			tk_buf_addc(&w->surf, '\t');
			tk_buf_add(&w->surf, form, flen);
			if (tk_counter_add(w->base.extra, w->surf.data, w->surf.len,
			                   e->count) != TK_OK)
				tk_tally_fail(&w->base.e, TK_EOVERFLOW);
		}
	}
	if (tk_counter_add(w->base.table, k, len, e->count) != TK_OK)
		tk_tally_fail(&w->base.e, TK_EOVERFLOW);
}

static void flush_raw(struct tk_count_worker *base)
{
	struct worker *w = (struct worker *)base;
	if (!w->raw || tk_counter_size(w->raw) == 0)
		return;
	tk_counter_each(w->raw, flush_one, w);
	tk_counter_reset(w->raw);
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

static size_t raw_bytes(const struct tk_count_worker *base)
{
	const struct worker *w = (const struct worker *)base;
	return w->raw ? tk_counter_bytes(w->raw) : 0;
}

static void count_line(void *ctx, const char *p, size_t n, bool para_end)
{
	struct worker *w = ctx;
	if (w->o->lines) {
		count(w, p, n);
		return;
	}
	if (para_end != w->para_end) /* (a call per line costs 0.5%) */
		tk_tokenizer_para_end(w->tok, w->para_end = para_end);
	tk_tokenize_line(w->tok, p, n, false, w->on_token, w);
}

/* stop: the stop set to take off whole tokens' pieces, or NULL. */
static struct worker *worker_new(const struct opts *o, uint64_t seed,
                                 struct tk_spill *spill, size_t limit,
                                 const struct tk_counter *stop)
{
	struct worker *w = xcalloc(1, sizeof *w);
	w->o = o;
	w->base.table = tk_counter_new(seed);
	if (stop && !o->lines && !o->tok.split_contractions) {
		w->stop = stop;
		w->pieces = tk_tokenizer_new(&(const struct tk_tokenizer_opts){
		        .split_contractions = true });
	}
	if (o->stem) {
		w->stemmer = tk_stemmer_new(o->stem);
		w->stopset = stop;
		if (o->surface)
			w->base.extra = tk_counter_new(seed);
	}
	if ((!o->t.case_sensitive && !o->lines) || o->normalize != NORM_NONE ||
	    w->stop || w->stemmer)
		w->raw = tk_counter_new(seed);
	/* (not under --max-memory: its bound does not count the memo) */
	if (w->raw && o->t.by_doc && !spill &&
	    ((!o->t.case_sensitive && !o->lines) || o->normalize != NORM_NONE))
		w->memo = tk_counter_new(seed);
	w->base.cache_max = spill && limit / 4 < RAW_MAX ? limit / 4 : RAW_MAX;
	w->tok = tk_tokenizer_new(&o->tok);
	w->on_token = o->all_tokens || o->no_numbers ? on_token : on_word;
	return w;
}


static void worker_free(struct worker *w)
{
	tk_counter_free(w->base.table);
	tk_counter_free(w->raw);
	tk_tokenizer_free(w->tok);
	tk_buf_free(&w->fold);
	tk_buf_free(&w->norm);
	tk_tokenizer_free(w->pieces);
	tk_buf_free(&w->kept);
	tk_stemmer_free(w->stemmer);
	tk_counter_free(w->base.extra);
	tk_buf_free(&w->surf);
	tk_counter_free(w->memo);
	tk_buf_free(&w->memo_text);
	free(w);
}

static void free_worker(struct tk_count_worker *w)
{
	worker_free((struct worker *)w);
}

/* --- selection: stop words and --min-length ---------------------------- */

struct selection {
	struct tk_counter *stop; /* mapped stop words, or NULL */
	uint64_t min_length;
	const struct opts *o;
};

static bool keep(void *ctx, const char *key, size_t len)
{
	const struct selection *s = ctx;
	if (s->min_length && u8_mbsnlen((const uint8_t *)key, len) < s->min_length)
		return false;
	/* under --stem the stop words were dropped before stemming */
	if (s->stop && !s->o->stem && tk_counter_get(s->stop, key, len))
		return false;
	return true;
}

/* keep, or NULL when it would keep every key. */
static tk_keep_fn keep_fn(const struct selection *s)
{
	return s->stop || s->min_length ? keep : NULL;
}

static void add_mapped(struct worker *w, const char *word, size_t len)
{
	size_t klen;
	const char *k = map_key(w, word, len, &klen);
	tk_counter_add(w->base.table, k, klen, 1);
}

/* A stop word, and with an apostrophe (l', n't) its other spelling too:
 * ' and U+2019 are one apostrophe to the tokenizer. */
static void add_stopword(void *ctx, const char *word, size_t len)
{
	static const char curly[] = "\xe2\x80\x99";
	struct worker *w = ctx;
	add_mapped(w, word, len);
	struct tk_buf v = TK_BUF_INIT;
	bool apos = false;
	for (size_t i = 0; i < len; i++)
		if (word[i] == '\'') {
			tk_buf_add(&v, curly, 3);
			apos = true;
		} else if (i + 3 <= len && memcmp(word + i, curly, 3) == 0) {
			tk_buf_addc(&v, '\'');
			apos = true;
			i += 2;
		} else
			tk_buf_addc(&v, word[i]);
	if (apos)
		add_mapped(w, v.data, v.len);
	tk_buf_free(&v);
}

/* Read the --stopwords lists into a set of keys mapped like the counted
 * ones.  A list that cannot be read is a runtime error (status 1). */
static struct tk_counter *load_stopwords(const struct opts *o, int *status)
{
	if (o->nstop == 0)
		return NULL;
	struct worker *w = worker_new(o, 0, NULL, 0, NULL);
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
	struct tk_counter *set = w->base.table;
	w->base.table = NULL;
	worker_free(w);
	return set;
}

/* --- the three modes --------------------------------------------------- */

static struct tk_count_worker *new_worker(void *ctx, uint64_t seed,
                                          struct tk_spill *spill, size_t limit)
{
	const struct selection *sel = ctx;
	return &worker_new(sel->o, seed, spill, limit, sel->stop)->base;
}

/* --stem-surface: each stem's most frequent form (ties: the first in
 * byte order).  The forms of different stems differ, so the table keyed
 * by forms has the same counts as the one keyed by stems. */
struct surface {
	struct tk_counter *index; /* stem -> 1 + its row in forms */
	struct tk_entry *forms;   /* stem's best form and its count */
	size_t n;
};

static void best_form(void *ctx, const struct tk_entry *e)
{
	struct surface *sf = ctx;
	const char *tab = memchr(e->key, '\t', e->len);
	size_t slen = (size_t)(tab - e->key);
	const char *form = tab + 1;
	size_t flen = e->len - slen - 1;
	uint64_t i = tk_counter_get(sf->index, e->key, slen);
	if (!i) {
		sf->forms = xnrealloc(sf->forms, sf->n + 1, sizeof *sf->forms);
		sf->forms[sf->n] = (struct tk_entry){ form, flen, e->count };
		tk_counter_add(sf->index, e->key, slen, ++sf->n);
		return;
	}
	struct tk_entry *b = &sf->forms[i - 1];
	int cmp = memcmp(form, b->key, flen < b->len ? flen : b->len);
	if (e->count > b->count ||
	    (e->count == b->count && (cmp < 0 || (cmp == 0 && flen < b->len))))
		*b = (struct tk_entry){ form, flen, e->count };
}

struct reform {
	struct surface *sf;
	struct tk_counter *out;
	int rc;
};

static void reform_one(void *ctx, const struct tk_entry *e)
{
	struct reform *r = ctx;
	uint64_t i = tk_counter_get(r->sf->index, e->key, e->len);
	const char *k = e->key;
	size_t n = e->len;
	if (i) {
		k = r->sf->forms[i - 1].key;
		n = r->sf->forms[i - 1].len;
	}
	if (tk_counter_add(r->out, k, n, e->count) != TK_OK)
		r->rc = TK_EOVERFLOW;
}

static int report(void *ctx, struct tk_count_worker *w,
                  struct tk_spill *spill)
{
	struct selection *sel = ctx;
	if (!w->extra)
		return tk_tally_report(&sel->o->t, spill, w->table, keep_fn(sel),
		                       sel);
	struct surface sf = { tk_counter_new(0), NULL, 0 };
	tk_counter_each(w->extra, best_form, &sf);
	struct reform r = { &sf, tk_counter_new(0), TK_OK };
	tk_counter_each(w->table, reform_one, &r);
	int status;
	if (r.rc != TK_OK) {
		tk_tally_error(r.rc, 0);
		status = 1;
	} else
		status = tk_tally_report(&sel->o->t, spill, r.out, keep_fn(sel),
		                         sel);
	tk_counter_free(r.out);
	tk_counter_free(sf.index);
	free(sf.forms);
	return status;
}

static int count_text(struct opts *o, char **files, int nfiles,
                      struct selection *sel)
{
	const struct tk_count_driver d = {
		.t = &o->t, .co = &o->co, .cut = o->lines ? NULL : tk_token_cut_line,
		.ctx = sel, .worker_new = new_worker, .worker_free = free_worker,
		.line = count_line, .cache_bytes = raw_bytes, .flush = flush_raw,
		.report = report,
	};
	return tk_count_run(&d, files, nfiles);
}

/* --- options ----------------------------------------------------------- */

enum {
	OPT_ALL = TK_TALLY_OPT_TOOL, OPT_NONUM, OPT_LINES, OPT_NORM,
	OPT_MINLEN, OPT_STOP, OPT_SPLIT, OPT_SURFACE
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
	{ "split-contractions", OPT_SPLIT, no_argument, NULL,
	  "count clitics apart, as tokenize does: do n't,\n"
	  "Russia 's, l' \xC3\xA9" "conomie (default: whole tokens)" },
	{ "stopwords", OPT_STOP, required_argument, "LIST",
	  "skip the words of LIST: a built-in list (en, de,\n"
	  "fr, es, it, pt, nl, ru) or a file with one word\n"
	  "per line; may be repeated.  A whole token loses\n"
	  "its stop-word clitics: l'\xC3\xA9" "conomie counts as\n"
	  "\xC3\xA9" "conomie, don't as a stop word" },
	TK_TALLY_STEM_OPTS("words"),
	{ "stem-surface", OPT_SURFACE, no_argument, NULL,
	  "with --stem: print each stem as its most\n"
	  "frequent form in the text (runs, running, run\n"
	  "-> run; ponies, pony -> ponies)" },
	TK_TALLY_DOC_OPTS("KEY"),
	TK_TALLY_MERGE_OPTS("KEY"),
	TK_OPT_SECTION("\nWhat is printed:"),
	{ "top", 'n', required_argument, "N",
	  "print only the N most frequent keys" },
	TK_TALLY_PRINT_OPTS("KEY", "keys", "token"),
	TK_TALLY_KEYNESS_OPTS("keys"),
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
		case OPT_SPLIT: o->tok.split_contractions = true; break;
		case TK_TALLY_OPT_STEM: o->stem = tk_stem_option(optarg); break;
		case OPT_SURFACE: o->surface = true; break;
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
	if (o->tok.split_contractions && (o->t.merge || o->lines))
		tk_usage_error("--split-contractions applies to tokens, not to "
		               "--%s", o->t.merge ? "merge" : "lines");
	if (o->surface && !o->stem)
		tk_usage_error("--stem-surface needs --stem");
	if (o->surface && o->t.max_memory)
		tk_usage_error("--stem-surface keeps the whole table: not with "
		               "--max-memory");
	if (o->stem && (o->t.merge || o->lines || o->t.case_sensitive))
		tk_usage_error("--stem stems case-folded words: not with --%s",
		               o->t.merge ? "merge" : o->lines ? "lines"
		                                             : "case-sensitive");
	tk_tally_check_report(&o->t, &o->co, o->lines ? "line" : "word");
}

struct doc_ctx {
	struct opts *o;
	struct selection *sel;
};

/* The operands as one stream, or one document of --by-doc. */
static int count_doc(void *ctx, char **files, int nfiles)
{
	struct doc_ctx *dc = ctx;
	return count_text(dc->o, files, nfiles, dc->sel);
}

int main(int argc, char **argv)
{
	struct opts o = { 0 };
	tk_cli_init("wordfreq", argc, argv);
	tk_cli_uses_tokenizer();
	parse_options(argc, argv, &o);
	char **files = argv + optind;
	int nfiles = argc - optind;
	int status = 0;
	struct selection sel = { load_stopwords(&o, &status), o.min_length, &o };
	struct doc_ctx dc = { &o, &sel };
	if (status == 0)
		status = tk_tally_run(&o.t, &o.co, files, nfiles, keep_fn(&sel),
		                      &sel, count_doc, &dc);
	tk_counter_free(sel.stop);
	free(o.stop);
	return status | tk_out_close();
}
