/* arena.c - chained-block bump allocator (see arena.h). */
#include "arena.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

struct tk_arena_block {
	struct tk_arena_block *next;
	max_align_t data[];
};

enum { FIRST_BLOCK = 64 << 10, MAX_BLOCK = 4 << 20 };

void *tk_arena_alloc(struct tk_arena *a, size_t n, size_t align)
{
	if (align == 0)
		align = 1;
	size_t pad = (align - ((uintptr_t)a->cur & (align - 1))) & (align - 1);
	if (a->cur && pad <= a->left && n <= a->left - pad) {
		char *p = a->cur + pad;
		a->cur = p + n;
		a->left -= pad + n;
		return p;
	}
	size_t size = a->next_size ? a->next_size : FIRST_BLOCK;
	if (a->next_size < MAX_BLOCK)
		a->next_size = size * 2;
	if (n > SIZE_MAX - align - sizeof(struct tk_arena_block))
		xalloc_die();
	if (size < n + align)
		size = n + align;
	struct tk_arena_block *b = xmalloc(sizeof *b + size);
	b->next = a->head;
	a->head = b;
	a->bytes += sizeof *b + size;
	char *base = (char *)b->data;
	pad = (align - ((uintptr_t)base & (align - 1))) & (align - 1);
	a->cur = base + pad + n;
	a->left = size - pad - n;
	return base + pad;
}

char *tk_arena_memdup(struct tk_arena *a, const void *p, size_t n)
{
	char *d = tk_arena_alloc(a, n + 1, 1);
	if (n)
		memcpy(d, p, n);
	d[n] = '\0';
	return d;
}

void tk_arena_free(struct tk_arena *a)
{
	struct tk_arena_block *b = a->head;
	while (b) {
		struct tk_arena_block *n = b->next;
		free(b);
		b = n;
	}
	*a = (struct tk_arena)TK_ARENA_INIT;
}
