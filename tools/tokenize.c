/* tokenize - split text into word tokens: one per line, or one line of
 * space-separated tokens per input line (-s).  The tokenizer is
 * lib/token; this file holds the options and the output formats.
 *
 * A line longer than the record limit comes in pieces: the part up to
 * the last white space is tokenized at once (rules never look across
 * white space; tk_tokenize_more() carries the line's quote state), the
 * rest is carried over to the next piece.  A run of more than
 * TK_TOKEN_MAX bytes without white space is cut where
 * tk_token_cut_long() says (as the counting tools cut it), with a
 * warning, so memory stays bounded. */
#include "text/casemap.h"
#include "cli/cli.h"
#include "cli/input.h"
#include "cli/output.h"
#include "cli/report.h"
#include "cli/stemopt.h"
#include "text/stem.h"
#include "text/abbrev.h"
#include "text/token.h"
#include "base/xalloc.h"
#include "base/utf8.h"
#include "base/buf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum {
	OPT_TYPES = TK_OPT_TOOL,
	OPT_OFFSETS,
	OPT_LOWER,
	OPT_CASEFOLD,
	OPT_UAX29,
	OPT_SPLIT_CONTRACTIONS,
	OPT_SPLIT_HYPHENS,
	OPT_STEM,
	OPT_ABBREV,
	OPT_FORMAT,
};

/* --format: the token lines (with the --types and --offsets columns),
 * or one JSON object a token. */
enum format { FMT_TSV, FMT_JSONL };
static const char *const format_names[] = { "tsv", "jsonl", NULL };

struct opts {
	struct tk_common co;
	struct tk_tokenizer_opts tok;
	bool lines;      /* -s */
	bool types;
	bool offsets;
	enum format format;
	bool words;      /* -w */
	enum tk_case cmode;
	const char *stem; /* --stem=LANG, or NULL */
	const char *lang;     /* -l; NULL: English */
	char **abbrev_files;  /* --abbrev */
	int nabbrev;
};

struct state {
	const struct opts *o;
	bool line_first;   /* no token written yet on this output line (-s) */
	uint64_t base;     /* stream offset of the span being tokenized */
	char term;         /* record terminator: '\n' or NUL (-z) */
	struct tk_buf map; /* case-mapped token */
	struct tk_stemmer *stemmer; /* --stem, or NULL */
};

static const struct tk_opt options[] = {
	{ "space-separated", 's', no_argument, NULL,
	  "one output line per input line, tokens\n"
	  "separated by one space" },
	{ "words", 'w', no_argument, NULL, "keep only words and numbers" },
	{ "types", 't', no_argument, NULL,
	  "add a tab and the token type: word, number,\n"
	  "punct, symbol, url, email, hashtag, mention,\n"
	  "emoji" },
	{ "offsets", OPT_OFFSETS, no_argument, NULL,
	  "add a tab and the start and end byte offsets\n"
	  "of the token in the decoded input" },
	{ "format", OPT_FORMAT, required_argument, "FORMAT",
	  "tsv (default: the token and the columns\n"
	  "asked for) or jsonl (one JSON object a token:\n"
	  "token, type, start and end byte offsets)" },
	{ "lower", OPT_LOWER, no_argument, NULL, "write tokens in lower case" },
	{ "casefold", OPT_CASEFOLD, no_argument, NULL,
	  "write tokens case-folded (Unicode full folding)" },
	{ "stem", OPT_STEM, required_argument, "LANG",
	  "write the stems of words and numbers (the\n"
	  "Snowball stemmer of LANG, after case folding;\n"
	  "'list' lists the languages)" },
	{ "split-contractions", OPT_SPLIT_CONTRACTIONS, no_argument, NULL,
	  "Penn Treebank style: do n't, Russia 's,\n"
	  "l' homme" },
	{ "split-hyphens", OPT_SPLIT_HYPHENS, no_argument, NULL,
	  "split hyphenated words: 45 - year - old" },
	{ "uax29", OPT_UAX29, no_argument, NULL,
	  "plain Unicode word segmentation (UAX #29),\n"
	  "none of the extra rules" },
	{ "language", 'l', required_argument, "LANG",
	  "abbreviations of LANG (as sentence-split):\n"
	  "de, en (default), es, fi, fr, it, nl, pt,\n"
	  "ru, sv; fi and sv keep a colon between letters" },
	{ "abbrev", OPT_ABBREV, required_argument, "FILE",
	  "add the abbreviations and sentence starters\n"
	  "in FILE (repeatable; format in\n"
	  "sentence-split(1))" },
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	    "Usage: tokenize [OPTION]... [FILE]...\n"
	    "Split text into word tokens (Unicode word boundaries plus rules for\n"
	    "URLs, e-mail addresses, numbers, abbreviations, contractions and\n"
	    "emoji), one token per line.\n"
	    "\n", options);
}

