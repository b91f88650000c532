/* sentence-split.c - text in, one sentence per line out.
 *
 * Glue only: options, the abbreviation list, and a window of decoded
 * text fed to lib/sentence.  The window holds what the splitter has not
 * consumed (one unfinished sentence, at most --max-length bytes) plus the
 * block just read, so memory stays bounded on any input. */
#include "text/abbrev.h"
#include "base/buf.h"
#include "cli/cli.h"
#include "cli/input.h"
#include "cli/output.h"
#include "cli/report.h"
#include "text/sentence.h"
#include "base/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
	OPT_ABBREV = TK_OPT_TOOL,
	OPT_UAX29,
	OPT_OFFSETS,
	OPT_MAX_LENGTH,
	OPT_NO_ABBREV,
	OPT_LINES,
	OPT_FORMAT,
};

static const char *const lines_names[] = { "auto", "join", "split", NULL };
/* --format: sentence lines, or one JSON object a sentence. */
enum format { FMT_TEXT, FMT_JSONL };
static const char *const format_names[] = { "text", "jsonl", NULL };

struct opts {
	const char *lang;
	bool paragraphs;
	bool offsets;
	enum format format;
	bool uax29;
	bool no_abbrev;
	enum tk_lines lines;
	uint64_t max_len;
	char **abbrev_files;
	int nabbrev;
	struct tk_common co;
};

static const struct tk_opt options[] = {
	{ "language", 'l', required_argument, "LANG",
	  "abbreviation list: de, en (default), es, fi,\n"
	  "fr, it, nl, pt, ru, sv" },
	{ "abbrev", OPT_ABBREV, required_argument, "FILE",
	  "add the abbreviations and sentence starters\n"
	  "in FILE (repeatable; format in\n"
	  "sentence-split(1))" },
	{ "no-abbrev", OPT_NO_ABBREV, no_argument, NULL,
	  "use no built-in list (only --abbrev files)" },
	{ "paragraphs", 'p', no_argument, NULL,
	  "print an empty line between paragraphs" },
	{ "offsets", OPT_OFFSETS, no_argument, NULL,
	  "prefix each sentence with its start and end\n"
	  "byte offsets in the input, each followed\n"
	  "by a tab" },
	{ "format", OPT_FORMAT, required_argument, "FORMAT",
	  "text (default) or jsonl: one JSON object a\n"
	  "sentence, its text, start and end byte\n"
	  "offsets and paragraph number" },
	{ "lines", OPT_LINES, required_argument, "POLICY",
	  "line breaks inside a paragraph: auto (default:\n"
	  "join wrapped lines, keep blocks apart), join,\n"
	  "or split (every line end ends a sentence)" },
	{ "uax29", OPT_UAX29, no_argument, NULL,
	  "plain Unicode UAX #29 sentence boundaries: no\n"
	  "abbreviation or line-structure rules" },
	{ "max-length", OPT_MAX_LENGTH, required_argument, "N",
	  "cut a sentence longer than N bytes (default\n"
	  "65536, at least 64)" },
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	    "Usage: sentence-split [OPTION]... [FILE]...\n"
	    "Split text into sentences, one per line, with white space squeezed.\n"
	    "\n", options);
}

struct out_ctx {
	const struct opts *o;
	uint64_t base;          /* stream offset of the window's start */
	uint64_t para;          /* paragraph number, from 1 */
	struct tk_buf line;
	char term;
};

/* --format=jsonl: {"text":..,"start":..,"end":..,"paragraph":..} */
static void put_json(struct out_ctx *oc, const struct tk_sentence *snt)
{
	tk_buf_clear(&oc->line);
	tk_sentence_squeeze(snt->p, snt->len, &oc->line);
	tk_out_str("{\"text\":");
	tk_report_json_string(oc->line.data, oc->line.len);
	tk_out_str(",\"start\":");
	tk_out_u64(oc->base + snt->offset);
	tk_out_str(",\"end\":");
	tk_out_u64(oc->base + snt->offset + snt->len);
	tk_out_str(",\"paragraph\":");
	tk_out_u64(oc->para);
	tk_out_str("}\n");
}

