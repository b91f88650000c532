/* normtest.c - runs Unicode's NormalizationTest.txt (read from stdin)
 * against lib/norm: every line whose characters libunistring knows must
 * satisfy all the invariants of the file's header for NFC, NFD, NFKC
 * and NFKD, through the fast path and through tk_norm_slow; code points
 * outside Part 1 must be left alone by all four forms.  Lines with a
 * character unassigned in libunistring's Unicode version are skipped.
 * Prints "normalization: N passed, N failed, N skipped" (lines).
 * "normtest --unicode-version" prints libunistring's Unicode version
 * (for the differential test against Python). */
#include "base/buf.h"
#include "text/norm.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistring/version.h>

static int failures_shown;
static bool known = true;

/* Parse "0044 0307" into UTF-8. */
static void parse_col(const char *s, struct tk_buf *out)
{
	tk_buf_clear(out);
	while (*s) {
		char *end;
		unsigned long c = strtoul(s, &end, 16);
		if (end == s)
			break;
		if (uc_is_general_category((ucs4_t)c, UC_CATEGORY_Cn))
			known = false;
		char u[4];
		tk_buf_add(out, u, (size_t)tk_utf8_encode((tk_char)c, u));
		s = end;
		while (*s == ' ')
			s++;
	}
}

static bool same(enum tk_form f, struct tk_buf *in, struct tk_buf *want,
                 int lineno)
{
	struct tk_buf a = TK_BUF_INIT, b = TK_BUF_INIT;
	tk_norm(f, in->data, in->len, &a);
	tk_norm_slow(f, in->data, in->len, &b);
	bool ok = a.len == want->len && !memcmp(a.data, want->data, a.len) &&
	          b.len == want->len && !memcmp(b.data, want->data, b.len);
	if (!ok && failures_shown++ < 20)
		fprintf(stderr, "line %d: %s differs\n", lineno, tk_form_names[f]);
	tk_buf_free(&a);
	tk_buf_free(&b);
	return ok;
}

/* The Unicode version of the linked libunistring ("14.0"), or "unknown". */
static const char *unicode_version(void)
{
	static const struct { int lib; const char *uni; } map[] = {
		{ 0x010300, "16.0" }, { 0x010200, "15.1" }, { 0x010100, "15.0" },
		{ 0x010000, "14.0" }, { 0x00090A, "11.0" }, { 0x000908, "9.0" },
	};
	if (_libunistring_version >= 0x010400) /* newer than this table */
		return "unknown";
	for (size_t i = 0; i < TK_LEN(map); i++)
		if (_libunistring_version >= map[i].lib)
			return map[i].uni;
	return "unknown";
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--unicode-version") == 0) {
		puts(unicode_version());
		return 0;
	}
	static uint8_t part1[0x110000];
	struct tk_buf c[6] = { TK_BUF_INIT, TK_BUF_INIT, TK_BUF_INIT,
	                       TK_BUF_INIT, TK_BUF_INIT, TK_BUF_INIT };
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, part = -1;
	long passed = 0, failed = 0, skipped = 0;
	while (getline(&line, &cap, stdin) > 0) {
		lineno++;
		if (line[0] == '@') {
			part = atoi(line + 5);
			continue;
		}
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char *cols[5], *p = line;
		int k;
		for (k = 0; k < 5; k++) {
			char *semi = strchr(p, ';');
			if (!semi)
				break;
			*semi = '\0';
			cols[k] = p;
			p = semi + 1;
		}
		if (k < 5)
			continue;
		known = true;
		for (k = 0; k < 5; k++)
			parse_col(cols[k], &c[k + 1]);
		if (part == 1) {
			tk_char cp;
			tk_utf8_decode(c[1].data, &cp);
			part1[cp] = 1;
		}
		if (!known) {
			skipped++;
			continue;
		}
		bool ok = true;
		for (k = 1; k <= 3; k++) {
			ok &= same(TK_FORM_NFC, &c[k], &c[2], lineno);
			ok &= same(TK_FORM_NFD, &c[k], &c[3], lineno);
		}
		for (k = 4; k <= 5; k++) {
			ok &= same(TK_FORM_NFC, &c[k], &c[4], lineno);
			ok &= same(TK_FORM_NFD, &c[k], &c[5], lineno);
		}
		for (k = 1; k <= 5; k++) {
			ok &= same(TK_FORM_NFKC, &c[k], &c[4], lineno);
			ok &= same(TK_FORM_NFKD, &c[k], &c[5], lineno);
		}
		if (ok)
			passed++;
		else
			failed++;
	}
	free(line);
	if (lineno == 0) {
		fprintf(stderr, "normtest: empty input\n");
		printf("normalization: 0 passed, 1 failed\n");
		return 1;
	}
	/* Code points outside Part 1 are unchanged by every form. */
	long invariant_fail = 0;
	for (tk_char cp = 0; cp < 0x110000; cp++) {
		if (part1[cp] || (cp >= 0xD800 && cp < 0xE000))
			continue;
		char u[4];
		struct tk_buf x = TK_BUF_INIT;
		tk_buf_add(&x, u, (size_t)tk_utf8_encode(cp, u));
		for (int f = TK_FORM_NFC; f <= TK_FORM_NFKD; f++)
			if (!same((enum tk_form)f, &x, &x, 0)) {
				invariant_fail++;
				break;
			}
		tk_buf_free(&x);
	}
	for (int k = 0; k < 6; k++)
		tk_buf_free(&c[k]);
	if (invariant_fail)
		fprintf(stderr, "%ld code points outside Part 1 changed\n",
		        invariant_fail);
	printf("normalization: %ld passed, %ld failed, %ld skipped\n",
	       passed + (invariant_fail ? 0 : 1), failed + (invariant_fail ? 1 : 0),
	       skipped);
	return failed || invariant_fail;
}