/* The token as written: case-mapped and stemmed as asked. */
static void token_text(struct state *st, const struct tk_token *tok,
                       const char **s, size_t *n)
{
	const struct opts *o = st->o;
	*s = tok->p;
	*n = tok->len;
	if (o->cmode == TK_CASE_NONE)
		return;
	tk_buf_clear(&st->map);
	tk_casemap(o->cmode, NULL, tok->p, tok->len, &st->map);
	*s = st->map.data;
	*n = st->map.len;
	if (st->stemmer && tk_token_is_word(tok->type))
		*s = tk_stem(st->stemmer, st->map.data, st->map.len, n);
}

/* --format=jsonl: {"token":..,"type":..,"start":..,"end":..} */
static void put_json(struct state *st, const struct tk_token *tok,
                     const char *s, size_t n)
{
	tk_out_str("{\"token\":");
	tk_report_json_string(s, n);
	tk_out_str(",\"type\":\"");
	tk_out_str(tk_token_type_name(tok->type));
	tk_out_str("\",\"start\":");
	tk_out_u64(st->base + tok->offset);
	tk_out_str(",\"end\":");
	tk_out_u64(st->base + tok->offset + tok->len);
	tk_out_str("}\n");
}

static int put_token(void *ctx, const struct tk_token *tok)
{
	struct state *st = ctx;
	const struct opts *o = st->o;
	if (o->words && !tk_token_is_word(tok->type))
		return 0;
	const char *s;
	size_t n;
	token_text(st, tok, &s, &n);
	if (o->format == FMT_JSONL) {
		put_json(st, tok, s, n);
		return 0;
	}
	if (o->lines) {
		if (!st->line_first)
			tk_out_putc(' ');
		st->line_first = false;
	}
	tk_out_write(s, n);
	if (o->lines)
		return 0;
	if (o->types) {
		tk_out_putc('\t');
		tk_out_str(tk_token_type_name(tok->type));
	}
	if (o->offsets) {
		tk_out_putc('\t');
		tk_out_u64(st->base + tok->offset);
		tk_out_putc('\t');
		tk_out_u64(st->base + tok->offset + tok->len);
	}
	tk_out_putc(st->term);
	return 0;
}

/* The default output (one token per line, nothing else), chosen once
 * in process(): one capacity check per token. */
static int put_plain(void *ctx, const struct tk_token *tok)
{
	struct state *st = ctx;
	tk_out_line(tok->p, tok->len, st->term);
	return 0;
}

static void end_line(struct state *st)
{
	if (st->o->lines)
		tk_out_putc(st->term);
	st->line_first = true;
}

