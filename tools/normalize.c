/* normalize.c - Unicode and article-text normalization filter.
 *
 * One output line per input line, except with --blocks.  Each line goes
 * through a fixed pipeline of lib functions, the stages chosen once from
 * the options: markdown -> html -> footnotes -> fold (invisible,
 * punctuation, accents, ASCII) -> case -> normalization form -> squeeze.
 * With --blocks, the markup stages mark block boundaries and line breaks
 * (lib/text/markup.h); the text between marks runs through the later
 * stages as a line of its own, and the writer turns the marks into line
 * ends: one blank line between blocks, never two, none at the ends.
 * With --blocks, --html and --markdown (--article), HTML runs first and
 * Markdown sees each stretch between HTML's marks as a line.  The form comes after the
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
	bool squeeze, html, markdown, footnotes, blocks;
	struct tk_common co;
};

struct state {
	const struct opts *o;
	bool staged;            /* any stage besides the form */
	struct tk_html html;
	struct tk_md md;
	struct tk_footnotes fn;
	struct tk_squeeze sq;
	struct tk_norm norm;
	struct tk_buf a, b;     /* stage buffers, ping-pong */
	struct tk_buf pending;  /* a long line's text not yet cut */
	struct tk_buf marked;   /* --blocks: markup output, cut at marks */
	struct tk_buf html_out, md_out; /* --blocks: HTML, then Markdown */
	bool line_start;
	/* --blocks writer */
	bool blank_line;        /* the input line so far is blank */
	int out_state;          /* W_START, W_TEXT, W_EOL, W_BLANK */
	int out_break;          /* pending break: 0, W_LINE, W_BLOCK */
};

enum { W_START, W_TEXT, W_EOL, W_BLANK };
enum { W_LINE = 1, W_BLOCK };

