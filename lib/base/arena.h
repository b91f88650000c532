/* arena.h - bump allocator for many small objects freed together.
 *
 * Used for hash-table keys: tk_arena_alloc() never moves earlier
 * allocations (blocks are chained, not reallocated), so pointers stay
 * valid until tk_arena_free().  Blocks start at 64 KiB and double up to
 * 4 MiB; an object larger than a block gets a block of its own.
 * tk_arena_bytes() reports the memory held, for --max-memory accounting. */
#ifndef TK_ARENA_H
#define TK_ARENA_H

#include "common.h"

struct tk_arena_block;

struct tk_arena {
	struct tk_arena_block *head;
	char *cur;
	size_t left;
	size_t next_size;
	size_t bytes;
};

#define TK_ARENA_INIT { NULL, NULL, 0, 0, 0 }

void *tk_arena_alloc(struct tk_arena *a, size_t n, size_t align);
char *tk_arena_memdup(struct tk_arena *a, const void *p, size_t n);
void tk_arena_free(struct tk_arena *a);
static inline size_t tk_arena_bytes(const struct tk_arena *a) { return a->bytes; }

#endif
