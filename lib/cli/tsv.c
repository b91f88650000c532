/* tsv.c - parse count tables for --merge (see tsv.h).
 *
 * The reader keeps one joined line in a tk_buf only when the input cut
 * it (lines over the record limit); ordinary rows are parsed in place. */
#include "tsv.h"
#include "base/buf.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

static int parse_count(const char *s, size_t n, uint64_t *count)
{
	if (n == 0)
		return TK_EINVAL;
	uint64_t v = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned d = (unsigned char)s[i] - '0';
		if (d > 9)
			return TK_EINVAL;
		if (v > (UINT64_MAX - d) / 10) {
			/* keep scanning: a non-digit later makes it EINVAL */
			for (i++; i < n; i++)
				if ((unsigned)((unsigned char)s[i] - '0') > 9)
					return TK_EINVAL;
			return TK_EOVERFLOW;
		}
		v = v * 10 + d;
	}
	*count = v;
	return TK_OK;
}

int tk_tsv_parse(const char *s, size_t n, bool key_first,
                 struct tk_span *key, uint64_t *count)
{
	const char *t;
	if (key_first) {
		t = NULL;
		for (size_t i = n; i > 0; i--)
			if (s[i - 1] == '\t') {
				t = s + i - 1;
				break;
			}
		if (!t)
			return TK_EINVAL;
		int rc = parse_count(t + 1, n - (size_t)(t + 1 - s), count);
		if (rc == TK_OK)
			*key = (struct tk_span){ s, (size_t)(t - s) };
		return rc;
	}
	t = memchr(s, '\t', n);
	if (!t)
		return TK_EINVAL;
	int rc = parse_count(s, (size_t)(t - s), count);
	if (rc == TK_OK)
		*key = (struct tk_span){ t + 1, n - (size_t)(t + 1 - s) };
	return rc;
}

struct tk_tsv_reader {
	struct tk_input *in;
	bool key_first;
	struct tk_line_reader lines;
};

struct tk_tsv_reader *tk_tsv_reader_new(struct tk_input *in, bool key_first)
{
	struct tk_tsv_reader *r = xcalloc(1, sizeof *r);
	r->in = in;
	r->key_first = key_first;
	r->lines.file = "standard input";
	return r;
}

void tk_tsv_reader_free(struct tk_tsv_reader *r)
{
	if (!r)
		return;
	tk_line_reader_free(&r->lines);
	free(r);
}

int tk_tsv_read(struct tk_tsv_reader *r, struct tk_span *key,
                uint64_t *count)
{
	const char *s;
	size_t n;
	if (!tk_line_next(&r->lines, r->in, &s, &n))
		return 0;
	int rc = tk_tsv_parse(s, n, r->key_first, key, count);
	return rc == TK_OK ? 1 : rc;
}

const char *tk_tsv_reader_file(const struct tk_tsv_reader *r)
{
	return r->lines.file;
}

uint64_t tk_tsv_reader_line(const struct tk_tsv_reader *r)
{
	return r->lines.line;
}
