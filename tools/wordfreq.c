/* wordfreq.c - placeholder until the tool lands: the common part only
 * (options, input decoding, records to stdout). */
#include "cli.h"
#include "input.h"
#include "output.h"

#include <stdlib.h>

static void help(void)
{
	tk_out_str("Usage: wordfreq [OPTION]... [FILE]...\n"
	           "Copy decoded text to standard output (work in progress).\n");
	tk_cli_common_help(true);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		TK_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct tk_common co = { 0 };
	tk_cli_init("wordfreq", argc, argv);
	int c;
	while ((c = getopt_long(argc, argv, TK_COMMON_SHORTOPTS, longopts, NULL)) != -1)
		tk_cli_common(c, optarg, &co, help);
	struct tk_input *in = tk_input_open(argv + optind, argc - optind, &co);
	struct tk_record r;
	while (tk_input_next(in, &r)) {
		tk_out_write(r.p, r.len);
		if (!r.more)
			tk_out_putc(co.nul ? '\0' : '\n');
	}
	int status = tk_input_close(in);
	return status | tk_out_close();
}
