/* graphemebreak.c - runs Unicode's GraphemeBreakTest.txt against
 * lib/grapheme: both the fast path (tk_grapheme_breaks) and libunistring
 * alone must give the listed cluster boundaries, which are what ngram
 * --chars counts.  Runner, usage and output: breaktest.h. */
#include "breaktest.h"
#include "text/grapheme.h"

int main(int argc, char **argv)
{
	static const struct breaktest t = {
		.name = "graphemebreak",
		.default_file = "/usr/share/unicode/auxiliary/GraphemeBreakTest.txt",
		.impl = { { "fast path", tk_grapheme_breaks },
		          { "libunistring", tk_grapheme_breaks_slow } },
	};
	return breaktest_main(&t, argc, argv);
}
