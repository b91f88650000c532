/* buf.c - growable byte buffer (see buf.h). */
#include "buf.h"
#include "xalloc.h"

#include <stdlib.h>

void tk_buf_grow(struct tk_buf *b, size_t extra)
{
	if (extra > SIZE_MAX - b->len)
		xalloc_die();
	size_t need = b->len + extra;
	if (need <= b->cap && b->cap > 0)
		return;
	size_t cap = xgrow(b->cap, need, 256);
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void tk_buf_free(struct tk_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

const char *tk_buf_cstr(struct tk_buf *b)
{
	tk_buf_reserve(b, 1);
	b->data[b->len] = '\0';
	return b->data;
}

void tk_buf_consume(struct tk_buf *b, size_t n)
{
	if (n >= b->len) {
		b->len = 0;
		return;
	}
	memmove(b->data, b->data + n, b->len - n);
	b->len -= n;
}

void tk_buf_consume_at(struct tk_buf *b, size_t at, size_t n)
{
	memmove(b->data + at, b->data + at + n, b->len - at - n);
	b->len -= n;
}
