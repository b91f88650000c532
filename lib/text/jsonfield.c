/* jsonfield.c - a strict one-pass JSON object reader (see jsonfield.h).
 * Recursive descent with an explicit depth bound, so hostile input cannot
 * exhaust the stack; values of members nobody asked for are only
 * validated, never copied. */
#include "jsonfield.h"
#include "base/ascii.h"
#include "base/utf8.h"

#include <string.h>

enum { MAX_DEPTH = 64 };

struct p {
	const char *s;
	size_t i, n;
};

static void ws(struct p *p)
{
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
	                       p->s[p->i] == '\n' || p->s[p->i] == '\r'))
		p->i++;
}

static int hex4(struct p *p, unsigned *v)
{
	if (p->n - p->i < 4)
		return -1;
	*v = 0;
	for (int k = 0; k < 4; k++) {
		char c = p->s[p->i++];
		unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
		           : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
		           : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
		           : 16u;
		if (d == 16)
			return -1;
		*v = *v << 4 | d;
	}
	return 0;
}

static void put_cp(struct tk_buf *out, unsigned cp)
{
	char u[4];
	int k = tk_utf8_encode((tk_char)cp, u);
	if (out)
		tk_buf_add(out, u, (size_t)k);
}

/* The end of the run of s[i..n) that a string holds as it is: up to a
 * quote, a backslash, a control character or n.  Eight bytes at a time
 * where it can (JSON Lines text is mostly such runs): the lowest byte
 * flagged in each test is exact (a borrow only goes up), so the lowest
 * of them all is the first byte that ends the run. */
static size_t plain_end(const char *s, size_t i, size_t n)
{
#if TK_ASCII_SWAR
	const uint64_t ones = 0x0101010101010101ull;
	while (n - i >= 8) {
		uint64_t x, q, b;
		__builtin_memcpy(&x, s + i, 8);
		q = x ^ (ones * '"');
		b = x ^ (ones * '\\');
		uint64_t m = (((q - ones) & ~q) | ((b - ones) & ~b) |
		              ((x - ones * 0x20) & ~x)) & (ones * 0x80);
		if (m)
			return i + tk_ascii_first8(m);
		i += 8;
	}
#endif
	while (i < n && s[i] != '"' && s[i] != '\\' && (unsigned char)s[i] >= 0x20)
		i++;
	return i;
}

/* A string at p->i (the opening quote); decoded into out when not NULL. */
static int string(struct p *p, struct tk_buf *out)
{
	p->i++;
	for (;;) {
		size_t run = p->i;
		p->i = plain_end(p->s, p->i, p->n);
		if (out)
			tk_buf_add(out, p->s + run, p->i - run);
		if (p->i == p->n || (unsigned char)p->s[p->i] < 0x20)
			return -1;
		if (p->s[p->i++] == '"')
			return 0;
		if (p->i == p->n)
			return -1;
		char e = p->s[p->i++];
		const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
		const char *k = e ? strchr(from, e) : NULL;
		if (k) {
			if (out)
				tk_buf_addc(out, to[k - from]);
			continue;
		}
		if (e != 'u')
			return -1;
		unsigned v, w;
		if (hex4(p, &v))
			return -1;
		if (v >= 0xD800 && v < 0xDC00 && p->n - p->i >= 6 &&
		    p->s[p->i] == '\\' && p->s[p->i + 1] == 'u') {
			size_t save = p->i;
			p->i += 2;
			if (hex4(p, &w))
				return -1;
			if (w >= 0xDC00 && w < 0xE000) {
				put_cp(out, 0x10000 + ((v - 0xD800) << 10) +
				                (w - 0xDC00));
				continue;
			}
			p->i = save; /* a lone high surrogate, then more text */
		}
		put_cp(out, v >= 0xD800 && v < 0xE000 ? 0xFFFD : v);
	}
}

static int number(struct p *p)
{
	size_t i = p->i;
	if (i < p->n && p->s[i] == '-')
		i++;
	if (i < p->n && p->s[i] == '0')
		i++;
	else if (i < p->n && p->s[i] >= '1' && p->s[i] <= '9')
		while (i < p->n && p->s[i] >= '0' && p->s[i] <= '9')
			i++;
	else
		return -1;
	if (i < p->n && p->s[i] == '.') {
		size_t d = ++i;
		while (i < p->n && p->s[i] >= '0' && p->s[i] <= '9')
			i++;
		if (i == d)
			return -1;
	}
	if (i < p->n && (p->s[i] == 'e' || p->s[i] == 'E')) {
		i++;
		if (i < p->n && (p->s[i] == '+' || p->s[i] == '-'))
			i++;
		size_t d = i;
		while (i < p->n && p->s[i] >= '0' && p->s[i] <= '9')
			i++;
		if (i == d)
			return -1;
	}
	p->i = i;
	return 0;
}

