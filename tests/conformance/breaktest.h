/* breaktest.h - the runner shared by the conformance programs for
 * Unicode's *BreakTest.txt files (UAX #29 grapheme, word and sentence
 * boundaries): one test per line, code points in hex with "÷" (break) or
 * "×" (no break) between them, a comment after "#".
 *
 * A program fills a struct breaktest with its suite name, the test file
 * it reads by default, the implementations to check and the code points
 * to skip, and returns breaktest_main(&t, argc, argv).  Each
 * implementation writes boundary flags in libunistring's convention:
 * p[i] = 1 when a boundary falls between byte i-1 and byte i, compared
 * for 0 < i < n (the start and the end of text are always boundaries).
 * A line passes when every implementation gives exactly the listed
 * breaks; a line with a code point the implementations do not know
 * (unassigned in their Unicode version) is skipped and counted, since
 * its properties, and so its boundaries, are undefined there.
 *
 * Usage of such a program: NAME [FILE]; it prints failures and the
 * summary "NAME: N passed, N failed, N skipped" (test lines); exit
 * status 1 on a failure.  Without the file (package unicode-data) it
 * reports one skipped test and exits 0.  Lines of any length. */
#ifndef TK_BREAKTEST_H
#define TK_BREAKTEST_H

#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

struct breaktest_impl {
	const char *label;                          /* "fast path" */
	void (*breaks)(const char *s, size_t n, char *p);
};

struct breaktest {
	const char *name;          /* the suite: "wordbreak" */
	const char *default_file;
	struct breaktest_impl impl[2]; /* label NULL: unused */
	bool (*unknown)(tk_char c);    /* NULL: unassigned in libunistring */
};

/* Unassigned (general category Cn) in the installed libunistring. */
static inline bool breaktest_unassigned(tk_char c)
{
	return uc_is_general_category((ucs4_t)c, UC_CATEGORY_Cn);
}

/* Parse one test line into UTF-8 text and expected boundary flags
 * (want[i] = 1: break before byte i, for 0 < i < n).  Returns false for
 * a line without a test.  text and want hold 4 bytes per input byte. */
static bool breaktest_parse(const struct breaktest *t, const char *line,
                            char *text, char *want, size_t *n, bool *unknown)
{
	size_t len = 0;
	bool any = false;
	const char *p = line;
	int pending = -1; /* boundary mark before the next character */
	*unknown = false;
	while (*p && *p != '#' && *p != '\n') {
		if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0xB7) {
			pending = 1; /* U+00F7 DIVISION SIGN: break */
			p += 2;
		} else if ((unsigned char)p[0] == 0xC3 &&
		           (unsigned char)p[1] == 0x97) {
			pending = 0; /* U+00D7 MULTIPLICATION SIGN: no break */
			p += 2;
		} else if (*p == ' ' || *p == '\t' || *p == '\r') {
			p++;
		} else {
			char *end;
			unsigned long cp = strtoul(p, &end, 16);
			if (end == p)
				return false;
			p = end;
			bool bad = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
			if (bad)
				cp = 0xFFFD;
			if (bad || (t->unknown ? t->unknown((tk_char)cp)
			                       : breaktest_unassigned((tk_char)cp)))
				*unknown = true;
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

static void breaktest_show(const char *label, const char *line,
                           const char *got, size_t n)
{
	printf("FAIL %s: %s", label, line);
	if (!*line || line[strlen(line) - 1] != '\n')
		printf("\n");
	printf("  got breaks at bytes:");
	for (size_t i = 1; i < n; i++)
		if (got[i])
			printf(" %zu", i);
	printf("\n");
}

static int breaktest_main(const struct breaktest *t, int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : t->default_file;
	FILE *f = fopen(path, "r");
	if (!f) {
		printf("%s: %s not found, conformance test skipped\n", t->name, path);
		printf("%s: 0 passed, 0 failed, 1 skipped\n", t->name);
		return 0;
	}
	char *line = NULL;
	size_t cap = 0;
	long passed = 0, failed = 0, skipped = 0;
	while (getline(&line, &cap, f) != -1) {
		size_t sz = strlen(line) * 4 + 16, n;
		char *text = xmalloc(sz), *want = xmalloc(sz), *got = xmalloc(sz);
		bool unknown;
		if (!breaktest_parse(t, line, text, want, &n, &unknown)) {
			/* a comment or blank line */
		} else if (unknown) {
			skipped++;
		} else {
			bool ok = true;
			for (int k = 0; k < 2 && t->impl[k].label; k++) {
				memset(got, 0, n);
				t->impl[k].breaks(text, n, got);
				if (n > 1 && memcmp(got + 1, want + 1, n - 1) != 0) {
					if (failed < 50)
						breaktest_show(t->impl[k].label, line, got, n);
					ok = false;
				}
			}
			if (ok)
				passed++;
			else
				failed++;
		}
		free(text);
		free(want);
		free(got);
	}
	free(line);
	fclose(f);
	printf("%s: %ld passed, %ld failed, %ld skipped\n", t->name, passed,
	       failed, skipped);
	return failed ? 1 : 0;
}

#endif
