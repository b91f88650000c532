/* sentencebreak.c - runs Unicode's SentenceBreakTest.txt against
 * tk_sentence_uax29(), whose Sentence_Break table is lib/text/gen/sentbreak.c
 * (generated from the same Unicode release as the installed test file,
 * or an older one).  A line holding a code point that both this table
 * and libunistring leave unassigned is skipped; with matching versions
 * none are.  Runner, usage and output: breaktest.h. */
#include "breaktest.h"
#include "text/sentence.h"

struct marks {
	char *p;
	size_t n;
	bool start, end; /* SB1 and SB2 reported */
};

static void mark(void *ctx, size_t b)
{
	struct marks *m = ctx;
	if (b == 0)
		m->start = true;
	else if (b == m->n)
		m->end = true;
	else if (b < m->n)
		m->p[b] = 1;
}

/* The boundaries as flags; the always-present breaks at the start and
 * the end of text (SB1, SB2) must be reported too, or every flag is
 * spoilt so that the line fails. */
static void sentence_breaks(const char *s, size_t n, char *p)
{
	struct marks m = { p, n, false, false };
	memset(p, 0, n);
	tk_sentence_uax29(s, n, mark, &m);
	if (!m.start || !m.end)
		memset(p, 2, n);
}

static bool unknown(tk_char c)
{
	return c > 0x7F && tk_sb_prop(c) == TK_SB_OTHER &&
	       breaktest_unassigned(c);
}

int main(int argc, char **argv)
{
	static const struct breaktest t = {
		.name = "sentencebreak",
		.default_file = "/usr/share/unicode/auxiliary/SentenceBreakTest.txt",
		.impl = { { "tk_sentence_uax29", sentence_breaks } },
		.unknown = unknown,
	};
	printf("Unicode %s table\n", tk_sb_unicode_version);
	return breaktest_main(&t, argc, argv);
}