enum {
	OPT_LANG = TK_OPT_TOOL,
	OPT_ASCII,
	OPT_REPLACEMENT,
	OPT_HTML,
	OPT_MARKDOWN,
	OPT_FOOTNOTES,
	OPT_BLOCKS,
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
	{ "footnotes", OPT_FOOTNOTES, no_argument, NULL,
	  "drop footnote references glued to a word or\n"
	  "period: [1], [1][2], [^1], [citation needed]" },
	{ "blocks", OPT_BLOCKS, no_argument, NULL,
	  "keep block structure: each heading, list item,\n"
	  "table cell, HTML block and paragraph a block,\n"
	  "one blank line between blocks" },
	{ "article", 'A', no_argument, NULL,
	  "preset for scraped articles: --html --markdown\n"
	  "--footnotes --blocks --invisible --punct\n"
	  "--squeeze, form NFC" },
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	"Usage: normalize [OPTION]... [FILE]...\n"
	"Normalize text for analysis: Unicode normalization form, case,\n"
	"punctuation, accents, white space, invisible characters, HTML and\n"
	"Markdown residue.  One output line per input line (except --blocks).\n"
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
		case OPT_FOOTNOTES: o->footnotes = true; break;
		case OPT_BLOCKS: o->blocks = true; break;
		case 'A':
			o->html = o->markdown = o->squeeze = true;
			o->footnotes = o->blocks = true;
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

/* --blocks writer: text, and breaks that come out only before more
 * text (so none at the start or end, and one blank line at most). */
static void put_break(struct state *st, int kind)
{
	if (kind > st->out_break)
		st->out_break = kind;
}

static void put_text(struct state *st, const char *p, size_t n)
{
	if (n == 0)
		return;
	if (st->out_state != W_TEXT || st->out_break) {
		size_t k = 0; /* no line of blanks alone */
		while (k < n && (p[k] == ' ' || p[k] == '\t'))
			k++;
		if (k == n)
			return;
	}
	if (st->out_break && st->out_state == W_TEXT) {
		tk_out_putc('\n');
		st->out_state = W_EOL;
	}
	if (st->out_break == W_BLOCK && st->out_state == W_EOL)
		tk_out_putc('\n');
	st->out_break = 0;
	tk_out_write(p, n);
	st->out_state = W_TEXT;
}

/* The stages after markup, on text without marks; last: it ends a
 * line. */
static void finish(struct state *st, const char *s, size_t n, bool last)
{
	const struct opts *o = st->o;
	const char *p = s;
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
	if (o->blocks)
		put_text(st, p, n);
	else if (n)
		tk_out_write(p, n);
}

static const char *next_mark(const char *p, const char *e)
{
	while (p < e && *p != TK_MARK_BLOCK && *p != TK_MARK_LINE)
		p++;
	return p;
}

/* Text with block marks: the stages after markup on each stretch
 * between marks, the marks to the writer.  first/last: s starts/ends
 * the input line. */
static void finish_marked(struct state *st, const char *s, size_t n,
                          bool first, bool last)
{
	const char *m = s, *e = s + n;
	while (m < e) {
		const char *q = next_mark(m, e);
		/* A rule that only the HTML stage set apart ("<p>***") */
		bool whole = (m > s || first) && (q < e || last);
		if (whole && st->o->markdown && tk_markdown_rule(m, (size_t)(q - m)))
			put_break(st, W_BLOCK);
		else
			finish(st, m, (size_t)(q - m), q < e || last);
		if (q < e)
			put_break(st, *q == TK_MARK_BLOCK ? W_BLOCK : W_LINE);
		m = q + (q < e);
	}
	if (n == 0 && last)
		finish(st, s, 0, true);
}

/* --blocks with HTML and Markdown: HTML first, so that the Markdown
 * stage sees each block's text at a line start ("<p>- item</p>", "<td>|
 * x"); Markdown and footnotes then run on each stretch between the HTML
 * marks, as lines of their own. */
static void run_blocks(struct state *st, const char *s, size_t n,
                       bool first, bool last)
{
	tk_buf_clear(&st->html_out);
	tk_html(&st->html, s, n, first, last, &st->html_out);
	const char *m = st->html_out.data, *e = m + st->html_out.len;
	do {
		const char *q = next_mark(m, e);
		bool seg_first = m > st->html_out.data || first;
		bool seg_last = q < e || last;
		tk_buf_clear(&st->md_out);
		tk_markdown(&st->md, m, (size_t)(q - m), seg_first, seg_last,
		            &st->md_out);
		struct tk_buf *t = &st->md_out;
		if (st->o->footnotes) {
			tk_buf_clear(&st->marked);
			tk_footnotes(&st->fn, t->data, t->len, seg_first, &st->marked);
			t = &st->marked;
		}
		finish_marked(st, t->data, t->len, seg_first, seg_last);
		if (q < e)
			put_break(st, *q == TK_MARK_BLOCK ? W_BLOCK : W_LINE);
		m = q + (q < e);
	} while (m < e);
}

/* One piece of a line through every stage; first/last: it starts/ends
 * the line. */
static void run_chunk(struct state *st, const char *s, size_t n,
                      bool first, bool last)
{
	const struct opts *o = st->o;
	const char *p = s;
	if (o->blocks)
		for (size_t i = 0; i < n && st->blank_line; i++)
			st->blank_line = s[i] == ' ' || s[i] == '\t';
	if (o->blocks && o->html && o->markdown) {
		run_blocks(st, s, n, first, last);
		return;
	}
	if (o->markdown)
		STAGE(tk_markdown(&st->md, p, n, first, last, dst_));
	if (o->html)
		STAGE(tk_html(&st->html, p, n, first, last, dst_));
	if (o->footnotes)
		STAGE(tk_footnotes(&st->fn, p, n, first, dst_));
	if (!o->blocks || (!o->markdown && !o->html)) {
		finish(st, p, n, last);
		return;
	}
	/* the later stages reuse a and b */
	tk_buf_clear(&st->marked);
	tk_buf_add(&st->marked, p, n);
	finish_marked(st, st->marked.data, st->marked.len, first, last);
}

/* --blocks: the end of an input line (or -z record). */
static void end_line(struct state *st)
{
	if (!st->o->co.nul) {
		put_break(st, st->blank_line ? W_BLOCK : W_LINE);
	} else { /* one record out per record in */
		tk_out_putc('\0');
		st->out_state = W_START;
		st->out_break = 0;
	}
	st->blank_line = true;
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
		if (st->o->blocks)
			end_line(st);
		else
			tk_out_putc(term);
		return;
	}
	tk_buf_add(&st->pending, r->p, r->len);
	if (!r->more) {
		run_chunk(st, st->pending.data, st->pending.len, st->line_start,
		          true);
		tk_buf_clear(&st->pending);
		st->line_start = true;
		if (st->o->blocks)
			end_line(st);
		else
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
	            o.html || o.markdown || o.footnotes || o.blocks;
	st.line_start = true;
	st.blank_line = true;
	tk_html_init(&st.html);
	st.html.blocks = o.blocks;
	st.md.flags = (o.html ? 0 : TK_MD_TAGS) | (o.blocks ? TK_MD_BLOCKS : 0);
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
	if (o.blocks && st.out_state == W_TEXT)
		tk_out_putc('\n');
	tk_norm_free(&st.norm);
	tk_html_free(&st.html);
	tk_buf_free(&st.a);
	tk_buf_free(&st.b);
	tk_buf_free(&st.pending);
	tk_buf_free(&st.marked);
	tk_buf_free(&st.html_out);
	tk_buf_free(&st.md_out);
	return status | tk_out_close();
}