static int process(struct tk_input *in, const struct opts *o)
{
	struct tk_tokenizer *t = tk_tokenizer_new(&o->tok);
	struct state st = { .o = o, .line_first = true,
	                    .term = o->co.nul ? '\0' : '\n' };
	if (o->stem)
		st.stemmer = tk_stemmer_new(o->stem);
	struct tk_buf carry = TK_BUF_INIT;
	struct tk_record r;
	bool mid_line = false; /* a piece of this line was tokenized */
	bool warned = false;
	tk_token_fn put = put_token;
	if (!o->lines && !o->words && !o->types && !o->offsets &&
	    o->format == FMT_TSV && o->cmode == TK_CASE_NONE)
		put = put_plain;
	tk_input_lookahead(in, t);
	while (tk_input_next(in, &r)) {
		tk_tokenizer_para_end(t, r.para_end);
		if (!r.more && carry.len == 0) {
			st.base = r.offset;
			tk_tokenize(t, r.p, r.len, put, &st);
			end_line(&st);
			continue;
		}
		/* a long line in pieces */
		if (carry.len == 0)
			st.base = r.offset;
		tk_buf_add(&carry, r.p, r.len);
		size_t cut;
		do {
			/* a run too long for one token first (tk_token_cut_long) */
			cut = tk_token_cut_long(carry.data, carry.len);
			if (cut && !warned) {
				tk_warn("a token longer than %u MiB is cut at byte "
				        "%llu", TK_TOKEN_MAX >> 20,
				        (unsigned long long)(st.base + cut));
				warned = true;
			}
			size_t end = cut ? cut
			           : r.more ? tk_token_cut(carry.data, carry.len)
			                    : carry.len;
			(mid_line ? tk_tokenize_more : tk_tokenize)(t, carry.data,
			                                            end, put, &st);
			mid_line = mid_line || end > 0;
			tk_buf_consume(&carry, end);
			st.base += end;
		} while (cut);
		mid_line = r.more;
		if (!r.more) {
			end_line(&st);
			tk_buf_clear(&carry);
		}
	}
	if (carry.len) { /* input ended inside a line (aborted input) */
		tk_tokenizer_para_end(t, true);
		(mid_line ? tk_tokenize_more : tk_tokenize)(t, carry.data,
		                                            carry.len, put, &st);
		end_line(&st);
	}
	tk_buf_free(&carry);
	tk_buf_free(&st.map);
	tk_stemmer_free(st.stemmer);
	tk_tokenizer_free(t);
	return tk_input_close(in);
}

/* The abbreviation list of -l and --abbrev; NULL for the default. */
static struct tk_abbrev *abbrev_list(const struct opts *o)
{
	if (!o->lang && o->nabbrev == 0)
		return NULL;
	struct tk_abbrev *a = tk_abbrev_new();
	tk_abbrev_add_builtin(a, o->lang ? o->lang : "en");
	for (int i = 0; i < o->nabbrev; i++) {
		tk_cli_abbrev_file(a, o->abbrev_files[i]);
	}
	return a;
}

int main(int argc, char **argv)
{
	struct opts o = { .cmode = TK_CASE_NONE };
	tk_cli_init("tokenize", argc, argv);
	tk_cli_uses_tokenizer();
	o.abbrev_files = xnmalloc((size_t)argc, sizeof *o.abbrev_files);
	int c;
	while ((c = tk_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 's': o.lines = true; break;
		case 'w': o.words = true; break;
		case 't': o.types = true; break;
		case OPT_OFFSETS: o.offsets = true; break;
		case OPT_LOWER: o.cmode = TK_CASE_LOWER; break;
		case OPT_CASEFOLD: o.cmode = TK_CASE_FOLD; break;
		case OPT_SPLIT_CONTRACTIONS: o.tok.split_contractions = true; break;
		case OPT_SPLIT_HYPHENS: o.tok.split_hyphens = true; break;
		case OPT_UAX29: o.tok.uax29 = true; break;
		case OPT_STEM: o.stem = tk_stem_option(optarg); break;
		case 'l':
			o.lang = tk_abbrev_languages[tk_parse_keyword(
			    "--language", optarg, tk_abbrev_languages)];
			break;
		case OPT_ABBREV: o.abbrev_files[o.nabbrev++] = optarg; break;
		case OPT_FORMAT:
			o.format = (enum format)tk_parse_keyword("--format", optarg,
			                                         format_names);
			break;
		default: tk_cli_common(c, optarg, &o.co, help); break;
		}
	}
	if (o.lines && (o.types || o.offsets))
		tk_usage_error("--types and --offsets need one token per line "
		               "(they cannot be used with -s)");
	if (o.lines && o.format == FMT_JSONL)
		tk_usage_error("--format=jsonl writes one token a line: "
		               "not with -s");
	if (o.format == FMT_JSONL && (o.types || o.offsets))
		tk_usage_error("--format=jsonl writes the type and offsets "
		               "itself: no --types or --offsets");
	if (o.stem && o.cmode == TK_CASE_NONE)
		o.cmode = TK_CASE_FOLD;
	struct tk_abbrev *ab = abbrev_list(&o);
	o.tok.abbrev = ab;
	o.tok.colon_joins = o.lang && (strcmp(o.lang, "sv") == 0 ||
	                               strcmp(o.lang, "fi") == 0);
	struct tk_input *in = tk_input_open(argv + optind, argc - optind, &o.co);
	int status = process(in, &o);
	tk_abbrev_free(ab);
	free(o.abbrev_files);
	return status | tk_out_close();
}
