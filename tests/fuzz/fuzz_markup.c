/* fuzz_markup.c - lib/markup (HTML, Markdown, character references) and
 * lib/fold (punctuation, accents, ASCII, invisible, squeeze) on any
 * valid UTF-8 text, line by line as tools/normalize calls them.
 *
 * Input: byte 0 picks the stage and its flags, byte 1 a cut position;
 * the rest, cut at its first ill-formed byte, is the text (its lines
 * are fed one by one; HTML state carries between lines).
 * Invariants (markup.h, fold.h):
 *   - every output is valid UTF-8, and one input line gives one output
 *     line (no LF comes out);
 *   - HTML: cutting a line into two pieces before ASCII white space
 *     gives the same output as the whole line, and so do footnotes
 *     (unless the cut is inside brackets);
 *   - Markdown, also with block marks, gives valid UTF-8 besides the
 *     marks;
 *   - tk_entity_decode() consumes at most what it is given and appends
 *     valid UTF-8;
 *   - fold with TK_FOLD_ASCII writes ASCII only; fold is idempotent;
 *   - squeeze equals a reference (White_Space runs -> one space, none
 *     at the ends; libunistring's property). */
#include "fuzz.h"
#include "base/buf.h"
#include "text/fold.h"
#include "text/markup.h"

#include <string.h>
#include <unictype.h>
#include <unistr.h>

static void check_line(const struct tk_buf *b)
{
	FUZZ_CHECK(u8_check((const uint8_t *)b->data, b->len) == NULL);
	FUZZ_CHECK(b->len == 0 || memchr(b->data, '\n', b->len) == NULL);
}

static bool same(const struct tk_buf *a, const struct tk_buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

static void squeeze_ref(const char *p, size_t n, struct tk_buf *out)
{
	const uint8_t *s = (const uint8_t *)p, *e = s + n;
	bool pending = false;
	size_t start = out->len;
	while (s < e) {
		ucs4_t c;
		int l = u8_mbtouc(&c, s, (size_t)(e - s));
		if (uc_is_property_white_space(c))
			pending = true;
		else {
			if (pending && out->len > start)
				tk_buf_addc(out, ' ');
			pending = false;
			tk_buf_add(out, s, (size_t)l);
		}
		s += l;
	}
}

/* A cut before ASCII white space near `at`, or 0. */
static size_t space_cut(const char *s, size_t n, size_t at)
{
	for (size_t i = at; i < n; i++)
		if (s[i] == ' ' || s[i] == '\t')
			return i;
	return 0;
}

static void line(int stage, unsigned flags, struct tk_html *h, struct tk_html *h2,
                 const char *s, size_t n, size_t at)
{
	struct tk_buf a = TK_BUF_INIT, b = TK_BUF_INIT;
	switch (stage) {
	case 0: { /* HTML, whole line and in two pieces */
		tk_html(h, s, n, true, true, &a);
		size_t k = space_cut(s, n, at);
		if (k == 0)
			tk_html(h2, s, n, true, true, &b);
		else {
			tk_html(h2, s, k, true, false, &b);
			tk_html(h2, s + k, n - k, false, true, &b);
		}
		check_line(&a);
		FUZZ_CHECK(same(&a, &b));
		break;
	}
	case 1: { /* Markdown (marks taken out), footnotes whole and in pieces */
		struct tk_md m = { .flags = (flags & 1 ? TK_MD_TAGS : 0) |
		                            (flags & 2 ? TK_MD_BLOCKS : 0) };
		tk_markdown(&m, s, n, true, true, &a);
		size_t w = 0;
		for (size_t r = 0; r < a.len; r++)
			if (a.data[r] != TK_MARK_BLOCK && a.data[r] != TK_MARK_LINE)
				a.data[w++] = a.data[r];
		a.len = w;
		check_line(&a);
		struct tk_footnotes f = { 0 }, f2 = { 0 };
		a.len = 0;
		tk_footnotes(&f, s, n, true, &a);
		check_line(&a);
		size_t k = space_cut(s, n, at);
		tk_footnotes(&f2, s, k, true, &b);
		tk_footnotes(&f2, s + k, n - k, k == 0, &b);
		/* (a note "[citation needed]" cut in two stays, as markup.h
		 * says) */
		size_t o = k;
		while (o > 0 && s[o - 1] != '[' && s[o - 1] != ']')
			o--;
		if (o == 0 || s[o - 1] != '[')
			FUZZ_CHECK(same(&a, &b));
		break;
	}
	case 2: /* character references at every '&' */
		for (size_t i = 0; i < n; i++)
			if (s[i] == '&') {
				a.len = 0;
				size_t used = tk_entity_decode(s + i, n - i, &a);
				FUZZ_CHECK(used <= n - i);
				FUZZ_CHECK(u8_check((const uint8_t *)a.data, a.len) == NULL);
			}
		break;
	case 3: { /* fold */
		struct tk_fold f = { flags & 0x3F, NULL, 0 };
		tk_fold(&f, s, n, &a);
		FUZZ_CHECK(u8_check((const uint8_t *)a.data, a.len) == NULL);
		if (f.flags & TK_FOLD_ASCII)
			for (size_t i = 0; i < a.len; i++)
				FUZZ_CHECK((unsigned char)a.data[i] < 0x80);
		tk_fold(&f, a.data, a.len, &b);
		FUZZ_CHECK(same(&a, &b));
		break;
	}
	default: { /* squeeze, whole and in two pieces */
		struct tk_squeeze sq = TK_SQUEEZE_INIT, sq2 = TK_SQUEEZE_INIT;
		tk_squeeze(&sq, s, n, true, &a);
		squeeze_ref(s, n, &b);
		FUZZ_CHECK(same(&a, &b));
		b.len = 0;
		size_t k = at;
		while (k < n && (s[k] & 0xC0) == 0x80)
			k++;
		tk_squeeze(&sq2, s, k, false, &b);
		tk_squeeze(&sq2, s + k, n - k, true, &b);
		FUZZ_CHECK(same(&a, &b));
		break;
	}
	}
	tk_buf_free(&a);
	tk_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	int stage = data[0] % 5;
	unsigned flags = data[0] / 5;
	const uint8_t *bad = u8_check(data + 2, size - 2);
	size_t n = bad ? (size_t)(bad - (data + 2)) : size - 2;
	const char *s = (const char *)data + 2;
	struct tk_html h, h2;
	tk_html_init(&h);
	tk_html_init(&h2);
	size_t i = 0;
	while (i <= n) {
		const char *nl = i < n ? memchr(s + i, '\n', n - i) : NULL;
		size_t e = nl ? (size_t)(nl - s) : n;
		size_t len = e - i;
		line(stage, flags, &h, &h2, s + i, len, len ? data[1] % (len + 1) : 0);
		i = e + 1;
	}
	tk_html_free(&h);
	tk_html_free(&h2);
	return 0;
}
