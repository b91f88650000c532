/* sniff.c - what input probably is: an undeclared encoding (for a hint),
 * HTML or text, the charset a page declares (see sniff.h).
 * Thresholds: a wide encoding needs at least 8 code units with NULs in
 * 70% of the expected places and at most 10% elsewhere, which text in
 * UTF-8 (NUL is rare data there) does not show. */
#include "sniff.h"
#include "htmltags.h"
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
	 * below (they cost a tenth of counting many small files).  An empty
	 * sample (s may be NULL) says nothing. */
	if (n == 0 || (!memchr(s, 0, n) && tk_utf8_valid_prefix(s, n) == n))
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

bool tk_sniff_html(const char *s, size_t n)
{
	static const char *const marks[] = {
		"<!doctype", "<html", "<head", "<body", "<p>", "<p ", "<div",
		"<meta", "<title", "<br", "<table", "<span", "<a ", "<!--",
		"<?xml", "<article", "<section", "<h1", "<h2", "<ul", "<li",
		"<script", "<link", "<style",
	};
	size_t lim = n < 65536 ? n : 65536;
	for (size_t i = 0; i < lim; i++) {
		const char *lt = memchr(s + i, '<', lim - i);
		if (!lt)
			return false;
		i = (size_t)(lt - s);
		for (size_t m = 0; m < TK_LEN(marks); m++) {
			size_t ml = strlen(marks[m]);
			if (i + ml > n)
				continue;
			size_t k = 0;
			while (k < ml && tk_html_lower((unsigned char)s[i + k]) ==
			                     (unsigned char)marks[m][k])
				k++;
			if (k == ml)
				return true;
		}
	}
	return false;
}

/* --- the encoding a page declares ----------------------------------------- */

/* Copy the label at s[0..n) lower-cased into out, mapped the WHATWG way. */
static size_t put_label(const char *s, size_t n, char *out, size_t cap)
{
	while (n && (tk_html_is_space((unsigned char)*s) || *s == '"' || *s == '\'')) {
		s++;
		n--;
	}
	size_t k = 0;
	/* a label is printable ASCII (no NUL: the caller's string) */
	while (k < n && k + 1 < cap && (unsigned char)s[k] > 0x20 &&
	       (unsigned char)s[k] < 0x7F &&
	       s[k] != '"' && s[k] != '\'' && s[k] != ';' && s[k] != '>' &&
	       s[k] != '/') {
		out[k] = (char)tk_html_lower((unsigned char)s[k]);
		k++;
	}
	if (k == 0 || (k == n && k + 1 >= cap))
		return 0;
	out[k] = 0;
	static const char *const w1252[] = {
		"latin1", "iso-8859-1", "iso8859-1", "iso_8859-1", "ascii",
		"us-ascii", "l1", "cp819", "ibm819", "iso-ir-100", "x-cp1252",
		"cp1252", "windows-1252",
	};
	for (size_t i = 0; i < TK_LEN(w1252); i++)
		if (strcmp(out, w1252[i]) == 0) {
			memcpy(out, "windows-1252", 13);
			return 12;
		}
	if (strncmp(out, "utf-16", 6) == 0 || strcmp(out, "utf8") == 0 ||
	    strcmp(out, "unicode-1-1-utf-8") == 0) {
		memcpy(out, "utf-8", 6);
		return 5;
	}
	return k;
}

size_t tk_html_sniff_charset(const char *s, size_t n, char *out, size_t cap)
{
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		return put_label("utf-8", 5, out, cap);
	if (n >= 2 && (memcmp(s, "\xFF\xFE", 2) == 0 ||
	               memcmp(s, "\xFE\xFF", 2) == 0))
		return 0; /* the decoder's BOM sniffing handles these */
	size_t lim = n < 8192 ? n : 8192;
	for (size_t i = 0; i < lim; i++) {
		const char *lt = memchr(s + i, '<', lim - i);
		if (!lt)
			break;
		i = (size_t)(lt - s);
		if (i + 5 >= lim)
			break;
		if (memcmp(s + i, "<!--", 4) == 0) {
			const char *e = NULL;
			for (size_t q = i + 4; q + 2 < lim; q++)
				if (s[q] == '-' && s[q + 1] == '-' && s[q + 2] == '>') {
					e = s + q;
					break;
				}
			if (!e)
				break;
			i = (size_t)(e - s) + 2;
			continue;
		}
		if (tk_html_lower((unsigned char)s[i + 1]) != 'm' ||
		    tk_html_lower((unsigned char)s[i + 2]) != 'e' ||
		    tk_html_lower((unsigned char)s[i + 3]) != 't' ||
		    tk_html_lower((unsigned char)s[i + 4]) != 'a' ||
		    !tk_html_is_space((unsigned char)s[i + 5]))
			continue;
		/* charset= in the tag: <meta charset=X> or the content of
		 * <meta http-equiv=content-type content="...; charset=X"> */
		const char *gt = memchr(s + i, '>', lim - i);
		size_t end = gt ? (size_t)(gt - s) : lim;
		for (size_t q = i; q + 8 <= end; q++) {
			size_t m = 0;
			while (m < 7 && tk_html_lower((unsigned char)s[q + m]) ==
			                    (unsigned char)"charset"[m])
				m++;
			if (m < 7)
				continue;
			size_t v = q + 7;
			while (v < end && tk_html_is_space((unsigned char)s[v]))
				v++;
			if (v >= end || s[v] != '=')
				continue;
			v++;
			size_t len = put_label(s + v, end - v, out, cap);
			if (len)
				return len;
		}
		i = end;
	}
	return 0;
}
