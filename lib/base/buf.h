/* buf.h - a growable byte buffer.
 *
 * Invariant: data[0..len) is the content, cap >= len, data is NULL only
 * while cap == 0.  Content is bytes, not a C string; tk_buf_cstr() adds a
 * terminating NUL (not counted in len) for the rare callers that need it.
 * Growth goes through xgrow (1.5x), so n appends cost O(n). */
#ifndef TK_BUF_H
#define TK_BUF_H

#include <string.h>
#include "common.h"

struct tk_buf {
	char *data;
	size_t len;
	size_t cap;
};

#define TK_BUF_INIT { NULL, 0, 0 }

void tk_buf_grow(struct tk_buf *b, size_t extra); /* ensure cap >= len+extra */
void tk_buf_free(struct tk_buf *b);
const char *tk_buf_cstr(struct tk_buf *b);

/* After it, data is never NULL (even for extra 0), so that data + len
 * and data + offset are always defined. */
static inline void tk_buf_reserve(struct tk_buf *b, size_t extra)
{
	if (unlikely(b->cap - b->len < extra || b->cap == 0))
		tk_buf_grow(b, extra);
}

/* Copy s[0..n) to d: a copy of up to 16 bytes, as most tokens and keys
 * are, in two overlapping loads and stores without a call (a variable
 * memcpy() is a call into the C library). */
static inline void tk_copy_short(char *d, const char *s, size_t n)
{
	if (n >= 8 && n <= 16) {
		uint64_t a, b;
		__builtin_memcpy(&a, s, 8);
		__builtin_memcpy(&b, s + n - 8, 8);
		__builtin_memcpy(d, &a, 8);
		__builtin_memcpy(d + n - 8, &b, 8);
	} else if (n >= 4 && n < 8) {
		uint32_t a, b;
		__builtin_memcpy(&a, s, 4);
		__builtin_memcpy(&b, s + n - 4, 4);
		__builtin_memcpy(d, &a, 4);
		__builtin_memcpy(d + n - 4, &b, 4);
	} else if (n < 4) {
		if (n) {
			char a = s[0], b = s[n / 2], c = s[n - 1];
			d[0] = a;
			d[n / 2] = b;
			d[n - 1] = c;
		}
	} else
		__builtin_memcpy(d, s, n);
}

static inline void tk_buf_add(struct tk_buf *b, const void *p, size_t n)
{
	tk_buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
}

static inline void tk_buf_addc(struct tk_buf *b, char c)
{
	tk_buf_reserve(b, 1);
	b->data[b->len++] = c;
}

static inline void tk_buf_adds(struct tk_buf *b, const char *s)
{
	tk_buf_add(b, s, strlen(s));
}

static inline void tk_buf_clear(struct tk_buf *b)
{
	b->len = 0;
}

/* Remove the first n bytes (n <= len), moving the rest to the front. */
void tk_buf_consume(struct tk_buf *b, size_t n);
/* Remove n bytes at offset at (at + n <= len). */
void tk_buf_consume_at(struct tk_buf *b, size_t at, size_t n);

#endif
