/* sentencebreak.c - runs Unicode's SentenceBreakTest.txt against
 * tk_sentence_uax29().
 *
 * Usage: sentencebreak FILE.  Each test line lists code points with "÷"
 * (break) or "×" (no break) between them; the line passes when the
 * boundaries found are exactly the "÷" positions.  Lines holding a code
 * point that the table (lib/gen/sentbreak.c, generated from the same
 * Unicode release as the installed test file, or an older one) does not
 * know would be skipped; with matching versions none are.  Prints
 * failures and "sentencebreak: N passed, N failed, N skipped". */
#include "sentence.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

struct got {
	size_t b[256];
	size_t n;
};

static void collect(void *ctx, size_t b)
{
	struct got *g = ctx;
	if (g->n < 256)
		g->b[g->n++] = b;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: sentencebreak SentenceBreakTest.txt\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "r");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	char line[8192];
	int passed = 0, failed = 0, skipped = 0, lineno = 0;
	while (fgets(line, sizeof line, f)) {
		lineno++;
		char *hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		char text[1024];
		size_t tn = 0, want[256], nw = 0;
		bool skip = false, any = false;
		for (char *p = line; *p;) {
			if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0xB7) {
				want[nw++] = tn; /* ÷ */
				p += 2;
			} else if ((unsigned char)p[0] == 0xC3 &&
			           (unsigned char)p[1] == 0x97) {
				p += 2; /* × */
			} else if ((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'F')) {
				char *e;
				unsigned long cp = strtoul(p, &e, 16);
				p = e;
				if (tk_sb_prop((tk_char)cp) == TK_SB_OTHER &&
				    uc_general_category((ucs4_t)cp).bitmask ==
				        UC_CATEGORY_Cn.bitmask && cp > 0x7F)
					skip = true; /* unknown to both */
				tn += (size_t)tk_utf8_encode((tk_char)cp, text + tn);
				any = true;
			} else
				p++;
		}
		if (!any)
			continue;
		if (skip) {
			skipped++;
			continue;
		}
		struct got g = { .n = 0 };
		tk_sentence_uax29(text, tn, collect, &g);
		/* The test lists a break at 0 (SB1) and at the end (SB2). */
		bool ok = g.n == nw && memcmp(g.b, want, nw * sizeof *want) == 0;
		if (ok)
			passed++;
		else {
			failed++;
			if (failed <= 20) {
				printf("FAIL line %d: want", lineno);
				for (size_t i = 0; i < nw; i++)
					printf(" %zu", want[i]);
				printf("; got");
				for (size_t i = 0; i < g.n; i++)
					printf(" %zu", g.b[i]);
				printf("\n");
			}
		}
	}
	fclose(f);
	printf("Unicode %s table\n", tk_sb_unicode_version);
	printf("sentencebreak: %d passed, %d failed, %d skipped\n", passed,
	       failed, skipped);
	return failed ? 1 : 0;
}
