/* normalize.c - Unicode and article-text normalization filter.
 *
 * One output line per input line.  Each line goes through a fixed
 * pipeline of lib functions, the stages chosen once from the options:
 * markdown -> html -> fold (invisible, punctuation, accents, ASCII) ->
 * case -> normalization form -> squeeze.  The form comes after the
 * foldings and the case mapping so that the output really is in the
 * form asked for (case folding and accent stripping can leave text
 * denormalized).  With --invisible, the joiner rule (lib/fold) is
 * applied again after case and form, which may change its neighbours,
 * so that a second run keeps the same joiners.
 *
 * A line longer than the input's record limit arrives in pieces; the
 * pieces are joined and cut again before ASCII white space, where no
 * stage has context to lose (no entity, link target, delimiter run or
 * case context spans a blank).  A stretch with no white space at all is
 * cut at a normalization boundary instead, once it exceeds CHUNK_MAX, so
 * memory stays bounded.  With only a form to apply, the pieces go
 * straight to the streaming normalizer (lib/norm), and a line that
 * quick-check proves normalized is written as it is. */
#include "text/casemap.h"
#include "cli/cli.h"
#include "text/fold.h"
#include "cli/input.h"
#include "text/markup.h"
#include "text/norm.h"
#include "cli/output.h"

#include <stdlib.h>
#include <string.h>

/* Largest stretch without ASCII white space kept whole (bytes). */
enum { CHUNK_MAX = 4 << 20 };

struct opts {
	enum tk_form form;
	enum tk_case kase;
	const char *lang;
	struct tk_fold fold;
	bool squeeze, html, markdown;
	struct tk_common co;
};

struct state {
	const struct opts *o;
	bool staged;            /* any stage besides the form */
	struct tk_html html;
	struct tk_squeeze sq;
	struct tk_norm norm;
	struct tk_buf a, b;     /* stage buffers, ping-pong */
	struct tk_buf pending;  /* a long line's text not yet cut */
	bool line_start;
};

enum {
	OPT_LANG = TK_OPT_TOOL,
	OPT_ASCII,
	OPT_REPLACEMENT,
	OPT_HTML,
	OPT_MARKDOWN,
};

static const struct tk_opt options[] = {
	TK_OPT_SECTION("Unicode:"),
	{ "form", 'f', required_argument, "FORM",
	  "normalization form: nfc (default), nfd, nfkc,\n"
	  "nfkd, or none" },
	TK_OPT_SECTION("Case:"),
	{ "lower", 'l', no_argument, NULL,
	  "lower-case (full Unicode mappings)" },
	{ "upper", 'u', no_argument, NULL, "upper-case" },
	{ "casefold", 'c', no_argument, NULL,
	  "full case folding (Stra\xC3\x9F" "e -> strasse)" },
	{ "lang", OPT_LANG, required_argument, "LANG",
	  "language rules for the case options: tr, az\n"
	  "(dotted/dotless i), lt (dot above)" },
	TK_OPT_SECTION("Characters:"),
	{ "quotes", 'q', no_argument, NULL,
	  "curly and angle quotes, primes -> ' and \"" },
	{ "dashes", 'd', no_argument, NULL,
	  "hyphens and dashes -> - (em dash -> two hyphens)" },
	{ "punct", 'p', no_argument, NULL,
	  "--quotes, --dashes, and also the ellipsis ->\n"
	  "..., odd spaces -> space, fullwidth ASCII forms" },
	{ "strip-accents", 'a', no_argument, NULL,
	  "remove diacritical marks (\xC3\xA9 -> e, \xC3\xB8 -> o)" },
	{ "ascii", OPT_ASCII, no_argument, NULL,
	  "transliterate to ASCII (implies --punct and\n"
	  "--strip-accents; \xEF\xAC\x81 -> fi, \xE2\x82\xAC -> EUR)" },
	{ "replacement", OPT_REPLACEMENT, required_argument, "STR",
	  "with --ascii, what replaces a character with no\n"
	  "ASCII form (default '?'; may be empty)" },
	{ "invisible", 'i', no_argument, NULL,
	  "drop zero-width and bidi controls, soft hyphens,\n"
	  "other control and format characters" },
	{ "squeeze", 's', no_argument, NULL,
	  "each run of white space -> one space; trim lines" },
	TK_OPT_SECTION("Markup:"),
	{ "html", OPT_HTML, no_argument, NULL,
	  "drop HTML tags, comments, scripts and styles;\n"
	  "decode character references (&amp; &#8212;)" },
	{ "markdown", OPT_MARKDOWN, no_argument, NULL,
	  "drop Markdown residue: links -> their text,\n"
	  "emphasis, heading hashes, bullets, escapes" },
	{ "article", 'A', no_argument, NULL,
	  "preset for scraped articles: --html --markdown\n"
	  "--invisible --punct --squeeze, form NFC" },
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	"Usage: normalize [OPTION]... [FILE]...\n"
	"Normalize text for analysis: Unicode normalization form, case,\n"
	"punctuation, accents, white space, invisible characters, HTML and\n"
	"Markdown residue.  One output line per input line.\n"
	"\n", options);
}

