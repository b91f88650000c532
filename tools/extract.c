/* extract.c - an HTML page (or a text/Markdown page) in, the article's
 * main content out, one block per line.
 *
 * Glue only: options, reading each page whole (each FILE, or each
 * NUL-terminated record with -z, is one page, at most PAGE_MAX bytes),
 * choosing its encoding (--encoding, else the page's BOM or <meta
 * charset>, else UTF-8), then lib/text/htmlblocks segments it and
 * lib/count/extract chooses and renders the blocks. */
#include "base/buf.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/input.h"
#include "cli/opts.h"
#include "cli/output.h"
#include "count/extract.h"
#include "text/decode.h"
#include "text/htmlblocks.h"
#include "text/sniff.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The bytes of one page kept; the rest is read and dropped with a
 * warning.  Memory is a small multiple of this. */
#define PAGE_MAX ((size_t)64 << 20)
#define READ_SIZE ((size_t)1 << 16)
#define RAW_KEEP ((size_t)8 << 20)

enum {
	OPT_FORMAT = TK_OPT_TOOL,
	OPT_WITH_TITLE,
	OPT_MIN_LENGTH,
	OPT_LANG,
	OPT_KEEP_LINKS,
};

struct opts {
	struct tk_extract_opts xo;
	bool keep_links;
	struct tk_common co;
};

struct state {
	const struct opts *o;
	struct tk_extractor *x;
	struct tk_hblocks hb;
	struct tk_buf raw;      /* the page's bytes */
	struct tk_buf text;     /* decoded */
	struct tk_buf out;      /* rendered */
	bool truncated;
	bool aborted;           /* --invalid=fail hit: stop all input */
	int status;
	size_t pages;
};

static const char *const formats[] = { "text", "markdown", "jsonl", NULL };

static const struct tk_opt options[] = {
	{ "format", OPT_FORMAT, required_argument, "FORMAT",
	  "text (default), markdown, or jsonl (one JSON\n"
	  "object per page: title, author, date, lang,\n"
	  "url, text)" },
	{ "with-title", OPT_WITH_TITLE, no_argument, NULL,
	  "print the page's title as the first block\n"
	  "(without it, the headline is left out)" },
	{ "min-length", OPT_MIN_LENGTH, required_argument, "N",
	  "drop kept blocks shorter than N characters\n"
	  "(headings and table rows excepted; default 0)" },
	{ "lang", OPT_LANG, required_argument, "LANG",
	  "stop-word model: de, en, es, fr, it, nl, pt,\n"
	  "ru (default: <html lang>, else guessed from\n"
	  "the text)" },
	{ "keep-links", OPT_KEEP_LINKS, no_argument, NULL,
	  "keep link targets: text <url>, or [text](url)\n"
	  "with --format=markdown" },
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	    "Usage: extract [OPTION]... [FILE]...\n"
	    "Print the main content of HTML pages (or of pages saved as text or\n"
	    "Markdown, one block per line): the article's headings, paragraphs,\n"
	    "list items, quotes, table rows and captions, one block per line with\n"
	    "an empty line between blocks, without navigation, headers, footers,\n"
	    "sidebars, comments, share boxes, related links and ads.  Each FILE\n"
	    "is one page; with -z, each NUL-terminated record of the input is one\n"
	    "page and each page's output ends with NUL.  A page's encoding is\n"
	    "--encoding, else its byte order mark or <meta charset>, else UTF-8.\n"
	    "\n", options);
}

