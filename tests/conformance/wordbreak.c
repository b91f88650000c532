/* wordbreak.c - runs Unicode's WordBreakTest.txt against lib/wordbreak:
 * both the fast path (tk_wordbreaks) and libunistring alone must give
 * the listed boundaries.  Runner, usage and output: breaktest.h. */
#include "breaktest.h"
#include "text/wordbreak.h"

int main(int argc, char **argv)
{
	static const struct breaktest t = {
		.name = "wordbreak",
		.default_file = "/usr/share/unicode/auxiliary/WordBreakTest.txt",
		.impl = { { "fast path", tk_wordbreaks },
		          { "libunistring", tk_wordbreaks_slow } },
	};
	return breaktest_main(&t, argc, argv);
}
