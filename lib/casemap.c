/* casemap.c - case mapping with an ASCII fast path (see casemap.h).
 *
 * Why the fast path is exact: for code points below U+0080 the full
 * lower/upper/fold mappings are the A-Z/a-z swaps, with one exception:
 * none for the default language; with lang "tr"/"az" upper- and
 * lower-casing of i/I differ, so those languages skip the fast path for
 * i and I.  Context rules (final sigma, Lithuanian dot, Turkish dot
 * above) look at the letters and case-ignorable characters around a
 * character: an ASCII run cut next to a non-ASCII letter could change
 * them, but ASCII white space stops every one of those contexts.  So a
 * span is cut at ASCII white space, and each blank-free segment is
 * either all ASCII (the table) or goes to libunistring whole. */
#include "casemap.h"
#include "xalloc.h"

#include <unicase.h>
#include <stdlib.h>

static const unsigned char lower_tab[128] = {
#define R(a) a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7
	R(0), R(8), R(16), R(24), R(32), R(40), R(48), R(56),
	64, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
	'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
	91, 92, 93, 94, 95, R(96), R(104), R(112), R(120)
#undef R
};

static void slow(enum tk_case mode, const char *lang, const char *s, size_t n,
                 struct tk_buf *out)
{
	if (n == 0)
		return;
	size_t len = 0;
	uint8_t *r;
	const uint8_t *u = (const uint8_t *)s;
	for (;;) {
		tk_buf_reserve(out, n + n / 2 + 16);
		len = out->cap - out->len;
		uint8_t *dst = (uint8_t *)out->data + out->len;
		switch (mode) {
		case TK_CASE_LOWER: r = u8_tolower(u, n, lang, NULL, dst, &len); break;
		case TK_CASE_UPPER: r = u8_toupper(u, n, lang, NULL, dst, &len); break;
		case TK_CASE_FOLD: r = u8_casefold(u, n, lang, NULL, dst, &len); break;
		default: tk_buf_add(out, s, n); return;
		}
		if (!r)
			xalloc_die(); /* libunistring fails only on ENOMEM here */
		if (r == dst) {
			out->len += len;
			return;
		}
		/* Did not fit: libunistring allocated; copy and free. */
		tk_buf_add(out, r, len);
		free(r);
		return;
	}
}

void tk_casemap_slow(enum tk_case mode, const char *lang, const char *s,
                     size_t n, struct tk_buf *out)
{
	slow(mode, lang, s, n, out);
}

static bool turkic(const char *lang)
{
	return lang && ((lang[0] == 't' && lang[1] == 'r') ||
	                (lang[0] == 'a' && lang[1] == 'z'));
}

static inline bool blank(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Map one span that holds no ASCII white space. */
static void segment(enum tk_case mode, const char *lang, bool tr,
                    const char *s, size_t n, struct tk_buf *out)
{
	if (n == 0)
		return;
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || (tr && (c == 'i' || c == 'I')))
			break;
	}
	if (i < n) {
		slow(mode, lang, s, n, out);
		return;
	}
	tk_buf_reserve(out, n);
	char *d = out->data + out->len;
	if (mode == TK_CASE_UPPER) {
		for (i = 0; i < n; i++) {
			unsigned char c = (unsigned char)s[i];
			d[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
		}
	} else {
		for (i = 0; i < n; i++)
			d[i] = (char)lower_tab[(unsigned char)s[i]];
	}
	out->len += n;
}

void tk_casemap(enum tk_case mode, const char *lang, const char *s, size_t n,
                struct tk_buf *out)
{
	if (mode == TK_CASE_NONE || n == 0) {
		tk_buf_add(out, s, n);
		return;
	}
	/* ASCII white space is neither cased nor case-ignorable, so no
	 * context rule looks across it: the span is mapped one blank-free
	 * segment at a time, all-ASCII segments through the table, the
	 * others through libunistring. */
	bool tr = turkic(lang);
	size_t i = 0;
	tk_buf_reserve(out, n);
	while (i < n) {
		size_t j = i;
		while (j < n && !blank((unsigned char)s[j]))
			j++;
		segment(mode, lang, tr, s + i, j - i, out);
		i = j;
		while (j < n && blank((unsigned char)s[j]))
			j++;
		tk_buf_add(out, s + i, j - i);
		i = j;
	}
}