/* Decode, extract and print the page in st->raw. */
static void do_page(struct state *st, const char *name)
{
	const struct opts *o = st->o;
	char label[64];
	const char *enc = o->co.encoding;
	if (!enc && tk_html_sniff_charset(st->raw.data, st->raw.len, label,
	                                  sizeof label) &&
	    strcmp(label, "utf-8") != 0 && tk_decoder_encoding_ok(label))
		enc = label;
	struct tk_decoder *dec = tk_decoder_new(enc, o->co.invalid);
	if (!dec)
		dec = tk_decoder_new(NULL, o->co.invalid);
	tk_buf_clear(&st->text);
	int rc = tk_decoder_feed(dec, st->raw.data, st->raw.len, &st->text);
	if (rc == TK_OK)
		rc = tk_decoder_finish(dec, &st->text);
	/* a page read as UTF-8 with invalid bytes: name the likely
	 * encoding (a page that declares none) */
	const char *hint = !enc && !strcmp(tk_decoder_encoding(dec), "UTF-8")
	                 ? tk_sniff_encoding(st->raw.data,
	                                     st->raw.len < TK_SNIFF_SAMPLE
	                                     ? st->raw.len : TK_SNIFF_SAMPLE)
	                 : NULL;
	if (rc == TK_EILSEQ) {
		tk_input_warn_failed(name, dec, hint);
		tk_decoder_free(dec);
		st->status = 1;
		st->aborted = true;
		return;
	}
	tk_input_warn_invalid(name, dec, o->co.invalid, hint);
	tk_decoder_free(dec);
	/* The bytes are decoded: a big page's buffer goes now, so that the
	 * peak holds the page twice (decoded, and as blocks), not three
	 * times. */
	if (st->raw.cap > RAW_KEEP)
		tk_buf_free(&st->raw);

	if (tk_sniff_html(st->text.data, st->text.len))
		tk_hblocks_parse_html(&st->hb, st->text.data, st->text.len);
	else
		tk_hblocks_parse_text(&st->hb, st->text.data, st->text.len);
	tk_extract(st->x, &st->hb, &o->xo, &st->out);
	if (st->out.len)
		tk_out_write(st->out.data, st->out.len);
	if (o->xo.format != TK_EXTRACT_JSONL) {
		if (o->co.nul)
			tk_out_putc('\0');
		else if (st->out.len)
			tk_out_putc('\n');
	}
	st->pages++;
	/* After the page's output: a closed pipe ends the program first,
	 * quietly. */
	if (st->truncated)
		tk_warn_file(name, "page longer than %zu MiB: only its start "
		             "is read", PAGE_MAX >> 20);
	st->truncated = false;
}

static void add_raw(struct state *st, const char *p, size_t n)
{
	size_t room = PAGE_MAX - st->raw.len;
	if (n > room) {
		st->truncated = true;
		n = room;
	}
	tk_buf_add(&st->raw, p, n);
}

/* Read one operand: one page, or with -z one page per record. */
static void do_file(struct state *st, const char *op)
{
	const char *name = tk_file_name(op);
	int fd = 0;
	if (strcmp(op, "-") != 0) {
		fd = open(op, O_RDONLY);
		if (fd < 0) {
			tk_warn_errno(op, errno);
			st->status = 1;
			return;
		}
	}
	char *blk = xmalloc(READ_SIZE);
	tk_buf_clear(&st->raw);
	st->truncated = false;
	for (;;) {
		ssize_t r = read(fd, blk, READ_SIZE);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			tk_warn_errno(name, errno);
			st->status = 1;
			break;
		}
		if (r == 0)
			break;
		size_t i = 0, n = (size_t)r;
		while (st->o->co.nul && i < n) {
			const char *z = memchr(blk + i, '\0', n - i);
			if (!z)
				break;
			add_raw(st, blk + i, (size_t)(z - blk) - i);
			do_page(st, name);
			if (st->aborted)
				goto done;
			tk_buf_clear(&st->raw);
			i = (size_t)(z - blk) + 1;
		}
		add_raw(st, blk + i, n - i);
	}
	/* The last page (with -z: a record without its NUL, if any). */
	if (st->raw.len || !st->o->co.nul)
		do_page(st, name);
done:
	free(blk);
	if (fd > 0)
		close(fd);
}

int main(int argc, char **argv)
{
	struct opts o = { .xo = { .format = TK_EXTRACT_TEXT } };
	tk_cli_init("extract", argc, argv);
	int c;
	while ((c = tk_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case OPT_FORMAT:
			o.xo.format = (enum tk_extract_format)tk_parse_keyword(
			    "--format", optarg, formats);
			break;
		case OPT_WITH_TITLE:
			o.xo.with_title = true;
			break;
		case OPT_MIN_LENGTH:
			o.xo.min_length = (size_t)tk_parse_u64(
			    "--min-length", optarg, 0, 1u << 30);
			break;
		case OPT_LANG:
			o.xo.lang = tk_extract_languages[tk_parse_keyword(
			    "--lang", optarg, tk_extract_languages)];
			break;
		case OPT_KEEP_LINKS:
			o.keep_links = true;
			break;
		default:
			tk_cli_common(c, optarg, &o.co, help);
		}
	}

	struct state st = { .o = &o, .x = tk_extractor_new() };
	tk_hblocks_init(&st.hb);
	st.hb.links = !o.keep_links ? TK_HB_LINKS_TEXT
	              : o.xo.format == TK_EXTRACT_MARKDOWN ? TK_HB_LINKS_MD
	                                                   : TK_HB_LINKS_ANGLE;
	if (optind >= argc)
		do_file(&st, "-");
	for (int i = optind; i < argc && !st.aborted; i++)
		do_file(&st, argv[i]);
	tk_hblocks_free(&st.hb);
	tk_extractor_free(st.x);
	tk_buf_free(&st.raw);
	tk_buf_free(&st.text);
	tk_buf_free(&st.out);
	return st.status | tk_out_close();
}
