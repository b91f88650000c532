/* kwic - keyword in context: every occurrence of a token (or a phrase
 * of tokens) with the text around it, one aligned line per hit.  Glue
 * only: lib/text/tokmatch finds, lib/cli/kwic cuts the contexts and
 * writes the lines. */
#include "cli/cli.h"
#include "cli/input.h"
#include "cli/kwic.h"
#include "cli/output.h"
#include "cli/stemopt.h"
#include "text/tokmatch.h"

#include <string.h>

enum {
	OPT_TOKENS = TK_OPT_TOOL,
	OPT_REGEX,
	OPT_PHRASE,
	OPT_CASE,
	OPT_SORT,
	OPT_OFFSETS,
	OPT_FORMAT,
	OPT_STEM,
};

struct opts {
	struct tk_common co;
	struct tk_kwic_opts k;
	struct tk_tokmatch_opts m;
};

static const struct tk_opt options[] = {
	TK_OPT_SECTION("\nWhat is found:"),
	{ "regex", OPT_REGEX, no_argument, NULL,
	  "PATTERN is a POSIX extended regular expression\n"
	  "matched against the whole folded token (bytes,\n"
	  "as in the C locale)" },
	{ "phrase", OPT_PHRASE, no_argument, NULL,
	  "PATTERN is several tokens in a row (with\n"
	  "--regex: one expression per word)" },
	{ "case-sensitive", OPT_CASE, no_argument, NULL,
	  "match 'The' and 'the' apart (default: full\n"
	  "Unicode case folding, as wordfreq)" },
	{ "stem", OPT_STEM, required_argument, "LANG",
	  "match the stems of words (the Snowball stemmer\n"
	  "of LANG, after case folding; 'list' lists the\n"
	  "languages)" },
	TK_OPT_SECTION("\nWhat is printed:"),
	{ "width", 'w', required_argument, "N",
	  "N display columns of context on each side\n"
	  "(default 35; wide characters count two)" },
	{ "tokens", OPT_TOKENS, required_argument, "N",
	  "at most N words of context on each side (and\n"
	  "at most the --width)" },
	{ "sort", OPT_SORT, required_argument, "KEY",
	  "collect the hits and sort them by the keyword\n"
	  "(key), or by the keyword and then the 1st, 2nd\n"
	  "or 3rd word to the left (1L, 2L, 3L) or right\n"
	  "(1R, 2R, 3R); stable, in byte order" },
	{ "with-filename", 'H', no_argument, NULL,
	  "start each line with the file name" },
	{ "offsets", OPT_OFFSETS, no_argument, NULL,
	  "add the byte offset of the keyword in its file" },
	{ "format", OPT_FORMAT, required_argument, "FORMAT",
	  "output format: text (aligned, the default),\n"
	  "tsv (left, keyword, right) or jsonl" },
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	    "Usage: kwic [OPTION]... PATTERN [FILE]...\n"
	    "Print each occurrence of the token PATTERN (case-folded) with its\n"
	    "left and right context, one line per hit, the keywords aligned in\n"
	    "one column.\n"
	    "\n", options);
}

static void parse_options(int argc, char **argv, struct opts *o)
{
	int c;
	while ((c = tk_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case OPT_REGEX: o->m.regex = true; break;
		case OPT_PHRASE: o->m.phrase = true; break;
		case OPT_CASE: o->m.case_sensitive = true; break;
		case OPT_STEM: o->m.stem = tk_stem_option(optarg); break;
		case 'w':
			o->k.width = tk_parse_u64("--width", optarg, 1, 100000);
			break;
		case OPT_TOKENS:
			o->k.tokens = tk_parse_u64("--tokens", optarg, 1, 100000);
			break;
		case OPT_SORT:
			tk_kwic_sort_parse(tk_parse_keyword("--sort", optarg,
			                                    tk_kwic_sort_names),
			                   &o->k);
			break;
		case 'H': o->k.with_filename = true; break;
		case OPT_OFFSETS: o->k.offsets = true; break;
		case OPT_FORMAT:
			o->k.format = tk_parse_keyword("--format", optarg,
			                               tk_kwic_format_names);
			break;
		default: tk_cli_common(c, optarg, &o->co, help); break;
		}
	}
	if (o->m.stem && o->m.case_sensitive)
		tk_usage_error("--stem stems case-folded words: not with "
		               "--case-sensitive");
	o->k.nul = o->co.nul;
}

int main(int argc, char **argv)
{
	struct opts o = { .k = { .width = 35 } };
	tk_cli_init("kwic", argc, argv);
	tk_cli_uses_tokenizer();
	parse_options(argc, argv, &o);
	if (optind == argc)
		tk_usage_error("missing PATTERN");
	const char *pat = argv[optind++];
	struct tk_tokmatch *m;
	char err[512];
	if (tk_tokmatch_new(pat, strlen(pat), &o.m, &m, err, sizeof err))
		tk_usage_error("%s", err);
	struct tk_kwic *k = tk_kwic_new(&o.k, m);
	struct tk_input *in = tk_input_open(argv + optind, argc - optind, &o.co);
	struct tk_record r;
	tk_input_lookahead(in, tk_kwic_tokenizer(k));
	while (tk_input_next(in, &r))
		tk_kwic_record(k, &r, tk_input_file(in));
	tk_kwic_finish(k);
	int status = tk_input_close(in);
	tk_kwic_free(k);
	tk_tokmatch_free(m);
	return status | tk_out_close();
}