static int literal(struct p *p, const char *w)
{
	size_t k = strlen(w);
	if (p->n - p->i < k || memcmp(p->s + p->i, w, k) != 0)
		return -1;
	p->i += k;
	return 0;
}

static int value(struct p *p, int depth);

/* An object or array at p->i; members are validated only. */
static int container(struct p *p, int depth)
{
	char close = p->s[p->i] == '{' ? '}' : ']';
	bool obj = close == '}';
	if (depth >= MAX_DEPTH)
		return -1;
	p->i++;
	ws(p);
	if (p->i < p->n && p->s[p->i] == close) {
		p->i++;
		return 0;
	}
	for (;;) {
		if (obj) {
			if (p->i == p->n || p->s[p->i] != '"' || string(p, NULL))
				return -1;
			ws(p);
			if (p->i == p->n || p->s[p->i++] != ':')
				return -1;
			ws(p);
		}
		if (value(p, depth + 1))
			return -1;
		ws(p);
		if (p->i == p->n)
			return -1;
		char c = p->s[p->i++];
		if (c == close)
			return 0;
		if (c != ',')
			return -1;
		ws(p);
	}
}

static int value(struct p *p, int depth)
{
	if (p->i == p->n)
		return -1;
	switch (p->s[p->i]) {
	case '"': return string(p, NULL);
	case '{': case '[': return container(p, depth);
	case 't': return literal(p, "true");
	case 'f': return literal(p, "false");
	case 'n': return literal(p, "null");
	default: return number(p);
	}
}

/* The kind of the value starting with c (checked when it is parsed). */
static enum tk_json_kind kind_of(char c)
{
	switch (c) {
	case '"': return TK_JSON_STRING;
	case '{': return TK_JSON_OBJECT;
	case '[': return TK_JSON_ARRAY;
	case 't': case 'f': return TK_JSON_BOOL;
	case 'n': return TK_JSON_NULL;
	default: return TK_JSON_NUMBER;
	}
}

int tk_json_fields(const char *s, size_t len, const char *const *names,
                   size_t nnames, struct tk_buf *out,
                   enum tk_json_kind *kind, size_t *err_at)
{
	struct p p = { s, 0, len };
	struct tk_buf key = TK_BUF_INIT;
	for (size_t k = 0; k < nnames; k++) {
		kind[k] = TK_JSON_ABSENT;
		tk_buf_clear(&out[k]);
	}
	ws(&p);
	if (p.i == p.n || s[p.i] != '{')
		goto bad;
	p.i++;
	ws(&p);
	if (p.i < p.n && s[p.i] == '}') {
		p.i++;
		goto end;
	}
	for (;;) {
		tk_buf_clear(&key);
		if (p.i == p.n || s[p.i] != '"' || string(&p, &key))
			goto bad;
		ws(&p);
		if (p.i == p.n || s[p.i++] != ':')
			goto bad;
		ws(&p);
		size_t want = nnames;
		for (size_t k = 0; k < nnames; k++)
			if (strlen(names[k]) == key.len &&
			    memcmp(names[k], key.data ? key.data : "", key.len) == 0)
				want = k;
		if (want < nnames) {
			tk_buf_clear(&out[want]);
			kind[want] = kind_of(p.i < p.n ? s[p.i] : 0);
		}
		size_t start = p.i;
		if (p.i < p.n && s[p.i] == '"') {
			if (string(&p, want < nnames ? &out[want] : NULL))
				goto bad;
		} else {
			if (value(&p, 1))
				goto bad;
			if (want < nnames)
				tk_buf_add(&out[want], s + start, p.i - start);
		}
		ws(&p);
		if (p.i == p.n)
			goto bad;
		char c = s[p.i++];
		if (c == '}')
			break;
		if (c != ',')
			goto bad;
		ws(&p);
	}
end:
	ws(&p);
	if (p.i != p.n)
		goto bad;
	tk_buf_free(&key);
	return TK_OK;
bad:
	tk_buf_free(&key);
	*err_at = p.i;
	return TK_EINVAL;
}
