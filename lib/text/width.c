/* width.c - display columns of grapheme clusters (see width.h).  ASCII
 * spans are measured a byte at a time (each byte is a cluster there, the
 * LF of CR LF excepted, and printable ASCII is one column); other spans
 * get their cluster breaks from lib/text/grapheme once per call. */
#include "width.h"
#include "grapheme.h"
#include "base/utf8.h"

#include <uniwidth.h>

static size_t ascii_width(unsigned char c)
{
	return c >= 0x20 && c < 0x7f;
}

size_t tk_width_cluster(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80)
		return ascii_width((unsigned char)s[0]);
	tk_char c;
	int len = tk_utf8_decode(s, &c);
	if (c >= 0x1F1E6 && c <= 0x1F1FF)
		return 2; /* regional indicator: a flag, or a lone letter box */
	int w = uc_width(c, "UTF-8");
	if (w < 0)
		w = 0;
	if (w == 1) /* text-default emoji made emoji by U+FE0F: wide */
		for (size_t i = (size_t)len; i + 3 <= n; i++)
			if (s[i] == '\xef' && s[i + 1] == '\xb8' && s[i + 2] == '\x8f')
				return 2;
	return (size_t)w;
}

/* The cluster breaks of s[0..n) in tmp (n bytes, brk[i] = 1 where a
 * cluster starts), or NULL when s is ASCII. */
static const char *breaks(const char *s, size_t n, struct tk_buf *tmp)
{
	if (tk_ascii_run(s, n) == n)
		return NULL;
	tk_buf_clear(tmp);
	tk_buf_reserve(tmp, n);
	tk_grapheme_breaks(s, n, tmp->data);
	return tmp->data;
}

/* End of the cluster that starts at i. */
static size_t cluster_end(const char *s, size_t n, const char *brk, size_t i)
{
	if (!brk)
		return i + 1 + (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n');
	size_t j = i + 1;
	while (j < n && !brk[j])
		j++;
	return j;
}

/* The start of the cluster that ends at i (0 < i <= n): the mirror of
 * cluster_end. */
static size_t cluster_start(const char *s, const char *brk, size_t i)
{
	size_t j = i - 1;
	if (!brk)
		return j - (s[j] == '\n' && j > 0 && s[j - 1] == '\r');
	while (j > 0 && !brk[j])
		j--;
	return j;
}

size_t tk_width_head(const char *s, size_t n, size_t cols, size_t *used,
                     struct tk_buf *tmp)
{
	const char *brk = breaks(s, n, tmp);
	size_t w = 0, i = 0;
	while (i < n) {
		size_t j = cluster_end(s, n, brk, i);
		size_t cw = tk_width_cluster(s + i, j - i);
		if (w + cw > cols)
			break;
		w += cw;
		i = j;
	}
	if (used)
		*used = w;
	return i;
}

size_t tk_width_tail(const char *s, size_t n, size_t cols, size_t *used,
                     struct tk_buf *tmp)
{
	const char *brk = breaks(s, n, tmp);
	size_t w = 0, i = n;
	while (i > 0) {
		size_t j = cluster_start(s, brk, i);
		size_t cw = tk_width_cluster(s + j, i - j);
		if (w + cw > cols)
			break;
		w += cw;
		i = j;
	}
	if (used)
		*used = w;
	return i;
}

size_t tk_width(const char *s, size_t n, struct tk_buf *tmp)
{
	size_t w;
	tk_width_head(s, n, SIZE_MAX, &w, tmp);
	return w;
}