static void set_case(struct opts *o, enum tk_case k)
{
	if (o->kase != TK_CASE_NONE && o->kase != k)
		tk_usage_error("--lower, --upper and --casefold are mutually "
		               "exclusive");
	o->kase = k;
}

static void check_lang(const char *lang)
{
	size_t n = strlen(lang);
	bool ok = n >= 2 && n <= 3;
	for (size_t i = 0; i < n; i++)
		ok &= lang[i] >= 'a' && lang[i] <= 'z';
	if (!ok)
		tk_usage_error("invalid value '%s' for --lang: expected an ISO 639 "
		               "language code such as 'tr' or 'lt'", lang);
}

static void parse(int argc, char **argv, struct opts *o)
{
	bool replacement = false;
	int c;
	o->form = TK_FORM_NFC;
	while ((c = tk_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'f':
			o->form = (enum tk_form)tk_parse_keyword("--form", optarg,
			                                         tk_form_names);
			break;
		case 'l': set_case(o, TK_CASE_LOWER); break;
		case 'u': set_case(o, TK_CASE_UPPER); break;
		case 'c': set_case(o, TK_CASE_FOLD); break;
		case OPT_LANG:
			check_lang(optarg);
			o->lang = optarg;
			break;
		case 'q': o->fold.flags |= TK_FOLD_QUOTES; break;
		case 'd': o->fold.flags |= TK_FOLD_DASHES; break;
		case 'p': o->fold.flags |= TK_FOLD_PUNCT; break;
		case 'a': o->fold.flags |= TK_FOLD_ACCENTS; break;
		case OPT_ASCII:
			o->fold.flags |= TK_FOLD_ASCII | TK_FOLD_PUNCT | TK_FOLD_ACCENTS;
			break;
		case OPT_REPLACEMENT:
			o->fold.replacement = optarg;
			o->fold.replacement_len = strlen(optarg);
			replacement = true;
			break;
		case 'i': o->fold.flags |= TK_FOLD_INVISIBLE; break;
		case 's': o->squeeze = true; break;
		case OPT_HTML: o->html = true; break;
		case OPT_MARKDOWN: o->markdown = true; break;
		case 'A':
			o->html = o->markdown = o->squeeze = true;
			o->fold.flags |= TK_FOLD_INVISIBLE | TK_FOLD_PUNCT;
			break;
		default:
			tk_cli_common(c, optarg, &o->co, help);
		}
	}
	if (replacement && !(o->fold.flags & TK_FOLD_ASCII))
		tk_usage_error("--replacement needs --ascii");
	if (o->lang && o->kase == TK_CASE_NONE)
		tk_usage_error("--lang needs --lower, --upper or --casefold");
	if (o->fold.replacement) {
		for (const char *p = o->fold.replacement; *p; p++)
			if ((unsigned char)*p >= 0x80 || *p == '\n')
				tk_usage_error("--replacement must be ASCII without "
				               "newlines: '%s'", o->fold.replacement);
	}
}

/* Run one stage: src -> *dst (cleared first); src becomes *dst. */
#define STAGE(call)                                                      \
	do {                                                             \
		struct tk_buf *dst_ = (p == st->a.data) ? &st->b : &st->a;  \
		tk_buf_clear(dst_);                                      \
		call;                                                    \
		p = dst_->data;                                          \
		n = dst_->len;                                           \
	} while (0)

/* One piece of a line through every stage; first/last: it starts/ends
 * the line. */
