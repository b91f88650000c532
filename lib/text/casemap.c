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
 * either all ASCII (the A-Z/a-z swap, 8 bytes at a time) or goes to
 * libunistring whole. */
#include "casemap.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <unicase.h>
#include <stdlib.h>
#include <string.h>


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

/* Flip bit 5 of the bytes of x in [lo, lo + 25], all bytes < 0x80: per
 * byte, c + 0x80 - lo has its top bit set iff c >= lo, and
 * c + 0x80 - lo - 26 iff c > lo + 25; no sum carries out of its byte
 * (at most 0x7F + 0x3F). */
static inline uint64_t swar_flip(uint64_t x, unsigned char lo)
{
	const uint64_t ones = 0x0101010101010101ull;
	uint64_t a = x + ones * (uint64_t)(0x80 - lo);
	uint64_t b = x + ones * (uint64_t)(0x80 - lo - 26);
	return x ^ (((a ^ b) & (ones * 0x80)) >> 2);
}

/* ASCII s[0..n) through the A-Z/a-z swap, 8 bytes at a time. */
static void ascii_map(enum tk_case mode, const char *s, size_t n,
                      struct tk_buf *out)
{
	tk_buf_reserve(out, n);
	char *d = out->data + out->len;
	unsigned char lo = mode == TK_CASE_UPPER ? 'a' : 'A';
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		w = swar_flip(w, lo);
		memcpy(d + i, &w, 8);
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		d[i] = (char)(c ^ ((unsigned char)(c - lo) < 26 ? 0x20 : 0));
	}
	out->len += n;
}

/* Map one span that holds no ASCII white space. */
static void segment(enum tk_case mode, const char *lang, bool tr,
                    const char *s, size_t n, struct tk_buf *out)
{
	if (n == 0)
		return;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || (tr && (c == 'i' || c == 'I'))) {
			slow(mode, lang, s, n, out);
			return;
		}
	}
	ascii_map(mode, s, n, out);
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
	if (!tr && tk_ascii_run(s, n) == n) {
		ascii_map(mode, s, n, out); /* all ASCII: one pass */
		return;
	}
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
