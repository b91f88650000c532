/* graphemebreak.c - runs Unicode's GraphemeBreakTest.txt against
 * lib/grapheme: both the fast path (tk_grapheme_breaks) and libunistring
 * alone must give the listed cluster boundaries, which are what ngram
 * --chars counts.  A line with a code point the installed libunistring
 * does not know (unassigned in its Unicode version) is skipped: its
 * properties, and so its boundaries, are undefined there.
 *
 * Usage: graphemebreak [GraphemeBreakTest.txt]; prints failures and the
 * summary "graphemebreak: N passed, N failed, N skipped" (test lines);
 * exit status 1 on a failure.  Without the file (package unicode-data)
 * it reports one skipped test and exits 0. */
#include "utf8.h"
#include "grapheme.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

#define DEFAULT_FILE "/usr/share/unicode/auxiliary/GraphemeBreakTest.txt"

/* Parse one test line into UTF-8 text and expected boundary flags
 * (want[i] = 1: boundary before byte i, for 0 < i < n).  Returns false
 * for a line without a test.  *unknown: a code point libunistring does
 * not know. */
static bool parse(const char *line, char *text, char *want, size_t *n,
                  bool *unknown)
{
	size_t len = 0;
	bool any = false;
	*unknown = false;
	const char *p = line;
	int pending = -1; /* boundary mark before the next character */
	while (*p && *p != '#' && *p != '\n') {
		if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0xB7) {
			pending = 1; /* U+00F7 DIVISION SIGN: break */
			p += 2;
		} else if ((unsigned char)p[0] == 0xC3 &&
		           (unsigned char)p[1] == 0x97) {
			pending = 0; /* U+00D7 MULTIPLICATION SIGN: no break */
			p += 2;
		} else if (*p == ' ' || *p == '\t') {
			p++;
		} else {
			char *end;
			unsigned long cp = strtoul(p, &end, 16);
			if (end == p)
				return false;
			p = end;
			if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
			    uc_is_general_category((ucs4_t)cp, UC_CATEGORY_Cn))
				*unknown = true;
			if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
				cp = 0xFFFD;
			int l = tk_utf8_encode((tk_char)cp, text + len);
			memset(want + len, 0, (size_t)l);
			if (len > 0)
				want[len] = (char)(pending == 1);
			len += (size_t)l;
			any = true;
		}
	}
	*n = len;
	return any;
}

static void show(const char *what, const char *line, const char *got,
                 size_t n)
{
	printf("FAIL %s: %s  got:", what, line);
	for (size_t i = 1; i < n; i++)
		if (got[i])
			printf(" %zu", i);
	printf("\n");
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : DEFAULT_FILE;
	FILE *f = fopen(path, "r");
	if (!f) {
		printf("graphemebreak: %s not found, conformance test skipped\n", path);
		printf("graphemebreak: 0 passed, 0 failed, 1 skipped\n");
		return 0;
	}
	char *line = NULL;
	size_t cap = 0;
	long passed = 0, failed = 0, skipped = 0;
	while (getline(&line, &cap, f) != -1) {
		size_t sz = strlen(line) * 4 + 16, n;
		char *text = xmalloc(sz), *want = xmalloc(sz), *got = xmalloc(sz);
		bool unknown;
		if (parse(line, text, want, &n, &unknown)) {
			if (unknown) {
				skipped++;
			} else {
				bool ok = true;
				tk_grapheme_breaks(text, n, got);
				if (memcmp(got + 1, want + 1, n - 1) != 0) {
					show("fast path", line, got, n);
					ok = false;
				}
				tk_grapheme_breaks_slow(text, n, got);
				if (memcmp(got + 1, want + 1, n - 1) != 0) {
					show("libunistring", line, got, n);
					ok = false;
				}
				if (ok)
					passed++;
				else
					failed++;
			}
		}
		free(text);
		free(want);
		free(got);
	}
	free(line);
	fclose(f);
	printf("graphemebreak: %ld passed, %ld failed, %ld skipped\n", passed,
	       failed, skipped);
	return failed ? 1 : 0;
}