static void run_chunk(struct state *st, const char *s, size_t n,
                      bool first, bool last)
{
	const struct opts *o = st->o;
	const char *p = s;
	if (o->markdown)
		STAGE(tk_markdown(p, n, first, last, !o->html, dst_));
	if (o->html)
		STAGE(tk_html(&st->html, p, n, first, last, dst_));
	if (o->fold.flags)
		STAGE(tk_fold(&o->fold, p, n, dst_));
	bool remapped = false; /* case or form ran after the foldings */
	if (o->kase != TK_CASE_NONE) {
		STAGE(tk_casemap(o->kase, o->lang, p, n, dst_));
		remapped = true;
	}
	if (o->form != TK_FORM_NONE && tk_norm_quick(o->form, p, n) < n) {
		STAGE(tk_norm(o->form, p, n, dst_));
		remapped = true;
	}
	if ((o->fold.flags & TK_FOLD_INVISIBLE) && remapped) {
		/* The joiner rule again, now that case mapping or the form
		 * may have made a neighbour ASCII (K, U+212A KELVIN SIGN ->
		 * K); dropping a joiner may let its neighbours compose. */
		struct tk_buf *cur = p == st->a.data ? &st->a : &st->b;
		if (tk_fold_joiners(cur, 0)) {
			n = cur->len;
			if (o->form != TK_FORM_NONE)
				STAGE(tk_norm(o->form, p, n, dst_));
		}
	}
	if (o->squeeze)
		STAGE(tk_squeeze(&st->sq, p, n, last, dst_));
	if (n)
		tk_out_write(p, n);
}

/* Where to cut pending text of an unfinished line: before the last
 * ASCII blank, else (past CHUNK_MAX) at a normalization boundary, else
 * anywhere on a character boundary; 0: wait for more. */
static size_t cut_point(const struct state *st, const char *s, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = n - 1; i > 0; i--)
		if (s[i] == ' ' || s[i] == '\t')
			return i;
	if (n < CHUNK_MAX)
		return 0;
	size_t k = tk_norm_cut(st->o->form == TK_FORM_NONE ? TK_FORM_NFC
	                                                   : st->o->form, s, n);
	return k ? k : n;
}

/* The form alone, over blocks of whole lines (terminators included):
 * a line terminator is ASCII, hence a normalization boundary, so a block
 * normalizes as its lines would one by one, and a block that quick-check
 * passes (most text) is written as it is. */
static void process_block(struct state *st, const struct tk_record *r)
{
	char term = st->o->co.nul ? '\0' : '\n';
	if (!r->more && st->norm.carry.len == 0 &&
	    tk_norm_quick(st->o->form, r->p, r->len) == r->len) {
		tk_out_write(r->p, r->len);
	} else {
		tk_buf_clear(&st->a);
		tk_norm_feed(&st->norm, r->p, r->len, r->more, &st->a);
		if (st->a.len)
			tk_out_write(st->a.data, st->a.len);
	}
	/* A file's last line may lack its terminator. */
	if (!r->more && (r->len == 0 || r->p[r->len - 1] != term))
		tk_out_putc(term);
}

static void process(struct state *st, const struct tk_record *r)
{
	char term = st->o->co.nul ? '\0' : '\n';
	if (!r->more && st->pending.len == 0) {
		run_chunk(st, r->p, r->len, true, true);
		tk_out_putc(term);
		return;
	}
	tk_buf_add(&st->pending, r->p, r->len);
	if (!r->more) {
		run_chunk(st, st->pending.data, st->pending.len, st->line_start,
		          true);
		tk_buf_clear(&st->pending);
		st->line_start = true;
		tk_out_putc(term);
		return;
	}
	size_t k = cut_point(st, st->pending.data, st->pending.len);
	if (k > 0) {
		run_chunk(st, st->pending.data, k, st->line_start, false);
		st->line_start = false;
		tk_buf_consume(&st->pending, k);
	}
}

int main(int argc, char **argv)
{
	struct opts o = { 0 };
	tk_cli_init("normalize", argc, argv);
	parse(argc, argv, &o);

	struct state st = { 0 };
	st.o = &o;
	st.staged = o.kase != TK_CASE_NONE || o.fold.flags || o.squeeze ||
	            o.html || o.markdown;
	st.line_start = true;
	tk_html_init(&st.html);
	tk_norm_init(&st.norm, o.form);

	struct tk_input *in = tk_input_open(argv + optind, argc - optind, &o.co);
	struct tk_record r;
	if (st.staged)
		while (tk_input_next(in, &r))
			process(&st, &r);
	else
		while (tk_input_next_block(in, &r))
			process_block(&st, &r);
	int status = tk_input_close(in);
	tk_norm_free(&st.norm);
	tk_html_free(&st.html);
	tk_buf_free(&st.a);
	tk_buf_free(&st.b);
	tk_buf_free(&st.pending);
	return status | tk_out_close();
}
