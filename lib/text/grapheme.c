/* grapheme.c - grapheme cluster boundaries over libunistring, with an
 * ASCII fast path (see grapheme.h for why it is exact). */
#include "grapheme.h"
#include "base/utf8.h"

#include <string.h>
#include <unigbrk.h>

void tk_grapheme_breaks_slow(const char *s, size_t n, char *brk)
{
	if (n)
		u8_grapheme_breaks((const uint8_t *)s, n, brk);
}

void tk_grapheme_breaks(const char *s, size_t n, char *brk)
{
	if (tk_ascii_run(s, n) < n) {
		tk_grapheme_breaks_slow(s, n, brk);
		return;
	}
	memset(brk, 1, n);
	for (size_t i = 1; i < n; i++)
		if (s[i] == '\n' && s[i - 1] == '\r')
			brk[i] = 0;
}
