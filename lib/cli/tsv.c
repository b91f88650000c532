/* tsv.c - TSV field escaping; parse count tables for --merge (see tsv.h).
 *
 * The reader keeps one joined line in a tk_buf only when the input cut
 * it (lines over the record limit); ordinary rows are parsed in place,
 * and a key is copied only when it holds a backslash to undo. */
#include "tsv.h"
#include "base/xalloc.h"
#include "output.h"

#include <stdlib.h>
#include <string.h>

/* The bytes a TSV field escapes. */
static const bool escaped[256] = {
	['\t'] = true, ['\n'] = true, ['\r'] = true, ['\\'] = true,
};

size_t tk_tsv_plain_prefix_slow(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && !escaped[(unsigned char)s[i]])
		i++;
	return i;
}

/* Is there a byte below 0x0E (TAB, LF, CR and other controls) or equal
 * to '\\' in the eight bytes of x? */
static inline bool maybe_special8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull;
	uint64_t b = x ^ (ones * '\\');
	return (((x - ones * 0x0E) & ~x) | ((b - ones) & ~b)) & (ones << 7);
}

size_t tk_tsv_plain_prefix(const char *s, size_t n)
{
	/* Eight bytes at a time, the last eight overlapping the ones before
	 * (keys are short: most end inside one or two words); the byte loop
	 * finds the exact place of a hit (a control other than the three
	 * is plain). */
	if (n < 8)
		return tk_tsv_plain_prefix_slow(s, n);
	size_t i = 0;
	uint64_t x;
	for (; i + 8 <= n; i += 8) {
		memcpy(&x, s + i, 8);
		if (maybe_special8(x))
			return i + tk_tsv_plain_prefix_slow(s + i, n - i);
	}
	memcpy(&x, s + n - 8, 8);
	if (!maybe_special8(x))
		return n;
	return i + tk_tsv_plain_prefix_slow(s + i, n - i);
}

void tk_tsv_write_field(const char *s, size_t n)
{
	size_t i = 0;
	for (;;) {
		size_t k = tk_tsv_plain_prefix(s + i, n - i);
		tk_out_write(s + i, k);
		i += k;
		if (i >= n)
			return;
		char c = s[i++];
		tk_out_putc('\\');
		tk_out_putc(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
	}
}

void tk_tsv_unescape(const char *s, size_t n, struct tk_buf *out)
{
	if (n == 0)
		return;
	tk_buf_reserve(out, n);
	const char *end = s + n, *bs;
	while ((bs = memchr(s, '\\', (size_t)(end - s))) != NULL) {
		tk_buf_add(out, s, (size_t)(bs - s));
		char c = bs + 1 < end ? bs[1] : 0;
		char u = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r'
		       : c == '\\' ? '\\' : 0;
		if (u) {
			tk_buf_addc(out, u);
			s = bs + 2;
		} else {
			tk_buf_addc(out, '\\');
			s = bs + 1;
		}
	}
	tk_buf_add(out, s, (size_t)(end - s));
}

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
	struct tk_buf key;   /* the last key unescaped, when it had to be */
	struct tk_span text; /* the last key as written */
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
	tk_buf_free(&r->key);
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
	if (rc != TK_OK)
		return rc;
	r->text = *key;
	if (key->len && memchr(key->p, '\\', key->len)) {
		tk_buf_clear(&r->key);
		tk_tsv_unescape(key->p, key->len, &r->key);
		*key = (struct tk_span){ r->key.data, r->key.len };
	}
	return 1;
}

struct tk_span tk_tsv_reader_text(const struct tk_tsv_reader *r)
{
	return r->text;
}

const char *tk_tsv_reader_file(const struct tk_tsv_reader *r)
{
	return r->lines.file;
}

uint64_t tk_tsv_reader_line(const struct tk_tsv_reader *r)
{
	return r->lines.line;
}
