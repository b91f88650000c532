/* sniff.c - guess an undeclared encoding for a hint (see sniff.h).
 * Thresholds: a wide encoding needs at least 8 code units with NULs in
 * 70% of the expected places and at most 10% elsewhere, which text in
 * UTF-8 (NUL is rare data there) does not show. */
#include "sniff.h"
#include "base/utf8.h"

#include <string.h>

static const char *wide(const unsigned char *p, size_t n)
{
	size_t z[4] = { 0, 0, 0, 0 };
	size_t m = n & ~(size_t)3;
	for (size_t i = 0; i < m; i++)
		if (!p[i])
			z[i & 3]++;
	size_t q = m / 4; /* 4-byte groups */
	if (q >= 8) {
		if (z[1] * 10 >= q * 7 && z[2] * 10 >= q * 7 &&
		    z[3] * 10 >= q * 7 && z[0] * 10 <= q)
			return "utf-32le";
		if (z[0] * 10 >= q * 7 && z[1] * 10 >= q * 7 &&
		    z[2] * 10 >= q * 7 && z[3] * 10 <= q)
			return "utf-32be";
	}
	size_t pairs = m / 2, ze = z[0] + z[2], zo = z[1] + z[3];
	if (pairs >= 8) {
		if (zo * 10 >= pairs * 7 && ze * 10 <= pairs)
			return "utf-16le";
		if (ze * 10 >= pairs * 7 && zo * 10 <= pairs)
			return "utf-16be";
	}
	return NULL;
}

const char *tk_sniff_encoding(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	/* The common case, text in UTF-8: no NUL (so not wide) and valid
	 * (so no bad byte), decided by two fast scans, not the byte loops
	 * below (they cost a tenth of counting many small files). */
	if (!memchr(s, 0, n) && tk_utf8_valid_prefix(s, n) == n)
		return NULL;
	const char *w = wide(p, n);
	if (w)
		return w;
	size_t bad = 0, multi = 0, undefined = 0;
	for (size_t i = 0; i < n;) {
		size_t ok = tk_utf8_valid_prefix(s + i, n - i);
		for (size_t j = i; j < i + ok; j++)
			if ((p[j] & 0xC0) == 0xC0)
				multi++;
		i += ok;
		if (i >= n)
			break;
		/* an incomplete sequence at the sample's end is no evidence */
		if (n - i < 4 && p[i] >= 0xC2 && p[i] <= 0xF4) {
			size_t j = i + 1;
			while (j < n && (p[j] & 0xC0) == 0x80)
				j++;
			if (j == n)
				break;
		}
		bad++;
		if (p[i] == 0x81 || p[i] == 0x8D || p[i] == 0x8F ||
		    p[i] == 0x90 || p[i] == 0x9D)
			undefined++;
		i++;
	}
	if (!bad || multi * 4 > bad)
		return NULL;
	return undefined ? "latin1" : "cp1252";
}