static int put_sentence(void *ctx, const struct tk_sentence *snt)
{
	struct out_ctx *oc = ctx;
	oc->para += snt->para;
	if (oc->o->format == FMT_JSONL) {
		put_json(oc, snt);
		return 0;
	}
	if (snt->para && oc->o->paragraphs)
		tk_out_putc(oc->term);
	if (oc->o->offsets) {
		tk_out_u64(oc->base + snt->offset);
		tk_out_putc('\t');
		tk_out_u64(oc->base + snt->offset + snt->len);
		tk_out_putc('\t');
	}
	/* Squeeze straight into the output buffer when it fits (it never
	 * grows): one copy instead of two. */
	if (snt->len > TK_OUT_CAP - tk_out_len)
		tk_out_flushbuf();
	if (snt->len <= TK_OUT_CAP - tk_out_len) {
		tk_out_len += tk_sentence_squeeze_to(snt->p, snt->len,
		                                     tk_out_buf + tk_out_len);
	} else {
		tk_buf_clear(&oc->line);
		tk_sentence_squeeze(snt->p, snt->len, &oc->line);
		tk_out_write(oc->line.data, oc->line.len);
	}
	tk_out_putc(oc->term);
	return 0;
}

static void process(struct tk_input *in, struct tk_splitter *sp,
                    struct out_ctx *oc)
{
	struct tk_buf win = TK_BUF_INIT;  /* unconsumed text, from oc->base */
	struct tk_record r;
	while (tk_input_next_block(in, &r)) {
		if (win.len == 0) {
			/* Feed the block in place; keep only its tail. */
			oc->base = r.offset;
			size_t used = tk_sentence_feed(sp, r.p, r.len, false,
			                               put_sentence, oc);
			tk_buf_add(&win, r.p + used, r.len - used);
			oc->base += used;
		} else {
			tk_buf_add(&win, r.p, r.len);
			size_t used = tk_sentence_feed(sp, win.data, win.len,
			                               false, put_sentence, oc);
			tk_buf_consume(&win, used);
			oc->base += used;
		}
	}
	tk_sentence_feed(sp, win.data, win.len, true, put_sentence, oc);
	tk_buf_free(&win);
}

int main(int argc, char **argv)
{
	struct opts o = { .lang = "en", .max_len = TK_SENTENCE_MAX };
	tk_cli_init("sentence-split", argc, argv);
	tk_cli_uses_sentences();
	o.abbrev_files = xnmalloc((size_t)argc, sizeof *o.abbrev_files);
	int c;
	while ((c = tk_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'l':
			o.lang = tk_abbrev_languages[tk_parse_keyword(
			    "--language", optarg, tk_abbrev_languages)];
			break;
		case OPT_ABBREV:
			o.abbrev_files[o.nabbrev++] = optarg;
			break;
		case OPT_NO_ABBREV:
			o.no_abbrev = true;
			break;
		case 'p':
			o.paragraphs = true;
			break;
		case OPT_OFFSETS:
			o.offsets = true;
			break;
		case OPT_LINES:
			o.lines = (enum tk_lines)tk_parse_keyword("--lines", optarg,
			                                          lines_names);
			break;
		case OPT_UAX29:
			o.uax29 = true;
			break;
		case OPT_FORMAT:
			o.format = (enum format)tk_parse_keyword("--format", optarg,
			                                         format_names);
			break;
		case OPT_MAX_LENGTH:
			o.max_len = tk_parse_u64("--max-length", optarg, 64,
			                         (uint64_t)1 << 40);
			break;
		default:
			tk_cli_common(c, optarg, &o.co, help);
		}
	}
	if (o.format == FMT_JSONL && (o.offsets || o.paragraphs))
		tk_usage_error("--format=jsonl writes the offsets and the "
		               "paragraph number itself: no --offsets or -p");

	struct tk_abbrev *ab = tk_abbrev_new();
	if (!o.no_abbrev)
		tk_abbrev_add_builtin(ab, o.lang);
	for (int i = 0; i < o.nabbrev; i++)
		tk_cli_abbrev_file(ab, o.abbrev_files[i]);
	struct tk_sentence_opts so = {
		.uax29 = o.uax29, .nul = o.co.nul, .max_len = (size_t)o.max_len,
		.lines = o.lines,
		.abbrev = ab,
	};
	struct tk_splitter *sp = tk_splitter_new(&so);
	struct out_ctx oc = { .o = &o, .para = 1,
	                      .term = o.co.nul ? '\0' : '\n' };

	struct tk_input *in = tk_input_open(argv + optind, argc - optind, &o.co);
	process(in, sp, &oc);
	int status = tk_input_close(in);
	tk_splitter_free(sp);
	tk_abbrev_free(ab);
	tk_buf_free(&oc.line);
	free(o.abbrev_files);
	return status | tk_out_close();
}
